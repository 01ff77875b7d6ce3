import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import { agreeRussian, agreeRussianNoun } from '../../../plain/languages/ru/agreement.ts';
import { declineNoun, nounReadings } from '../../../plain/languages/ru/nouns.ts';
import { prepositionFor } from '../../../plain/languages/ru/recase.ts';

describe('Russian suggestions agree with the adjective they replace', () => {
  it.each([
    ['нужный', 'необходимых', 'нужных'],
    ['нужный', 'необходимой', 'нужной'],
    ['нужный', 'необходимую', 'нужную'],
    ['нужный', 'необходимыми', 'нужными'],
    ['нужный', 'необходимое', 'нужное'],
    ['такой', 'соответствующего', 'такого'],
    ['такой', 'соответствующие', 'такие'],
    ['плохой', 'ненадлежащими', 'плохими'],
    // A suggestion's «-ой» is its stressed masculine nominative («такий», «плохий» were offered).
    ['такой', 'соответствующий', 'такой'],
    ['плохой', 'ненадлежащий', 'плохой'],
    ['цифровой', 'диджитальные', 'цифровые'],
    ['следующий', 'нижеследующем', 'следующем'],
    ['следующий', 'нижеследующая', 'следующая'],
    ['этот', 'данного', 'этого'],
    ['этот', 'данную', 'эту'],
    ['эти', 'вышеперечисленным', 'этим'],
    ['это', 'вышеизложенном', 'этом'],
    ['перечисленные выше', 'вышеперечисленных', 'перечисленных выше'],
    ['указанный выше', 'вышеуказанной', 'указанной выше'],
    // Nouns in -тель decline alike.
    ['заявитель', 'услугополучателем', 'заявителем'],
    ['заявитель', 'услугополучателей', 'заявителей'],
    ['заявитель', 'услугополучатель', 'заявитель'],
    // «вы», «мы» where one form fits; the genitive wants a possessive («ваши документы»), so none is offered.
    ['вы', 'услугополучателю', 'вам'],
    ['мы', 'услугодателем', 'нами'],
    ['вы', 'услугополучателями', 'вами'],
    ['вы', 'услугополучателя', ''],
    ['вы', 'услугополучателе', ''],
    // A neuter in -ство likewise; «-я», «-ей» read as the genitive, which official texts use far more.
    ['ведомство', 'услугодателем', 'ведомством'],
    ['ведомство', 'услугодателей', 'ведомств'],
    ['ведомство', 'услугодателя', 'ведомства'],
    ['ведомство', 'услугодателями', 'ведомствами'],
  ])('%s for «%s» is «%s»', (suggestion, matched, agreed) => {
    expect(agreeRussian(suggestion, matched)).toBe(agreed);
  });

  it.each([
    // After a preposition «-я» is «вас», «нас» whatever the case; one of the accusative makes it «ведомство».
    ['вы', 'услугополучателя', 'для', 'вас'],
    ['мы', 'услугодателя', 'на', 'нас'],
    ['ведомство', 'услугодателя', 'на', 'ведомство'],
    ['ведомство', 'услугодателя', 'от', 'ведомства'],
    ['вы', 'услугополучателя', 'личный', ''],
  ])('%s for «%s» after «%s» is «%s»', (suggestion, matched, before, agreed) => {
    expect(agreeRussian(suggestion, matched, before)).toBe(agreed);
  });

  it('leaves a suggestion alone when either word is not an adjective', () => {
    expect(agreeRussian('нужно', 'необходимых')).toBe('нужно');
    expect(agreeRussian('он', 'таковых')).toBe('он');
    expect(agreeRussian('нужный', 'необходимо')).toBe('нужный');
    expect(agreeRussian('без заявления', 'проактивной')).toBe('без заявления');
  });

  it('agrees only entries marked as one adjective: a noun phrase or a custom glossary term keeps its words', () => {
    const report = analyze('Мер надлежащих не приняли. Рекламы таргетированной нет. Тарифов льготных нет.', {
      language: 'ru',
      glossary: { preferred: [{ use: 'скидочный', avoid: ['льготных'] }] },
    });
    const suggested = (text: string, rule: string) =>
      report.findings.find((f) => f.text === text && f.rule === rule)?.suggestions;
    expect(suggested('надлежащих', 'ru/officialese')).toEqual(['должных', 'правильных']);
    // «таргет*» covers nouns as well, so its suggestions stay as listed.
    expect(suggested('таргетированной', 'ru/jargon')).toEqual(['цель', 'адресный']);
    expect(report.findings.find((f) => f.text === 'льготных')?.suggestions).toEqual(['скидочный']);
  });
});

