import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  isValidIinBin,
  isValidKzIban,
  passesLuhn,
  redactPersonalData,
} from '../../../contract/pii.ts';

const kinds = (text: string) => findPersonalData(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

describe('IIN/BIN check digit', () => {
  it.each(['850101300124', '900702400566', '051125600010', '020715500083'])('accepts %s', (iin) => {
    expect(isValidIinBin(iin)).toBe(true);
  });
  it.each(['850101300125', '900702400560', '123456789012', '85010130012', '8501013001245', '85010130012a'])(
    'rejects %s',
    (iin) => {
      expect(isValidIinBin(iin)).toBe(false);
    },
  );
});

describe('Luhn', () => {
  it('accepts real test card numbers and rejects a changed digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('5500005555555559')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });
});

describe('Kazakhstan IBAN check digits', () => {
  it('accepts the registry example and others, in groups of four and in lower case', () => {
    for (const iban of ['KZ86125KZT5004100100', 'KZ86 125K ZT50 0410 0100', 'kz18722s000012345678'])
      expect(isValidKzIban(iban)).toBe(true);
  });
  it('rejects a changed character, another country and a wrong length', () => {
    for (const iban of [
      'KZ86125KZT5004100101',
      'KZ68125KZT5004100100',
      'DE86125KZT5004100100',
      'KZ86125KZT500410010',
    ])
      expect(isValidKzIban(iban)).toBe(false);
  });
});

describe('findPersonalData', () => {
  it.each([
    ['Пишите на aliya.n@mail.kz, пожалуйста', [['email', 'aliya.n@mail.kz']]],
    ['Мой телефон +7 701 234 56 78.', [['phone', '+7 701 234 56 78']]],
    ['Звоните 8 (727) 123-45-67 днём', [['phone', '8 (727) 123-45-67']]],
    ['Call +44 20 7946 0958 today', [['phone', '+44 20 7946 0958']]],
    ['ЖСН 850101300124 дұрыс па?', [['iin', '850101300124']]],
    ['ИИН: 8501 0130 0124', [['iin', '8501 0130 0124']]],
    ['Card 4111 1111 1111 1111 was charged', [['card', '4111 1111 1111 1111']]],
    ['паспорт N12345678 утерян', [['document', 'N12345678']]],
    ['удостоверение № 045678912 выдано', [['document', '045678912']]],
    // E-mail addresses hidden from robots as people write them, and a slip of the thumb before the "@".
    // A Kazakh suffix after the address, and a domain of three labels.
    ['жауапты nurlan.s@gmail.com-ға жазыңыз', [['email', 'nurlan.s@gmail.com']]],
    ['пишите aigerim@list.mail.ru, спасибо', [['email', 'aigerim@list.mail.ru']]],
    ['почта ivan собака mail.ru', [['email', 'ivan собака mail.ru']]],
    ['пишите ivan собачка mail.ru', [['email', 'ivan собачка mail.ru']]],
    ['e-mail: aliya.n (собака) gmail.com', [['email', 'aliya.n (собака) gmail.com']]],
    ['write to ivan[at]mail[dot]ru', [['email', 'ivan[at]mail[dot]ru']]],
    ['email me at marat dot a at gmail dot com please', [['email', 'marat dot a at gmail dot com']]],
    ['поштам aidana собака mail точка ru', [['email', 'aidana собака mail точка ru']]],
    [
      'почта ivan @mail.ru и sergey_77 @ inbox . ru',
      [
        ['email', 'ivan @mail.ru'],
        ['email', 'sergey_77 @ inbox . ru'],
      ],
    ],
    // Sixteen digits after a word for a card, though a mistyped digit fails Luhn: not fifteen of them left.
    ['карта 4400 4300 1234 5672 (опечатка)', [['card', '4400 4300 1234 5672']]],
    ['карта нөмірі 5409-2500-9876-5439', [['card', '5409-2500-9876-5439']]],
    ['my card number: 4111111111111112', [['card', '4111111111111112']]],
    // A bank account is as much the citizen's as a card (a benefit paid to it): its mark is the card's.
    ['на счет KZ86125KZT5004100100 не поступило', [['card', 'KZ86125KZT5004100100']]],
    ['IBAN: KZ86 125K ZT50 0410 0100, Kaspi', [['card', 'KZ86 125K ZT50 0410 0100']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  describe('formats common in Kazakhstan', () => {
    it.each([
      // Mobile numbers without +7 or 8: after a phone keyword, or alone as one group or grouped as a mobile.
      ['тел 701 123 45 67', [['phone', '701 123 45 67']]],
      ['Телефон: 747-123-45-67, вечером', [['phone', '747-123-45-67']]],
      ['Ұялы телефоным 7771234567', [['phone', '7771234567']]],
      ['Звоните 7011234567 после обеда', [['phone', '7011234567']]],
      ['Call me on (705) 123-45-67', [['phone', '(705) 123-45-67']]],
      ['whatsapp: 778 123 4567', [['phone', '778 123 4567']]],
      // City, town and foreign numbers in their local form, after a word that says they are phones.
      ['тел. 55-66-77', [['phone', '55-66-77']]],
      ['Тел.: 556677, после 18', [['phone', '556677']]],
      ['телефоным 2-15-46', [['phone', '2-15-46']]],
      ['моб 55 66 77', [['phone', '55 66 77']]],
      ['Call me on 020 7946 0958', [['phone', '020 7946 0958']]],
      // A home phone, the words for getting in touch, and a bracket around the city's code.
      ['Домашний: 53-21-09', [['phone', '53-21-09']]],
      ['хабарласыңыз 55-66-77', [['phone', '55-66-77']]],
      ['для связи 2-15-46', [['phone', '2-15-46']]],
      ['Тел: (7172) 55-66-77', [['phone', '(7172) 55-66-77']]],
      ['тел 7132-56-78-90', [['phone', '7132-56-78-90']]],
      ['text me on 07700 900123', [['phone', '07700 900123']]],
      // The Kazakh «нөмір» keyword, and «ИИН/ЖСН/БИН» before a number.
      ['Жеке куәлік нөмірі 045678912', [['document', '045678912']]],
      ['Төлқұжат нөмірі: 12345678', [['document', '12345678']]],
      // Passport with a Cyrillic Н, at the start of the text and after a word.
      ['Н12345678 паспортым жоғалды', [['document', 'Н12345678']]],
      ['паспорт Н12345678 утерян', [['document', 'Н12345678']]],
      ['паспорт н 12345678', [['document', 'н 12345678']]],
      // An IIN mistyped (wrong check digit) is still an IIN right after its keyword.
      ['ИИН 850101300125', [['iin', '850101300125']]],
      ['ЖСН-ім 850101300125 еді', [['iin', '850101300125']]],
      ['мой ИИН: 8501 0130 0125', [['iin', '8501 0130 0125']]],
      ['БИН 123456789012', [['iin', '123456789012']]],
      // BIN in Kazakh is БСН; ИНН, the taxpayer number the IIN replaced, is what many still call it.
      ['БСН 120240104209 қате', [['iin', '120240104209']]],
      ['ИНН 920315460025 (это мой)', [['iin', '920315460025']]],
      // The ID card as people shorten it, and a passport in two groups of four.
      ['уд. личности 045678912', [['document', '045678912']]],
      ['уд.л. 045678912', [['document', '045678912']]],
      ['удв 045678912 выдано МВД', [['document', '045678912']]],
      ['ЖК 045678912 берілген', [['document', '045678912']]],
      ['ID card 045678912 expired', [['document', '045678912']]],
      ['my ID number is 045678912', [['document', '045678912']]],
      ['Паспорт серии N 1234 5678', [['document', 'N 1234 5678']]],
      // № needs no space before it.
      [
        'заявка№123456 и паспорт№12345678',
        [
          ['document', '123456'],
          ['document', '№12345678'],
        ],
      ],
    ])('%s', (text, expected) => {
      expect(kinds(text)).toEqual(expected);
    });
  });

  describe('no false positives', () => {
    it.each([
      // Dates, also ranges whose 16 digits pass Luhn as a card would.
      'Сайт не работает с 2023 года, уже 3 месяца.',
      'Подал 12.05.2024, ответа нет',
      'Срок действия 04.01.2024-31.12.2024',
      'с 2024-01-04 - 2024-12-31 не работает',
      '2023–2024 жылдары',
      // Prices and amounts, including ten digits starting 70–78 and sixteen passing Luhn.
      'Сумма 12 500 тенге за 2 дня',
      'Заплатил 1 250 000 тенге',
      'I paid 150000 tenge',
      'Бюджет 7 500 000 000 тенге',
      'Бюджет 7500000000 тенге',
      'Бюджет 1 250 000 000 000 070 тенге',
      'Штраф 150000 ₸',
      // Page numbers and ordinary numbers.
      'см. стр. 12–15 и 101-102',
      'page 123 of 456',
      '45-бетте қате бар',
      'Версия 2.0.15, код ошибки 500',
      'Номер заявки 12-345',
      // After a phone word: an amount, a date, a time, a short hotline, a word that only ends in "tel".
      'тел 150 000 тенге',
      'tel 12.05.2024',
      'Телефон 2024-05-12 сломался',
      'call me at 9:30',
      'Телефон горячей линии 1414',
      // Free 8 800 numbers are an organisation's; years after a word for getting in touch.
      'Звоните 8 800 080 7777, это колл-центр',
      'call +7 800 080 7777',
      'в связи с 2019-2024 годами',
      'hotel 123456',
      'Order 4111 1111 1111 1112 is not a card',
      // The ID card's short names before numbers that are not one.
      'ЖК «Алатау», дом 12',
      'уд. 12-15',
      'ID 12345 не найден',
      // "at", «собака» and "@" that hold no address.
      'I looked at egov.kz and found nothing',
      'моя собака лает, а egov.kz не работает',
      'подпишитесь на @egov_kz',
      'at 10.30 the office was closed',
      // After a card word: years, a range of dates, sixteen digits not grouped as a card's.
      'карта 2020 2021 2022 2023',
      'карта 01.01.2024-31.12.2024',
      'картой 44004 30012 345672',
      // Twenty characters after KZ that fail the IBAN check; a site's address.
      'KZ86125KZT5004100101 вернули',
      'см. egov.kz и KZ2024',
    ])('%s', (text) => {
      expect(kinds(text)).toEqual([]);
    });

    it('takes twelve digits with a wrong check digit for an IIN only right after its keyword', () => {
      expect(kinds('ИИН 850101300125, заявка 850101300125')).toEqual([['iin', '850101300125']]);
    });

    it('finds no Cyrillic passport inside a word', () => {
      expect(kinds('АН12345678 и xН12345678')).toEqual([]);
    });
  });

  it('redacts what it finds with placeholders', () => {
    expect(redactPersonalData('Я Алия, тел. +7 701 234 56 78, почта a@b.kz').text).toBe(
      'Я Алия, тел. [phone], почта [email]',
    );
  });
});

describe('findPersonalData: numbers that are not personal', () => {
  // Dates, amounts and lists of years pass a check digit by chance (one IIN in eleven, one card in ten).
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (i: number) => `${pad((i % 28) + 1)}.${pad((i % 12) + 1)}.${2000 + (i % 25)}`;
  const shortDay = (i: number) => `${pad((i % 28) + 1)}.${pad(((i * 7) % 12) + 1)}.${pad(i % 30)}`;

  it('leaves ranges of dates, grouped amounts, lists of years and dated orders alone', () => {
    const texts: string[] = [];
    for (let i = 0; i < 400; i++) {
      texts.push(`с ${day(i)} - ${day(i * 13 + 5)} работал`);
      texts.push(`с ${shortDay(i)}-${shortDay(i * 5 + 3)}`);
      const amount = [i % 900, (i * 37) % 1000, (i * 71) % 1000, (i * 97) % 1000]
        .map((n, k) => (k === 0 ? String(n + 100) : String(n).padStart(3, '0')))
        .join(' ');
      texts.push(`бюджет ${amount} тенге`);
      texts.push(`в ${[0, 1, 2, 3].map((k) => 1990 + ((i + k * 3) % 36)).join(' ')} годах`);
    }
    texts.push('приказ № 2024-05-12', 'страница 12, пункт 3.5', 'цена 12 500 тенге');
    const redacted = texts.filter((text) => findPersonalData(text).length > 0);
    expect(redacted).toEqual([]);
  });

  it('still finds a phone written with en dashes', () => {
    expect(redactPersonalData('звоните 8–701–234–56–78').text).toBe('звоните [phone]');
  });
});

describe('findPersonalData: people’s names', () => {
  it('finds a full name by its patronymic, initials or title, in Russian, Kazakh and English', () => {
    expect(kinds('Инспектор Петров Иван Сергеевич нагрубил мне.')).toEqual([
      ['name', 'Петров Иван Сергеевич'],
    ]);
    expect(kinds('Спасибо Анне Петровне Смирновой за помощь.')).toEqual([
      ['name', 'Анне Петровне Смирновой'],
    ]);
    expect(kinds('Сапаров Нұрлан Ерланұлы қабылдамады, Айгерім Ерланқызына рахмет.')).toEqual([
      ['name', 'Сапаров Нұрлан Ерланұлы'],
      ['name', 'Айгерім Ерланқызына'],
    ]);
    expect(kinds('Ulyqbek Erlanuly köp kömektesti.')).toEqual([['name', 'Ulyqbek Erlanuly']]);
    expect(kinds('Обратился к Иванову И. И., потом И. Петров и А.Б. Сапарова.')).toEqual([
      ['name', 'Иванову И. И.'],
      ['name', 'И. Петров'],
      ['name', 'А.Б. Сапарова'],
    ]);
    expect(kinds('Mrs Brown was rude; Dr Jane Smith helped.')).toEqual([
      ['name', 'Mrs Brown'],
      ['name', 'Dr Jane Smith'],
    ]);
  });

  it('leaves words that only look like parts of names alone', () => {
    for (const text of [
      'Я приехал на Москвиче в ЦОН.', // -вич, but no given name before it
      'Ұлы Отан соғысы ардагерлеріне. Қызы мектепке барды.', // «great», «daughter»: no name before
      'Услуга по ст. 5 НПА. См. п. 3. В 2024 г. Минтруда РК. Т.е. всё хорошо.',
      'А. Подайте заявление. Б. Ждите ответа.', // a list's letters, not initials
      'Смотрите Приложение А. Там всё. Сотрудник А. помог.',
      'I am from the U.S. and need help. Pushkin wrote a lot.',
    ])
      expect(kinds(text), text).toEqual([]);
  });

  it('redacts a name with its own placeholder', () => {
    expect(redactPersonalData('Мария Ивановна, спасибо!').text).toBe('[name], спасибо!');
  });
});

describe('findPersonalData: home addresses', () => {
  it.each([
    // A flat pins a household: it goes with the house number written with it; the street stays.
    ['Нет отопления: ул. Абая, д. 15, кв. 32.', [['address', 'д. 15, кв. 32']]],
    ['мкр. Самал-2, дом 5, квартира 17', [['address', 'дом 5, квартира 17']]],
    ['Абая 15 кв 32, третий день без воды', [['address', '15 кв 32']]],
    ['Абай көшесі, 15-үй, 32-пәтер', [['address', '15-үй, 32-пәтер']]],
    ['Абай даңғылы 150, 12 пәтер', [['address', '150, 12 пәтер']]],
    ['Кенесары 40, 7-ші пәтерде су жоқ', [['address', '40, 7-ші пәтерде']]],
    ['кв.5 затопило', [['address', 'кв.5']]],
    // English puts the house before the street: the street between them stays.
    [
      '15 Abay Ave, apt 32 has no heating',
      [
        ['address', '15'],
        ['address', 'apt 32'],
      ],
    ],
    ['flat 4, 12 Kabanbay Batyr St', [['address', 'flat 4, 12']]],
    // The house-flat shorthand after a street word, in Russian and Kazakh order.
    ['г. Алматы, ул. Абая 15-32', [['address', '15-32']]],
    ['Абай көшесі 15-32, Алматы', [['address', '15-32']]],
    // A house alone, where the writer says it is their home.
    ['Я живу на Абая 15, света нет', [['address', '15']]],
    ['живу на Абая 15 уже месяц, а света нет', [['address', '15']]],
    ['Проживаю по ул. Абая 150а с детьми', [['address', '150а']]],
    ['Мой адрес: г. Алматы, ул. Абая 150/2.', [['address', '150/2']]],
    ['проживаю в доме 5 на третьем этаже', [['address', '5']]],
    ['Мекенжайым: Астана қ., Кенесары к-сі, 40', [['address', '40']]],
    ['Мен Абай көшесі 15-үйде тұрамын', [['address', '15']]],
    ['Астана қ. Абай көшесі 15-те тұрамын', [['address', '15']]],
    ['I live at 15 Abay Ave and the road is broken', [['address', '15']]],
    ['we live at Abay Ave 15.', [['address', '15']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    // A street, a public building's address, a house in a sentence that is not about the writer's home.
    'Дорога на Абая разбита',
    'ЦОН на Абая 10 не работает',
    'Абай даңғылы 150 мекенжайындағы ХҚКО жабық',
    'The PSC at 15 Abay Ave was closed',
    'Я живу в Алматы. ЦОН на Абая 10.',
    'ЦОН Абай 10-да. Мен Сарыарқа ауданында тұрамын',
    // Numbers after the words of a home that are no house: years, floors, minutes.
    'Я живу в Алматы 20 лет',
    'Живу на Абае уже 20 лет',
    'живу на 3-м этаже',
    'I live 5 minutes from the office',
    // «кв.» as a quarter or a square metre; flats counted, not numbered; a flat fee.
    'Отчёт за 1 кв. 2024 года',
    'площадь 50 кв. м',
    'Үйде 120 пәтер бар',
    '100 пәтерлік үй салынды',
    'a flat 20% fee',
    'flat 500 tenge for everyone',
    // A range of houses written without a street word; a microdistrict's number.
    'Статьи 15-20 закона',
    'мкр. 5 остался без света',
  ])('leaves alone: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('redacts with the address mark', () => {
    expect(redactPersonalData('ул. Абая, д. 15, кв. 32').text).toBe('ул. Абая, [address]');
  });
});

describe('findPersonalData: vehicle plates', () => {
  it.each([
    ['Машина 123 ABC 02 стоит на тротуаре', [['plate', '123 ABC 02']]],
    ['777AAA01 припаркован у школы', [['plate', '777AAA01']]],
    // Cyrillic letters that look like the plate's Latin ones, a legal entity's two letters, the old format.
    ['көлік 123 АВС 02 жаяу жүргіншілер жолында', [['plate', '123 АВС 02']]],
    ['служебная 456 KZ 01 ездит по выходным', [['plate', '456 KZ 01']]],
    ['old car A 123 BCD', [['plate', 'A 123 BCD']]],
    ['номер 321-XYZ-15 подрезал', [['plate', '321-XYZ-15']]],
    // Typed in lower case, in one piece.
    ['номер машины 777aaa01, стоит на газоне', [['plate', '777aaa01']]],
    ['машина 123вкм02 во дворе', [['plate', '123вкм02']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    // Money, dates, orders, product models, lower case, regions past 20.
    'paid 500 USD 15 days ago',
    'Оплатил 1 500 000 тенге 12.05.2024',
    'ПРИКАЗ № 123 ОТ 12.05.2024',
    'iPhone 15 Pro, RTX 3080, Samsung A52, Model 3',
    '100 km 15 minutes',
    '100km',
    'код 123abc',
    '500usd15',
    '123 ABC 21',
    'ABC12345678',
    '1234 ABC 02',
  ])('leaves alone: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('redacts with the plate mark', () => {
    expect(redactPersonalData('Водитель 123 ABC 02 нагрубил').text).toBe('Водитель [plate] нагрубил');
  });
});

describe('findPersonalData: long adversarial input', () => {
  // Runs that make a pattern with nested or adjacent quantifiers backtrack (a keyword before 16 KB of spaces
  // took most of a second); the patterns are linear, so these return at once. No timing is asserted: a
  // pattern that went exponential would exceed the test's timeout.
  const size = 16 * 1024;
  it.each([
    ['digits', '7'.repeat(size), []],
    ['digits and separators', '1 (2-3.4) '.repeat(size / 10), []],
    ['a keyword before spaces', `№${' '.repeat(size)}x 123456`, []],
    ['a word before an @', `${'a'.repeat(size)}@`, []],
    ['spelled-out dots', `${'a dot '.repeat(size / 6)}x`, []],
    ['many @', 'a@'.repeat(size / 2), []],
    ['dots before an @', `${'a.'.repeat(size / 2)}@`, []],
    ['one long capitalised word', `А${'а'.repeat(size)}вич`, []],
    ['capitalised words', 'Иван '.repeat(size / 5), []],
    ['initials', 'А. '.repeat(size / 3), []],
    ['flats', 'кв. '.repeat(size / 4), []],
    ['house numbers before a flat word', '1, '.repeat(size / 3), []],
    ['words of a home', 'живу Абая '.repeat(size / 10), []],
    ['Kazakh verbs of a home', 'Абай 1 тұрамын '.repeat(size / 15), expect.any(Array)],
    ['capitalised words before a street', 'Abay '.repeat(size / 5), []],
    ['plate letters', '123 ABC '.repeat(size / 8), []],
    ['dashes', '1-'.repeat(size / 2), []],
  ])('%s', (_name, text, expected) => {
    expect(findPersonalData(text)).toEqual(expected);
  });

  it('still finds what follows the long input', () => {
    const text = `${'1 - '.repeat(size / 4)}тел. +7 701 234 56 78`;
    expect(kinds(text)).toEqual([['phone', '+7 701 234 56 78']]);
  });
});
