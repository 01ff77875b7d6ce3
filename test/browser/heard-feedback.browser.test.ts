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
