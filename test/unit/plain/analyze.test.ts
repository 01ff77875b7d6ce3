import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  AUDIENCES,
  analyze,
  detectLanguage,
  InvalidOptionError,
  LANGUAGES,
  ReportSchema,
} from '../../../plain/index.ts';

const officialRu =
  'В целях обеспечения реализации мер по предоставлению государственных услуг осуществляется прием заявлений в ЦОН. ' +
  'Данный порядок является обязательным для всех заявителей, обратившихся в соответствии с установленными требованиями.';
const plainRu = 'Подайте заявление в центре обслуживания. Возьмите с собой паспорт. Мы ответим за три дня.';

describe('analyze: reports do not depend on what was analysed before', () => {
  // The engine reuses the previous analysis's word objects; none of their old state may leak into the next.
  const texts = [
    plainRu,
    'См. п. 5 ст. 12, т.е. И. И. Иванов и т.д. Тел. 8 (727) 123-45-67, 50 км, 3 млрд тг. https://egov.kz/services.',
    'Qazaqstan Respýblıkasynyń Prezıdenti halyqqa joldaý jasady. Bız Bitti myrzamen söilestık.',
    'The quali cations are dif cult to get. Mr. J. Smith, p. 84, e.g. 5 kg.',
    'Біз бүгін мектепке бардық. ХҚКО арқылы құжаттар қабылданады.',
  ];

  it('gives every text the report it gets after an empty analysis, whatever came just before', () => {
    const fresh = texts.map((text) => {
      analyze('');
      return JSON.stringify(analyze(text));
    });
    for (const previous of texts) {
      for (const [i, text] of texts.entries()) {
        analyze(previous);
        expect(JSON.stringify(analyze(text)), `${text} after ${previous}`).toBe(fresh[i]);
      }
    }
  });
});

