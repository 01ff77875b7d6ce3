import { expect } from '@esm-bundle/chai';
import '../../widget/index.ts';
import type { HeardFeedback } from '../../widget/index.ts';
import {
  ANSWER_LIFETIME_MS,
  forgetExpiredAnswers,
  loadAnswer,
  saveAnswer,
} from '../../widget/internal/answers.ts';
import { fixture } from './support/fixture.ts';
import { until, useMockCollector } from './support/mock-collector.ts';

const PAGE = 'https://gov.example.kz/ru/hiv-test-results';
const answerKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('heard:answer:'));
const DAY = 24 * 60 * 60 * 1000;

useMockCollector();

describe('<heard-feedback> remembered answers on a shared computer', () => {
  it('keys the answer by a hash, so storage does not show which pages were rated', async () => {
    const el = await fixture<HeardFeedback>(
      `<heard-feedback lang="ru" endpoint="https://feedback.example.kz" site="demo" page="${PAGE}"></heard-feedback>`,
    );
    ((el.shadowRoot as ShadowRoot).querySelector('button') as HTMLButtonElement).click();
    await until(() => answerKeys().length === 1);
    const [key] = answerKeys();
    const everything = `${key} ${localStorage.getItem(key ?? '')}`;
    expect(everything).to.not.contain('gov.example.kz');
    expect(everything).to.not.contain('hiv');
    expect(everything).to.not.contain('demo');
    const stored = JSON.parse(localStorage.getItem(key ?? '') ?? '{}');
    expect(stored).to.have.keys(['id', 'vote', 'savedAt']);
    expect(Date.now() - stored.savedAt).to.be.below(60_000);
  });

  it('remembers an answer for 90 days, then forgets it', () => {
    saveAnswer('demo', PAGE, { id: 'a', vote: 'yes' });
    expect(loadAnswer('demo', PAGE)).to.deep.equal({ id: 'a', vote: 'yes' });
    expect(loadAnswer('demo', `${PAGE}/other`)).to.equal(undefined);
    expect(loadAnswer('other-site', PAGE)).to.equal(undefined);
    expect(ANSWER_LIFETIME_MS).to.equal(90 * DAY);

    const [key] = answerKeys();
    const stored = JSON.parse(localStorage.getItem(key ?? '') ?? '{}');
    localStorage.setItem(key ?? '', JSON.stringify({ ...stored, savedAt: Date.now() - 91 * DAY }));
    expect(loadAnswer('demo', PAGE)).to.equal(undefined);
  });

  it('removes expired answers and address-keyed ones of older versions, and keeps the rest', () => {
    saveAnswer('demo', PAGE, { id: 'fresh', vote: 'no' });
    saveAnswer('demo', `${PAGE}/old`, { id: 'old', vote: 'yes' });
    const holding = (id: string) => answerKeys().find((k) => localStorage.getItem(k)?.includes(`"${id}"`));
    const fresh = holding('fresh');
    const old = holding('old');
    const oldValue = JSON.parse(localStorage.getItem(old ?? '') ?? '{}');
    localStorage.setItem(old ?? '', JSON.stringify({ ...oldValue, savedAt: Date.now() - 100 * DAY }));
    localStorage.setItem(`heard:answer:demo:${PAGE}/legacy`, JSON.stringify({ id: 'x', vote: 'yes' }));
    localStorage.setItem('heard:answer:broken', '{');
    localStorage.setItem('site-own-key', 'kept');
    forgetExpiredAnswers();
    expect(answerKeys()).to.deep.equal([fresh]);
    expect(localStorage.getItem('site-own-key')).to.equal('kept');
  });

  it('moves the answer an older version kept under the address of this page under its hash', () => {
    localStorage.setItem(`heard:answer:demo:${PAGE}`, JSON.stringify({ id: 'legacy', vote: 'no' }));
    expect(loadAnswer('demo', PAGE)).to.deep.equal({ id: 'legacy', vote: 'no' });
    expect(answerKeys()).to.have.length(1);
    expect(answerKeys()[0]).to.not.contain('gov.example.kz');
  });
});
