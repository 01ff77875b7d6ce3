// A passive whose doer is named after "by" said in the active: "The form was signed by the applicant" → "The
// applicant signed the form". The doer is known, so nothing is guessed; anything less certain gets nothing.
import type { ActiveVoice } from '../../internal/rules/context.ts';
import type { Word } from '../../internal/text/document.ts';

/** Irregular participles with their base and past forms; a regular one is built from the lists (`isWord`). */
const IRREGULAR = new Map<string, [base: string, past: string]>(
  `given:give:gave taken:take:took made:make:made sent:send:sent paid:pay:paid written:write:wrote done:do:did
  seen:see:saw chosen:choose:chose held:hold:held told:tell:told found:find:found shown:show:showed
  known:know:knew brought:bring:brought bought:buy:bought built:build:built caught:catch:caught cut:cut:cut
  dealt:deal:dealt drawn:draw:drew driven:drive:drove eaten:eat:ate felt:feel:felt forgiven:forgive:forgave
  forgotten:forget:forgot frozen:freeze:froze grown:grow:grew heard:hear:heard hidden:hide:hid hit:hit:hit
  hurt:hurt:hurt kept:keep:kept laid:lay:laid led:lead:led left:leave:left lent:lend:lent lost:lose:lost
  met:meet:met overcome:overcome:overcame overtaken:overtake:overtook put:put:put read:read:read run:run:ran
  said:say:said sold:sell:sold set:set:set shot:shoot:shot spent:spend:spent spoken:speak:spoke
  stolen:steal:stole struck:strike:struck taught:teach:taught thought:think:thought thrown:throw:threw
  undertaken:undertake:undertook understood:understand:understood upheld:uphold:upheld
  withdrawn:withdraw:withdrew withheld:withhold:withheld won:win:won worn:wear:wore beaten:beat:beat
  begun:begin:began bitten:bite:bit broken:break:broke fought:fight:fought forbidden:forbid:forbade
  sought:seek:sought rewritten:rewrite:rewrote overseen:oversee:oversaw`
    .trim()
    .split(/\s+/u)
    .map((entry) => {
      const [participle = '', base = '', past = ''] = entry.split(':');
      return [participle, [base, past]];
    }),
);

/** The base of a regular participle in -ed whose base is a word the lists know, and its past (the same). */
function regular(participle: string, isWord: (norm: string) => boolean): [string, string] | undefined {
  if (!participle.endsWith('ed')) return undefined;
  const stem = participle.slice(0, -2);
  // approved → approve (before «approv»), applied → apply, called → call (before «cal»), submitted → submit
  const candidates = [
    `${stem}e`,
    ...(stem.endsWith('i') ? [`${stem.slice(0, -1)}y`] : []),
    stem,
    ...(/([bdgklmnprt])\1$/u.test(stem) ? [stem.slice(0, -1)] : []),
  ];
  const base = candidates.find(isWord);
  return base ? [base, participle] : undefined;
}

/**
 * Whether a word is a common noun's plural the lists know with its singular ("Applications", "Payments"), which
 * needs no determiner and opens a sentence as a subject; not a name in -s ("Jones").
 */
function isCommonPlural(norm: string, isWord: (norm: string) => boolean): boolean {
  if (!/[^s]s$/u.test(norm) || !isWord(norm)) return false;
  const singular = norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : norm.slice(0, -1);
  return isWord(singular) || (norm.endsWith('es') && isWord(norm.slice(0, -2)));
}

/** The third person singular of a base form: reviews, approves, applies, fixes, does, has. */
function thirdPerson(base: string): string {
  if (base === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/u.test(base)) return `${base}es`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);
const HAVE = new Set(['has', 'have', 'had']);
/** Subject pronouns and their object forms: "It was approved by the board" → "The board approved it". */
const OBJECT_OF: Readonly<Record<string, string>> = {
  i: 'me',
  he: 'him',
  she: 'her',
  we: 'us',
  they: 'them',
  it: 'it',
  you: 'you',
  this: 'this',
  that: 'that',
  which: 'which',
};
/** Object pronouns after "by" and their subject forms. */
const SUBJECT_OF: Readonly<Record<string, string>> = {
  me: 'I',
  him: 'he',
  her: 'she',
  us: 'we',
  them: 'they',
  you: 'you',
  it: 'it',
};
/** Subjects a plural verb goes with. */
const PLURAL_SUBJECTS = new Set(['i', 'we', 'they', 'you']);
/** Nouns that are plural without an «-s»: «the police review», «local people decide». */
const PLURAL_NOUNS = new Set('police people children men women staff personnel cattle clergy'.split(' '));
/** Nouns in -s that take a singular verb: «the news reports». */
const SINGULAR_IN_S = new Set('news series species means'.split(' '));
/** Titles before a surname, which is one person whatever its ending: «Mr Jones», «Mrs Banks». */
const TITLES = new Set('mr mrs ms miss dr sir dame lord lady professor prof judge'.split(' '));

