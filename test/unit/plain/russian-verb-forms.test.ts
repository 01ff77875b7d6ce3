import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';

/** The first suggestion for each officialese finding in `text`, by the text it covers. */
function suggested(text: string): Record<string, string | undefined> {
  const findings = analyze(text, { language: 'ru' }).findings.filter((f) => f.rule === 'ru/officialese');
  return Object.fromEntries(findings.map((f) => [f.text, f.suggestions[0]]));
}

// Each row: a sentence with one officialese verb form, the form, and the plain verb in that form. The forms are
// built from principal parts (languages/ru/rules.ts); a wrong rule shows here as a word no Russian writes.
describe('Russian officialese verbs are offered the plain verb in the same form', () => {
  it.each([
    // tense, person and number
    ['Мы осуществляем приём граждан.', 'осуществляем приём', 'принимаем'],
    ['Вы осуществляете контроль.', 'осуществляете контроль', 'контролируете'],
    ['Мы предоставим справку.', 'предоставим', 'дадим'],
    ['Отдел реализовал проект.', 'реализовал', 'выполнил'],
    ['Она осуществила вход на портал.', 'осуществила вход', 'вошла'],
    ['Комиссия приняла к сведению отчёт.', 'приняла к сведению', 'учла'],
    // imperatives: built from a present stem in a vowel, listed where stress decides them
    ['Произведите оплату в кассе.', 'Произведите оплату', 'Оплатите'],
    ['Осуществляйте контроль ежедневно.', 'Осуществляйте контроль', 'Контролируйте'],
    ['Проведите проверку сами.', 'Проведите проверку', 'Проверьте'],
    ['Осуществите регистрацию на портале.', 'Осуществите регистрацию', 'Зарегистрируйтесь'],
    ['Ознакомьтесь с правилами.', 'Ознакомьтесь с правилами', 'Прочитайте правила'],
    // gerunds: imperfective from the present, perfective from the past or, after -сти, the future
    ['Приобретая жильё, проверьте документы.', 'Приобретая', 'Покупая'],
    ['Предоставив документы, ждите ответа.', 'Предоставив документы', 'Подав документы'],
    ['Приняв во внимание сроки, мы решили.', 'Приняв во внимание', 'Учтя'],
    ['Осуществив регистрацию, войдите.', 'Осуществив регистрацию', 'Зарегистрировавшись'],
    // participles
    ['Это аннулированные лицензии.', 'аннулированные', 'отмененные'],
    ['Проверка, осуществляемая ежегодно, важна.', 'осуществляемая', 'проводимая'],
    // a passive in -ся of a verb whose plain verb has none
    ['Цены растут, поэтому осуществляется мониторинг.', 'осуществляется мониторинг', 'следят'],
  ])('%s', (text, form, plain) => {
    expect(suggested(text)[form]).toBe(plain);
  });

  it('offers nothing for a passive participle before the noun its verb stands in for', () => {
    // «осуществляемый контроль» is «контроль»; the phrase's own entry offered «контролировать».
    expect(suggested('Это осуществляемый контроль.')).toEqual({ 'осуществляемый контроль': undefined });
  });

  it('offers only what pastes into the cases around the phrase', () => {
    const all = (text: string) =>
      analyze(text, { language: 'ru' })
        .findings.filter((f) => f.rule === 'ru/officialese')
        .map((f) => [f.text, f.suggestions]);
    // «надлежит» takes the dative, as «нужно» does: «Заявителю должен» was offered too.
    expect(all('Заявителю надлежит сдать документы.')).toEqual([['надлежит', ['нужно']]]);
    // A light verb's passive: the impersonal takes «граждан» as its object, a -ся form would have to agree
    // with it («Принимается граждан»); alone, both.
    expect(all('Осуществляется приём граждан по средам.')).toEqual([['Осуществляется приём', ['Принимают']]]);
    expect(all('Осуществляется приём по средам.')).toEqual([
      ['Осуществляется приём', ['Принимают', 'Принимается']],
    ]);
    // The instruction «платите» takes a payment, not a service: with the noun's object carried after it, only
    // the impersonal («Платите услуги» was offered too).
    expect(all('Оплата производится через банк.')).toEqual([
      ['Оплата производится', ['Оплачивают', 'Платите']],
    ]);
    expect(all('Оплата услуг производится через банк.')).toEqual([
      ['Оплата услуг производится', ['Оплачивают услуги']],
    ]);
  });

  it('offers no present participle of a perfective plain verb', () => {
    // «начать» has no «начнущий»: the finding stays, with nothing to paste.
    expect(suggested('Орган, инициирующий проверку, ответит.')).toEqual({ инициирующий: undefined });
  });
});
