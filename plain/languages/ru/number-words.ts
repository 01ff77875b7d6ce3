/**
 * Russian number words for the doubled-number rule («5 (пяти)», «пяти (5)»): cardinals in every case, and
 * ordinals, which a date or a year doubles («2024 (две тысячи двадцать четвёртого) года»), each form with its
 * value. Ё is written as е, as the rules read words.
 */

/** Cardinals from 0 to 90, the hundreds and the scales, with their case forms. */
const CARDINALS: Record<number, string> = {
  0: 'ноль нуль ноля нуля нолю нулю нолем нулем ноле нуле',
  1: 'один одна одно одного одной одному одним одном одну',
  2: 'два две двух двум двумя',
  3: 'три трех трем тремя',
  4: 'четыре четырех четырем четырьмя',
  40: 'сорок сорока',
  90: 'девяносто девяноста',
  100: 'сто ста',
  200: 'двести двухсот двумстам двумястами двухстах',
  300: 'триста трехсот тремстам тремястами трехстах',
  400: 'четыреста четырехсот четыремстам четырьмястами четырехстах',
  1000: 'тысяча тысячи тысяч тысячу тысячей тысячью тысячам тысячами тысячах',
  1000000: 'миллион миллиона миллионов миллиону миллионам миллионом миллионами миллионе миллионах',
  1000000000:
    'миллиард миллиарда миллиардов миллиарду миллиардам миллиардом миллиардами миллиарде миллиардах',
};

/** Cardinals in -ь that decline as «пять, пяти, пятью», by stem. */
const IN_SOFT_SIGN: Record<number, string> = {
  5: 'пят',
  6: 'шест',
  7: 'сем',
  8: 'восем',
  9: 'девят',
  10: 'десят',
  11: 'одиннадцат',
  12: 'двенадцат',
  13: 'тринадцат',
  14: 'четырнадцат',
  15: 'пятнадцат',
  16: 'шестнадцат',
  17: 'семнадцат',
  18: 'восемнадцат',
  19: 'девятнадцат',
  20: 'двадцат',
  30: 'тридцат',
};

/** The tens and hundreds from 50 and 500, whose both parts decline: «пятьдесят, пятидесяти, пятьюдесятью». */
const COMPOUND: Record<number, [string, string, string]> = {
  5: ['пять', 'пяти', 'пятью'],
  6: ['шесть', 'шести', 'шестью'],
  7: ['семь', 'семи', 'семью'],
  8: ['восемь', 'восьми', 'восемью'],
  9: ['девять', 'девяти', 'девятью'],
};

/** Ordinal stems, which take the hard adjective endings («пятого», «пятой»); «третий» is listed whole. */
const ORDINAL_STEMS: Record<number, string> = {
  1: 'перв',
  2: 'втор',
  4: 'четверт',
  5: 'пят',
  6: 'шест',
  7: 'седьм',
  8: 'восьм',
  9: 'девят',
  10: 'десят',
  11: 'одиннадцат',
  12: 'двенадцат',
  13: 'тринадцат',
  14: 'четырнадцат',
  15: 'пятнадцат',
  16: 'шестнадцат',
  17: 'семнадцат',
  18: 'восемнадцат',
  19: 'девятнадцат',
  20: 'двадцат',
  30: 'тридцат',
  40: 'сороков',
  50: 'пятидесят',
  60: 'шестидесят',
  70: 'семидесят',
  80: 'восьмидесят',
  90: 'девяност',
  100: 'сот',
};
const ORDINAL_ENDINGS = ['ый', 'ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое', 'ые', 'ых', 'ыми'];
const THIRD = 'третий третьего третьему третьим третьем третья третьей третью третье третьи третьих третьими';

function numberWords(): Record<string, number> {
  const words: Record<string, number> = {};
  const add = (forms: string, value: number) => {
    for (const form of forms.split(' ')) words[form] = value;
  };
  for (const [value, forms] of Object.entries(CARDINALS)) add(forms, Number(value));
  for (const [value, stem] of Object.entries(IN_SOFT_SIGN)) add(`${stem}ь ${stem}и ${stem}ью`, Number(value));
  add('восьми восьмью', 8);
  for (const [value, [nominative, genitive, instrumental]] of Object.entries(COMPOUND)) {
    const n = Number(value);
    add(`${nominative}десят ${genitive}десяти ${instrumental}десятью`, n * 10);
    add(`${nominative}сот ${genitive}сот ${genitive}стам ${instrumental}стами ${genitive}стах`, n * 100);
  }
  for (const [value, stem] of Object.entries(ORDINAL_STEMS))
    add(ORDINAL_ENDINGS.map((ending) => stem + ending).join(' '), Number(value));
  add(THIRD, 3);
  add('тысячный тысячного тысячному тысячным тысячном тысячная тысячной тысячную тысячное', 1000);
  return words;
}

/** Russian number words and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = numberWords();

/** Currency and unit words that may close the number words in brackets: «(пять тысяч тенге)». */
export const NUMBER_UNITS =
  '^(?:тенге|рубл(?:ь|я|ей|ю|ем|е|и|ям|ями|ях)|доллар(?:а|ов|у|ам|ами|ах|ом|е)?|евро|процент(?:а|ов|у|ам|ами|ах|ом|е)?|мрп)$';
