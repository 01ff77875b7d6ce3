/** Very frequent English words. */
export const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to a in is it you that he was for on are with as his they be at one have this from or had by ' +
    'but not what all were we when your can said there use an each which she do how their if will up other ' +
    'about out many then them these so some her would make like him into has more two see no could my than ' +
    'been who its now people only over also after any our me should must may ' +
    // Words of short spoken sentences ("I'm here.", "Nobody came.").
    "i i'm am us very here just why where yes nobody somebody everybody nothing something everything " +
    "don't doesn't didn't can't won't isn't aren't wasn't let's too again always never"
  ).split(' '),
);

/** Words that mark Turkish, so Latin Kazakh (which shares ş, ğ, ı, ö, ü, ç) is not confused with it. */
export const TURKISH_MARKER_WORDS = new Set(
  've bir bu için ile olarak olan gibi çok daha değil ama kadar sonra şey göre yeni veya ancak'.split(' '),
);
