import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { FeedbackSubmissionSchema } from '../../contract/feedback.ts';
import '../../widget/index.ts';
import type { HeardFeedback, HeardSubmitEvent } from '../../widget/index.ts';
import { Delivery } from '../../widget/internal/delivery.ts';
import { MemoryOutbox, openOutbox } from '../../widget/internal/outbox.ts';
import { axeViolations } from './support/axe.ts';
import { cleanup, fixture } from './support/fixture.ts';
import { collector, until, useMockCollector } from './support/mock-collector.ts';

const PAGE = 'https://gov.example.kz/en/id-card';
const embed = (lang: string, extra = '') =>
  `<heard-feedback lang="${lang}" endpoint="https://feedback.example.kz" site="demo" page="${PAGE}" ${extra}></heard-feedback>`;

/** The dark theme the README suggests. */
const DARK = {
  '--heard-text': '#e8eaed',
  '--heard-background': '#202124',
  '--heard-surface': '#303134',
  '--heard-accent': '#8ab4f8',
  '--heard-on-accent': '#0b0c0c',
  '--heard-focus': '#fdd663',
};

const root = (el: HeardFeedback) => el.shadowRoot as ShadowRoot;
const focusedId = (el: HeardFeedback) => root(el).activeElement?.id;
const status = (el: HeardFeedback) => root(el).querySelector('[role="status"]')?.textContent?.trim();
const button = (el: HeardFeedback, text: string) => {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};

/** Votes with a click and waits for the follow-up form. */
async function vote(el: HeardFeedback, label: string) {
  button(el, label).click();
  await until(() => root(el).querySelector('form') !== null);
}

async function typeComment(el: HeardFeedback, text: string) {
  const area = root(el).querySelector('textarea') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new Event('input'));
}

useMockCollector();
afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ forcedColors: 'none' });
});

describe('<heard-feedback> the citizen flow, keyboard only', () => {
  it('votes, rates clarity, picks a reason, comments and sends — focus and announcements at each step', async () => {
    const el = await fixture<HeardFeedback>(embed('en'));
    const events: HeardSubmitEvent[] = [];
    document.addEventListener('heard-submit', (e) => events.push(e), { once: true });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Yes');
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(el) === 'details-heading');
    expect(status(el)).to.equal('Your answer has been saved.');
    await until(() => collector.submissions().length === 1);

    // First "Change answer", then the clarity scale: one radio group, Tab enters it, arrows choose.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Change answer');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('comment');
    await sendKeys({ type: 'Clear steps, thank you.' });
    // Next stops: the Send button (the honeypot is out of the tab order).
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Send');
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(el) === 'thanks-heading', 6000);
    // The focused heading says it; the status region does not say it again.
    expect(root(el).activeElement?.textContent).to.equal('Thank you for your feedback.');
    expect(status(el)).to.equal('');

    await until(() => collector.submissions().length === 2);
    const [first, second] = collector.submissions();
    expect(first).to.include({ vote: 'yes', page: PAGE, language: 'en' });
    expect(second).to.include({
      vote: 'yes',
      clarity: 4,
      comment: 'Clear steps, thank you.',
      replaces: first?.id,
    });
    expect(second?.reasons).to.deep.equal(['found-what-i-needed']);
    expect(second?.website).to.equal(undefined);
    // A quick citizen is held back until the collector's minimum time, so the comment is not taken for a bot.
    expect(second?.elapsedMs).to.be.at.least(2000);
    expect(events[0]?.detail).to.deep.equal({
      vote: 'yes',
      page: PAGE,
      clarity: 4,
      reasons: ['found-what-i-needed'],
      hasComment: true,
    });
    expect(JSON.stringify(events[0]?.detail)).to.not.contain('Clear steps');
  });

  it('does not send the form on Enter in a clarity point or a reason; Enter ticks a reason', async () => {
    const el = await fixture<HeardFeedback>(embed('en'));
    let submitted = 0;
    el.addEventListener('heard-submit', () => submitted++);
    await vote(el, 'No');
    await until(() => collector.submissions().length === 1);
    const radio = root(el).querySelector<HTMLInputElement>('input[type="radio"]') as HTMLInputElement;
    radio.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    const checkbox = root(el).querySelector<HTMLInputElement>('input[type="checkbox"]') as HTMLInputElement;
    checkbox.focus();
    await sendKeys({ press: 'Enter' });
    expect(checkbox.checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(checkbox.checked).to.equal(false);
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 300));
    expect(root(el).querySelector('form')).to.not.equal(null);
    expect(radio.checked).to.equal(true);
    expect(submitted).to.equal(0);
    expect(collector.submissions()).to.have.length(1);
    // Send then carries what was chosen.
    button(el, 'Send').click();
    await until(() => collector.submissions().length === 2);
    expect(collector.submissions()[1]).to.include({ clarity: 1 });
    expect(collector.submissions()[1]?.reasons).to.deep.equal(['hard-to-understand']);
  });

  it('keeps focus on Send while sending, ignores a second press and says it is sending', async () => {
    const el = await fixture<HeardFeedback>(embed('ru'));
    await vote(el, 'Да');
    await typeComment(el, 'Всё понятно');
    const send = button(el, 'Отправить');
    send.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // A comment waits for the collector's minimum time (2 s): meanwhile focus stays where it was.
    expect(root(el).activeElement).to.equal(send);
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(send.disabled).to.equal(false);
    expect(status(el)).to.equal('Отправляем…');
    await sendKeys({ press: 'Enter' });
    send.click();
    await until(() => focusedId(el) === 'thanks-heading', 6000);
    await until(() => collector.submissions().length === 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(collector.submissions()).to.have.length(2);
  });

  it('offers different reasons after "no", and skipping keeps the bare vote', async () => {
    const el = await fixture<HeardFeedback>(embed('en'));
    await vote(el, 'No');
    const reasons = [...root(el).querySelectorAll('.chip')].map((c) => c.textContent?.trim());
    expect(reasons).to.deep.equal([
      'Hard to understand',
      'Out of date',
      'Information is missing',
      'Something doesn’t work',
      'Other',
    ]);
    expect(root(el).querySelector('legend')?.textContent).to.equal('How easy was this page to understand?');
    button(el, 'Skip').click();
    await until(() => focusedId(el) === 'thanks-heading');
    await until(() => collector.submissions().length === 1);
    expect(collector.submissions()[0]).to.include({ vote: 'no' });
  });
});

