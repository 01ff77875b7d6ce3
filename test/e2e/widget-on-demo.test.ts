// The whole loop in a real Chromium: the built widget on a demo page served under a strict CSP, posting
// through the demo's proxy to a real collector on SQLite. Nothing is mocked.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoServer, DEMO_CSP } from '../../demo/site.ts';
import { loadConfig } from '../../server/config.ts';
import { type RunningServer, startServer } from '../../server/start.ts';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
let collector: RunningServer;
let demo: ReturnType<typeof createDemoServer>;
let demoUrl: string;
let browser: Browser;

beforeAll(async () => {
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn' });
  collector = await startServer(
    loadConfig({ PORT: '0', HEARD_DATA_DIR: mkdtempSync(join(tmpdir(), 'heard-e2e-')) }),
  );
  demo = createDemoServer(() => collector.url);
  await new Promise<void>((done) => demo.listen(0, '127.0.0.1', done));
  demoUrl = `http://127.0.0.1:${(demo.address() as AddressInfo).port}`;
  await collector.store.upsertSite({
    id: 'demo-agency',
    name: 'Demo',
    // Served from the demo server; the pages' canonical URLs (what the widget sends) are on the other.
    origins: [demoUrl, 'https://services.example.gov.kz'],
    minVotes: 1,
    retentionDays: null,
  });
  browser = await chromium.launch({
    executablePath: findChromium({ playwrightPath: () => chromium.executablePath() }),
    args: CHROMIUM_ARGS,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  demo?.close();
  await collector?.stop();
});

/** Opens a demo page in a fresh profile, recording CSP violations and console errors. */
async function open(
  path: string,
  { holdWidget }: { holdWidget?: Promise<void> } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A slow CDN: the page paints before the element is defined, as it often does in the field.
  if (holdWidget)
    await page.route('**/heard/heard.js', async (route) => {
      await holdWidget;
      await route.continue();
    });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
    // Layout shifts not caused by the citizen's own input (the widget must reserve its space).
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const response = await page.goto(`${demoUrl}${path}`, { waitUntil: holdWidget ? 'commit' : 'load' });
  expect(response?.headers()['content-security-policy']).toBe(DEMO_CSP);
  return { page, problems };
}

const storedAnswer = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('heard:answer:'));
    return key ? (JSON.parse(localStorage.getItem(key) ?? '{}') as { id: string }) : undefined;
  });

