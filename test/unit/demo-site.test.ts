import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../plain/index.ts';

const DEMO = resolve(import.meta.dirname, '../../demo');
const LANGUAGES = ['kk', 'ru', 'en'] as const;
const SERVICES = ['id-card', 'child-benefit', 'property-tax', 'appointment'];

const page = (language: string, name: string) => readFileSync(join(DEMO, language, `${name}.html`), 'utf8');
const mainText = (html: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
    .replace(/<(?:script|style)[\s\S]*?<\/(?:script|style)>/g, '')
    .replace(/<\/(?:p|li|h\d|tr|blockquote)>/g, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ');

describe('demo agency site', () => {
  it('has the same service pages in kk, ru and en', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(join(DEMO, language))
        .filter((f) => f.endsWith('.html'))
        .sort();
      expect(files).toEqual([...SERVICES.map((s) => `${s}.html`), 'index.html'].sort());
    }
  });

  it.each(LANGUAGES.flatMap((language) => SERVICES.map((service) => [language, service] as const)))(
    '%s/%s declares its language, has no inline script or style, and embeds the widget as the README says',
    (language, service) => {
      const html = page(language, service);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain('<script type="module" src="/heard/heard.js"></script>');
      // The README's snippet, plus optional attributes from its table.
      expect(html).toMatch(
        /<heard-feedback endpoint="\/" site="demo-agency"(?: appeal-url="https:\/\/[^"]+"| show-reading-level| show-summary)*><\/heard-feedback>/,
      );
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=/);
    },
  );

  it.each(LANGUAGES)('the engine grades the officialese %s page harder than the plain one', (language) => {
    const heavy = analyze(mainText(page(language, 'id-card')), { language });
    const plain = analyze(mainText(page(language, 'child-benefit')), { language });
    expect(heavy.metrics.grade).toBeGreaterThan(plain.metrics.grade + 2);
    expect(heavy.findings.length).toBeGreaterThan(plain.findings.length);
  });
});
