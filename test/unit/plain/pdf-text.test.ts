import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

// The same rules page typed flowing, and as copied from a PDF: hard-wrapped clauses, words hyphenated across
// lines, headings without a blank line, a page number at the foot.
const flowing = `1. Общие положения

1.1. Настоящие Правила определяют порядок оказания государственной услуги по выдаче справки о наличии либо отсутствии судимости.

1.2. Государственная услуга оказывается бесплатно физическим лицам через портал электронного правительства и центры обслуживания населения.

2. Порядок обращения

2.1. Для получения услуги заявитель представляет заявление установленной формы и документ, удостоверяющий личность.`;
const fromPdf = `1. Общие положения
1.1. Настоящие Правила определяют порядок оказания государст-
венной услуги по выдаче справки о наличии либо отсутствии суди-
мости.
1.2. Государственная услуга оказывается бесплатно физическим ли-
цам через портал электронного правительства и центры обслужива-
ния населения.
2. Порядок обращения
2.1. Для получения услуги заявитель представляет заявление уста-
новленной формы и документ, удостоверяющий личность.
3`;

describe('text copied from a PDF', () => {
  it('is read as the same text typed flowing: grade, counts and findings', () => {
    const a = analyze(flowing, { language: 'ru' });
    const b = analyze(fromPdf, { language: 'ru' });
    expect(b.metrics.grade).toBeCloseTo(a.metrics.grade, 6);
    expect(b.metrics.words).toBe(a.metrics.words);
    expect(b.metrics.sentences).toBe(a.metrics.sentences);
    expect(b.findings.map((f) => f.rule)).toEqual(a.findings.map((f) => f.rule));
  });
});