describe('Russian noun suggestions agree with the noun they replace', () => {
  it.each([
    ['срок', 'срок срока сроку срок сроком сроке сроки сроков срокам сроки сроками сроках'],
    [
      'партнёр',
      'партнёр партнёра партнёру партнёра партнёром партнёре партнёры партнёров партнёрам партнёров партнёрами партнёрах',
    ],
    [
      'ведомство',
      'ведомство ведомства ведомству ведомство ведомством ведомстве ведомства ведомств ведомствам ведомства ведомствами ведомствах',
    ],
    [
      'обновление',
      'обновление обновления обновлению обновление обновлением обновлении обновления обновлений обновлениям обновления обновлениями обновлениях',
    ],
    [
      'функция',
      'функция функции функции функцию функцией функции функции функций функциям функции функциями функциях',
    ],
    [
      'возможность',
      'возможность возможности возможности возможность возможностью возможности возможности возможностей возможностям возможности возможностями возможностях',
    ],
    [
      'получатель',
      'получатель получателя получателю получателя получателем получателе получатели получателей получателям получателей получателями получателях',
    ],
    ['случай', 'случай случая случаю случай случаем случае случаи случаев случаям случаи случаями случаях'],
    // A listed feminine noun in -ь declines as «возможность».
    ['часть', 'часть части части часть частью части части частей частям части частями частях'],
    // Forms that depend on stress or a fleeting vowel are unknown: «задачей» or «свечой», «выставок».
    ['задача', 'задача задачи задаче задачу - задаче задачи задач задачам задачи задачами задачах'],
    [
      'выставка',
      'выставка выставки выставке выставку выставкой выставке выставки - выставкам выставки выставками выставках',
    ],
    // Unless the noun of notices is listed with its genitive plural (проверок) or its plural in -а (паспорта).
    [
      'проверка',
      'проверка проверки проверке проверку проверкой проверке проверки проверок проверкам проверки проверками проверках',
    ],
    [
      'паспорт',
      'паспорт паспорта паспорту паспорт паспортом паспорте паспорта паспортов паспортам паспорта паспортами паспортах',
    ],
    [
      'учитель',
      'учитель учителя учителю учителя учителем учителе учителя учителей учителям учителей учителями учителях',
    ],
  ])('declines «%s»', (lemma, forms) => {
    expect(
      declineNoun(lemma)
        ?.forms.map((form) => form ?? '-')
        .join(' '),
    ).toBe(forms);
  });

  it('does not decline nouns with a fleeting vowel or an irregular plural', () => {
    for (const lemma of ['рынок', 'список', 'отец', 'горожанин', 'деньги'])
      expect(declineNoun(lemma)).toBeUndefined();
    expect(declineNoun('урок')?.forms[1]).toBe('урока');
  });

  it('declines the listed irregular nouns, soft -я and -ц nouns, leaving forms that depend on stress', () => {
    expect(declineNoun('время')?.forms[4]).toBe('временем');
    expect(declineNoun('день')?.forms[1]).toBe('дня');
    // The irregular nouns of official prose, written with «е» for «ё» and read either way.
    expect(declineNoun('человек')?.forms.slice(6, 8)).toEqual(['люди', 'людей']);
    expect(declineNoun('гражданин')?.forms[7]).toBe('граждан');
    expect(declineNoun('лицо')?.forms[7]).toBe('лиц');
    expect(declineNoun('ребёнок')?.forms[8]).toBe('детям');
    expect(declineNoun('имя')?.forms[4]).toBe('именем');
    expect(declineNoun('мать')?.forms[1]).toBe('матери');
    expect(declineNoun('дочь')?.forms[10]).toBe('дочерьми');
    expect(declineNoun('путь')?.forms[4]).toBe('путем');
    expect(nounReadings('людьми').map((r) => [r.lemma, r.slot])).toContainEqual(['человек', 10]);
    expect(nounReadings('ребёнком').map((r) => [r.lemma, r.slot])).toContainEqual(['ребенок', 4]);
    expect(declineNoun('неделя')?.forms.slice(0, 4)).toEqual(['неделя', 'недели', 'неделе', 'неделю']);
    expect(declineNoun('неделя')?.forms[4]).toBeUndefined();
    expect(declineNoun('месяц')?.forms[1]).toBe('месяца');
    expect(declineNoun('месяц')?.forms[7]).toBeUndefined();
  });

  it.each([
    ['ведомство', 'органом', 'орган', 'уполномоченным', 'ведомством'],
    ['ведомство', 'органа', 'орган', 'уполномоченного', 'ведомства'],
    ['закон', 'законодательства', 'законодательств', 'действующего', 'закона'],
    ['срок', 'дедлайнов', 'дедлайн', undefined, 'сроков'],
    ['встреча', 'митапами', 'митап', undefined, 'встречами'],
    ['пользователь', 'юзеров', 'юзер', undefined, 'пользователей'],
    ['случай', 'кейсах', 'кейс', undefined, 'случаях'],
    ['сотрудничество', 'коллаборацией', 'коллаборац', undefined, 'сотрудничеством'],
    // An adjective and a noun agree together; the words after them stay.
    ['другая сторона договора', 'контрагентами', 'контрагент', undefined, 'другими сторонами договора'],
    [
      'дополнительная ответственность',
      'ответственности',
      'ответственност',
      'субсидиарной',
      'дополнительной ответственности',
    ],
    ['обучение новых сотрудников', 'онбордингом', 'онбординг', undefined, 'обучением новых сотрудников'],
    // Where more than one form fits, the suggestion is left as listed: «-у» is a dative or an accusative,
    // «-а» a genitive, a nominative or a plural without an adjective to tell.
    // A dative it cannot decline the phrase into: nothing, not the nominative in its place.
    ['другая сторона договора', 'контрагенту', 'контрагент', undefined, ''],
    ['закон', 'законодательства', 'законодательств', undefined, 'закон'],
    ['срок', 'дедлайн', 'дедлайн', undefined, 'срок'],
    // A listed feminine noun in -ь; a noun in -ь it cannot tell the gender of is not pasted as listed for a
    // noun read only in an oblique case («с транспортными средствами» → «с автомобиль»).
    ['панель показателей', 'дашбордом', 'дашборд', undefined, 'панелью показателей'],
    ['автомобиль', 'средствами', 'средств', 'транспортными', ''],
    // Its adjective makes «средства» a genitive, not a plural nominative, and a plural wants no listed singular.
    ['автомобиль', 'средства', 'средств', 'транспортного', ''],
    ['автомобиль', 'средства', 'средств', 'транспортные', ''],
    ['автомобиль', 'средство', 'средств', 'транспортное', 'автомобиль'],
    // Not a noun it can decline: nothing for a noun in an oblique case («с верификацией» → «с проверить»);
    // a matched word that is no noun form after its stem keeps it as listed.
    ['проверить', 'верификацией', 'верификац', undefined, ''],
    ['проверка', 'верифицировать', 'верифици', undefined, 'проверка'],
  ])('%s for «%s %s» is «%s»', (suggestion, matched, stem, previous, agreed) => {
    expect(agreeRussianNoun(suggestion, matched, stem, { previous })).toBe(agreed);
  });

  it('agrees only entries marked as nouns, in the text', () => {
    const report = analyze(
      'Документ выдан местным исполнительным органом по нормам действующего законодательства. Мы сорвали пять дедлайнов и поговорили с контрагентами.',
      { language: 'ru' },
    );
    const suggested = (text: string) => report.findings.find((f) => f.text === text)?.suggestions;
    expect(suggested('местным исполнительным органом')).toEqual(['акиматом']);
    expect(suggested('действующего законодательства')).toEqual(['закона']);
    expect(suggested('дедлайнов')).toEqual(['сроков']);
    expect(suggested('контрагентами')).toEqual(['партнерами', 'другими сторонами договора']);
  });

  it('agrees with a phrase’s first noun where the genitives follow it', () => {
    const suggested = (text: string) =>
      analyze(text, { language: 'ru' }).findings.find((f) => f.rule === 'ru/officialese')?.suggestions;
    expect(suggested('Мы работаем над повышением эффективности.')).toEqual(['улучшением']);
    // «повышения» may be a genitive singular or a nominative or accusative plural; a process is hardly ever
    // plural (the entry says `singular`), so it is the genitive. A preposition that takes one case tells too.
    expect(suggested('Повышения эффективности ждут все.')).toEqual(['Улучшения']);
    expect(suggested('Ради повышения эффективности.')).toEqual(['улучшения']);
    // «реализации» stays open (genitive, dative or prepositional) unless a preposition tells: then nothing, as
    // the listed nominative fits none of them («Ход выполнение плана»).
    expect(suggested('Ход реализации плана.')).toEqual([]);
    expect(suggested('При реализации плана.')).toEqual(['выполнении', 'исполнении']);
  });

  it('reads the case a modifier before the noun agrees with', () => {
    // «по этому кейсу» is a dative; whether the paste keeps the modifier's agreement is `fitsInPlace`'s.
    expect(agreeRussianNoun('случай', 'кейсу', 'кейс', { before: 'этому' })).toBe('случаю');
    expect(agreeRussianNoun('выполнение', 'реализация', 'реализаци', { before: 'успешная' })).toBe(
      'выполнение',
    );
  });

  it('takes the case a preposition before the phrase governs', () => {
    expect(agreeRussianNoun('случай', 'кейсе', 'кейс', { before: 'о' })).toBe('случае');
    expect(agreeRussianNoun('случай', 'кейсе', 'кейс')).toBe('');
    expect(agreeRussianNoun('срок', 'дедлайну', 'дедлайн', { before: 'к' })).toBe('сроку');
    // «в» takes the accusative or the prepositional: «кейсе» is no dative after it.
    expect(agreeRussianNoun('случай', 'кейсе', 'кейс', { before: 'в' })).toBe('случае');
    expect(agreeRussianNoun('выполнение', 'реализации', 'реализаци', { before: 'в', singular: true })).toBe(
      'выполнении',
    );
    // «-ений», «-аний» after a longer stem are genitive plurals of verbal nouns, not masculine nouns like «гений».
    expect(agreeRussianNoun('получение', 'приобретений', 'приобретени')).toBe('получений');
    // «с» takes the genitive or the instrumental: «кейсом» is instrumental anyway, «кейсу» fits neither.
    expect(agreeRussianNoun('случай', 'кейсу', 'кейс', { before: 'с' })).toBe('случай');
    // A noun in -цию is the accusative of a feminine noun in -ция, no dative of a masculine one in -ций.
    expect(agreeRussianNoun('проверка', 'верификацию', 'верификаци', { singular: true })).toBe('проверку');
    // A process noun read as singular where it may be, and as plural where only a plural fits.
    expect(agreeRussianNoun('выполнение', 'реализаций', 'реализаци', { singular: true })).toBe('выполнений');
    // «по» of a process is the dative: «работа по реализации», never «по выполнение».
    expect(agreeRussianNoun('выполнение', 'реализации', 'реализаци', { before: 'по', singular: true })).toBe(
      'выполнению',
    );
  });

  it('offers nouns, not infinitives, for the nouns of officialese verbs', () => {
    const suggested = (text: string) =>
      analyze(text, { language: 'ru' }).findings.find((f) => f.rule === 'ru/officialese')?.suggestions;
    // «о исполнении» would want «об»: the preposition is taken into the finding in the form each asks for.
    expect(suggested('Поговорим о реализации программы.')).toEqual(['о выполнении', 'об исполнении']);
    expect(suggested('Поговорим при реализации программы.')).toEqual(['выполнении', 'исполнении']);
    expect(suggested('Нужно для функционирования системы.')).toEqual(['работы']);
  });
});

