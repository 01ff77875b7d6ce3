/**
 * Rule packs are data: each rule names one of a few kinds that the engine implements once.
 * Adding an officialese phrase is a one-line change in a language's `rules.ts`, not new code.
 */

/** Languages the engine analyses, and the languages its messages are written in. */
export type LanguageCode = 'kk' | 'ru' | 'en';

/** How much a finding matters: `error` blocks publishing in CI with `--fail-on error`. */
export type Severity = 'error' | 'warning' | 'suggestion';

/**
 * A message in every UI language. Placeholders: `{text}` (the matched text), `{suggestion}` (the first
 * replacement, when the entry has one), `{value}` and `{limit}` (metric rules: the measured value and the limit).
 */
export type Messages = Record<LanguageCode, string>;

/** What every rule has, whatever its kind. */
export interface RuleBase {
  /** Stable id, `<language>/<name>` for language packs, e.g. `ru/officialese`. Used to enable/disable rules. */
  id: string;
  severity: Severity;
  /** Message shown for each finding; `messageWithSuggestion` is used instead when a suggestion exists. */
  message: Messages;
  messageWithSuggestion?: Messages;
  /** A page of plain-language guidance that explains the rule. */
  link: string;
  /**
   * Rules whose finding covers this rule's finding: it then says nothing the editor needs («услугополучатель»
   * is a long word, but officialese offers «заявитель» to paste in its place; "Please be informed that" is
   * officialese to cut, passive or not). Metrics still count it (a passive sentence stays passive).
   */
  deferTo?: string[];
  /**
   * Rules whose finding covers this rule's finding when it has nothing to paste: the wider finding's advice (a
   * nominal chain's "use a verb") takes in a word flagged alone («необходимостью» inside «необходимостью
   * реализации инвестиционной программы»); a finding with words to paste stays.
   */
  deferBareTo?: string[];
  /**
   * With `deferBareTo`: a regular expression (Unicode, case-insensitive) for a finding's words before a finding
   * it defers to that starts inside it and runs on past it, which make the two one finding over both: a
   * preposition opening a chain («В целях» of «В целях обеспечения реализации» before the chain «обеспечения
   * реализации конституционного права»), which the chain's advice to use a verb rewrites too. Other words (a
   * verb: «обусловлен необходимостью реализации …») are advice of their own.
   */
  bareRunIn?: string;
  /**
   * Rules whose findings inside this rule's finding are joined with it into one finding of theirs over its
   * words: a passive and the officialese participle in it ("is terminated", "terminated" → "ended") are one
   * finding that offers "is ended" and says both what is officialese and what is passive.
   */
  joins?: string[];
}

/**
 * A word matcher inside a phrase, written as text:
 * - `word`   the exact word form (case-insensitive; Russian ё matches е)
 * - `stem*`  any word that starts with `stem` (use stems of 3+ letters to avoid false hits)
 * - `*end`   any longer word that ends in `end` (a Kazakh participle: `*ған жағдайда`); checked at every
 *            word when it stands first, so keep such entries few
 * - `*`      any word, inside a phrase: the subject between a fronted object and its verb («тексеруді *
 *            жүргізеді»); a suggestion keeps it as written with `{n}` (`PhraseEntry.replace`)
 * - `a|b*`   alternatives; in a phrase with spaces, `|` separates whole phrases: `в связи с|в связи со`
 * Words of a phrase are separated by single spaces and must follow each other in one sentence with only
 * spaces or line breaks between them (a comma breaks a phrase).
 */
export type WordPattern = string;

