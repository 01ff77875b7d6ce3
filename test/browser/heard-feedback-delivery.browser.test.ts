import { expect } from '@esm-bundle/chai';
import '../../widget/index.ts';
import {
  type HeardFeedback,
  HeardFeedback as HeardFeedbackClass,
  type HeardVoteEvent,
} from '../../widget/index.ts';
import { Delivery } from '../../widget/internal/delivery.ts';
import { MemoryOutbox, openOutbox } from '../../widget/internal/outbox.ts';
import { axeViolations } from './support/axe.ts';
import { fixture } from './support/fixture.ts';
import { collector, until, useMockCollector } from './support/mock-collector.ts';

const shadow = (el: HeardFeedback) => el.shadowRoot as ShadowRoot;
const EMBED =
  '<heard-feedback lang="ru" endpoint="https://feedback.example.kz" site="demo" page="https://gov.example.kz/ru/id-card?x=1#top"></heard-feedback>';

useMockCollector();

describe('<heard-feedback> sending a vote', () => {
  it('posts the vote as the contract says, without query and fragment, and fires heard-vote', async () => {
    const el = await fixture<HeardFeedback>(EMBED);
    const events: HeardVoteEvent[] = [];
    document.addEventListener('heard-vote', (e) => events.push(e), { once: true });
    (shadow(el).querySelectorAll('button')[1] as HTMLButtonElement).click();
    await until(() => collector.requests.some((r) => r.url.endsWith('/api/v1/feedback')));
    const post = collector.requests.find((r) => r.url === 'https://feedback.example.kz/api/v1/feedback');
    const body = JSON.parse(String(post?.init?.body));
    expect(body).to.include({
      site: 'demo',
      page: 'https://gov.example.kz/ru/id-card',
      language: 'ru',
      vote: 'no',
    });
    expect(body.id).to.match(/^[0-9a-f-]{36}$/);
    expect(post?.init?.credentials).to.equal('omit');
    expect(events.map((e) => e.detail.vote)).to.deep.equal(['no']);
    await until(async () => (await (await openOutbox()).all()).length === 0);
  });

  it('keeps the vote in the outbox while the network fails and sends it when the browser is back online', async () => {
    collector.failing = true;
    const el = await fixture<HeardFeedback>(EMBED);
    (shadow(el).querySelector('button') as HTMLButtonElement).click();
    await until(async () => (await (await openOutbox()).all()).length === 1 && collector.requests.length > 0);
    const [queued] = await (await openOutbox()).all();
    expect(queued?.submission.vote).to.equal('yes');
    collector.failing = false;
    window.dispatchEvent(new Event('online'));
    await until(async () => (await (await openOutbox()).all()).length === 0);
    const delivered = collector.requests.filter((r) => r.url.endsWith('/api/v1/feedback'));
    expect(JSON.parse(String(delivered.at(-1)?.init?.body)).id).to.equal(queued?.submission.id);
  });

  it('shows the share of useful votes and the agency responses once the citizen is done, with Russian plurals', async () => {
    collector.summary = {
      site: 'demo',
      page: 'https://gov.example.kz/ru/id-card',
      votes: 21,
      usefulShare: 0.81,
      responses: [
        {
          id: 'r1',
          publishedAt: '2026-11-20T09:00:00.000Z',
          language: 'ru',
          text: 'Упростили форму заявления',
        },
      ],
    };
    const el = await fixture<HeardFeedback>(EMBED);
    (shadow(el).querySelector('button') as HTMLButtonElement).click();
    await until(() => shadow(el).querySelector('button.secondary') !== null);
    (shadow(el).querySelector('button.secondary') as HTMLButtonElement).click();
    await until(() => (shadow(el).textContent ?? '').includes('Упростили'));
    const text = shadow(el).textContent ?? '';
    expect(text).to.contain('81% из 21 человека считают эту страницу полезной.');
    expect(text).to.contain('Вы сказали — мы сделали');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('asks the collector afresh for the summary after a vote, not the minute-old cached one', async () => {
    const el = await fixture<HeardFeedback>(EMBED.replace('<heard-feedback', '<heard-feedback show-summary'));
    const summaries = () => collector.requests.filter((r) => r.url.includes('/summary'));
    await until(() => summaries().length === 1);
    expect(summaries()[0]?.init?.cache).to.equal(undefined);
    (shadow(el).querySelector('button') as HTMLButtonElement).click();
    await until(() => shadow(el).querySelector('button.secondary') !== null);
    (shadow(el).querySelector('button.secondary') as HTMLButtonElement).click();
    await until(() => summaries().length === 2);
    expect(summaries()[1]?.init?.cache).to.equal('no-cache');
  });

  it('lists the responses in the page language first, each with its language and a date in words', async () => {
    collector.summary = {
      site: 'demo',
      page: 'https://gov.example.kz/ru/id-card',
      votes: null,
      usefulShare: null,
      responses: [
        {
          id: 'a',
          publishedAt: '2026-11-20T09:00:00.000Z',
          language: 'kk',
          text: 'Өтініш формасын жеңілдеттік',
        },
        {
          id: 'b',
          publishedAt: '2026-03-02T09:00:00.000Z',
          language: 'ru',
          text: 'Упростили форму заявления',
        },
        { id: 'c', publishedAt: '2026-01-15T09:00:00.000Z', language: 'ru', text: 'Добавили пример' },
      ],
    };
    const el = await fixture<HeardFeedback>(EMBED.replace('<heard-feedback', '<heard-feedback show-summary'));
    await until(() => shadow(el).querySelectorAll('li').length === 3);
    const items = [...shadow(el).querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('lang'))).to.deep.equal(['ru', 'ru', 'kk']);
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '2 марта 2026 г. — Упростили форму заявления',
      '15 января 2026 г. — Добавили пример',
      '20 ноября 2026 г. — Өтініш формасын жеңілдеттік',
    ]);
    const time = items[2]?.querySelector('time');
    expect(time?.getAttribute('lang')).to.equal('ru');
    expect(time?.getAttribute('datetime')).to.equal('2026-11-20T09:00:00.000Z');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('fires no event when the host sets properties', async () => {
    const el = await fixture<HeardFeedback>(EMBED);
    let fired = 0;
    el.addEventListener('heard-vote', () => fired++);
    el.lang = 'en';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });
});

describe('<heard-feedback> feedback the collector refuses', () => {
  it('drops it with a console warning that names the status and the address', async () => {
    const outbox = new MemoryOutbox();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    const refuse: typeof fetch = async () => new Response('{}', { status: 400 });
    try {
      await outbox.put({
        endpoint: 'https://feedback.example.kz',
        submission: {
          id: '0f8fad5b-d9cb-469f-a165-70867728950e',
          site: 'demo',
          page: 'https://gov.example.kz/',
          language: 'en',
          vote: 'yes',
          createdAt: new Date().toISOString(),
        },
      });
      await new Delivery(outbox, refuse).flush();
    } finally {
      console.warn = original;
    }
    expect(await outbox.all()).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('HTTP 400')
      .and.contain('https://feedback.example.kz/api/v1/feedback')
      .and.contain('0f8fad5b-d9cb-469f-a165-70867728950e');
  });
});

describe('<heard-feedback> configuration errors', () => {
  for (const [embed, attribute] of [
    ['<heard-feedback site="demo"></heard-feedback>', '"endpoint"'],
    ['<heard-feedback endpoint="ftp://x" site="demo"></heard-feedback>', '"endpoint"'],
    [
      '<heard-feedback endpoint="feedback.example.gov.kz" site="demo"></heard-feedback>',
      '"endpoint" has no scheme',
    ],
    ['<heard-feedback endpoint="  " site="demo"></heard-feedback>', '"endpoint" must be an http(s) URL'],
    ['<heard-feedback endpoint="/" site="Ministry of Digital"></heard-feedback>', '"site"'],
    ['<heard-feedback endpoint="/" site="demo" page="/relative"></heard-feedback>', '"page"'],
    ['<heard-feedback endpoint="/" site="demo" appeal-url="eotinish.kz"></heard-feedback>', '"appeal-url"'],
  ]) {
    it(`explains ${attribute} in one console error and renders nothing: ${embed}`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (message: string) => errors.push(message);
      try {
        const el = await fixture<HeardFeedback>(embed as string);
        expect(shadow(el).querySelector('section')).to.equal(null);
      } finally {
        console.error = original;
      }
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(`attribute ${attribute}`);
    });
  }
});