describe('<heard-feedback> personal data in comments', () => {
  it('shows a comment with an IIN, a phone and an email redacted for the citizen to confirm, and sends that', async () => {
    const el = await fixture<HeardFeedback>(embed('ru'));
    await vote(el, 'Нет');
    await typeComment(el, 'Мой ИИН 850101300124, тел. +7 701 234 56 78, почта aliya.n@mail.kz');
    button(el, 'Отправить').click();
    await until(() => focusedId(el) === 'confirm-heading');
    // The focused heading is described by the explanation, so it is read out with it.
    const heading = root(el).querySelector('#confirm-heading');
    expect(heading?.getAttribute('aria-describedby')).to.equal('confirm-text');
    expect(root(el).querySelector('#confirm-text')?.textContent).to.equal(
      'Мы убрали из комментария личные данные. Будет отправлено:',
    );
    // Marks in the citizen's language on screen; the contract's marks on the wire.
    expect(root(el).querySelector('.preview')?.textContent).to.equal(
      'Мой ИИН [ИИН], тел. [телефон], почта [эл. почта]',
    );
    expect(await axeViolations(el)).to.deep.equal([]);

    // Edit goes back to the comment, text kept; sending again asks again.
    button(el, 'Изменить комментарий').click();
    await until(() => focusedId(el) === 'comment');
    expect((root(el).querySelector('textarea') as HTMLTextAreaElement).value).to.contain('850101300124');
    button(el, 'Отправить').click();
    await until(() => focusedId(el) === 'confirm-heading');
    button(el, 'Отправить').click();
    await until(() => focusedId(el) === 'thanks-heading', 6000);
    // Thanks come once the comment is queued; its request follows without the citizen waiting for it.
    await until(() => collector.submissions().length === 2);
    const sent = collector.submissions()[1];
    expect(sent?.comment).to.equal('Мой ИИН [IIN], тел. [phone], почта [email]');
    expect(JSON.stringify(collector.submissions())).to.not.contain('850101300124');
  });

  it('leaves a 12-digit number with a wrong IIN check digit alone: no review step', async () => {
    const el = await fixture<HeardFeedback>(embed('kk'));
    await vote(el, 'Иә');
    await typeComment(el, 'Өтініш 850101300125 болды');
    button(el, 'Жіберу').click();
    await until(() => focusedId(el) === 'thanks-heading', 6000);
    await until(() => collector.submissions().length === 2);
    expect(collector.submissions()[1]?.comment).to.equal('Өтініш 850101300125 болды');
  });

  it('cuts a full comment that redaction made too long, tells the citizen, and sends what the contract accepts', async () => {
    const el = await fixture<HeardFeedback>(embed('en'));
    await vote(el, 'No');
    // 2,000 characters, the most the field allows; `[document]` replacing the digits adds four.
    const comment = `${'Long story. '.repeat(167).slice(0, 1993)}№123456`;
    expect(comment).to.have.length(2000);
    await typeComment(el, comment);
    button(el, 'Send').click();
    await until(() => focusedId(el) === 'confirm-heading');
    expect(root(el).querySelector('#confirm-heading')?.getAttribute('aria-describedby')).to.equal(
      'confirm-text confirm-shortened',
    );
    expect(root(el).querySelector('#confirm-shortened')?.textContent).to.contain(
      'your comment became longer than allowed',
    );
    const preview = root(el).querySelector('.preview')?.textContent ?? '';
    expect(preview.length).to.be.at.most(2000);
    button(el, 'Send').click();
    await until(() => collector.submissions().length === 2, 6000);
    const sent = collector.submissions()[1];
    expect(FeedbackSubmissionSchema.safeParse(sent).success).to.equal(true);
    expect(sent).to.include({ vote: 'no', comment: preview });
  });

  it('says the form is not an official appeal and links the appeal-url', async () => {
    const el = await fixture<HeardFeedback>(embed('en', 'appeal-url="https://eotinish.kz/en"'));
    await vote(el, 'No');
    const appeal = root(el).querySelector('#appeal');
    expect(appeal?.textContent).to.contain('This form is not an official appeal.');
    expect(appeal?.querySelector('a')?.getAttribute('href')).to.equal('https://eotinish.kz/en');
    const area = root(el).querySelector('textarea');
    expect(area?.getAttribute('aria-describedby')).to.equal('comment-hint appeal');
    expect(root(el).querySelector('#comment-hint')?.textContent).to.contain('IIN');
  });

  it('sends what a bot typed into the hidden field, for the collector to flag', async () => {
    const el = await fixture<HeardFeedback>(embed('en'));
    await vote(el, 'Yes');
    const trap = root(el).querySelector('input[name="heard-hp"]') as HTMLInputElement;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input'));
    button(el, 'Send').click();
    await until(() => collector.submissions().length === 2);
    expect(collector.submissions()[1]?.website).to.equal('http://spam.example');
  });
});