describe('suggestions are cased to stand in the text’s place', () => {
  const suggestionsFor = (text: string, language: 'ru' | 'en' | 'kk', found: string) =>
    analyze(text, { language }).findings.find((f) => f.text === found && f.suggestions.length)?.suggestions;

  it('capitalises a suggestion that replaces the first words of a sentence, and only there', () => {
    expect(suggestionsFor('In order to apply, call us.', 'en', 'In order to')).toEqual(['To']);
    expect(suggestionsFor('Call us in order to apply.', 'en', 'in order to')).toEqual(['to']);
    expect(suggestionsFor('«Данная услуга».', 'ru', 'Данная')).toEqual(['Эта']);
    // A capital mid-sentence is a name's, not the sentence's.
    expect(
      suggestionsFor(
        'Біз Қазақстан Республикасының заңнамасына сәйкес жұмыс істейміз.',
        'kk',
        'Қазақстан Республикасының заңнамасына сәйкес',
      ),
    ).toEqual(['заң бойынша']);
  });

  it('title-cases a suggestion for an English phrase in a title-case heading', () => {
    expect(suggestionsFor('Issuing an Identity Card in Lieu of a Lost One', 'en', 'in Lieu of')).toEqual([
      'Instead of',
    ]);
    expect(suggestionsFor('Change of Place of Residence', 'en', 'Place of Residence')).toEqual([
      'Home',
      'Address',
    ]);
    // One capitalised word mid-sentence is no title: it is left lower case; in a headline whose words are all
    // capitalised, it is title-cased too.
    expect(suggestionsFor('We shall Utilise the form.', 'en', 'Utilise')).toEqual(['use']);
    expect(suggestionsFor('Controller Dies To Ensure Hundreds Can Escape', 'en', 'Ensure')).toEqual([
      'Make Sure',
    ]);
  });

  it('writes a suggestion in capitals for a phrase in capitals, and keeps a suggestion’s own capitals', () => {
    expect(suggestionsFor('WE SHALL UTILISE THE FORM.', 'en', 'UTILISE')).toEqual(['USE']);
    const report = analyze('Электронное правительство работает круглосуточно.', {
      language: 'ru',
      glossary: { preferred: [{ use: 'eGov', avoid: ['электронн* правительств*'] }] },
    });
    expect(report.findings.find((f) => f.rule === 'glossary/preferred')?.suggestions).toEqual(['eGov']);
  });
});