describe('<heard-feedback> attributes set after the element is on the page', () => {
  /** Collects console errors while `run` runs. */
  async function consoleErrors(run: () => Promise<void>): Promise<string[]> {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      await run();
    } finally {
      console.error = original;
    }
    return errors;
  }

  it('reads them when a script creates, appends, then configures the element, with no error', async () => {
    const el = document.createElement('heard-feedback');
    const errors = await consoleErrors(async () => {
      document.body.append(el);
      el.setAttribute('lang', 'en');
      el.setAttribute('endpoint', 'https://feedback.example.kz');
      el.setAttribute('site', 'demo');
      el.setAttribute('page', 'https://gov.example.kz/en/a');
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('Was this page useful?');
    el.setAttribute('page', 'https://gov.example.kz/en/b');
    await el.updateComplete;
    (shadow(el).querySelector('button') as HTMLButtonElement).click();
    await until(() => collector.requests.some((r) => r.url.endsWith('/api/v1/feedback')));
    const body = collector.requests.find((r) => r.url.endsWith('/api/v1/feedback'))?.init?.body;
    expect(JSON.parse(String(body))).to.include({ site: 'demo', page: 'https://gov.example.kz/en/b' });
  });

  it('is configured in full when its script arrives after the markup (upgraded in place)', async () => {
    // A tag defined only after the element is in the page, as when heard.js comes from a slow CDN.
    // Its attributes are read in order, show-reading-level after endpoint and site, as on the demo pages.
    const page = await fixture<HTMLElement>(`<main lang="en">
      <p>You can apply online. It takes ten minutes. Bring your passport.</p>
      <heard-feedback-late endpoint="https://feedback.example.kz" site="demo" show-reading-level></heard-feedback-late>
    </main>`);
    customElements.define('heard-feedback-late', class extends HeardFeedbackClass {});
    const el = page.querySelector('heard-feedback-late') as HeardFeedback;
    await until(
      () => (shadow(el).querySelector('[part="reading-level"]')?.textContent ?? '').includes('grade'),
      8000,
    );
  });

  it('reports a config still invalid after the first update once, and recovers when it is fixed', async () => {
    const el = document.createElement('heard-feedback');
    const errors = await consoleErrors(async () => {
      document.body.append(el);
      el.setAttribute('site', 'demo');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(shadow(el).querySelector('section')).to.equal(null);
      el.setAttribute('endpoint', 'https://feedback.example.kz');
      await el.updateComplete;
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('attribute "endpoint"').and.contain('got null');
    expect(shadow(el).querySelector('section')).to.not.equal(null);
  });
});

describe('<heard-feedback> attribute values with spaces around them', () => {
  it('reads every attribute trimmed alike', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    let el: HeardFeedback;
    try {
      el = await fixture<HeardFeedback>(
        '<heard-feedback lang="en" endpoint=" https://feedback.example.kz/ " site=" demo " page=" https://gov.example.kz/en/id-card " appeal-url=" https://eotinish.kz "></heard-feedback>',
      );
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
    (shadow(el).querySelector('button') as HTMLButtonElement).click();
    await until(() => collector.requests.some((r) => r.url.endsWith('/api/v1/feedback')));
    const post = collector.requests.find((r) => r.url.endsWith('/api/v1/feedback'));
    expect(post?.url).to.equal('https://feedback.example.kz/api/v1/feedback');
    expect(JSON.parse(String(post?.init?.body))).to.include({
      site: 'demo',
      page: 'https://gov.example.kz/en/id-card',
    });
    await until(() => shadow(el).querySelector('#appeal a') !== null);
    expect(shadow(el).querySelector('#appeal a')?.getAttribute('href')).to.equal('https://eotinish.kz');
  });
});

describe('<heard-feedback show-reading-level>', () => {
  it('shows the reading level of the main content and sends the metrics with the vote', async () => {
    const page = await fixture<HTMLElement>(`<main lang="en">
      <p>You can apply online. It takes ten minutes. Bring your passport.</p>
      <heard-feedback show-reading-level endpoint="https://feedback.example.kz" site="demo"></heard-feedback>
    </main>`);
    const el = page.querySelector('heard-feedback') as HeardFeedback;
    await until(
      () => (shadow(el).querySelector('[part="reading-level"]')?.textContent ?? '').includes('grade'),
      8000,
    );
    expect(shadow(el).querySelector('[part="reading-level"]')?.textContent).to.match(
      /^Reading level: easy — grade \d+$/,
    );
    (shadow(el).querySelector('button') as HTMLButtonElement).click();
    await until(() => collector.requests.some((r) => r.url.endsWith('/api/v1/feedback')));
    const body = JSON.parse(
      String(collector.requests.find((r) => r.url.endsWith('/api/v1/feedback'))?.init?.body),
    );
    expect(body.readability.language).to.equal('en');
    expect(body.readability.words).to.equal(11);
    expect(body.readability.grade).to.be.a('number');
  });
});