/** One phrase of a phrase-list rule and its plain replacements. */
export interface PhraseEntry {
  /** Space-separated word patterns, e.g. `в целях`, `осуществл*`, `производ* оплат*`. */
  match: string;
  /**
   * Plainer wording to offer; may be empty when the fix is to rewrite or delete. `{2}`, `{3}` … stand for the
   * phrase's second, third … word as the text writes it, for a word the plain wording keeps in another place
   * («Тексеруді комиссия жүргізеді» → «{2} тексереді»: «Комиссия тексереді»); `{2:accusative}`,
   * `{2-3:accusative}` a genitive word or two put into the accusative (see phrase.ts).
   */
  replace: string[];
  /** Word forms that must not match even though a stem does (e.g. `данные` means "data", not «данный»). */
  except?: string[];
  /**
   * A regular expression (Unicode, case-insensitive) that the word right before the phrase (only spaces
   * between) must not match, for a phrase that is plain after some words: «путём подачи заявления» is
   * officialese, «половым путём» or «таким путём» is the noun «путь».
   */
  notAfter?: string;
  /**
   * A regular expression that the word right before the phrase across a comma (`word, phrase`) must not
   * match: the phrase is then the second item of a list whose first shares its words' verb, and a plain
   * wording of the phrase alone breaks the list («Тексеруді, бақылауды комиссия жүргізеді»).
   */
  notListedAfter?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that the word right before the phrase (only spaces
   * between) must match, for a phrase whose plain wording depends on that word: «требования в отношении
   * документов» → «к документам», «информация в отношении льгот» → «о льготах». Of two entries for the same
   * words, the first that matches wins, so the one with this condition stands first.
   */
  after?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that each word a `*` of the phrase stands for must match:
   * words between a noun and its light verb that are adverbials, which keep their place before the plain verb
   * («Тіркеу порталда жүргізіледі» → «Порталда тіркеледі»), not the noun's own words.
   */
  between?: string;
  /**
   * A regular expression (Unicode, case-insensitive) that no word of the phrase's clause before it (back to
   * punctuation or the sentence's start, up to 8 words) may match: a phrase whose plain verb governs another
   * case than its own, with the object standing anywhere before it («Y туралы хабардар етеміз» → «хабарлаймыз»,
   * but «Қызметкерді Y туралы хабардар ету» wants «Қызметкерге»).
   */
  notInClause?: string;
  /**
   * A regular expression that some word of the phrase's clause before it (as for `notInClause`) must match: a
   * passive whose subject may stand words before it, across an auxiliary («Услуга будет предоставлена»).
   */
  inClause?: string;
  /**
   * A regular expression that some word of the phrase's sentence (lower-cased) must match: a field the sentence
   * is about, where a word has a sense its plain replacement lacks ("individuals" in a sentence about wolves
   * are no "people"). Of two entries for the same words, the first that matches wins, so it stands first.
   */
  inSentence?: string;
  /**
   * A regular expression (Unicode, case-sensitive) the whole text must match: a text that speaks to its reader
   * («Сіз», «Сізге») wants the reader's verb forms first even in a clause that names no one. Of two entries for
   * the same words, the first that matches wins, so it stands first.
   */
  inText?: string;
  /**
   * A regular expression (Unicode, case-insensitive) the sentence before the phrase's, in the same paragraph,
   * must match: a pronoun opening the phrase's sentence names what that sentence spoke of ("You owe £320 in
   * council tax. This remains outstanding": a debt, still unpaid).
   */
  afterSentence?: string;
  /**
   * With `notInClause`: a word of the clause that matches it does not count where the word right after it
   * matches this, a postposition that makes it an adverbial of its own («Жоспарға сәйкес комиссия тексеру
   * жүргізді»: the dative goes with «сәйкес», not with the action).
   */
  notInClauseUnlessBefore?: string;
  /**
   * With `inClause`: a word of the clause that matches it does not count where the word right after it matches
   * this («Лицензиялауға жататын қызметпен айналысу … рұқсат етіледі»: the dative goes with the participle,
   * not with «рұқсат етіледі»).
   */
  inClauseUnlessBefore?: string;
  /**
   * A regular expression the word right after the phrase (only spaces between) must not match: "demonstrated
   * against the law" is a protest, not "showed"; "submitted by means of" keeps "by means of" for its own entry.
   */
  notBefore?: string;
  /**
   * A regular expression (Unicode) the text right after the phrase must match, punctuation included: «бұдан
   * әрі» before a dash is the legal idiom «(бұдан әрі – ХҚКО)», not "from now on". Of two entries for the same
   * words, the first that matches wins, so the one with this condition stands first.
   */
  followedBy?: string;
  /**
   * A regular expression (Unicode, case-insensitive) the text of the phrase's sentence before it must match,
   * as `followedBy` the text after: an impersonal 3rd plural is no paste after an agent in the instrumental
   * earlier in its clause («Фондом производится выплата» would become «Фондом выплачивают»). Of two entries
   * for the same words, the first that matches wins, so the one with this condition stands first.
   */
  precededBy?: string;
  /**
   * The replacements agree with the phrase's last word: each is offered in its form where the language can
   * inflect it — Russian, one adjective replaced by adjectives or «этот» («необходимых» → «нужных»), and a
   * verb's stem replaced by infinitives, offered only for its infinitive («лицо, предоставившее» gets no «дать»); Kazakh,
   * a noun phrase by a noun («уәкілетті органдардың» → «мекемелердің»). `'noun'`: the phrase ends in its head noun,
   * after any adjectives, and the replacements are nouns (or an adjective and a noun) put in its case and number
   * (Russian: «уполномоченным органом» → «ведомством»). `'first-noun'`: the phrase begins with its head noun and
   * its genitive dependants follow («повышения эффективности» → «улучшения»).
   */
  agree?: boolean | 'noun' | 'first-noun';
  /**
   * The phrase governs a case (`from`) and its replacements other ones (`to`, one per replacement; null for a
   * replacement that governs the same): the noun phrase after it is carried into the finding, put in each
   * replacement's case — «является основанием» → «— основание», «в рамках проекта» → «в проекте», «посредством
   * портала» → «через портал». A replacement whose noun phrase the pack cannot put in its case is not offered.
   */
  carries?: {
    from: GrammaticalCase;
    to: readonly (GrammaticalCase | null)[];
    /**
     * The noun phrase is not carried where it also reads as a nominative: after a verb, that may be its subject
     * standing after it («О решении уведомит банк»), not its object («уведомит заявителя» → «сообщит
     * заявителю»).
     */
    notNominative?: boolean;
  };
  /**
   * The replacements that open a subordinate clause (`PhraseRule.subordinateClauses`) are the whole clause
   * («при необходимости» → «если нужно»): it ends with the phrase, whatever follows.
   */
  wholeClause?: boolean;
  /**
   * With `agree: 'noun'` or `'first-noun'`: the head is a process noun hardly ever plural («осуществление»,
   * «повышение», «реализация»), so where its ending leaves singular and plural open it is read as singular
   * («повышения эффективности ждут» → «улучшения»).
   */
  singular?: boolean;
}