describe('analyze: report', () => {
  it('returns a report that matches ReportSchema', () => {
    const report = analyze(officialRu);
    expect(z.safeParse(ReportSchema, report).success).toBe(true);
    expect(report.language.code).toBe('ru');
    expect(report.metrics.words).toBe(27);
    expect(report.metrics.sentences).toBe(2);
  });

  it('quotes a phrase broken across lines in its message on one line, and keeps its text as written', () => {
    const [finding] = analyze('You must fill in the form in order\r\nto apply.', { language: 'en' }).findings;
    expect(finding?.text).toBe('in order\r\nto');
    expect(finding?.message).toBe('“in order to” is officialese: try “to”.');
    // A passive joined with the officialese word in it: the message quotes both on one line, and the
    // suggestion to paste keeps the line break.
    const [joined] = analyze('Your licence is\nterminated today.', { language: 'en' }).findings;
    expect(joined?.message).toMatch(
      /^“is terminated” is officialese: try “is ended”\. “is terminated” is passive/u,
    );
    expect(joined?.suggestions[0]).toBe('is\nended');
  });

  it('has ReportSchema hold what a report promises: a 0–100 score, whole offsets, a confidence up to 1', () => {
    const report = analyze(officialRu);
    const [finding] = report.findings;
    if (!finding) throw new Error('the officialese text has findings');
    const valid = (changed: object) => z.safeParse(ReportSchema, { ...report, ...changed }).success;
    expect(valid({ score: 101 })).toBe(false);
    expect(valid({ score: -1 })).toBe(false);
    expect(valid({ score: 40.5 })).toBe(false);
    expect(valid({ language: { code: 'ru', confidence: 1.5 } })).toBe(false);
    expect(valid({ findings: [{ ...finding, start: -1 }] })).toBe(false);
    expect(valid({ findings: [{ ...finding, end: finding.end + 0.5 }] })).toBe(false);
    expect(valid({ findings: [{ ...finding, start: finding.end + 1 }] })).toBe(false);
    expect(valid({})).toBe(true);
  });

  it('grades officialese harder than plain text and scores it lower', () => {
    const hard = analyze(officialRu);
    const easy = analyze(plainRu);
    expect(hard.metrics.grade).toBeGreaterThan(easy.metrics.grade + 3);
    expect(hard.score).toBeLessThan(easy.score);
    expect(hard.audience.fits).toBe(false);
    expect(hard.audience.misses.map((m) => m.target)).toContain('grade');
  });

  it('grades the prose, not the headings: short headings do not make a page easier', () => {
    const prose =
      'You can renew your passport online if it expired less than five years ago. ' +
      'The application takes about twenty minutes, and the new passport arrives within three weeks.';
    const withHeadings = `Renew a passport\n\n${prose}\n\nWhat you need\n\n${prose}`;
    const plain = analyze(`${prose}\n\n${prose}`, { language: 'en' });
    const headed = analyze(withHeadings, { language: 'en' });
    expect(headed.metrics.sentences).toBe(plain.metrics.sentences + 2);
    expect(headed.metrics.grade).toBeCloseTo(plain.metrics.grade, 5);
    expect(analyze('Renew a passport\n\nWhat you need', { language: 'en' }).metrics.grade).toBeGreaterThan(0);
  });

  it('computes the published formulas for the language', () => {
    expect(Object.keys(analyze(plainRu).metrics.formulas)).toContain('plainRussianFleschKincaid');
    expect(Object.keys(analyze('You can apply online today.').metrics.formulas)).toContain(
      'fleschKincaidGrade',
    );
    expect(Object.keys(analyze('Өтінішті онлайн беруге болады.').metrics.formulas)).toEqual(['lix']);
  });

  it('returns an empty, finite report for empty input', () => {
    const report = analyze('');
    expect(report.metrics.words).toBe(0);
    expect(report.metrics.grade).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.audience.fits).toBe(true);
  });

  it('finds findings with offsets into the original text', () => {
    const report = analyze(officialRu, { uiLanguage: 'en' });
    expect(report.findings.length).toBeGreaterThan(3);
    for (const f of report.findings) expect(officialRu.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('analyze: languages', () => {
  it('reports per-paragraph languages when a Kazakh page quotes Russian', () => {
    const text =
      'Өтінішті Халыққа қызмет көрсету орталығында беруге болады. Құжаттарды алдын ала дайындаңыз.\n\n' +
      'Заявление можно подать в центре обслуживания населения.';
    const report = analyze(text);
    expect(report.language.code).toBe('kk');
    expect(report.language.paragraphs?.map((p) => p.code)).toEqual(['kk', 'ru']);
  });

  it('omits per-paragraph languages when the text is in one language', () => {
    expect(analyze(plainRu).language.paragraphs).toBeUndefined();
  });

  it('takes an explicit language over detection', () => {
    expect(analyze('You can apply.', { language: 'ru' }).language).toEqual({ code: 'ru', confidence: 1 });
  });
});

describe('analyze: options', () => {
  it.each([
    [{ language: 'de' }, 'language'],
    [{ audience: 'children' }, 'audience'],
    [{ uiLanguage: 'fr' }, 'uiLanguage'],
    [{ rules: { 'ru/officialese': 'no' } }, 'rules.ru/officialese'],
    [{ rules: { 'ru/no-such-rule': false } }, 'rules.ru/no-such-rule'],
    [{ glossary: { banned: [''] } }, 'glossary.banned.0'],
    [{ colour: 'red' }, 'colour'],
    [{ audience: { id: 'x' } }, 'audience.targets'],
    [{ audience: { id: 'x', targets: { grade: 'easy' } } }, 'audience.targets.grade'],
  ])('rejects %j naming `%s`', (options, option) => {
    expect(() => analyze('text', options as never)).toThrow(InvalidOptionError);
    expect(() => analyze('text', options as never)).toThrow(`\`${option}\``);
  });

  it('lists the built-in audiences when an unknown one is asked for', () => {
    expect(() => analyze('text', { audience: 'kids' as never })).toThrow(
      '"kids" is not one of general, easy-read, youth, business, specialist',
    );
    // A profile, or another type, is told what an audience may be, built-in ids included.
    for (const audience of [{ id: 'x' }, 5, null]) {
      expect(() => analyze('text', { audience: audience as never })).toThrow(
        /an audience is one of general, easy-read, youth, business, specialist, or a profile \{ id, name\?, targets/u,
      );
    }
    expect(() => analyze('text', { audience: { id: 'x' } as never })).toThrow(
      'Invalid option `audience.targets`: Invalid input: expected object, received undefined (an audience is one of',
    );
  });

  it('disables rules by id', () => {
    const on = analyze(officialRu).findings.filter((f) => f.rule === 'ru/officialese');
    const off = analyze(officialRu, { rules: { 'ru/officialese': false } }).findings.filter(
      (f) => f.rule === 'ru/officialese',
    );
    expect(on.length).toBeGreaterThan(0);
    expect(off).toEqual([]);
  });

  it('writes messages in the UI language', () => {
    const [en] = analyze(officialRu, { uiLanguage: 'en' }).findings;
    const [kk] = analyze(officialRu, { uiLanguage: 'kk' }).findings;
    expect(en?.message).not.toBe(kk?.message);
    expect(kk?.message).toMatch(/[әғқңөұүһі]/u);
  });

  it('applies an agency glossary', () => {
    const report = analyze(
      'Произведите оплату до пятницы. Не используйте слово ГосКорп. Услуга ЕНПФ бесплатна.',
      {
        glossary: {
          preferred: [{ use: 'оплатите', avoid: ['произвед* оплат*'] }],
          banned: ['госкорп'],
          define: ['ЕНПФ'],
        },
        uiLanguage: 'en',
      },
    );
    const byRule = (id: string) =>
      report.findings.filter((f) => f.rule === id).map((f) => [f.text, f.suggestions]);
    // Cased to stand at the start of the sentence.
    expect(byRule('glossary/preferred')).toEqual([['Произведите оплату', ['Оплатите']]]);
    expect(byRule('glossary/banned')).toEqual([['ГосКорп', []]]);
    expect(byRule('glossary/undefined-term')).toEqual([['ЕНПФ', []]]);
  });

  it('reports an undefined abbreviation the glossary lists once, by the pack’s rule with its example', () => {
    const rules = (options: Parameters<typeof analyze>[1]) =>
      analyze('The PSC is open on Monday. Bring your passport to the PSC.', options).findings.map(
        (f) => `${f.rule} ${f.start}`,
      );
    expect(rules({ glossary: { define: ['PSC'] } })).toEqual(['en/undefined-abbreviation 4']);
    // With the pack's rule off, the glossary's says it.
    expect(rules({ glossary: { define: ['PSC'] }, rules: { 'en/undefined-abbreviation': false } })).toEqual([
      'glossary/undefined-term 4',
    ]);
  });

  it('offers the agency’s own word where the glossary and a pack flag the same words', () => {
    const findings = analyze('You must utilise the portal to apply.', {
      glossary: { preferred: [{ use: 'employ', avoid: ['utilise'] }] },
    }).findings.map((f) => `${f.rule} ${f.text} ${f.suggestions.join('/')}`);
    expect(findings).toEqual(['glossary/preferred utilise employ']);
  });

  it('counts the passive share over the prose, as the grade reads it, not over headings', () => {
    const share = (text: string) => analyze(text, { language: 'kk' }).metrics.passiveShare;
    // A heading in the passive; the text under it is not.
    expect(share('Анықтама онлайн беріледі\n\nАнықтаманы порталдан аласыз. Оны бір күнде береміз.')).toBe(0);
    expect(share('Анықтама берілді. Оны аласыз.')).toBe(0.5);
    // A text of nothing but a heading is judged on it.
    expect(share('Анықтама онлайн беріледі')).toBe(1);
  });

  it('matches glossary terms in their inflected forms, and knows the usual ways to define a term', () => {
    const glossary = {
      banned: ['бюрократия', 'личный кабинет', 'жеке кабинет', 'stakeholder'],
      preferred: [{ use: 'нұсқау', avoid: ['нұсқаулық'] }],
      define: ['субсидия', 'ЕНПФ', 'БЖЗҚ'],
    };
    const found = (text: string) =>
      analyze(text, { glossary })
        .findings.filter((f) => f.rule.startsWith('glossary/'))
        .map((f) => `${f.rule.slice(9)} ${f.text}`);
    expect(found('Мы боремся с бюрократией. Войдите в личном кабинете. Получите субсидию.')).toEqual([
      'banned бюрократией',
      'banned личном кабинете',
      'undefined-term субсидию',
    ]);
    expect(found('Жеке кабинетке кіріңіз. Нұсқаулықты оқыңыз. Жарнаны БЖЗҚ-ға төлеңіз.')).toEqual([
      'banned Жеке кабинетке',
      'preferred Нұсқаулықты',
      'undefined-term БЖЗҚ-ға',
    ]);
    expect(found('Our stakeholders met.')).toEqual(['banned stakeholders']);
    // Defined: the full name, then the term in brackets; the legal idiom; a definition in brackets after.
    expect(found('Единый накопительный пенсионный фонд (ЕНПФ) платит пенсии.')).toEqual([]);
    expect(found('Фонд (далее – ЕНПФ) платит пенсии. Получите субсидию (денежную помощь).')).toEqual([]);
    expect(found('Платите в ЕНПФ, то есть в Единый накопительный пенсионный фонд.')).toEqual([]);
  });

  it('matches a glossary word’s forms by the stemmer of its paragraph’s language, not words derived from it', () => {
    const found = (text: string, banned: string[]) =>
      analyze(text, { glossary: { banned } })
        .findings.filter((f) => f.rule === 'glossary/banned')
        .map((f) => f.text);
    expect(
      found('Налоговый кодекс един. Налоги платят все. Правительство защищает право. Кабинетом пользуются.', [
        'налог',
        'право',
        'кабинет',
      ]),
    ).toEqual(['Налоги', 'право', 'Кабинетом']);
    expect(found('Нұсқаулығы мұнда. Қызметі тегін. Қызметкер көмектеседі.', ['нұсқаулық', 'қызмет'])).toEqual(
      ['Нұсқаулығы', 'Қызметі'],
    );
    expect(
      found('We utilised the portal. Utilising it helps. Read our policies. The cats sat.', [
        'utilise',
        'policy',
        'cat',
      ]),
    ).toEqual(['utilised', 'Utilising', 'policies']);
    // A word of three letters is matched as written.
    expect(found('Сад у дома. Сада нет.', ['сад'])).toEqual(['Сад']);
    // Each paragraph's words are stemmed in its language.
    expect(
      found(
        'Услугу оказывают быстро, и это хорошо для всех граждан страны.\n\nҚызметі тегін және оны барлық азаматтар ала алады.',
        ['қызмет', 'услуга'],
      ),
    ).toEqual(['Услугу', 'Қызметі']);
  });

  it('accepts a custom audience profile and judges fit against it', () => {
    const strict = {
      id: 'ministers',
      targets: { grade: 1, sentenceLength: 3, longWordShare: 0.01, passiveShare: 0, jargonPer100Words: 0 },
    };
    const report = analyze(plainRu, { audience: strict });
    expect(report.audience.id).toBe('ministers');
    expect(report.audience.fits).toBe(false);
    expect(report.audience.advice).not.toBe('');
    expect(analyze(plainRu, { audience: 'specialist' }).audience.fits).toBe(true);
    expect(Object.keys(AUDIENCES)).toEqual(['general', 'easy-read', 'youth', 'business', 'specialist']);
  });

  it('keeps its built-in audiences and language packs from being changed by a caller', () => {
    // ES modules run in strict mode: writing to a frozen object throws instead of silently doing nothing.
    expect(() => {
      (AUDIENCES.general.targets as { grade: number }).grade = 99;
    }).toThrow(TypeError);
    expect(() => {
      (AUDIENCES as Record<string, unknown>).general = undefined;
    }).toThrow(TypeError);
    expect(() => {
      (LANGUAGES as Record<string, unknown>).en = LANGUAGES.ru;
    }).toThrow(TypeError);
    expect(analyze('You can apply online.', { language: 'auto' }).language.code).toBe('en');
    expect(AUDIENCES.general.targets.grade).toBe(8);
  });

  it('compares the grade with its target as both are shown, to one decimal', () => {
    const text = 'You can apply online. It takes ten minutes and costs nothing at all.';
    const grade = analyze(text).metrics.grade;
    const targets = { sentenceLength: 99, longWordShare: 1, passiveShare: 1, jargonPer100Words: 99 };
    // A limit just below the grade that shows as the same number: no miss "by 0" ("4.1; aim for 4.1").
    const same = Math.round(grade * 10) / 10 - 0.004;
    expect(analyze(text, { audience: { id: 'x', targets: { ...targets, grade: same } } }).audience.fits).toBe(
      true,
    );
    const below = Math.round(grade * 10) / 10 - 0.1;
    expect(
      analyze(text, { audience: { id: 'x', targets: { ...targets, grade: below } } }).audience.fits,
    ).toBe(false);
  });

  it('writes the advice’s numbers to one decimal, as the UI language writes them', () => {
    const strict = {
      id: 'strict',
      targets: { grade: 1, sentenceLength: 99, longWordShare: 1, passiveShare: 1, jargonPer100Words: 99 },
    };
    const text = 'Заявление рассматривается в течение пятнадцати рабочих дней со дня его регистрации.';
    const grade = analyze(text, { audience: strict }).metrics.grade;
    const oneDecimal = (sep: string) => (Math.round(grade * 10) / 10).toString().replace('.', sep);
    expect(analyze(text, { audience: strict, uiLanguage: 'en' }).audience.advice).toContain(
      `reads at grade ${oneDecimal('.')};`,
    );
    expect(analyze(text, { audience: strict, uiLanguage: 'ru' }).audience.advice).toContain(
      `уровень текста — ${oneDecimal(',')} класс`,
    );
    expect(analyze(text, { audience: strict, uiLanguage: 'kk' }).audience.advice).toContain(
      `мәтін ${oneDecimal(',')} сынып деңгейінде`,
    );
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Өтінішті онлайн беруге болады.', 'kk'],
    ['Заявление можно подать онлайн.', 'ru'],
    ['You can apply online.', 'en'],
    ['Ötinişti onlaın beruge bolady.', 'kk'],
  ])('takes a text, as analyze reads it: %s', (text, code) => {
    const detected = detectLanguage(text);
    expect(detected.code).toBe(code);
    expect(detected).toEqual(analyze(text).language);
  });

  it('has no confidence without words', () => {
    expect(detectLanguage('— 12, 14 …')).toEqual({ code: 'en', confidence: 0 });
  });
});