describe('agreement and casing never garble a suggestion', () => {
  const cyrillic = fc.string({
    unit: fc.constantFrom(...'абвгдежзийклмнопрстуфхцчшщыьэюя -'.split('')),
    maxLength: 16,
  });

  it('agrees any suggestion with any word without throwing, keeping the words after the first or dropping it', () => {
    fc.assert(
      fc.property(cyrillic, cyrillic, (suggestion, matched) => {
        const agreed = agreeRussian(suggestion, matched);
        const rest = (s: string) => (s.includes(' ') ? s.slice(s.indexOf(' ')) : '');
        // An infinitive for a matched form that is none is dropped whole (''), like a noun below.
        if (agreed !== '') expect(rest(agreed)).toBe(rest(suggestion));
        // A noun suggestion keeps its word count and its words after the noun (or adjective and noun), or is
        // dropped whole ('') where the matched form is certain and the plain noun's is not.
        const noun = agreeRussianNoun(suggestion, matched, matched.slice(0, 3), {
          previous: suggestion.split(' ')[0],
        });
        if (noun === '') return;
        expect(noun.split(' ').length).toBe(suggestion.split(' ').length);
        expect(noun.split(' ').slice(2)).toEqual(suggestion.split(' ').slice(2));
      }),
      { numRuns: 2000 },
    );
  });

  it('changes only the case of a suggestion, whatever the text around it and the case it is typed in', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.mixedCase(fc.constant('in order to')),
        (before, phrase) => {
          const report = analyze(`${before} ${phrase} apply, call us.`, { language: 'en' });
          // The all-caps rule may flag the same run of words; it suggests nothing, so it is not the one to check.
          const finding = report.findings.find(
            (f) => f.rule === 'en/officialese' && f.text.toLowerCase() === 'in order to',
          );
          // After a "to" of its own the paste would say "to to": it is left out.
          const repeats = /(?:^|\P{L})to[^\S\n]*$/iu.test(before);
          if (finding) expect(finding.suggestions.map((x) => x.toLowerCase())).toEqual(repeats ? [] : ['to']);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('a preposition before a paste', () => {
  it('takes the form the pasted word asks for, as written in case', () => {
    expect(prepositionFor('о', 'этом решении')).toBe('об');
    expect(prepositionFor('об', 'помощи')).toBe('о');
    expect(prepositionFor('О', 'этом')).toBe('Об');
    expect(prepositionFor('с', 'всеми')).toBe('со');
    expect(prepositionFor('к', 'всем')).toBe('ко');
    expect(prepositionFor('во', 'этот')).toBe('в');
    expect(prepositionFor('в', 'этот')).toBe('в');
    expect(prepositionFor('на', 'этом')).toBeUndefined();
  });
});

describe('suggestions spelled as the text spells', () => {
  const suggested = (text: string) =>
    analyze(text, { language: 'ru' }).findings.find((f) => f.rule === 'ru/officialese')?.suggestions;

  it('write «е» for «ё» in a text that never writes «ё», and keep it in one that does', () => {
    expect(suggested('Вы подаете заявление в ЦОН по месту жительства.')).toContain('там, где вы живете');
    expect(suggested('Всё просто: вы подаёте заявление по месту жительства.')).toContain(
      'там, где вы живёте',
    );
  });

  it('in the message too', () => {
    const message = analyze('Мы поговорили с контрагентами.', { language: 'ru' }).findings[0]?.message;
    expect(message).toContain('«партнерами»');
  });
});