/** A noun's case, for phrases whose replacements govern another (`PhraseEntry.carries`). */
export type GrammaticalCase =
  | 'nominative'
  | 'genitive'
  | 'dative'
  | 'accusative'
  | 'instrumental'
  | 'prepositional';

/** A suggestion with the noun phrase after it put in another case: the phrase's length in words, the text. */
export interface CarriedPhrase {
  length: number;
  text: string;
  /** Whether the noun phrase is plural, where the pack knows. */
  plural?: boolean;
}

/**
 * Where a suggestion would be pasted: the finding's text and the text before and after it in its paragraph (a
 * stretch of it, cut by the pack at its clause's ends).
 */
export interface PasteSite {
  /** Up to `PASTE_SITE_CHARS` characters before the finding: shorter only at the text's start. */
  before: string;
  text: string;
  after: string;
}

/**
 * How much text on either side of a finding a `PasteSite` shows: more than a clause's reach, and a participle past
 * a long genitive complement and a comma («Правилами въезда … из Республики Казахстан, утвержденными»).
 */
export const PASTE_SITE_CHARS = 160;

/** What a pack's `agree` is told of a phrase besides its last word and that word's stem. */
export interface AgreePhrase {
  /** The entry agrees as a noun (`PhraseEntry.agree` is `'noun'` or `'first-noun'`). */
  noun: boolean;
  /** The phrase's word before its last, if any (lower-cased): an adjective that tells the noun's case. */
  previous?: string | undefined;
  /**
   * The word right before the phrase (spaces only between; lower-cased): a preposition that tells the case, or
   * an adjective that agrees with the head noun (and would not with another noun's gender).
   */
  before?: string | undefined;
  /** The head is hardly ever plural (`PhraseEntry.singular`). */
  singular?: boolean | undefined;
  /**
   * The words of the phrase's clause before it, lower-cased, back to the sentence's start or the nearest
   * punctuation (up to 8): a subject that tells a verb's person («Өтініш беруші құжаттарды ұсынған жағдайда» →
   * «тапсырса», not «тапсырсаңыз»).
   */
  clauseBefore?: readonly string[] | undefined;
}