describe('<heard-feedback> one answer per page, which can be changed', () => {
  it('records one vote for a double click', async () => {
    const el = await fixture<HeardFeedback>(embed('en'));
    const yes = button(el, 'Yes');
    yes.click();
    yes.click();
    await until(() => root(el).querySelector('form') !== null);
    await until(() => collector.submissions().length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(collector.submissions()).to.have.length(1);
  });

  it('shows a vote at once on a slow network, and a different second tap replaces the first', async () => {
    const el = await fixture<HeardFeedback>(embed('en'));
    // The form's chunk is slow to arrive, as on a poor mobile connection.
    const slow = el as unknown as { loadForm: () => Promise<unknown> };
    const loadForm = slow.loadForm.bind(el);
    let release = () => {};
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    slow.loadForm = async () => {
      await arrived;
      return loadForm();
    };
    const votes: string[] = [];
    el.addEventListener('heard-vote', (e) => votes.push(e.detail.vote));
    button(el, 'No').click();
    await el.updateComplete;
    expect(button(el, 'No').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Yes').getAttribute('aria-pressed')).to.equal('false');
    await until(() => status(el) === 'Your answer has been saved.');
    expect(root(el).querySelector('form')).to.equal(null);

    button(el, 'Yes').click();
    await el.updateComplete;
    expect(button(el, 'Yes').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'No').getAttribute('aria-pressed')).to.equal('false');
    release();
    await until(() => focusedId(el) === 'details-heading');
    await until(() => collector.submissions().length === 2);
    const [first, second] = collector.submissions();
    expect(first).to.include({ vote: 'no' });
    expect(second).to.include({ vote: 'yes', replaces: first?.id });
    expect(votes).to.deep.equal(['no', 'yes']);
    // The follow-up form is the one for the answer that stands.
    expect(root(el).querySelector('.reasons legend')?.textContent).to.equal('What helped?');
  });

  it('lets a mis-tapped vote be changed from the follow-up step, keyboard only', async () => {
    const el = await fixture<HeardFeedback>(embed('kk'));
    await vote(el, 'Жоқ');
    await until(() => focusedId(el) === 'details-heading');
    await until(() => collector.submissions().length === 1);
    // One Tab from the step's heading.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Жауапты өзгерту');
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(el) === 'question');
    expect(root(el).querySelector('form')).to.equal(null);
    expect(button(el, 'Жоқ').getAttribute('aria-pressed')).to.equal('true');
    expect(await axeViolations(el)).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Иә');
    await sendKeys({ press: 'Enter' });
    await until(() => focusedId(el) === 'details-heading');
    await until(() => collector.submissions().length === 2);
    const [first, second] = collector.submissions();
    expect(second).to.include({ vote: 'yes', replaces: first?.id });
    expect(root(el).querySelector('.reasons legend')?.textContent).to.equal('Не көмектесті?');
  });

  it('remembers the answer and replaces it when the citizen changes their mind', async () => {
    let el = await fixture<HeardFeedback>(embed('en'));
    await vote(el, 'Yes');
    button(el, 'Skip').click();
    await until(() => collector.submissions().length === 1);
    const first = collector.submissions()[0];
    cleanup();

    el = await fixture<HeardFeedback>(embed('en'));
    expect(root(el).querySelector('.previous')?.textContent).to.equal(
      'You answered “Yes”. You can change your answer.',
    );
    expect(button(el, 'Yes').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'No').getAttribute('aria-pressed')).to.equal('false');
    // The same answer again records nothing new.
    await vote(el, 'Yes');
    cleanup();
    el = await fixture<HeardFeedback>(embed('en'));
    await vote(el, 'No');
    await until(() => collector.submissions().length === 2);
    expect(collector.submissions()[1]).to.include({ vote: 'no', replaces: first?.id });
  });
});

