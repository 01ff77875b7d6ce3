import { describe, expect, it } from 'vitest';
import { segment } from '../../../plain/internal/text/segment.ts';

const sentences = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));
/** Each paragraph of a text as [kind, its text]. */
const blocks = (text: string) => segment(text).paragraphs.map((p) => [p.kind, text.slice(p.start, p.end)]);

describe('sentence segmentation', () => {
  it.each([
    [
      'ru abbreviations',
      'Это см. ст. 5 Закона, т.е. норма. Срок — 10 дн. Подайте заявление.',
      ['Это см. ст. 5 Закона, т.е. норма.', 'Срок — 10 дн.', 'Подайте заявление.'],
    ],
    [
      'ru initials',
      'Заявление подписал И. И. Иванов. Он руководитель.',
      ['Заявление подписал И. И. Иванов.', 'Он руководитель.'],
    ],
    [
      'ru им. and г.',
      'Школа им. Абая в г. Астана открыта в 2020 г. Она новая.',
      ['Школа им. Абая в г. Астана открыта в 2020 г.', 'Она новая.'],
    ],
    [
      'ru т.д. mid-sentence',
      'Нужны паспорт, справка и т.д. для подачи.',
      ['Нужны паспорт, справка и т.д. для подачи.'],
    ],
    [
      'kk abbreviations',
      'Біз б.з.д. 500 жылы т.б. кезеңдерді зерттейміз. Ол 2020 ж. басталды.',
      ['Біз б.з.д. 500 жылы т.б. кезеңдерді зерттейміз.', 'Ол 2020 ж. басталды.'],
    ],
    [
      'en abbreviations',
      'Mr. Smith lives at No. 5, e.g. near the park. He left.',
      ['Mr. Smith lives at No. 5, e.g. near the park.', 'He left.'],
    ],
    [
      'en titles and ranks before names',
      'The Rev. David Johnson spoke. Lifeguard Capt. Larry Giles and Lt. Col. Ann Ross agreed.',
      ['The Rev. David Johnson spoke.', 'Lifeguard Capt. Larry Giles and Lt. Col. Ann Ross agreed.'],
    ],
    [
      'en news abbreviations: months before a day, Det., Sens., v.',
      'Troops fired on Oct. 2, 1968, said Det. Dennis McCarthy. Sens. John Kennedy read Grace v. Sessions. It was Oct. Then rain.',
      [
        'Troops fired on Oct. 2, 1968, said Det. Dennis McCarthy.',
        'Sens. John Kennedy read Grace v. Sessions.',
        'It was Oct.',
        'Then rain.',
      ],
    ],
    [
      'en dotted initialisms: a sentence opener after them starts a new sentence, a name does not',
      'U.S. President Donald Trump spoke at 7 p.m. ET on Saturday. Talks stalled in the U.S. The rally ended at 9 p.m. He left.',
      [
        'U.S. President Donald Trump spoke at 7 p.m. ET on Saturday.',
        'Talks stalled in the U.S.',
        'The rally ended at 9 p.m.',
        'He left.',
      ],
    ],
    [
      'ru abbreviations spaced as typography asks: т. е., т. п., т. д.',
      'Ответ даёт ведомство, т. е. Министерство юстиции. Нужны паспорт, справка и т. п. Затем подайте заявление. Берите ручки, тетради и т. д. Урок начнётся в девять.',
      [
        'Ответ даёт ведомство, т. е. Министерство юстиции.',
        'Нужны паспорт, справка и т. п.',
        'Затем подайте заявление.',
        'Берите ручки, тетради и т. д.',
        'Урок начнётся в девять.',
      ],
    ],
    [
      'ru and kk initial Дж.',
      'Письмо подписал Дж. Смит. Хатқа Дж. Смит қол қойды.',
      ['Письмо подписал Дж. Смит.', 'Хатқа Дж. Смит қол қойды.'],
    ],
    [
      'ru language of origin before a foreign word',
      'Слово «дедлайн» (от англ. Deadline) означает крайний срок. Его часто используют.',
      ['Слово «дедлайн» (от англ. Deadline) означает крайний срок.', 'Его часто используют.'],
    ],
    [
      'amounts: a currency in capitals goes on, a capitalised word starts a new sentence',
      'Проект стоит 3 млрд. долл. США и окупится. Жоба 40 млн. АҚШ долларын құрайды. Бюджет вырос до 5 млрд. Это рекорд.',
      [
        'Проект стоит 3 млрд. долл. США и окупится.',
        'Жоба 40 млн. АҚШ долларын құрайды.',
        'Бюджет вырос до 5 млрд.',
        'Это рекорд.',
      ],
    ],
    [
      'a comma after a stop goes on',
      '«Готово!», — Асель кивнула и вышла. Офис: Абай даңғ., 10. Келіңіз.',
      ['«Готово!», — Асель кивнула и вышла.', 'Офис: Абай даңғ., 10.', 'Келіңіз.'],
    ],
    [
      'en attribution after a quoted question or exclamation',
      '"Is the bridge open?" Ana Lopez asked. "Stop!" Ben shouted, and the bus stopped. "Why?" Nobody answered. She asked, "Where next?" Ben said: "Home."',
      [
        '"Is the bridge open?" Ana Lopez asked.',
        '"Stop!" Ben shouted, and the bus stopped.',
        '"Why?"',
        'Nobody answered.',
        'She asked, "Where next?"',
        'Ben said: "Home."',
      ],
    ],
    [
      'a domain name ends a sentence, a dotted initialism need not',
      'Download the form from example.org. Send it back. She has a Ph.D. Harvard gave it.',
      ['Download the form from example.org.', 'Send it back.', 'She has a Ph.D. Harvard gave it.'],
    ],
    [
      'decimals and domains',
      'Version 3.5 is on example.com today. It works!',
      ['Version 3.5 is on example.com today.', 'It works!'],
    ],
    [
      'a single or Russian closing quote before or after the stop ends the sentence',
      "He called it 'fun'. Then he left. Он сказал „да“. Потом ушёл. Он сказал: „Да.“ Ол “Сәлем“ деді. Кетті.",
      [
        "He called it 'fun'.",
        'Then he left.',
        'Он сказал „да“.',
        'Потом ушёл.',
        'Он сказал: „Да.“',
        'Ол “Сәлем“ деді.',
        'Кетті.',
      ],
    ],
    [
      'a per cent sign before the stop ends the sentence',
      'Prices rose by 75%. At present they are flat. Баға 5%. Содан кейін түсті.',
      ['Prices rose by 75%.', 'At present they are flat.', 'Баға 5%.', 'Содан кейін түсті.'],
    ],
    [
      'a unit, currency or footnote mark before the stop, spaced or not, ends the sentence',
      'It rose to 40°. Рост на 5 %. Бағасы 5 ₸. It cost 5 €. Data for 2020*. Then it fell.',
      ['It rose to 40°.', 'Рост на 5 %.', 'Бағасы 5 ₸.', 'It cost 5 €.', 'Data for 2020*.', 'Then it fell.'],
    ],
    [
      'an initial before a sentence opener, or a scale after a temperature, ends the sentence',
      'Plan B. In the event of fire, leave. J. A. Smith came. It is 18°C. Rooms are warm. Ask J. Smith.',
      [
        'Plan B.',
        'In the event of fire, leave.',
        'J. A. Smith came.',
        'It is 18°C.',
        'Rooms are warm.',
        'Ask J. Smith.',
      ],
    ],
    [
      'a spaced stop after a word is no sentence end, nor a mark before a lower-case word',
      'He left . Then he came. It was 5 ₸. and more.',
      ['He left . Then he came.', 'It was 5 ₸. and more.'],
    ],
    [
      'quotes and dialogue',
      '«Да!» — сказал он. Потом ушёл… и вернулся.',
      ['«Да!» — сказал он.', 'Потом ушёл… и вернулся.'],
    ],
  ])('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('references', () => {
  it('does not end a sentence at a page reference before its number ("p. 84")', () => {
    expect(sentences('Smith (2001), p. 84 Readers remember little of it.')).toEqual([
      'Smith (2001), p. 84 Readers remember little of it.',
    ]);
    expect(sentences('The answer is p. And then q.')).toEqual(['The answer is p.', 'And then q.']);
  });
});

describe('a line that ends a quotation is prose, not a heading', () => {
  it.each([
    ["I got bit!'\nShe ran.", 'straight single quote'],
    ['Он сказал: „Да.“\nПотом ушёл.', 'Russian „…“'],
    ['Қарным ашты. »\nСосын кетті.', 'a spaced closing guillemet'],
  ])('%s (%s)', (text) => {
    expect(segment(text).paragraphs.map((p) => p.kind)).toEqual(['text', 'text']);
  });
});

describe('paragraphs, lists and headings', () => {
  const text =
    'How to apply\nYou can apply online.\n\n- your passport;\n- a photo\n1. Fill in the form. Send it.\nThis line wraps\nhere and goes on.';
  const doc = segment(text);

  it('makes headings and list items blocks of their own', () => {
    expect(doc.paragraphs.map((p) => p.kind)).toEqual([
      'heading',
      'text',
      'list-item',
      'list-item',
      'list-item',
      'text',
    ]);
  });

  it('reads the numbered clauses of rules and laws as list items, without their numbers («1.1.», «2.3.4)»)', () => {
    const clauses =
      '1. Общие положения\n1.1. Настоящие Правила определяют порядок.\n2.3.4) Услуга оказывается по пункту 2.3 Правил.';
    const d = segment(clauses);
    expect(d.paragraphs.map((p) => p.kind)).toEqual(['list-item', 'list-item', 'list-item']);
    expect(d.sentences.map((s) => clauses.slice(s.start, s.end))).toEqual([
      'Общие положения',
      'Настоящие Правила определяют порядок.',
      'Услуга оказывается по пункту 2.3 Правил.',
    ]);
  });

  it('reads Markdown headings as headings, without their marks, whatever their case', () => {
    const md = '# How to apply\n\nYou can apply online.\n\n## what you need\n\n#1 priority is safety.';
    expect(blocks(md)).toEqual([
      ['heading', 'How to apply'],
      ['text', 'You can apply online.'],
      ['heading', 'what you need'],
      ['text', '#1 priority is safety.'],
    ]);
  });

  it('takes bullets as word processors paste them', () => {
    const pasted = '\uF0B7\tпаспорт;\n●  фотография;\n► квитанция об оплате.';
    expect(blocks(pasted)).toEqual([
      ['list-item', 'паспорт;'],
      ['list-item', 'фотография;'],
      ['list-item', 'квитанция об оплате.'],
    ]);
  });

  it('keeps a list item wrapped onto the next line in lower case as one item', () => {
    const wrapped =
      '1.1. Настоящие Правила определяют порядок оказания\nгосударственной услуги гражданам.\n1.2. Услуга бесплатна.\n- a photo\nYou can also apply online.';
    expect(blocks(wrapped)).toEqual([
      ['list-item', 'Настоящие Правила определяют порядок оказания\nгосударственной услуги гражданам.'],
      ['list-item', 'Услуга бесплатна.'],
      ['list-item', 'a photo'],
      ['text', 'You can also apply online.'],
    ]);
  });

  it('counts each heading and list item as a sentence, without the list marker', () => {
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'How to apply',
      'You can apply online.',
      'your passport',
      'a photo',
      'Fill in the form.',
      'Send it.',
      'This line wraps\nhere and goes on.',
    ]);
  });

  it('treats a line break after sentence-final punctuation as a new paragraph', () => {
    const lines = segment('One sentence.\nAnother paragraph.\nA third one.');
    expect(lines.paragraphs).toHaveLength(3);
  });

  it('keeps a long unpunctuated line before a capitalised line apart, in any language', () => {
    const english =
      'Foreign buyers will be charged higher stamp duty when they buy a property in the UK\nThe move is new.';
    const kazakh =
      'Шетелдік сатып алушылар Ұлыбританияда жылжымайтын мүлік сатып алғанда алымды көбірек төлейтін болады\nБұл қадам жаңа.';
    // 16 English words: too long for a heading, but no longer glued to the next sentence.
    expect(segment(english).paragraphs.map((p) => p.kind)).toEqual(['text', 'text']);
    // Its translation has 12 words, short enough for a heading; the sentences come out the same.
    expect(segment(kazakh).paragraphs.map((p) => p.kind)).toEqual(['heading', 'text']);
    for (const text of [english, kazakh]) expect(sentences(text)).toEqual(text.split('\n'));
  });

  it('still joins a wrapped paragraph or a line ending in a comma to a capitalised line', () => {
    const text =
      'The committee met on Monday with the representatives of the two largest companies,\nGoogle and Apple.';
    expect(sentences(text)).toEqual([text]);
    const wrapped = 'This line wraps\nhere and then\nGoes on after a capital.';
    expect(sentences(wrapped)).toEqual([wrapped]);
  });

  it('joins the first line of a hard-wrapped paragraph to a capitalised next line', () => {
    const email = [
      'The ministry announced on Monday that from the first of March the offices of the',
      'Public Service Centres in Astana and Almaty will open at eight in the morning and',
      'close at eight in the evening, so that people who work can come after their shifts.',
    ].join('\n');
    expect(sentences(email)).toEqual([email]);
  });
});

describe('words', () => {
  it('keeps hyphens and apostrophes inside words and gives UTF-16 offsets', () => {
    const text = 'Нур-Султан 👍 don’t ҚР-ның';
    const doc = segment(text);
    expect(doc.words.map((w) => text.slice(w.start, w.end))).toEqual(['Нур-Султан', 'don’t', 'ҚР-ның']);
    expect(doc.words.map((w) => w.norm)).toEqual(['нур-султан', "don't", 'қр-ның']);
  });

  it('normalises Latin Kazakh variants and Russian ё', () => {
    const doc = segment('Qazaqstaŋ ǵylym Ещё');
    expect(doc.words.map((w) => w.norm)).toEqual(['qazaqstañ', 'ğylym', 'еще']);
  });

  it('handles empty and punctuation-only input', () => {
    expect(segment('').sentences).toEqual([]);
    expect(segment('... !!! ?').words).toEqual([]);
  });
});