/**
 * Whether the doer whose head noun is `head` (after `before`) takes a plural verb: an abbreviation is one body
 * («the NHS funds», «the CPS reviews»), a name after a title one person («Mr Jones assesses»), a word in -ss,
 * -us, -is, -ics one thing («the press», «the series»); a common noun in -s is plural («the auditors have»), and
 * so is a capitalised one whose singular the lists know («the Councils»), unless it ends a name of several words
 * («the United States», «the Local Authorities»), whose number is `undefined`: only a present or «have» needs it.
 */
function isPluralDoer(
  head: Word,
  before: Word | undefined,
  isWord: (norm: string) => boolean,
): boolean | undefined {
  const norm = head.norm;
  if (PLURAL_NOUNS.has(norm)) return true;
  // «the GPs»: an abbreviation's plural; «the NHS», «the DWP»: one body.
  if (/^\p{Lu}{2,}s$/u.test(head.text)) return true;
  if (/^\p{Lu}{2,}$/u.test(head.text) || !/[^s]s$/u.test(norm)) return false;
  if (/(?:us|is|as|ics)$/u.test(norm) || SINGULAR_IN_S.has(norm)) return false;
  if (!/^\p{Lu}/u.test(head.text)) return true;
  if (before && TITLES.has(before.norm)) return false;
  const singular = norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : norm.slice(0, -1);
  // «James», «Barclays»: a name in -s is one.
  if (!isCommonPlural(norm, isWord) && !isWord(singular)) return false;
  return before && /^\p{Lu}/u.test(before.text) ? undefined : true;
}

/** Words that end a clause's subject from the front or the agent's noun phrase from the back. */
const BOUNDARY = new Set(
  `and or but if when whenever once because that which who whom whose where while although though since unless
  until as so than then on in at for with from to into onto of about after before during within without under
  over through between against among by per via`.split(/\s+/u),
);
/** Words that open a clause: a subject found back to one of them is the clause's whole subject. */
const CLAUSE_OPENING = new Set(
  `and or but if when because that which where while although though since unless until as so than then
  once whenever whether after before`.split(/\s+/u),
);
/** Words that may follow a doer and stay after the active's object: when and where, or a new clause. */
const AFTER_DOER = new Set(
  `on in at during after before within until since because when while if as last yesterday today`.split(
    /\s+/u,
  ),
);
/**
 * Adverbs of time and frequency that end the doer's phrase after its noun and stay after the active's object:
 * «by a nurse first» → «A nurse sees patients first», «by the contractor every week», «by the council annually».
 */
const AFTER_DOER_ADVERBS = new Set(
  'yesterday today tomorrow tonight first later again soon once twice every each'.split(' '),
);

/** Whether a word after the doer's noun is an adverb that ends its phrase (`AFTER_DOER_ADVERBS`, or in -ly). */
function endsDoer(word: Word | undefined): boolean {
  if (!word) return false;
  if (AFTER_DOER_ADVERBS.has(word.norm)) return true;
  // «only» would change what it limits: «seen by a nurse only» is not «a nurse sees patients only».
  return /^[a-z]{3,}ly$/u.test(word.text) && !NOT_ADVERB.has(word.norm) && word.norm !== 'only';
}

/** People who speak or act for others, whose phrase goes on with «for»: «a spokesman for the ministry». */
const SPEAKS_FOR = new Set(
  `spokesman spokeswoman spokesperson spokespeople representative representatives lawyer lawyers attorney
  attorneys agent agents`.split(/\s+/u),
);
/** Quantifiers and numbers that open a noun phrase with its noun after them: «both parties», «all applications». */
const QUANTIFIER = /^(?:all|both|many|most|several|some|few|two|three|four|five|six|seven|eight|nine|ten)$/u;
/** Words that open a clause before the main clause: «If your claim is refused by the DWP, you can appeal». */
const SUBORDINATORS = new Set(
  'if when whenever once after before because although though unless until while since'.split(' '),
);
/** Words that open a main clause after a comma and never a phrase describing the doer before it. */
const MAIN_CLAUSE_OPENING = new Set('you we they he she it i please there'.split(' '));
/** Determiners and possessives an agent's noun phrase opens with. */
const DETERMINER = /^(?:the|a|an|your|our|their|his|her|its|this|that|these|those|each|every|any)$/u;
/** Words no subject to move has: questions, the dummy «there», a relative «who». */
const NO_SUBJECT = new Set(['what', 'how', 'there', 'here', 'who', 'whom', 'whose', 'why']);