/** Flags any phrase of a list, e.g. officialese with plain replacements, jargon, banned words. */
export interface PhraseRule extends RuleBase {
  kind: 'phrase';
  entries: PhraseEntry[];
  /**
   * A regular expression (Unicode, case-insensitive) for the word right after a closing quote that makes the
   * quoted words a name: a phrase inside it is not reported, since no editor may reword a law's or a
   * programme's title («"Мемлекеттік көрсетілетін қызметтер туралы" Заңы», «"Жылу желісі" ЖШС»).
   */
  quotedNameBefore?: string;
  /**
   * The same for a title quoted after what it names, a regular expression for one of the three words before
   * the opening quote (Russian and English order: «Закон Республики Казахстан «О государственных услугах»»,
   * "the Law "On Public Services"").
   */
  quotedNameAfter?: string;
  /**
   * A phrase its sentence explains in a short gloss in brackets right after it ("stakeholders (the people
   * involved)"), or one in brackets right after its plain words, is not reported (`MetricRule.skipGlossed`).
   */
  skipGlossed?: boolean;
  /**
   * A phrase inside the words that spell out an abbreviation in brackets right after them is not reported:
   * they are a name («электронный паспорт транспортного средства (ЭПТС)»), as `MetricRule.skipSpelledOut`.
   */
  skipSpelledOut?: boolean;
  /**
   * A regular expression (Unicode, case-insensitive) for a capitalised word inside a sentence that opens an
   * act's title written without quotes, which runs on to the next punctuation mark («по пункту 7 Правил
   * предоставления жилищной помощи, утверждённых приказом»): a phrase inside the title is not reported, since
   * no editor may reword it.
   */
  unquotedTitleAfter?: string;
  /**
   * A phrase in a run of capitalised words inside running text is part of a name or a title, which no editor
   * may reword ("the Transform Drug Policy Foundation", the drama Designated Survivor): it is not reported. For
   * languages that capitalise each word of a name (English); a heading capitalised throughout is still read.
   */
  titleCaseNames?: boolean;
  /**
   * Replacements that open a subordinate clause, which commas set off («для получения справки» → «чтобы
   * получить справку»): pasted with their commas, or not at all where the clause's end is unknown
   * (clause-commas.ts).
   */
  subordinateClauses?: SubordinateClauses;
}

/**
 * What tells where a subordinate clause a replacement opens begins and ends (`PhraseRule.subordinateClauses`):
 * regular expressions (Unicode, case-insensitive), the first on a replacement, the others on lower-cased words.
 */
export interface SubordinateClauses {
  /** The conjunction a replacement that opens such a clause begins with («чтобы», «если»). */
  conjunction: string;
  /** A finite verb for certain: right after the phrase, the main clause's, before which the clause ends. */
  verb: string;
  /** A word that may be a finite verb or another predicate: the clause might end before it. */
  mayBeVerb: string;
  /** A word next to the phrase that leaves the comma's place unknown: a conjunction, a particle. */
  noCommaBeside: string;
}

/** One position of a word sequence. */
export interface TokenMatcher {
  /** Word patterns as in phrases (`word`, `stem*`, `a|b*`). */
  words?: WordPattern[];
  /** A regular expression (Unicode, case-insensitive) the whole lower-cased word must match. */
  regex?: string;
  /** Word forms that never match this position. */
  except?: string[];
  /** The position may be absent. */
  optional?: boolean;
  /** Up to this many other words may stand before this position (e.g. an adverb: "is often used"). */
  gap?: number;
  /** The word is written as a name: a capital inside its sentence ("When was Miramar founded?"). */
  name?: boolean;
  /**
   * Contexts in which a word that matches this position is another construction and does not match, e.g. a
   * Kazakh participle right before a noun modifies it («берілген анықтама»: the certificate issued).
   */
  unless?: TokenContext[];
}

