/**
 * The dashboard end to end: the real collector (SQLite in a temporary folder) serving a freshly built dashboard,
 * driven in Chromium with keyboard and mouse, with axe-core on every view and CSP violations recorded.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { DASHBOARD_CSP, dashboardRoutes } from '../../server/dashboard/routes.ts';
import { LocalDays } from '../../server/local-days.ts';
import { type RunningServer, startServer } from '../../server/start.ts';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.js';

const ADMIN_PASSWORD = 'correct horse battery staple';
const SITE = 'egov';
const ORIGIN = 'https://egov.example.kz';
const HARD_PAGE = `${ORIGIN}/ru/passport`;
const EASY_PAGE = `${ORIGIN}/ru/contacts`;
const NIGHT_PAGE = `${ORIGIN}/ru/night`;
const AGENCY_ZONE = 'Asia/Almaty';
const BROWSER_ZONE = 'America/New_York';
// A citizen's comment that would run script if it were ever parsed as HTML.
const HOSTILE_COMMENT = 'Непонятно <img src=x onerror="window.__pwned=1"> где форма';
const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

let server: RunningServer;
let context: BrowserContext;
let page: Page;
let dataDir: string;
let profileDir: string;
const cspViolations: string[] = [];
const consoleErrors: string[] = [];

async function post(body: Record<string, unknown>) {
  const response = await fetch(`${server.url}/api/v1/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({
      id: randomUUID(),
      site: SITE,
      language: 'ru',
      createdAt: new Date().toISOString(),
      elapsedMs: 20_000,
      ...body,
    }),
  });
  expect(response.status).toBe(201);
}

/** Runs axe-core on the whole page (shadow roots included) and returns the violations, described briefly. */
async function axeViolations(): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern; a <script> tag would be blocked.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

/** The focused element, looking into shadow roots, described as tag and text. */
function focused() {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.textContent?.trim() ?? '',
      id: element?.id ?? '',
      /** The text of the list item around it, to tell one item's buttons from another's. */
      item: element?.closest('li')?.textContent ?? '',
    };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails if it is not reached in `limit` presses. */
async function tabTo(matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused())) return;
  }
  throw new Error(
    `Not reachable with Tab in ${limit} presses; last focused: ${JSON.stringify(await focused())}`,
  );
}

const h1 = () => page.locator('h1');

