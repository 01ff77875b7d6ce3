// The sound classes Kazakh endings agree with: the last vowel's backness (vowel harmony) and whether the
// last sound is a vowel or a voiceless consonant (assimilation of the ending's first consonant).

const BACK_VOWELS = 'аоұыя';
const FRONT_VOWELS = 'әөүіеэ';
const VOWELS = 'аәеиоөұүуыіэюя';
const VOICELESS = 'пфктқсшщхцчһ';

/** Whether a word's last vowel is back (а о ұ ы): its endings take а ы, not е і. */
export function isBack(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    if (BACK_VOWELS.includes(word.charAt(i))) return true;
    if (FRONT_VOWELS.includes(word.charAt(i))) return false;
  }
  return true;
}

export const lastLetter = (word: string) => word.charAt(word.length - 1);
export const isVowel = (letter: string) => letter !== '' && VOWELS.includes(letter);
export const isVoiceless = (letter: string) => letter !== '' && VOICELESS.includes(letter);