/**
 * A word's context. It holds when the word matches `form` (any word if absent), the word right before it matches
 * `previous`, the word right after it matches `next`, with `opening` no word stands right before it, with
 * `closing` none right after it and with `name` it has a capital inside its sentence (each if
 * given; a neighbour counts only inside the
 * sentence with nothing but spaces between, so a comma or the sentence's end matches no pattern). Patterns are
 * regular expressions (Unicode, case-insensitive) tested on lower-cased words.
 */
export interface TokenContext {
  form?: string;
  previous?: string;
  next?: string;
  /**
   * The word has no word right before it in its sentence: it opens the sentence or follows punctuation, as a
   * Kazakh verb with no subject before it does («Тіркелгеннен кейін кіріңіз»: after you register).
   */
  opening?: boolean;
  /**
   * The word has no word right after it in its sentence: it ends the sentence or stands before punctuation,
   * as a participle that is a state does ("we were married.", "it is closed, so …").
   */
  closing?: boolean;
  /**
   * The word is written with a capital inside its sentence, as a name is («коммуна Тойффелен», «царица
   * Кетеван»), not at its start.
   */
  name?: boolean;
  /**
   * A regular expression (Unicode, case-insensitive) the text right after the word must match, punctuation
   * included, as a phrase's `followedBy`: for a context two or more words long («строились в шеренгу»: formed
   * up, not were built).
   */
  followedBy?: string;
  /**
   * A regular expression (Unicode, case-insensitive) the text of its sentence before the word must match: a
   * participle after a personal subject is a state ("we are prepared."), after a thing a passive ("a summary
   * will be prepared.").
   */
  precededBy?: string;
}

/**
 * Another sequence of words a rule matches: the same construction with another auxiliary ("got fired" beside
 * "was fired") or in another word order ("Was the form sent?").
 */
export interface SequenceVariant {
  tokens: TokenMatcher[];
  /** Only in a sentence that ends with a question mark: a question's subject stands after its "be". */
  question?: boolean;
}

/** Flags a sequence of words, e.g. passive voice (`be` + participle) or double negatives. */
export interface SequenceRule extends RuleBase {
  kind: 'sequence';
  tokens: TokenMatcher[];
  /**
   * A one-word match is a passive the pack can say as an impersonal active (`LanguagePack.impersonal`), offered
   * where its subject stays as written («Заявление рассматривается» → «Заявление рассматривают»).
   */
  impersonal?: boolean;
  /**
   * A passive whose doer follows it is offered in the active (`LanguagePack.activeVoice`): "The form was
   * signed by the applicant" → "The applicant signed the form"; the finding then spans the whole clause.
   */
  active?: boolean;
  /**
   * The message when what is offered names the doer (the active, or an impersonal with its doer: «Комиссия
   * рассмотрела заявление»), where `messageWithSuggestion` asks who acts.
   */
  messageWithActive?: Messages;
  /** More sequences of the same construction; at each word the longest match of any of them counts. */
  variants?: SequenceVariant[];
  /**
   * A regular expression (Unicode, case-insensitive) that the word right before a match (only spaces
   * between) must not match: after it the words are a different construction, e.g. "difficult, if not
   * impossible" is a hedge, not a double negative.
   */
  notAfter?: string;
}

/** What a metric rule measures. */
export type MetricMeasure =
  | 'sentence-words'
  | 'paragraph-words'
  | 'paragraph-sentences'
  | 'word-letters'
  | 'word-syllables';