describe('<heard-feedback> accessibility in every state and language', () => {
  const labels = {
    en: { yes: 'Yes', no: 'No', send: 'Send', skip: 'Skip' },
    ru: { yes: 'Да', no: 'Нет', send: 'Отправить', skip: 'Пропустить' },
    kk: { yes: 'Иә', no: 'Жоқ', send: 'Жіберу', skip: 'Өткізіп жіберу' },
  };
  for (const [lang, l] of Object.entries(labels)) {
    it(`is axe-clean asking, in both follow-up forms and thanking, in ${lang}`, async () => {
      collector.summary = {
        site: 'demo',
        page: PAGE,
        votes: 40,
        usefulShare: 0.5,
        responses: [{ id: 'r', publishedAt: '2026-11-20T09:00:00.000Z', language: lang, text: 'OK' }],
      };
      const el = await fixture<HeardFeedback>(embed(lang, 'show-summary'));
      await until(() => root(el).querySelector('ul') !== null);
      expect(await axeViolations(el)).to.deep.equal([]);
      await vote(el, l.no);
      expect(await axeViolations(el)).to.deep.equal([]);
      cleanup();
      localStorage.clear();
      const again = await fixture<HeardFeedback>(embed(lang));
      await vote(again, l.yes);
      expect(await axeViolations(again)).to.deep.equal([]);
      button(again, l.skip).click();
      await until(() => focusedId(again) === 'thanks-heading');
      expect(await axeViolations(again)).to.deep.equal([]);
    });
  }

  it('names each clarity point with the digit it shows, then its meaning (WCAG 2.5.3 Label in Name)', async () => {
    const el = await fixture<HeardFeedback>(embed('kk'));
    await vote(el, 'Иә');
    const points = [...root(el).querySelectorAll('.point')];
    expect(points.map((p) => p.textContent?.trim())).to.deep.equal([
      '1 — Өте қиын',
      '2 — Қиын',
      '3 — Қиын да, оңай да емес',
      '4 — Оңай',
      '5 — Өте оңай',
    ]);
    // Nothing of the label is hidden from the accessible name, and the digit is what shows.
    for (const point of points) {
      expect(point.querySelector('[aria-hidden]')).to.equal(null);
      expect(point.querySelector('span:not(.vh)')?.textContent).to.match(/^[1-5]$/);
    }
  });

  it('gives every control a target of at least 44 by 44 px', async () => {
    const el = await fixture<HeardFeedback>(embed('kk'));
    await vote(el, 'Жоқ');
    const targets = root(el).querySelectorAll('button, .point, .chip');
    expect(targets.length).to.be.greaterThan(8);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent ?? '').to.be.at.least(44);
      expect(box.height, target.textContent ?? '').to.be.at.least(44);
    }
  });

  it('reflows at 320 px wide (400% zoom) without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<HeardFeedback>(embed('kk'));
    await vote(el, 'Жоқ');
    const panel = root(el).querySelector('section') as HTMLElement;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    // The clarity scale stays one row of five, its far-end label under the last point.
    const points = [...root(el).querySelectorAll('.point')].map((p) => p.getBoundingClientRect());
    expect(points).to.have.length(5);
    expect(new Set(points.map((p) => Math.round(p.top))).size).to.equal(1);
    const ends = root(el).querySelector('.ends') as HTMLElement;
    expect(Math.abs(ends.getBoundingClientRect().right - (points[4]?.right ?? 0))).to.be.below(1);
  });

  it('takes a dark theme from its custom properties, readable everywhere (axe colour contrast)', async () => {
    const page = await fixture<HTMLElement>(
      `<div class="dark">${embed('ru', 'appeal-url="https://eotinish.kz/ru"')}</div>`,
    );
    for (const [name, value] of Object.entries(DARK)) page.style.setProperty(name, value);
    page.style.background = '#202124';
    const el = page.querySelector('heard-feedback') as HeardFeedback;
    const yes = button(el, 'Да');
    expect(getComputedStyle(yes).color).to.equal('rgb(11, 12, 12)');
    expect(await axeViolations(el)).to.deep.equal([]);
    await vote(el, 'Нет');
    const surface = 'rgb(48, 49, 52)';
    expect(getComputedStyle(button(el, 'Пропустить')).backgroundColor).to.equal(surface);
    for (const chip of root(el).querySelectorAll('.chip, .point, textarea'))
      expect(getComputedStyle(chip).backgroundColor).to.equal(surface);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps the clarity scale inside the panel on a 320 px page with 1rem margins, 44 px targets', async () => {
    await setViewport({ width: 320, height: 640 });
    // As on the demo site: 1rem page margins, the body's own margin gone.
    document.body.style.margin = '0';
    try {
      const page = await fixture<HTMLElement>(`<div style="padding-inline: 1rem">${embed('kk')}</div>`);
      const el = page.querySelector('heard-feedback') as HeardFeedback;
      await vote(el, 'Жоқ');
      const panel = root(el).querySelector('section') as HTMLElement;
      const inner =
        panel.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(panel).paddingRight);
      const points = [...root(el).querySelectorAll('.point')].map((p) => p.getBoundingClientRect());
      expect(points.at(-1)?.right).to.be.at.most(inner);
      for (const point of points) expect(point.width).to.be.at.least(44);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      document.body.style.margin = '';
    }
  });

  it('marks the chosen answer in forced-colors mode without relying on colour', async () => {
    await emulateMedia({ forcedColors: 'active' });
    localStorage.setItem(
      `heard:answer:demo:${PAGE}`,
      JSON.stringify({ id: crypto.randomUUID(), vote: 'no' }),
    );
    const el = await fixture<HeardFeedback>(embed('en'));
    expect(getComputedStyle(button(el, 'No')).outlineStyle).to.equal('solid');
    expect(getComputedStyle(button(el, 'Yes')).outlineStyle).to.equal('none');
  });
});