/** Polls until the assertion holds; scrypt sign-ins on a busy 2-core machine outlast expect.poll's 1 s default. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  // Built here, not by a separate `npm run build`, so the test can never run against a stale dashboard (the
  // config picks production builds of Lit whatever NODE_ENV vitest sets).
  await build({
    configFile: fileURLToPath(new URL('../../vite.dashboard.config.ts', import.meta.url)),
    logLevel: 'silent',
  });
  dataDir = mkdtempSync(join(tmpdir(), 'heard-e2e-'));
  server = await startServer(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      HEARD_DATA_DIR: dataDir,
      HEARD_ADMIN_PASSWORD: ADMIN_PASSWORD,
      HEARD_TIME_ZONE: AGENCY_ZONE,
    }),
    { clientLimit: { burst: 100, perSecond: 100 } },
  );
  await server.store.upsertSite({
    id: SITE,
    name: 'eGov',
    origins: [ORIGIN],
    minVotes: 1,
    retentionDays: null,
  });
  const readability = (grade: number) => ({
    language: 'ru',
    grade,
    score: 30,
    words: 800,
    averageSentenceLength: 22,
  });
  // The hard page: three "no" and one "yes", clarity 1, 2 and 3, graded hard by the engine.
  await post({
    page: HARD_PAGE,
    vote: 'no',
    clarity: 1,
    reasons: ['hard-to-understand'],
    comment: HOSTILE_COMMENT,
    readability: readability(14),
  });
  await post({
    page: HARD_PAGE,
    vote: 'no',
    clarity: 2,
    reasons: ['hard-to-understand', 'out-of-date'],
    comment: 'Купите дешёвые часы',
    readability: readability(14),
  });
  await post({ page: HARD_PAGE, vote: 'no', clarity: 3, readability: readability(14) });
  await post({ page: HARD_PAGE, vote: 'yes', readability: readability(14) });
  // The easy page: two "yes", clear, graded easy; citizens wrote in Kazakh although its address says /ru/.
  await post({
    page: EASY_PAGE,
    language: 'kk',
    vote: 'yes',
    clarity: 5,
    reasons: ['clear'],
    readability: readability(5),
  });
  await post({ page: EASY_PAGE, language: 'kk', vote: 'yes', clarity: 4, readability: readability(5) });

  profileDir = mkdtempSync(join(tmpdir(), 'heard-e2e-chromium-'));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium({ playwrightPath: () => chromium.executablePath() }),
    headless: true,
    locale: 'en-GB',
    // An official abroad: every time the dashboard shows must still be the agency's (Asia/Almaty).
    timezoneId: BROWSER_ZONE,
    args: CHROMIUM_ARGS,
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const store = window as unknown as { __csp?: string[] };
      store.__csp = [...(store.__csp ?? []), `${event.violatedDirective} ${event.blockedURI}`];
    });
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    // The session check, wrong passwords and the sign-in limit answer 401 and 429 on purpose; Chromium logs
    // every failed fetch.
    if (message.type() === 'error' && !/status of (401|429)/.test(message.text()))
      consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
}, 60_000);

afterAll(async () => {
  await context?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(profileDir, { recursive: true, force: true });
});

async function collectCspViolations() {
  const found = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  cspViolations.push(...found);
}

describe('dashboard e2e', { timeout: 20_000 }, () => {
  it('serves the page and its files with the CSP and security headers', async () => {
    const response = await fetch(`${server.url}/dashboard`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style=/);
    const script = html.match(/<script[^>]*src="([^"]+)"/)?.[1];
    expect(script).toMatch(/^\/dashboard\/assets\/[\w-]+\.js$/);
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.status).toBe(200);
    // The production build: Lit's development build announces itself with "Lit is in dev mode".
    expect(await asset.clone().text()).not.toContain('dev mode');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    // The page itself is no asset: it must never be served under the assets' year-long cache.
    const traversal = await fetch(`${server.url}/dashboard/assets/..%2Findex.html`);
    expect(traversal.status).toBe(404);
    expect(traversal.headers.get('cache-control')).toBe('no-store');
  });

  it('says how to build the dashboard when it has not been built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'heard-unbuilt-'));
    const response = await dashboardRoutes({ root: empty }).request('/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    expect(response.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    rmSync(empty, { recursive: true });
  });

  it('signs in with the keyboard only, after a wrong password is reported accessibly', async () => {
    await page.goto(`${server.url}/dashboard`);
    await eventually(() => h1().textContent()).toContain('Sign in');
    expect(await axeViolations()).toEqual([]);

    await tabTo((f) => f.id === 'username');
    await page.keyboard.type('admin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the password');
    await page.keyboard.press('Enter');
    const alert = page.locator('heard-sign-in-view [role="alert"]');
    await eventually(() => alert.textContent()).toContain('The username or password is wrong.');
    expect(await page.locator('#password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#password').inputValue()).toBe('');
    expect(await axeViolations()).toEqual([]);

    await page.locator('#password').focus();
    await page.keyboard.type(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await eventually(() => h1().textContent()).toContain('Pages');
    // Focus moves to the new view's heading, so a screen reader starts reading there.
    await eventually(async () => (await focused()).tag).toBe('h1');
  });

  it('lists the pages with the right numbers, the hard page first, and sorts by a column header', async () => {
    const rows = page.locator('heard-pages-view .table-scroll tbody tr');
    await eventually(() => rows.count()).toBe(2);
    const cells = async (index: number) =>
      (await rows.nth(index).locator('th, td').allTextContents()).map((text) =>
        text.replace(/\s+/g, ' ').trim(),
      );
    // Priority: 1 yes of 4, clarity 2 of 5, grade 14 — the page citizens and the engine find hard — comes first.
    expect(await cells(0)).toEqual([
      'egov.example.kz/ru/passport',
      'Russian',
      '4',
      '25%',
      '2.0',
      '14.0',
      '2',
      expect.any(String),
    ]);
    expect((await cells(1)).slice(0, 7)).toEqual([
      'egov.example.kz/ru/contacts',
      'Kazakh',
      '2',
      '100%',
      '4.5',
      '5.0',
      '0',
    ]);
    expect(await page.locator('heard-pages-view th[aria-sort]').count()).toBe(0);
    // The day filters say which days they mean: the collector's time zone (HEARD_TIME_ZONE).
    expect(await page.locator('heard-pages-view #filter-from').getAttribute('aria-describedby')).toBe(
      'days-zone',
    );
    expect(await page.locator('heard-pages-view #days-zone').textContent()).toContain('Asia/Almaty');

    await page.locator('heard-pages-view thead button', { hasText: 'Useful' }).first().click();
    await eventually(() => page.locator('heard-pages-view th[aria-sort]').getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await page.locator('heard-pages-view thead button', { hasText: 'Useful' }).first().press('Enter');
    await eventually(() => page.locator('heard-pages-view th[aria-sort]').getAttribute('aria-sort')).toBe(
      'descending',
    );
    // The table stays while the sorted rows load, so focus stays on the button pressed (WCAG 2.4.3).
    await eventually(() => page.locator('heard-pages-view .table-scroll').getAttribute('aria-busy')).toBe(
      'false',
    );
    expect(await focused()).toMatchObject({ tag: 'button', text: expect.stringContaining('Useful') });
    await eventually(async () => (await cells(0))[0]).toBe('egov.example.kz/ru/contacts');
    expect(page.url()).toContain('sort=usefulShare');

    // The chart's numbers are in a table screen readers can read.
    const chartTable = page.locator('heard-votes-chart table');
    expect(await chartTable.locator('tbody tr').count()).toBeGreaterThanOrEqual(28);
    expect(await page.locator('heard-votes-chart figcaption').textContent()).toContain(
      '3 yes and 3 no votes',
    );
    const exportLink = page
      .locator('heard-pages-view')
      .getByRole('link', { name: 'Download CSV', exact: true });
    expect(await exportLink.getAttribute('href')).toMatch(
      /^\/api\/v1\/admin\/export\?site=egov&.*format=csv/,
    );
    // The links download with the session cookie: CSV with the contract's columns, JSON with every counted vote.
    const download = (format: string) =>
      page
        .locator('heard-pages-view')
        .getByRole('link', { name: `Download ${format}`, exact: true })
        .getAttribute('href')
        .then((href) => page.evaluate(async (url) => (await fetch(url ?? '')).text(), href));
    expect((await download('CSV')).split(/\r?\n/)[0]).toBe(
      'id,receivedAt,site,page,language,vote,clarity,reasons,comment,readabilityGrade,status,tags',
    );
    expect(JSON.parse(await download('JSON'))).toHaveLength(6);
    // Editors and admins may also download the text of hidden comments.
    expect(
      await page
        .locator('heard-pages-view')
        .getByRole('link', { name: 'Download CSV with hidden comments' })
        .getAttribute('href'),
    ).toContain('hiddenComments=include');
    expect(await axeViolations()).toEqual([]);
  });

  it('opens a page with the keyboard, shows comments as text, and a moderator marks spam', async () => {
    await page.goto(`${server.url}/dashboard#/pages`);
    await eventually(() => page.locator('heard-pages-view .table-scroll tbody tr').count()).toBe(2);
    await tabTo((f) => f.tag === 'a' && f.text.includes('/ru/passport'), 60);
    await page.keyboard.press('Enter');
    await eventually(() => h1().textContent()).toContain(HARD_PAGE);
    await eventually(async () => (await focused()).tag).toBe('h1');

    const detail = page.locator('heard-page-detail-view');
    await eventually(() => detail.locator('.feedback-list > li').count()).toBe(4);
    const hostile = detail.locator('blockquote', { hasText: 'onerror' });
    expect(await hostile.textContent()).toBe(HOSTILE_COMMENT);
    expect(await hostile.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await detail.locator('table', { hasText: 'Hard to understand' }).textContent()).toMatch(
      /Hard to understand\s*2/,
    );
    expect(await detail.locator('p', { hasText: 'Reading grade 14.0' }).count()).toBe(1);
    expect(await axeViolations()).toEqual([]);

    const feedbackFilter = detail.locator('form:has(#vote-filter)');
    await feedbackFilter.locator('#vote-filter').selectOption('no');
    await feedbackFilter.getByRole('button', { name: 'Show' }).click();
    await eventually(() => detail.locator('.feedback-list > li').count()).toBe(3);
    await feedbackFilter.locator('#vote-filter').selectOption('');
    await feedbackFilter.getByRole('button', { name: 'Show' }).click();
    await eventually(() => detail.locator('.feedback-list > li').count()).toBe(4);

    const spam = detail.locator('.feedback-list > li', { hasText: 'дешёвые часы' });
    await tabTo((f) => f.text === 'Mark as spam' && f.item.includes('дешёвые часы'), 80);
    await page.keyboard.press('Enter');
    await eventually(() => spam.locator('.meta').textContent()).toContain('spam');
    // Focus lands on the item's heading, not on whichever action replaced the pressed button.
    expect((await focused()).tag).toBe('h3');
    await eventually(() => page.locator('heard-dashboard [role="status"]').textContent()).toContain(
      'Marked as spam.',
    );
    // Spam stops counting: three votes remain.
    await eventually(() => detail.locator('dl.summary dd').first().textContent()).toBe('3');
    await spam.locator('input[name="tags"]').fill('реклама, бот');
    await spam.getByRole('button', { name: 'Save tags' }).click();
    await eventually(() => spam.locator('.meta').textContent()).toContain('реклама, бот');

    // Hiding a comment keeps its vote but takes it out of the default list; the "hidden" filter shows it,
    // marked, to editors.
    const hostileItem = detail.locator('.feedback-list > li', { hasText: 'onerror' });
    await hostileItem.getByRole('button', { name: 'Hide comment' }).click();
    await eventually(() => hostileItem.locator('.meta').textContent()).toContain('hidden');
    await feedbackFilter.getByRole('button', { name: 'Show' }).click();
    await eventually(() => detail.locator('.feedback-list > li').count()).toBe(2);
    await eventually(() => detail.locator('dl.summary dd').first().textContent()).toBe('3');
    await feedbackFilter.locator('#status-filter').selectOption('hidden');
    await feedbackFilter.getByRole('button', { name: 'Show' }).click();
    await eventually(() => detail.locator('.feedback-list > li').count()).toBe(1);
    expect(await hostileItem.locator('p.muted').first().textContent()).toBe('Comment hidden.');
    expect(await hostileItem.locator('blockquote').textContent()).toBe(HOSTILE_COMMENT);
    expect(await axeViolations()).toEqual([]);
    await feedbackFilter.locator('#status-filter').selectOption('');
    await feedbackFilter.getByRole('button', { name: 'Show' }).click();
    await eventually(() => detail.locator('.feedback-list > li').count()).toBe(2);
  });

  it('publishes a response in the page language that the public summary then returns', async () => {
    const detail = page.locator('heard-page-detail-view');
    expect(await detail.locator('#response-language').inputValue()).toBe('ru');
    expect(await detail.locator('#response-text').getAttribute('lang')).toBe('ru');
    await detail.locator('#response-text').fill('Мы переписали страницу простым языком.');
    await detail.getByRole('button', { name: 'Publish', exact: true }).click();
    await eventually(() => detail.locator('.responses li').count()).toBe(1);
    const summary = await fetch(
      `${server.url}/api/v1/sites/${SITE}/summary?page=${encodeURIComponent(HARD_PAGE)}`,
    );
    const body = (await summary.json()) as { responses: { language: string; text: string }[] };
    expect(body.responses).toEqual([
      expect.objectContaining({ language: 'ru', text: 'Мы переписали страницу простым языком.' }),
    ]);
    expect(await axeViolations()).toEqual([]);

    // A second response, then deleted after the confirmation: the public summary drops it.
    await detail.locator('#response-text').fill('Временный ответ');
    await detail.getByRole('button', { name: 'Publish', exact: true }).click();
    await eventually(() => detail.locator('.responses li').count()).toBe(2);
    page.once('dialog', (dialog) => void dialog.accept());
    await detail.locator('.responses li', { hasText: 'Временный ответ' }).getByRole('button').click();
    await eventually(() => detail.locator('.responses li').count()).toBe(1);
    const after = await fetch(
      `${server.url}/api/v1/sites/${SITE}/summary?page=${encodeURIComponent(HARD_PAGE)}`,
    );
    expect(((await after.json()) as { responses: { text: string }[] }).responses.map((r) => r.text)).toEqual([
      'Мы переписали страницу простым языком.',
    ]);
  });

  it("starts the response form in the language most of the range's feedback was given in", async () => {
    await page.goto(`${server.url}/dashboard#/page?site=${SITE}&page=${encodeURIComponent(EASY_PAGE)}`);
    const detail = page.locator('heard-page-detail-view');
    await eventually(() => detail.locator('dl.summary').textContent()).toContain('Kazakh');
    // The address says /ru/, the citizens wrote in Kazakh: the server's count wins.
    await eventually(() => detail.locator('#response-language').inputValue()).toBe('kk');
    expect(await detail.locator('#response-text').getAttribute('lang')).toBe('kk');
  });

  it('switches to Kazakh and Russian, formats with Intl and remembers the choice', async () => {
    await page.goto(`${server.url}/dashboard#/pages?site=${SITE}`);
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await eventually(() => h1().textContent()).toContain('Беттер');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    await eventually(() => page.locator('heard-pages-view .table-scroll tbody tr').count()).toBe(2);
    // Kazakh dates, whether or not this browser's Intl has Kazakh data (without it: 27.11.2026, never "2026 M11 27").
    const caption = (await page.locator('heard-pages-view #pages-caption').textContent()) ?? '';
    expect(caption).toMatch(/\d{2}\.\d{2}\.\d{4}|\d{4} ж\./);
    expect(caption).not.toMatch(/M\d{2}/);
    expect(await axeViolations()).toEqual([]);

    await page.getByRole('button', { name: 'Русский' }).click();
    await eventually(() => h1().textContent()).toContain('Страницы');
    // Russian writes a decimal comma.
    await eventually(() =>
      page.locator('heard-pages-view .table-scroll tbody tr').first().textContent(),
    ).toContain('2,0');
    expect(await axeViolations()).toEqual([]);
    await page.reload();
    await eventually(() => h1().textContent()).toContain('Страницы');
    await page.getByRole('button', { name: 'English' }).click();
    await eventually(() => h1().textContent()).toContain('Pages');
  });

  it('has no axe violations on the other views, and the sites view registers a site with its embed code', async () => {
    // English from here on, even if the language test above failed half-way.
    await page.evaluate(() => localStorage.setItem('heard-dashboard-language', 'en'));
    for (const [hash, heading] of [
      ['#/responsiveness', 'Responsiveness'],
      ['#/accounts', 'Accounts'],
      ['#/password', 'Change your password'],
      ['#/sites', 'Sites'],
    ] as const) {
      await page.goto(`${server.url}/dashboard${hash}`);
      await eventually(() => h1().textContent()).toContain(heading);
      await eventually(() => page.getByText('Loading…').count()).toBe(0);
      expect(await axeViolations(), hash).toEqual([]);
    }
    // The response published above answered the passport page's negative feedback.
    await page.goto(`${server.url}/dashboard#/responsiveness?site=${SITE}`);
    const passport = page.locator('heard-responsiveness-view tbody tr', { hasText: '/ru/passport' });
    await eventually(() => passport.locator('td').allTextContents()).toEqual([
      'nothing waiting',
      'none',
      expect.stringMatching(/^\d+ seconds?$/),
      '1',
    ]);
    // Site-wide, over the default range: both counted "no" votes (one was marked spam, one hidden: hidden
    // counts) were answered by that response, seconds later.
    const overall = page.locator('heard-responsiveness-view dl.summary');
    await eventually(async () => (await overall.textContent())?.replace(/\s+/g, ' ')).toMatch(
      /Median time to a response\s?\d+ seconds?.*Answered by a response\s?2 of 2/,
    );
    expect(await axeViolations()).toEqual([]);
    // A page's link keeps the view's range and language.
    await page.goto(`${server.url}/dashboard#/responsiveness?site=${SITE}&language=ru`);
    await eventually(() => passport.locator('a').getAttribute('href')).toContain('language=ru');

    await page.goto(`${server.url}/dashboard#/sites`);
    const view = page.locator('heard-sites-view');
    await view.locator('#site-id').fill('akimat');
    await view.locator('#site-name').fill('Akimat');
    await view.locator('#site-origins').fill('https://akimat.example.kz');
    await view.getByRole('button', { name: 'Register site' }).click();
    await eventually(() => view.locator('#embed-akimat').inputValue()).toBe(
      `<script type="module" src="${server.url}/heard/heard.js"></script>\n<heard-feedback endpoint="${server.url}" site="akimat"></heard-feedback>`,
    );
    expect(await server.store.getSite('akimat')).toMatchObject({ origins: ['https://akimat.example.kz'] });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await view.getByRole('button', { name: 'Copy embed code (Akimat)' }).click();
    await eventually(() => page.locator('heard-dashboard [role="status"]').textContent()).toBe(
      'Embed code copied.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await view.locator('#embed-akimat').inputValue(),
    );
    await view.getByRole('button', { name: 'Edit (eGov)' }).click();
    expect((await focused()).id).toBe('site-name');
    await view.locator('#site-min-votes').fill('5');
    await view.locator('#site-retention').fill('');
    await view.getByRole('button', { name: 'Save changes' }).click();
    await eventually(() => server.store.getSite(SITE)).toMatchObject({ minVotes: 5, retentionDays: null });
    await eventually(async () => (await focused()).id).toBe(`site-${SITE}`);
  });

  it('sends the user to sign in, saying why, when the session ends, and returns to the same view', async () => {
    await page.goto(`${server.url}/dashboard#/responsiveness?site=${SITE}`);
    await eventually(() => h1().textContent()).toContain('Responsiveness');
    await context.clearCookies();
    await page.locator('nav a', { hasText: 'Pages' }).click();
    await eventually(() => h1().textContent()).toContain('Sign in');
    expect(await page.locator('heard-sign-in-view p').first().textContent()).toBe(
      'Your session has ended. Sign in again.',
    );
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(ADMIN_PASSWORD);
    await page.locator('#password').press('Enter');
    await eventually(() => h1().textContent()).toContain('Pages');
  });

  it('reflows at 400 % zoom and draws the chart in system colours in forced-colours mode', async () => {
    // 1280 × 1024 at 400 % zoom is a 320 × 256 CSS-pixel viewport.
    await page.setViewportSize({ width: 320, height: 256 });
    // A real ministry's name is long: the site filter must not widen the page with it.
    await server.store.upsertSite({
      id: 'zz-labour',
      name: 'Министерство труда и социальной защиты населения Республики Казахстан',
      origins: [],
      minVotes: 10,
      retentionDays: null,
    });
    const views = [
      '#/pages',
      `#/page?site=${SITE}&page=${encodeURIComponent(HARD_PAGE)}`,
      '#/sites',
      '#/responsiveness',
      '#/accounts',
    ];
    for (const hash of views) {
      await page.goto(`${server.url}/dashboard${hash}`);
      await eventually(() => page.locator('main').textContent()).not.toContain('Loading');
      // Only tables scroll sideways (in their own focusable region), never the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(320);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/dashboard#/pages`);
    await eventually(() => page.locator('heard-votes-chart rect.yes').count()).toBeGreaterThan(0);
    const fill = () =>
      page
        .locator('heard-votes-chart rect.yes')
        .first()
        .evaluate((rect) => getComputedStyle(rect).fill);
    const normal = await fill();
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await fill()).not.toBe(normal);
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it("shows times in the agency's zone, on the day the date filter puts them, in a browser in another zone", async () => {
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(BROWSER_ZONE);
    // The last 00:30 in Almaty: still the afternoon of the day before in New York.
    const days = new LocalDays(AGENCY_ZONE);
    let at = Date.parse(days.startOf(days.today(new Date()))) + 30 * 60_000;
    if (at > Date.now()) at -= 86_400_000;
    const receivedAt = new Date(at).toISOString();
    const day = days.dayOf(receivedAt);
    const dayShown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
    await server.store.addFeedback({
      id: randomUUID(),
      site: SITE,
      page: NIGHT_PAGE,
      language: 'ru',
      vote: 'no',
      comment: 'Ночью форма не открывается',
      createdAt: receivedAt,
      receivedAt,
      spam: false,
    });

    // Filtered to that one day, the page shows the submission, at 00:30 on that day.
    await page.goto(
      `${server.url}/dashboard#/page?site=${SITE}&page=${encodeURIComponent(NIGHT_PAGE)}&from=${day}&to=${day}`,
    );
    const detail = page.locator('heard-page-detail-view');
    await eventually(() => detail.locator('.feedback-list > li').count()).toBe(1);
    const heading = detail.locator('.feedback-list > li h3 time');
    expect(await heading.getAttribute('datetime')).toBe(receivedAt);
    expect(await heading.textContent()).toBe(`${dayShown}, 00:30`);
    expect(await detail.locator('dl.summary dd').first().textContent()).toBe('1');
    expect(await detail.locator('#days-zone').textContent()).toContain(
      'Dates and times are Asia/Almaty time',
    );

    // The responsiveness table says since when it has waited, on the same clock.
    await page.goto(`${server.url}/dashboard#/responsiveness?site=${SITE}`);
    const night = page.locator('heard-responsiveness-view tbody tr', { hasText: '/ru/night' });
    await eventually(() => night.locator('time').textContent()).toBe(`${dayShown}, 00:30`);

    // A sign-in's time is the agency's too, and the column says so.
    await page.goto(`${server.url}/dashboard#/accounts`);
    const accounts = page.locator('heard-accounts-view');
    await eventually(() => accounts.locator('th', { hasText: 'Last sign-in' }).textContent()).toBe(
      'Last sign-in (Asia/Almaty time)',
    );
    const signedIn = (await server.store.getAccount('admin'))?.lastLoginAt ?? '';
    const signedInShown = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: AGENCY_ZONE,
    }).format(new Date(signedIn));
    expect(await accounts.locator('tr', { hasText: 'admin' }).locator('td').nth(2).textContent()).toBe(
      signedInShown,
    );
    expect(await axeViolations()).toEqual([]);
  });

  it('creates a viewer who must change the one-time password and then sees no editing actions', async () => {
    await page.goto(`${server.url}/dashboard#/accounts`);
    const accounts = page.locator('heard-accounts-view');
    await accounts.locator('#account-username').fill('reader');
    await accounts.locator('#account-role').selectOption('viewer');
    // Nothing ticked is no access, not all sites: the form asks.
    await accounts.getByRole('button', { name: 'Create account' }).click();
    await eventually(() => accounts.locator('[role=alert]').first().textContent()).toContain(
      'Tick the sites',
    );
    await accounts.getByRole('checkbox', { name: 'eGov' }).check();
    await accounts.getByRole('button', { name: 'Create account' }).click();
    await eventually(() => accounts.locator('#secret').textContent()).toContain('one-time password');
    const granted = await accounts.locator('tr', { hasText: 'reader' }).locator('summary').textContent();
    expect(granted?.replace(/\s+/g, ' ').trim()).toBe(`${SITE} (reader)`);
    const oneTime =
      (await accounts.locator('#secret').textContent())?.match(/password is (\S+)\./)?.[1] ?? '';
    expect(oneTime.length).toBeGreaterThanOrEqual(12);
    // The new row brings a role form; the one-time password has focus so it is read out at once.
    expect(await accounts.locator('#role-reader').inputValue()).toBe('viewer');
    expect((await focused()).id).toBe('secret');
    expect(await axeViolations()).toEqual([]);
    // An account's sites can be changed later, behind its row's disclosure.
    const readerRow = accounts.locator('tr', { hasText: 'reader' });
    await readerRow.locator('summary').click();
    await readerRow.getByRole('checkbox', { name: 'All sites' }).check();
    await readerRow.getByRole('button', { name: /Save sites/ }).click();
    await eventually(() => readerRow.locator('summary').textContent()).toContain('All sites');
    expect(await axeViolations()).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await eventually(() => h1().textContent()).toContain('Sign in');
    expect(await page.locator('heard-sign-in-view').locator('p').first().textContent()).toBe(
      'You have signed out.',
    );
    await page.locator('#username').fill('reader');
    await page.locator('#password').fill(oneTime);
    await page.locator('#password').press('Enter');
    await eventually(() => h1().textContent()).toContain('Change your password');
    expect(await page.locator('nav').count()).toBe(0);
    expect(await axeViolations()).toEqual([]);

    const form = page.locator('heard-password-view');
    await form.locator('#currentPassword').fill(oneTime);
    await form.locator('#newPassword').fill('short');
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(async () => (await focused()).tag).toBe('div');
    expect(await form.locator('.error-summary').textContent()).toContain('at least 12 characters');
    expect(await axeViolations()).toEqual([]);
    await form.locator('#newPassword').fill('a reader of plain words');
    await form.locator('#repeatPassword').fill('a reader of plain words');
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(() => h1().textContent()).toContain('Pages');

    expect(await page.locator('nav a', { hasText: 'Accounts' }).count()).toBe(0);
    await page.goto(`${server.url}/dashboard#/page?site=${SITE}&page=${encodeURIComponent(HARD_PAGE)}`);
    const detail = page.locator('heard-page-detail-view');
    await eventually(() => detail.locator('.feedback-list > li').count()).toBeGreaterThan(0);
    expect(await detail.getByRole('button', { name: 'Mark as spam' }).count()).toBe(0);
    expect(await detail.locator('#response-text').count()).toBe(0);
    expect(await detail.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    await page.goto(`${server.url}/dashboard#/sites`);
    await eventually(() => page.locator('heard-sites-view h2', { hasText: 'eGov' }).count()).toBe(1);
    expect(await page.locator('heard-sites-view #site-id').count()).toBe(0);
    expect(await page.locator('heard-sites-view').getByRole('button', { name: /^Edit/ }).count()).toBe(0);
  });

  it('says how long to wait after too many failed sign-ins', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await eventually(() => h1().textContent()).toContain('Sign in');
    const alert = page.locator('heard-sign-in-view [role="alert"]');
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.locator('#username').fill('reader');
      await page.locator('#password').fill(`wrong guess ${attempt}`);
      await page.locator('#password').press('Enter');
      await eventually(() => alert.textContent()).not.toBe('');
      if ((await alert.textContent())?.includes('Too many')) break;
    }
    expect(await alert.textContent()).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);
  });

  it("starts in the browser's language when none was chosen", async () => {
    const browser = await chromium.launch({
      executablePath: findChromium({ playwrightPath: () => chromium.executablePath() }),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      const russian = await (await browser.newContext({ locale: 'ru-RU' })).newPage();
      await russian.goto(`${server.url}/dashboard`);
      await expect.poll(() => russian.locator('h1').textContent(), { timeout: 10_000 }).toContain('Вход');
      expect(await russian.evaluate(() => document.documentElement.lang)).toBe('ru');
    } finally {
      await browser.close();
    }
  });

  it('reported no CSP violation and no script error on any view', async () => {
    await collectCspViolations();
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
