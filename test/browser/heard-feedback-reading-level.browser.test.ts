// Where the reading level is computed. Loading a language pack and the first analysis are long tasks, so
// the widget runs them in a Web Worker and keeps the page's thread free; where no worker can start, the
// page's thread measures instead and the badge still appears. The first test must run first: it checks
// that the page itself never fetched a language pack, which a later test's fallback does.
import { expect } from '@esm-bundle/chai';
import '../../widget/index.ts';
import type { HeardFeedback } from '../../widget/index.ts';
import { fixture } from './support/fixture.ts';
import { until, useMockCollector } from './support/mock-collector.ts';

const shadow = (el: HeardFeedback) => el.shadowRoot as ShadowRoot;
const PAGE = `<main lang="en">
  <p>You can apply online. It takes ten minutes. Bring your passport.</p>
  <heard-feedback show-reading-level endpoint="https://feedback.example.kz" site="demo"></heard-feedback>
</main>`;

useMockCollector();
// The test runner serves every module of the widget as a file of its own: room for all of their entries.
performance.clearResourceTimings();
performance.setResourceTimingBufferSize(100_000);

const RealWorker = window.Worker;
afterEach(() => {
  window.Worker = RealWorker;
});

/** Renders the page and waits for the badge's text. */
async function readingLevel(): Promise<string> {
  const page = await fixture<HTMLElement>(PAGE);
  const el = page.querySelector('heard-feedback') as HeardFeedback;
  const badge = () => shadow(el).querySelector('[part="reading-level"]')?.textContent ?? '';
  await until(() => badge().includes('grade'), 8000);
  return badge();
}

/** Whether this page's own thread has fetched the English language pack (a worker's fetches are its own). */
const pageFetchedPack = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/languages/en/pack'));

describe('<heard-feedback show-reading-level> off the main thread', () => {
  it('measures the page in a worker that it ends afterwards, fetching no language pack itself', async () => {
    const started: string[] = [];
    let terminated = 0;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
      }
      override terminate(): void {
        terminated++;
        super.terminate();
      }
    };
    expect(await readingLevel()).to.match(/^Reading level: easy — grade \d+$/);
    expect(started).to.have.length(1);
    expect(started[0]).to.contain('/widget/internal/reading-level.ts');
    expect(terminated).to.equal(1);
    expect(pageFetchedPack()).to.equal(false);
  });

  it('measures on the page when the browser cannot start the worker', async () => {
    window.Worker = class {
      constructor() {
        throw new DOMException('Blocked by Content-Security-Policy', 'SecurityError');
      }
    } as unknown as typeof Worker;
    expect(await readingLevel()).to.match(/^Reading level: easy — grade \d+$/);
    expect(pageFetchedPack()).to.equal(true);
  });

  it('measures on the page when the worker starts but fails (a blocked or unreachable script)', async () => {
    let failed = 0;
    window.Worker = class extends EventTarget {
      constructor() {
        super();
        setTimeout(() => {
          failed++;
          this.dispatchEvent(new Event('error'));
        });
      }
      postMessage() {}
      terminate() {}
    } as unknown as typeof Worker;
    expect(await readingLevel()).to.match(/^Reading level: easy — grade \d+$/);
    expect(failed).to.equal(1);
  });
});