describe('<heard-feedback> without durable storage', () => {
  const item = (n: number) => ({
    endpoint: 'https://feedback.example.kz',
    submission: {
      id: crypto.randomUUID(),
      site: 'demo',
      page: PAGE,
      language: 'en' as const,
      vote: 'yes' as const,
      createdAt: new Date(Date.UTC(2026, 10, 27, 10, n)).toISOString(),
    },
  });

  it('hands what only memory holds to sendBeacon as the page goes away', async () => {
    const outbox = new MemoryOutbox();
    const beacons: { url: string; body: string }[] = [];
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const delivery = new Delivery(outbox, offline, (url, body) => beacons.push({ url, body }) > 0);
    const later = item(2);
    const earlier = item(1);
    await outbox.put(later);
    await outbox.put(earlier);
    await delivery.flush();
    expect(outbox.durable).to.equal(false);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await until(async () => (await outbox.all()).length === 0);
    // Oldest first, so a replacement never overtakes what it replaces.
    expect(beacons.map((b) => JSON.parse(b.body).id)).to.deep.equal([
      earlier.submission.id,
      later.submission.id,
    ]);
    expect(beacons[0]?.url).to.equal('https://feedback.example.kz/api/v1/feedback');
  });

  it('keeps items a beacon could not take, and never beacons what IndexedDB holds', async () => {
    const memory = new MemoryOutbox();
    await memory.put(item(1));
    await new Delivery(memory, fetch, () => false).handOffToBeacon();
    expect(await memory.all()).to.have.length(1);

    const durable = await openOutbox();
    await durable.put(item(3));
    let beaconed = 0;
    await new Delivery(durable, fetch, () => ++beaconed > 0).handOffToBeacon();
    expect(beaconed).to.equal(0);
    expect(durable.durable).to.equal(true);
  });
});