/** Flags a sentence, paragraph or word whose measure reaches a limit. */
export interface MetricRule extends RuleBase {
  kind: 'metric';
  measure: MetricMeasure;
  /** Flag when the measure is at least this. */
  min: number;
  /** Flag only when the measure is below this (to split "long" from "very long" sentences). */
  below?: number;
  /** Word forms never flagged by a word measure (common long words everyone knows). */
  except?: string[];
  /**
   * A word measure leaves out words with a capital inside a sentence: in English these are names ("California",
   * "Semipalatinsk"), which the writer cannot put in shorter words.
   */
  skipNames?: boolean;
  /**
   * A word measure leaves out the words that spell out an abbreviation in brackets right after them ("a faecal
   * immunochemical test (FIT)"): the abbreviation's name, which the writer cannot put in shorter words.
   */
  skipSpelledOut?: boolean;
  /**
   * A word measure leaves out a term its sentence explains in a short gloss in brackets, one to six words, right
   * after it ("intermediate care (short-term care after hospital)"), and a term in brackets right after its
   * plain words ("home care (domiciliary care)"): the editor keeps the term with its explanation.
   */
  skipGlossed?: boolean;
  /**
   * A word measure leaves out the words of a title in quotes that opens with a capital («Проектная
   * документация «Строительство межмуниципального полигона…»»), a name the writer cannot change; not quoted
   * speech, which opens its sentence or follows a colon, or a dash after it attributes («Он сказал: «…»»,
   * «…», — сказал он).
   */
  skipQuotedTitles?: boolean;
  /**
   * A word measure leaves out headings: a heading is a label ("Eligibility criteria", "Conditions for
   * participation"), often a template's fixed one, read at a glance rather than through.
   */
  skipHeadings?: boolean;
  /**
   * A word measure leaves out a word whose sentence before it matches this regular expression (Unicode,
   * case-insensitive), a phrase that names a term to define it ("Home care (also known as domiciliary care)"):
   * the word is the term being explained, which an editor keeps.
   */
  skipAfter?: string;
  /**
   * A word measure leaves out the words of a body's name, a regular expression (Unicode) for its capitalised
   * first word's lower-case form («министерств»): the words after it in lower case are the name's, which the
   * writer cannot shorten («Министерство цифрового развития, инноваций и аэрокосмической промышленности»).
   */
  bodyNames?: string;
  /**
   * With `bodyNames`: the openers (a regular expression, Unicode, for the lower-case form) whose name goes on
   * with «по» and the body's field right after them («Комитет по регулированию естественных монополий»).
   */
  bodyFieldHeads?: string;
  /**
   * With `bodyNames`: the openers (a regular expression, Unicode, for the lower-case form) of a unit's name
   * that open it in lower case too, as a contact line writes it («специалист отдела экологического
   * регулирования»).
   */
  bodyUnits?: string;
  /**
   * A word measure measures each part of a hyphenated compound and takes the longest: «материалдық-техникалық»
   * is two ordinary words joined, not one word of 21 letters.
   */
  eachPart?: boolean;
  /**
   * A regular expression (Unicode, case-insensitive) for an ending a word measure does not count where it alone
   * makes the word reach the limit: an ending that is a clause's connective, no stacked noun («орындалмағандықтан»:
   * the causal converb, "because it was not done", says what «себебі … орындалмады» says in more words).
   */
  uncountedEnding?: string;
}

/** Checks the engine implements in code, configured by data (abbreviations, caps, mixed scripts, …). */
export type BuiltinCheck =
  | 'undefined-abbreviation'
  | 'all-caps'
  | 'mixed-script'
  | 'repeated-word'
  | 'nominal-chain'
  | 'lost-letters'
  | 'doubled-number';

