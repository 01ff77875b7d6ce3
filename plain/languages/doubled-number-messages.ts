import type { Messages } from '../internal/rules/types.ts';

/**
 * The `doubled-number` rule's messages, one text in every pack: the finding is the same in each language, only
 * the number words differ (each pack's `number-words.ts`).
 */
export const DOUBLED_NUMBER_MESSAGES: { message: Messages; messageWithSuggestion: Messages } = {
  message: {
    en: '“{text}”: the number is written twice, in digits and in words in brackets. The digits are enough.',
    ru: '«{text}»: число написано дважды — цифрами и словами в скобках. Достаточно цифр.',
    kk: '«{text}»: сан әрі цифрмен, әрі жақша ішінде сөзбен жазылған. Цифрмен бір рет жазыңыз.',
  },
  messageWithSuggestion: {
    en: '“{text}”: the number is written twice, in digits and in words in brackets. The digits are enough: “{suggestion}”.',
    ru: '«{text}»: число написано дважды — цифрами и словами в скобках. Достаточно цифр: «{suggestion}».',
    kk: '«{text}»: сан әрі цифрмен, әрі жақша ішінде сөзбен жазылған. Цифрмен бір рет жазыңыз: «{suggestion}».',
  },
};