async function until(condition: () => Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the widget on the demo site, under a strict CSP, against the real collector', () => {
  it('ships production builds of its dependencies, even when built under the test runner', () => {
    // Lit's dev build is larger and warns in every agency's console; vitest's NODE_ENV=test once selected it.
    const dir = join(ROOT, 'dist/widget');
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files)
      expect(readFileSync(join(dir, file), 'utf8')).not.toContain('Lit is in dev mode');
  });

  it('takes a vote and its details through to the database, with the comment scrubbed', async () => {
    let release = () => {};
    const { page, problems } = await open('/ru/id-card.html', {
      holdWidget: new Promise<void>((resolve) => {
        release = resolve;
      }),
    });
    // The space the site reserves before the script arrives holds the question: nothing below moves.
    const height = () => page.locator('heard-feedback').evaluate((el) => el.getBoundingClientRect().height);
    await page.locator('footer').waitFor();
    // The site's stylesheet reserves the space; under load it can arrive after the footer is parsed, and a
    // layout read before it sees an unstyled, empty element (height 0).
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
    );
    const reserved = await height();
    expect(reserved).toBeGreaterThan(0);
    release();
    const no = page.getByRole('button', { name: 'Нет' });
    await no.waitFor();
    const top = async () => (await no.boundingBox())?.y;
    const before = await top();
    // The demo pages show the reading level: its line is reserved too, so nothing moves when it arrives.
    await page.getByText(/Уровень текста: \S+ — (?:\d+ класс|выше школьной программы)/).waitFor();
    expect(await top()).toBe(before);
    expect(await height()).toBe(reserved);
    await page.getByRole('button', { name: 'Нет' }).click();
    await page.getByRole('heading', { name: /Расскажите подробнее/ }).waitFor();
    await page.getByRole('radio', { name: '2 — Трудно', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Трудно понять' }).check();
    await page
      .getByRole('textbox', { name: /Комментарий/ })
      .fill('Непонятно. Позвоните мне: +7 701 234 56 78');
    await page.getByRole('button', { name: 'Отправить' }).click();
    await page.getByText('+7 701').waitFor({ state: 'detached' });
    await expect(page.locator('heard-feedback .preview').textContent()).resolves.toBe(
      'Непонятно. Позвоните мне: [телефон]',
    );
    await page.getByRole('button', { name: 'Отправить' }).click();
    await page.getByRole('heading', { name: 'Спасибо за отзыв.' }).waitFor();

    const answer = await storedAnswer(page);
    await until(async () => Boolean(answer && (await collector.store.hasFeedback(answer.id))));
    expect(await collector.store.commentOf(answer?.id ?? '')).toBe('Непонятно. Позвоните мне: [phone]');
    // The page is the canonical URL the demo page declares.
    const totals = await collector.store.pageTotals(
      'demo-agency',
      'https://services.example.gov.kz/ru/id-card.html',
    );
    // The vote and its details are one answer: the details replaced the bare vote.
    expect(totals).toMatchObject({ votes: 1, yes: 0 });
    expect(problems).toEqual([]);

    // The violation listener does report: an inline style is refused and shows up.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await until(async () => problems.some((p) => p.startsWith('CSP violation: style-src')), 3000);
    await page.context().close();
  }, 60_000);

  it('keeps a vote made while the collector is unreachable and sends it on the next visit', async () => {
    const { page, problems } = await open('/en/appointment.html');
    await page.route('**/api/v1/feedback', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('heading', { name: /Tell us more/ }).waitFor();
    const answer = await storedAnswer(page);
    await new Promise((r) => setTimeout(r, 500));
    expect(await collector.store.hasFeedback(answer?.id ?? '')).toBe(false);

    await page.unroute('**/api/v1/feedback');
    await page.reload();
    await until(() => collector.store.hasFeedback(answer?.id ?? ''));
    // Failed sends log network errors in the console; anything else would be a problem.
    expect(problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('loads from the collector itself on any origin (CORS), so an agency needs no CDN', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      `<script type="module" src="${collector.url}/heard/heard.js"></script>
       <heard-feedback lang="en" endpoint="${collector.url}" site="demo-agency"></heard-feedback>`,
    );
    await page.getByRole('button', { name: 'Yes' }).waitFor();
    await context.close();
  }, 60_000);

  /** An agency page on its own origin that loads the widget from the collector, under the given policy. */
  async function agencyPage(csp: string) {
    // A real server on the loopback address: the browser lets a page reach loopback only from loopback.
    const agency = createServer((_request, response) =>
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
        .end(`<!doctype html><html lang="en"><title>Passports</title>
          <script type="module" src="${collector.url}/heard/heard.js"></script>
          <main><p>You can apply online. It takes ten minutes. Bring your passport.</p>
          <heard-feedback endpoint="${collector.url}" site="demo-agency" show-reading-level></heard-feedback></main>`),
    );
    await new Promise<void>((done) => agency.listen(0, '127.0.0.1', done));
    const agencyUrl = `http://127.0.0.1:${(agency.address() as AddressInfo).port}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    try {
      await page.goto(agencyUrl);
      await page.getByText(/^Reading level: easy — grade \d+$/).waitFor();
      const pageFetchedPack = await page.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => /\/language-\w+-/.test(entry.name)),
      );
      return { agencyUrl, workers, pageFetchedPack, problems };
    } finally {
      await context.close();
      agency.close();
    }
  }

  it('measures the reading level in a worker when the widget comes from another origin', async () => {
    const { agencyUrl, workers, pageFetchedPack, problems } = await agencyPage(
      `default-src 'self'; script-src ${collector.url}; connect-src ${collector.url}; worker-src blob: ${collector.url}`,
    );
    // A worker's script must have the page's origin: a blob: module that imports the widget's chunk (a
    // module worker's imports are checked against worker-src, hence the collector there too).
    expect(workers).toEqual([expect.stringMatching(new RegExp(`^blob:${agencyUrl}/`))]);
    expect(pageFetchedPack).toBe(false);
    expect(problems).toEqual([]);
  }, 60_000);

  it('measures the reading level on the page when its policy allows no blob: worker', async () => {
    const { pageFetchedPack, problems } = await agencyPage(
      `default-src 'self'; script-src ${collector.url}; connect-src ${collector.url}`,
    );
    expect(pageFetchedPack).toBe(true);
    // The browser reports the refused worker; nothing else goes wrong.
    expect(problems.filter((p) => !/worker/i.test(p))).toEqual([]);
  }, 60_000);

  it('measures the reading level in a worker of its own file when served from the same origin', async () => {
    const { page } = await open('/en/appointment.html');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByText(/^Reading level: \S+ — (?:grade \d+|beyond school level)$/).waitFor();
    expect(workers).toEqual([expect.stringMatching(/\/heard\/reading-level-[\w-]+\.js$/)]);
    const pageFetchedPack = await page.evaluate(() =>
      performance.getEntriesByType('resource').some((entry) => /\/language-\w+-/.test(entry.name)),
    );
    expect(pageFetchedPack).toBe(false);
    await page.context().close();
  }, 60_000);
});