/** A rule whose logic is a built-in check; `words` configures it (e.g. abbreviations everyone knows). */
export interface BuiltinRule extends RuleBase {
  kind: 'builtin';
  check: BuiltinCheck;
  /** Words the check ignores, e.g. well-known abbreviations (`ООН`, `NATO`). */
  words?: string[];
  /**
   * all-caps: the words and phrases a document's form sets in capitals — an act's formula (`ПРИКАЗЫВАЮ`,
   * `ПОСТАНОВЛЕНИЕ`), a label ("PRESS RELEASE", "ENDS") — not shouting where they stand on a line of their own
   * or before a colon («Акимат ПОСТАНОВЛЯЕТ:»). Inside a sentence they are still reported.
   */
  formulas?: string[];
  /**
   * undefined-abbreviation: words that may stand beside an abbreviation inside the brackets that define it
   * after its full name — the legal idiom «(далее – ЦОН)», «(бұдан әрі – ХҚКО)», "(hereinafter the “PSC”)".
   * Bare brackets «(ЦОН)» always define it.
   */
  definitionWords?: string[];
  /**
   * undefined-abbreviation: full names, in the pack's language, of abbreviations agencies use («ЦОН»:
   * «центр обслуживания населения»), for the message's `{example}`: the abbreviation used, spelled out, or
   * for one not listed, the first entry.
   */
  fullNames?: Record<string, string>;
  /**
   * undefined-abbreviation: the message for an abbreviation `fullNames` does not list, which names no example:
   * another abbreviation's full name («центр обслуживания населения (ЦОН)» for «ЕСП») reads as if it were
   * this one's.
   */
  unlistedMessage?: Messages;
  /**
   * all-caps: a regular expression (Unicode, case-insensitive) for the word right before a single word in
   * capitals, spaces or quotes only between, that makes it a keyword to type or send ("by replying CANCEL",
   * "text STOP to 60060"): capitals are how the keyword is shown, not shouting.
   */
  keywordAfter?: string;
  /**
   * repeated-word: the language doubles words to intensify them and writes the pair with a hyphen (Kazakh
   * «жай-жай», «үлкен-үлкен»), so a doubled word typed with a space is offered the hyphenated form first,
   * except these words (conjunctions, postpositions, particles), which are never doubled: for them it is a typo.
   */
  reduplicationExcept?: string[];
  /**
   * repeated-word: a regular expression (Unicode) for more words never doubled as a reduplication, tested on the
   * lower-cased word: Kazakh doubles bare words («жай-жай»), not words with a case ending («құжаттарды»).
   */
  reduplicationExceptPattern?: string;
  /**
   * repeated-word: a regular expression (Unicode) for the words the language does double (adjectives, adverbs,
   * numerals, a few nouns), tested on the lower-cased word. Another bare word doubled may be no typo but two
   * clauses' words side by side («Шағым шағым жасалатын әрекет…»: the complaint, then "the act complained of"):
   * flagged with nothing to paste. Without it, every word not excepted is offered its reduplication.
   */
  reduplicates?: string;
  /**
   * repeated-word: words that are doubled correctly after some words, each with a regular expression (Unicode,
   * case-insensitive) for the word right before the pair: a phrasal verb's particle, then a preposition
   * ("fill in in capitals", "log on on Monday").
   */
  doubledAfter?: Record<string, string>;
  /**
   * repeated-word: words that end one phrase and, said again, open the next as the attribute of the noun after
   * them (Kazakh «…мемлекеттік тіркеу тіркеу органдарында»: the registration, then "at the registry offices"):
   * `word` for the doubled word and `head` for the word right after the pair, regular expressions (Unicode)
   * tested on the lower-cased words. Such a pair is no typo: both words are needed.
   */
  attributeBeforeHead?: { word: string; head: string };
  /**
   * lost-letters: the language's own letters (Kazakh ә ғ қ ң ө ұ ү һ і). A word typed without any of them
   * that the pack read with some put back (`LanguagePack.lostLetters`) is offered that reading.
   */
  letters?: string;
  /**
   * doubled-number: the language's number words, each form a word takes (lower case, ё folded to е) with its
   * value: cardinals in every case («пяти», «пятью»), hundreds and scales (a value of 100 or more after a
   * smaller number multiplies it: "five hundred", «бес мың»). A number in digits doubled by these words in
   * brackets («5 (пяти)», "five (5)") is flagged, where the words are worth the digits.
   */
  numberWords?: Readonly<Record<string, number>>;
  /** doubled-number: words that may join number words without a value of their own ("one hundred and five"). */
  numberJoiners?: readonly string[];
  /**
   * doubled-number: a regular expression (Unicode) for a currency or unit word (lower case) that may close the
   * number words inside the brackets («5000 (пять тысяч тенге)»): the paste keeps it after the digits.
   */
  numberUnits?: string;
}

/** Any rule of a pack. */
export type Rule = PhraseRule | SequenceRule | MetricRule | BuiltinRule;

/**
 * A fixture: a short text and exactly the findings of one rule expected on it. A finding is given by the
 * exact text it covers; `occurrence` picks the n-th occurrence (1-based) when that text appears more than
 * once. The test turns each into UTF-16 offsets and compares the whole list, so a missing or extra finding
 * fails it. Once any expected finding gives a `suggestion` (the first one offered, or `null` for none), every
 * finding's first suggestion is compared too: one given none then must offer nothing to paste. A finding that
 * gives `suggestions` has its whole list compared, in order: a wrong second paste is as clickable as a first.
 */
export interface RuleFixture {
  rule: string;
  text: string;
  expected: { text: string; occurrence?: number; suggestion?: string | null; suggestions?: string[] }[];
}
