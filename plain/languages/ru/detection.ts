/** Very frequent Russian words: a sentence of Russian nearly always has one. */
export const RUSSIAN_FUNCTION_WORDS = new Set(
  (
    'и в во не на что с со по к ко для это как а из у от о об за так но же вы мы он она они оно его ее их ' +
    'был была были было быть есть если или то чтобы при до после также только уже еще все всё этот эта эти ' +
    'который которая которые которых которой вам вас нам нас ли бы ни даже где когда может можно нужно надо ' +
    // «да» is also a Kazakh particle; alone it is the Russian "yes".
    'этого этой этих том тем без через между под над перед да ' +
    // Pronouns and everyday adverbs: a short spoken sentence («Ты сейчас свободен?») may have nothing else.
    'я ты меня мне тебя тебе себя себе ему него неё нее ней ним мой моя моё мои твой твоя твои наш наша наши ' +
    'ваш ваша ваши свой своя свои очень сейчас тоже вот здесь тут сегодня вчера завтра почему зачем кто куда ' +
    'откуда какой какая какие всегда никогда ничего нет хорошо потом тогда теперь'
  ).split(' '),
);

/** Letters Russian writes and Kazakh only borrows in Russian loanwords. */
export const RUSSIAN_MARKER_LETTERS = 'щъьё';

/** Endings typical of Russian inflection and derivation. */
export const RUSSIAN_ENDINGS =
  /(?:ого|его|ому|ему|ыми|ими|ость|ости|ться|тся|ция|ции|ние|ния|нию|ией|ами|ями|ах|ях|ый|ий|ая|яя|ое|ее|ую|юю|ешь|ете|ишь|ите|ет|ют|ут)$/u;