/**
 * Heads of a noun phrase after «by» that say when, how or how much, not who: «by post», «by the end of May», «by
 * the deadline», «by the spring», «by Easter», «by law», «by bank transfer», «by BACS», «held by Zoom», «reduced
 * by a third», «by the same amount».
 */
const WHEN_OR_HOW = new Set(
  `end deadline date time day days week weeks month months year years morning evening night hour hours minute
  minutes weekend post email e-mail phone telephone fax mail hand law default transfer card cheque check cash
  debit credit way means following above below example contrast comparison far then now rule rules text
  sms letter message messages courier bacs chaps paypal video videolink link zoom skype webex whatsapp
  regulations order decree monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december spring summer autumn winter christmas easter
  eid ramadan nauryz nowruz diwali hanukkah passover whitsun midday noon midnight lunchtime start beginning
  middle close latest earliest
  amount amounts sum total value third thirds quarter quarters half fifth tenth percent percentage proportion
  fraction margin factor rate level extent degree difference maximum minimum`.split(/\s+/u),
);

/** Whether a word may be part of a noun phrase: letters, an apostrophe or a hyphen. */
const NOUN_PHRASE_WORD = /^[\p{L}][\p{L}'’-]*$/u;

/**
 * Words no simple noun phrase has: verbs and their auxiliaries, negation, adverbs of degree and time, and
 * subject pronouns inside a longer phrase («She said she was moved»).
 */
const NOT_IN_NOUN_PHRASE = new Set(
  `not no never also only just even still already ago is are was were be been being has have had will would
  can could may might must should shall do does did to said says i he she we they it you`.split(/\s+/u),
);

/**
 * Whether a phrase is a plain noun phrase: no verb form, participle or word of `NOT_IN_NOUN_PHRASE`. In a doer's
 * phrase, which never opens the sentence, a capitalised word in -ed or -ly is a name («by Dr Ahmed»); nouns in
 * -ly («family», «supply») and a few in -ed («the deceased») are nouns anywhere.
 */
function isNounPhrase(phrase: readonly Word[], names = false): boolean {
  return phrase.every(
    (w) =>
      NOUN_PHRASE_WORD.test(w.text) &&
      !NOT_IN_NOUN_PHRASE.has(w.norm) &&
      !IRREGULAR.has(w.norm) &&
      (!/(?:ed|ly)$/u.test(w.norm) ||
        NOT_ADVERB.has(w.norm) ||
        ED_NOUNS.has(w.norm) ||
        (names && /^\p{Lu}\p{Ll}/u.test(w.text))),
  );
}

/** Participles used as nouns for people, which a noun phrase may hold: "a relative of the deceased". */
const ED_NOUNS = new Set('deceased accused bereaved insured'.split(' '));

/**
 * The active for the passive «be participle» at words `first..last`, given the sentence's words and which of
 * them stand together with spaces only between: where the clause before it is its subject (one to four
 * words, or a relative «which», «that») and «by» and a doer follow it — a noun phrase of one to four words
 * opening with a determiner or a capital, or a pronoun, ending the clause or before a time or a place («on
 * Monday»), and not a time or a means («by post», «by the deadline»). The passive's tense is kept: «is
 * signed» → «signs», «was signed» → «signed», «will be signed» → «will sign», «has been signed» → «has signed»;
 * so are negation and adverbs inside the verb group: «was not signed» → «did not sign», «is usually reviewed»
 * → «usually reviews», «won't be sent» → «won't send», «is being signed» → «is signing». A particle («set up»)
 * or a doer joined to another («by the council and …») gets nothing.
 */
export const activeVoiceEnglish: ActiveVoice = (words, sentence, match, isWord) => {
  const norm = (i: number) => words[i]?.norm ?? '';
  const { first, last } = match;
  const group = verbGroup(words, sentence, first, last);
  if (!group) return undefined;
  const { start, participle } = group;
  const forms = IRREGULAR.get(participle) ?? regular(participle, isWord);
  if (!forms) return undefined;
  // The subject: the clause's words before the verb group, back to punctuation, a boundary word or the start.
  let from = start;
  while (from > sentence.from && sentence.joined(from - 1) && !BOUNDARY.has(norm(from - 1))) from--;
  const subject = words.slice(from, start);
  const relative = subject.length === 0 && ['which', 'that'].includes(norm(start - 1));
  if (!relative && (subject.length === 0 || subject.length > 4)) return undefined;
  // «The letter that was sent by the council explains why»: a relative clause, with no comma, after nothing but a
  // noun phrase from the sentence's start is inside the sentence's subject, and the main clause's verb after it
  // would be read into the doer's phrase («the council explains why sent»).
  if (relative && start - 1 > sentence.from && sentence.joined(start - 2)) {
    const antecedent = words.slice(sentence.from, start - 1);
    const joined = antecedent.every((_, i) => sentence.joined(sentence.from + i));
    if (joined && isNounPhrase(antecedent)) return undefined;
  }
  // «Dogs found straying will be seized by …»: a bare plural and a participle's phrase after it (a relative
  // without «that are»), which the active keeps whole as its object («… will seize dogs found straying»).
  const second = words[from + 1]?.norm ?? '';
  const reduced =
    subject.length > 1 &&
    second !== 'said' &&
    (IRREGULAR.has(second) || regular(second, isWord) !== undefined) &&
    isCommonPlural(norm(from), isWord) &&
    isNounPhrase(subject.slice(2)) &&
    !DETERMINER.test(norm(from + 2));
  if (subject.length > 1 && !reduced && !isNounPhrase(subject)) return undefined;
  // Back to a preposition, the subject goes on before it («their meeting in June was hailed»).
  if (from > sentence.from && sentence.joined(from - 1) && !CLAUSE_OPENING.has(norm(from - 1)))
    return undefined;
  // «Faults and issues can be identified»: a subject joined to a word before it by «and» or «or» is part of a
  // coordinated subject, which the active would split. After a comma «and» opens a clause of its own.
  if (from - 1 > sentence.from && LIST_JOINS.has(norm(from - 1)) && sentence.joined(from - 2))
    return undefined;
  if (subject.some((w) => !NOUN_PHRASE_WORD.test(w.text) || NO_SUBJECT.has(w.norm))) return undefined;
  // The doer: «by» and a noun phrase that ends where the clause or a preposition does.
  // «An appointment will be sent to you by the practice»: a verb that takes two objects keeps the one it is sent
  // to as its first («The practice will send you an appointment»). Only a pronoun: a noun there may go on.
  const recipient =
    norm(last + 1) === 'to' &&
    TWO_OBJECT_VERBS.has(forms[0]) &&
    RECIPIENTS.has(norm(last + 2)) &&
    sentence.joined(last) &&
    sentence.joined(last + 1) &&
    sentence.joined(last + 2)
      ? norm(last + 2)
      : undefined;
  const byAt = recipient ? last + 3 : last + 1;
  if (norm(byAt) !== 'by' || !sentence.joined(byAt - 1) || !sentence.joined(byAt)) return undefined;
  const agentFrom = byAt + 1;
  // A noun phrase of up to four words from `from`, up to a boundary word or anything but a space.
  const phraseEnd = (from: number) => {
    let end = from;
    while (end < sentence.to && end - from < 4 && !BOUNDARY.has(norm(end))) {
      // «by a nurse first»: an adverb after a noun ends the phrase; after a determiner it is an adjective
      // of the noun to come («by the first officer», «by an elderly relative»).
      if (end > from && !DETERMINER.test(norm(end - 1)) && endsDoer(words[end])) break;
      end++;
      if (!sentence.joined(end - 1)) break;
    }
    return end;
  };
  let to = phraseEnd(agentFrom);
  const headEnd = to;
  // The doer's phrase may go on with «of» («the Ministry of Health») or, after one who speaks for others,
  // «for» («a spokesman for the ministry»): a second phrase that opens with a determiner or a capital.
  const joins = norm(to) === 'of' || (norm(to) === 'for' && SPEAKS_FOR.has(norm(to - 1)));
  if (to > agentFrom && to < sentence.to && sentence.joined(to - 1) && joins && sentence.joined(to)) {
    const end = phraseEnd(to + 1);
    const opening = words[to + 1];
    if (end > to + 1 && opening && (DETERMINER.test(opening.norm) || /^\p{Lu}/u.test(opening.text))) to = end;
  }
  const agent = words.slice(agentFrom, to);
  // A participle in -ing after the doer's noun goes on with its own phrase ("by a decision maker acting on behalf
  // of …"), which the active would leave behind its object; after a determiner, -ing is the noun ("by the flooding").
  const lastWord = agent.at(-1)?.norm ?? '';
  if (agent.length > 1 && lastWord.endsWith('ing') && !DETERMINER.test(norm(to - 2))) return undefined;
  const next = to < sentence.to && sentence.joined(to - 1) ? norm(to) : '';
  // The doer ends the clause, or an adverbial of time or place follows it; a word that may go on its phrase
  // («by a kind of cell») or join another doer («and») is not read past.
  if (agent.length === 0 || (next !== '' && !AFTER_DOER.has(next) && !endsDoer(words[to]))) return undefined;
  // After a comma or other mark, a clause may go on ("…, but …"); anything else may still describe the doer
  // ("by Akio Morita, the co-founder of Sony"; "by the council, who …") or go on a list of doers ("by
  // Russian, Middle Eastern or Chinese billionaires"), which the active would leave behind.
  // In a relative clause the comma ends the clause where the main clause's verb follows it ("…, which was
  // signed by the director, is valid"); a phrase after it may describe the doer ("which Marcus Setchell
  // signed, the Queen's surgeon"; "that the officials described, including two diplomats").
  // A clause opened by «if», «when» … before the main clause ends at its comma where a subject pronoun or
  // «please» opens the main clause, which no phrase describing the doer does («If your claim is refused by the
  // DWP, you can appeal»).
  const subordinate = from > sentence.from && sentence.joined(from - 1) && SUBORDINATORS.has(norm(from - 1));
  const mainClause = subordinate && MAIN_CLAUSE_OPENING.has(norm(to));
  if (
    to < sentence.to &&
    !sentence.joined(to - 1) &&
    (!(CLAUSE_AFTER_MARK.has(norm(to)) || mainClause || (relative && isMainVerb(norm(to), isWord))) ||
      listGoesOn(norm, sentence, to))
  )
    return undefined;
  const pronoun = agent.length === 1 ? SUBJECT_OF[norm(agentFrom)] : undefined;
  // «Teams» with its capital is the video call, not the council's teams.
  const means = (w: Word) => WHEN_OR_HOW.has(w.norm) || w.text === 'Teams';
  if (!pronoun && (!isNounPhrase(agent, true) || agent.some(means))) return undefined;
  // A doer opens with a determiner («the council»), or is a name, every word of it capitalised («Akio Morita»).
  const name = agent.every((w) => /^\p{Lu}/u.test(w.text) || w.norm === 'of');
  // «by both parties», «by two examiners»: a quantifier opens a doer with its noun after it, which gives its
  // number; «by some of the councils» has none («some of the money»).
  const quantified = QUANTIFIER.test(norm(agentFrom)) && headEnd - agentFrom > 1;
  if (!pronoun && !DETERMINER.test(norm(agentFrom)) && !name && !quantified) return undefined;
  if (agent.length === 1 && DETERMINER.test(norm(agentFrom))) return undefined;
  const doer = pronoun ?? agent.map((w) => w.text).join(' ');
  const head = words[headEnd - 1];
  const plural = pronoun
    ? PLURAL_SUBJECTS.has(pronoun.toLowerCase())
    : head && isPluralDoer(head, headEnd - 2 >= agentFrom ? words[headEnd - 2] : undefined, isWord);
  const verb = activeVerb(group, forms, plural, pronoun === 'I');
  if (verb === undefined) return undefined;
  if (relative)
    return { first: start, last: to - 1, text: `${doer} ${verb}${recipient ? ` ${recipient}` : ''}` };
  // The subject opens with a determiner or a pronoun («The form», «It»), or inside a sentence with a name's
  // capital; a bare noun may be the end of a longer phrase («That seat»: «that» read as a conjunction).
  const opening = subject[0];
  if (!opening) return undefined;
  const atStart = from === sentence.from;
  // «Mr Smith» opening the sentence is a name all the same.
  const titled =
    TITLES.has(opening.norm) && subject.length > 1 && subject.every((w) => /^\p{Lu}/u.test(w.text));
  const named = (!atStart && /^\p{Lu}/u.test(opening.text)) || titled;
  const barePlural =
    (subject.length === 1 || reduced) &&
    (isCommonPlural(opening.norm, isWord) || PLURAL_NOUNS.has(opening.norm));
  const quantifiedSubject = subject.length > 1 && QUANTIFIER.test(opening.norm);
  if (
    !DETERMINER.test(opening.norm) &&
    !OBJECT_OF[opening.norm] &&
    !named &&
    !barePlural &&
    !quantifiedSubject &&
    !modifiedPlural(subject, atStart, isWord)
  )
    return undefined;
  const objectPronoun = subject.length === 1 ? OBJECT_OF[opening.norm] : undefined;
  // A capital the subject's first word had for opening the sentence is not its own as the object.
  const object =
    objectPronoun ??
    subject
      .map((w, i) => (i === 0 && !titled && (atStart || DETERMINER.test(w.norm)) ? w.norm : w.text))
      .join(' ');
  const recipientText = recipient ? `${recipient} ` : '';
  return { first: from, last: to - 1, text: `${doer} ${verb} ${recipientText}${object}` };
};

/** Verbs whose active takes the one it goes to as a first object: «send you a letter», «give you a date». */
const TWO_OBJECT_VERBS = new Set(
  'send give offer show pay lend sell bring post email grant award'.split(' '),
);

/** The object pronouns that may stand as that first object. */
const RECIPIENTS = new Set('you him her them us me'.split(' '));

/**
 * Words that open a sentence with a capital of their own: an adjective of a people or a country («British
 * citizens», «Kazakh nationals»), which the object keeps; lower-casing it would be wrong.
 */
const PROPER_ADJECTIVE = /^(?:\p{L}+(?:ish|ese|an|i)|french|dutch|czech|greek|swiss|thai|kazakh|welsh)$/u;

/** Adverbs that link a sentence to the one before it, which open it without a comma: «Meanwhile applications …». */
const CONNECTIVES = new Set(
  `meanwhile however therefore instead otherwise nevertheless nonetheless thus hence moreover furthermore
  likewise anyway besides consequently`.split(/\s+/u),
);

/**
 * Whether a subject is a plural noun with one word before it and no determiner: an adjective or a noun («Stray
 * dogs», «Unpaid fines», «Parking fines», «Existing customers», «Local people»), which needs none. Not a name, with a capital on its
 * noun («London Councils»); not an adverb or a verb before a plural object («Now applications», «Please note
 * applications» is three words); at the sentence's start not a word whose capital may be its own («British
 * citizens»), which the object would lower-case.
 */
function modifiedPlural(
  subject: readonly Word[],
  atStart: boolean,
  isWord: (norm: string) => boolean,
): boolean {
  const [modifier, head] = subject;
  if (subject.length !== 2 || !modifier || !head) return false;
  if (!/^\p{Ll}/u.test(head.text) || (!atStart && !/^\p{Ll}/u.test(modifier.text))) return false;
  if (!isCommonPlural(head.norm, isWord) && !PLURAL_NOUNS.has(head.norm)) return false;
  const adverb =
    isInnerAdverb(modifier.norm) || AFTER_DOER_ADVERBS.has(modifier.norm) || CONNECTIVES.has(modifier.norm);
  const opensClause = MAIN_CLAUSE_OPENING.has(modifier.norm) || SUBORDINATORS.has(modifier.norm);
  if (adverb || opensClause) return false;
  return !atStart || !PROPER_ADJECTIVE.test(modifier.norm);
}

/**
 * Whether the words from `from` (after a comma) go on a list: «and», «or» or «nor» within the next four words
 * with only spaces between, not opening them («by the director, and the clerk filed it» is a new clause).
 */
function listGoesOn(
  norm: (i: number) => string,
  sentence: { to: number; joined(i: number): boolean },
  from: number,
): boolean {
  if (LIST_JOINS.has(norm(from))) return false;
  for (let i = from + 1; i < Math.min(from + 5, sentence.to); i++) {
    if (!sentence.joined(i - 1)) return false;
    if (LIST_JOINS.has(norm(i))) return true;
  }
  return false;
}

const LIST_JOINS = new Set(['and', 'or', 'nor']);

/**
 * Words that open a new clause after a comma or a dash: what follows them is no part of the doer. A speaker's
 * participle opens one too ("backed by the government, arguing that …").
 */
const CLAUSE_AFTER_MARK = new Set(
  `and but so while although though because whereas which when after before as if unless until since then
  said says according arguing saying adding claiming noting explaining insisting stating warning`.split(
    /\s+/u,
  ),
);

/** Finite verbs and auxiliaries: after a relative clause's comma, the main clause's verb goes on. */
const FINITE_VERBS = new Set(
  `is are was were has have had will would can could may might must should shall do does did remains remained
  became becomes seems seemed meant`.split(/\s+/u),
);

/** Irregular pasts ("met", "took"), read from the participles' table. */
const IRREGULAR_PASTS = new Set([...IRREGULAR.values()].map(([, past]) => past));

/** The irregular pasts, for rules that must not run across a clause's verb ("the inspection began and …"). */
export const IRREGULAR_PAST_FORMS: readonly string[] = [...IRREGULAR_PASTS];

/**
 * Whether a word after a relative clause's comma is the main clause's verb ("…, which was chaired by the
 * director, met twice"): an auxiliary, an irregular past, or a regular past whose base the lists know. An
 * appositive opens with a determiner, a name or a noun instead ("…, the Queen's surgeon").
 */
function isMainVerb(norm: string, isWord: (norm: string) => boolean): boolean {
  return FINITE_VERBS.has(norm) || IRREGULAR_PASTS.has(norm) || regular(norm, isWord) !== undefined;
}

/** A passive's verb group: the auxiliary before «be», if any, «be», the adverbs inside and the participle. */
interface VerbGroup {
  /** The group's first word: the auxiliary, or «be». */
  start: number;
  /** A modal or a form of «have», without a contracted «n't» («won't» → «will»). */
  auxiliary: string | undefined;
  /** The auxiliary as written, in lower case («won't»). */
  auxiliaryText: string;
  /** The form of «be» («is», «was», «be», «been»), without a contracted «n't» («wasn't» → «was»). */
  be: string;
  /** The group's adverbs and «not» as written, in order; a contracted «n't» is `contracted` instead. */
  adverbs: string[];
  /** The apostrophe of a contracted «n't» on the auxiliary or «be» («wasn’t»), kept in the active («didn’t»). */
  contracted: string | undefined;
  /** Whether «being» stands before the participle («is being processed»): the active is progressive. */
  progressive: boolean;
  participle: string;
}

/** Irregular bases that double their last consonant before -ing: «put» → «putting», «begin» → «beginning». */
const DOUBLED_BEFORE_ING = new Set('put cut set hit run win begin forget forbid upset overrun'.split(' '));

/**
 * The -ing form of a verb, from its base and its participle: a regular participle shows how the base takes an
 * ending («submitted» → «submitting», «approved» → «approving», «applied» → «applying»).
 */
function ingForm(base: string, participle: string): string {
  if (DOUBLED_BEFORE_ING.has(base)) return `${base}${base.at(-1)}ing`;
  const stem = participle.endsWith('ed') ? participle.slice(0, -2) : '';
  if (stem && stem !== base && !base.endsWith('y') && stem.length > base.length) return `${stem}ing`;
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^eoy]e$/u.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/**
 * Adverbs that may stand inside a verb group and keep their place in the active («is usually reviewed», «was last
 * updated»); the passive rule (`en/passive`) lets them stand between «be» and the participle too, with any word
 * in -ly.
 */
export const INNER_ADVERBS: readonly string[] =
  `not never also always usually often only still already yet now last
  then sometimes seldom first later soon once ever just again further`.split(/\s+/u);
/** Words in -ly that are no adverb. */
export const NOT_ADVERBS_IN_LY: readonly string[] =
  'family supply apply reply rely ally rally assembly italy july holy ugly anomaly monopoly'.split(' ');

const INNER_ADVERB = new Set(INNER_ADVERBS);
const NOT_ADVERB = new Set(NOT_ADVERBS_IN_LY);

/** Whether a word is an adverb a verb group may hold: a listed one or one in -ly. */
function isInnerAdverb(norm: string): boolean {
  return INNER_ADVERB.has(norm) || (/^[a-z]{3,}ly$/u.test(norm) && !NOT_ADVERB.has(norm));
}

const CONTRACTED_NOT = /^([a-z]+)n['’]t$/u;
/** Contracted auxiliaries whose base is not the word before «n't»: won't, can't, shan't. */
const CONTRACTED_BASE: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

/** A word's base without a contracted «n't» («wasn't» → «was», «won't» → «will»), and its apostrophe. */
function withoutContraction(text: string): { base: string; apostrophe: string | undefined } {
  const lower = text.toLowerCase();
  const contracted = CONTRACTED_NOT.exec(lower);
  if (!contracted) return { base: lower, apostrophe: undefined };
  const stem = contracted[1] ?? '';
  return { base: CONTRACTED_BASE[stem] ?? stem, apostrophe: lower.includes('’') ? '’' : "'" };
}

/**
 * The verb group of the passive matched at `first..last`: «be» (or the auxiliary's «be», «been») at `first`,
 * the participle at `last`, adverbs between; for «be» and «been», a modal or «have» before it, with adverbs
 * between them («will not be», «has already been»). At most two adverbs in all.
 */
function verbGroup(
  words: readonly Word[],
  sentence: { joined(i: number): boolean },
  first: number,
  last: number,
): VerbGroup | undefined {
  const be = withoutContraction(words[first]?.text ?? '');
  // «is being processed»: a progressive, after «is», «are», «was» or «were» only.
  const between = words.slice(first + 1, last);
  const being = between.findIndex((w) => w.norm === 'being');
  const progressive = being >= 0 && ['is', 'are', 'was', 'were'].includes(be.base);
  const inside = progressive ? between.filter((_, i) => i !== being) : between;
  if (inside.some((w) => !isInnerAdverb(w.norm))) return undefined;
  let auxiliary: string | undefined;
  let auxiliaryText = '';
  let start = first;
  let contracted = be.apostrophe;
  const before: Word[] = [];
  if (be.base === 'be' || be.base === 'been') {
    if (be.apostrophe) return undefined;
    let i = first - 1;
    while (i >= 0 && sentence.joined(i) && isInnerAdverb(words[i]?.norm ?? '') && before.length < 2) {
      before.unshift(words[i] as Word);
      i--;
    }
    const aux = withoutContraction(words[i]?.text ?? '');
    const fits = be.base === 'be' ? MODALS.has(aux.base) : HAVE.has(aux.base);
    if (i < 0 || !sentence.joined(i) || !fits) return undefined;
    auxiliary = aux.base;
    auxiliaryText = words[i]?.text.toLowerCase() ?? '';
    contracted = aux.apostrophe;
    start = i;
  } else if (!['is', 'are', 'was', 'were'].includes(be.base)) return undefined;
  const adverbs = [...before, ...inside].map((w) => w.text.toLowerCase());
  if (adverbs.length > 2 || (contracted && adverbs.includes('not'))) return undefined;
  return {
    start,
    auxiliary,
    auxiliaryText,
    be: be.base,
    adverbs,
    contracted,
    progressive,
    participle: words[last]?.norm ?? '',
  };
}

/**
 * The active verb in the passive's tense: «is signed» → «signs» (in the doer's number), «was signed» →
 * «signed», «will be signed» → «will sign», «has been signed» → «has signed». Adverbs keep their place
 * before the verb; a negated present or past takes «do»: «was not signed» → «did not sign», «isn't signed»
 * → «doesn't sign»; a progressive keeps «be» («is being signed» → «is signing», «I am signing» for `firstPerson`).
 * `undefined` where the verb must agree with a doer whose number is unknown.
 */
function activeVerb(
  group: VerbGroup,
  [base, past]: [string, string],
  plural: boolean | undefined,
  firstPerson = false,
): string | undefined {
  const { auxiliary, be, adverbs, contracted, participle } = group;
  const not = contracted ? `n${contracted}t` : '';
  const phrase = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');
  // «is being processed by our team» → «our team is processing»: «be» agrees with the doer.
  if (group.progressive) {
    if (plural === undefined) return undefined;
    const isPast = be === 'was' || be === 'were';
    // «I» takes «am» and «was»; «amn't» is no English.
    if (firstPerson && contracted && !isPast) return undefined;
    const beForm = firstPerson
      ? isPast
        ? 'was'
        : 'am'
      : isPast
        ? plural
          ? 'were'
          : 'was'
        : plural
          ? 'are'
          : 'is';
    return phrase(`${beForm}${not}`, ...adverbs, ingForm(base, participle));
  }
  if (auxiliary === undefined) {
    const isPast = be === 'was' || be === 'were';
    if (!isPast && plural === undefined) return undefined;
    const negated = contracted !== undefined || adverbs.includes('not');
    if (!negated) return phrase(...adverbs, isPast ? past : plural ? base : thirdPerson(base));
    const doForm = isPast ? 'did' : plural ? 'do' : 'does';
    if (contracted) return phrase(`${doForm}${not}`, ...adverbs, base);
    const at = adverbs.indexOf('not');
    return phrase(...adverbs.slice(0, at), doForm, ...adverbs.slice(at), base);
  }
  if (!HAVE.has(auxiliary)) return phrase(contracted ? group.auxiliaryText : auxiliary, ...adverbs, base);
  if (auxiliary !== 'had' && plural === undefined) return undefined;
  const have = auxiliary === 'had' ? 'had' : plural ? 'have' : 'has';
  return phrase(`${have}${not}`, ...adverbs, participle);
}

/** Subjects whose present verb has no -s: a finding may put them where a noun was ("the applicant" → "you"). */
const PLURAL_SUBJECT = /^(?:you|we|they)$/iu;
/** The present and past of "be", "have" and "do" in the third person singular, and their plural. */
const PLURAL_OF: Readonly<Record<string, string>> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
  "doesn't": "don't",
};

/**
 * `LanguagePack.withSubject`: a clause whose subject became "you", "we" or "they" with its verb, the word after
 * the subject or after an inner adverb ("usually"), made plural: "You signs the form" → "You sign the form",
 * "You has signed" → "You have signed". A past ("signed") or a modal ("will") needs no change.
 */
export function englishWithSubject(clause: string, subjectEnd: number): string | undefined {
  if (!PLURAL_SUBJECT.test(clause.slice(0, subjectEnd))) return clause;
  const words = /^(\s+)([\p{L}'’]+)(?:(\s+)([\p{L}'’]+))?/u.exec(clause.slice(subjectEnd));
  if (!words) return clause;
  const [, space = '', first = '', space2 = '', second = ''] = words;
  const adverb = isInnerAdverb(first.toLowerCase());
  const verb = adverb ? second : first;
  if (!verb) return undefined;
  const plural = pluralPresent(verb);
  if (plural === verb) return clause;
  const before = adverb ? `${space}${first}${space2}` : space;
  return (
    clause.slice(0, subjectEnd) + before + plural + clause.slice(subjectEnd + before.length + verb.length)
  );
}

/** The plural of a third-person present ("signs" → "sign", "applies" → "apply"); other words as they are. */
function pluralPresent(verb: string): string {
  const lower = verb.toLowerCase().replace('’', "'");
  const listed = PLURAL_OF[lower];
  if (listed) return listed;
  if (!/s$/u.test(lower) || /(?:ss|us|is)$/u.test(lower)) return verb;
  if (/[^aeiou]ies$/u.test(lower)) return `${verb.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z|o)es$/u.test(lower)) return verb.slice(0, -2);
  return verb.slice(0, -1);
}
