import { expect } from '@esm-bundle/chai';
import '../../widget/index.ts';
import type { HeardFeedback } from '../../widget/index.ts';
import { axeViolations } from './support/axe.ts';
import { cleanup, fixture } from './support/fixture.ts';

afterEach(cleanup);

function shadow(el: HeardFeedback): ShadowRoot {
  if (!el.shadowRoot) throw new Error('heard-feedback has no shadow root');
  return el.shadowRoot;
}

describe('<heard-feedback> accessibility', () => {
  for (const lang of ['kk', 'ru', 'en']) {
    it(`has no axe violations in ${lang}`, async () => {
      const el = await fixture<HeardFeedback>(
        `<heard-feedback lang="${lang}" endpoint="https://feedback.example.kz" site="demo"></heard-feedback>`,
      );
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('axe catches a real violation (guards against a check that cannot fail)', async () => {
    const broken = await fixture<HTMLElement>('<div><button type="button"></button></div>');
    const violations = await axeViolations(broken);
    expect(violations.some((v) => v.startsWith('button-name'))).to.equal(true);
  });
});

describe('<heard-feedback> language', () => {
  it('takes the language of the nearest lang attribute', async () => {
    const wrapper = await fixture<HTMLElement>(
      '<div lang="ru"><heard-feedback endpoint="/" site="demo"></heard-feedback></div>',
    );
    const el = wrapper.querySelector('heard-feedback');
    if (!el) throw new Error('missing element');
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('Была ли эта страница полезной?');
  });

  it('leaves the page language in force on the host and marks what it renders with its own', async () => {
    const wrapper = await fixture<HTMLElement>(
      '<div lang="kk"><heard-feedback endpoint="/" site="demo"></heard-feedback></div>',
    );
    const el = wrapper.querySelector('heard-feedback') as HeardFeedback;
    await el.updateComplete;
    // lang="" would mean "unknown language" and override <html lang="kk"> for screen readers.
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(shadow(el).querySelector('section')?.getAttribute('lang')).to.equal('kk');
    expect(shadow(el).querySelector('[role="status"]')?.getAttribute('lang')).to.equal('kk');

    el.lang = 'ru';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('ru');
    expect(shadow(el).querySelector('section')?.getAttribute('lang')).to.equal('ru');
    el.lang = '';
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(shadow(el).querySelector('section')?.getAttribute('lang')).to.equal('kk');
  });

  for (const [given, hint] of [
    ['kz', '(did you mean "kk"?)'],
    ['kaz', '(did you mean "kk"?)'],
    ['qq', 'got "qq".'],
  ] as const) {
    it(`explains lang="${given}" in one console error and falls back to English`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (message: string) => errors.push(message);
      try {
        const el = await fixture<HeardFeedback>(
          `<heard-feedback lang="${given}" endpoint="/" site="demo"></heard-feedback>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(shadow(el).querySelector('h2')?.textContent).to.equal('Was this page useful?');
      } finally {
        console.error = original;
      }
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('attribute "lang" must be kk, ru or en').and.contain(hint);
    });
  }

  it('takes a regional tag such as ru-KZ without complaint', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const el = await fixture<HeardFeedback>(
        '<heard-feedback lang="ru-KZ" endpoint="/" site="demo"></heard-feedback>',
      );
      expect(shadow(el).querySelector('section')?.getAttribute('lang')).to.equal('ru');
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('<heard-feedback> loaded twice', () => {
  it('does not throw when a page loads the script a second time', async () => {
    // A different URL makes the browser evaluate the module again, as two script tags with different
    // query strings would (a CMS block and a template).
    const again = '../../widget/index.ts?loaded=twice';
    await import(/* @vite-ignore */ again);
    expect(customElements.get('heard-feedback')).to.not.equal(undefined);
    const el = await fixture<HeardFeedback>(
      '<heard-feedback lang="en" endpoint="/" site="demo"></heard-feedback>',
    );
    expect(shadow(el).querySelector('h2')?.textContent).to.equal('Was this page useful?');
  });
});
