import { describe, expect, it } from 'vitest';
import { analyze } from '../../../plain/index.ts';
import {
  accusativeFromDative,
  agreeKazakh,
  parseNounEndings,
} from '../../../plain/languages/kk/noun-forms.ts';

describe('Kazakh noun suggestions take the endings of the noun they replace', () => {
  it.each([
    // suggestion, matched word, its stem, agreed suggestion
    ['азамат', 'тұлғалардың', 'тұлға', 'азаматтардың'],
    ['азамат', 'тұлғаға', 'тұлға', 'азаматқа'],
    ['азамат', 'тұлғаны', 'тұлға', 'азаматты'],
    ['мекенжай', 'жеріне', 'жер', 'мекенжайына'],
    ['мекенжай', 'жерін', 'жер', 'мекенжайын'],
    ['мекенжай', 'жеріңізді', 'жер', 'мекенжайыңызды'],
    ['мекенжай', 'жерде', 'жер', 'мекенжайда'],
    ['әкімдік', 'органы', 'орган', 'әкімдігі'],
    ['әкімдік', 'органдарына', 'орган', 'әкімдіктеріне'],
    ['әкімдік', 'органдардан', 'орган', 'әкімдіктерден'],
    ['бала', 'толмағанның', 'толмаған', 'баланың'],
    ['ақша', 'қаражатты', 'қаражат', 'ақшаны'],
    ['ұйым', 'тұлғалармен', 'тұлға', 'ұйымдармен'],
    ['жеке куәлік', 'құжатын', 'құжат', 'жеке куәлігін'],
    // «сіз» and «біз» decline as nouns.
    ['сіз', 'алушының', 'алушы', 'сіздің'],
    ['сіз', 'алушыларға', 'алушы', 'сіздерге'],
    ['біз', 'берушінің', 'беруші', 'біздің'],
    // A plural suggestion is not made plural again.
    ['шаралар', 'шараларды', 'шаралар', 'шараларды'],
    ['құжаттар', 'топтамасын', 'топтама', 'құжаттарын'],
    // A compound whose head has the possessive already takes the case after it, the plural before it.
    ['байланыс орталығы', 'колл-центрге', 'колл-центр', 'байланыс орталығына'],
    ['баспасөз хабарламасы', 'пресс-релизін', 'пресс-релиз', 'баспасөз хабарламасын'],
    ['келісім тарабы', 'контрагенттерге', 'контрагент', 'келісім тараптарына'],
    ['нақты иесі', 'бенефициарлардың', 'бенефициар', 'нақты иелерінің'],
    ['төлем деректері', 'реквизиттерін', 'реквизит', 'төлем деректерін'],
    ['тексеру тізімі', 'чек-листіңізде', 'чек-лист', 'тексеру тізіміңізде'],
    // A stem cut short of a loan noun in -ция leaves its last letters before the endings.
    ['тексеру', 'верификациядан', 'верифика', 'тексеруден'],
    ['тұжырымдама', 'концепциясы', 'концепци', 'тұжырымдамасы'],
    // A noun in у takes the endings of a voiced consonant: «-уі», «-уді», «-удың», not «-усі», «-уны».
    ['біріктіру', 'интеграциясына', 'интеграци', 'біріктіруіне'],
    ['тексеру', 'верификацияның', 'верифика', 'тексерудің'],
    ['бақылау', 'мониторингін', 'мониторинг', 'бақылауын'],
    // A word alone in -ы, or a doer in -шы after another word, has no possessive to keep.
    ['пайдаланушы', 'юзерлерге', 'юзер', 'пайдаланушыларға'],
    ['пайда алушы', 'бенефициарлардың', 'бенефициар', 'пайда алушылардың'],
  ])('%s for «%s» is «%s»', (suggestion, matched, stem, agreed) => {
    expect(agreeKazakh(suggestion, matched, stem)).toBe(agreed);
  });

  it('offers nothing when the endings cannot be read', () => {
    // «-дай» (likeness) is not among the endings: the listed «азамат» would not fit the sentence. «-а» is a
    // dative only after «-ым/-ың».
    expect(agreeKazakh('азамат', 'тұлғадай', 'тұлға')).toBe('');
    // An adjective in -лық takes the noun as its attribute: «перспективтік жоспар» → «болашақ жоспар».
    expect(agreeKazakh('болашақ', 'перспективтік', 'перспектив')).toBe('болашақ');
    expect(parseNounEndings('а')).toBeUndefined();
    // The locative made an attribute by -ғы is read, after a possessive too.
    expect(agreeKazakh('мекенжай', 'жеріңіздегі', 'жер')).toBe('мекенжайыңыздағы');
    expect(agreeKazakh('әкімдік', 'органдардағы', 'орган')).toBe('әкімдіктердегі');
    expect(agreeKazakh('азамат', 'тұлға', undefined)).toBe('азамат');
    // A pronoun takes no possessive: «өтініш берушісі» stays «сіз».
    expect(agreeKazakh('сіз', 'берушісі', 'беруші')).toBe('сіз');
  });

  it('agrees the entries marked as noun phrases, in either alphabet', () => {
    const suggested = (text: string) =>
      analyze(text, { language: 'kk' })
        .findings.filter((f) => f.rule === 'kk/officialese')
        .map((f) => [f.text, f.suggestions]);
    expect(suggested('Хатты тұрғылықты жеріне жібереміз.')).toEqual([
      ['тұрғылықты жеріне', ['мекенжайына', 'тұратын жеріне']],
    ]);
    // An entry that lists its forms: the stem is what they share («тізбе»).
    expect(suggested('Құжаттар тізбесіне қараңыз.')).toEqual([['тізбесіне', ['тізіміне']]]);
    expect(suggested('Salyq kinäli tūlğalardyñ esebinen tölenedi.')).toEqual([
      ['tūlğalardyñ', ['adamdardyñ']],
    ]);
  });
});

describe('a Kazakh noun in the dative is put in the accusative', () => {
  it.each([
    // dative, accusative: by the last sound and harmony, after the possessive with its н, plural kept
    ['саясатқа', 'саясатты'],
    ['заңға', 'заңды'],
    ['қалаға', 'қаланы'],
    ['келісімге', 'келісімді'],
    ['енгізуге', 'енгізуді'],
    ['екеніне', 'екенін'],
    ['кітабына', 'кітабын'],
    ['мәселелерге', 'мәселелерді'],
    ['жобаларына', 'жобаларын'],
    ['құжатыңызға', 'құжатыңызды'],
  ])('«%s» → «%s»', (dative, accusative) => {
    expect(accusativeFromDative(dative)).toBe(accusative);
  });

  it('reads no dative where the endings do not give the word back', () => {
    expect(accusativeFromDative('оған')).toBeUndefined();
    expect(accusativeFromDative('ана')).toBeUndefined();
    expect(agreeKazakh('{dative-object} шешу', 'оған')).toBe('');
  });
});
