import { describe, expect, it } from 'vitest';
import { detectLanguage as detect } from '../../../plain/index.ts';

describe('language detection on one sentence', () => {
  it.each([
    ['Бала мектепке барды.', 'kk'],
    ['Ол кітап оқыды.', 'kk'],
    ['Өтінішті онлайн беруге болады.', 'kk'],
    ['Мама мыла раму.', 'ru'],
    ['Подайте заявление в центр обслуживания.', 'ru'],
    ['Я иду домой.', 'ru'],
    ['You can apply online.', 'en'],
    ['The cat sat on the mat.', 'en'],
    ['Qazaqstan Respublikasy — täuelsız memleket.', 'kk'],
    ['Men üige bardym.', 'kk'],
    ['Balalar mektepke bardy.', 'kk'],
    ['Oqu jyly bastaldy.', 'kk'],
    ['Qazaqstaŋ Respublikasy', 'kk'],
  ])('%s → %s', (text, code) => {
    expect(detect(text).code).toBe(code);
  });

  // What citizens type into the widget's comment box: one or two words, often no Kazakh-only letter.
  it.each([
    ['Рахмет!', 'kk'],
    ['Керемет', 'kk'],
    ['Rahmet', 'kk'],
    ['Да', 'ru'],
    ['Спасибо', 'ru'],
    ['Thanks', 'en'],
  ])('a one-word answer: %s → %s', (text, code) => {
    expect(detect(text).code).toBe(code);
  });

  // Short spoken sentences whose only clues are pronouns, demonstratives and auxiliaries: «свободен» ends
  // like a Kazakh ablative, "nobody" like a Kazakh past tense, «мынау» has no Kazakh-only letter.
  it.each([
    ['Мынау не?', 'kk'],
    ['Ты сегодня свободен?', 'ru'],
    ['Nobody called.', 'en'],
    // «открыты» ends like a Kazakh past tense, but Kazakh would write қ beside its back vowels.
    ['Магазины открыты.', 'ru'],
    // «свободен» ends like a Kazakh ablative, but no native Kazakh word mixes о with е.
    ['Свободен.', 'ru'],
    ['Балалар ойнады.', 'kk'],
  ])('a short spoken sentence: %s → %s', (text, code) => {
    expect(detect(text).code).toBe(code);
  });

  it.each([
    'Bu bir test cümlesidir ve çok güzel.',
    'Türkiye Cumhuriyeti bağımsız bir devlettir.',
    // Without the marker words: by spelling (ı among back vowels, ğ beside front vowels, consonant y, ç).
    'Belediye başkanı açıklama yaptı.',
    'Öğrenciler sınava hazırlanıyor.',
    'Seçimler gelecek ay yapılacak.',
    'Kimlik kartınızı yanınızda getirmeyi unutmayın.',
    'Ben seni seviyorum.',
  ])('does not take Turkish for Latin Kazakh: %s', (text) => {
    expect(detect(text).code).not.toBe('kk');
  });

  it.each([
    'Mūğalım sabaq berdı.',
    'Kıtap oqydym.',
    'Bıraq ol kelmedı.',
    'Tabiğat apaty odan da auyr etedı.',
  ])('keeps Latin Kazakh with loans that look Turkish-spelled: %s', (text) => {
    expect(detect(text).code).toBe('kk');
  });

  it.each([
    'Мен бугин кужат тапсырдым, бирак жауап жок.',
    'Курметти азаматтар, кужаттарды кабылдау ХКО аркылы жургизиледи.',
    'Сайтта акпарат жеткиликсиз, телефон номери жок.',
    'Бул кызмет тегин.',
    // Without a listed word, by endings Russian words do not have: -дагы, -дардын, -ганын, -иниз.
    'Индонезиядагы цунамиден каза тапкандардын саны 832-ге жетти',
    'Джайлз жабирленушинин кеудесинин жогаргы аймагы жаракаттанганын айтты.',
    'Колдау корсеткен хабарларыныз ушин ракмет!',
  ])('reads Kazakh typed without its letters, on a Russian keyboard: %s', (text) => {
    expect(detect(text).code).toBe('kk');
  });

  it.each([
    'Onyn denesi samamen bir sagattan keiin tabyldy.',
    'Marlou audanyndagy bas kensede satylymga daiyn tauarlarga toly bir duken bar.',
  ])('reads Kazakh typed in Latin without marks: %s', (text) => {
    expect(detect(text).code).toBe('kk');
  });

  it.each([
    'Jane and the men went to the bar.',
    // Turkish shares -imiz, -iniz, «bir», «siz» with Kazakh typed without marks.
    'Bir kahve lütfen, siz de ister misiniz?',
  ])('does not take English or Turkish for Kazakh typed without marks: %s', (text) => {
    expect(detect(text).code).not.toBe('kk');
  });

  it.each([
    'Я сегодня сдал документы, но ответа нет.',
    'ул. Толе би, 5, Кызылорда',
    'В Казани открыли новый центр.',
    'Максат Нурланов получил пособие в тенге.',
    // Endings the Kazakh ones are kept apart from: «один», «Путин», «труда», «потери», «доллары».
    'Путин сказал, что один из доходов от труда покрывает потери в долларах.',
  ])('keeps Russian that names Kazakhstan’s places and people as Russian: %s', (text) => {
    expect(detect(text).code).toBe('ru');
  });

  it('reads ы after ж or ш, which Russian never writes, as Kazakh: Таза су тапшы.', () => {
    expect(detect('Таза су тапшы.').code).toBe('kk');
  });

  it('is unsure when there is nothing to go on', () => {
    expect(detect('123 456').confidence).toBe(0);
  });
});
