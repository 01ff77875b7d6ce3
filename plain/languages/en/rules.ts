import type {
  PhraseEntry,
  Rule,
  SequenceRule,
  TokenContext,
  TokenMatcher,
} from '../../internal/rules/types.ts';
import { DOUBLED_NUMBER_MESSAGES } from '../doubled-number-messages.ts';

import { INNER_ADVERBS, IRREGULAR_PAST_FORMS, NOT_ADVERBS_IN_LY } from './active-voice.ts';
import { NUMBER_JOINERS, NUMBER_UNITS, NUMBER_WORDS } from './number-words.ts';

/** A possessive next, which keeps an "of" before it too: "a majority of Warren's constituents" → "most of". */
const POSSESSIVE_NEXT = "^\\s+[\\p{L}-]+(?:['’]s|s['’])(?![\\p{L}])";

/** Words after "a number of", "the majority of" that keep their "of": pronouns and determiners. */
const OF_STAYS =
  '^\\s+(?:whom|which|them|us|you|it|our|their|these|those|the|its|his|her|my|your|this|that)(?![\\p{L}])';

/** Money the reader pays, which stays a duty when "payable to" an office ("The fee is payable to the council"). */
const READER_PAYS =
  '^(?:fees?|charges?|fines?|penalt(?:y|ies)|costs?|rent|tax(?:es)?|deposits?|invoices?|bills?|surcharges?|levy|levies|instalments?|arrears)$';

const WRITING_FOR_GOVUK = 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk';
const GOVUK_STYLE = 'https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style';
const PLAIN = 'https://www.plainlanguage.gov/guidelines';

const e = (match: string, ...replace: string[]): PhraseEntry => ({ match, replace });

/** Verbs that open a clause addressed to the reader: "please check", "pay the fee". */
const READER_IMPERATIVE =
  '(?:please|pay|send|return|contact|call|phone|email|check|keep|sign|read|complete|write|tell|bring|apply)\\b';

/** What an agency sends its reader: "your new licence", "your refund". */
const SENT_TO_THE_READER =
  '(?:licen[cs]es?|cards?|certificates?|passports?|decisions?|refunds?|permits?|awards?|notices?|bills?|statements?|reminders?|invoices?|badges?|passes|pass|discs?|visas?|results?|packs?|vouchers?|replies|reply|response|tickets?)(?![\\p{L}])';

/** Number words that start an amount, less "a" ("in the region of a hundred" has "hundred" next). */
const AMOUNT_WORDS = Object.keys(NUMBER_WORDS)
  .filter((word) => word !== 'a')
  .join('|');

/** An amount right after: digits, a currency sign, or a number word ("in the region of £5,000", "of fifty"). */
const AN_AMOUNT_AFTER = `^\\s+(?:[£$€₸]\\s*)?(?:\\d|(?:${AMOUNT_WORDS}|several|a\\s+(?:few|dozen|hundred|thousand|million|billion))(?![\\p{L}]))`;

/** Who pays for a service, after a determiner: "the owner", "the gas distribution organisation". */
const A_PAYER_AFTER =
  "^\\s+(?:the|a|an|your|their|its|his|her|each|every)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:owners?|applicants?|employers?|tenants?|landlords?|customers?|consumers?|parents?|claimants?|recipients?|buyers?|sellers?|organi[sz]ations?|compan(?:y|ies)|operators?|contractors?|developers?|users?|holders?|insurers?|taxpayers?|enterprises?|employees?)(?![\\p{L}])";

/** Where a clause opens, for a `precededBy`: its sentence's start, a stop or comma, a conjunction. */
const CLAUSE_OPENS =
  '(?:^\\s*(?:[-–•]\\s*)?|[,;:]\\s*|(?:^|[^\\p{L}])(?:when|once|after|until|if|before|where|and|or|but)\\s+)';

/** What one makes rather than sends when it is handed over: "make an application", "an appeal made in person". */
const MADE_REQUESTS = 'appeals?|applications?|claims?|complaints?|requests?|objections?|representations';

/**
 * "in person" later in the sentence, among the means of handing something over; a dot inside a web address
 * ("through egov.kz or in person") ends no sentence.
 */
const IN_PERSON_AFTER = '^(?:[^.;:!?]|\\.(?=\\S))*\\sin\\s+person(?![\\p{L}])';

/**
 * A place one goes to, right after: "at any Public Service Centre", "in our offices", "at the reception desk".
 * A `followedBy` pattern is case-sensitive, and a place is often a name: hence the capitals.
 */
const AT_A_PLACE_AFTER =
  "^\\s+(?:at|in)\\s+(?:(?:any|the|a|an|our|your|one|all|their|its|this|that)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}(?:[Cc]ent(?:re|er)s?|[Oo]ffices?|[Bb]ranch(?:es)?|[Cc]ounters?|[Dd]esks?|[Rr]eceptions?|[Hh]alls?|[Aa]kimats?|[Rr]egistr(?:y|ies)|[Pp]oints?|[Pp]remises|[Bb]uildings?|[Ss]tations?|[Dd]epartments?|[Ll]ibrar(?:y|ies))(?![\\p{L}])";

/**
 * A place one goes to as an item of the list that a colon opens after "submitted": "may be submitted:" then "- at
 * a Public Service Centre".
 */
const A_LISTED_PLACE_AFTER = `submitted\\s*:[^]{0,300}?\\n\\s*(?:[-–•*]|\\d+[.)])${AT_A_PLACE_AFTER.slice(1)}`;

/** A clause the agency acts in: "we", a passive, the reader as its object ("will be sent to you", "tell you"). */
const AGENCY_ACTS =
  '(?:we|(?:be|been|is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|sent|made|paid|told|given|held|kept|done|seen|taken)|(?:to|for|with|contact|tell|send|write|inform|notify|give|pay|refund|call|email)\\s+you)\\b';

/**
 * Verbs an amount follows ("is in excess of", "earns in excess of"), and "be"; a noun before it wants "over".
 * Forms that are also nouns ("costs", "charges", "pay", "claims") count only after a pronoun subject: "it costs
 * in excess of £10", but "outstanding charges in excess of £10" are charges over it.
 */
const VERB_BEFORE_AMOUNT =
  '(?:be|been|being|is|are|was|were|am|earn(?:s|ed|ing)?|costing|paying|paid|spend(?:s|ing)?|spent|receive[sd]?|receiving|owe[sd]?|owing|weigh(?:s|ed|ing)?|exceed(?:s|ed|ing)?|risen|rose|rising|grow(?:s|n|ing)?|grew|reach(?:es|ed|ing)?|totalled|totalling|amount(?:s|ed|ing)?\\s+to|raise[sd]?|raising|charged|charging|claimed|claiming|holds|holding|held|have|has|had|having|(?:it|he|she|this|that|which|who|they|we|you|I)\\s+(?:costs?|pays?|rises?|rise|charges?|claims?|totals?|hold))';

/** Verbs of what a duty asks ("are under an obligation to notify"), which no noun after "to" spells. */
const DUTY_VERBS =
  'notify|inform|tell|report|provide|pay|ensure|submit|disclose|declare|maintain|comply|follow|give|send|make|carry|produce|show|present|protect|repay|remove|complete|cooperate|co-operate|seek|supply|consult|publish|record|check|prevent|avoid|act|prove';

/** A past participle after "be": a regular one ("treated", "given") or a common irregular one ("told", "paid"). */
const PASSIVE_PARTICIPLE =
  "(?:[\\p{L}'’-]+(?:ed|en)|told|paid|sent|made|kept|held|heard|shown|taught|brought|found|met|left|led|built|bought|put|set|cut|let|read|won|lost|spent|sold|sought)(?![\\p{L}])";

/** Common verbs after "entitled to", so that "can" pastes in its place ("entitled to receive" → "can receive"). */
const BEFORE_A_VERB =
  '^\\s+(?:receive|apply|get|use|claim|request|appeal|obtain|ask|choose|take|have|be|attend|vote|work|stay|live|travel|enter|return|access|change|refuse|withdraw|see|know|buy|sell|keep|register|complain|challenge|dispute|make|bring)\\b';

/**
 * A verb after the phrase and, later in its sentence, another infinitive listed after a comma or "and"/"or"
 * ("the right to request access, to request rectification and to request erasure"): "can" would leave the later
 * "to"-clauses hanging.
 */
const THEN_ANOTHER_INFINITIVE = `${BEFORE_A_VERB}(?=[^.;:!?]*?(?:,|\\s(?:and|or))\\s+to\\s+(?!(?:the|a|an|your|our|their|this|that|these|those|his|her|its|my|them|us|you|me|him|it)(?![\\p{L}]))\\p{Ll})`;

/** Words after which an -ing form is a noun: an article, a demonstrative ("the obtaining of", "such sending"). */
const VERBAL_NOUN_BEFORE = '^(?:the|a|an|such)$';

/** Words after which a past form is a past participle: forms of "be" and "have", and "by" after it. */
const PARTICIPLE_AFTER = 'is|are|was|were|be|been|being|has|have|had';

/**
 * One entry per form of a verb, so that each replacement fits the sentence it replaces. Forms are given as
 * `base/-s/past/-ing` (an empty slot skips that form, e.g. when it is also a common noun or adjective), and
 * each plain alternative in the same four slots: `verb('obtain/obtains/obtained/obtaining', 'get/gets/got/getting')`.
 * A plain verb whose past participle is not its past adds it as a fifth slot ('give/gives/gave/giving/given'):
 * the source's past then gets it after "be" or "have" and before "by" ("was submitted" → "was given",
 * "documents submitted by" → "given by"), and the past elsewhere ("she submitted it" → "gave").
 */
function verb(forms: string, ...plain: string[]): PhraseEntry[] {
  const plainForms = plain.map((p) => p.split('/'));
  const past = forms.split('/')[2];
  const hasParticiples = !!past && plainForms.some((p) => p[4] !== undefined);
  const participles = plainForms.map((p) => p[4] ?? p[2] ?? '');
  const entries = forms
    .split('/')
    .slice(0, 4)
    .flatMap((match, slot): PhraseEntry[] => {
      if (!match) return [];
      const replace = plainForms.map((p) => p[slot] ?? p[0] ?? '');
      // After an article or a demonstrative the -ing form is a verbal noun ("the obtaining of references"),
      // and a plain verb's -ing there is rarely English ("the getting of references"): the fix is a rewrite.
      if (slot === 3)
        return [
          { match, replace: [], after: VERBAL_NOUN_BEFORE },
          { match, replace },
        ];
      if (slot !== 2 || !hasParticiples) return [{ match, replace }];
      // After a determiner the past form is a participle before its noun: "the submitted documents" →
      // "the given documents", not "the gave". The first entry fails there and the second matches.
      // "the said amount" is itself legalese: «said» is no participle to offer before a noun.
      // After a noun and before a preposition or a stop it is a participle after its noun, the translated
      // «указанный в заявлении»: "the address indicated in the form" → "shown in", "documents submitted
      // after the deadline" → "given after", "as indicated above"; after a subject pronoun, the past.
      // After "this" or "that", a pronoun ("this indicated a change") or a determiner ("that submitted form"),
      // either may be meant: nothing to paste.
      const asParticiple = participles.filter((participle) => participle !== 'said');
      return [
        // Right after "be" or "have" it is the participle, also where another finding took the auxiliary ("The
        // applicant has demonstrated" → "has shown", never "has showed").
        { match, replace: participles, after: `^(?:${PARTICIPLE_AFTER}|having)$` },
        { match, replace: asParticiple, notAfter: SUBJECT_BEFORE, followedBy: PARTICIPLE_FOLLOWED_BY },
        { match, replace, notAfter: NOUN_BEFORE },
        { match, replace: [], after: '^(?:this|that)$' },
        { match, replace: asParticiple },
      ];
    });
  if (!past || !hasParticiples) return entries;
  return [
    ...entries,
    ...PARTICIPLE_AFTER.split('|').map((auxiliary) => ({
      match: past
        .split('|')
        .map((form) => `${auxiliary} ${form}`)
        .join('|'),
      replace: participles.map((participle) => `${auxiliary} ${participle}`),
    })),
    {
      match: past
        .split('|')
        .map((form) => `${form} by`)
        .join('|'),
      replace: participles.map((participle) => `${participle} by`),
      // "submitted by means of" leaves "by means of" to its own entry.
      notBefore: '^means$',
    },
  ];
}

/** A problem a few words after a verb: "encountered serious technical difficulties", "faces no obstacles". */
const PROBLEM_FOLLOWS =
  "^\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:problems?|difficult(?:y|ies)|obstacles?|issues?|barriers?|resistance|challenges?|delays?|errors?|troubles?|opposition|hostility|discrimination|risks?|hurdles?|setbacks?|complications?|shortages?)(?![\\p{L}])";

/** Words after which a verb's base form is a verb: "to", a modal, "do" or a subject pronoun. */
const BEFORE_A_BASE_VERB =
  "^(?:to|can|could|will|would|shall|should|may|might|must|cannot|do|does|did|don't|doesn't|didn't|won't|can't|not|never|i|you|we|they)$";

/**
 * The start of an object after a verb's -s form: a word in lower case that is no auxiliary, conjunction or
 * preposition ("tackles the problem", "tackles poverty"; not "tackles Saturday", "encounters will be").
 */
const OBJECT_START =
  '^\\s+(?!(?:will|would|can|could|may|might|must|shall|should|are|were|was|is|be|been|have|has|had|do|does|did|and|or|nor|but|of|in|on|at|for|with|from|to|by|that|which|who|as|than|per)(?![\\p{L}]))\\p{Ll}';

/** A determiner or a number before a word: it is a noun ("those encounters", "two tackles"). */
const DETERMINER_OR_NUMBER =
  '^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|every|each|no|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several|few|some|more|most)$';

/**
 * The forms of a verb that is also a common noun ("five total tackles", "those encounters", "a McFaull assist"),
 * as `verb` makes them, with the base and -s forms read as verbs only where a verb stands: the base after "to",
 * a modal or a subject pronoun ("to tackle", "we assist"), the -s form after "he", "she" or "it", and either
 * before what may be its object but after no determiner ("the plan tackles poverty", "staff assist the
 * public"). A noun is then not flagged at all: it is no officialese.
 */
function verbAlsoNoun(forms: string, ...plain: string[]): PhraseEntry[] {
  const [base, third] = forms.split('/');
  return verb(forms, ...plain).flatMap((entry) => {
    if (entry.match !== base && entry.match !== third) return [entry];
    return [
      { ...entry, after: entry.match === base ? BEFORE_A_BASE_VERB : '^(?:he|she|it|who|which|that)$' },
      { ...entry, followedBy: OBJECT_START, notAfter: DETERMINER_OR_NUMBER },
    ];
  });
}

/**
 * Nouns and verbs of saying, asking and deciding, up to three words before a phrase that names a topic: what
 * is said or asked is "about" it ("write to us with regard to your claim" → "about your claim").
 */
const SAYING_BEFORE =
  "(?:^|[^\\p{L}])(?:writ(?:e|es|ing|ten)|wrote|contact(?:s|ed|ing)?|ask(?:s|ed|ing)?|enquir\\p{L}*|inquir\\p{L}*|questions?|quer(?:y|ies)|information|advice|guidance|decisions?|decid(?:e|es|ed|ing)|complain(?:s|ed|ing|ts?)?|concerns?|letters?|e-?mails?|call(?:s|ed|ing)?|talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|sa(?:y|ys|id|ying)|tell(?:s|ing)?|told|hear(?:s|d|ing)?|views?|comments?|feedback|requests?|notif\\p{L}*|inform(?:s|ed|ing)?|advi[sc]\\p{L}*|consult\\p{L}*|discussions?|reports?|explain\\p{L}*|explanations?|disputes?|appeals?|rulings?|statements?|guidelines?|rules?|argu\\p{L}*|think(?:s|ing)?|thought|know|knew|known|learn\\p{L}*|read|messages?)(?:\\s+[\\p{L}'’-]+){0,3}\\s+$";

/** Help, as a noun or a verb, up to four words before a phrase that names what it is with ("help them in relation to"). */
const HELP_BEFORE =
  "(?:^|[^\\p{L}])(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|assistance|support(?:s|ed|ing)?)(?:\\s+[\\p{L}'’-]+){0,4}\\s+$";

/** Words that point at one part of what was said before ("challenges remain, in particular with regard to …"). */
const FOCUS_BEFORE =
  '(?:^|\\s)(?:in\\s+particular|particularly|especially|notably|mainly|mostly|primarily|specifically|above\\s+all)\\s*,?\\s*$';

/** After a topic that opens its sentence, a comma and the clause about it. */
const TOPIC_THEN_CLAUSE = '^\\s+[^.;:!?()–—]{1,100},\\s*\\p{L}';

/**
 * A phrase that names a topic ("with regard to"). Opening its sentence before a comma it frames what follows:
 * "As for X, …", never "About X, …". After "in particular" it narrows what came before: "on" or "in". After a
 * verb or noun of saying, asking or deciding it is "about". Elsewhere ("the level with regard to income",
 * "challenges remain with regard to") no one word fits every sentence: `otherwise`, by default nothing to paste.
 */
function topicFrame(match: string, ...otherwise: string[]): PhraseEntry[] {
  return [
    { match, replace: ['on', 'in'], precededBy: FOCUS_BEFORE },
    { match, replace: ['as for', 'for'], notAfter: '^', precededBy: '^\\s*$', followedBy: TOPIC_THEN_CLAUSE },
    { match, replace: ['about'], precededBy: SAYING_BEFORE },
    { match, replace: otherwise },
  ];
}

/** A figure a reduction is by: right after it or after "of" later in its clause ("a reduction in costs of 10%"). */
const REDUCTION_BY_FIGURE =
  '^(?:\\s+(?:about\\s+|around\\s+|some\\s+|over\\s+|almost\\s+|nearly\\s+|up\\s+to\\s+)?[\\d£$€]|[^.;:!?]*?\\sof\\s+(?:about\\s+|around\\s+|some\\s+|over\\s+|almost\\s+|nearly\\s+)?[\\d£$€])';

/** The forms of the light verbs that hide an action in a noun, `base/-s/past/-ing` and a participle unlike the past. */
const MAKE = 'make/makes/made/making';
const TAKE = 'take/takes/took/taking/taken';
const GIVE = 'give/gives/gave/giving/given';
const HAVE = 'have/has/had/having';
const CONDUCT = 'conduct/conducts/conducted/conducting';
const CARRY_OUT = 'carry out/carries out/carried out/carrying out';
const PERFORM = 'perform/performs/performed/performing';
const UNDERTAKE = 'undertake/undertakes/undertook/undertaking/undertaken';
const PROVIDE = 'provide/provides/provided/providing';
const RENDER = 'render/renders/rendered/rendering';
const REACH = 'reach/reaches/reached/reaching';
const HOLD = 'hold/holds/held/holding';
const LODGE = 'lodge/lodges/lodged/lodging';

/** Words as a pattern alternative that also matches them capitalised, as in a title-case heading. */
const eitherCase = (words: string) =>
  words
    .split(' ')
    .map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`)
    .join('|');

/**
 * The text after a verb starts a clause: "that", a subject pronoun, or up to four words and a finite verb
 * ("all fields are", "buildings are", "your passport is", "Hundreds Can Escape").
 */
const CLAUSE_FOLLOWS = `^\\s+(?:(?:${eitherCase('that')})\\b|(?:${eitherCase(
  'you we they he she i it there everyone everybody nobody',
)})\\s|(?:[\\p{L}-]+\\s+){1,4}(?:${eitherCase(
  'is are was were has have had will would should could can cannot may might must does do did gets get stays stay remains remain',
)})\\b)`;
const ENSURE = 'ensure/ensures/ensured/ensuring';

/**
 * Nouns that name a thing, not someone who acts, as the subject of a verb of intent: rules, measures, systems,
 * processes, documents. Names of bodies that act ("government", "department", "commission") are not among them.
 */
const THINGS =
  'measures?|systems?|approach(?:es)?|rules?|laws?|changes?|polic(?:y|ies)|procedures?|process(?:es)?|mechanisms?|provisions?|requirements?|steps?|programmes?|programs?|tools?|features?|technolog(?:y|ies)|schemes?|regulations?|standards?|design|frameworks?|legislation|amendments?|reforms?|arrangements?|plans?|strateg(?:y|ies)|initiatives?|projects?|models?|methods?|practices?|platforms?|software|databases?|registers?|certificates?|cards?|codes?|decrees?|orders?|resolutions?|principles?|conditions?|controls?|funding|investments?|vaccination|training|checks?|limits?|caps?|deadlines?|forms?|documents?|signatures?|passwords?|encryption|insurance|payments?|grants?|subsid(?:y|ies)|benefits?|budgets?|agreements?|contracts?|this|these|which';

/** Animals and their groups: in a sentence about them, "individuals" are no people. */
const ANIMALS =
  '^(?:animals?|species|wolf|wolves|bears?|lynx|wolverines?|whales?|birds?|fish|packs?|herds?|flocks?|colon(?:y|ies)|carnivores?|mammals?|predators?|insects?|cattle|pigs?|dogs?|cats?|deer|elephants?|tigers?|lions?|primates?|monkeys?|apes?|chimpanzees?|rats?|mice|bees?|seals?|dolphins?|sharks?|turtles?|reptiles?|frogs?|wildlife|breeding|habitats?)$';

/** What spreads from one person to another: a disease, an infection, a virus. */
const DISEASES =
  'diseases?|cases|infections?|illness(?:es)?|viruse?s?|virus|bacteria|pathogens?|parasites?|measles|flu|influenza|covid(?:-19)?|hiv|tuberculosis|malaria|hepatitis|mpox|cholera|rabies|infection';

/** A negation right before a verb: "couldn't verify", "did not verify". */
const NEGATION_BEFORE =
  "^(?:not|never|cannot|can[’']t|couldn[’']t|didn[’']t|won[’']t|wouldn[’']t|doesn[’']t|don[’']t)$";

/** Systems that are brought in, not carried out, when they are implemented: software, registers, portals. */
const SYSTEMS =
  'systems?|software|platforms?|databases?|tools?|apps?|portals?|modules?|technolog(?:y|ies)|solutions?|registers?|registr(?:y|ies)|networks?|interfaces?|websites?|services?|cards?';

/** Objects that "help" takes: people, and work that goes better with help ("facilitate the process"). */
const PERSON_OBJECTS =
  '(?:(?:the|this|that|our|their|its|your)\\s+)?(?:them|us|you|him|her|me|people|staff|users|students|pupils|residents|applicants|families|process|processes|work|progress|growth|development|trade|learning|recovery|cooperation|co-operation|communication|dialogue|discussions?|access|integration)';

/** Modal verbs, before a verb's base form. */
const MODAL = '^(?:will|would|shall|should|can|could|may|might|must)$';

/** Someone who acts with intent: a personal pronoun, a person or a body of people. */
const SOMEONE =
  '^(?:i|you|we|they|he|she|who|us|them|people|staff|officers?|officials?|employers?|employees?|managers?|teams?|governments?|councils?|departments?|ministry|ministries|agency|agencies|authorit(?:y|ies)|akimats?|commissions?|committees?|boards?|courts?|banks?|offices?|organi[sz]ations?|municipalit(?:y|ies)|parents?|users?|applicants?|companies|company|firms?|brands?|owners?|landlords?|schools?|police|volunteers?|doctors?|nurses?|teachers?|workers?)$';

/** A thing named right before a verb of intent: a noun of `THINGS`, or "it", "that" or "what" standing for one. */
const THING_BEFORE = `^(?:${THINGS}|it|that|what)$`;

/** What shows a fact rather than says it: findings, figures, signs. */
const EVIDENCE =
  '^(?:research|data|figures|results?|stud(?:y|ies)|surveys?|evidence|findings|analys[ie]s|tests?|signs?|records?|statistics|polls?|numbers|trends?|observations?|measurements?|estimates?|scans?|samples?|this|which|it)$';

/**
 * "Indicate that" as its subject tells: a person reports a claim ("he had indicated that he survived" →
 * "said that"), evidence shows a fact ("figures indicate that" → "show that"), and a participle after a comma
 * ("…, indicating that attitudes changed") shows what the clause before it found. After a name or another noun
 * ("her endorsement indicates that") either may be meant: nothing to paste.
 */
function indicateThat(): PhraseEntry[] {
  const that = '^\\s+that(?![\\p{L}])';
  const forms = ['indicate', 'indicates', 'indicated', 'indicating'];
  const says = ['say', 'says', 'said', 'saying'];
  const shows = ['show', 'shows', 'showed', 'showing'];
  const withAuxiliaries = PARTICIPLE_AFTER.split('|').map((auxiliary) => ({
    match: `${auxiliary} indicated`,
    say: `${auxiliary} said`,
    show: `${auxiliary} shown`,
  }));
  return [
    ...withAuxiliaries,
    ...forms.map((match, slot) => ({ match, say: says[slot] ?? '', show: shows[slot] ?? '' })),
  ].flatMap(({ match, say, show }): PhraseEntry[] => [
    { match, replace: [say], after: SOMEONE, followedBy: that },
    { match, replace: [show], after: EVIDENCE, followedBy: that },
    // No word right before it: a participle after a comma.
    ...(match === 'indicating' ? [{ match, replace: [show], notAfter: '^', followedBy: that }] : []),
    { match, replace: [], followedBy: that },
  ]);
}

/**
 * "Submit" with "in person" later in its sentence: nothing is sent in person. An application, a claim or an
 * appeal is made ("Submit an application … through egov.kz or in person" → "Make an application"); other things
 * are handed in or posted, which the sentence's other means may contradict: nothing to paste.
 */
function submitInPerson(): PhraseEntry[] {
  const made = `^(?=${IN_PERSON_AFTER.slice(1)})\\s+(?:(?:an?|the|your|their|his|her|its|our|this|that|any)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}(?:${MADE_REQUESTS})(?![\\p{L}])`;
  const forms = ['submit', 'submits', 'submitted', 'submitting'];
  const makes = ['make', 'makes', 'made', 'making'];
  return forms.flatMap((match, slot): PhraseEntry[] => [
    { match, replace: [makes[slot] ?? ''], followedBy: made },
    { match, replace: [], followedBy: IN_PERSON_AFTER },
  ]);
}

/**
 * "Conclude" a contract or an agreement is to sign it («заключить договор»): before the contract ("conclude a gas
 * supply contract" → "sign"), after it as a participle ("a contract concluded with" → "signed"), and its passive
 * right after it as the subject of its clause ("The contract is concluded" → "is signed"; "the inquiry into the
 * contract was concluded" ended). A clause after "concluded that" is a finding, not a contract, so no function
 * word may stand between the verb and the contract's noun but a determiner.
 */
function concludeAContract(): PhraseEntry[] {
  const contract = '(?:contracts?|agreements?|leases?|treat(?:y|ies))(?![\\p{L}])';
  const objectAfter = `^\\s+(?:(?:an?|the|your|their|his|her|its|our|any|such|new)\\s+)?(?:(?!(?:that|which|whether|if|the|a|an|with|to|on|in|by|for)\\s)[\\p{L}'’-]+\\s+){0,3}${contract}`;
  const forms = ['conclude', 'concludes', 'concluded', 'concluding'];
  const signs = ['sign', 'signs', 'signed', 'signing'];
  return [
    ...forms.map((match, slot) => ({ match, replace: [signs[slot] ?? ''], followedBy: objectAfter })),
    { match: 'concluded', replace: ['signed'], after: `^${contract}$` },
    ...PARTICIPLE_AFTER.split('|').map((auxiliary) => ({
      match: `${auxiliary} concluded`,
      replace: [`${auxiliary} signed`],
      precededBy: `${CLAUSE_OPENS}(?:(?:the|a|an|this|that|these|those|such|your|their|our|each|every|any|all)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}${contract}\\s+$`,
    })),
  ];
}

/** "Give consent to" in each form, with or without a possessive: "agree to" in the same form. */
function giveConsentTo(): PhraseEntry[] {
  const gives = ['give', 'gives', 'gave', 'giving', 'given'];
  const agrees = ['agree', 'agrees', 'agreed', 'agreeing', 'agreed'];
  const possessives = ['', 'your ', 'their ', 'his ', 'her ', 'my ', 'our ', 'its '];
  return gives.map((give, slot) => ({
    match: possessives.map((possessive) => `${give} ${possessive}consent to`).join('|'),
    replace: [`${agrees[slot] ?? ''} to`],
  }));
}

/** What is set up when it is established: a body, a fund, a scheme, a system, a place of work; a trust, not trust. */
const SET_UP =
  'committees?|commissions?|councils?|boards?|bod(?:y|ies)|agenc(?:y|ies)|offices?|units?|teams?|groups?|panels?|task\\s+forces?|forums?|networks?|companies|company|firms?|business(?:es)?|charit(?:y|ies)|foundations?|funds?|trusts|(?<=(?:a|the|new|charitable|family|housing|its|our|their|this|each|one)\\s+)trust|schemes?|programmes?|programs?|systems?|registers?|databases?|websites?|portals?|accounts?|centres?|centers?|clinics?|hospitals?|schools?|colleges?|universit(?:y|ies)|facilit(?:y|ies)|services?|bases?|camps?|posts?|branch(?:es)?|stations?|hotlines?|helplines?|partnerships?|mechanisms?|frameworks?|procedures?|processes|structures?|institutions?|organi[sz]ations?|authorit(?:y|ies)|departments?|ministr(?:y|ies)|courts?|tribunals?|zones?|reserves?|parks?|colon(?:y|ies)|settlers?|shops?|factor(?:y|ies)|plants?|laborator(?:y|ies)|labs?';

/** What lays down a duty: a law, a rule, a ban. */
/** Things that happen and are reported, not sent: "a change … which was not notified to this office". */
const REPORTED_EVENTS =
  '(?:changes?|incidents?|accidents?|events?|loss(?:es)?|thefts?|damage|absences?|deaths?|births?|breach(?:es)?|faults?|illness(?:es)?|injur(?:y|ies)|outbreaks?|cases?)(?![\\p{L}])';

/** Auxiliaries and adverbs between a subject and its form of "be", then that form: "will then be", "are". */
const AUXILIARIES_THEN_BE = String.raw`(?:\s+(?:will|would|shall|should|can|could|may|might|must|not|have|has|had|also|then|always|never|now|soon|already|still|\p{L}+ly))*\s+(?:is|are|was|were|be|been|being)(?:\s+(?:also|then|always|never|now|soon|already|still|\p{L}+ly))*\s*$`;

/** The text before a participle whose passive has `subjects` (a pattern) for its subject: "Applicants will be". */
const subjectThenBe = (subjects: string) => String.raw`(?:^|[^\p{L}'’])(?:${subjects})${AUXILIARIES_THEN_BE}`;

/** Nouns for people in the roles an agency writes to: "applicants", "the scholar", "staff". */
const PERSON_NOUNS =
  '(?:applicant|resident|tenant|landlord|customer|parent|carer|claimant|bidder|scholar|student|pupil|candidate|recipient|owner|employer|employee|member|user|patient|household|person|individual|holder|trader|driver|visitor|worker)s?|people|staff|famil(?:y|ies)';

/**
 * Bodies a text names in the third person, which act on their own: "the police are obliged to attend" is no
 * "we", whoever publishes the text.
 */
const OTHER_BODIES =
  '(?:police(?:\\s+officers?)?|officers?|courts?|judges?|bailiffs?|authorities|inspectors?|prosecutors?|social\\s+workers?)';

/**
 * A clause whose subject is people other than the reader and the agency ("residents are required to", "the
 * employer must", "they will"), not told or sent something by the agency ("applicants will be sent").
 */
const THIRD_PARTY_ACTS = `(?:(?:the|all|any|each|every|most|some|local|affected|relevant|competent)\\s+)?(?:${PERSON_NOUNS}|${OTHER_BODIES}|they|he|she)(?![\\p{L}])(?![^,;.]*\\b(?:be|been|is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:sent|given|told|informed|notified|contacted|invited|issued|paid|refunded|offered|emailed|called)\\b)`;

/**
 * A body named in the third person and its verb: "the Registry will", "HM Land Registry decides", "HMRC sends".
 * Case-sensitive (a `followedBy` pattern): the capital names it.
 */
const NAMED_BODY_ACTS = String.raw`(?:[Tt]he\s+\p{Lu}[\p{L}'’-]*|\p{Lu}{2,}|HM\s+\p{Lu}[\p{L}'’-]*)(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’-]*)*\s+(?:will|shall|must|may|can|should|would|is|are|has|have|\p{Ll}+s)(?![\p{L}])`;

/**
 * A subject that is people or a body that can be told something: "Applicants will be notified" → "be told";
 * "Any amendments will be notified" tells no one.
 */
const PEOPLE_BE_BEFORE = subjectThenBe(
  `you|we|they|he|she|i|who|whom|everyone|anyone|someone|${PERSON_NOUNS}|(?:council|school|office|department|provider|bank|insurer|lender|court|doctor|gp)s?|authorit(?:y|ies)|part(?:y|ies)|police|hmrc|dvla|dwp`,
);

/** What is announced when it is "notified": a change to a notice, a date, a result. */
const ANNOUNCED =
  '(?:amendments?|updates?|revisions?|variations?|dates?|times?|venues?|results?|outcomes?|details|arrangements|timetables?|deadlines?|closures?)(?![\\p{L}])';
const ANNOUNCED_BE_BEFORE = subjectThenBe(ANNOUNCED);

/** The words of an object before its noun: a determiner or two, then up to two words that are no preposition. */
const OBJECT_WORDS_BEFORE_NOUN =
  "(?:(?:the|a|an|any|all|both|each|every|your|our|their|his|her|its|this|these|those|such|some|other|relevant|local|appropriate)\\s+){0,2}(?:(?!(?:of|to|for|about|in|into|with|from|by|at|on|and|or|that|which|who)\\s)[\\p{Ll}'’-]+\\s+){0,2}?";

/** An object after a verb whose noun is one of `nouns` (a pattern): "the amendments", "any change". */
const objectOf = (nouns: string) => `^\\s+${OBJECT_WORDS_BEFORE_NOUN}(?:${nouns})`;

/**
 * What follows a verb of telling that "tell" can take: a person or a body ("the council", "us", "your GP",
 * "HMRC"), or no object at all ("notify promptly", "notify in writing"). "Notify the changes" tells no one.
 */
const TOLD_OR_NO_OBJECT = `^(?:\\s*(?:[.,;:!?)]|$)|\\s+(?:(?:us|them|you|him|her|me|everyone|everybody|anyone|anybody|someone|somebody|in|within|by|immediately|promptly|straight|at|as|and|or|if|when|before|after|without|on|via|through|\\p{L}+ly)(?![\\p{L}])|${OBJECT_WORDS_BEFORE_NOUN}(?:${PERSON_NOUNS}|(?:council|school|office|department|provider|bank|insurer|lender|court|doctor|gp|team|centre|center|service|tribunal|registrar|manager|officer|inspector|head|proprietor|operator|occupier|keeper|client|guest|neighbour|neighbor|relative|partner|friend|child|agency|party)s?|children|agencies|parties|authorit(?:y|ies)|bod(?:y|ies)|ministr(?:y|ies)|organi[sz]ations?|institutions?|police)(?![\\p{L}])|(?:(?:the|your|our|their|his|her|its|this|any|each|every)\\s+)?\\p{Lu}))`;

/** A form of "be" and any adverbs after it, at the end of the text before a participle: "is then", "be". */
const BE_BEFORE = String.raw`(?:^|[^\p{L}'’])(?:is|are|was|were|be|been|being)(?:\s+(?:also|then|always|never|now|soon|already|still|not|\p{L}+ly))*\s*$`;

/** What an agency sends its reader, which the reader gets: "this notice", "the decision". */
const SENT_NOTICE =
  '^\\s+(?:(?:this|the|that|our|a|an|each|any|your)\\s+)?(?:(?:written|official|tax|final|formal|court)\\s+)?(?:notices?|letters?|decisions?|notifications?|repl(?:y|ies)|answers?|messages?|demands?|invoices?|bills?|orders?|summons|rulings?|judge?ments?|results?|certificates?|responses?|refusals?|warnings?|reminders?)\\b';

const LAW_NOUNS =
  'laws?|legislation|rules?|regulations?|acts?|bills?|directives?|bans?|polic(?:y|ies)|treat(?:y|ies)|statutes?|ordinances?|decrees?|contracts?|conventions?|constitutions?';

/**
 * The words of an object's own phrase before its noun, up to three: determiners, adjectives, a quantity ("a
 * number of"), an opening quote ("a new “noise ordinance”"). Not a preposition, after which the noun is another
 * phrase's: "implement the report on tax", "establish contact with the committee".
 */
const OWN_WORDS_BEFORE_NOUN = `(?:a\\s+(?:number|range|series|couple|variety|set)\\s+of\\s+)?(?:(?!(?:of|on|to|for|about|in|into|with|from|by|at|under|among|between|across)\\s)[“‘"']?[\\p{L}'’-]+\\s+){0,3}[“‘"']?`;

/** Ideas that a thinker or a work may anticipate, that is come before: theories, discoveries, fields of study. */
const IDEAS =
  'theor(?:y|ies)|ideas?|concepts?|notions?|discover(?:y|ies)|inventions?|insights?|calculus|algebra|relativity|evolution|darwinism|modernism|cubism|impressionism';

/** What is brought in, not carried out, when it is implemented: a law, a restriction, a limit, a reform, a tax. */
const BROUGHT_IN = `${LAW_NOUNS}|restrictions?|controls?|sanctions?|measures?|quotas?|tariffs?|limits?|caps?|reforms?|tax(?:es)?`;

/**
 * With one of `LAW_NOUNS` as its subject, "require" obliges ("a law requiring a report"), as does a condition, a
 * notice or an order ("a condition will be imposed requiring the planting of a tree"): "needing" reads as a lack.
 */
const LAWS = `^(?:${LAW_NOUNS}|conditions?|notices?|orders?)$`;

/**
 * An object and a "to" infinitive after a verb: a duty laid on someone ("require supermarkets to distribute",
 * "required them to distinguish"). "A passport to enter" and "the 50% required for the vote to count" are what
 * is needed; "access to the site" is no infinitive, nor is "prior to commencement" ("clearance is required prior
 * to commencement" is needed before it): "to" after "prior", "due", "according" … is a preposition's.
 */
const OBJECT_THEN_INFINITIVE =
  "^\\s+(?!(?:a|an|to|for)\\s)(?:[\\p{L}'’-]+\\s+){0,3}(?!(?:order|prior|due|according|pursuant|owing|subject|addition|relation|regard|respect|reference|up|next|close|contrary|thanks|compared|as)\\s)[\\p{L}'’-]+\\s+to\\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|your|my)\\s)\\p{L}";

/**
 * A light verb and the noun that holds the action, in every form of each of `lightVerbs` (`base/-s/past/-ing`,
 * and the participle where it is not the past: "given", "taken"), each offered the plain verbs (`base/-s/past/-ing`,
 * whose past is also their participle) in the same form: "The council gave consideration to" → "considered",
 * "has taken a decision" → "has decided", "carrying out an inspection" → "inspecting". `nouns` lists the words
 * after the verb (`a review of|the review of`): a noun whose plain verb takes its object directly keeps its "of"
 * in the phrase ("conducted a review of the rules" → "reviewed the rules", never "reviewed of the rules").
 */
/**
 * Another noun phrase coordinated with the light verb's noun ("carried out an inspection and a review of",
 * "made a decision, an announcement"), which the plain verb would leave without a verb ("inspected and a
 * review of"): the phrase is flagged with nothing to paste. A verb after "and" ("made a decision and left") is
 * no noun phrase, and a comma before "the" mostly ends a clause ("Having carried out an inspection, the officer").
 * A bare plural after "and" before a stop or a preposition is a noun too ("carried out inspections and repairs");
 * a verb there ("carries out an inspection and reports to the board") only loses its paste.
 * Nor is a noun phrase with its own verb a few words on: it is the subject of a new clause ("carry out an
 * investigation and a full response will be provided").
 */
const COORDINATED_NOUN =
  "^(?:\\s*,\\s*(?:a|an)\\s|\\s+(?:and|or|as well as|plus)\\s+(?:(?:a|an|the|its|their|his|her|our|your|some|any|other)\\s(?!(?:[\\p{L}'’-]+\\s+){1,4}(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|shall)\\s)|\\d|[\\p{L}-]+s(?=\\s*[.,;:!?)]|\\s+(?:of|on|in|at|to|for|with|by|from)(?![\\p{L}]))))";

/**
 * Another noun phrase after a few words and "and" or "or", which shares the light verb ("will make a decision in
 * May and an announcement in June"): "decide in May and an announcement in June" would leave it without a verb.
 * "And the …" mostly starts a clause of its own ("made a decision on Monday and the council announced it").
 */
const GAPPED_NOUN = "^(?:\\s+[\\p{L}\\d'’-]+){1,4},?\\s+(?:and|or)\\s+(?:a|an|another)\\s";

/**
 * A relative clause that refers back to the light verb's noun ("held a meeting with residents, during which
 * …"): "met residents, during which" leaves "which" nothing to refer to.
 */
const NOUN_REFERRED_TO =
  "^(?:\\s+[\\p{L}\\d'’-]+){0,6},?\\s+(?:during|at|in|after|following|through|since|before)\\s+which\\b";

/** The text after a light verb's preposition that says it again after "and" or "or" within a few words. */
const repeatedPreposition = (preposition: string) => {
  let pattern = REPEATED_PREPOSITION.get(preposition);
  if (pattern === undefined) {
    pattern = `^(?:\\s+[\\p{L}\\d'’-]+){1,4},?\\s+(?:and|or)\\s+${preposition}(?![\\p{L}])`;
    REPEATED_PREPOSITION.set(preposition, pattern);
  }
  return pattern;
};
/** One pattern per preposition: thousands of light-verb entries share a few. */
const REPEATED_PREPOSITION = new Map<string, string>();

function lightVerb(lightVerbs: readonly string[], nouns: string, ...plain: string[]): PhraseEntry[] {
  const plainForms = plain.map((parts) => parts.split('/'));
  return lightVerbs.flatMap((parts) => {
    const forms = parts.split('/');
    const seen = new Set<string>();
    return forms.flatMap((form, slot): PhraseEntry[] => {
      if (!form || seen.has(form)) return [];
      seen.add(form);
      // The participle is the plain verbs' past.
      const plainSlot = slot === 4 ? 2 : slot;
      const match = nouns
        .split('|')
        .map((noun) => `${form} ${noun}`)
        .join('|');
      // "had an impact on policy and on spending": the preposition said again after "and" is the noun's, which
      // "affected policy and on spending" would leave without it.
      const repeated = nouns.split('|').flatMap((noun) => {
        const preposition = /\s(on|to|of|for|with|into|about)$/u.exec(noun)?.[1];
        return preposition
          ? [{ match: `${form} ${noun}`, replace: [], followedBy: repeatedPreposition(preposition) }]
          : [];
      });
      return [
        ...repeated,
        { match, replace: [], followedBy: COORDINATED_NOUN },
        { match, replace: [], followedBy: GAPPED_NOUN },
        { match, replace: [], followedBy: NOUN_REFERRED_TO },
        { match, replace: plainForms.map((p) => p[plainSlot] ?? p[0] ?? '') },
      ];
    });
  });
}

/**
 * A light verb's participle and its noun after each form of "be" ("is taken into account"), offered the plain
 * participle after the same "be" ("is considered"): the finding covers the passive, which is then not flagged
 * a second time beside it. `participles` pairs with `plain` by index within each `|`-separated group: the
 * n-th phrase gets `plain[n]`, or the last one.
 */
function passiveLightVerb(participles: string, ...plain: string[]): PhraseEntry[] {
  const phrases = participles.split('|');
  const finite = ['is', 'are', 'was', 'were'];
  const bes = [...finite.flatMap((be) => [`${be} being`, `${be} not`]), ...finite, 'be', 'been', 'being'];
  return bes.flatMap((be) =>
    phrases.map((phrase, n) => e(`${be} ${phrase}`, `${be} ${plain[n] ?? plain.at(-1) ?? ''}`)),
  );
}

/**
 * The light verb's noun after an adjective ("gave careful consideration to", "conducted a thorough review of"):
 * each adjective of `adverbs` with the adverb that says the same of the plain verb, put before it ("carefully
 * considered", "thoroughly reviewed"), or null where no adverb reads right ("a detailed review of", "a final
 * decision"): then the phrase is flagged with nothing to paste. The article goes with the adjective ("an
 * assessment of" → "a thorough assessment of"). Adjectives not listed are left alone: "made a good decision"
 * is plain English.
 */
function withAdjectives(
  adverbs: Readonly<Record<string, string | null>>,
  lightVerbs: readonly string[],
  nouns: string,
  ...plain: string[]
): PhraseEntry[] {
  return Object.entries(adverbs).flatMap(([adjective, adverb]) => {
    const article = takesAn(adjective) ? 'an' : 'a';
    const described = nouns
      .split('|')
      .map((noun) => {
        const [first = '', ...rest] = noun.split(' ');
        if (first === 'a' || first === 'an') return [article, adjective, ...rest].join(' ');
        if (first === 'the') return ['the', adjective, ...rest].join(' ');
        return [adjective, first, ...rest].join(' ');
      })
      .join('|');
    const plainWithAdverb = adverb
      ? plain.map((forms) =>
          forms
            .split('/')
            .map((form) => `${adverb} ${form}`)
            .join('/'),
        )
      : [];
    return lightVerb(lightVerbs, described, ...plainWithAdverb);
  });
}

/**
 * Adjectives of a light verb's noun (`withAdjectives`) and the adverbs that say the same of the plain verb;
 * null where none reads right ("a detailed review" is not "detailedly reviewed", "a final decision" is not
 * "finally decided", which means "at last").
 */
const CHECK_ADVERBS = {
  thorough: 'thoroughly',
  full: 'fully',
  careful: 'carefully',
  independent: 'independently',
  comprehensive: 'comprehensively',
  close: 'closely',
  brief: 'briefly',
  formal: 'formally',
  regular: 'regularly',
  quick: 'quickly',
  urgent: 'urgently',
  joint: 'jointly',
  detailed: null,
  further: null,
  preliminary: null,
  initial: null,
} as const;
const CONSIDERATION_ADVERBS = {
  careful: 'carefully',
  serious: 'seriously',
  full: 'fully',
  proper: 'properly',
  due: null,
  further: null,
  special: null,
} as const;
const IMPACT_ADVERBS = {
  significant: 'significantly',
  direct: 'directly',
  positive: 'positively',
  negative: 'negatively',
  serious: 'seriously',
  adverse: 'adversely',
  profound: 'profoundly',
  dramatic: 'dramatically',
  major: 'greatly',
  big: 'greatly',
  huge: 'greatly',
} as const;
/**
 * A decision's light-verb entries, each first with nothing to paste before "on" or "about": "decide on X" is
 * choosing X, so "made a decision on your claim" is no "decided on your claim" (and "decided your claim" reads
 * as a ruling). Before "to", "that", a stop or a day the plain verb stays.
 */
function notDecidedOn(entries: PhraseEntry[]): PhraseEntry[] {
  // A day or a date after "on" is when, not what: "make a decision on Monday" is "decide on Monday".
  const when =
    '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\\d|the\\s+\\d';
  // Nor is "on your behalf", for whom: "to make a decision on your behalf" is "to decide on your behalf".
  const forWhom = "(?:[\\p{L}'’]+\\s+){0,2}behalf";
  const followedBy = `^\\s+(?:(?:on|upon)\\s+(?!(?:${when}|${forWhom})(?![\\p{L}]))|(?:about|regarding|concerning)(?![\\p{L}]))`;
  return entries.flatMap((entry) =>
    entry.replace.length && !entry.followedBy ? [{ ...entry, replace: [], followedBy }, entry] : [entry],
  );
}

// Not "final": "made a final decision" is idiom, and "finally decided" means "at last".
const DECISION_ADVERBS = { quick: 'quickly', joint: 'jointly', formal: 'formally' } as const;
const ACTION_ADVERBS = {
  immediate: 'immediately',
  swift: 'swiftly',
  urgent: 'urgently',
  prompt: 'promptly',
  quick: 'quickly',
} as const;
const EXPLANATION_ADVERBS = { brief: 'briefly', full: 'fully', clear: 'clearly', detailed: null } as const;

/** Whether a word is said with a vowel sound first, so that it takes "an": "an extra", "a use", "a one-off". */
const takesAn = (word: string) =>
  /^(?:[aeio]|u(?!ni|s[aeiu]|ti|r[aeiou]|k)|hour|honest|hono)/iu.test(word) &&
  !/^(?:one|once|eu)/iu.test(word);

/** Replacements that cannot follow "a" or "an": "an additional fee" is not "an more fee". */
const NO_ARTICLE_BEFORE = /^(?:the|this|these|more|most|many|much|some|several|enough|not|as)\b/iu;

/**
 * An adjective or a noun, and the same after "a" or "an" with the article its replacements take: "an
 * additional fee" → "an extra fee", "a supplementary form" → "an extra form", "an erroneous entry" → "a wrong
 * entry". Replacements that take no article ("more") are not offered after one.
 */
function afterArticle(entry: PhraseEntry): PhraseEntry[] {
  const replace = entry.replace
    .filter((replacement) => !NO_ARTICLE_BEFORE.test(replacement))
    .map((replacement) => `${takesAn(replacement) ? 'an' : 'a'} ${replacement}`);
  const phrases = entry.match.split('|').map((phrase) => `a ${phrase}|an ${phrase}`);
  return replace.length ? [{ ...entry, match: phrases.join('|'), replace }, entry] : [entry];
}

/**
 * `entry` where the text after it also matches `pattern` (anchored with `^`), besides its own `followedBy`:
 * "deployed staff to the border" is sent there; "deployed staff to cut queues" used them.
 */
const alsoFollowedBy = (entry: PhraseEntry, pattern: string): PhraseEntry => ({
  ...entry,
  followedBy: `^(?=${pattern.replace(/^\^/u, '')})${entry.followedBy?.replace(/^\^/u, '') ?? ''}`,
});

/**
 * A word of the noun phrase before its head: the head is the first noun, so a word that opens another phrase
 * ("the rules on minimum standards") ends the search before a later noun; "and" may join two modifiers
 * ("road safety and environmental standards").
 */
const WORDS_BEFORE_HEAD = String.raw`(?:(?!(?:of|on|for|in|under|to|by|from|as|that|which|set)\s)[\p{L}'’-]+\s+)`;

/** The words before "expedited" that make it an adjective: "the expedited procedure", "our expedited service". */
const EXPEDITED_ADJECTIVE_AFTER =
  "^(?:the|this|that|these|those|its|their|our|your|his|her|any|each|every|no|such|an?|\\p{L}+['’]s?)$";

/** The words after which "expedited" is the verb: a subject, an auxiliary, a modal ("We expedited delivery"). */
const EXPEDITED_VERB_AFTER =
  '^(?:i|we|you|they|he|she|it|who|which|that|has|have|had|was|were|is|are|be|been|being|will|would|can|could|may|might|must|shall|should|not|also|then|further|recently|already)$';

/** A word after "expedited" that is no determiner, pronoun, particle or preposition: its noun ("delivery"). */
const EXPEDITED_BARE_NOUN =
  "^\\s+(?!(?:the|a|an|this|that|these|those|its|their|our|your|his|her|him|them|it|us|me|you|my|any|some|all|each|every|no|by|to|in|on|for|with|at|from|as|and|or|but|up|out|through|under|if|when|so)(?![\\p{L}'’-]))\\p{L}";

/** The procedures "fast-track" names: "an expedited service" → "a fast-track service". */
const EXPEDITED_PROCEDURE =
  '^\\s+(?:services?|procedures?|process(?:es)?|processing|applications?|routes?|schemes?|appeals?|hearings?|reviews?|examinations?|registration|issuance|issue|track)(?![\\p{L}])';

/**
 * `entry`, but not as a heading of its own: "Making a complaint" on a line with no full stop is the standard
 * GOV.UK and NHS heading, where "Complaining" alone reads as moaning and a careful editor keeps it. Only the
 * "-ing" form opens such a heading; in running text, or after a word ("Tips on making a complaint"), it stays.
 */
function notAsHeading(entry: PhraseEntry): PhraseEntry[] {
  if (!entry.match.startsWith('making ')) return [entry];
  return [{ ...entry, precededBy: '[^\\s][ \\t]*$' }, alsoFollowedBy(entry, '^(?![^.!?\\n]*(?:\\n|$))')];
}

/** Nouns that "assisted" before them makes the name of a service: "assisted collection", "assisted living". */
const ASSISTED_SERVICE =
  '(?:bin\\s+|waste\\s+|refuse\\s+)?(?:collections?|living|dying|suicide|digital|reproduction|conception|places?|travel|housing|lifts?|boarding|deliver(?:y|ies))(?![\\p{L}])';

/**
 * Verbs whose -ing form after "for the purpose of" becomes "to" and the base: "of checking" → "to check"; an
 * officialese verb takes its plain one (`assist:help`: "of assisting" → "to help").
 */
const PURPOSE_VERBS =
  'assist:help help check confirm verify:check prove identify contact process assess review consider decide determine make take give get obtain:get apply claim pay send receive collect use provide support enable allow prevent protect avoid reduce improve meet comply record report keep store share register vote find see show explain calculate investigate detect monitor manage deliver carry buy sell travel study work visit access request';

/** The -ing form of one of `PURPOSE_VERBS`: a final silent "e" drops, a short verb doubles its consonant. */
function ingForm(base: string): string {
  if (/^(?:get|stop|plan|shop|travel)$/u.test(base)) return `${base}${base.at(-1)}ing`;
  if (/[^e]e$/u.test(base) && base !== 'see') return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** Nouns in -ing that "for the purpose of" may name: "for the purposes of housing benefit" → "for". */
const ING_NOUNS =
  '(?:housing|planning|funding|training|building|parking|licensing|banking|accounting|marketing|learning|lending|policing|nursing|shipping|fishing|farming|mining|catering|heating|lighting|clothing|bedding|boarding|schooling|childminding|fostering|safeguarding|recruiting|something|anything|nothing|everything)';

/** Verbs that follow "the applicant" in service standards, with a plain verb where the verb is officialese. */
const APPLICANT_VERBS: Record<string, string> = {
  apply: 'apply',
  pay: 'pay',
  send: 'send',
  sign: 'sign',
  receive: 'get',
  get: 'get',
  bring: 'bring',
  fill: 'fill',
  choose: 'choose',
  need: 'need',
  want: 'want',
  attach: 'attach',
  provide: 'provide',
  register: 'register',
  lose: 'lose',
  change: 'change',
  live: 'live',
  work: 'work',
  agree: 'agree',
  refuse: 'refuse',
  make: 'make',
  take: 'take',
  give: 'give',
  go: 'go',
  come: 'come',
  call: 'call',
  contact: 'contact',
  visit: 'visit',
  write: 'write',
  appeal: 'appeal',
  enter: 'enter',
  upload: 'upload',
  keep: 'keep',
  own: 'own',
  hold: 'hold',
  travel: 'travel',
  return: 'return',
  leave: 'leave',
  check: 'check',
  request: 'ask for',
  confirm: 'confirm',
  wish: 'want',
  submit: 'send',
  obtain: 'get',
  indicate: 'give',
  specify: 'give',
  present: 'show',
  complete: 'fill in',
  reside: 'live',
  notify: 'tell',
  inform: 'tell',
  select: 'choose',
  undergo: 'go through',
  use: 'use',
  open: 'open',
  print: 'print',
  read: 'read',
  see: 'see',
  know: 'know',
  meet: 'meet',
  answer: 'answer',
  reply: 'reply',
};

/** The present tense of "he" and "she": "applies", "goes", "pays". */
const thirdPerson = (verb: string) =>
  /(?:s|sh|ch|x|z|o)$/u.test(verb)
    ? `${verb}es`
    : /[^aeiou]y$/u.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;

/** "Be", "have" and "do" of "he" and "she", and of "you". */
const IRREGULAR_PRESENT: [string, string][] = [
  ['is', 'are'],
  ['was', 'were'],
  ['has', 'have'],
  ['does', 'do'],
  ["isn't", "aren't"],
  ["wasn't", "weren't"],
  ["hasn't", "haven't"],
  ["doesn't", "don't"],
];

/**
 * The reader as officialese names them, each with the other wordings offered beside "you": the calque of
 * «услугополучатель», and "the applicant" (GOV.UK: address the user as "you").
 */
const READERS: [string, ...string[]][] = [['the service recipient', 'the applicant'], ['the applicant']];

/**
 * `subject` (the applicant, «услугополучатель» in translation) with its verb → "you" and the verb that
 * agrees with "you" ("The applicant is notified" → "You are", "The applicant submits" → "You send"), then
 * `subject` alone for other verbs ("the applicant must" → "you"); `others` follow "you" as they are.
 */
/**
 * Words later in the sentence that go on naming the reader in the third person: "he or she", "himself or
 * herself", "their", or `subject` again. Pasted alone, "you" would leave them pointing at someone else ("you
 * must show that he or she has funds", "where you cannot …, confirm the identity of the applicant").
 */
const thirdPersonAfter = (subject: string) =>
  `(?<![\\p{L}])(?:[Hh]e|[Ss]he|him|her|hers|his|himself|herself|their|theirs|themselves|themself|${subject})(?![\\p{L}])`;

/**
 * `entries`, each with a twin before it that pastes nothing where the sentence goes on with `thirdPersonAfter`,
 * and another where `subject` came earlier in the sentence: that one was left without "you" for this one, and
 * "your" here would mix the persons ("the applicant must submit … a document confirming your address").
 */
function unlessThirdPersonFollows(subject: string, entries: PhraseEntry[]): PhraseEntry[] {
  return entries.flatMap((entry) =>
    entry.replace.length
      ? [
          {
            ...entry,
            replace: [],
            precededBy: entry.precededBy
              ? `^(?=[\\s\\S]*?(?<![\\p{L}])${subject}(?![\\p{L}]))[\\s\\S]*?(?:${entry.precededBy})`
              : `(?<![\\p{L}])${subject}(?![\\p{L}])`,
          },
          {
            ...entry,
            replace: [],
            // Where the entry has a `followedBy` of its own, the twin must meet it too.
            followedBy: entry.followedBy
              ? `^(?=[\\s\\S]*?${thirdPersonAfter(subject)})[\\s\\S]*?(?:${entry.followedBy})`
              : thirdPersonAfter(subject),
          },
          entry,
        ]
      : [entry],
  );
}

/**
 * A text that names the one `subject` stands for ("The applicant, Northmoor Waste Ltd, …", "Northmoor Waste Ltd
 * (the applicant)", "Applicant: J Smith", "the application made by Northmoor Waste Ltd") speaks of a third
 * party, not to its reader: a notice to the public, where "proposed by the applicant" → "by you" changes who
 * proposes. There the noun is the right word, and no finding is made.
 */
function namedElsewhere(subject: string): string {
  const noun = subject.split(' ').at(-1) ?? subject;
  const Noun = `[${noun[0]?.toUpperCase()}${noun[0]}]${noun.slice(1)}`;
  const name = '(?!You\\b|Your\\b|We\\b|Us\\b|Our\\b)\\p{Lu}';
  return [
    `[Tt]he ${Noun},[ \\u00a0]+${name}`,
    `\\([ \\u00a0]*["“'‘]?[Tt]he ${Noun}["”'’]?[ \\u00a0]*\\)`,
    `(?:^|\\n)[ \\t]*${noun[0]?.toUpperCase()}${noun.slice(1)}s?:[ \\t]*${name}`,
    ...(noun === 'applicant'
      ? [`[Aa]pplications?(?: (?:submitted|made|lodged|received))? (?:by|from) ${name}`]
      : []),
  ].join('|');
}

/** `entries` that match only in a text that does not name the one `subject` stands for (`namedElsewhere`). */
function unlessNamedElsewhere(subject: string, entries: PhraseEntry[]): PhraseEntry[] {
  const notNamed = `^(?![\\s\\S]*(?:${namedElsewhere(subject)}))`;
  return entries.map((entry) => ({
    ...entry,
    inText: entry.inText ? `${notNamed}(?=[\\s\\S]*?(?:${entry.inText}))` : notNamed,
  }));
}

function addressTheReader(subject: string, ...others: string[]): PhraseEntry[] {
  const agreeing = (written: string, plain: string, plainThird: string): PhraseEntry => ({
    ...e(`${subject} ${written}`, `you ${plain}`, ...others.map((other) => `${other} ${plainThird}`)),
    notAfter: PREPOSITION,
  });
  return unlessThirdPersonFollows(subject, [
    // "in the name of the applicant or partner": "of you" is no English ("in your name"), and "you or partner"
    // leaves the other noun without the article it had from "the"; the wording needs a rewrite.
    { ...e(subject), after: '^of$' },
    { ...e(subject), followedBy: ALONGSIDE_A_BARE_NOUN },
    // After a preposition the reader is no subject, and the verb after is another's: "the fee for the applicant
    // is 500 tenge" → "the fee for you is", never "for you are".
    { ...e(subject, 'you', ...others), after: PREPOSITION },
    // "The applicant is obliged to" leaves "is obliged to" → "must" to its own entry.
    ...IRREGULAR_PRESENT.map(([written, plain]) => ({
      ...agreeing(written, plain, written),
      notBefore: OFFICIALESE_AFTER_BE,
    })),
    ...Object.entries(APPLICANT_VERBS).map(([verb, plain]) =>
      agreeing(thirdPerson(verb), plain, plain.replace(/^\S+/u, thirdPerson)),
    ),
    // "The applicant who applied first" is one of many: another person, not the reader. Before a verb of
    // "he" or "she" not listed above, "you" alone would paste "You bears"; such a verb is left as it is. Before
    // a past, the text tells what a particular applicant did ("The applicant submitted the form late"): a
    // court's or a news item's, not the reader's.
    {
      ...e(subject, 'you', ...others),
      notBefore: `^(?:who|whom|whose|that|which|with|[a-z]*[^su's]s|${PAST_VERB})$`,
    },
  ]);
}

/** "or"/"and" and a noun without a determiner of its own, which shared "the" of the phrase before: "or partner". */
const ALONGSIDE_A_BARE_NOUN =
  '^\\s+(?:or|and)\\s+(?!(?:the|a|an|your|you|his|her|its|our|my|this|that|these|those|any|each|every|all|some|no|we|they|he|she|it|us|them|me|i)\\b)[a-z]';

/** A verb in the past: a finite "be", "have" or "do", a regular past or a common irregular one. */
const PAST_VERB =
  '(?:was|were|had|did|[a-z]{2,}ed|made|took|gave|got|sent|paid|went|came|said|told|found|left|brought|kept|held|lost|won|wrote|chose|saw|knew|thought|began|became|spent|sold|bought|sought|met|ran|put|set|cut|let|upheld|withheld|heard)';

/** A preposition, after which a noun phrase is its object, not the subject of the verb after it. */
const PREPOSITION =
  '^(?:to|for|by|of|with|from|about|on|at|against|than|like|between|among|towards?|upon|via|without|into|onto|under|over|behind|beside|near)$';

/** A verb phrase of "he" or "she" said of "you": "has a right to" → "have a right to", "applies to" → "apply to". */
function forYou(phrase: string): string {
  const [first = '', ...rest] = phrase.split(' ');
  const irregular = IRREGULAR_PRESENT.find(([third]) => third === first)?.[1];
  const agreed =
    irregular ??
    (/[^aeiou]ies$/u.test(first)
      ? `${first.slice(0, -3)}y`
      : /(?:ss|sh|ch|x|z|o)es$/u.test(first)
        ? first.slice(0, -2)
        : /[^su]s$/u.test(first)
          ? first.slice(0, -1)
          : first);
  return [agreed, ...rest].join(' ');
}

/**
 * "The applicant is required to" → "You must", one finding. As two ("the applicant" → "you", "is required
 * to" → "must") each pasted alone broke the sentence: "You is required to", or a "must" the reader never saw
 * addressed to them. For each entry of `entries` that begins with "is", `subject` before it becomes "you"
 * with the entry's replacements agreeing ("please" stays as it is), and each of `others` keeps them as they are.
 */
function readerWithBePhrases(entries: PhraseEntry[], subject: string, ...others: string[]): PhraseEntry[] {
  return entries.flatMap((entry) => {
    const phrases = entry.match.split('|').filter((phrase) => phrase.startsWith('is '));
    if (!phrases.length) return [];
    return unlessThirdPersonFollows(subject, [
      {
        ...entry,
        notAfter: PREPOSITION,
        match: phrases.map((phrase) => `${subject} ${phrase}`).join('|'),
        replace: [
          ...entry.replace.map((plain) => (plain === 'please' ? plain : `you ${forYou(plain)}`)),
          ...others.flatMap((other) => entry.replace.map((plain) => `${other} ${plain}`)),
        ],
      },
    ]);
  });
}

/** Work that is carried out rather than done: "to carry out consultation", "the review will be carried out". */
const CARRIED_OUT =
  '(?:consultations?|assessments?|reviews?|research|surveys?|work|works|inspections?|investigations?|audits?|analys[ie]s|checks?|evaluations?|stud(?:y|ies)|repairs?|maintenance|monitoring|duties|tasks?)';

/** Determiners before a participle that is an adjective before its noun: "the required documents". */
const ATTRIBUTIVE_AFTER =
  '^(?:a|an|the|any|all|your|our|their|its|his|her|my|these|those|no|every|each|other|such)$';

/**
 * `entry`, where it matches "required", no longer after a determiner: "the required documentation" is the
 * everyday adjective, and only the verb ("is required", "requires") is officialese.
 */
const notAttributive = (entry: PhraseEntry): PhraseEntry =>
  entry.match === 'required'
    ? {
        ...entry,
        notAfter: entry.notAfter ? `(?:${entry.notAfter})|${ATTRIBUTIVE_AFTER}` : ATTRIBUTIVE_AFTER,
      }
    : entry;

/** What a service asks for, before "is required to": a purpose ("no fee is required to apply"), not a duty. */
const THING_NEEDED =
  '^(?:nothing|action|fees?|payments?|documents?|passports?|visas?|proof|evidence|forms?|certificates?|appointments?|registration|permits?|licen[cs]es?|signatures?|photos?|photographs?|identification|id|accounts?|passwords?|cop(?:y|ies)|translations?|stamps?|seals?|information|data|consent|approval|permission)$';

/** "is required to" → "must", by what stands before and after it. */
const REQUIRED_TO: readonly PhraseEntry[] = [
  // Before a passive infinitive the duty lies on the thing: "The documents are required to be provided" → "must
  // be provided" ("are needed to be provided" is no English). After "no" or "nothing", "must" would forbid.
  {
    ...e('is required to|are required to', 'must'),
    followedBy: '^\\s+be\\s',
    precededBy: '^(?![^]*(?:^|[^\\p{L}])(?:no|nothing|none|neither)\\s)',
  },
  { ...e('is required to|are required to'), followedBy: '^\\s+be\\s' },
  // A subject whose head, before "of", is a thing needed has a purpose, not a duty: "Proof of address is
  // required to register" → "is needed to".
  ...['is', 'are'].map((be) => ({
    ...e(`${be} required to`, `${be} needed to`),
    precededBy: `(?:^|\\s)${THING_NEEDED.slice(1, -1)}\\s+of\\s+(?:[\\p{L}\\d'’-]+\\s+){1,5}$`,
  })),
  // A thing needed right before it may be the end of its subject, whose head stands before "of": "Holders of
  // a street trading consent are required to submit" have a duty ("must"), which "are needed" would lose.
  {
    ...e('is required to|are required to', 'must'),
    precededBy: `(?:^|\\s)(?!${THING_NEEDED.slice(1, -1)}\\s)[\\p{L}'’-]+\\s+of\\s+(?:[\\p{L}\\d'’-]+\\s+){1,5}$`,
  },
  // "No fee is required to apply" is a thing needed, not a duty: "needed" (the verb's own entry) fits there.
  { ...e('is required to|are required to', 'must'), notAfter: THING_NEEDED },
];

/** Adverbs that stand between "are" and "required to" and keep their sense after "must": "are also required to". */
const DUTY_ADVERBS = [
  'also',
  'normally',
  'usually',
  'generally',
  'therefore',
  'still',
  'now',
  'always',
  'further',
];

/**
 * An entry of `REQUIRED_TO` with an adverb between ("You are also required to attend" → "You must also attend"),
 * and with "hereby", which the duty says without ("You are hereby required to attend" → "You must attend").
 * Without these, "required" alone got "needed" ("are hereby needed to attend"), a request for a court's order.
 */
function withDutyAdverbs(entry: PhraseEntry): PhraseEntry[] {
  return ['hereby', ...DUTY_ADVERBS].map((adverb) => ({
    ...entry,
    match: entry.match.replace(/ required/gu, ` ${adverb} required`),
    replace: entry.replace.map((plain) =>
      adverb === 'hereby'
        ? plain
        : plain === 'must'
          ? `must ${adverb}`
          : plain.replace(' needed', ` ${adverb} needed`),
    ),
  }));
}

/** Words after "is" that begin an officialese phrase of their own: "is obliged to", "is in receipt of". */
const OFFICIALESE_AFTER_BE =
  '^(?:obliged|obligated|required|entitled|able|unable|subject|authorised|authorized|in|applicable|dependent|contingent|deemed|comprised|requested|kindly|hereby)$';

/** `word object` → `plain object` for each object: the vague verb is only officialese with these objects. */
function withObjects(word: string, plain: string, objects: string): PhraseEntry[] {
  return objects.split(' ').map((object) => e(`${word} ${object}`, `${plain} ${object}`));
}

/** Pronouns that are a clause's subject: a past form after them is the past ("she submitted it"). */
const SUBJECT_BEFORE = '^(?:i|you|he|she|it|we|they|who|which)$';

/**
 * What follows a past form that is a participle after its noun: a preposition or adverb of place or time, or
 * the end of a clause ("the amount indicated in the form", "documents submitted late", "as indicated above,").
 */
const PARTICIPLE_FOLLOWED_BY =
  '^(?:\\s+(?:in|on|at|above|below|under|within|after|before|prior|according|together|along|alongside|not|from|for|during|until|to|with|without|via|through|using|online|electronically|manually|personally|directly|separately|earlier|previously|here|herein|hereinafter|therein|elsewhere|late|overleaf)\\b|\\s*[,;:)]|\\s*\\.(?:\\s|$)|\\s*$)';

/** Nothing a transitive verb could take as its object follows: a stop, or a preposition of time or means. */
const NO_OBJECT_FOLLOWS =
  '^(?:\\s*(?:[,.;:!?)]|$)|\\s+(?:until|till|for|by|if|when|unless|and|or|but)(?![\\p{L}]))';

/** An adjective of judgement after "deemed": a word that is no determiner, number or participle. */
const DEEMED_ADJECTIVE =
  "^\\s+(?!(?:a|an|the|this|that|these|those|his|her|its|their|our|your|my|one|any|some|no|to|as|by|in|on|at|for|made|sent|paid|held|done|kept|left|met|put|set|given|served|read|told|sold|lost|got)(?![\\p{L}]))[\\p{L}'’-]+(?<!ed|en|wn)(?![\\p{L}'’-])";

/** Words that show the next word is a noun: a determiner, a possessive or a number ("the", "his", "18"). */
/** A length of time in words or digits after the phrase before it: " 30 calendar days", " two weeks". */
const TIME_SPAN =
  '\\s+(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)(?:\\s+\\(\\d+\\))?\\s+(?:(?:calendar|working|business|full|clear|banking)\\s+)?(?:days?|weeks?|months?|years?|hours?)';

/** Words after a verb's past that start no noun it may describe: determiners, pronouns, prepositions, links. */
const DETERMINERS_AND_LINKS =
  'the|a|an|this|that|these|those|his|her|its|their|our|your|my|some|any|all|it|them|him|us|me|as|in|on|at|for|with|from|to|by|and|or|but|under|within|until|after|before|if|when|than|so';

const NOUN_BEFORE = '^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|every|each|no|\\d+)$';

/**
 * A noun of a beginning or an end ("commencement", "termination") with the plain noun, which wants an article
 * where the officialese one stood without: "prior to commencement of employment" → "before the start of",
 * "upon termination of the lease" → "at the end of", "the commencement date" → "the start date". Before another
 * word it may head a compound with no plain twin ("termination payment"): nothing to paste; nor in a heading,
 * whose line ends with no stop ("Citation and commencement"), nor before "of this Order", a term of art.
 */
function startOrEnd(noun: string, plain: string): PhraseEntry[] {
  return [
    { match: noun, replace: [], followedBy: OF_AN_INSTRUMENT },
    { match: noun, replace: [plain], after: NOUN_BEFORE, notBefore: COMPOUND_HEADS },
    e(`on ${noun}|upon ${noun}`, `at the ${plain}`),
    { match: noun, replace: [plain], followedBy: '^\\s+dates?(?![\\p{L}])' },
    {
      match: noun,
      replace: [`the ${plain}`],
      followedBy: '^(?:\\s+of(?![\\p{L}])|\\s*[.,;:)])',
      precededBy: ARTICLE_PASTE_AFTER,
    },
    e(noun),
  ];
}

/**
 * "Of" and a legal instrument ("commencement of this Order", "termination of the Act"): a term of art of
 * legislation, which the plain noun does not name.
 */
const OF_AN_INSTRUMENT =
  '^\\s+of\\s+(?:this|these|the|that|those)\\s+(?:Orders?|Regulations?|Acts?|Rules|Bye-?laws?|Byelaws?|Schemes?|Directions?|Instruments?|Part|Schedule|sections?|articles?|paragraphs?)(?![\\p{L}])';

/**
 * Nouns that a beginning or an end heads a compound with ("termination payment", "commencement notice"): the
 * plain noun makes no such compound ("an end payment"), so nothing to paste.
 */
const COMPOUND_HEADS =
  '^(?:payments?|notices?|clauses?|fees?|letters?|provisions?|rights?|costs?|charges?|packages?|agreements?|process(?:es)?|procedures?|period|meetings?|ceremony|orders?|certificates?|forms?)$';

/**
 * What a "the start" or "the end" may stand after: the sentence's start, a comma or colon, or a preposition
 * ("prior to the start of"); not an adjective or a noun ("Early the end of", "contract the end"), not "and" or
 * "or" after a bare noun ("signing and the start"), and not the fixed terms "notice of termination", "date of
 * commencement", which the plain noun does not name.
 */
const ARTICLE_PASTE_AFTER =
  '(?:^\\s*|[,;:(]\\s*|(?:^|[\\s(])(?:(?<!(?:notice|date|letter|notification|certificate|grounds?)\\s+)of|on|at|to|before|after|from|until|till|by|since|following|upon|with|without|for|during|in|about|regarding)\\s+)$';

/** The words of whom one is notified: a pronoun, or a determiner and the body or person told. */
const PEOPLE_TOLD =
  '^(?:us|them|you|him|her|me|everyone|the|your|our|their|his|its|this|that|any|all|each|every|a|an|relevant|local|appropriate|council|councils|department|authority|authorities|office|landlord|landlords|employer|employers|agency|bank|school|police|court|tribunal|applicant|applicants|tenant|tenants|staff|customers?|residents?|parents?|members|insurer|lender|provider|team|centre|service|doctor|gp|hmrc|dvla|dwp)$';

/** Those one furnishes with something: the people told, and those who keep a register or check it. */
const PEOPLE_FURNISHED = PEOPLE_TOLD.replace(
  ')$',
  '|proprietor|proprietors|owner|owners|operator|operators|occupier|occupiers|keeper|keepers|manager|managers|officer|officers|inspector|inspectors|registrar|guest|guests|client|clients|claimant|claimants|person|persons)$',
);

/** Nouns of an amount or a length that a limit follows: "an income not exceeding £7,400" is one "of up to". */
const MEASURED =
  'income|incomes|earnings|amount|amounts|sum|sums|fine|fines|penalty|penalties|period|periods|term|terms|total|value|fee|fees|payment|payments|charge|charges|grant|grants|loan|loans|award|awards|salary|salaries|rent|cost|costs|price|prices|distance|length|weight|height|duration|capital|savings|profit|profits|turnover|imprisonment|deposit|deposits|allowance|bonus|budget|compensation|contribution|contributions';

/** Verbs of keeping, after which "in your possession" says where a thing stays, not which one. */
const KEPT =
  '(?:keep|keeps|kept|keeping|retain|retains|retained|hold|holds|held|leave|leaves|left|carry|carries|carried|store|stores|stored|remain|remains|stay|stays)';

/** A second "of" joined on later in the clause ("of any change of address or of the death"). */
const ANOTHER_OF_JOINED = '^[^.;:!?]*?[\\s,](?:and|or)\\s+of(?![\\p{L}])';

/**
 * What follows the subject of an inverted "Should" that opens a condition: a word of its predicate and, before
 * the sentence's end, the comma that closes the condition; no question mark ("Should the council act?").
 */
const INVERTED_CONDITION = '^(?![^?]*\\?)\\s+\\p{L}[^,;:.!?]*,';

/** Words that are no subject, or a subject whose number its form does not tell ("staff", "data", "any"). */
const NOT_A_SUBJECT =
  'not|never|ever|also|still|again|once|further|then|now|later|only|however|therefore|indeed|perhaps|really|there|you|i|we|they|people|children|staff|police|data|media|criteria|personnel|cattle|men|women|news|series|species|means|the|a|an|any|your|our|their|its|his|her|my|no|each|every|some|all|such|these|those|both|either|neither|other|many|several|more|few|yes|thus|plus|less|unless|whereas|us|was|is|has|does|as';

/** A subject that takes "is": "it", "this", or a noun without a plural "-s" ("access", "the payment"). */
const SINGULAR_SUBJECT = {
  head: `it|he|she|this|that|(?!(?:${NOT_A_SUBJECT})$)\\p{L}[\\p{L}-]*(?:[^s\\P{L}]|[sui]s)`,
  determiners: 'the|a|an|any|this|that|your|our|their|its|his|her|my|no|each|every|such|either|neither',
};

/** A subject that takes "are": "they", "we", or a noun with a plural "-s" ("any documents"). */
const PLURAL_SUBJECT = {
  head: `they|we|(?!(?:${NOT_A_SUBJECT})$)\\p{L}[\\p{L}-]*[^sui\\P{L}]s`,
  determiners: 'the|any|these|those|your|our|their|its|his|her|my|no|all|some|such|both|other|many|several',
};

/**
 * What each word of an inverted subject `words` long must match: its head alone, or a determiner or the
 * head's number (the same pattern stands for each word, so a noun before the head must have its number too).
 */
function subjectWord(subject: { head: string; determiners: string }, words: number): string {
  return words === 1 ? `^(?:${subject.head})$` : `^(?:${subject.determiners}|${subject.head})$`;
}

/**
 * A process a thing may go through, after "subject to" ("subject to inspection", "subject to repayment"); not
 * an idiom with its own entry ("subject to change", "subject to recovery") nor a levy ("subject to tax").
 */
const PROCESS_NOUN =
  '(?!(?:consideration|verification|approval|change|recovery)(?![\\p{L}]))(?:\\p{L}+(?:tion|ment)|review|checks|audit|repayment|renewal|appeal)(?![\\p{L}])';

/** Measures an agency sets up or lifts, in the passive: "a quarantine has been established", "was suspended". */
const MEASURES_TAKEN =
  'established|introduced|imposed|declared|announced|suspended|cancelled|canceled|postponed|restricted|extended|lifted|adopted|closed';

/** What an act needs before it, whose purpose "for the sale of" names: "a permit is required for the sale of". */
const PERMISSION_FOR =
  '^(?:required|needed|necessary|permits?|licen[cs]es?|permission|consent|authori[sz]ed|allowed|apply|applies|applying|applied)$';

/** Where one goes for medical care: "the nearest medical organisation", "a doctor", "your polyclinic". */
const CARE_PLACES =
  '(?:medical|health|healthcare|emergency)\\s+(?:organi[sz]ations?|institutions?|facilit(?:y|ies)|cent(?:re|er)s?)|doctors?|hospitals?|clinics?|polyclinics?|GP|emergency\\s+department';

/** What "applies to" something without going there: "These rules apply to clinics". */
const RULES_THAT_APPLY =
  '^(?:this|these|those|rules?|laws?|acts?|regulations?|requirements?|provisions?|restrictions?|conditions?|terms|fees?|charges?|measures?|policy|policies|standards?|exemptions?|bans?|limits?)$';

/** Money put to a use, and the verbs of using it: "a subsidy for the purchase of", "used for the purchase of". */
const MONEY_FOR =
  '^(?:used|spent|subsid(?:y|ies)|grants?|loans?|funds|funding|money|allowances?|credits?|budgets?|vouchers?|mortgages?)$';

/** Money a reader may owe: what "remains outstanding" after it is still unpaid. */
const MONEY_OWED =
  'balances?|amounts?|sums?|debts?|fees?|charges?|arrears|payments?|instalments?|installments?|invoices?|rent|tax|fines?|penalt(?:y|ies)|bills?|monies|money';

/** A matter to settle: what "remains outstanding" after it is still unresolved ("Issues remain outstanding"). */
const MATTER_TO_SETTLE =
  'questions?|issues?|matters?|quer(?:y|ies)|points?|problems?|concerns?|complaints?|disputes?|actions?|recommendations?';

/** What "remains outstanding" praises: a record, a performance or work that is still excellent. */
const OUTSTANDING_EXCELLENT =
  'records?|performances?|work|quality|service|achievements?|results?|contributions?|players?|students?|talents?';

/**
 * What follows "remains outstanding" as a debt or a matter: the clause's end or a word that opens an adverbial;
 * a noun after it ("remains outstanding work") makes it the adjective.
 */
const OUTSTANDING_ENDS =
  '^(?:\\s*(?:[,.;:!?)]|$)|\\s+(?:and|or|but|until|since|from|on|at|for|in|after|despite|as|by|to|with|because|although|though|unless|when|if|so|more|over)(?![\\p{L}]))';

/**
 * What follows "Should you" opening a condition: a verb (not a negation) and, before the sentence's end, the
 * comma that closes the condition; no question mark ("Should you apply now?").
 */
const SHOULD_YOU_CONDITION = "^(?![^?]*\\?)\\s+(?!not\\b|n['’]t\\b)\\p{Ll}+[^,;:.!?]*,";

/** Words of a clause whose "at this time" is "now": a negation, or a verb of remaining or needing. */
const AT_THIS_TIME_NOW =
  "^(?:not|no|nothing|none|never|cannot|unable|\\p{L}+n['’]t|remains?|remained|remaining|stays?|stayed|needed|needs?|required|necessary|requires?|planned|plans|intend|intends|envisage|envisaged|anticipated|investigating|ongoing|continues|continuing)$";

/** Events after which something happens: "following a review" is "after a review". */
const EVENTS =
  'births?|vaccinations?|immuni[sz]ations?|injections?|discharge|diagnosis|reviews?|decisions?|collisions?|incidents?|accidents?|consultations?|close|closure|death|meetings?|assessments?|investigations?|inquir(?:y|ies)|enquir(?:y|ies)|appeals?|arrests?|complaints?|receipt|breach(?:es)?|attacks?|inspections?|hearings?|elections?|publication|completion|approval|announcement|introduction|end|storms?|floods?|flooding|fires?|outbreaks?|referrals?|interviews?|trials?|conviction|verdict|votes?|referendum|launch|retirement|resignation|tests?|visits?|surgery|operation|treatment|discussions?|talks|changes|reports?|registration|application|payment|arrival|admission|submission|renewal|delivery|installation|conclusion';

/**
 * An event after "necessitate": "the postponement of", "a change", "road closures", "further delays". Not what
 * one needs to have: permission, treatment, equipment.
 */
const NECESSITATED_EVENT =
  "^\\s+(?:(?:the|a|an|some|further|more|its|their|any|major|urgent|temporary)\\s+)?(?:[\\p{L}-]+\\s+)?(?!(?:permission|approval|consent|authori[sz]ation|supervision|attention|treatment|medication|registration|certification|accreditation|qualification|documentation|equipment|investment)(?![\\p{L}]))(?:\\p{L}+(?:tion|sion|ment|ure|val|ral)s?|changes?|delays?|cuts?|repairs?|works)(?![\\p{L}'’-])";

/**
 * After a phrase of "be" in its clause, "or" or "and" and what needs that "be" again: a preposition ("or on a
 * low income"), "aged", an adjective or a participle ("and unable to work", "or registered blind"). A paste that
 * replaces the "be" would leave it without one.
 */
const BE_GOVERNS_ALSO =
  "^[^.;:!?,()]*?\\s(?:or|and)\\s+(?:not\\s+|also\\s+)?(?:on|in|under|over|at|aged|without|out\\s+of|unable|able|eligible|entitled|resident|responsible|liable|pregnant|homeless|unemployed|disabled|blind|deaf|single|[\\p{L}]+(?:[^e]ed|ble|ous|ive|ful|less|ant|ent))(?![\\p{L}'’-])";

/** Words "above" goes with after "the": "the above average rate", "the above named person", a bare "the above". */
const NOT_AFTER_ABOVE =
  "(?:average|mentioned|named|noted|referenced|cited|listed|stated|described|ground|board|all|is|are|was|were|has|have|will|may|can|and|or|to|of|in|for|on|with|at|by)(?![\\p{L}'’-])";

/** Adverbs between "be" and "indicative of" ("is not necessarily indicative of"). */
const INDICATIVE_ADVERBS = '(?:not|necessarily|always|often|usually|also|clearly|strongly|generally)';

/**
 * What is allocated to people, one each, rather than set aside: places, homes, appointments, tickets. Not pupils
 * or cases, which are allocated to a school or an officer: "pupils are given to schools" is no English.
 */
const GIVEN_OUT =
  'places?|seats?|homes?|houses?|housing|propert(?:y|ies)|flats?|slots?|appointments?|tickets?|spaces?|rooms?|pitches?|plots?|beds?|tenanc(?:y|ies)';

/**
 * What a person is allocated and so given, one of their own: a number, a code, a date, or someone to look after
 * their case ("where a PBA number has been allocated", "you will be allocated a caseworker"). Not handed out.
 */
const GIVEN_ONE =
  'numbers?|references?|codes?|dates?|caseworkers?|workers?|officers?|advisers?|advisors?|mentors?|nurses?|doctors?|gps?|therapists?|coordinators?|co-ordinators?|counsellors?';

/**
 * What is allocated and so set aside, as money, time or land are ("funds were allocated", "£5m has been
 * allocated", "land allocated for housing"). Anything else allocated is neither set aside nor shared out.
 */
const SET_ASIDE =
  'funds?|funding|money|monies|budgets?|grants?|sums?|cash|capital|resources|spending|investments?|millions?|billions?|time|minutes|hours|days|weeks|land|acres|hectares|sites?';

/** A figure or a noun of money, time or land right after a verb ("allocated £5m", "allocate more time"). */
const SET_ASIDE_FOLLOWS = `^\\s+(?:[£$€\\d]|(?:(?:the|a|an|some|more|extra|additional|further|its|their|our|his|her|your|this|that|these)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${SET_ASIDE})(?![\\p{L}]))`;

/** Bodies that are set up ("constituted a working group", "a tribunal was constituted"). */
const BODIES =
  'groups?|committees?|boards?|panels?|tribunals?|councils?|commissions?|bod(?:y|ies)|teams?|force|courts?|assembl(?:y|ies)|authorit(?:y|ies)|agenc(?:y|ies)|companies|company|trusts?|funds?|partnerships?';

/** A word that names many: "they", "these", a plural noun ("payments", "women"; not "this", "its", "was"). */
const PLURAL_WORD =
  "^(?:they|we|these|those|both|people|women|men|children|(?!(?:this|its|his|hers|has|was|is|does|thus|plus|yes|less|unless|across|always|perhaps|whereas|as|us)$)[\\p{L}]*[^su'’s]s)$";

/** Nouns after "combat" that make it the noun of war: "combat troops", "returned to combat duties". */
const COMBAT_NOUNS =
  'last|this|next|again|immediately|zones?|operations?|troops|units?|missions?|roles?|duty|duties|aircraft|vehicles?|experience|training|veterans?|forces|soldiers|boots|gear|sports?|skills|pay|readiness|power|engineers|medics?';

/**
 * What is delivered in the abstract (GOV.UK: pizzas, post and services are delivered; improvements and
 * priorities are not), each with the plain verb that takes it: outcomes are achieved, a strategy or a
 * programme is carried out, growth is brought, promises kept.
 */
const DELIVERED: [nouns: string, plain: string, participle: string][] = [
  [
    'outcomes?|targets?|objectives?|goals?|aims?|ambitions?|priorit(?:y|ies)|savings|efficienc(?:y|ies)|improvements?|milestones?|vision',
    'achieve/achieves/achieved/achieving',
    'achieved',
  ],
  [
    'strateg(?:y|ies)|programmes?|programs?|plan|projects?|reforms?|polic(?:y|ies)|agenda|manifesto|roadmap',
    'carry out/carries out/carried out/carrying out',
    'carried out',
  ],
  // Not benefits, which in government text are mostly payments ("delivers benefits and pensions").
  ['growth|prosperity|transformation', 'bring/brings/brought/bringing', 'brought'],
  ['commitments?|promises?|pledges?', 'keep/keeps/kept/keeping', 'kept'],
];

/** The start of what is sent on: a determiner, a pronoun or a document. */
const SENT_THINGS_START =
  "(?:the|this|that|these|those|your|our|their|his|her|its|it|them|a|an|any|all|copies|details|documents|letters|forms|applications|claims|cards|payments|goods|parcels|ambulances|crews|officers|staff|teams)(?![\\p{L}'’])";

/** The start of what is asked for: a determiner or a thing asked for. */
const REQUESTED_THINGS_START =
  "(?:a|an|the|your|our|their|his|her|its|this|these|those|any|more|further|additional|copies|information|details|documents|evidence|proof|help|support|access|permission|advice|assistance)(?![\\p{L}'’])";

/**
 * What follows a thing delivered that makes it a document or a thing handed over: "delivered the plans to the
 * council", "results delivered by email". Exam results and plans on paper are delivered in plain English.
 */
const HANDED_OVER =
  '(?!\\s+(?:to|at|by\\s+(?:post|e-?mail|hand|courier)|in\\s+person|personally|electronically|online)(?![\\p{L}]))';

/** What is deployed in plain English (GOV.UK): troops and their arms, and software. */
const MILITARY_OR_SOFTWARE =
  'troops|soldiers|forces|army|armies|military|navy|marines|warships?|ships|jets|aircraft|drones?|missiles?|weapons|artillery|tanks|peacekeepers|software|code|apps?|updates?|versions?|releases?|servers?|patches';

/** A place after "deploy" and its object, which is sent there: "to the border", "to Almaty", "abroad". */
const DEPLOYED_TO_A_PLACE =
  "^\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}(?:(?:to|across)\\s+(?:the|a|an|this|that|these|those|its|their|our|every|each|all|\\p{Lu})|abroad|overseas)";

/** A determiner that picks out its noun, which "main" and "best" want before them: "the", a possessive. */
const DEFINITE_BEFORE = "^(?:the|this|that|these|those|his|her|its|their|our|my|your|whose|\\p{L}+['’]s?)$";

/** A lower-case word after an adjective that is no preposition or conjunction: the noun it stands before. */
const NOUN_FOLLOWS =
  '^\\s+(?!(?:in|on|at|for|with|from|to|by|and|or|as|if|when|than|because|but|so|since|while)(?![\\p{L}]))\\p{Ll}';

// Wordy and bureaucratic words with plain replacements, after the GOV.UK style guide ("plain English" and
// "words to avoid"), plainlanguage.gov's "use simple words and phrases" and the Plain English Campaign.
// Inflected forms are listed one by one rather than as stems: `utili*` would also hit "utility".
const OFFICIALESE: PhraseEntry[] = [
  ...verb('utilise|utilize/utilises|utilizes/utilised|utilized/utilising|utilizing', 'use/uses/used/using'),
  e('utilisation|utilization', 'use'),
  e('in order to', 'to'),
  e('in order that', 'so that'),
  // "In order for your claim to be assessed" → "For your claim to be assessed".
  e('in order for', 'for'),
  // The doer is named in it: "you will need to", "we need to".
  e('it will be necessary for you to', 'you will need to'),
  e('it will be necessary for us to', 'we will need to'),
  e('it is necessary for you to', 'you need to', 'you must'),
  e('it is necessary for us to', 'we need to'),
  e('it is necessary for them to', 'they need to', 'they must'),
  // With a noun between ("It is necessary for the applicant to sign" → "The applicant must sign"), the noun
  // moves to the front: nothing to paste.
  e('it is necessary for|it will be necessary for'),
  // "Explain the manner in which your data is used" → "the way your data is used", which fits where "how" does
  // not ("describing the manner in which he did it as cruel", "in the manner in which you were told").
  { match: 'the manner in which', replace: ['the way'], after: '^in$' },
  e('the manner in which', 'the way', 'how'),
  // "the cessation of the service" → "the end of"; without a determiner ("upon cessation of") no word fits.
  // "Smoking cessation" is a service's name: flagged only before "of".
  {
    match: 'cessation',
    replace: ['end'],
    after: '^(?:the|its|their|his|her|our|your|this|that|any)$',
    followedBy: '^\\s+of\\s',
  },
  { match: 'cessation', replace: [], followedBy: '^\\s+of\\s' },
  // "An investigation is currently ongoing" → "is ongoing": one says the other.
  e('currently ongoing', 'ongoing'),
  // "Boil water before consumption": drinking or eating it, which the sentence does not say: nothing to paste.
  e('before consumption'),
  // What a document holds is in it ("the targets contained within this strategy" → "in"); after "be" or "have"
  // it may be kept in ("the fire was contained within the site"): not flagged.
  {
    match: 'contained within',
    replace: ['in'],
    notAfter: `^(?:${PARTICIPLE_AFTER}|to|will|would|can|could|may|might|must|shall|should|not|been|being|fully|largely)$`,
  },
  // Before its noun "forthcoming" is "upcoming" ("the forthcoming consultation"); after "be" it means willing
  // to give ("he was not forthcoming"): not flagged.
  { match: 'a forthcoming', replace: ['an upcoming'] },
  {
    match: 'forthcoming',
    replace: ['upcoming', 'next'],
    after: '^(?:the|this|our|their|its|his|her|your|my|these|those|any)$',
  },
  e('dissatisfied', 'unhappy'),
  // A person "aggrieved" by a decision is unhappy with it; "the aggrieved party" is a legal term (the one
  // wronged), not an unhappy one: nothing to paste away from "be" or "feel".
  {
    match: 'aggrieved by',
    replace: ['unhappy with'],
    after: '^(?:am|is|are|was|were|be|been|being|feel|feels|felt|remain|remains)$',
  },
  {
    match: 'aggrieved',
    replace: ['unhappy'],
    after: '^(?:am|is|are|was|were|be|been|being|feel|feels|felt|remain|remains)$',
  },
  { match: 'aggrieved', replace: [] },
  // "Via" a channel: "by email", "through the portal", "at www.gov.uk"; a route ("flew via Dubai") is plain.
  {
    match: 'via',
    replace: ['by'],
    followedBy: `^\\s+(?:e-?mail|post|phone|telephone|text|letter|SMS|video\\s+link)(?![\\p{L}])`,
  },
  {
    match: 'via',
    replace: ['through', 'on'],
    followedBy:
      "^\\s+(?:the|our|your|their|its)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:portal|website|web\\s+site|app|mobile\\s+application|online\\s+service|online\\s+form|account|system|(?:reporting\\s+)?(?:facility|tool|form|page|platform))(?![\\p{L}])",
  },
  { match: 'via', replace: ['at'], followedBy: '^\\s+(?:www\\.|https?://)' },
  // A scheme or a procedure one goes "via" is gone through: "obtained via the IVA scheme" → "through".
  {
    match: 'via',
    replace: ['through'],
    followedBy:
      "^\\s+(?:the|a|an|our|your|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:scheme|programme|program|procedure|process|route|channel)s?(?![\\p{L}])",
  },
  // What is published "via the addendum" is in it.
  {
    match: 'via',
    replace: ['in'],
    followedBy:
      "^\\s+(?:the|an?|our|this|each)\\s+(?:[\\p{L}'’-]+\\s+)?(?:addend(?:um|a)|notices?|newsletters?|bulletins?|circulars?|letters?|schedules?)(?![\\p{L}])",
  },
  ...verb('commence/commences/commenced/commencing', 'start/starts/started/starting'),
  ...startOrEnd('commencement', 'start'),
  ...verb(
    'terminate/terminates/terminated/terminating',
    'end/ends/ended/ending',
    'stop/stops/stopped/stopping',
  ),
  { match: 'a termination', replace: ['an end'], notBefore: COMPOUND_HEADS },
  ...startOrEnd('termination', 'end'),
  // "Help" takes someone, or what one does: "facilitates extensive surveillance", "facilitate these returns"
  // would "help" a thing that facilitating makes possible. Before a thing, nothing to paste.
  ...verb('facilitate/facilitates/facilitated/facilitating', 'help/helps/helped/helping').flatMap((entry) => [
    { ...entry, replace: [], followedBy: `^\\s+(?!(?:${PERSON_OBJECTS})(?![\\p{L}]))\\p{L}` },
    entry,
  ]),
  // Only the verb: "a joint endeavour" is a noun.
  ...verb(
    'endeavour to|endeavor to/endeavours to|endeavors to/endeavoured to|endeavored to/endeavouring to|endeavoring to',
    'try to/tries to/tried to/trying to',
  ),
  e('pursuant to', 'under', 'in line with'),
  // "Under" a law or a rule; "under his personal identification number" is nonsense: "in line with" there. Not
  // guidance either: "displayed under the guidance" would be supervised by it. Nor requirements, standards or a
  // procedure, which a thing meets: "a photograph of the child under the established requirements" reads as
  // the child being under them.
  {
    match: 'in accordance with',
    replace: ['in line with'],
    followedBy: `^\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:requirements?|procedures?|standards?|specifications?|instructions?|guidelines?)(?![\\p{L}])`,
  },
  {
    match: 'in accordance with',
    replace: ['under', 'in line with'],
    followedBy: `^\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${LAW_NOUNS}|articles?|sections?|paragraphs?|clauses?|terms|provisions?|orders?|resolutions?|agreements?|codes?)(?![\\p{L}])`,
  },
  e('in accordance with', 'in line with'),
  e('in accordance with the provisions of', 'under'),
  e('under the provisions of', 'under'),
  // "The firm is in compliance with the rules" complies with them: "is under the rules" says another thing.
  ...(
    [
      ['is', 'complies with', 'does not comply with'],
      ['are', 'comply with', 'do not comply with'],
      ['was', 'complied with', 'did not comply with'],
      ['were', 'complied with', 'did not comply with'],
      ['be', 'comply with', 'not comply with'],
    ] as const
  ).flatMap(([be, plain, negated]) => [
    e(`${be} in compliance with|${be} in full compliance with|${be} fully in compliance with`, plain),
    e(`${be} not in compliance with|${be} not in full compliance with`, negated),
  ]),
  // After another verb of state ("remain in compliance with", "brought it into"), nothing to paste.
  {
    match: 'in compliance with',
    replace: [],
    after:
      '^(?:remain|remains|remained|remaining|stay|stays|stayed|staying|keep|keeps|kept|been|being|not|fully|full)$',
  },
  // "Work undertaken under GDPR" is done by its authority, not to comply with it: "in line with" first.
  e('in compliance with', 'in line with', 'under'),
  // Before a noun and "being" with its participle ("prior to a place being confirmed"), "before" needs "is":
  // nothing to paste. "prior to being interviewed" → "before being interviewed" stays.
  {
    match: 'prior to',
    replace: [],
    followedBy: "^\\s+(?:[\\p{L}\\d'’-]+\\s+){1,5}being\\s+\\p{L}+(?:ed|en|ne|wn|t)(?![\\p{L}])",
  },
  e('prior to', 'before'),
  // "Tell us in advance of the hearing" → "before the hearing"; "well in advance of" → "well before".
  e('in advance of', 'before'),
  // "Farmers in occupation of a holding" → "occupying a holding".
  e('in occupation of', 'occupying'),
  e('subsequent to', 'after'),
  e('subsequent', 'later', 'next'),
  e('subsequently', 'later', 'then'),
  e('in the event that', 'if'),
  // "If there is" takes an indefinite noun phrase ("in the event of a fire" → "if there is a fire"); before
  // "the felling of trees" or "submission of" it would be no English. Nor is "in case of" a paste: in British
  // English it reads as a precaution ("In case of non-payment" is no "If you do not pay").
  // A noun with its passive participle ("in the event of any discrepancy being identified") is a clause:
  // "if there is any discrepancy being identified" is no English, and nothing pastes.
  {
    match: 'in the event of',
    replace: ['if there is'],
    followedBy: '^\\s+(?:a|an|any)\\s(?![^.;:!?,]*\\s(?:being|having\\s+been)\\s)',
  },
  e('in the event of'),
  // Calques of the legal Russian of public-service standards («услугополучатель», «юридическое лицо»,
  // «уполномоченный орган»), common in official English translations.
  ...READERS.flatMap(([subject, ...others]) =>
    unlessNamedElsewhere(subject, addressTheReader(subject, ...others)),
  ),
  e('service recipients', 'applicants', 'you'),
  // "Legal entity" is company law's term (`ENGLISH_TERMS`): "organisation" is wider, "company" narrower.
  e('legal persons', 'organisations', 'companies'),
  e('natural person', 'person'),
  e('natural persons', 'people'),
  e('the authorized body|the authorised body', 'the agency'),
  e('is subject to consideration', 'will be considered'),
  e('is not subject to consideration|are not subject to consideration', 'will not be considered'),
  // «в установленный срок», «в течение указанного срока»: the reader needs the date itself.
  e(
    'within the established period|within the prescribed period|within the specified period|within the established time limit|within the prescribed time limit|within the established deadline|within the set period',
    'in time',
    'by the deadline',
  ),
  // «в случае неуплаты»: say who does not do it.
  // Where the main clause is about someone else and the sentence never speaks to "you" ("…, the scholar will be
  // liable"), "they" only.
  {
    match: 'in case of failure to|in the event of failure to',
    replace: ['if they do not'],
    precededBy: "^(?![\\s\\S]*(?:^|[^\\p{L}'’])your?(?![\\p{L}]))",
    followedBy: `^(?![^.;:!?]*(?:^|[^\\p{L}'’])your?(?![\\p{L}]))[^.;:!?]*,\\s*(?:(?:the|a|an|this|that|these|those|each|any|such|his|her|their)\\s+(?:[\\p{L}-]+\\s+)?(?:${PERSON_NOUNS})|they|he|she)(?![\\p{L}])`,
  },
  e('in case of failure to|in the event of failure to', 'if you do not', 'if they do not'),
  // "In case of non-payment of the tax" → "If you do not pay the tax"; alone, "If you do not pay".
  e('in case of non-payment of|in the event of non-payment of', 'if you do not pay', 'if they do not pay'),
  // Joined to another payment ("In case of non-payment or incomplete payment for parking"), "if you do not pay"
  // would leave the other dangling after "or": not paying at all is one way of not paying in full, or on time.
  ...(
    [
      ['incomplete|partial', 'in full'],
      ['late|untimely', 'on time'],
    ] as const
  ).flatMap(([other, plain]) =>
    other.split('|').map(
      (word): PhraseEntry => ({
        ...e(
          `in case of non-payment or ${word} payment|in the event of non-payment or ${word} payment|in case of ${word} payment or non-payment|in the event of ${word} payment or non-payment`,
          `if you do not pay ${plain}`,
          `if they do not pay ${plain}`,
        ),
        notBefore: '^of$',
      }),
    ),
  ),
  { match: 'in case of non-payment|in the event of non-payment', replace: [], followedBy: '^\\s+or\\s' },
  {
    ...e('in case of non-payment|in the event of non-payment', 'if you do not pay', 'if they do not pay'),
    notBefore: '^of$',
  },
  // «привлекаются к административной ответственности»: opaque to an English reader. A criminal one is to be
  // prosecuted; an administrative one is a fine or worse, which the sentence should name: nothing to paste.
  e('brought to criminal responsibility|brought to criminal liability|held criminally liable', 'prosecuted'),
  e(
    'brought to administrative responsibility|brought to administrative liability|brought to disciplinary responsibility|brought to responsibility|brought to justice in an administrative procedure',
  ),
  // «решение о предоставлении»: "The decision on the granting of a subsidy" hides the verb the decision is about;
  // "the decision on whether to grant" says it. Data: the action noun (and its -ing) and its verb.
  ...(
    [
      ['granting|grant', 'grant'],
      ['issuing|issue|issuance', 'issue'],
      ['provision|providing', 'provide'],
      ['allocation|allocating', 'allocate'],
      ['registration|registering', 'register'],
      ['payment|paying', 'pay'],
      ['refund|refunding', 'refund'],
      ['extension|extending', 'extend'],
      ['cancellation|cancelling', 'cancel'],
      ['suspension|suspending', 'suspend'],
      ['approval|approving', 'approve'],
    ] as const
  ).map(
    ([nouns, plain]): PhraseEntry =>
      e(
        nouns
          .split('|')
          .flatMap((noun) => [`decision on the ${noun} of`, `decision on ${noun} of`])
          .join('|'),
        `decision on whether to ${plain}`,
      ),
  ),
  // «по итогам ярмарки»: "Following the results of the fair" is "After the fair".
  e('following the results of|following the outcome of', 'after'),
  // «не соответствует»: "does not correspond to the actual data" is "does not match". Not the bare verb, whose
  // other senses ("corresponds to about 5%", "corresponds with") "match" does not say.
  // A second object with its own "to" ("does not correspond to the data or to the documents") would dangle after
  // "match": nothing to paste.
  {
    match: 'does not correspond to|do not correspond to|did not correspond to',
    replace: [],
    followedBy: '^[^,.;:!?]*\\s(?:or|and)\\s+to\\s',
  },
  e('does not correspond to', 'does not match'),
  e('do not correspond to', 'do not match'),
  e('did not correspond to', 'did not match'),
  // «при условии регистрации»: "on condition of registration" is "if registered", a rewrite; "on condition of
  // anonymity" is a journalist's idiom.
  { match: 'on condition of', replace: [], notBefore: '^anonymity$' },
  // "Failure to do so may result in …": the sentence wants rewriting ("If you do not, we may …").
  e('failure to do so'),
  // "Non-compliance with the requirements may lead to a fine": as with "failure to", the plain sentence is a
  // rewrite ("If you do not meet …, we may …"), which a paste cannot write.
  e('non-compliance with|noncompliance with'),
  // Allowed on a condition the reader meets: "You may register subject to compliance with the criteria" → "if
  // you meet the criteria"; said of someone else, no "you".
  { match: 'subject to compliance with', replace: ['if you meet'], inSentence: '^(?:you|your)$' },
  e('subject to compliance with'),
  // Agency notices the fourteenth review found unflagged. What is received "pending receipt of" is the agency's
  // to get ("pending receipt of your documents" → "until we get"); what it sends, the reader's.
  // After "is" it is the state of a case ("The decision is pending receipt of your report"): no "until" to paste.
  {
    match: 'pending receipt of',
    replace: [],
    after: '^(?:is|are|was|were|be|been|being|remains?|remained)$',
  },
  { match: 'pending receipt of', replace: ['until you get'], followedBy: SENT_NOTICE },
  e('pending receipt of', 'until we get'),
  // A scammer "purporting to represent" the council claims to be from it.
  ...['purport/claim', 'purports/claims', 'purported/claimed', 'purporting/claiming'].flatMap((pair) => {
    const [form = '', plain = ''] = pair.split('/');
    return [e(`${form} to represent`, `${plain} to be from`), e(`${form} to be`, `${plain} to be`)];
  }),
  // "A high volume of calls is currently being experienced" hides who has the calls (we do): "experienced" is
  // the adjective the passive rule leaves alone, but after "being" it is an act. The sentence needs rewriting.
  {
    match: 'being experienced',
    replace: [],
    precededBy: String.raw`(?:^|[^\p{L}])(?:is|are|was|were)(?:\s+(?:currently|now|still|also|\p{L}+ly))?\s*$`,
  },
  e('of this nature', 'like this'),
  e('of that nature', 'like that'),
  e('as to whether', 'whether'),
  e('on a termly basis', 'each term'),
  // A sum one is "liable to repay" one has to repay; "liable to change" is "likely to", left alone.
  ...[
    ['be', 'have to'],
    ['is', 'must'],
    ['are', 'must'],
    ['was', 'had to'],
    ['were', 'had to'],
  ].map(([be = '', plain = '']) => ({
    match: `${be} liable to`,
    replace: [plain],
    followedBy: '^\\s+(?:pay|repay|refund|return)(?![\\p{L}])',
  })),
  // Before a fine or a penalty after "may", the sum is one to pay: "may be liable to an unlimited fine" → "may
  // have to pay". "Is liable to a fine" and "shall be liable to a fine" say it may come, which "must pay" and
  // "will have to pay" would not; "liable to prosecution" wants "may be prosecuted". All are left alone.
  {
    match: 'be liable to',
    replace: ['have to pay'],
    after: '^(?:may|might|could)$',
    followedBy:
      "^\\s+(?:(?:a|an|the|any)\\s+)?(?:[\\p{L}£$€\\d,.'’-]+\\s+){0,2}?(?:fines?|penalt(?:y|ies)|surcharges?|charges?)(?![\\p{L}])",
  },
  // "Vouchers to the value of £50" are worth it; "up to the value of £50" is "up to".
  e('up to the value of', 'up to'),
  { match: 'to the value of', replace: ['worth'], followedBy: '^\\s*(?:£|\\$|€|\\d)' },
  // A span between two dates is "from … to"; "during the period of the contract" is "during the contract".
  {
    match: 'during the period from|during the period',
    replace: ['from'],
    followedBy: '^\\s+(?:from\\s+)?\\d[^.;:!?]*?\\s(?:to|until)\\s',
  },
  e('during the period of', 'during'),
  // Officialese the nineteenth review found unflagged on whole agency pages.
  e('over a period of', 'over'),
  e('within the territory of', 'in'),
  e('in cooperation with|in co-operation with', 'with'),
  e('in an online format|in online format', 'online'),
  e('without delay', 'at once', 'immediately'),
  e('where this proves unsuccessful|if this proves unsuccessful', 'if this does not work'),
  e('medical practitioner', 'doctor'),
  e('medical practitioners', 'doctors'),
  // «медицинская организация»: a calque; the reader knows a clinic or a hospital.
  e('medical organisation|medical organization|medical institution', 'clinic or hospital'),
  e('medical organisations|medical organizations|medical institutions', 'clinics and hospitals'),
  // «обратиться в медицинскую организацию»: one goes to a doctor, not "applies to" one. Applying to a council
  // or a court for something stays.
  ...[
    ['apply to', 'go to'],
    ['applies to', 'goes to'],
    ['applied to', 'went to'],
  ].map(
    ([match = '', plain = '']): PhraseEntry => ({
      match,
      replace: [plain],
      // The place ends its noun phrase ("the hospital staff" is people), and a person goes there: the rules that
      // "apply to hospitals" stay.
      followedBy: `^\\s+(?:(?:the|a|an|your|any|their)\\s+)?(?:nearest\\s+|local\\s+)?(?:${CARE_PLACES})(?=\\s*(?:[,.;:!?()]|$)|\\s+(?:for|at|in|with|without|if|and|or|immediately|straight\\s+away|as\\s+soon)(?![\\p{L}]))`,
      notInClause: RULES_THAT_APPLY,
    }),
  ),
  e('evidencing', 'showing'),
  e('confers entitlement to', 'gives a right to'),
  e('confer entitlement to', 'give a right to'),
  // A count is "at least" ("a minimum of two references"); "with a minimum of fuss" is an idiom, left alone.
  {
    match: 'a minimum of',
    replace: ['at least'],
    followedBy:
      '^\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|one hundred)(?![\\p{L}])',
  },
  ...verb('affix/affixes/affixed/affixing', 'attach/attaches/attached/attaching'),
  // The one who died is "the person who died", except before a possessive or a noun it describes ("the
  // deceased's estate", "the deceased person").
  {
    match: 'the deceased',
    replace: ['the person who died'],
    followedBy:
      '^(?:\\s*[,.;:!?)]|\\s+(?:was|is|had|has|did|died|lived|can|could|will|would|may|might|must|should|and|or|who|in|at|on|by|for|to|from|with|without)(?![\\p{L}])|\\s*$)',
  },
  // A mass noun made plural leaves a singular verb after it ("any documentation which is requested" →
  // "documents which is requested"): nothing to paste before one.
  {
    match: 'documentation',
    replace: [],
    followedBy:
      "^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:is|was|has|does|isn[’']t|wasn[’']t|hasn[’']t|doesn[’']t|needs|includes|contains|shows|remains|seems|appears|provides|explains|describes)(?![\\p{L}])",
  },
  e('documentation', 'documents', 'papers'),
  e('years of age', 'years old'),
  // "Legal persons" and "natural persons" have entries of their own.
  // "Persons unknown" is the law's idiom.
  {
    match: 'persons',
    replace: ['people'],
    // "US persons" is a legal term that takes in companies.
    notAfter: '^(?:legal|natural|juridical|us|u\\.s\\.|non-us|united)$',
    notBefore: '^unknown$',
  },
  // "The plan will make it possible to build 250 clinics" → "will help build".
  ...verb(
    'make it possible to/makes it possible to/made it possible to/making it possible to',
    'help/helps/helped/helping',
  ),
  e('are subject to consideration', 'will be considered'),
  e('is subject to verification', 'will be checked'),
  e('are subject to verification', 'will be checked'),
  e('is subject to approval', 'must be approved'),
  e('are subject to approval', 'must be approved'),
  e('is subject to change', 'may change'),
  e('are subject to change', 'may change'),
  // «вышеуказанные документы»: "the said" is legalese for "the" or "these" (the noun's number decides).
  e(
    'the said|the aforesaid|the aforementioned|the above-mentioned|the abovementioned',
    'the',
    'this',
    'these',
  ),
  e('in case of necessity|in case of need|if the need arises', 'if needed'),
  // "The above premises", "the above matters": these, of what was just named; "this" for one ("the above
  // address"). Not "the above average rate", where "above" goes with its own word.
  {
    match: 'the above',
    replace: ['these'],
    followedBy: `^\\s+(?!${NOT_AFTER_ABOVE})[\\p{L}-]*[^siu'’\\s]s(?![\\p{L}'’-])(?!\\s+(?:to|the|a|an|that|if|only|also|equally|whether|how|what|you|us|them)(?![\\p{L}]))`,
  },
  {
    match: 'the above',
    replace: ['this'],
    followedBy: `^\\s+(?!${NOT_AFTER_ABOVE})\\p{Ll}(?![\\p{L}-]*[^siu'’\\s]s(?![\\p{L}'’-]))[\\p{L}-]*(?![\\p{L}'’-])`,
  },
  // "The above applies to you": a verb in -s, or a plural noun before what may be its object; no one word fits.
  {
    match: 'the above',
    replace: [],
    followedBy: `^\\s+(?!${NOT_AFTER_ABOVE})\\p{Ll}`,
  },
  // "Free" alone stands after "be" ("is free of charge" → "is free") or before a noun; elsewhere it would
  // attach to the word before ("refer the matter to the Ombudsman free") or read as "without" ("(free from
  // mobile phones)"): "for free".
  {
    match: 'free of charge',
    replace: ['free'],
    after:
      "^(?:is|are|was|were|be|been|being|remains?|remained|isn[’']t|aren[’']t|not|always|also|completely|entirely)$",
  },
  {
    match: 'free of charge',
    replace: ['free'],
    followedBy:
      '^\\s+(?:services?|access|advice|help|support|tests?|checks?|treatment|care|calls?|places?|parking|transport|meals?|legal)(?![\\p{L}])',
  },
  e('free of charge', 'for free'),
  // «имеют право получить»: before a verb, "can"; before a noun ("entitled to a refund") a right is had.
  // Before a passive infinitive the right is to how one is treated ("are entitled to be treated with respect"):
  // "can be treated" makes it a possibility. Nothing to paste.
  {
    match: 'are entitled to|is entitled to|be entitled to',
    replace: [],
    followedBy: `^\\s+be\\s+(?:\\p{L}+ly\\s+)?${PASSIVE_PARTICIPLE}`,
  },
  { match: 'are entitled to|is entitled to', replace: [], followedBy: THEN_ANOTHER_INFINITIVE },
  {
    match: 'are entitled to',
    replace: ['can'],
    followedBy: BEFORE_A_VERB,
  },
  {
    match: 'is entitled to',
    replace: ['can'],
    followedBy: BEFORE_A_VERB,
  },
  // After "be" the right to receive is the right to the thing: "may be entitled to receive free meals" → "may be
  // entitled to free meals"; not where another verb shares "receive" ("receive and keep").
  {
    match: 'entitled to receive',
    replace: ['entitled to'],
    after: '^(?:be|been|being)$',
    followedBy: '^\\s+(?!(?:and|or)\\s)[\\p{L}£$€\\d]',
  },
  // After a modal ("will be entitled to challenge") "can" cannot stand: "be able to" before a verb, a right
  // before a noun ("may be entitled to a refund" → "may have a right to"). "be entitled to receive" is the entry
  // above's.
  { match: 'be entitled to', replace: [], after: MODAL, followedBy: THEN_ANOTHER_INFINITIVE },
  {
    match: 'be entitled to',
    replace: ['be able to'],
    after: MODAL,
    followedBy: `^(?!\\s+receive\\b)(?:${BEFORE_A_VERB.slice(1)})`,
  },
  {
    match: 'be entitled to',
    replace: ['have a right to'],
    after: MODAL,
    followedBy: '^\\s+(?:a|an|the|your|their|his|her|its|our|any|some|free|full|\\d|£|€|\\$)',
  },
  { match: 'be entitled to', replace: [], after: MODAL, followedBy: '^(?!\\s+receive\\b)' },
  e('are entitled to', 'have a right to', 'can get'),
  e('is entitled to', 'has a right to', 'can get'),
  // Negated, the same officialese: "Organisations are not entitled to refuse" → "cannot refuse" (a right
  // lacking, which "must not" would turn into a ban where the reader is the subject: "You must not claim").
  {
    match: 'are not entitled to|is not entitled to',
    replace: [],
    followedBy: `^\\s+be\\s+(?:\\p{L}+ly\\s+)?${PASSIVE_PARTICIPLE}`,
  },
  { match: 'are not entitled to|is not entitled to', replace: [], followedBy: THEN_ANOTHER_INFINITIVE },
  { match: 'are not entitled to|is not entitled to', replace: ['cannot'], followedBy: BEFORE_A_VERB },
  e('are not entitled to', 'do not have a right to', 'cannot get'),
  e('is not entitled to', 'does not have a right to', 'cannot get'),
  // "have the right to" is not flagged: it is plain English, the wording of the NHS Constitution and GOV.UK's
  // rights pages, and the plain form this pack itself offers for "entitled to". "can" turned a right into an
  // ability ("You also have the right to refuse" → "You also can refuse").
  // «Запрещается передавать»: a ban said to the reader, not about a thing. Reported to or by others ("remind
  // residents that it is prohibited to cross", "Applicants should note that …"), "you" would switch the person
  // inside the sentence; after any "that" an imperative ("that do not cross") is no English.
  {
    match: 'it is prohibited to|it is forbidden to|it is not permitted to|it is not allowed to',
    replace: [],
    precededBy: `(?:^|[^\\p{L}])(?:${PERSON_NOUNS}|them|him|her|they|he|she)(?![\\p{L}])[^.;:!?]*\\sthat\\s*$`,
  },
  {
    match: 'it is prohibited to|it is forbidden to|it is not permitted to|it is not allowed to',
    replace: ['you must not'],
    precededBy: '(?:^|\\s)that\\s*$',
  },
  e(
    'it is prohibited to|it is forbidden to|it is not permitted to|it is not allowed to',
    'you must not',
    'do not',
  ),
  e(
    'established by the legislation|established by legislation|prescribed by the legislation|prescribed by legislation|prescribed by law',
    'set by law',
  ),
  // "within 90 days of the issuance of the invitation" → "the issue of"; "the date of issuance" → "of issue".
  e('issuance', 'issue'),
  // A court's own case, named so in a summons: "witness in the above proceedings" → "in this case".
  e(
    'in the above proceedings|in the above-mentioned proceedings|in the above mentioned proceedings',
    'in this case',
  ),
  // Help given "in relation to" a task is help with it: "provides assistance to young families in relation to
  // the rental of" → "with the rental of"; "about" would make it advice.
  {
    match: 'with regard to|with regards to|with respect to|in regard to|in relation to|in respect of',
    replace: ['with'],
    precededBy: HELP_BEFORE,
  },
  ...topicFrame('with regard to|with regards to|with respect to|in regard to'),
  // An amount worked out "with reference to" a figure is based on it: "calculated about the cost" is no English.
  {
    match: 'with reference to',
    replace: ['based on'],
    after:
      '^(?:calculated|calculate|calculates|calculating|assessed|assess|assesses|assessing|determined|determine|determines|determining|set|sets|setting|fixed|measured|valued|adjusted)$',
  },
  e('with reference to', 'about'),
  // Mid-sentence "in relation to" is mostly "about" ("the information in relation to question 1").
  // A duty or a rule "in relation to" a task is one for it: "the obligations of providers about the registration"
  // reads as talk of duties. The noun may have its holder after it ("of accommodation providers"), but no clause
  // ("the rules that apply to you in relation to", where the topic is of the clause).
  {
    match: 'in relation to',
    replace: ['for'],
    precededBy:
      "(?:^|[^\\p{L}])(?:obligations?|duty|duties|rules?|requirements?|responsibilit(?:y|ies))(?:\\s+(?:of|on|upon)(?:\\s+[\\p{L}’'-]+){1,3})?\\s+$",
  },
  ...topicFrame('in relation to', 'about'),
  // After a decision, a complaint or an appeal (and the verbs that make or lodge it) "in respect of" names what
  // it is about: "a decision made for your application" reads as on its behalf.
  {
    match: 'in respect of',
    replace: ['about', 'for'],
    precededBy:
      '(?:^|\\s)(?:decisions?|complaints?|appeals?|reviews?|enquir(?:y|ies)|inquir(?:y|ies)|quer(?:y|ies)|objections?|rulings?|representations?|determinations?)(?:\\s+(?:that|which|we|you|they|he|she|it|has|have|had|been|was|were|is|are|be|will|made|taken|reached|given|lodged|submitted|received|raised|issued|sent|reviewed))*\\s+$',
  },
  // An order, a claim or measures taken "in respect of" a person are against them: "a protection order for the
  // perpetrator" would protect the perpetrator.
  {
    match: 'in respect of',
    replace: ['against'],
    precededBy:
      '(?:^|\\s)(?:orders?|injunctions?|claims?|actions?|proceedings|measures|sanctions|penalt(?:y|ies)|charges?|complaints?)(?:\\s+(?:made|taken|brought|issued|imposed|applied|filed))?\\s+$',
    followedBy:
      '^\\s+(?:(?:the|a|an|any|that|this|such|each)\\s+)?(?:perpetrators?|offenders?|abusers?|defendants?|debtors?|respondents?|suspects?|accused|him|her|them|violators?|wrongdoers?)(?![\\p{L}])',
  },
  e('in respect of', 'for', 'about'),
  // «В связи с праздниками»: "because of the holidays", only where it opens its clause and a comma closes its
  // noun phrase ("In connection with the holidays, the office is closed"); a trailing one ("held on Monday, in
  // connection with the attack") is no cause. Inside a clause it links what stands before it to its noun: a person
  // or an act held for an offence is "linked to" it ("arrested in connection with the attack"); after another
  // participle ("intoxicated in connection with the incident", "closed in connection with repairs") neither
  // "linked to" nor "because of" says what it meant: nothing to paste.
  {
    match: 'in connection with',
    replace: ['because of', 'about'],
    notAfter: '^',
    followedBy: '^\\s+[^,.;:!?()–—]{1,80},',
  },
  {
    match: 'in connection with',
    replace: ['linked to', 'about'],
    after:
      '^(?:arrested|detained|charged|questioned|wanted|held|investigated|interviewed|sought|searched|fined|convicted|jailed|sentenced|suspected|identified|named)$',
  },
  { match: 'in connection with', replace: [], after: "^[\\p{L}'’-]+ed$" },
  // After a measure set up earlier in its clause ("a quarantine has been established in the village of X in
  // connection with a case of rabies") it gives the measure's cause, not a link of the noun right before it.
  {
    match: 'in connection with',
    replace: ['because of'],
    precededBy: `(?:^|[^\\p{L}])(?:is|are|was|were|be|been)\\s+(?:${MEASURES_TAKEN})(?![\\p{L}])[^,;:.!?()]*$`,
  },
  e('in connection with', 'linked to', 'about'),
  e('pertaining to', 'about'),
  { match: 'regarding', replace: ['as for', 'for'], notAfter: '^', followedBy: TOPIC_THEN_CLAUSE },
  e('regarding', 'about'),
  // The preposition ("questions concerning the fee"), not the adjective ("it is concerning", "very concerning",
  // "it was “concerning” that": a preposition has its noun phrase right after it).
  {
    match: 'concerning',
    replace: ['about'],
    followedBy: '^\\s+[\\p{L}\\d]',
    notAfter:
      '^(?:am|is|are|was|were|be|been|being|very|more|most|deeply|particularly|really|so|quite|too|extremely|highly)$',
  },
  e('at this point in time', 'now'),
  e('at this moment in time', 'now'),
  e('at the present time', 'now'),
  // "Remains in custody at this time", "no action is needed at this time": now. Not "at this time of year", nor
  // a clause told in the past ("the village was small at this time" was then), nor opening a sentence.
  {
    match: 'at this time',
    replace: ['now'],
    after: "^[\\p{L}\\d'’-]+$",
    // Nor a condition, which points back to a time given: "if you cannot attend at this time".
    notInClause: "^(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t|if|unless|whether|when)$",
    // "Please arrive at this time" points back to a time just given: only a clause that denies or that keeps a
    // state ("remains in custody", "no action is needed") says "now".
    inClause: AT_THIS_TIME_NOW,
    followedBy: '^(?:\\s*[.,;:!?)]|\\s*$)',
  },
  // Officialese of council pages the guides name. "It is advisable to" tells the reader: "You should".
  e('it is advisable to', 'you should'),
  e('it is advisable that|it is advisable for'),
  // "The Council reserves the right to refuse entry" → "may refuse".
  e('reserves the right to|reserve the right to', 'may'),
  e('reserved the right to'),
  // "Computers are available for use by members" → "available for members".
  { match: 'for use by', replace: ['for'], after: '^available$' },
  // "DVDs are subject to a loan period of 1 week": a rule said as a state; the fixed "subject to change",
  // "subject to approval" have their own words.
  { match: 'is subject to|are subject to', replace: [], followedBy: '^\\s+(?:a|an)\\s' },
  // After a modal's or an infinitive's "be" the rule is a process the reader will go through: "Your premises will
  // be subject to inspection" → "will be inspected", "may be subject to review" → "may be reviewed" (not "of"
  // after it: "review of the rules" is no "reviewed of"). Other processes ("will be subject to a reduction in
  // priority") want the sentence rewritten: nothing to paste. "Subject to approval" may not end in approval:
  // no "be approved".
  ...[
    ['review', 'reviewed'],
    ['inspection', 'inspected'],
    ['assessment', 'assessed'],
    ['audit', 'audited'],
    ['checks', 'checked'],
    ['verification', 'checked'],
  ].map(([noun = '', participle = '']) => ({
    ...e(`be subject to ${noun}`, `be ${participle}`),
    notBefore: '^(?:of|and|or)$',
  })),
  {
    match: 'be subject to',
    replace: [],
    followedBy: `^\\s+(?:(?:a|an)\\s|${PROCESS_NOUN})`,
  },
  { match: 'is subject to|are subject to', replace: [], followedBy: `^\\s+${PROCESS_NOUN}` },
  // "The consumption of alcohol" is drinking it, "of food" eating it; of energy or anything else, nothing to paste.
  {
    match: 'the consumption of',
    replace: ['drinking'],
    followedBy:
      '^\\s+(?:alcohol|alcoholic\\s+drinks|drinks|beer|wine|spirits|water|fluids|liquids|coffee|tea|sugary\\s+drinks)(?![\\p{L}])',
  },
  {
    match: 'the consumption of',
    replace: ['eating'],
    followedBy: '^\\s+(?:food|meat|fish|fruit|vegetables|sweets|snacks|meals)(?![\\p{L}])',
  },
  e('the consumption of'),
  // "Ensure adequate hydration": drink enough water, which the sentence has to say in its own way.
  e('adequate hydration|adequately hydrated'),
  // "Consideration was given to" hides who considered: "We considered" opening a clause; after another word
  // ("careful consideration was given") nothing to paste.
  ...[
    ['consideration was given to', 'we considered'],
    ['consideration has been given to', 'we have considered'],
    ['consideration is given to', 'we consider'],
    ['consideration will be given to', 'we will consider'],
  ].flatMap(([match = '', plain = '']): PhraseEntry[] => [
    {
      match,
      replace: [plain],
      precededBy: '(?:^|[,;:]|(?:^|\\s)(?:and|but|so|then))\\s*$',
      notBefore: '^by$',
    },
    { match, replace: [] },
  ]),
  // "Deferral" of a payment: nothing plainer fits every sentence ("delay" says it is late).
  e('deferral|deferrals'),
  // "Any person requiring help" → "Anyone"; not in a list ("any person or body").
  { match: 'any person', replace: ['anyone'], followedBy: '^(?!\\s+(?:or|and|who\\s+is\\s+a)\\s)' },
  // "Within the library" is in it; "within 14 days" is a time limit, plain. What is kept within its bounds ("the
  // fire was contained within the site") is not just in them.
  {
    match: 'within',
    replace: ['in'],
    notAfter:
      '^(?:contained|confined|restricted|limited|kept|held|remain|remains|remained|stay|stays|stayed)$',
    followedBy:
      '^\\s+(?:the|this|our|your|its)\\s+(?:library|libraries|building|buildings|premises|site|area|park|centre|office|offices|school|hospital|borough|district|county|city|town|room|rooms|grounds|home|property|estate|venue)(?![\\p{L}])',
  },
  // GOV.UK style: "phone", not "telephone", as noun and verb ("by telephone", "Please telephone us").
  e('telephone', 'phone'),
  e('telephones', 'phones'),
  e('telephoned', 'phoned'),
  e('telephoning', 'phoning'),
  // "A summary will be published in due course" → "later".
  e('in due course', 'later', 'soon'),
  // "Following a review of your claim", "witnesses following a collision on the A38": after. Only before an event
  // that ends its noun phrase: "following the guidance" obeys it, "the following review" is the next one, and
  // "is following the case" or "kept following the reports" watches it.
  {
    match: 'following',
    replace: ['after'],
    // "Following up complaints" is the phrasal verb.
    notBefore: '^up$',
    notAfter:
      '^(?:a|an|the|this|that|these|those|his|her|its|their|our|your|my|am|is|are|was|were|be|been|being|by|not|also|still|closely|carefully|keep|keeps|kept|keeping|continue|continues|continued|start|started|stop|stopped|begin|began|avoid|avoided|recommend|recommends|recommended|for|of|on|about|without|from)$',
    followedBy: `^\\s+(?:(?:a|an|the|this|that|these|those|your|our|their|his|her|its|recent|last)\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:${EVENTS})(?=\\s*[,.;:!?)]|\\s*$|\\s+(?:of|on|in|at|by|to|into|from|for|with|which|that|last|this|yesterday|earlier)(?![\\p{L}]))`,
  },
  // «текущего года», «ағымдағы жылдың» in translation.
  // After a date it is "this year" ("1 October of the current year" → "1 October this year"); after another noun
  // the "of" stays: "by the end of the current year" → "by the end of this year", never "the end this year".
  {
    match: 'of the current year',
    replace: ['this year'],
    after:
      '^(?:\\d+(?:st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|october|november|december)$',
  },
  e('of the current year', 'of this year'),
  e('in the current year', 'this year'),
  e('the current year', 'this year'),
  // "Up to date" is another phrase.
  { match: 'to date', replace: ['so far'], notAfter: '^up$' },
  // Before a pronoun or a determiner the "of" stays: "a number of our staff" → "some of our staff", "the
  // majority of whom" → "most of whom".
  // "One of a number of rappers" → "one of several", not "one of some".
  { match: 'a number of', replace: ['several of'], after: '^of$', followedBy: OF_STAYS },
  { match: 'a number of', replace: ['several'], after: '^of$' },
  { match: 'a number of', replace: ['some of', 'several of'], followedBy: OF_STAYS },
  e('a number of', 'some', 'several'),
  { match: 'a large number of|a significant number of', replace: ['many of'], followedBy: OF_STAYS },
  e('a large number of', 'many'),
  e('a significant number of', 'many'),
  { match: 'a sufficient number of', replace: ['enough of'], followedBy: OF_STAYS },
  e('a sufficient number of', 'enough'),
  { match: 'a considerable amount of', replace: ['a lot of', 'much of'], followedBy: OF_STAYS },
  e('a considerable amount of', 'a lot of', 'much'),
  e('a portion of', 'part of'),
  { match: 'the majority of', replace: ['most of'], followedBy: OF_STAYS },
  { match: 'the majority of', replace: ['most of'], followedBy: POSSESSIVE_NEXT },
  e('the majority of', 'most'),
  e('in the majority of cases', 'usually', 'in most cases'),
  // "A majority of respondents" → "most"; a margin ("won a majority of 20") is no "most", and plain.
  { match: 'a majority of', replace: ['most of'], followedBy: OF_STAYS },
  { match: 'a majority of', replace: ['most of'], followedBy: POSSESSIVE_NEXT },
  { match: 'a majority of', replace: ['most'], followedBy: '^\\s+(?![\\d£$€])' },
  // "A total of 2,418 responses": the figure is the total; cut the words (nothing to paste, the figure may then
  // open the sentence).
  {
    match: 'a total of',
    replace: [],
    followedBy: '^\\s+(?:about\\s+|around\\s+|some\\s+|over\\s+|almost\\s+|nearly\\s+)?[\\d£$€]',
  },
  // After a noun "more than" reads wrong ("expenditure more than £1,000"), "over" right; it opens a sentence and
  // follows a verb ("In excess of 120 …", "is in excess of", "earns in excess of").
  {
    match: 'in excess of',
    replace: ['more than', 'over'],
    precededBy: `(?:^|\\b${VERB_BEFORE_AMOUNT})\\s*$`,
  },
  e('in excess of', 'over', 'above'),
  e('not less than', 'at least'),
  // "Send all correspondence to" → "all letters"; only after a word that makes it the letters themselves and not
  // before a singular verb ("letters is") or as a noun's modifier ("correspondence address", "course").
  {
    ...e('correspondence', 'letters', 'post'),
    after: '^(?:all|your|our|their|his|her|my|any|no|further|future|previous|recent|written)$',
    notBefore:
      "^(?:is|was|has|does|isn't|isn’t|wasn't|wasn’t|hasn't|hasn’t|remains|seems|address(?:es)?|courses?|schools?|with|between)$",
  },
  // Right after a verb of sending it is the letters too: "Send correspondence to" → "Send letters to".
  {
    ...e('correspondence', 'letters', 'post'),
    after:
      '^(?:send|sends|sent|sending|address|addressed|forward|forwarded|direct|directed|return|returned|mail|post)$',
    notBefore: '^(?:with|between|address(?:es)?|courses?)$',
  },
  e('in contravention of', 'against', 'breaking'),
  // "is under consideration" → "is being considered"; after "remain" or "keep" only a rewrite reads right.
  {
    ...e('under consideration'),
    after: '^(?:remains?|remained|remaining|stays?|stayed|keeps?|kept|put|puts|placed|comes?|came)$',
  },
  e('under consideration', 'being considered'),
  // "refrain from smoking" → "avoid smoking", "refrain from noise" → "avoid noise": "avoid" takes both.
  e('refrain from', 'avoid'),
  e('refrains from', 'avoids'),
  e('refrained from', 'avoided'),
  e('refraining from', 'avoiding'),
  // Who has received it is the subject's: "We acknowledge receipt of your letter" → "We confirm we have
  // received", "Please acknowledge receipt of" → "Please confirm you have received"; another subject ("I",
  // "the council") needs its own words.
  {
    ...e('acknowledge receipt of', 'confirm we have received'),
    precededBy: '(?:^|[^\\p{L}])we\\s+(?:[\\p{L}]+\\s+){0,3}$',
  },
  { ...e('acknowledge receipt of', 'confirm you have received'), precededBy: '(?:^|[^\\p{L}])please\\s+$' },
  e('acknowledge receipt of|acknowledges receipt of|acknowledged receipt of|acknowledging receipt of'),
  // A charge levied is one charged ("fees levied by the council"); "levied against" a person is another sense.
  // After "charges" "charged" repeats it: "the charges levied by" → "made by".
  { ...e('levied', 'made'), after: '^charges?$', notBefore: '^(?:against|at)$' },
  { ...e('levied', 'charged'), notBefore: '^(?:against|at)$' },
  { ...e('levying', 'charging'), notBefore: '^(?:against|at)$' },
  // "About" an amount only: "in the region of £5,000", but "an employer in the region of arrival" is a place.
  { ...e('in the region of', 'about'), followedBy: AN_AMOUNT_AFTER },
  // "A cheque in the amount of £50" → "for £50": a document written out for a sum. Elsewhere "for" reads as a
  // price or a cause ("a fine for 5 MCI", "a subsidy for relocation for 70 MCI"): "of" only.
  {
    ...e('in the amount of', 'of', 'for'),
    after: '^(?:cheques?|checks?|invoices?|bills?|receipts?|vouchers?|orders?|quotes?|estimates?)$',
  },
  e('in the amount of', 'of'),
  // "Costs in the sum of £1,500" → "costs of £1,500"; after a verb ("was paid in the sum of") "of" reads wrong.
  { match: 'in the sum of', replace: [], after: '^(?:\\p{L}+ed|paid|pay|pays|paying)$' },
  e('in the sum of', 'of'),
  // Before "that" it is making sure: "find out that they comply" would take it as given. Before "whether" or
  // "if" both fit, "check" the plainer. "It was ascertained that" is found, and "was checked that" says
  // another thing: nothing to paste.
  {
    match: PARTICIPLE_AFTER.split('|')
      .filter((auxiliary) => !auxiliary.startsWith('ha'))
      .map((be) => `${be} ascertained`)
      .join('|'),
    replace: [],
    followedBy: '^\\s+(?:that|whether|if)(?![\\p{L}])',
  },
  ...verb('ascertain/ascertains/ascertained/ascertaining', 'check/checks/checked/checking').map((entry) =>
    alsoFollowedBy(entry, '^\\s+(?:that|whether|if)(?![\\p{L}])'),
  ),
  // "Find out" wants a question or a fact after it ("find out who", "find out the cause"); before a bare noun of
  // state ("to ascertain compliance", "ascertain their eligibility") it is "check".
  ...verb(
    'ascertain/ascertains/ascertained/ascertaining',
    'check/checks/checked/checking',
    'find out/finds out/found out/finding out',
  ).map((entry) =>
    alsoFollowedBy(entry, '^(?!\\s+(?:the|a|an|what|who|whom|whose|which|when|where|why|how)(?![\\p{L}]))'),
  ),
  ...verb(
    'ascertain/ascertains/ascertained/ascertaining',
    'find out/finds out/found out/finding out',
    'check/checks/checked/checking',
  ),
  e('remuneration', 'pay'),
  // "Expedited" before its noun is an adjective ("An expedited service" is no "A sped up service"): a procedure
  // is fast-track; another noun ("expedited delivery") wants its own word, nothing to paste. After a determiner
  // or opening the sentence it is that adjective; after a subject it stays the verb ("We expedited the case").
  { match: 'a expedited|an expedited', replace: ['a fast-track'], followedBy: EXPEDITED_PROCEDURE },
  ...[
    { match: 'expedited', replace: ['fast-track'], after: EXPEDITED_ADJECTIVE_AFTER },
    { match: 'expedited', replace: ['fast-track'], notAfter: '^' },
  ].flatMap((entry): PhraseEntry[] => [
    { ...entry, followedBy: EXPEDITED_PROCEDURE },
    { ...entry, replace: [], followedBy: "^\\s+[\\p{L}'’-]+" },
  ]),
  // Straight before a bare noun and after no subject or auxiliary it is the adjective too ("We offer expedited
  // delivery"), while "We expedited delivery" and "was expedited" stay the verb.
  {
    match: 'expedited',
    replace: [],
    notAfter: EXPEDITED_VERB_AFTER,
    followedBy: EXPEDITED_BARE_NOUN,
  },
  ...verb('expedite/expedites/expedited/expediting', 'speed up/speeds up/sped up/speeding up'),
  ...afterArticle(e('expeditious', 'quick')),
  ...afterArticle(e('permissible', 'allowed')),
  e('expeditiously', 'quickly'),
  e('notwithstanding', 'despite', 'even if'),
  e('henceforth', 'from now on'),
  e('hereby'),
  e('herein', 'here', 'in this document'),
  e('hereinafter'),
  e('hereinafter referred to as|hereinafter called|hereafter referred to as'),
  e('heretofore|hitherto', 'until now', 'so far'),
  e('herewith', 'here'),
  e('thereof', 'of it', 'its'),
  e('therein', 'in it', 'there'),
  e('thereafter', 'after that', 'then'),
  e('thereat'),
  // "You will be informed accordingly": after a verb of telling it adds nothing, so cut it. Elsewhere ("act
  // accordingly") it says how, and stays.
  { match: 'accordingly', replace: [], after: '^(?:informed|notified|advised|told|updated)$' },
  // Archaic legalese, not "therefore": "the reasons therefor" is "for it" or "for them", by the noun before.
  e('therefor'),
  // "Save" before a condition is "except": "save in exceptional circumstances" (not the verb: "save for a deposit").
  e('save in exceptional', 'except in exceptional'),
  e('save as otherwise', 'except as otherwise'),
  // "…, save where disclosure is required by law": the preposition, after the comma that opens a clause of
  // exception; elsewhere "save" may be the verb ("Save where you like", "players save when they can").
  { match: 'save where', replace: ['except where'], precededBy: ',\\s*$' },
  { match: 'save when', replace: ['except when'], precededBy: ',\\s*$' },
  { match: 'save that', replace: ['except that'], precededBy: '[,;]\\s*$' },
  // Review 21. "In cases where" is "where" or "if" wherever it stands; "in its capacity as" is "as".
  e('in cases where', 'where', 'if'),
  e(
    ['its', 'his', 'her', 'their', 'our', 'my', 'your'].map((owner) => `in ${owner} capacity as`).join('|'),
    'as',
  ),
  // Who specified or stated it is for the sentence to say ("unless we say otherwise"): nothing to paste.
  e('unless otherwise specified|unless otherwise stated|unless otherwise indicated'),
  // "In this regard" points back at what came before; "about this" or "with this" fits by the verb.
  e('in this regard|in that regard'),
  // "You will be afforded the opportunity to comment" → "be given the chance to": the "be" stays as written.
  ...['be', 'been', 'being', 'is', 'are', 'was', 'were'].flatMap((be) => [
    e(`${be} afforded the opportunity to`, `${be} given the chance to`),
    e(`${be} afforded an opportunity to`, `${be} given a chance to`),
  ]),
  e('afforded the opportunity to|afforded an opportunity to'),
  // "Can be of considerable benefit to young people" → "can really help"; "of benefit to" is "help".
  ...(
    [
      ['be', 'help'],
      ['is', 'helps'],
      ['are', 'help'],
    ] as const
  ).flatMap(([be, help]) => [
    e(
      ['considerable', 'great', 'real', 'significant'].map((much) => `${be} of ${much} benefit to`).join('|'),
      `really ${help}`,
    ),
    e(`${be} of benefit to`, help),
  ]),
  // One who "may be liable to prosecution" may be prosecuted; after another verb ("will be liable") the
  // paste would make a risk a certainty, and the legal phrase is left alone.
  { match: 'be liable to prosecution', replace: ['be prosecuted'], after: '^(?:may|might|could)$' },
  // An undertaking given is a promise: "give an undertaking to pay" → "promise to pay".
  e('give an undertaking', 'promise'),
  e('gives an undertaking', 'promises'),
  e('gave an undertaking', 'promised'),
  e('given an undertaking', 'promised'),
  e('giving an undertaking', 'promising'),
  // A price that includes its tax: "is inclusive of VAT" → "includes VAT", "£5 inclusive of VAT" → "including".
  e('is inclusive of', 'includes'),
  e('are inclusive of', 'include'),
  e('inclusive of', 'including'),
  // "Rules applicable to landlords" are rules for them (after "be", "applies to" stands with the other "is …
  // to" phrases).
  // Only after a noun phrase with its determiner or a plural noun ("standing charges applicable to your supply"):
  // "seem applicable to this film" has no "for".
  {
    match: 'applicable to',
    replace: ['for'],
    precededBy:
      "(?:(?:^|\\s)(?:the|any|all|a|an|those|these|this|that|each|every|its|their|our|your|other)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+|[\\p{L}]{3,}[^s\\W]s)\\s+$",
    notAfter: `^(?:${PARTICIPLE_AFTER}|not|be|become|becomes|remain|remains|seem|seems|seemed|appear|appears|appeared|looks|does|also|only|equally|directly|more|less|very|thus|perhaps)$`,
  },
  // A rate, a price or a rule in force is "current": "the prevailing rate" → "the current rate". Winds and views
  // that prevail are plain English.
  {
    match: 'prevailing',
    replace: ['current'],
    followedBy:
      '^\\s+(?:(?:market|interest|exchange)\\s+)?(?:rates?|prices?|conditions|circumstances|market|law|legislation|guidance|rules|regulations|policy|standards?|charges?|fees?)(?![\\p{L}])',
  },
  // A date a rule starts from: "The changes become effective on 1 April" → "start".
  e('become effective', 'start'),
  e('becomes effective', 'starts'),
  e('became effective', 'started'),
  e('becoming effective', 'starting'),
  // After "be" the "as" goes too: "The rules are as set out in the schedule" → "are in the schedule".
  { match: 'as set out in', replace: ['in'], after: '^(?:is|are|was|were|be|been)$' },
  e('as set out in', 'as in'),
  // "Subject to" as a condition that opens its sentence ("Subject to approval, we will …") hides an "if" or "as
  // long as" that needs the sentence rewritten: nothing to paste.
  { match: 'subject to', replace: [], precededBy: '^\\s*$' },
  // "In the case of children" is "for children"; opening a sentence before "a" or "an" it is a condition ("In
  // the case of a dispute, …" wants "If there is a dispute"): nothing to paste. A case's name ("in the case of
  // Smith v Jones") is a court case, not officialese.
  { match: 'in the case of', replace: [], precededBy: '^\\s*$', followedBy: '^\\s+(?:a|an)(?![\\p{L}])' },
  { match: 'in the case of', replace: ['for'], followedBy: '^\\s+(?!\\p{Lu})' },
  // A time counted from getting something: "within 14 days of receipt of this notice" → "of getting".
  // Only what the agency sends is the reader's to get: "within 12 weeks of getting a completed application"
  // would have the applicant get it, and who gets it is for the sentence to say. Nothing to paste there.
  {
    match: 'of receipt of',
    replace: ['of getting'],
    precededBy: '(?:^|[^\\p{L}])(?:days?|weeks?|months?|hours?|years?)\\s+$',
    followedBy: SENT_NOTICE,
  },
  e('of receipt of'),
  // Costs that someone "incurs" are run up or paid, which the sentence must say: nothing to paste.
  {
    match: 'incur|incurs|incurred|incurring',
    replace: [],
    followedBy:
      "^\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:costs?|charges?|fees?|expenses?|penalt(?:y|ies)|fines?|debts?|liabilit(?:y|ies)|interest)(?![\\p{L}])",
  },
  {
    match: 'incurred|incurring',
    replace: [],
    precededBy: '(?:^|[^\\p{L}])(?:costs?|charges?|fees?|expenses?|debts?|liabilit(?:y|ies)|interest)\\s+$',
  },
  // "So" opens a clause ("and thereby cut costs" → "and so cut costs"); before a participle ("…, thereby
  // creating a bowl") or inside a clause ("the rule thereby ends it") it is no English.
  { match: 'thereby', replace: ['in this way'], followedBy: "^\\s+[\\p{L}'’-]+ing(?![\\p{L}])" },
  { match: 'thereby', replace: ['so', 'in this way'], after: '^(?:and|or|but)$' },
  e('thereby', 'in this way'),
  // After a comma "whereby" opens a clause of what follows ("a fee, whereby the apostille is issued in a day"),
  // which "by which" cannot open without its noun right before it: the sentence wants "so that" or "and then",
  // which depends on its sense, so nothing to paste.
  { match: 'whereby', replace: [], precededBy: ',\\s*$' },
  e('whereby', 'by which', 'where'),
  e('wherein', 'in which', 'where'),
  // Opening a sentence, "Whereas" opens a clause the main one follows: "While the fee is high, the duty is low"
  // ("But" would leave two main clauses joined by a comma). With a comma or colon after it, it opens a legal
  // recital ("WHEREAS, the Council …"): nothing to paste. Inside a sentence, ", whereas" contrasts: "but".
  { match: 'whereas', replace: [], precededBy: '^\\s*$', followedBy: '^\\s*[,:]' },
  { match: 'whereas', replace: ['while'], precededBy: '^\\s*$' },
  e('whereas', 'but', 'while'),
  e('the aforementioned', 'this', 'these'),
  e('aforementioned|aforesaid'),
  // "The undersigned" is the writer: "me" after a verb or preposition ("contact the undersigned", "signed by
  // the undersigned"), "I" as a subject before a verb form "I" takes ("the undersigned will"); before an -s form
  // ("the undersigned confirms") neither agrees: nothing to paste.
  {
    match: 'the undersigned',
    replace: ['me'],
    after:
      "^(?!(?:and|or|nor|but|that|which|who|when|whereas|if|because|where|while|as|then|so)$)[\\p{L}'’-]+$",
  },
  {
    match: 'the undersigned',
    replace: ['I'],
    followedBy:
      '^\\s+(?:will|would|can|could|may|might|must|shall|should|had|did|cannot|have|do|[\\p{L}]+ed)(?![\\p{L}])',
  },
  e('the undersigned'),
  e('whilst', 'while'),
  e('amongst', 'among'),
  e('amidst', 'amid'),
  e('albeit', 'although', 'though'),
  // "The application is deemed withdrawn": after "be", "treated as", not "thought" ("has deemed it" thinks).
  // "Are deemed to be" is "are considered to be" ("treated as to be" is no English). Without "be", deemed is
  // judged ("the referendum deemed illegal", "those deemed guilty"), not thought: "considered".
  ...'is|are|was|were|be|been|being'.split('|').flatMap((auxiliary) => [
    { match: `${auxiliary} deemed`, replace: [`${auxiliary} considered`], followedBy: '^\\s+to\\s' },
    // Before an adjective it is a judgement ("should it be deemed necessary", "deemed unacceptable"): being
    // "treated as necessary" is the legal fiction, kept for a noun or a participle ("is deemed withdrawn").
    { match: `${auxiliary} deemed`, replace: [`${auxiliary} considered`], followedBy: DEEMED_ADJECTIVE },
    e(`${auxiliary} deemed`, `${auxiliary} treated as`, `${auxiliary} considered`),
  ]),
  ...verb(
    'deem/deems/deemed/deeming',
    'consider/considers/considered/considering',
    'treat as/treats as/treated as/treating as',
  ),
  // A duty "forthwith" holds whenever its occasion comes ("notify us forthwith of any change"): "now" would
  // end it today.
  e('forthwith', 'at once', 'immediately'),
  // Lawyers' "shall" is either an obligation ("must") or the future ("will"). After "I" and "we" it is the
  // ordinary first-person future: "we shall see".
  // "Shall we meet?" asks, as plain English does.
  // "Shall be liable (to a penalty)" states a consequence, not a duty: "will", never "must".
  // So does its negative, held or not: "shall not be held liable" → "will not be held liable".
  {
    match: 'shall',
    replace: ['will'],
    notAfter: '^(?:i|we)$',
    followedBy: '^\\s+(?:not\\s+)?be\\s+(?:held\\s+)?liable(?![\\p{L}])',
  },
  // After a subject opened by "No" a "shall" forbids: "No windows shall be inserted" → "No windows may be
  // inserted"; "must" there reads as "need not".
  { match: 'shall', replace: ['may'], precededBy: '(?:^|[,;:(]\\s*)no\\s+[^,;:()]*$' },
  // A thing's measure or state ("The duration of the contract shall be 24 months", "The fee shall be EUR 50") is
  // stated, not ordered: "will" first.
  {
    match: 'shall',
    replace: ['will', 'must'],
    // A participle after "be" is a duty again ("The fee shall be paid"): "must" stays first there.
    followedBy:
      '^\\s+be\\s+(?![\\p{L}]+(?:ed|en)(?![\\p{L}])|(?:paid|made|set|held|kept|sent|sold|built|brought|done|put|told|spent|met|shown|sought|found)(?![\\p{L}]))',
    precededBy:
      "(?:^|\\s)(?:duration|period|term|terms|fees?|prices?|costs?|amounts?|values?|rates?|length|validity|deadlines?|budget|sum|total|size|number|maximum|minimum|limit|threshold|salary|rent|interest|penalty|fine|charge|charges|contract|agreement|licen[cs]e|permit|certificate|decision|notice|tender|offer)(?:\\s+of\\s+(?:[\\p{L}\\d'’-]+\\s+){1,5})?\\s*$",
  },
  // Before a passive it is what someone has to do ("Cash shall be declared" → "must be declared"): "will" would
  // make the duty a forecast.
  {
    match: 'shall',
    replace: ['must'],
    notAfter: '^(?:i|we)$',
    followedBy: `^\\s+be\\s+(?:\\p{L}+ly\\s+)?${PASSIVE_PARTICIPLE}`,
  },
  { match: 'shall', replace: ['must', 'will'], notAfter: '^(?:i|we)$', notBefore: '^(?:i|we)$' },
  // A law's "shall" is a future, not a duty: «вступает в силу».
  e('shall enter into force|shall come into force|shall take effect', 'will come into force', 'will start'),
  e('enters into force', 'comes into force', 'starts'),
  e('entered into force', 'came into force', 'started'),
  // "Purchase" is also a noun ("proof of purchase"): only its verb forms.
  e('to purchase', 'to buy'),
  e('purchased', 'bought'),
  // Its synonym, from a seller: "animals acquired from other owners" → "bought from". Skills or rights
  // "acquired" are gained, and stay.
  {
    match: 'acquired from',
    replace: ['bought from', 'got from'],
    followedBy:
      '^\\s+(?:(?:other|another|the|a|an|their|its)\\s+)?(?:owners?|sellers?|traders?|dealers?|breeders?|farms?|farmers?|shops?|retailers?|suppliers?)(?![\\p{L}])',
  },
  e('purchasing', 'buying'),
  // A passive has no participle of "get" to paste: "a place that has been obtained by fraud" is not "been got",
  // "must be obtained" not "be got". With "be" in the clause before, nothing to paste.
  // Right after "be" the officialese finding takes the whole passive, which defers to it: one finding, not two.
  {
    match: 'is obtained|are obtained|was obtained|were obtained|be obtained|been obtained|being obtained',
    replace: [],
  },
  { match: 'obtained', replace: [], inClause: '^(?:is|are|was|were|be|been|being)$' },
  // After its noun it is the participle, and "got" no adjective: "Evidence obtained during the inspection".
  { match: 'obtained', replace: [], notAfter: SUBJECT_BEFORE, followedBy: PARTICIPLE_FOLLOWED_BY },
  ...verb('obtain/obtains/obtained/obtaining', 'get/gets/got/getting'),
  // "Required by law" is a fixed phrase of duty: "disclosure is needed by law" loses it.
  ...['required', ...PARTICIPLE_AFTER.split('|').map((auxiliary) => `${auxiliary} required`)].map(
    (match) => ({
      match,
      replace: [],
      // "Required by law to publish" is a duty, the entry below.
      followedBy: '^\\s+by\\s+(?:law|statute|legislation)(?![\\p{L}])(?!\\s+to\\s)',
    }),
  ),
  // A duty with its source between ("is required under the Regulations 2012 to undertake", "required by law to
  // publish") is no need either: nothing to paste. "Required in order to apply" is a purpose, and needed, as is
  // "required in the event that you wish to enquire", a condition.
  {
    match: 'required',
    replace: [],
    followedBy:
      '^\\s+(?:under|by|in)\\s(?!order\\s+to\\s)(?!(?:the\\s+event|case)\\s)[^.;:!?]*?\\sto\\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|your|my)\\s)\\p{Ll}',
  },
  // What a summons or a court compels ("Your attendance is required", "compliance with the order is required")
  // is a duty in law, which "needed" would weaken to a wish: nothing to paste.
  {
    match: 'required',
    replace: [],
    precededBy:
      '(?:^|[^\\p{L}])(?:attendance|presence|appearance|compliance)(?:\\s+(?:at|in|before|with|of)\\s+[^,;:.]*?)?\\s+(?:is|are|was|were|will\\s+be|shall\\s+be|be|being)(?:\\s+\\p{L}+ly|\\s+also|\\s+still|\\s+hereby)?\\s*$',
  },
  // With an adverb between ("were previously required to apply") the duty cannot be said with "needed".
  {
    match: 'required',
    replace: [],
    after:
      '^(?:also|still|often|usually|always|never|sometimes|now|already|legally|normally|generally|currently|previously|formerly|once|further|additionally|then)$',
    followedBy: '^\\s+to\\s',
  },
  // plainlanguage.gov's "simple words": require → need, individuals → people, deploy → use, pledge → promise.
  // "Require that …" takes no "need". A duty laid on someone ("rules that require them to appear") or by a
  // law ("legislation requiring it") is no need: "need them to appear" wants it, "legislation needing it"
  // lacks it. There is nothing to paste.
  ...verb('require/requires/required/requiring', 'need/needs/needed/needing')
    .flatMap((entry) => [
      { ...entry, replace: [], followedBy: OBJECT_THEN_INFINITIVE, notBefore: '^that$' },
      // Only the active: "new rules were required" were needed.
      ...(entry.match.includes(' ')
        ? []
        : [
            {
              ...entry,
              replace: [],
              inClause: LAWS,
              notAfter: `^(?:${PARTICIPLE_AFTER})$`,
              notBefore: '^that$',
            },
          ]),
      // "Requiring" that opens a sentence or an item after a colon, a semicolon or a dash ("including: requiring
      // an annual report") has its doer, a law, out of sight: "needing" would turn the duty into a want. After a
      // comma it says what the clause before it needs ("…, requiring great skill").
      ...(entry.match === 'requiring'
        ? [{ ...entry, replace: [], notAfter: '^', notListedAfter: '^', notBefore: '^that$' }]
        : []),
      { ...entry, notBefore: '^that$' },
    ])
    .map(notAttributive),
  // In a sentence about animals the individuals are wolves or whales; "individuals’ names" would leave
  // "people’ names". Nothing to paste.
  { match: 'individuals', replace: [], inSentence: ANIMALS },
  { match: 'individuals', replace: [], followedBy: "^['’](?![\\p{L}])" },
  // Set against companies or legal entities, "individuals" is a legal status, natural persons: "people" would
  // take in the companies' representatives too.
  {
    match: 'individuals',
    replace: [],
    inSentence: '^(?:compan(?:y|ies)|businesses|firms|entit(?:y|ies)|corporations?)$',
  },
  { match: 'individuals', replace: [], inText: '[Ll]egal (?:entit(?:y|ies)|persons?)' },
  e('individuals', 'people'),
  // GOV.UK: "deploy" unless it is troops or software, which are deployed in plain English: not flagged. People
  // or goods deployed to a place are sent there ("were deployed to the region" → "were sent to"); what is put to
  // use is used ("deployed extra resources to cut queues" → "used").
  ...[
    ...verb('deploy/deploys/deployed/deploying', 'send/sends/sent/sending').map((entry) =>
      alsoFollowedBy(entry, DEPLOYED_TO_A_PLACE),
    ),
    // After its noun it is the participle: "Officers deployed at the scene" were not used there. "Have been
    // deployed to deal with it" is sent, and keeps its paste.
    {
      match: 'deployed',
      replace: [],
      notAfter: `^(?:i|you|he|she|it|we|they|who|which|${PARTICIPLE_AFTER})$`,
      followedBy: `^(?!\\s+to(?![\\p{L}]))${PARTICIPLE_FOLLOWED_BY.slice(1)}`,
    },
    ...verb('deploy/deploys/deployed/deploying', 'use/uses/used/using', 'send/sends/sent/sending'),
  ].map((entry) => ({
    ...alsoFollowedBy(entry, `^(?!\\s+${OWN_WORDS_BEFORE_NOUN}(?:${MILITARY_OR_SOFTWARE})(?![\\p{L}]))`),
    notInClause: `^(?:${MILITARY_OR_SOFTWARE})$`,
  })),
  ...verb('pledge/pledges/pledged/pledging', 'promise/promises/promised/promising'),
  // "Assist you in the preparation of" is a verb hidden in a noun: "help you prepare".
  ...['assist/help', 'assists/helps', 'assisted/helped', 'assisting/helping'].flatMap((pair) => {
    const [form, plain] = pair.split('/');
    return [
      {
        match: `${form} * in the preparation of`,
        replace: [`${plain} {2} prepare`],
        between: '^(?:you|them|us|him|her|me|applicants?|residents?|claimants?|people|customers)$',
      },
      { match: `${form} in the preparation of`, replace: [`${plain} prepare`] },
    ];
  }),
  // "Assisted" before the noun of a service names it: "assisted collections", "assisted living", "assisted
  // digital", "assisted dying" are no "helped" anything, and no officialese.
  ...verbAlsoNoun('assist/assists/assisted/assisting', 'help/helps/helped/helping').map((entry) =>
    entry.match.split(' ').includes('assisted')
      ? alsoFollowedBy(entry, `^(?!\\s+${ASSISTED_SERVICE})`)
      : entry,
  ),
  // "Targeted social assistance" is a benefit's name.
  { match: 'assistance', replace: ['help'], notAfter: '^social$' },
  // Before a noun with "of" and its amount "more" reads as a comparison: "Additional costs of £120 apply" →
  // "Extra costs of £120", not "More costs of £120".
  { ...e('additional', 'extra', 'more'), followedBy: "^\\s+[\\p{L}'’-]+\\s+of\\s" },
  // After "or" "more" reads as a number's "or more" ("conditions or more needs"): "extra".
  { match: 'additional', replace: ['extra'], after: '^(?:or|nor)$' },
  // "More" is no determiner after another one: "each additional attempt" is "each extra attempt".
  {
    match: 'additional',
    replace: ['extra'],
    after: '^(?:each|every|any|another|one|no|this|that|these|those)$',
  },
  ...afterArticle(e('additional', 'more', 'extra')),
  e('additionally', 'also'),
  // "Ordinarily resident" is a legal test of where someone lives, which "usually" would not name.
  { match: 'ordinarily', replace: ['usually'], notBefore: '^(?:resident|residents|residence)$' },
  // Between an article and what it measures "about" is no adverb: "an approximately twofold rise" → "a
  // roughly twofold rise", not "an about twofold".
  { match: 'approximately', replace: ['roughly'], after: '^(?:a|an|the)$' },
  e('approximately', 'about'),
  e(
    'a sufficient quantity of|a sufficient amount of|a sufficient number of|sufficient quantities of',
    'enough',
  ),
  e('sufficient', 'enough'),
  // "You must be in a position to show" → "be able to"; "the applicant is in a position to" gets "you are able
  // to" from `readerWithBePhrases`.
  e('be in a position to', 'be able to'),
  e('is in a position to', 'is able to', 'can'),
  e('are in a position to', 'are able to', 'can'),
  e('am in a position to', 'am able to', 'can'),
  e('was in a position to', 'was able to', 'could'),
  e('were in a position to', 'were able to', 'could'),
  e('between the hours of', 'between'),
  // "Properties located on Mill Lane" → "on Mill Lane", "is located in" → "is in"; not after a doer who found
  // something ("we located the leak"), nor after a comma, where it describes a place in passing (news: "Palu,
  // located at the end of a bay").
  ...['on', 'in', 'at'].map((preposition) => ({
    ...e(`located ${preposition}|situated ${preposition}`, preposition),
    notAfter: '^(?:i|we|you|they|he|she|it|who|has|have|had)$',
    precededBy: '^(?![\\s\\S]*[,;:(]\\s*$)',
  })),
  // "Properties located within the flood risk zone" are in it.
  {
    ...e('located within|situated within', 'in'),
    notAfter: '^(?:i|we|you|they|he|she|it|who|has|have|had)$',
    precededBy: '^(?![\\s\\S]*[,;:(]\\s*$)',
  },
  // Living somewhere: "who are resident in the municipality" → "who live in"; "ordinarily resident" is a term.
  e('are resident in|am resident in|be resident in', 'live in'),
  e('is resident in', 'lives in'),
  e('was resident in|were resident in|been resident in', 'lived in'),
  // A stock apology of notices: the Council "is sorry for the trouble" (this may cause). "We (sincerely)
  // apologise" is "We are sorry", "I apologise" "I am sorry".
  ...[
    ['we', 'are'],
    ['i', 'am'],
  ].map(([subject, be]) => ({
    match: '|sincerely |deeply |unreservedly |'
      .split('|')
      .slice(0, 4)
      .flatMap((adverb) =>
        ['apologise', 'apologize'].flatMap((verb) =>
          [
            'any inconvenience caused',
            'the inconvenience caused',
            'any inconvenience',
            'the inconvenience',
          ].map((what) => `${adverb}${verb} for ${what}`),
        ),
      )
      .join('|'),
    replace: [`${be} sorry for the trouble`],
    after: `^${subject}$`,
  })),
  e(
    'apologises for any inconvenience caused|apologizes for any inconvenience caused|apologises for the inconvenience caused|apologizes for the inconvenience caused',
    'is sorry for the trouble',
  ),
  e(
    'apologises for any inconvenience|apologizes for any inconvenience|apologises for the inconvenience|apologizes for the inconvenience',
    'is sorry for the trouble',
  ),
  ...verb(
    'assist in the prevention of/assists in the prevention of/assisted in the prevention of/assisting in the prevention of',
    'help prevent/helps prevent/helped prevent/helping prevent',
  ),
  e('in circumstances where|in circumstances in which', 'where', 'if'),
  // "In such circumstances as the court thinks fit" names which ones: nothing to paste.
  { match: 'in such circumstances', replace: [], followedBy: '^\\s+(?:as|where|in\\s+which)(?![\\p{L}])' },
  e('in such circumstances', 'in this case', 'then'),
  // No one word says how much it matters in place: "is of fundamental importance to" wants "matters a lot to"
  // or a rewrite.
  // After "be" the utmost is "very important": "It is of the utmost importance that you boil" → "It is very
  // important that you boil"; after a noun ("matters of the utmost importance") "very important" would stand
  // after it, and nothing is pasted.
  {
    match: 'of paramount importance|of the utmost importance',
    replace: ['very important'],
    after: '^(?:is|are|was|were|be|been|being|remains|remain|seems|seem)$',
  },
  e('of fundamental importance|of paramount importance|of the utmost importance'),
  // A repair is made, not effected: "will endeavour to effect a repair within 5 days" → "repair"; with what is
  // repaired after "to" or "of" the verb alone would strand it: "make a repair to the road".
  ...verb(
    'effect a repair/effects a repair/effected a repair/effecting a repair',
    'make a repair/makes a repair/made a repair/making a repair',
  ).map((entry) => ({ ...entry, followedBy: '^\\s+(?:to|of|on)(?![\\p{L}])' })),
  ...verb(
    'effect a repair/effects a repair/effected a repair/effecting a repair',
    'repair/repairs/repaired/repairing',
  ),
  ...verb(
    'effect repairs/effects repairs/effected repairs/effecting repairs',
    'make repairs/makes repairs/made repairs/making repairs',
  ),
  // Work done "in consultation with" a body is done with it ("agreed in consultation with the board").
  // After "and" or "or" it is joined to another adverbial ("following a review and in consultation with the
  // operator"), where a bare "with" reads as part of what came before: nothing to paste.
  { match: 'in consultation with', replace: [], precededBy: '(?:^|[^\\p{L}])(?:and|or)\\s+$' },
  e('in consultation with', 'with'),
  e('commitment to the achievement of', 'commitment to reaching'),
  e('commitments to the achievement of', 'commitments to reaching'),
  e('is pleased to announce', 'announces'),
  e('are pleased to announce', 'announce'),
  e('am pleased to announce', 'announce'),
  e('take this opportunity to thank', 'thank'),
  e('takes this opportunity to thank', 'thanks'),
  e('taking this opportunity to thank', 'thanking'),
  { ...e('resident within', 'living in'), notAfter: '^(?:ordinarily|habitually|normally)$' },
  // "Overpayments will be subject to recovery": say who pays back what ("you will have to pay it back").
  e('subject to recovery'),
  e('insufficient', 'not enough'),
  // "More numerous" is no "more many".
  { match: 'numerous', replace: ['many'], notAfter: '^(?:more|most|less|least)$' },
  // "The address indicated in the application" → "given in"; "please indicate your address" → "give".
  ...indicateThat(),
  // What a person indicated they gave ("the bank account indicated by the taxpayer" → "given by"); a sign or
  // a figure shows ("the trend indicated by the data"). A passive with its own "be" keeps "shown".
  {
    match: 'indicated by',
    replace: ['given by', 'shown by'],
    notAfter: '^(?:is|are|was|were|be|been|being|has|have|had)$',
    followedBy: `^\\s+(?:(?:the|a|an|your|their|his|her|each|every|any)\\s+)?(?:${PERSON_NOUNS}|taxpayers?|declarants?|buyers?|sellers?|clients?|you|him|her|them|us|me)(?![\\p{L}])`,
  },
  // Personal details are given, not shown: "indicate your full name, address" → "give" (by phone or online
  // nothing is shown). A form "indicated in the application" is still "shown in".
  ...['indicate', 'indicates', 'indicating'].map((match, slot) => ({
    match,
    // A document "issued, indicating the number of hours" gives or shows it: "saying" wants a clause or words
    // said after it, and a person says ("indicate your name" → "say your name").
    replace: [['give', 'gives', 'giving'][slot] ?? '', ['say', 'says', 'showing'][slot] ?? ''],
    followedBy:
      "^\\s+(?:(?:your|the|their|his|her|its|a|an|our|any|all)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}(?:names?|address(?:es)?|numbers?|details|reasons?|dates?\\s+of\\s+birth|surnames?|e-?mails?)(?![\\p{L}])",
  })),
  ...verb(
    'indicate/indicates/indicated/indicating',
    'show/shows/showed/showing/shown',
    'give/gives/gave/giving/given',
    'say/says/said/saying',
  ),
  // "Demonstrate" as protest ("demonstrated against the law", "as they demonstrated in the hallway", "for
  // young people to demonstrate.") is no officialese: what shows or proves has an object.
  ...verb(
    'demonstrate/demonstrates/demonstrated/demonstrating',
    'show/shows/showed/showing/shown',
    'prove/proves/proved/proving',
  ).map((entry) => ({
    ...entry,
    notBefore: '^(?:against|outside|near|peacefully|in|at|on|through|across|along)$',
    followedBy: `^(?!\\s*(?:[.,;:!?)]|$))${entry.followedBy?.replace(/^\^/u, '') ?? ''}`,
  })),
  // «информирует, что», «напоминает, что»: the ministry "informs that" is not English; it says it, and
  // reminds someone. "Citizens are informed that" is a passive with its own finding.
  e('informs that', 'says that', 'announces that'),
  e('inform that', 'say that', 'announce that'),
  // After "be", with or without an adverb, the reader is told: "The recipient is then informed that" → "is then
  // told that", never "is then said that".
  { match: 'informed that', replace: ['told that'], precededBy: BE_BEFORE },
  {
    match: 'informed that',
    replace: ['said that', 'announced that'],
    notAfter: `^(?:${PARTICIPLE_AFTER}|being)$`,
  },
  e('informs about|informs of', 'reports on', 'tells people about'),
  e('reminds that', 'reminds people that', 'reminds you that'),
  e('remind that', 'remind people that', 'remind you that'),
  { match: 'reminded that', replace: ['reminded people that'], notAfter: `^(?:${PARTICIPLE_AFTER}|being)$` },
  e(
    'this is to inform you that|we wish to inform you that|we would like to inform you that|i am writing to inform you that|we are writing to inform you that|we inform you that|we hereby inform you that|we would like to draw your attention to the fact that|we draw your attention to the fact that',
  ),
  // «Обращаем ваше внимание на новые правила»: what follows is the news; "note" says it in one word.
  e(
    'we would like to draw your attention to|we draw your attention to|we wish to draw your attention to',
    'note',
  ),
  // "Informed" is left alone as an adjective ("an informed choice", "You are well informed"); a person or a
  // body that is informed is told, as one notified is: "You will be informed of the decision" → "be told".
  {
    match: 'informed',
    replace: ['told'],
    notAfter:
      '^(?:well|fully|better|best|poorly|ill|badly|properly|adequately|sufficiently|fairly|reasonably|more|less|most|least|kept|keep|keeps|keeping|stay|stays|remain|remains)$',
    precededBy: PEOPLE_BE_BEFORE,
  },
  // "Inform consumers of the risks": "tell" takes "about", not "of". Nothing to paste.
  ...verb('inform/informs//informing', 'tell/tells//telling').flatMap((entry) => [
    { ...entry, replace: [], followedBy: "^\\s+(?:[\\p{L}'’-]+\\s+){1,2}of(?![\\p{L}])" },
    entry,
  ]),
  // A thing "notified to" someone is sent to them: "the results will be told to applicants" is no English.
  // A change or an event is not sent: it is reported ("a change in your income which was not notified to this
  // office" → "was not reported to").
  ...[...PARTICIPLE_AFTER.split('|'), ''].flatMap((auxiliary) => [
    {
      match: `${auxiliary} notified to`.trim(),
      replace: [`${auxiliary} reported to`.trim()],
      precededBy: `(?:^|\\s)${REPORTED_EVENTS}(?:\\s+[^\\s.;:!?]+){0,8}\\s*$`,
    },
    e(`${auxiliary} notified to`.trim(), `${auxiliary} sent to`.trim()),
  ]),
  // "Notify the council of a change": "tell" takes "about", which the paste carries over the person told, named
  // in a word or two that are surely that person (not "the head of department"); "of" after other words (up to
  // five: "the Child Benefit Office of"), nothing. Nor where a second "of" is joined on later ("of any change
  // of address or of the death"), which "about" would leave hanging.
  ...['notify/tell', 'notifies/tells', 'notified/told', 'notifying/telling'].flatMap((pair) => {
    const [form, plain] = pair.split('/');
    return [
      ...[1, 2, 3].flatMap((words) => {
        const match = `${form} ${'* '.repeat(words)}of`;
        return [
          { match, replace: [], between: PEOPLE_TOLD, followedBy: ANOTHER_OF_JOINED },
          { match, replace: [`${plain} {2${words > 1 ? `-${words + 1}` : ''}} about`], between: PEOPLE_TOLD },
        ];
      }),
      // The "of" must be the verb's, not a later phrase's: "notified accordingly with an indication of the
      // reasons" → "told", the "of" after "with" belongs to "indication". Nor is a second "of" the verb's where
      // the first came right after it ("notified of the date of the hearing" → "told").
      {
        match: `${form}`,
        replace: [],
        followedBy:
          "^\\s+(?:(?!(?:with|for|to|in|on|at|by|from|within|after|before|under|via|of)\\s)[\\p{L}'’-]+\\s+){1,5}of(?![\\p{L}])",
      },
    ];
  }),
  // People and bodies are told ("Applicants will be notified" → "be told"); a thing notified is announced,
  // published or reported, which the sentence must say ("Any amendments will be told" is no English).
  { match: 'notified', replace: ['told'], precededBy: PEOPLE_BE_BEFORE },
  { match: 'notified', replace: ['reported'], precededBy: subjectThenBe(REPORTED_EVENTS) },
  { match: 'notified', replace: ['announced'], precededBy: ANNOUNCED_BE_BEFORE },
  // Another passive ("The death must be notified promptly"): the passive's own finding, nothing to paste.
  // In the active "tell" needs a person or a body told ("notify the council" → "tell the council"): a thing
  // notified is reported or announced ("We notified the changes" → "reported", "notified the amendments to all
  // tenants" → "announced"), and any other object has nothing to paste.
  ...verb('notify/notifies/notified/notifying', 'tell/tells/told/telling').flatMap((entry): PhraseEntry[] => {
    const active =
      entry.match === 'notified' ? { ...entry, precededBy: `^(?![\\s\\S]*${BE_BEFORE})` } : entry;
    const slot = ['notify', 'notifies', 'notified', 'notifying'].indexOf(entry.match);
    if (active.replace.length === 0 || slot < 0) return [active];
    return [
      { ...active, followedBy: TOLD_OR_NO_OBJECT },
      {
        ...active,
        replace: [['report', 'reports', 'reported', 'reporting'][slot] ?? ''],
        followedBy: objectOf(REPORTED_EVENTS),
      },
      {
        ...active,
        replace: [['announce', 'announces', 'announced', 'announcing'][slot] ?? ''],
        followedBy: objectOf(ANNOUNCED),
      },
      { ...active, replace: [] },
    ];
  }),
  ...verb('apprise/apprises/apprised/apprising', 'tell/tells/told/telling'),
  ...verb('reside/resides/resided/residing', 'live/lives/lived/living'),
  e('dwelling', 'home'),
  e('domicile', 'home'),
  // Information, views and evidence are given; an application, a form or a complaint is sent ("the complaint is
  // given within 30 days", "giving the application" are no English).
  ...verb(
    'submit/submits/submitted/submitting',
    'send/sends/sent/sending',
    'give/gives/gave/giving/given',
  ).map((entry) => ({
    ...entry,
    followedBy: `^\\s+(?:(?:your|the|any|all|more|further|additional|extra|written|supporting|our|their|his|her|its|new|false|accurate|full|complete)\\s+){0,2}(?:information|details|evidence|proof|data|reasons|comments|views|feedback|explanations?|proposals|suggestions|opinions?|answers?|statements?|testimony|fingerprints|samples?)\\b`,
  })),
  ...submitInPerson(),
  ...verb('submit/submits/submitted/submitting', 'send/sends/sent/sending'),
  // The passive whole, so that it is one finding with its "be": "was submitted" → "was sent". Minutes or a plan
  // "submitted for approval" go before a meeting, not by post: "put forward for approval".
  ...PARTICIPLE_AFTER.split('|').flatMap((auxiliary) => [
    {
      match: `${auxiliary} submitted`,
      replace: [`${auxiliary} put forward`],
      followedBy:
        '^\\s+for\\s+(?:approval|consideration|decision|determination|ratification|adoption|scrutiny|endorsement)(?![\\p{L}])',
    },
    // "in person" among the means: nothing is sent in person. An appeal, a claim or a request is made.
    {
      match: `${auxiliary} submitted`,
      replace: [`${auxiliary} made`],
      precededBy: `(?:^|[^\\p{L}])(?:${MADE_REQUESTS})(?![\\p{L}])[^.;:!?]{0,80}$`,
      followedBy: IN_PERSON_AFTER,
    },
    { match: `${auxiliary} submitted`, replace: [], followedBy: IN_PERSON_AFTER },
    // Handed over at a counter, nothing is sent: "submitted at any service centre" → "made at" (an application)
    // or "handed in at"; "sent at" is no English. An application "submitted by a parent" is made by them: "sent
    // by" would say it went by post where the next line may want the child there in person.
    {
      match: `${auxiliary} submitted`,
      replace: [`${auxiliary} made`],
      precededBy: `(?:^|[^\\p{L}])(?:${MADE_REQUESTS})(?![\\p{L}])[^.;:!?]{0,80}$`,
      followedBy: `${AT_A_PLACE_AFTER}|^\\s+by\\s`,
    },
    // The same places as items of a list the colon opens ("may be submitted:" then "- at a Public Service
    // Centre"); a pattern after the phrase sees its sentence only, which the colon ends: the text shows the list.
    {
      match: `${auxiliary} submitted`,
      replace: [`${auxiliary} made`],
      precededBy: `(?:^|[^\\p{L}])(?:${MADE_REQUESTS})(?![\\p{L}])[^.;:!?]{0,80}$`,
      followedBy: '^\\s*:?\\s*$',
      inText: A_LISTED_PLACE_AFTER,
    },
    // "Handed in in our offices" stutters: there, nothing to paste.
    {
      match: `${auxiliary} submitted`,
      replace: [`${auxiliary} handed in`],
      followedBy: AT_A_PLACE_AFTER.replace('(?:at|in)', 'at'),
    },
    { match: `${auxiliary} submitted`, replace: [], followedBy: AT_A_PLACE_AFTER },
    {
      match: `${auxiliary} submitted`,
      replace: [],
      followedBy: '^\\s*:?\\s*$',
      inText: A_LISTED_PLACE_AFTER,
    },
    e(`${auxiliary} submitted`, `${auxiliary} sent`),
  ]),
  { match: 'submitted by', replace: ['sent by'], notBefore: '^means$' },
  e('complete the form', 'fill in the form'),
  e('complete this form', 'fill in this form'),
  // "Alternatively" is an ordinary word the guides do not name: not flagged.
  // "Accordingly, we …" is "So, we …"; "dealt with accordingly" (suitably) has no "so" to paste.
  { match: 'accordingly', replace: ['so'], followedBy: '^\\s*,' },
  // "So" opens a clause ("Consequently, we …", "and consequently the fee rises"); inside one, after a subject or
  // an auxiliary ("will consequently be reduced", "we consequently refused"), "so" is no English: nothing.
  { match: 'consequently', replace: [], after: "^(?!(?:and|but|or)$)[\\p{L}\\d'’-]+$" },
  e('consequently', 'so'),
  e('furthermore', 'also'),
  e('moreover', 'also'),
  // Inside a verb group ("has nevertheless refused") "still" stands where "even so" and "but" cannot; at a
  // clause's end ("he paid nevertheless") "but" cannot.
  {
    match: 'nevertheless|nonetheless',
    replace: ['still'],
    after:
      '^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)$',
  },
  { match: 'nevertheless|nonetheless', replace: ['even so'], followedBy: '^(?:\\s*[.,;:!?)]|\\s*$)' },
  e('nevertheless|nonetheless', 'even so', 'but'),
  e('thus', 'so'),
  // "So" joins a clause ("hence we must act" → "so we must act"); before a bare noun phrase ("hence the
  // interest", "(hence savings)") it would leave a fragment: nothing to paste.
  { match: 'hence', replace: ['so'], followedBy: CLAUSE_FOLLOWS },
  e('hence'),
  // "Which is in addition to the duty" is "on top of" it; "is as well as" is no English.
  { match: 'in addition to', replace: ['on top of'], after: '^(?:is|are|was|were|be|been|being)$' },
  e('in addition to', 'as well as'),
  e('in addition', 'also'),
  e('in conjunction with', 'with'),
  e('in the near future', 'soon'),
  e('in the absence of', 'without'),
  e('in lieu of', 'instead of'),
  e('in the interim', 'meanwhile'),
  e('in view of the fact that', 'because'),
  e('in view of', 'because of'),
  e('owing to the fact that', 'because'),
  e('due to the fact that', 'because'),
  e('on the grounds that', 'because'),
  e('for the reason that', 'because'),
  e('inasmuch as', 'because', 'since'),
  e('despite the fact that', 'although'),
  e('in spite of the fact that', 'although'),
  e('by reason of', 'because of'),
  e('as a consequence of', 'because of'),
  // "As a consequence, your tax code has changed": "as a result".
  e('as a consequence', 'as a result'),
  // "has arisen as a result of a change" → "because of"; "as a result" alone is plain.
  e('as a result of', 'because of'),
  // "In pursuance of its powers" acts under them; "in pursuance of a goal" pursues it: nothing to paste there.
  {
    match: 'in pursuance of',
    replace: ['under'],
    followedBy: `^\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${LAW_NOUNS}|powers?|duties|duty|functions?|sections?|articles?|paragraphs?|provisions?|orders?|resolutions?|agreements?|notices?|permissions?|licen[cs]es?)(?![\\p{L}])`,
  },
  e('in pursuance of'),
  // "does not obviate the necessity to obtain consent" → "remove the need to"; "obviate" alone, nothing.
  ...['obviate/remove', 'obviates/removes', 'obviated/removed', 'obviating/removing'].flatMap((pair) => {
    const [form, plain] = pair.split('/');
    return [
      e(`${form} the necessity to|${form} the need to`, `${plain} the need to`),
      e(`${form} the necessity for|${form} the necessity of|${form} the need for`, `${plain} the need for`),
      e(`${form}`),
    ];
  }),
  // "Make themselves known to the operatives" is to go and speak to them; without "to" nothing to paste.
  ...['make/speak', 'makes/speaks', 'made/spoke', 'making/speaking'].flatMap((pair) => {
    const [form, plain] = pair.split('/');
    return [
      e(
        `${form} themselves known to|${form} yourself known to|${form} yourselves known to|${form} himself known to|${form} herself known to`,
        `${plain} to`,
      ),
    ];
  }),
  // "Vehicular access" is access for vehicles; "vehicular traffic" has no plain word that keeps its number.
  e('vehicular access', 'access for vehicles'),
  e('vehicular traffic'),
  // These take a noun or an "-ing" form, which "to" cannot ("with a view to improving" → "to improving"):
  // "for" pastes in both ("for improving services", "for identification").
  // Before a verb's -ing form the purpose is an infinitive: "for the purpose of assisting them" → "to assist
  // them" ("for assisting them" reads as a reason). A verb not listed, whose base form is not certain, gets
  // nothing to paste; a noun in -ing ("for the purposes of housing benefit") keeps "for".
  ...PURPOSE_VERBS.split(' ').map((verb): PhraseEntry => {
    const [base = verb, plain = base] = verb.split(':');
    return {
      match: `for the purpose of ${ingForm(base)}|for the purposes of ${ingForm(base)}`,
      replace: [`to ${plain}`],
    };
  }),
  {
    match: 'for the purpose of|for the purposes of',
    replace: [],
    followedBy: `^\\s+(?!${ING_NOUNS}(?![\\p{L}]))\\p{L}+ing(?![\\p{L}])`,
  },
  e('for the purpose of', 'for'),
  e('for the purposes of', 'for'),
  e('with a view to', 'for'),
  e('with the aim of|with the object of|with the objective of', 'for'),
  e('in an effort to', 'to'),
  // After a verb that takes its own "as" ("reimagined as a means of relaxation") "for" changes the sense; after
  // "use" ("used as a means of transport") it does not, and before an -ing form "as a way of" fits anywhere.
  { match: 'as a means of', replace: ['as a way of'], followedBy: "^\\s+[\\p{L}'’-]+ing(?![\\p{L}])" },
  { match: 'as a means of', replace: ['for'], after: '^(?:use|uses|used|using)$' },
  e('as a means of'),
  e('in the interests of', 'for'),
  e('on behalf of', 'for'),
  e('on the part of', 'by'),
  // Before evidence or a document "by" is no idiom ("demonstrate their standing by evidence of turnover"):
  // "with" first.
  {
    match: 'by means of',
    replace: ['with', 'using'],
    followedBy:
      '^\\s+(?:(?:the|a|an|their|its|your|our|his|her|any|appropriate|relevant|written|valid|official|supporting|documentary|satisfactory|sufficient)\\s+)*(?:evidence|proofs?|documents?|documentation|certificates?|records?|statements?|references?|declarations?|confirmation|copies|copy)(?![\\p{L}])',
  },
  // Elsewhere "using": "by" reads as a passive's doer ("submitted by the portal") or a service's maker ("sign
  // by the NCC service").
  e('by means of', 'using', 'with'),
  e('by virtue of', 'because of', 'by'),
  // "During" takes a noun: "in the course of submitting reports" is "while submitting".
  { match: 'in the course of|during the course of', replace: ['while'], followedBy: '^\\s+\\p{L}+ing\\b' },
  e('in the course of|during the course of', 'during'),
  e('for the duration of', 'during', 'for'),
  e('for a period of', 'for'),
  e('for a minimum period of|for a minimum of', 'for at least'),
  e('for a maximum period of|for a maximum of', 'for up to'),
  // "during the period from March to May" is "from March to May".
  e('during the period from|in the period from|over the period from', 'from'),
  e('until such time as', 'until'),
  // Before a date "by" ("no later than 1 May" → "by 1 May"); before a length of time counted from an event, the
  // deadline is "within" it ("not later than 30 days from receipt" → "within 30 days from"), and one counted back
  // from an event is "at least" that long before it. "By 30 days" is no English: a length alone gets nothing.
  {
    match: 'not later than|no later than',
    replace: ['within'],
    followedBy: `^${TIME_SPAN}\\s+(?:after|from|of|following)\\b`,
  },
  {
    match: 'not later than|no later than',
    replace: ['at least'],
    followedBy: `^${TIME_SPAN}\\s+(?:before|prior\\s+to|ahead\\s+of)\\b`,
  },
  { match: 'not later than|no later than', replace: [], followedBy: `^${TIME_SPAN}\\b` },
  e('not later than|no later than', 'by'),
  e('with effect from', 'from'),
  e('at an early date', 'soon'),
  // Not "as soon as you can": "Customers … are encouraged to contact us at the earliest opportunity".
  e('at the earliest opportunity', 'as soon as possible', 'as soon as you can'),
  e('at the earliest possible opportunity|at the first possible opportunity', 'as soon as possible'),
  e('with immediate effect', 'immediately'),
  e('until the expiry of|until the expiration of', 'until the end of'),
  e('at the expiry of|at the expiration of', 'at the end of'),
  e('after the expiry of|after the expiration of', 'after the end of'),
  e('before the expiry of|before the expiration of', 'before the end of'),
  // The deadlines the rules set: "pay within the established deadlines" is "pay on time".
  e(
    'within the established deadline|within the established deadlines|within the prescribed deadline|within the prescribed deadlines|within the set deadline|within the set deadlines|within the established time limits|within the prescribed time limits',
    'on time',
  ),
  e('at your earliest convenience', 'as soon as you can'),
  // "Always" stands before the verb or after "be" or an auxiliary ("must at all times wear" → "must always wear",
  // "is at all times" → "is always"); after a participle or at a clause's end ("maintained always", "by an adult
  // always") it is no English, and "at all times" there is plain English an editor keeps: no finding.
  {
    match: 'at all times',
    replace: ['always'],
    after: '^(?:is|are|was|were|be|will|would|can|could|may|might|must|shall|should|do|does|did)$',
  },
  e('on a daily basis', 'every day', 'daily'),
  e('on a weekly basis', 'every week', 'weekly'),
  e('on a monthly basis', 'every month', 'monthly'),
  e('on an annual basis', 'every year', 'yearly'),
  e('on a regular basis', 'regularly'),
  // "At the same time" fits where the adverb closes its verb phrase or a preposition follows ("applied
  // simultaneously in two towns"); between a subject and its verb ("it simultaneously raises") it would split
  // them clumsily, and before "with" it wants "as" with an event ("simultaneously with the transfer") but not
  // with a party ("registered simultaneously with two clinics"): the long word's own finding stays.
  {
    match: 'simultaneously',
    replace: ['at the same time'],
    followedBy: '^(?:\\s*[,.;:!?)]|\\s*$|\\s+(?:by|in|on|at|to|for|from|and|or|as|through|via)(?![\\p{L}]))',
  },
  e('on a 24-hour basis|on a 24 hour basis|on a round-the-clock basis', '24 hours a day'),
  e('on an ongoing basis', 'all the time'),
  e('on a temporary basis', 'for now', 'temporarily'),
  // A light verb and an action noun ("carry out an inspection", "give consideration to"): the plain verb in the
  // light verb's form. A noun whose plain verb takes an object is listed with the "of" it drops.
  ...lightVerb(
    [GIVE],
    'consideration to',
    'consider/considers/considered/considering',
    'think about/thinks about/thought about/thinking about',
  ),
  ...lightVerb(
    [TAKE],
    'into consideration',
    'consider/considers/considered/considering',
    'think about/thinks about/thought about/thinking about',
  ),
  // "Your views are taken into account" → "are considered": the passive's "be" inside the finding, so that
  // the passive rule does not flag "are taken" beside it.
  ...passiveLightVerb('taken into account|taken account of|taken into consideration', 'considered'),
  // "Your request will be given careful consideration" → "be carefully considered".
  ...passiveLightVerb(
    'given consideration|given careful consideration',
    'considered',
    'carefully considered',
  ),
  // "Taking into account the weather, we stayed home": opening its clause it is a preposition, "Considering"
  // or "Given", never "Thinking about" (the weather did no thinking).
  ...lightVerb(['///taking'], 'into account|account of', '///considering', '///given').map((entry) => ({
    ...entry,
    notAfter: '.',
  })),
  ...lightVerb(
    [TAKE],
    'into account|account of',
    'consider/considers/considered/considering',
    'think about/thinks about/thought about/thinking about',
  ),
  ...lightVerb([HOLD], 'a meeting with|meetings with', 'meet/meets/met/meeting'),
  // "Held a meeting of the council" names whose meeting it was: no "meet" to paste.
  ...lightVerb([HOLD], 'a meeting|meetings', 'meet/meets/met/meeting').map((entry) => ({
    ...entry,
    notBefore: '^(?:of|for)$',
  })),
  ...lightVerb(
    [HOLD],
    'a consultation on|a consultation about|consultations on|consultations about',
    'consult on/consults on/consulted on/consulting on',
  ),
  ...lightVerb([HOLD], 'a consultation with|consultations with', 'consult/consults/consulted/consulting'),
  // "Give notice" alone is to resign, and "gave notice to the tenant" ends a lease: only notice of a thing, and
  // notification, which is always telling.
  ...lightVerb(
    [GIVE],
    'notice of|notification of|written notice of',
    'report/reports/reported/reporting',
    'announce/announces/announced/announcing',
  ),
  ...lightVerb([GIVE], 'notification to', 'tell/tells/told/telling'),
  // "Made arrangements for a taxi" → "arranged a taxi"; "make arrangements to collect it" → "arrange to".
  ...lightVerb(
    [MAKE],
    'arrangements for|an arrangement for|the arrangements for',
    'arrange/arranges/arranged/arranging',
    'plan/plans/planned/planning',
  ),
  ...lightVerb(
    [MAKE],
    'arrangements to|an arrangement to',
    'arrange to/arranges to/arranged to/arranging to',
  ),
  // "Made a recommendation to the minister" or "to cut fees": a person or an infinitive ("recommended cutting")
  // follows, and neither reads right after "recommended": flagged with nothing to paste.
  ...lightVerb([MAKE], 'a recommendation to|recommendations to'),
  ...lightVerb(
    [MAKE],
    'a recommendation that|recommendations that',
    'recommend that/recommends that/recommended that/recommending that',
  ),
  // "Make sure compliance with the rules" is no English: the whole phrase has a verb of its own.
  ...lightVerb(
    [ENSURE],
    'compliance with',
    'follow/follows/followed/following',
    'comply with/complies with/complied with/complying with',
  ),
  // "Make a declaration of your income" → "declare your income"; alone or before "to" someone, "declare"
  // wants its object: nothing to paste.
  ...lightVerb([MAKE], 'a declaration of', 'declare/declares/declared/declaring'),
  ...lightVerb([MAKE], 'a declaration that', 'declare that/declares that/declared that/declaring that'),
  ...lightVerb([MAKE], 'a declaration'),
  ...lightVerb([MAKE], 'an application|application', 'apply/applies/applied/applying'),
  // "Payment must be made by 1 October" opening its clause is the reader's duty: "You must pay by 1 October".
  // With a payer named after "by" ("by the employer"), or with words before it ("Your payment must be made")
  // the clause turns round: the passive's own finding says so.
  // What is paid for may stand between ("Payment for parking can be made" → "You can pay for parking").
  ...[
    ['must', 'must'],
    ['should', 'should'],
    ['shall', 'must'],
    ['can', 'can'],
    ['may', 'can'],
  ].flatMap(([modal, plain]) =>
    [
      [`payment ${modal} be made|payments ${modal} be made`, `you ${plain} pay`],
      [`payment for * ${modal} be made`, `you ${plain} pay for {3}`],
      [`payment for * * ${modal} be made`, `you ${plain} pay for {3} {4}`],
    ].map(
      ([match = '', paste = '']): PhraseEntry => ({
        match,
        replace: [paste],
        notAfter: '^',
        followedBy: `^(?!\\s+by\\s+(?:(?:the|a|an|your|their|his|her|its|our|each|every|all|any)\\s+(?!(?:end|deadline|date|due|close|last)\\b)|(?:${PERSON_NOUNS})(?![\\p{L}])))`,
      }),
    ),
  ),
  // "Makes payments easy" is a thing made easy, not a payment.
  ...lightVerb(
    [MAKE],
    'a payment of|payment of|payments of|a payment|payment|payments',
    'pay/pays/paid/paying',
  ).map((entry) => ({
    ...entry,
    notBefore:
      '^(?:easy|easier|simple|simpler|possible|faster|quicker|safer|secure|cheaper|harder|difficult|more|less)$',
  })),
  ...notDecidedOn(lightVerb([MAKE, TAKE], 'a decision|the decision', 'decide/decides/decided/deciding')),
  ...lightVerb([MAKE], 'a determination', 'decide/decides/decided/deciding'),
  ...lightVerb([MAKE], 'a request for', 'ask for/asks for/asked for/asking for'),
  // "Made a request to the court" asked the court.
  ...lightVerb([MAKE], 'a request to', 'ask/asks/asked/asking'),
  ...lightVerb([MAKE], 'a request', 'ask/asks/asked/asking'),
  // A complaint, an appeal or an objection is made "with" a body, to which one complains: "complained with the
  // council" is no English, so before "with" nothing to paste.
  ...[
    ...lightVerb([MAKE, LODGE], 'a complaint|complaints', 'complain/complains/complained/complaining'),
    ...lightVerb([LODGE], 'an appeal|appeals', 'appeal/appeals/appealed/appealing'),
    ...lightVerb([LODGE], 'an objection|objections', 'object/objects/objected/objecting'),
  ]
    .flatMap((entry) =>
      entry.replace.length > 0
        ? [{ ...entry, replace: [], followedBy: '^\\s+with(?![\\p{L}])' }, entry]
        : [entry],
    )
    .flatMap(notAsHeading),
  ...lightVerb([MAKE], 'a challenge to', 'challenge/challenges/challenged/challenging'),
  ...lightVerb([MAKE], 'use of', 'use/uses/used/using'),
  ...lightVerb([MAKE], 'reference to', 'refer to/refers to/referred to/referring to'),
  ...lightVerb([MAKE], 'an attempt to', 'try to/tries to/tried to/trying to'),
  ...lightVerb([MAKE], 'a contribution to', 'contribute to/contributes to/contributed to/contributing to'),
  ...lightVerb(
    [MAKE],
    'an amendment to|amendments to',
    'amend/amends/amended/amending',
    'change/changes/changed/changing',
  ),
  ...lightVerb([TAKE], 'action', 'act/acts/acted/acting'),
  ...lightVerb([GIVE], 'approval to|approval for', 'approve/approves/approved/approving'),
  ...lightVerb(
    [GIVE, PROVIDE],
    'an explanation of|an explanation for|an explanation',
    'explain/explains/explained/explaining',
  ),
  ...lightVerb([PROVIDE, RENDER], 'assistance to|help to', 'help/helps/helped/helping'),
  ...lightVerb([PROVIDE, RENDER], 'assistance', 'help/helps/helped/helping'),
  ...lightVerb([PROVIDE], 'support to|support for', 'support/supports/supported/supporting'),
  ...lightVerb(
    ['express/expresses/expressed/expressing'],
    'support for|their support for|its support for|strong support for',
    'support/supports/supported/supporting',
  ),
  ...lightVerb(
    [PROVIDE, GIVE],
    'a summary of|a brief summary of',
    'sum up/sums up/summed up/summing up',
    'summarise/summarises/summarised/summarising',
  ),
  // "Agreed with the union" would say they shared its view: a deal is reached with someone.
  ...lightVerb(
    [REACH],
    'an agreement with|agreement with',
    'reach a deal with/reaches a deal with/reached a deal with/reaching a deal with',
  ),
  ...lightVerb([REACH], 'an agreement|agreement', 'agree/agrees/agreed/agreeing'),
  ...lightVerb(
    [HAVE, HOLD],
    'a discussion about|a discussion on|discussions about|discussions on',
    'discuss/discusses/discussed/discussing',
  ),
  ...lightVerb(
    [HAVE, HOLD],
    'a discussion with|discussions with',
    'talk to/talks to/talked to/talking to',
    'talk with/talks with/talked with/talking with',
  ),
  ...lightVerb([HAVE], 'an impact on|an effect on', 'affect/affects/affected/affecting'),
  ...lightVerb([MAKE], 'an impact on', 'affect/affects/affected/affecting'),
  ...withAdjectives(IMPACT_ADVERBS, [HAVE], 'an impact on|an effect on', 'affect/affects/affected/affecting'),
  ...withAdjectives(IMPACT_ADVERBS, [MAKE], 'an impact on', 'affect/affects/affected/affecting'),
  ...withAdjectives(
    CONSIDERATION_ADVERBS,
    [GIVE],
    'consideration to',
    'consider/considers/considered/considering',
  ),
  ...notDecidedOn(
    withAdjectives(DECISION_ADVERBS, [MAKE, TAKE], 'a decision', 'decide/decides/decided/deciding'),
  ),
  ...withAdjectives(ACTION_ADVERBS, [TAKE], 'action', 'act/acts/acted/acting'),
  ...withAdjectives(
    { formal: 'formally' },
    [MAKE],
    'a complaint',
    'complain/complains/complained/complaining',
  ),
  ...withAdjectives({ formal: 'formally' }, [MAKE], 'a request for', 'ask for/asks for/asked for/asking for'),
  ...withAdjectives(
    EXPLANATION_ADVERBS,
    [GIVE, PROVIDE],
    'an explanation of|an explanation for',
    'explain/explains/explained/explaining',
  ),
  // A check named by a noun: only with the "of" its plain verb drops ("conducted a review of the rules" →
  // "reviewed the rules"); alone, "inspect" and "investigate" need no object ("carried out an inspection" →
  // "inspected"), "review" and "assess" do ("We conducted a review last year" has no verb to paste).
  ...(
    [
      ['a review of|the review of', 'review/reviews/reviewed/reviewing'],
      ['an assessment of|the assessment of', 'assess/assesses/assessed/assessing'],
      [
        'an inspection of|the inspection of|inspections of|an inspection|inspections',
        'inspect/inspects/inspected/inspecting',
      ],
      [
        'an investigation into|an investigation of|the investigation into|the investigation of|an investigation',
        'investigate/investigates/investigated/investigating',
      ],
      ['an evaluation of|the evaluation of', 'evaluate/evaluates/evaluated/evaluating'],
      ['an analysis of|the analysis of', 'analyse/analyses/analysed/analysing'],
      ['an examination of|the examination of', 'examine/examines/examined/examining'],
      ['an audit of|the audit of', 'audit/audits/audited/auditing'],
      // "carry out checks on every claim" → "check every claim"; alone "check" needs no object.
      ['checks on|a check on|checks of|a check of|checks|a check', 'check/checks/checked/checking'],
    ] as const
  ).flatMap(([nouns, plain]) => [
    ...lightVerb([CONDUCT, CARRY_OUT, PERFORM, UNDERTAKE], nouns, plain),
    ...withAdjectives(CHECK_ADVERBS, [CONDUCT, CARRY_OUT, PERFORM, UNDERTAKE], nouns, plain),
  ]),
  // "carry out a repair or replacement of the goods" → "repair or replace the goods"; without "of" the plain
  // verbs would have no object ("we will repair or replace within 30 days"): nothing to paste.
  ...lightVerb(
    [CARRY_OUT, UNDERTAKE],
    'a repair or replacement of|a repair or a replacement of|a replacement or repair of',
    'repair or replace/repairs or replaces/repaired or replaced/repairing or replacing',
  ),
  ...lightVerb(
    [CARRY_OUT, UNDERTAKE],
    'a repair or replacement|a repair or a replacement|a replacement or repair',
  ),
  // "Resulted in a reduction in waiting times" → "reduced waiting times"; a figure after it ("a reduction of
  // 10%", "a reduction in costs of 10%") needs "by", which the plain verb leaves out: nothing to paste there.
  ...['result in/results in/resulted in/resulting in', 'lead to/leads to/led to/leading to'].flatMap(
    (light) => [
      ...light.split('/').map((form) => ({
        match: `${form} a reduction in|${form} a reduction of`,
        replace: [],
        followedBy: REDUCTION_BY_FIGURE,
      })),
      ...lightVerb([light], 'a reduction in|a reduction of', 'reduce/reduces/reduced/reducing'),
    ],
  ),
  ...lightVerb([MAKE], 'an assessment of', 'assess/assesses/assessed/assessing'),
  ...withAdjectives(CHECK_ADVERBS, [MAKE], 'an assessment of', 'assess/assesses/assessed/assessing'),
  // "Effect" and "effects" are mostly the noun ("the effect payment delays have"): the base form only after a
  // word that wants a verb.
  ...lightVerb(
    ['effect//effected/effecting'],
    'payment|a payment|payments|the payment|payment of|a payment of|payments of|the payment of',
    'pay//paid/paying',
  ).map((entry) =>
    entry.match.startsWith('effect ')
      ? { ...entry, after: '^(?:to|will|shall|must|can|cannot|may|might|should|would|could|please|not)$' }
      : entry,
  ),
  ...lightVerb([PROVIDE, GIVE], 'an explanation about', 'explain/explains/explained/explaining'),
  // "Please provide information about your income" asks the reader to tell the agency.
  e(
    'please provide information about|please provide information on|please provide details about',
    'please tell us about',
  ),
  // "Are in receipt of benefits or on a low income": the "be" also governs what "or" adds, which "have" would
  // break ("have benefits or on a low income"). Nothing to paste there.
  { match: 'is in receipt of|are in receipt of', replace: [], followedBy: BE_GOVERNS_ALSO },
  e('is in receipt of', 'has', 'gets'),
  e('are in receipt of', 'have', 'get'),
  e('in receipt of', 'getting'),
  // Where the main clause's subject is someone else who acts on it ("Upon receipt of an evacuation order,
  // residents are required to leave", "Employers must report it upon receipt of"), they get it: neither "we"
  // nor "you" pastes in. Told something by the agency ("applicants will be sent a receipt"), the agency gets it.
  {
    match: 'on receipt of|upon receipt of',
    replace: [],
    followedBy: `^[^,;.]*,\\s*${THIRD_PARTY_ACTS}`,
  },
  {
    match: 'on receipt of|upon receipt of',
    replace: [],
    precededBy: `^\\s*${THIRD_PARTY_ACTS}[^,;]*$`,
  },
  // A body named in the third person as the main clause's subject ("…, the Registry will decide", "…, HMRC
  // sends") gets it: "when you get" makes the reader the receiver, and "we" does not match the third person.
  {
    match: 'on receipt of|upon receipt of',
    replace: [],
    followedBy: `^[^,;.]*,\\s*${NAMED_BODY_ACTS}`,
  },
  // Who gets it is read from the main clause: the reader where they act on it (", you must", ", please
  // check", "You must pay on receipt of"); the agency where the main clause is ours, sends to the reader or hides
  // its doer ("…, a copy will be sent to you", "…, we will write", "on receipt of your application").
  {
    match: 'on receipt of|upon receipt of',
    replace: ['when you get', 'when we get'],
    followedBy: `^[^,;.]*,\\s*(?:you\\b(?![^,;.]*\\b(?:be|been)\\s+(?:sent|given|told|informed|notified|contacted|asked|invited|issued)\\b)|${READER_IMPERATIVE})`,
  },
  {
    match: 'on receipt of|upon receipt of',
    replace: ['when you get', 'when we get'],
    precededBy: `^\\s*(?:you\\b(?![^,;]*\\b(?:be|been)\\s+\\w+)|${READER_IMPERATIVE})[^,;]*$`,
  },
  // What the agency sends the reader, the reader gets: "Upon receipt of your new licence, destroy the old one".
  {
    match: 'on receipt of|upon receipt of',
    replace: ['when you get', 'when we get'],
    followedBy: `^\\s+your\\s+(?:[\\p{L}-]+\\s+){0,2}?${SENT_TO_THE_READER}`,
  },
  {
    match: 'on receipt of|upon receipt of',
    replace: ['when we get', 'when you get'],
    followedBy: `^\\s+your\\b|^[^;.]*\\b${AGENCY_ACTS}`,
  },
  {
    match: 'on receipt of|upon receipt of',
    replace: ['when we get', 'when you get'],
    precededBy: `\\b${AGENCY_ACTS}`,
  },
  e('on receipt of|upon receipt of', 'when you get', 'when we get'),
  e('is able to', 'can'),
  e('are able to', 'can'),
  e('is unable to|are unable to', 'cannot'),
  e('was unable to|were unable to', 'could not'),
  // After a negation ("does not have the ability to") "can" does not paste in; after a modal or "to" neither.
  {
    match: 'has the ability to|have the ability to',
    replace: [],
    after: `${NEGATION_BEFORE.slice(0, -2)}|will|would|shall|should|can|could|may|might|must|to)$`,
  },
  e('has the ability to|have the ability to', 'can'),
  e('has a requirement for', 'needs'),
  e('have a requirement for', 'need'),
  ...REQUIRED_TO,
  ...REQUIRED_TO.flatMap(withDutyAdverbs),
  // A duty before a verb: "Registrants are under an obligation to attend" → "must attend". Before a noun
  // ("under an obligation to the court") nothing to paste.
  {
    ...e(
      'is under an obligation to|are under an obligation to|is under a duty to|are under a duty to',
      'must',
    ),
    followedBy: `(?:${BEFORE_A_VERB})|^\\s+(?:${DUTY_VERBS})(?![\\p{L}])`,
  },
  e('is under an obligation to|are under an obligation to|is under a duty to|are under a duty to'),
  // A purpose: "so as to avoid a fine" → "to avoid".
  e('so as to', 'to'),
  e('so as not to', 'not to'),
  // Planning's nominal: "for the erection of new dwellings" → "for building"; a penalty "imposed" has no one
  // plain noun ("the giving of a penalty"): nothing to paste.
  e('the erection of', 'building'),
  e('the imposition of'),
  // Hidden verbs on what the reader hands over: "does not need the presentation of documents" ("You do not need
  // to show documents"), "the submission of a statement" ("If you give a statement"). The rewrite moves the
  // doer to the front: nothing to paste. After a time word ("prior to the submission of", "before") that
  // word's own finding rewrites the whole.
  {
    match: 'the presentation of|the submission of',
    replace: [],
    notAfter: '^(?:to|before|after|on|upon|following|until|since)$',
    followedBy:
      "^\\s+(?:(?:a|an|the|any|all|your|their|his|her|such)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}(?:documents?|statements?|applications?|forms?|certificates?|passports?|evidence|proof|identification|ID|claims?|complaints?|appeals?|requests?)(?![\\p{L}])",
  },
  // «начисление пени»: a penalty "accrues"; "the accrual of a penalty" has no plain noun either.
  e('the accrual of'),
  // «проводит личный приём граждан»: the Akim "will conduct a personal reception of citizens" → "will personally
  // meet citizens".
  ...[
    'conduct/meet',
    'conducts/meets',
    'conducted/met',
    'conducting/meeting',
    'hold/meet',
    'holds/meets',
  ].map((pair) => {
    const [form, plain] = pair.split('/');
    return e(`${form} a personal reception of|${form} personal reception of`, `personally ${plain}`);
  }),
  // "With the use of a mortgage loan" is "with" it, or "using" it.
  e('with the use of', 'using', 'with'),
  // A season's "period" adds nothing: "during the winter period" → "in winter".
  ...['winter', 'summer', 'spring', 'autumn'].map((season) =>
    e(`during the ${season} period|in the ${season} period`, `in ${season}`),
  ),
  // «в момент подачи заявления»: "at the time of submission of the application" → "when you apply".
  e(
    'at the time of submission of the application|at the time of submission of your application|at the time of submitting the application|at the time of submitting your application',
    'when you apply',
  ),
  e('in some instances|in certain instances', 'sometimes'),
  e('the foregoing', 'this'),
  // Said to the reader before a comma and what to do: "In cases of uncertainty, contact us" → "If you are
  // unsure". Elsewhere ("in case of doubt the court shall") who is unsure is not the reader: nothing to paste.
  {
    match: 'in cases of uncertainty|in case of uncertainty|in cases of doubt|in case of doubt',
    replace: ['if you are unsure'],
    precededBy: '^\\s*$',
    followedBy:
      '^\\s*,\\s*(?:please\\s+)?(?:contact|ask|call|phone|email|e-mail|write|speak|talk|check|get|seek|visit|read|you|we\\s+(?:recommend|advise|suggest)|it\\s+is\\s+(?:recommended|advised|advisable|best))(?![\\p{L}])',
  },
  e('in cases of uncertainty|in case of uncertainty|in cases of doubt|in case of doubt'),
  // "By way of" is a means ("by way of bank transfer" → "by"), a role ("by way of compensation" → "as") or an
  // example: only the example has one word that fits.
  e('by way of example', 'for example'),
  e('by way of'),
  ...(
    [
      ['avail', 'use'],
      ['avails', 'uses'],
      ['availed', 'used'],
      ['availing', 'using'],
    ] as const
  ).map(([avail, use]) =>
    e(
      ['myself', 'yourself', 'yourselves', 'himself', 'herself', 'itself', 'ourselves', 'themselves']
        .map((pronoun) => `${avail} ${pronoun} of`)
        .join('|'),
      use,
    ),
  ),
  // "Not required to" frees, "must not" forbids: "You are not required to attend" → "do not have to".
  // In the past and future a duty is "had to", "will have to": "were needed to" would say the people were needed.
  {
    ...e('was required to|were required to|was obliged to|were obliged to', 'had to'),
    notAfter: THING_NEEDED,
  },
  { ...e('will be required to|will be obliged to', 'will have to'), notAfter: THING_NEEDED },
  // After a modal the subject stands further back: "you may be required to" → "may have to"; where a thing
  // needed stands before it ("No fee will be required to apply"), nothing to paste.
  { ...e('be required to|be obliged to', 'have to'), notInClause: THING_NEEDED },
  e('be required to|be obliged to'),
  { ...e('has been required to|has been obliged to', 'has had to'), notAfter: THING_NEEDED },
  { ...e('have been required to|have been obliged to', 'have had to'), notAfter: THING_NEEDED },
  e('was not required to|were not required to|was not obliged to|were not obliged to', 'did not have to'),
  e('will not be required to|will not be obliged to', 'will not have to'),
  e('is not required to|is not obliged to|is not obligated to', 'does not have to', 'need not'),
  e('are not required to|are not obliged to|are not obligated to', 'do not have to', 'need not'),
  e('is obliged to|are obliged to|is obligated to|are obligated to', 'must'),
  e('is authorised to|are authorised to|is authorized to|are authorized to', 'may', 'can'),
  e('is applicable to', 'applies to'),
  e("is not applicable to|isn't applicable to|isn’t applicable to", 'does not apply to'),
  e("are not applicable to|aren't applicable to|aren’t applicable to", 'do not apply to'),
  e("was not applicable to|wasn't applicable to|wasn’t applicable to", 'did not apply to'),
  e('are applicable to', 'apply to'),
  e('is dependent on|is dependent upon|is contingent on|is contingent upon', 'depends on'),
  e('are dependent on|are dependent upon|are contingent on|are contingent upon', 'depend on'),
  e('incumbent on|incumbent upon'),
  e('it is essential that'),
  e('it is necessary that'),
  // "It is imperative that you reply" → "You must reply"; before "are", "have", "will" … "must" reads wrong, and
  // with another subject the sentence needs a rewrite.
  {
    ...e('it is imperative that you', 'you must'),
    notBefore:
      "^(?:are|were|have|had|has|do|did|don't|don’t|will|would|shall|should|can|could|may|might|must|also|not|and|or)$",
  },
  e('it is imperative that'),
  // "It is the responsibility of the applicant to send" → "You must send"; with another doer the words after
  // "of" would have to move: nothing to paste.
  e('it is the responsibility of the applicant to|it is your responsibility to', 'you must'),
  e('it is our responsibility to', 'we must'),
  e('it is the responsibility of'),
  e('may be applicable', 'may apply'),
  e('might be applicable', 'might apply'),
  e('will be applicable', 'will apply'),
  e('would be applicable', 'would apply'),
  e('where applicable', 'if it applies', 'if relevant'),
  e('it is important to note that'),
  e('it should be noted that'),
  e('it should be borne in mind that|it must be borne in mind that|it is to be borne in mind that'),
  e(
    'we would like to inform you of the following|we inform you of the following|please be informed of the following',
  ),
  e('please be advised that|kindly be advised that|please be aware that|kindly be aware that'),
  e('please be informed that|kindly be informed that'),
  e('more detailed information', 'more information', 'details'),
  e('please note that'),
  e('in the process of'),
  e('it is recommended that', 'we recommend that'),
  e('it is requested that', 'please'),
  e('we would be grateful if you would', 'please'),
  e('do not hesitate to'),
  e('should you wish to', 'if you want to'),
  e('should you require', 'if you need'),
  // "You may wish to read" → "want to"; not the noun ("our best wishes to the family", "the wish to help").
  ...verb('wish to/wishes to/wished to/wishing to', 'want to/wants to/wanted to/wanting to').map((entry) => ({
    ...entry,
    notAfter:
      '^(?:best|good|warm|warmest|kind|kindest|every|the|a|your|our|their|his|her|its|my|whose|with|and|all|last|dying|deepest)$',
    followedBy:
      '^\\s+(?!(?:the|a|an|this|that|these|those|your|our|their|his|her|its|my|him|them|us|you|me)(?![\\p{L}]))\\p{Ll}',
  })),
  // "If you wish, you can …", "if you do not wish." → "want"; "if you wish to" is the entry above.
  { match: 'if you wish|if you so wish', replace: ['if you want'], followedBy: '^\\s*[,.;:!?)]' },
  // A covering letter names what it sends: "We enclose" fits only a letter in the agency's voice and a thing
  // enclosed, so nothing to paste.
  e(
    'enclosed with this letter you will find|enclosed you will find|you will find enclosed|please find enclosed|please find attached',
  ),
  // "I can confirm that the Trust holds …": the fact needs no preface; cutting it leaves the clause to capitalise.
  e('i can confirm that|we can confirm that'),
  e('it is our view that|we are of the view that', 'we think that'),
  e('it is my view that|i am of the view that', 'I think that'),
  // "You are liable to pay Income Tax" is a duty; only before "pay" ("the roof is liable to collapse" is likely to).
  e('is liable to pay|are liable to pay', 'must pay'),
  e('was liable to pay|were liable to pay', 'had to pay'),
  e('be liable to pay', 'have to pay'),
  // "You may elect to use simplified expenses" → "choose to"; not "was elected to the council", nor "elect to
  // the board". The past only after its subject ("we elected to").
  ...[
    ...[
      ...verb('elect to/elects to//electing to', 'choose to/chooses to//choosing to'),
      ...verb('elect not to/elects not to//electing not to', 'choose not to/chooses not to//choosing not to'),
    ].map((entry) => ({
      ...entry,
      notAfter: '^(?:to|newly)$',
    })),
    { match: 'elected to', replace: ['chose to'], after: '^(?:i|we|you|they|he|she|who|and)$' },
  ].map((entry) => ({
    ...entry,
    followedBy:
      '^\\s+(?!(?:the|a|an|this|that|these|those|your|our|their|his|her|its|my|office|parliament|power|serve)(?![\\p{L}]))\\p{Ll}',
  })),
  e('should you have any questions', 'if you have any questions'),
  // The inversion opening a condition ("Should you remain dissatisfied, contact …") is "if"; "be" becomes "are"
  // ("Should you be unable to attend" → "If you are unable to"), and a negated one, or a question, has no paste.
  {
    match: 'should you be',
    replace: ['if you are'],
    precededBy: '^\\s*$',
    followedBy: SHOULD_YOU_CONDITION,
  },
  { match: 'should you', replace: ['if you'], precededBy: '^\\s*$', followedBy: SHOULD_YOU_CONDITION },
  // The inversion with another subject and "be" is "if" with "is" or "are", pasted where the subject's number
  // is plain from its last word: "Should access not be provided, …" → "If access is not provided", "Should any
  // documents be missing, …" → "If any documents are missing".
  ...[1, 2, 3].flatMap((words) =>
    ['', 'not '].flatMap((not) =>
      (['is', 'are'] as const).map((be) => ({
        match: `should ${'* '.repeat(words)}${not}be`,
        replace: [`if {2${words > 1 ? `-${words + 1}` : ''}} ${be}${not ? ' not' : ''}`],
        between: be === 'is' ? subjectWord(SINGULAR_SUBJECT, words) : subjectWord(PLURAL_SUBJECT, words),
        precededBy: '^\\s*$',
        followedBy: INVERTED_CONDITION,
      })),
    ),
  ),
  // With another verb ("Should the applicant fail to attend, …") the verb must then agree ("fails"): nothing
  // to paste; nor where the subject's number is unclear ("Should the staff be"). A name after it ("Should
  // Congress change hands") is a newspaper's conditional, left alone.
  {
    match: 'should',
    replace: [],
    precededBy: '^\\s*$',
    followedBy:
      "^(?![^?]*\\?)\\s+(?!(?:you|he|she|it|they|we|i|there)(?![\\p{L}]))(?:\\p{Ll}[\\p{L}'’-]*\\s+){1,4}(?:not\\s+)?(?:be|fail|wish|require|need|remain|become|exceed|change|arise)(?![\\p{L}])[^,;:.!?]*,",
  },
  e('in its entirety|in their entirety', 'in full'),
  // A state of having ("You must be in possession of a valid licence" → "have"); "found in possession of" in a
  // court report is another verb's, and left alone.
  e('be in possession of', 'have'),
  e('is in possession of', 'has'),
  e('are in possession of', 'have'),
  e('was in possession of|were in possession of|been in possession of', 'had'),
  // After a noun it names, what the reader holds: "any evidence in your possession" → "any evidence you have";
  // not after a verb of keeping ("keep it in your possession"), where it says where the thing stays.
  ...[
    ['your', 'you'],
    ['their', 'they'],
  ].map(([owner = '', subject = '']) => ({
    match: `in ${owner} possession`,
    replace: [`${subject} have`],
    precededBy: `^(?![\\s\\S]*(?:^|\\s)${KEPT}\\s+(?:[\\p{L}'’-]+\\s+){0,4}$)[\\s\\S]*(?:^|\\s)(?:the|any|all|these|those|some|other|documents?|evidence|information|items?|papers?|records?)(?:\\s+[\\p{L}'’-]+){0,3}\\s+$`,
    notAfter:
      '^(?:it|them|this|that|these|those|is|are|was|were|be|been|remain|remains|stay|stays|kept|held|left)$',
  })),
  // After its noun it says which ones: "Passengers in possession of a valid ticket" → "Passengers with".
  {
    match: 'in possession of',
    replace: ['with'],
    notAfter:
      '^(?:found|caught|arrested|discovered|remain|remains|remained|stay|stays|stayed|come|comes|came|still|already|not|is|are|was|were|be|been|being|fully|lawfully|unlawfully|illegally)$',
    precededBy: '\\p{L}\\s+$',
  },
  e('date of expiry', 'expiry date'),
  // "Elapsed time" is the measure's name.
  ...verb('elapse/elapses/elapsed/elapsing', 'pass/passes/passed/passing').map((entry) => ({
    ...entry,
    notBefore: entry.notBefore ? `(?:${entry.notBefore})|^time$` : '^time$',
  })),
  e('due and payable', 'due'),
  // "The fee is payable in advance" → "must be paid"; where no money is owed ("No fee is payable") "must" would
  // forbid it, and "is due" says it. A cheque "made payable to" names the payee: left alone.
  { match: 'is payable|are payable', replace: ['is due'], inClause: '^(?:no|nothing|none|not)$' },
  // A benefit "payable to" people, or a benefit or pay at all, is paid to those who get it: "must be paid" would
  // make it a duty, as if paid without a claim ("Child Benefit is payable to any person who …" → "is paid to").
  // A fee, charge or fine "payable to" an office is still the reader's to pay: "must be paid to" (below).
  {
    match: 'is payable',
    replace: ['is paid'],
    followedBy: '^\\s+to\\s',
    notInClause: READER_PAYS,
  },
  {
    match: 'are payable',
    replace: ['are paid'],
    followedBy: '^\\s+to\\s',
    notInClause: READER_PAYS,
  },
  {
    match: 'is payable',
    replace: ['is paid'],
    inClause:
      '^(?:benefits?|allowances?|pensions?|pay|credits?|grants?|bonus|bursar(?:y|ies)|compensation|support|maintenance|wages?|salar(?:y|ies))$',
  },
  {
    match: 'are payable',
    replace: ['are paid'],
    inClause:
      '^(?:benefits?|allowances?|pensions?|pay|credits?|grants?|bonus|bursar(?:y|ies)|compensation|support|maintenance|wages?|salar(?:y|ies))$',
  },
  e('is payable', 'must be paid', 'is due'),
  e('are payable', 'must be paid', 'are due'),
  // After a participle "and" would join a noun to a verb ("presented and an identity document"): "with" only.
  { match: 'together with', replace: ['with'], after: `^${PASSIVE_PARTICIPLE}$` },
  // "Came together with", "work together with": the adverb of a verb, not "with".
  {
    ...e('together with', 'with', 'and'),
    notAfter:
      '^(?:get|gets|got|getting|come|comes|came|coming|bring|brings|brought|bringing|put|puts|putting|work|works|worked|working|live|lives|lived|living|stay|stays|stayed|band|banded|join|joins|joined|pull|pulls|pulled|go|goes|went|going|stick|sticks|stuck|tie|ties|tied|fit|fits|fitted|grouped|gathered|meet|met|sit|sat|stand|stood)$',
  },
  e('held in abeyance', 'put on hold'),
  e('kept in abeyance', 'kept on hold'),
  e('in abeyance', 'on hold'),
  e('of short duration', 'short'),
  e('of long duration', 'long'),
  // Money still owed: a money word in its clause, or earlier in its sentence ("The balance shown on your
  // statement, including the charge, remains outstanding") unless a matter to settle is named there too ("The
  // question of the fee remains outstanding"): that is unresolved, not unpaid. A record or work that "remains
  // outstanding" is excellent, and before a noun ("remains outstanding work") it is the adjective: left alone.
  ...[
    e('remains outstanding', 'is still unresolved', 'is still open'),
    e('remain outstanding', 'are still unresolved', 'are still open'),
    e('remained outstanding', 'was still unresolved', 'was still open'),
  ].map((entry) => ({ ...entry, inClause: `^(?:${MATTER_TO_SETTLE})$`, followedBy: OUTSTANDING_ENDS })),
  ...[
    e('remains outstanding', 'is still unpaid', 'is still owed'),
    e('remain outstanding', 'are still unpaid', 'are still owed'),
    e('remained outstanding', 'was still unpaid', 'was still owed'),
  ].flatMap((entry) => [
    {
      ...entry,
      inClause: `^(?:${MONEY_OWED})$`,
      notInClause: `^(?:${OUTSTANDING_EXCELLENT})$`,
      followedBy: OUTSTANDING_ENDS,
    },
    {
      ...entry,
      precededBy: `^(?![^]*(?<![\\p{L}])(?:${MATTER_TO_SETTLE}|${OUTSTANDING_EXCELLENT})(?![\\p{L}]))[^]*(?<![\\p{L}])(?:${MONEY_OWED})(?![\\p{L}])`,
      followedBy: OUTSTANDING_ENDS,
    },
    // A pronoun for its subject ("You owe £320 in council tax. This remains outstanding."): the money is named
    // in the sentence before.
    {
      ...entry,
      precededBy: '^\\s*(?:this|it|that|these|they)\\s+$',
      afterSentence: `(?<![\\p{L}])(?:owe|owes|owed|owing|${MONEY_OWED})(?![\\p{L}])`,
      followedBy: OUTSTANDING_ENDS,
    },
  ]),
  e('on an individual basis', 'individually', 'one by one'),
  e('on a case-by-case basis|on a case by case basis', 'case by case'),
  // "Please disregard this letter", "Disregard it if you have paid": the imperative is "ignore"; "a disregard
  // for safety" is the noun.
  {
    match: 'disregard',
    replace: ['ignore'],
    precededBy: '(?:^|please)\\s*$',
    followedBy: '^\\s+(?:this|that|these|those|the|it|them|any|all|our|my|your|previous|earlier)(?![\\p{L}])',
  },
  ...verbAlsoNoun('disregard/disregards/disregarded/disregarding', 'ignore/ignores/ignored/ignoring'),
  // Council and contractors' workers; "political operatives" and spies are another sense, left alone.
  {
    ...e('operatives', 'workers', 'staff'),
    notAfter:
      '^(?:political|party|republican|democratic|democrat|gop|intelligence|covert|undercover|secret|cia|fbi|kgb|russian|special|campaign|al-qaeda|hamas|isis|terrorist)$',
  },
  e(
    'following careful consideration of|after careful consideration of|upon careful consideration of|on careful consideration of',
    'after carefully considering',
  ),
  e(
    'following consideration of|following full consideration of|after full consideration of|upon consideration of',
    'after considering',
  ),
  // "If you are of the opinion that" is "If you think that", in the verb's person and tense.
  e('am of the opinion that|are of the opinion that', 'think that'),
  e('is of the opinion that', 'thinks that'),
  e('was of the opinion that|were of the opinion that', 'thought that'),
  e('be of the opinion that', 'think that'),
  // Present at an event: "will be in attendance at the meeting" → "will attend the meeting"; alone, "there".
  e('be in attendance at|am in attendance at|are in attendance at', 'attend'),
  e('is in attendance at', 'attends'),
  e('was in attendance at|were in attendance at|been in attendance at', 'attended'),
  // After a noun: "a sibling in attendance at the school" → "attending"; after "remain" or "stay", nothing.
  {
    match: 'in attendance at',
    replace: [],
    after: '^(?:remain|remains|remained|remaining|stay|stays|stayed|staying)$',
  },
  e('in attendance at', 'attending'),
  e('be in attendance', 'be there'),
  e('is in attendance', 'is there'),
  e('are in attendance', 'are there'),
  e('was in attendance', 'was there'),
  e('were in attendance', 'were there'),
  e('been in attendance', 'been there'),
  // A consultation's opening line: "The Council is seeking the views of residents" → "wants to hear from".
  e('is seeking the views of|is seeking views from', 'wants to hear from'),
  e('are seeking the views of|am seeking the views of|are seeking views from', 'want to hear from'),
  // "Forms part of" is "is part of"; "form part of" is "be part of" after a modal or "to", "are part of" after a
  // plural subject, and nothing to paste after a negation ("do not be part of").
  e('forms part of', 'is part of'),
  {
    match: 'form part of',
    replace: ['be part of'],
    after: '^(?:will|would|can|could|may|might|must|shall|should|to)$',
  },
  {
    match: 'form part of',
    replace: ['are part of'],
    after: "^(?:they|we|you|these|those|both|all|[\\p{L}]+[^s'’]s)$",
  },
  e('form part of'),
  e('the day preceding|the day immediately preceding', 'the day before'),
  // "Sole" where it is "only": "the sole purpose" → "the only purpose", "the sole adult resident" → "the only
  // adult resident"; not "sole responsibility" or "sole
  // discretion", which mean "alone", nor "a sole trader".
  {
    match: 'sole',
    replace: ['only'],
    after: DEFINITE_BEFORE,
    followedBy:
      '^\\s+(?:purposes?|reasons?|aims?|objectives?|exceptions?|ways?|means|sources?|options?|conditions?|criteri(?:on|a)|survivors?|occupants?|occupiers?|adults?|persons?|residents?|carers?|remaining|question|issue|difference|requirement|function|role|task|job|example)(?![\\p{L}])',
  },
  // "Failure to pay may result in court action": what follows is the threat, "If you do not pay, we may …",
  // which a paste cannot write. So is an offence: "Failure to comply with the above requirements constitutes
  // an administrative offence".
  {
    match: 'failure to',
    replace: [],
    // Also after "note that", which opens the same threat: "Please note that failure to comply may lead to".
    precededBy: '(?:^|(?:^|[^\\p{L}])(?:note|remember|aware|advised)\\s+that)\\s*$',
    followedBy:
      '^\\s+\\p{L}+(?:\\s+[^.;:!?]{0,120})?\\s(?:(?:may|will|could|can|might|would)\\s+(?:result\\s+in|lead\\s+(?:in|to))|(?:constitutes|is|amounts\\s+to)\\s+(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?(?:offen[cs]e|breach|violation))(?![\\p{L}])',
  },
  // "Prior to the submission of your application, read …" → "Before you submit your application"; in a
  // sentence told in the past, whose tense "submit" would break, nothing more than "before".
  {
    match: 'prior to the submission of your|before the submission of your|prior to submission of your',
    replace: ['before you submit your'],
    precededBy: '^(?![\\s\\S]*\\b(?:was|were|had|did)\\b)',
    followedBy: '^(?![\\s\\S]*\\b(?:was|were|had|did)\\b)',
  },
  // A case told in the past, by the sentence's was, were or had ("The applicant's claim for compensation in
  // the amount of 2 million tenge was dismissed") or the verb before ("the court dismissed the applicant's
  // claim"), is about someone else, whom a court or a news item names: no "your".
  ...unlessThirdPersonFollows('the applicant', [
    {
      ...e("the applicant's", 'your'),
      notAfter: `^${PAST_VERB}$`,
      followedBy: '^(?![^.;:!?]*?\\s(?:was|were|had)\\b)',
    },
  ]),
  e('commensurate with', 'in line with', 'matching'),
  // An obligation or a duty is met: "failed to fulfil its obligations" → "failed to meet its obligations".
  ...verb('fulfil/fulfils/fulfilled/fulfilling', 'meet/meets/met/meeting').map((entry) => ({
    ...entry,
    followedBy:
      "^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:obligations?|dut(?:y|ies)|requirements?|conditions?|criteria|responsibilit(?:y|ies)|commitments?)(?![\\p{L}])",
  })),
  // American spelling: its past and -ing forms are the British ones, listed above.
  ...verb('fulfill/fulfills/fulfilled/fulfilling', 'meet/meets/met/meeting')
    .filter((entry) => entry.match === 'fulfill' || entry.match === 'fulfills')
    .map((entry) => ({
      ...entry,
      followedBy:
        "^\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:obligations?|dut(?:y|ies)|requirements?|conditions?|criteria|responsibilit(?:y|ies)|commitments?)(?![\\p{L}])",
    })),
  // An obligation, a duty or terms are met, not followed: "failure to follow this obligation" is no English.
  ...verb('comply with/complies with/complied with/complying with', 'meet/meets/met/meeting').map((entry) =>
    alsoFollowedBy(entry, `^\\s+${WORDS_BEFORE_HEAD}{0,4}?(?:obligations?|dut(?:y|ies)|terms)(?![\\p{L}])`),
  ),
  // A standard, a requirement or a criterion is met: "vehicles follow the standards" would make a vehicle act.
  // A limit, a season or a rule is kept, and "meet the bag limits" would reach them: those get "follow".
  ...verb(
    'comply with/complies with/complied with/complying with',
    'meet/meets/met/meeting',
    'follow/follows/followed/following',
  ).map((entry) =>
    alsoFollowedBy(
      entry,
      `^\\s+${WORDS_BEFORE_HEAD}{0,7}?(?:standards?|requirements?|criteria|criterion|conditions?|specifications?)(?![\\p{L}])`,
    ),
  ),
  ...verb(
    'comply with/complies with/complied with/complying with',
    'follow/follows/followed/following',
    'keep to/keeps to/kept to/keeping to',
  ),
  // "Constitute" is "be" in the form its subject wants, which the verb's own form does not tell: "These acts
  // constitute an offence" → "are", "it may constitute" → "be", "This does not constitute" has no "be" to paste
  // after "does", and "constituted" is "was" only without a plural before it. After "be" it is formed or made up:
  // "was constituted in 2010" → "was set up", "is constituted of" → "is made up of".
  ...'is|are|was|were|be|been|being'.split('|').flatMap((be) => [
    e(`${be} constituted of`, `${be} made up of`),
    {
      match: `${be} constituted`,
      replace: [`${be} set up`],
      followedBy: '^\\s+(?:in|on|by|under|as|for|at)\\s',
    },
    e(`${be} constituted`),
  ]),
  e('constitutes', 'is', 'makes up'),
  {
    match: 'constitute',
    replace: ['be', 'make up'],
    after: '^(?:to|will|would|shall|should|can|could|may|might|must|cannot)$',
  },
  { match: 'constitute', replace: [], after: NEGATION_BEFORE },
  { match: 'constitute', replace: ['are', 'make up'], notAfter: '^(?:do|does|did|i|he|she|it)$' },
  e('constitute'),
  { match: 'constituted', replace: [], inClause: `^(?:${PARTICIPLE_AFTER}|${PLURAL_WORD.slice(1, -1)})$` },
  // "Failure to pay constituted an offence" → "was"; a body constituted is set up ("constituted a working
  // group"), one newly or duly constituted or constituted under a law is the participle: nothing to paste.
  {
    match: 'constituted',
    replace: ['was'],
    notAfter: '^(?:newly|duly|properly|validly|lawfully|legally|so|thus|\\p{L}+ly)$',
    followedBy: `^\\s+(?:a|an|no|the|its|their|his|her)\\s+(?!(?:[\\p{L}-]+\\s+){0,2}(?:${BODIES})(?![\\p{L}]))`,
  },
  e('constituted'),
  e('constituting', 'being', 'making up'),
  ...verb('discontinue/discontinues/discontinued/discontinuing', 'stop/stops/stopped/stopping'),
  ...verb('disseminate/disseminates/disseminated/disseminating', 'share/shares/shared/sharing', 'spread'),
  ...verb('elucidate/elucidates/elucidated/elucidating', 'explain/explains/explained/explaining'),
  ...verb('enumerate/enumerates/enumerated/enumerating', 'list/lists/listed/listing'),
  ...afterArticle(e('equitable', 'fair')),
  ...afterArticle(e('erroneous', 'wrong')),
  e('erroneously', 'wrongly', 'by mistake'),
  // "Established" is left alone: "a well established service". A body, a group or a fund is set up; a fact is
  // shown ("establish that"), and what is not known yet found out ("establish whether", "establish the cause"):
  // "show a working group" and "set up the facts" are no English.
  // "Establish that relationship" is no that-clause: "that" is followed by a clause's subject and verb there.
  ...verb('establish/establishes//establishing', 'show/shows//showing', 'prove/proves//proving').map(
    (entry) => ({
      ...entry,
      followedBy: `^\\s+that(?=${CLAUSE_FOLLOWS.slice(1)})`,
    }),
  ),
  ...verb('establish/establishes//establishing').map((entry) => ({
    ...entry,
    followedBy: '^\\s+that\\b',
  })),
  ...verb('establish/establishes//establishing', 'find out/finds out//finding out').map((entry) => ({
    ...entry,
    followedBy:
      '^\\s+(?:whether|if|how|why|what|who|when|where|which|the\\s+(?:facts?|causes?|circumstances|identity|extent|reasons?|truth|origins?|nature|amount|value|source|whereabouts|date|time|location))\\b',
  })),
  // A body, a scheme or a place is set up; a legacy, a reputation or a peace settlement is not ("set up a
  // legacy"), nor is "himself with an audience" or "contact with the committee": elsewhere nothing to paste.
  ...verb('establish/establishes//establishing', 'set up/sets up//setting up').map((entry) => ({
    ...entry,
    followedBy: `^\\s+${OWN_WORDS_BEFORE_NOUN}(?:${SET_UP})(?![\\p{L}])`,
  })),
  ...verb('establish/establishes//establishing').map((entry) => ({
    ...entry,
    replace: [],
    notBefore: '^(?:myself|yourself|himself|herself|itself|ourselves|yourselves|themselves|oneself)$',
  })),
  // "To get Metallica exclusively" is exclusive rights, not "only" Metallica: at a clause's end or before
  // "for", nothing to paste.
  { match: 'exclusively', replace: [], followedBy: '^(?:\\s*[.,;:!?)]|\\s*$|\\s+for\\b)' },
  // "Almost only eat" is no English: after a word of degree, nothing to paste.
  {
    match: 'exclusively|solely',
    replace: [],
    after: '^(?:almost|nearly|virtually|practically|near|largely|mainly|mostly)$',
  },
  e('exclusively', 'only'),
  e('solely', 'only'),
  e('expenditure', 'spending'),
  ...verb('expend/expends/expended/expending', 'spend/spends/spent/spending'),
  ...verb(
    'finalise|finalize/finalises|finalizes/finalised|finalized/finalising|finalizing',
    'finish/finishes/finished/finishing',
  ),
  // A plan or a decision is carried out; a system is brought in: "once the new system is carried out" is no
  // English. Its object after the active, its subject before the passive's "be", tells which.
  ...verb('implement/implements/implemented/implementing', 'introduce/introduces/introduced/introducing').map(
    (entry) => ({
      ...entry,
      followedBy: `^\\s+(?:(?:the|a|an|this|our|its|their|new|digital|online|electronic)\\s+){0,2}(?:${SYSTEMS})\\b`,
    }),
  ),
  // A curriculum in force, named with "the" or "our", is followed, not brought in: "implement the national
  // curriculum" gets nothing to paste; a new or a bespoke one is brought in (below).
  ...'implement implements implemented implementing'.split(' ').map((match) => ({
    match,
    replace: [],
    followedBy: `^\\s+(?:the|this|that|our|their|its|your)\\s+(?:(?!new\\b|revised\\b|updated\\b)[\\p{L}'’-]+\\s+){0,2}curricul(?:um|a)(?![\\p{L}])`,
  })),
  // A ban, a law, a restriction or a limit is brought in, not carried out ("25 years to implement the ban",
  // "implement the new parking restrictions"), and so is a new curriculum, a reform or a tax. The words before
  // the noun are its own ("a new “noise ordinance”"), not a preposition's: "implement the report on tax".
  ...verb(
    'implement/implements/implemented/implementing',
    'bring in/brings in/brought in/bringing in',
    'introduce/introduces/introduced/introducing',
  ).map((entry) => ({
    ...entry,
    followedBy: `^\\s+${OWN_WORDS_BEFORE_NOUN}(?:${BROUGHT_IN}|curricul(?:um|a))(?![\\p{L}])`,
  })),
  // The passive's subject right before its "be" or modal: "the new system is implemented" → "is introduced",
  // "the ban was implemented in 2020" → "was brought in".
  ...[
    ...'is are was were been being'.split(' '),
    ...'has have had will would can could must should may might'.split(' ').map((verb) => `${verb} be`),
  ].flatMap((auxiliary) => [
    { match: `${auxiliary} implemented`, replace: [`${auxiliary} introduced`], after: `^(?:${SYSTEMS})$` },
    {
      match: `${auxiliary} implemented`,
      replace: [`${auxiliary} brought in`, `${auxiliary} introduced`],
      after: `^(?:${BROUGHT_IN})$`,
    },
  ]),
  // Elsewhere a system named in the clause before leaves "implemented" with nothing to paste.
  // "A sharp implement", "farm implements" are tools: the base and -s forms only where a verb stands.
  ...verbAlsoNoun(
    'implement/implements/implemented/implementing',
    'carry out/carries out/carried out/carrying out',
  ).map((entry) => (entry.match === 'implemented' ? { ...entry, notInClause: `^(?:${SYSTEMS})$` } : entry)),
  e('implemented'),
  ...verb('initiate/initiates/initiated/initiating', 'start/starts/started/starting'),
  // "An initially off-the-record interview": "at first" is no word to put between an article and its noun.
  { match: 'initially', replace: [], after: '^(?:a|an|the)$' },
  e('initially', 'at first'),
  ...verb('inquire|enquire/inquires|enquires/inquired|enquired/inquiring|enquiring', 'ask/asks/asked/asking'),
  ...afterArticle(e('locality', 'area', 'place')),
  ...verb('modify/modifies/modified/modifying', 'change/changes/changed/changing'),
  // "Subject to modification" is no "subject to change", the idiom for what may yet change ("vehicles subject
  // to modification of their construction"): nothing to paste there.
  { match: 'modification|modifications', replace: [], precededBy: '(?:^|\\s)subject\\s+to\\s+$' },
  e('modification', 'change'),
  e('modifications', 'changes'),
  // What a cause necessitates is made necessary by it, not needed by it: "changes necessitated by new rules"
  // are not "needed by new rules", which would make the rules want them.
  ...`${PARTICIPLE_AFTER}|`.split('|').map((auxiliary) => {
    const before = auxiliary ? `${auxiliary} ` : '';
    return e(`${before}necessitated by`, `${before}made necessary by`, `${before}caused by`);
  }),
  // A cause necessitates an event: "a cold does not necessitate the postponement of" is "mean", as a thing
  // does not need an event ("does not need the postponement"). What one needs to have stays "need" ("larger
  // extensions necessitate planning permission" → "need").
  ...verb('necessitate/necessitates/necessitated/necessitating', 'mean/means/meant/meaning').map((entry) =>
    alsoFollowedBy(entry, NECESSITATED_EVENT),
  ),
  ...verb('necessitate/necessitates/necessitated/necessitating', 'need/needs/needed/needing'),
  e('an optimum|an optimal|a optimum|a optimal', 'the best'),
  // A hidden verb: "agreed to the postponement of the hearing" → "putting off the hearing". After "necessitate"
  // the event stays a noun, as that entry says.
  { match: 'the postponement of', replace: ['putting off', 'delaying'], notAfter: '^necessitat\\p{L}*$' },
  // "Where available" after what may be missing ("Translation is provided where available") is "if available";
  // before a noun ("where available places are listed") "available" is that noun's.
  {
    match: 'where available',
    replace: ['if available'],
    notBefore: "^(?!(?:to|for|from|in|on|at|and|or|but)$)[\\p{L}'’-]+$",
  },
  // A service or a room named by what it is for: "the online facility" is a service, "toilet facilities"
  // toilets. A credit, loan or overdraft facility is a bank's term, and stays.
  e('online facility', 'online service'),
  e('online facilities', 'online services'),
  {
    match: 'facility',
    replace: ['service'],
    after:
      '^(?:booking|payment|reporting|search|messaging|chat|upload|enquiry|inquiry|callback|appointment)$',
  },
  e('toilet facilities|washroom facilities|lavatory facilities', 'toilets'),
  e('parking facilities', 'parking'),
  e('changing facilities', 'changing rooms'),
  // "Best" is a superlative: before its noun it takes a determiner ("use optimal methods" → "use the best
  // methods"), and no degree word or adverb ("more optimal", "economically optimal").
  { match: 'optimum|optimal', replace: [], after: '^(?:more|most|less|least|very|so|too|\\p{L}+ly)$' },
  { match: 'optimum|optimal', replace: ['best'], after: DEFINITE_BEFORE },
  { match: 'optimum|optimal', replace: ['the best'], followedBy: NOUN_FOLLOWS },
  e('optimum|optimal', 'best'),
  // "Participating providers" is an adjective before its noun, the plain way to say which ones take part (a name
  // may follow: "participating Post Office branches"): no officialese, and "taking part firms" is no English.
  ...verb(
    'participate/participates/participated/participating',
    'take part/takes part/took part/taking part',
  ).map((entry) =>
    entry.match === 'participating'
      ? {
          ...entry,
          followedBy:
            '^(?!\\s+(?!(?:in|on|at|for|with|from|to|by|and|or|as|fully|actively|i)(?![\\p{L}]))\\p{L})',
        }
      : entry,
  ),
  ...verb('possess/possesses/possessed/possessing', 'have/has/had/having', 'own/owns/owned/owning'),
  e('practicable', 'possible', 'practical'),
  e('feasible', 'possible', 'workable'),
  // "Proceeds" (money) and "proceedings" (court) are nouns.
  // "Proceeding gradually towards the torso" moves on: no "going ahead towards".
  ...verb('proceed//proceeded/proceeding', 'go ahead//went ahead/going ahead/gone ahead').flatMap((entry) => [
    {
      ...entry,
      replace: [],
      followedBy: "^\\s+(?:[\\p{L}'’-]+\\s+)?(?:to|towards|toward|into|along|through)(?![\\p{L}])",
    },
    entry,
  ]),
  ...verb('procure/procures/procured/procuring', 'buy/buys/bought/buying', 'get/gets/got/getting'),
  // The verb "effect" (a payment, a transfer): "effect" and "effects" are far more often the noun.
  ...verb('//effected/effecting', 'make//made/making', 'carry out//carried out/carrying out'),
  e('to effect', 'to make', 'to carry out'),
  ...verb('prohibit/prohibits/prohibited/prohibiting', 'ban/bans/banned/banning'),
  e('permitted', 'allowed'),
  e('promptly', 'quickly', 'at once'),
  ...verb(
    'rectify/rectifies/rectified/rectifying',
    'put right/puts right/put right/putting right',
    'fix/fixes/fixed/fixing',
  ),
  ...verb('reimburse/reimburses/reimbursed/reimbursing', 'pay back/pays back/paid back/paying back'),
  // "A retaining wall" holds back earth: the name of a structure.
  ...verb('retain/retains/retained/retaining', 'keep/keeps/kept/keeping').map((entry) =>
    entry.match === 'retaining' ? { ...entry, notBefore: '^walls?$' } : entry,
  ),
  // "Large evidence", "large planning", "large cooling": a mass noun is not large. Nothing to paste.
  {
    match: 'substantial',
    replace: [],
    followedBy:
      '^\\s+(?:evidence|planning|cooling|warming|support|progress|damage|research|work|effort|interest|experience|knowledge|risk|doubt|pressure|harm|benefit|change|improvement|reform|debate|opposition|attention|preparation|premeditation|disability|impairment|disadvantage|grounds)(?![\\p{L}])',
  },
  e('substantial', 'large', 'big'),
  ...afterArticle(e('supplementary', 'extra')),
  // A disease is passed on, not sent: "for the disease to be sent" says something else. The disease is the object
  // after the active, or named in the clause before the passive. "Sexually transmitted infections" is the
  // medical name.
  ...verb(
    'transmit/transmits/transmitted/transmitting',
    'pass on/passes on/passed on/passing on',
    'spread/spreads/spread/spreading',
  ).map((entry) => ({
    ...entry,
    notAfter: '^sexually$',
    followedBy: `^\\s+(?:(?:the|a|an|this|these|it|them)\\s+)?(?:${DISEASES})\\b`,
  })),
  ...verb('transmit/transmits/transmitted/transmitting', 'send/sends/sent/sending').map((entry) => ({
    ...entry,
    notAfter: '^sexually$',
    notInClause: `^(?:${DISEASES})$`,
  })),
  ...verb(
    'transmit/transmits/transmitted/transmitting',
    'pass on/passes on/passed on/passing on',
    'spread/spreads/spread/spreading',
  ).map((entry) => ({ ...entry, notAfter: '^sexually$' })),
  ...verb('ameliorate/ameliorates/ameliorated/ameliorating', 'improve/improves/improved/improving'),
  // "Will seek to find out", "is seeking to recruit", "the proposals seek to ensure": aim to.
  ...verb(
    'seek to/seeks to/sought to/seeking to',
    'aim to/aims to/aimed to/aiming to',
    'try to/tries to/tried to/trying to',
  ),
  // "Interest will accrue on unpaid amounts" → "build up"; "accrued interest" before its noun has no "built up".
  {
    match: 'accrued',
    replace: [],
    notAfter: SUBJECT_BEFORE,
    followedBy: `^\\s+(?!(?:${DETERMINERS_AND_LINKS})(?![\\p{L}]))\\p{Ll}`,
  },
  ...verb('accrue/accrues/accrued/accruing', 'build up/builds up/built up/building up'),
  // Records are kept, not maintained ("You must maintain adequate records" → "keep"); a road, a building or a
  // standard that is maintained is looked after, and left alone.
  ...['maintain/keep', 'maintains/keeps', 'maintained/kept', 'maintaining/keeping'].map((pair) => {
    const [form = '', plain = ''] = pair.split('/');
    return {
      match: form,
      replace: [plain],
      followedBy:
        '^\\s+(?:(?:adequate|accurate|full|proper|complete|detailed|written|up-to-date|your|the|a|an|these|such|all|any|their|its|our)\\s+){0,2}(?:records?|accounts|logs?|registers?|receipts)(?![\\p{L}])',
    };
  }),
  // So are records kept in the passive: "Records are maintained by the school" → "are kept".
  {
    match: 'maintained',
    replace: ['kept'],
    after: `^(?:${PARTICIPLE_AFTER})$`,
    precededBy:
      '(?:^|[^\\p{L}])(?:records?|accounts|logs?|registers?|receipts|files|minutes|lists?)\\s+(?:(?:must|should|will|shall|can|may|are|is|were|was|be|been|being|have|has|had)\\s+){0,3}$',
  },
  // "Sustained an injury" is being hurt: "He sustained an injury at work" → "was injured". The subject's number
  // picks "was" or "were"; after a noun it is not known, and nothing pastes. Growth or effort "sustained" stays.
  ...[
    ['^(?:he|she|it|i)$', 'was'],
    ['^(?:they|we|you)$', 'were'],
  ].flatMap(([subject = '', be = '']) => [
    {
      match: 'sustained an injury|sustained injuries',
      replace: [`${be} injured`, 'got hurt'],
      after: subject,
    },
    {
      match: 'sustained serious injuries|sustained a serious injury',
      replace: [`${be} seriously injured`],
      after: subject,
    },
    {
      match: 'sustained minor injuries|sustained a minor injury',
      replace: [`${be} slightly injured`],
      after: subject,
    },
  ]),
  e(
    'sustained an injury|sustained injuries|sustained serious injuries|sustained a serious injury|sustained minor injuries|sustained a minor injury',
  ),
  // Exceeding an amount is being more than it ("Where your tax bill exceeds £1,000" → "is more than £1,000",
  // "must not exceed 10 kg" → "be more than"); "a fine not exceeding £500" is one "up to £500". Before anything
  // but a figure ("exceed expectations", "exceeds the limit") it is left alone, and "exceeded", whose subject's
  // number its form does not tell, too.
  ...[
    { match: 'exceeds', replace: ['is more than'] },
    {
      match: 'exceed',
      replace: ['be more than'],
      after: '^(?:will|would|can|could|may|might|must|shall|should|to|cannot|not)$',
      precededBy: '(?:will|would|can|could|may|might|must|shall|should|to)\\s+(?:not\\s+)?$',
    },
    // After the noun measured the phrase is "of up to": "an income up to £7,400" drops the link.
    { match: 'not exceeding', replace: ['of up to'], after: `^(?:${MEASURED})$` },
    {
      match: 'which does not exceed|that does not exceed|which do not exceed|that do not exceed',
      replace: ['of up to'],
      after: `^(?:${MEASURED})$`,
    },
    { match: 'does not exceed', replace: ['is not more than'] },
    { match: 'not exceeding', replace: ['up to'] },
    { match: 'exceeding', replace: ['over'] },
  ].map((entry) => ({
    ...entry,
    followedBy: '^\\s+(?:£|\\$|€|\\d)',
    // Someone who exceeds a speed or a dose goes beyond it ("If you exceed 70 mph"), and is no "more than" it;
    // "exceeding" stands after the thing measured ("an amount not exceeding £500").
    ...(entry.match.endsWith('ing')
      ? {}
      : {
          notInClause:
            '^(?:you|he|she|we|they|i|who|drivers?|motorists?|riders?|cyclists?|pilots?|patients?)$',
        }),
  })),
  // To advise someone of a thing is to tell them about it ("Please advise the Tribunal office of any change" →
  // "tell the Tribunal office about"), said only of the one told (not "we advise the use of gloves"); "Please
  // advise us if your address changes" → "tell us if". Before "to" and a verb the "of" is the people's own
  // ("advised residents of the area to stay in"), and the advice is plain.
  ...['advise/tell', 'advises/tells', 'advised/told', 'advising/telling'].flatMap((pair) => {
    const [form = '', plain = ''] = pair.split('/');
    return [1, 2, 3].map((words) => ({
      match: `${form} ${'* '.repeat(words)}of`,
      replace: [`${plain} {2${words > 1 ? `-${words + 1}` : ''}} about`],
      between: PEOPLE_TOLD,
      followedBy: `^(?![^,;:.!?]*\\sto\\s+(?!(?:${DETERMINERS_AND_LINKS}|us|you|them|me|him|her)(?![\\p{L}]))\\p{Ll})`,
    }));
  }),
  {
    match: 'advise',
    replace: ['tell'],
    after: '^please$',
    followedBy:
      '^\\s+(?:us|them|me|him|her)\\s+(?:if|when|whether|as\\s+soon\\s+as|immediately|straight\\s+away|in\\s+writing|by)(?![\\p{L}])',
  },
  // To advise someone that something is so is to tell them ("wishes to advise you that" → "tell you that",
  // "Residents are advised that" → "are told that"); "we advise you to apply early" is advice, and plain.
  ...verb('advise/advises/advised/advising', 'tell/tells/told/telling').map((entry) => ({
    ...entry,
    followedBy: `^\\s+(?:you|us|them|him|her|me|(?:(?:the|our|your|their|any|all|each)\\s+)?(?:${PERSON_NOUNS}|callers?))\\s+that(?![\\p{L}])`,
  })),
  ...PARTICIPLE_AFTER.split('|').map((auxiliary) => ({
    match: `${auxiliary} advised`,
    replace: [`${auxiliary} told`],
    followedBy: '^\\s+that(?![\\p{L}])',
  })),
  // "If you consider that the amount is wrong" → "think that"; not "consider that option".
  ...verb('consider/considers/considered/considering', 'think/thinks/thought/thinking').map((entry) => ({
    ...entry,
    followedBy: `^\\s+that(?=${CLAUSE_FOLLOWS.slice(1)})`,
    // After "please", a modal or "wish to" it is "bear in mind", which "think that" is not.
    notAfter: '^(?:please|should|must|may|might|could|would|shall|to|also|carefully|kindly|ought)$',
  })),
  e('in close proximity to', 'near'),
  e('in proximity to', 'near'),
  e('in the vicinity of', 'near', 'about'),
  // "Anyone who was in the vicinity at the time" → "nearby".
  e('in the vicinity', 'nearby', 'in the area'),
  // "This is not necessarily indicative of a problem" → "a sign of": only after "be" (or its adverbs), whose
  // subject's number its form tells; "results indicative of fraud" has no "be" to carry "a sign of".
  // The number is the verb's right before (or across its adverbs), not any plural verb in the clause.
  {
    match: 'indicative of',
    replace: ['signs of'],
    precededBy: `(?:^|\\s)(?:are|were|aren['’]t|weren['’]t)(?:\\s+${INDICATIVE_ADVERBS}){0,2}\\s+$`,
  },
  {
    match: 'indicative of',
    replace: ['a sign of'],
    precededBy: `(?:^|\\s)(?:is|was|isn['’]t|wasn['’]t|be|been|being)(?:\\s+${INDICATIVE_ADVERBS}){0,2}\\s+$`,
  },
  e('indicative of'),
  e('adjacent to', 'next to'),
  e('with the exception of', 'except', 'apart from'),
  // What came before an idea anticipated it, not expected it ("Archimedes anticipated calculus", "the essay
  // anticipates modern theories of mind"): before an idea, nothing to paste. After an article it is the
  // adjective, and expected: "the anticipated discovery".
  ...'anticipate anticipates anticipated anticipating'.split(' ').map((match) => ({
    match,
    replace: [],
    notAfter: '^(?:a|an|the|this|that|its|their|our|his|her|your|my)$',
    followedBy: `^\\s+${OWN_WORDS_BEFORE_NOUN}(?:${IDEAS})(?![\\p{L}])`,
  })),
  // "Anticipates moving" would want "expects to move": before an -ing form, nothing to paste.
  ...verb('anticipate/anticipates/anticipated/anticipating', 'expect/expects/expected/expecting').map(
    (entry) => ({ ...entry, replace: [], followedBy: "^\\s+[\\p{L}'’-]+ing(?![\\p{L}])" }),
  ),
  ...verb('anticipate/anticipates//anticipating', 'expect/expects//expecting'),
  // "A highly anticipated concert" is an adjective: "highly expected" is not English.
  {
    match: 'anticipated',
    replace: ['expected'],
    notAfter:
      '^(?:highly|much|eagerly|keenly|long|hugely|widely|greatly|most|eagerly|feverishly|breathlessly)$',
  },
  // "cease to have effect" is "stop having", not "stop to have" (which is to pause in order to have): before
  // "to", nothing to paste.
  ...verb('cease/ceases/ceased/ceasing', 'stop/stops/stopped/stopping').flatMap((entry) => [
    { ...entry, replace: [], followedBy: '^\\s+to\\s' },
    entry,
  ]),
  // Before a share ("women comprise 40% of staff", "3 of the 5 seats") the part makes up the whole: "make up",
  // not "consist of". A bare count is what the whole holds ("buildings comprising 212 units" consist of them).
  ...verb('comprise/comprises/comprised/comprising', 'make up/makes up/made up/making up').map((entry) => ({
    ...entry,
    followedBy:
      '^\\s+(?:(?:(?:about|around|nearly|almost|over|more than|less than|just|only|some|roughly)\\s+)?\\d[\\d.,]*\\s*(?:%|per\\s*cent|percent|of\\s)|half\\s|a third|a quarter|most\\s|the\\s+(?:(?:vast|great|overwhelming)\\s+)?(?:majority|bulk|minority)\\b|(?:a|one)\\s+(?:(?:large|small|significant|growing)\\s+)?(?:share|proportion|fraction|part|minority|majority|fifth|tenth)\\b)',
  })),
  ...verb(
    'comprise/comprises/comprised/comprising',
    'consist of/consists of/consisted of/consisting of',
    'include/includes/included/including',
  ),
  // "Comprised of" already has its "of": "consisted of" would leave "consisted of of".
  e('comprised of', 'made up of'),
  e('is comprised of', 'is made up of', 'consists of'),
  e('are comprised of', 'are made up of', 'consist of'),
  e('was comprised of', 'was made up of', 'consisted of'),
  e('were comprised of', 'were made up of', 'consisted of'),
  e('comprising of', 'made up of'),
  // What is disclosed is a fact or information, which is revealed or shared, not told: "personal information
  // was disclosed" → "was revealed", never "was told"; "tell" wants the person told.
  ...verb(
    'disclose/discloses/disclosed/disclosing',
    'reveal/reveals/revealed/revealing',
    'share/shares/shared/sharing',
  ),
  ...verb(
    'eliminate/eliminates/eliminated/eliminating',
    'remove/removes/removed/removing',
    'end/ends/ended/ending',
  ),
  // "Make sure" takes a clause ("ensure that …", "ensure you bring", "ensure all fields are filled in"), never
  // a noun alone: "We ensure the safety of your data" has no "make sure" to paste. Someone makes sure; a thing
  // cannot ("This measure makes sure that families …"): after one, or its modal verb, nothing to paste.
  {
    match:
      'will ensure|would ensure|should ensure|shall ensure|can ensure|could ensure|may ensure|might ensure|must ensure',
    replace: [],
    after: THING_BEFORE,
  },
  // "Make sure" wants someone who means it: "the low humidity ensured play would continue" made nothing sure.
  // The past, the -s form and a modal's base with no one named in the clause before have nothing to paste.
  ...verb('ensure/ensures/ensured/ensuring', 'make sure/makes sure/made sure/making sure').flatMap(
    (entry) => [
      ...(entry.match === 'ensured' || entry.match === 'ensures'
        ? [{ ...entry, replace: [], notInClause: SOMEONE }]
        : entry.match === 'ensure'
          ? [{ ...entry, replace: [], after: MODAL, notInClause: SOMEONE }]
          : []),
      { ...entry, followedBy: CLAUSE_FOLLOWS, notAfter: THING_BEFORE },
      { ...entry, replace: [] },
    ],
  ),
  // One faces or has a problem one encounters; a storm encountering cooler waters, a reader a story or an actor
  // a villain neither has nor meets them: nothing to paste.
  ...verbAlsoNoun(
    'encounter/encounters/encountered/encountering',
    'face/faces/faced/facing',
    'have/has/had/having',
  ).flatMap((entry) => [
    { ...entry, followedBy: PROBLEM_FOLLOWS },
    { ...entry, replace: [] },
  ]),
  ...verb('attain/attains/attained/attaining', 'reach/reaches/reached/reaching'),
  // "Departed from any resemblance": "left" takes no "from".
  ...verb('depart/departs/departed/', 'leave/leaves/left/').flatMap((entry) => [
    { ...entry, replace: [], followedBy: '^\\s+from(?![\\p{L}])' },
    entry,
  ]),
  ...verb(
    'forfeit/forfeits/forfeited/forfeiting',
    'lose/loses/lost/losing',
    'give up/gives up/gave up/giving up',
  ),
  ...verb('solicit/solicits/solicited/soliciting', 'ask for/asks for/asked for/asking for'),
  ...verb('promulgate/promulgates/promulgated/promulgating', 'publish/publishes/published/publishing'),
  ...verb('peruse/peruses/perused/perusing', 'read/reads/read/reading'),
  ...verb(
    'preclude/precludes/precluded/precluding',
    'prevent/prevents/prevented/preventing',
    'rule out/rules out/ruled out/ruling out',
  ),
  ...verb('relocate/relocates/relocated/relocating', 'move/moves/moved/moving'),
  ...verb(
    'transpire/transpires/transpired/transpiring',
    'happen/happens/happened/happening',
    'turn out/turns out/turned out/turning out',
  ),
  // An agency verifies a claim by checking it ("We verify all claims", "will verify the information"); a result
  // reported verified, or one that could not be, is confirmed ("IUPAC verified the elements", "couldn't verify
  // it"). "A verified account" is an adjective: nothing to paste.
  { match: 'verified', replace: [], after: '^(?:a|an|the|his|her|its|their|our|my|your)$' },
  // One's own identity, age or address is proved, not checked ("You must verify your identity"): "confirm"
  // fits whoever does it.
  ...verb('verify/verifies/verified/verifying', 'confirm/confirms/confirmed/confirming').map((entry) => ({
    ...entry,
    followedBy:
      '^\\s+(?:your|their|his|her|my|our)\\s+(?:identity|identities|age|address|eligibility)(?![\\p{L}])',
  })),
  ...verb(
    'verify/verifies/verified/verifying',
    'confirm/confirms/confirmed/confirming',
    'check/checks/checked/checking',
  )
    // After a negation no verbal noun stands ("the verifying of"): the entry of the verb alone.
    .filter((entry) => entry.match !== 'verified' && entry.after !== VERBAL_NOUN_BEFORE)
    .map((entry) => ({ ...entry, after: NEGATION_BEFORE })),
  { match: 'verified', replace: ['confirmed', 'checked'], notAfter: '^(?:be|been|being|is|are|was|were)$' },
  ...verb(
    'verify/verifies/verified/verifying',
    'check/checks/checked/checking',
    'confirm/confirms/confirmed/confirming',
  ),
  // "Check" is a countable noun: it takes the determiner "verification" had ("the verification" → "the check");
  // a bare one is "checking" ("sent for verification"), except before "of", where "Checking of the signature"
  // reads badly: nothing to paste.
  { match: 'verification', replace: ['check'], after: NOUN_BEFORE },
  { match: 'verification', replace: [], followedBy: '^\\s+of(?![\\p{L}])' },
  // Before the noun it modifies it is "check" too: "the identity verification process" → "identity check process".
  {
    match: 'verification',
    replace: ['check'],
    followedBy:
      '^\\s+(?:process(?:es)?|procedures?|stages?|steps?|requirements?|checks?|teams?|fees?|dates?|results?|methods?|forms?)(?![\\p{L}])',
  },
  e('verification', 'checking'),
  // "The end" wants its article where "expiration" had none: "after expiration of the term" → "after the end of".
  // "An expiration date" is plain American English.
  { match: 'expiration', replace: ['end'], after: NOUN_BEFORE, notBefore: '^dates?$' },
  { match: 'expiration', replace: ['the end'], notBefore: '^dates?$' },
  ...startOrEnd('inception', 'start'),
  // Only "the magnitude of the problem": "a magnitude 7.5 quake" and "orders of magnitude" are measures.
  e('the magnitude of', 'the size of', 'the scale of'),
  e('methodology', 'method'),
  e('remainder', 'rest'),
  ...afterArticle(e('evident', 'clear')),
  e('provided that|providing that', 'if'),
  e('whether or not', 'whether'),
  // "Access a clinician in a timely manner" is without delay, not at a booked time.
  e('in a timely manner|in a timely fashion', 'promptly', 'on time'),
  e('in a timely and professional manner', 'promptly and professionally'),
  e('in a timely and efficient manner', 'promptly and efficiently'),
  e('in a timely and effective manner', 'promptly and effectively'),
  e('in a timely and appropriate manner', 'promptly and appropriately'),
  // "Responsible for the provision of advice" → "responsible for providing advice".
  e('responsible for the provision of', 'responsible for providing'),
  e('in the first instance', 'first'),
  // What a sum or a decision is worked out from ("calculated on the basis of the value") is no cause: "because
  // of" would make it one.
  e('on the basis of', 'based on'),
  // A calque of «исходя из» in translated Kazakhstan texts: not "going ahead from".
  e('proceeding from', 'based on', 'from'),
  e('set forth in', 'in', 'set out in'),
  e('state-of-the-art', 'modern', 'latest'),
  // GOV.UK "words to avoid": vague words that hide what is actually being done.
  ...verbAlsoNoun('leverage/leverages/leveraged/leveraging', 'use/uses/used/using'),
  // "A streamlined shape" cuts through air or water: the physical sense is plain.
  ...verb(
    'streamline/streamlines/streamlined/streamlining',
    'simplify/simplifies/simplified/simplifying',
  ).map((entry) => ({
    ...entry,
    notBefore:
      '^(?:shapes?|designs?|bod(?:y|ies)|hulls?|cars?|trains?|vehicles?|aircraft|profiles?|fins?|wings?)$',
  })),
  // Only the verb: "18 tackles", "a late tackle" and "his tackle" are the noun of sport. A tackle of someone
  // named ("tackling Climo") is the sport's too: nothing to paste; "tackle Lima's rubbish" is no one's.
  ...verbAlsoNoun(
    'tackle/tackles/tackled/tackling',
    'deal with/deals with/dealt with/dealing with',
    'stop/stops/stopped/stopping',
  ).flatMap((entry) => [
    ...(entry.followedBy
      ? []
      : [
          {
            ...entry,
            replace: [],
            followedBy: "^\\s+\\p{Lu}[\\p{L}-]*(?![\\p{L}'’-])",
            notAfter: NOUN_BEFORE,
          },
        ]),
    { ...entry, notAfter: NOUN_BEFORE },
  ]),
  // Power to do something is leave to do it: "empower councils to set fees" → "allow", where "help" would say
  // the councils could not before.
  ...verb('empower/empowers/empowered/empowering', 'allow/allows/allowed/allowing').map((entry) =>
    alsoFollowedBy(entry, `^(?:${OBJECT_THEN_INFINITIVE.slice(1)}|\\s+to\\s+(?!(?:the|a|an)\\s)\\p{L})`),
  ),
  ...verb(
    'empower/empowers/empowered/empowering',
    'help/helps/helped/helping',
    'allow/allows/allowed/allowing',
  ),
  ...verb(
    'incentivise|incentivize/incentivises|incentivizes/incentivised|incentivized/incentivising|incentivizing',
    'encourage/encourages/encouraged/encouraging',
  ),
  ...verb(
    'disincentivise|disincentivize/disincentivises|disincentivizes/disincentivised|disincentivized/disincentivising|disincentivizing',
    'discourage/discourages/discouraged/discouraging',
  ),
  ...verb(
    'collaborate/collaborates/collaborated/collaborating',
    'work together/works together/worked together/working together',
  ),
  ...verb(
    'liaise with/liaises with/liaised with/liaising with',
    'work with/works with/worked with/working with',
    'talk to/talks to/talked to/talking to',
  ),
  ...verb('ring-fence/ring-fences/ring-fenced/ring-fencing', 'set aside/sets aside/set aside/setting aside'),
  // "More robust" is no "more strong": after "more" or "most", nothing to paste.
  { match: 'robust|substantial', replace: [], after: '^(?:more|most)$' },
  e('robust', 'strong', 'thorough'),
  ...afterArticle(e('overarching', 'overall', 'main')),
  // "Traffic is moving forward", "the plan is going forward": after "be" it is a movement or progress, not time.
  {
    ...e('going forward|moving forward', 'from now on', 'in future'),
    notAfter: `^(?:${PARTICIPLE_AFTER}|am|keep|keeps|kept)$`,
    // "Going forward with the project" goes ahead with it.
    notBefore: '^(?:with|to|into|towards?)$',
  },
  // "Combat" is also a noun (military): only the verb, before its object ("will combat fraud", "which combats
  // crime", "combated the spread"); "returned to combat", "combat troops" are the noun.
  ...(
    [
      ['to combat', 'to fight', 'to stop', undefined],
      [
        'combat',
        'fight',
        'stop',
        `^(?:${MODAL.slice(4, -2)}|cannot|not|we|they|you|help|helps|helped|helping)$`,
      ],
      ['combats', 'fights', 'stops', '^(?:it|he|she|who|which|that)$'],
      ['combated|combatted', 'fought', 'stopped', undefined],
    ] as const
  ).map(([match, fight, stop, after]) => ({
    match,
    replace: [fight, stop],
    ...(after ? { after } : {}),
    followedBy: OBJECT_START,
    notBefore: `^(?:${COMBAT_NOUNS})$`,
  })),
  e('combating|combatting', 'fighting'),
  // "Impact" as a verb, not the noun ("the impact on families"). "Impact on" is intransitive: "affect" takes no
  // "on" ("will affect on people"), so before "on" nothing to paste.
  {
    match:
      'impacted|impacting|to impact|will impact|may impact|could impact|can impact|would impact|might impact',
    replace: [],
    followedBy: '^\\s+(?:[\\p{L}]+ly\\s+)?on(?![\\p{L}])',
  },
  e('impacted', 'affected'),
  e('impacting', 'affecting'),
  e('to impact', 'to affect'),
  e('will impact', 'will affect'),
  e('may impact', 'may affect'),
  e('could impact', 'could affect'),
  e('can impact', 'can affect'),
  e('would impact', 'would affect'),
  e('might impact', 'might affect'),
  e('adversely impact|negatively impact|adversely affect|negatively affect', 'harm', 'hurt'),
  e('adversely affected|negatively affected|adversely impacted|negatively impacted', 'harmed'),
  // "Key" as an adjective ("key priorities"), not the key to a door. "Main" wants a determiner that picks
  // out its noun ("the main factors"); without one ("these were key factors") the plain word is "important".
  ...[
    'priority priorities issue issues area areas objective objectives factor factors challenge challenges',
    'element elements aspect aspects principles findings',
  ]
    .join(' ')
    .split(' ')
    .flatMap((object): PhraseEntry[] => [
      { match: `key ${object}`, replace: [`main ${object}`], after: DEFINITE_BEFORE },
      e(`key ${object}`, `important ${object}`),
    ]),
  e('key role', 'important role'),
  // "Deliver" for abstract things: pizzas, post and services are delivered, improvements are not.
  // The thing improved follows "to" or "in", which "improve" drops ("deliver improvements to the service" →
  // "improve the service"); before another preposition ("for residents") "improve" has no object to paste.
  e('deliver improvements to|deliver improvements in', 'improve'),
  e('delivered improvements to|delivered improvements in', 'improved'),
  e('delivering improvements to|delivering improvements in', 'improving'),
  ...['deliver', 'delivered', 'delivering'].map((form) => ({
    match: `${form} improvements`,
    replace: [],
    followedBy: '^\\s+(?:for|across|at|on|by|through|with|within|throughout)\\b',
  })),
  e('deliver improvements', 'improve'),
  e('delivered improvements', 'improved'),
  e('deliver change', 'make changes'),
  e('deliver outcomes|deliver results', 'get results'),
  e('deliver savings', 'save money'),
  // Before its object after adjectives or a determiner ("delivered better outcomes", "deliver its housing
  // strategy"), the plain verb alone: the words after it stay.
  ...DELIVERED.flatMap(([nouns, plain]) =>
    verb('deliver/delivers/delivered/delivering', plain).map((entry) =>
      alsoFollowedBy(entry, `^\\s+${OWN_WORDS_BEFORE_NOUN}(?:${nouns})(?![\\p{L}])${HANDED_OVER}`),
    ),
  ),
  // "Deliver on our promises" keeps them; on a strategy it carries it out.
  ...DELIVERED.flatMap(([nouns, plain]) =>
    verb('deliver on/delivers on/delivered on/delivering on', plain).map((entry) =>
      alsoFollowedBy(entry, `^\\s+${OWN_WORDS_BEFORE_NOUN}(?:${nouns})(?![\\p{L}])${HANDED_OVER}`),
    ),
  ),
  // The passive with its subject right before "be": "the strategy will be delivered" → "be carried out".
  ...DELIVERED.flatMap(([nouns, , participle]) =>
    [
      ...'is are was were been being'.split(' '),
      ...'has have had will would can could must should may might'.split(' ').map((verb) => `${verb} be`),
    ].map((auxiliary) => ({
      match: `${auxiliary} delivered`,
      replace: [`${auxiliary} ${participle}`],
      after: `^(?:${nouns})$`,
      followedBy: `^${HANDED_OVER}`,
    })),
  ),
  // "Drive out" waste or rogue traders is to get rid of them (GOV.UK: unless it is cattle); one drives out of a
  // car park, out to the coast, out there.
  ...verb(
    'drive out/drives out/drove out/driving out',
    'get rid of/gets rid of/got rid of/getting rid of',
    'remove/removes/removed/removing',
  ).map((entry) =>
    alsoFollowedBy(
      entry,
      `^(?!\\s+(?:there|here|into|onto|towards?|past|through|along|across|early|late|together|again|alone|west|east|north|south|today|tomorrow|tonight|now|then|once|twice|every|each|(?:this|next|last|that)\\s+(?:morning|afternoon|evening|night|week|weekend|month|year|time)|\\p{L}+ly)(?![\\p{L}]))${OBJECT_START.slice(1)}`,
    ),
  ),
  // "Drive" for change: you can only drive vehicles.
  e('drive change', 'lead change'),
  e('drive improvement in|drive improvements in|drive improvement to|drive improvements to', 'improve'),
  e('drive improvement|drive improvements', 'improve'),
  e('drive growth', 'boost growth'),
  e('drive forward', 'push ahead with'),
  e('driving forward', 'pushing ahead with'),
  ...withObjects('drive down', 'cut', 'costs prices'),
  ...withObjects('driving down', 'cutting', 'costs prices'),
  // "Foster" with these objects only: "foster care" and "apply to foster" are about children.
  ...withObjects(
    'foster',
    'encourage',
    'cooperation collaboration innovation growth dialogue trust understanding development',
  ),
  ...withObjects(
    'fostering',
    'encouraging',
    'cooperation collaboration innovation growth dialogue trust understanding development',
  ),
  e('foster a culture', 'build a culture'),
  // "Progress" as a verb: say what you are actually doing.
  e('progress the|progress this|progress your|progress our|progress their|progress these|progress its'),
  e(
    'progressing the|progressing your|progressing our|progressing their|progressing plans|progressed your|progressed our|progressed their',
  ),
  // Words the GOV.UK and Plain English Campaign lists name that the pack lacked. Only "furnish(es)": a
  // "furnished flat" is plain; only "upon" outside "once upon a time".
  // Places, homes and appointments are given out, not set aside as money is: "Places are allocated by criteria"
  // → "are given", "your child has been allocated a place" → "has been given a place", "we allocate seats" →
  // "give seats". The thing given is named in the clause before a passive or after it.
  { match: 'allocated', replace: ['given'], inClause: `^(?:${GIVEN_OUT}|${GIVEN_ONE})$` },
  {
    match: 'allocated',
    replace: ['given'],
    after: '^(?:is|are|was|were|be|been|being)$',
    followedBy: `^\\s+(?:(?:a|an|the|your|their|his|her|its|one|\\d+)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${GIVEN_OUT}|${GIVEN_ONE})(?![\\p{L}])`,
  },
  // What is allocated to a person is given to them: "the place allocated to you" → "given to you".
  {
    match: 'allocated',
    replace: ['given'],
    followedBy:
      '^\\s+to\\s+(?:you|him|her|them|us|me|each\\s+(?:person|applicant|child|pupil|family)|every\\s+(?:person|applicant|child|pupil|family))(?![\\p{L}])',
  },
  // "Allocated to local authorities": neither "set aside to" nor "shared out to" is English.
  { match: 'allocated', replace: [], followedBy: '^\\s+to(?![\\p{L}])' },
  // Only the base, the -s and the -ing form: "the allocated places" are no "gave places". "Give" wants the one
  // who gets it ("allocate places to children in care" → "give places to"); with none, what is handed round is
  // "given out" ("how the Council allocates social housing" → "gives out social housing", not "gives").
  ...verb('allocate/allocates//allocating', 'give/gives//giving').map((entry) => ({
    ...entry,
    followedBy: `^\\s+(?:\\d+\\s+)?${OWN_WORDS_BEFORE_NOUN}(?:${GIVEN_OUT})\\s+to\\s`,
  })),
  ...verb('allocate/allocates//allocating', 'give out/gives out//giving out').map((entry) => ({
    ...entry,
    followedBy: `^\\s+(?:\\d+\\s+)?${OWN_WORDS_BEFORE_NOUN}(?:${GIVEN_OUT})(?![\\p{L}])`,
  })),
  // "Has been allocated £320m" names who got it: "has been set aside £320m" is no English. A passive with an
  // object after it has nothing to paste.
  ...verb(
    'allocate/allocates/allocated/allocating',
    'set aside/sets aside/set aside/setting aside',
    'share out/shares out/shared out/sharing out',
  )
    .flatMap((entry) =>
      entry.match === 'allocated'
        ? [
            // The subject is who gets it, and the object after the passive what they get: "Speakers will be
            // allocated a maximum of 3 minutes" → "be given", "The school has been allocated £3m" → "been given".
            {
              ...entry,
              replace: ['given'],
              after: '^(?:is|are|was|were|be|been|being)$',
              followedBy:
                '^\\s+(?!the\\s+(?:following|next|same|previous)\\s)(?:(?:the|a|an|some|more|its|their|his|her|our|your)(?![\\p{L}])|[£$€¥₸]|\\d)',
            },
            entry,
          ]
        : [entry],
    )
    .flatMap((entry) =>
      // Only money, time or land is set aside, named in the clause before it or right after it; "a number has
      // been allocated" is neither set aside nor shared out: nothing to paste.
      entry.replace.length === 0 || entry.replace[0] === 'given'
        ? [entry]
        : [
            { ...entry, inClause: `^(?:${SET_ASIDE}|[£$€]?\\d[\\p{L}\\d.,]*)$` },
            alsoFollowedBy(entry, SET_ASIDE_FOLLOWS),
            { ...entry, replace: [] },
          ],
    ),
  // "Designated" before its noun is chosen for a purpose: "at designated collection points" are no "named" ones.
  {
    match: 'designated',
    replace: [],
    notAfter: SUBJECT_BEFORE,
    followedBy: `^\\s+(?!(?:${DETERMINERS_AND_LINKS})(?![\\p{L}]))\\p{Ll}`,
  },
  // Set aside for a use, not named: "areas designated for the storage of waste" → "set aside for"; "named for"
  // means "named after".
  ...['designate', 'designates', 'designated', 'designating'].map((match, slot) => ({
    match,
    replace: [['set aside', 'sets aside', 'set aside', 'setting aside'][slot] ?? ''],
    followedBy: '^\\s+for\\s',
  })),
  ...verb('designate/designates/designated/designating', 'name/names/named/naming'),
  // "Furnish the proprietor with their name" is "give the proprietor their name": the "with" goes, so the paste
  // takes it in after the person given to (a word or two that are surely a person or a body); with other words
  // before a "with" ("furnish all the rooms with …") "give" would leave "with" hanging, and nothing is pasted.
  ...['furnish/give', 'furnishes/gives'].flatMap((pair) => {
    const [form, plain] = pair.split('/');
    return [
      ...[1, 2].map((words) => ({
        match: `${form} ${'* '.repeat(words)}with`,
        replace: [`${plain} {2${words > 1 ? `-${words + 1}` : ''}}`],
        between: PEOPLE_FURNISHED,
      })),
      { match: `${form}`, replace: [], followedBy: "^\\s+(?:[\\p{L}'’-]+\\s+){1,5}with(?![\\p{L}])" },
    ];
  }),
  e('furnish', 'give', 'send'),
  e('furnishes', 'gives', 'sends'),
  // Work that is carried out, not done: "to carry out consultation", "carried out a survey" ("to do consultation").
  // Before "to" it promises ("We undertake to reply"): neither "do" nor "carry out".
  ...verb(
    'undertake/undertakes/undertook/undertaken',
    'do/does/did/done',
    'carry out/carries out/carried out/carried out',
  ).flatMap((entry) => [
    { ...entry, replace: [], followedBy: '^\\s+to\\s' },
    {
      ...entry,
      replace: [...entry.replace].reverse(),
      followedBy: `^\\s+(?:[\\p{L}-]+\\s+){0,3}${CARRIED_OUT}(?![\\p{L}])`,
    },
    // In the passive the work is the subject before it: "Consultation will be undertaken with residents".
    ...(entry.match.includes('undertaken')
      ? [{ ...entry, replace: [...entry.replace].reverse(), inClause: `^${CARRIED_OUT}$` }]
      : []),
    entry,
  ]),
  ...verb(
    'optimise|optimize/optimises|optimizes/optimised|optimized/optimising|optimizing',
    'improve/improves/improved/improving',
  ),
  e('beneficial', 'helpful', 'good'),
  e('it is apparent that', 'clearly'),
  e('equivalent to', 'equal to', 'the same as'),
  e('particulars', 'details'),
  // "Registration is mandatory", "a mandatory field" → "compulsory" after "be", "required" before a noun. "It is
  // mandatory to register" wants "You must register": nothing to paste. A "mandatory reconsideration" is a
  // named step, a "mandatory (minimum, life) sentence" a term of law: no finding.
  { match: 'mandatory', replace: [], followedBy: '^\\s+to\\s' },
  // After "be", "required" would be flagged in turn ("is required" → "is needed", which is weaker):
  // "compulsory" keeps the force.
  {
    match: 'mandatory',
    replace: ['compulsory', 'required'],
    after: '^(?:is|are|was|were|be|been|being|become|becomes|became|not)$',
  },
  {
    match: 'mandatory',
    replace: ['required'],
    notBefore: '^(?:reconsiderations?|minimum|minimums|life|sentences?)$',
  },
  // The adjective: "the requisite documents" → "the required documents".
  {
    match: 'requisite',
    replace: ['required', 'necessary'],
    followedBy: '^\\s+(?!(?:for|of|to|in|and|or|is|are|was|were)(?![\\p{L}]))\\p{L}',
  },
  // "Is to the detriment of" is harmful to it; after another verb ("acted to the detriment of") nothing fits
  // in place.
  {
    match: 'to the detriment of',
    replace: ['harmful to'],
    after: '^(?:is|are|was|were|be|been|being)$',
  },
  e('to the detriment of'),
  // "The acquisition of a dog" is getting or buying it, a gerund that stands where a noun phrase opens a
  // sentence or follows a preposition ("within 30 days of the acquisition of the animal" → "of getting").
  {
    match: 'the acquisition of',
    replace: ['getting', 'buying'],
    precededBy: '(?:^\\s*|(?:^|\\s)(?:after|before|for|on|upon|about|without|of|following|since)\\s+)$',
    followedBy: "^\\s+(?:(?:a|an|the|this|that|your|their|his|her|its|our|new|another)\\s+)?[\\p{L}'’-]+",
  },
  // "A document confirming the acquisition of the animal" shows that someone bought or got it, which the words
  // do not say: nothing to paste.
  e(
    'confirming the acquisition of|confirm the acquisition of|confirms the acquisition of|confirmed the acquisition of',
  ),
  e('remittance', 'payment'),
  // Money is remitted, that is paid: "withhold and remit contributions" → "pay". A case "remitted to the
  // tribunal" is sent back, and "our remit" a noun: only before money.
  ...verb('remit/remits//remitting', 'pay/pays//paying').map((entry) => ({
    ...entry,
    followedBy:
      "^\\s+(?:(?:the|all|any|your|their|its|his|her|our|such|this|these|those)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}(?:contributions?|payments?|tax(?:es)?|fees?|funds?|money|amounts?|sums?|premiums?|charges?|dut(?:y|ies)|VAT|proceeds|deductions?)(?![\\p{L}])",
  })),
  // What a document, proof or evidence confirms is an address: "a document confirming your home" is no English.
  ...afterArticle({
    ...e('place of residence', 'address', 'home'),
    precededBy:
      "(?:^|[^\\p{L}])(?:confirm\\p{L}*|prov(?:e|es|ed|ing)|proof|evidence|documents?|certificates?|verif\\p{L}*|showing)\\s+(?:of\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$",
  }),
  ...afterArticle(e('place of residence', 'home', 'address')),
  e('owing to', 'because of'),
  e('upon completion of|on completion of|upon the completion of|on the completion of', 'after'),
  e(
    'upon expiration of|on expiration of|upon the expiration of|on the expiration of|upon expiry of|on expiry of|upon the expiry of|on the expiry of',
    'at the end of',
  ),
  // «ознакомился с ходом строительства»: the akim looked at it.
  ...verb(
    'get acquainted with/gets acquainted with/got acquainted with|became acquainted with/getting acquainted with',
    'look at/looks at/looked at/looking at',
    'learn about/learns about/learned about/learning about',
  ),
  // «не достигшие 18 лет», «достигшие возраста 63 лет», «в возрасте до 16 лет».
  e('have not reached the age of', 'are under'),
  e('has not reached the age of', 'is under'),
  e('have reached the age of', 'have turned'),
  e('has reached the age of', 'has turned'),
  e('upon reaching the age of|on reaching the age of', 'at', 'when they turn'),
  e('under the age of', 'under'),
  // «составила 350 тысяч»: the sum came to it. Not the noun: "the amount to pay".
  ...verb(
    'amount to/amounts to/amounted to/amounting to',
    'come to/comes to/came to/coming to',
    'be/is/was/being',
  )
    .map((entry) => ({
      ...entry,
      notAfter:
        '^(?:a|an|the|this|that|these|those|any|total|full|same|which|what|maximum|minimum|such|their|your|our|its|his|her|\\d+|substantial|large|small|huge|significant|considerable|vast|big|equal|similar|some|many|certain|smaller|larger|greater)$',
      // "Amounts to be refunded", "amounts to pay": the noun and an infinitive.
      notBefore:
        '^(?:be|pay|receive|refund|spend|claim|repay|return|collect|transfer|deduct|withhold|charge|cover|raise|save)$',
    }))
    .flatMap((entry) => [
      // A sum "comes to"; what amounts to a propaganda unit is one, in the number of its subject: nothing to paste.
      {
        ...entry,
        replace: [],
        followedBy:
          '^\\s+(?!(?:about|around|almost|nearly|over|more|less|some|just|only|roughly|approximately|up|under|an estimated|a total|a further|[£$€¥₸]|\\d))',
      },
      entry,
    ]),
  // "upon which" is "after which" in time ("upon which he left"), "on which" after a thing one depends or
  // relies on ("creatures upon which we depend").
  {
    match: 'upon which',
    replace: ['on which'],
    followedBy: '^\\s+(?:\\S+\\s+){0,2}(?:depend|rel[yi]|rest|draw|build|base|call)',
  },
  // After a comma it tells what came next ("It takes a week, upon which we decide" → "after which"); after its
  // noun it is the preposition the noun takes ("the grounds upon which it is made", "documents upon which a party
  // intends to rely" → "on which"): "after which" there changes the sense.
  { match: 'upon which', replace: ['after which'], notAfter: '^' },
  e('upon which', 'on which'),
  // Before an action noun ("Upon the correction of the error, …") "On" keeps the hidden verb: the plain
  // sentence is "After we correct the error", a rewrite.
  {
    match: 'upon',
    replace: [],
    followedBy: '^\\s+(?:the\\s+)?\\p{L}+(?:tion|sion|ment|ance|ence|al|ure)\\s+of(?![\\p{L}])',
  },
  { match: 'upon', replace: ['on'], notAfter: '^once$' },
  // The Russian of Kazakhstan's official texts in translation: «в рамках», «в сфере», «принять меры»,
  // «органы внутренних дел», «на ежеквартальной основе», «справка установленного образца», «по месту
  // жительства», «разъяснительная работа среди населения», «интернет-ресурс».
  // Not "during": what follows is mostly no time ("within the framework of the regional quota").
  e('within the framework of|in the framework of', 'as part of', 'under'),
  // A sum or help paid or given "in the form of a lump sum" is paid "as" one; elsewhere ("comes in the form of a
  // letter", "a tax in the form of") "as" may not fit, and the phrase is ordinary English: not flagged.
  {
    match: 'in the form of',
    replace: ['as'],
    after:
      '^(?:paid|provided|given|granted|issued|received|offered|awarded|allocated|transferred|made|pay|provide|give|grant|issue|receive|offer|award|allocate|transfer|payable|available)$',
  },
  // "Check the correctness of the data" is "check the data": checking is for errors.
  e('check the correctness of|verify the correctness of', 'check'),
  e('checks the correctness of|verifies the correctness of', 'checks'),
  e('checked the correctness of|verified the correctness of', 'checked'),
  e('checking the correctness of|verifying the correctness of', 'checking'),
  e('in the field of|in the sphere of', 'in'),
  ...concludeAContract(),
  // «Трудоустроиться»: "move north to take up employment" → "to start work".
  e('take up employment', 'start work', 'take a job'),
  e('takes up employment', 'starts work', 'takes a job'),
  e('took up employment', 'started work', 'took a job'),
  e('taking up employment', 'starting work', 'taking a job'),
  e('taken up employment', 'started work', 'taken a job'),
  // «Отказать в приёме документа»: "refuse acceptance of a document" → "refuse to accept".
  e('refuse acceptance of', 'refuse to accept'),
  e('refuses acceptance of', 'refuses to accept'),
  e('refused acceptance of', 'refused to accept'),
  e('refusing acceptance of', 'refusing to accept'),
  // "Give your consent to the transfer of data" → "agree to"; after "have" the participle ("have given their
  // consent to" → "have agreed to").
  ...giveConsentTo(),
  // «На праве частной собственности» after "own" or "belong" says nothing they do not: cut it or rewrite.
  e('on the right of private ownership|on the right of ownership|on the right of common ownership'),
  // "X is the responsibility of Y" is "Y is responsible for X": the clause turns round, nothing to paste. "It is
  // the responsibility of" has its own entries.
  { match: 'is the responsibility of|are the responsibility of', replace: [], notAfter: '^it$' },
  // "Reimbursement of expenses" is a refund of them.
  e('reimbursement', 'refund'),
  e('reimbursements', 'refunds'),
  e('in the period of', 'during'),
  e('for the period of', 'for'),
  // "Valid for the period from X" runs from it. Elsewhere "for" may belong to the verb ("an alert issued for
  // the period from Wednesday to Saturday" covers those days, not issued over them): "for X to Y" keeps it, where
  // an end follows; with no end "for 1 April" would name one day, so "from".
  {
    match: 'for the period from',
    replace: ['from'],
    after:
      '^(?:valid|open|closed|runs?|ran|lasts?|lasted|lasting|applies|apply|applied|available|effective|continues?|continued)$',
  },
  {
    match: 'for the period from',
    replace: ['for', 'from'],
    followedBy: '^\\s+[^.;:!?]{1,40}?(?:\\s(?:to|until|till)\\s|\\s?[-–—]\\s?\\d)',
  },
  e('for the period from', 'from'),
  // Land around buildings is no space inside them: "footpaths on the territory of residential buildings" →
  // "around"; "in residential buildings" would move them indoors. A school or a hospital is also the body
  // that runs it: "a meeting on the territory of the school" is "in" it.
  {
    match: 'on the territory of|in the territory of',
    replace: ['around', 'on the grounds of'],
    followedBy: `^\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:buildings?|houses?|blocks?|dwellings?)(?![\\p{L}])`,
  },
  e('on the territory of|in the territory of', 'in'),
  // One enters or leaves a country, not its territory: "travellers entering the territory of the Republic".
  ...['enter', 'enters', 'entered', 'entering', 'leave', 'leaves', 'left', 'leaving'].map((form) =>
    e(`${form} the territory of`, form),
  ),
  // Land next to a stall or a building: "keep the trading place and adjacent territory clean".
  e(
    'the adjacent territory|adjacent territory|the adjacent territories|adjacent territories',
    'the area around it',
  ),
  // A cash limit: "Cash in an amount exceeding the equivalent of 10,000 US dollars" → "worth more than".
  e('in an amount exceeding the equivalent of|in amounts exceeding the equivalent of', 'worth more than'),
  {
    ...e('in an amount exceeding|in amounts exceeding', 'of more than', 'worth more than'),
    followedBy: '^\\s+[\\d£$€₸]',
  },
  e('in an amount exceeding|in amounts exceeding'),
  // Trading is a verb: "wishing to carry out retail trade" → "wanting to trade", "to sell goods".
  ...verb(
    'carry out trade|carry out retail trade|carry out trading activities/carries out trade|carries out retail trade|carries out trading activities/carried out trade|carried out retail trade|carried out trading activities/carrying out trade|carrying out retail trade|carrying out trading activities',
    'trade/trades/traded/trading',
    'sell goods/sells goods/sold goods/selling goods',
  ),
  // What a permit or a licence is for: "required for the sale of goods" → "to sell goods". A sale as a deal
  // ("the price for the sale of the house") stays.
  { match: 'for the sale of', replace: ['to sell'], after: PERMISSION_FOR },
  { match: 'for the purchase of', replace: ['to buy'], after: PERMISSION_FOR },
  // Money given for a purchase, or used on it: "a subsidy for the purchase of fuel", "must be used for the
  // purchase of coal" → "to buy".
  { match: 'for the purchase of', replace: ['to buy'], after: MONEY_FOR },
  // "The conduct of" an event is the event ("questions regarding the conduct of the census" → "the census"); a
  // person's conduct is behaviour, and stays.
  {
    match: 'the conduct of the',
    replace: ['the'],
    followedBy:
      '^\\s+(?:census|elections?|referendum|survey|inspections?|audits?|exams?|examinations?|tests?|testing|competition|tender|auction|procurement|hearings?|vote|voting|campaign|check|review|investigation)(?![\\p{L}])',
  },
  // «В случае отказа»: the agency refuses. Where the text speaks as "we", it says so; elsewhere who refuses is not
  // told, and the sentence wants rewording.
  {
    match: 'in case of refusal|in the event of refusal',
    replace: ['if we refuse'],
    inText: '(?:^|[^\\p{L}])[Ww]e(?![\\p{L}])',
  },
  e('in case of refusal|in the event of refusal'),
  // «с указанием причин»: "notified in writing with an indication of the reasons" → "with the reasons".
  e(
    'with an indication of the reasons|with an indication of reasons|with indication of the reasons',
    'with the reasons',
  ),
  // «не подлежат передаче»: data "not subject to transfer" will not be passed on, as with "consideration".
  e('is not subject to transfer|are not subject to transfer', 'will not be passed on'),
  e('is not subject to disclosure|are not subject to disclosure', 'will not be disclosed'),
  e('is not subject to refund|are not subject to refund', 'will not be refunded'),
  e('with the participation of', 'with'),
  e('on the issues of|on issues of|on the issue of|on questions of', 'on', 'about'),
  // Who gets it depends on what it is: a notice, a decision or a reply reaches the reader ("30 days from the date
  // of receipt of this notice" → "after you get"); an application reaches the agency ("after we get").
  {
    match: 'from the date of receipt of',
    replace: ['after you get', 'after getting'],
    followedBy:
      '^\\s+(?:(?:this|the|that|our|a|an|each|any)\\s+)?(?:(?:written|official|tax|final|formal|court)\\s+)?(?:notices?|letters?|decisions?|notifications?|repl(?:y|ies)|answers?|messages?|demands?|invoices?|bills?|orders?|summons|rulings?|judge?ments?|results?|certificates?|responses?|refusals?|warnings?|reminders?)\\b',
  },
  // Not "from getting": with no subject it reads as the reader getting what the agency receives.
  e('from the date of receipt of', 'after we get'),
  e('from the date of', 'from'),
  e('upon presentation of|on presentation of', 'if you show', 'with'),
  e('in electronic form|in electronic format', 'electronically', 'online'),
  e('in paper form|in paper format', 'on paper'),
  // «в установленном порядке», «в порядке, установленном законодательством».
  e(
    'in the prescribed manner|in the established manner|in the established procedure|in accordance with the established procedure',
  ),
  e(
    'in the manner prescribed by law|in the manner established by law|in the manner established by legislation|in the manner prescribed by legislation|in the manner prescribed by the legislation|in the manner established by the legislation',
    'under the law',
  ),
  e(
    'the legislation of the Republic of Kazakhstan|the current legislation of the Republic of Kazakhstan',
    'the law',
    'the law of Kazakhstan',
  ),
  e('the current legislation|the legislation in force|the existing legislation', 'the law'),
  // Glossed with its local name ("the local executive body (akimat)"), the gloss stays: "the akimat (akimat)"
  // would say it twice.
  {
    ...e('the local executive bodies|the local executive body', 'the local authority'),
    followedBy: '^\\s*\\(\\s*akimats?\\s*\\)',
  },
  e('the local executive bodies|the local executive body', 'the akimat', 'the local authority'),
  { ...e('local executive bodies', 'local authorities'), followedBy: '^\\s*\\(\\s*akimats?\\s*\\)' },
  e('local executive bodies', 'local authorities', 'akimats'),
  // "Financed at the expense of the budget": after a verb of paying, "paid for by the state" would say it twice.
  {
    match: 'at the expense of the state budget|at the expense of the budget|at the expense of budget funds',
    replace: ['from the state budget'],
    after:
      '^(?:financed|funded|paid|covered|reimbursed|compensated|met|borne|subsidi[sz]ed|finance|fund|pay|cover)$',
  },
  // After "be" the state pays ("Treatment is at the expense of the state budget" → "is paid for by the state");
  // after another verb the payer is said as whose expense it is ("are carried out at the state's expense"):
  // nothing is "carried out from a budget", nor "carried out paid for by the state".
  {
    match: 'at the expense of the state budget|at the expense of the budget|at the expense of budget funds',
    replace: ['paid for by the state', "at the state's expense"],
    after: '^(?:is|are|was|were|be|been|being)$',
  },
  e(
    'at the expense of the state budget|at the expense of the budget|at the expense of budget funds',
    "at the state's expense",
  ),
  // A payer after it ("carried out at the expense of the owner", "of the gas distribution organisation") is who
  // pays: after "be", "paid for by"; after another verb the clause wants turning round ("the owner pays"). Other
  // things after it ("growth at the expense of quality", "of local people") are the idiom: to their cost.
  {
    match: 'at the expense of',
    replace: ['paid for by'],
    after: '^(?:is|are|was|were|be|been|being)$',
    followedBy: A_PAYER_AFTER,
  },
  { match: 'at the expense of', replace: [], followedBy: A_PAYER_AFTER },
  ...verb(
    'carry out work on/carries out work on/carried out work on/carrying out work on',
    'work on/works on/worked on/working on',
  ),
  ...verb(
    'take measures|take the necessary measures|take necessary measures|take all necessary measures/takes measures|takes the necessary measures|takes necessary measures|takes all necessary measures/took measures|took the necessary measures|took necessary measures|took all necessary measures/taking measures|taking the necessary measures|taking necessary measures|taking all necessary measures',
    'act/acts/acted/acting',
  ),
  e(
    'taken measures|taken the necessary measures|taken necessary measures|taken all necessary measures',
    'acted',
  ),
  e(
    'the internal affairs bodies|the bodies of internal affairs|the internal affairs body|the internal affairs authorities',
    'the police',
  ),
  e(
    'internal affairs bodies|bodies of internal affairs|internal affairs body|internal affairs authorities',
    'police',
  ),
  e('on a quarterly basis', 'every quarter', 'quarterly'),
  e('on a permanent basis', 'permanently'),
  e('on a voluntary basis', 'voluntarily'),
  e('on a free basis|on a gratuitous basis|on a free of charge basis', 'free'),
  e('on a paid basis|on a fee basis|on a reimbursable basis', 'for a fee'),
  e('of the established form|of the established sample|of the established pattern|of the prescribed form'),
  e('in the prescribed form|in the established form', 'on the official form'),
  e(
    'at the place of residence|at your place of residence|by place of residence|at the place of registration',
    'where you live',
    'near your home',
  ),
  e('at their place of residence', 'where they live'),
  e('citizens of the Republic of Kazakhstan', 'citizens of Kazakhstan'),
  e('in the Republic of Kazakhstan', 'in Kazakhstan'),
  e(
    'segments of the population|strata of the population|sections of the population|segments of society',
    'groups of people',
    'people',
  ),
  ...verb(
    'carry out explanatory work/carries out explanatory work/carried out explanatory work/carrying out explanatory work',
    'explain/explains/explained/explaining',
    'tell people/tells people/told people/telling people',
  ),
  e('explanatory work', 'explaining', 'an information campaign'),
  ...afterArticle(e('Internet resource|internet resource|Internet-resource|internet-resource', 'website')),
  e('Internet resources|internet resources|Internet-resources|internet-resources', 'websites'),
  // Not "at present prices", "at present levels".
  {
    match: 'at present',
    replace: ['now'],
    notBefore: '^(?:levels?|prices?|rates?|values?|costs?|figures?|trends?)$',
  },
  // As for "the majority of": "the vast majority of the costs" → "most of the costs", never "most the costs".
  {
    match: 'the vast majority of|the overwhelming majority of',
    replace: ['most of', 'nearly all of'],
    followedBy: OF_STAYS,
  },
  e('the vast majority of|the overwhelming majority of', 'most', 'nearly all'),
  e(
    'it is worth noting that|it is worth mentioning that|it should be emphasised that|it should be emphasized that|it should be mentioned that',
  ),
  e('it is necessary to note that|it is necessary to emphasise that|it is necessary to emphasize that'),
  // Opening its sentence it tells the reader what to do ("It is necessary to sign" → "You must sign"); in a
  // clause with "you" the reader acts too. Elsewhere the doer is the sentence's ("Data may be shared where it is
  // necessary to do so": we share it; "If it is necessary to cancel": anyone): nothing to paste.
  {
    match: 'it is necessary to',
    replace: ['you must', 'you need to', 'we need to'],
    precededBy: '^[\\s\\p{P}]*$',
  },
  { match: 'it is necessary to', replace: ['you must', 'you need to'], inClause: '^(?:you|your)$' },
  e('it is necessary to'),
  // Its negative tells the reader they need not: "It is not necessary to reapply" → "You do not need to reapply".
  { match: 'it is not necessary to', replace: ['you do not need to'], precededBy: '^[\\s\\p{P}]*$' },
  { match: 'it is not necessary to', replace: ['you do not need to'], inClause: '^(?:you|your)$' },
  e('it is not necessary to'),
  // «Просим Вас»: "kindly" before a request is "please"; "she spoke kindly" is no request.
  {
    match:
      'kindly|we kindly ask you to|we kindly request you to|you are kindly requested to|you are kindly asked to',
    replace: ['please'],
    followedBy:
      '^\\s+(?:submit|send|note|provide|fill|complete|bring|contact|call|inform|let|be|find|read|check|ensure|make|pay|attach|sign|return|forward|confirm|reply|respond|arrive|come|visit|refer|use|keep|do|accept|allow|advise|indicate|specify|present|apply|register|update|wait|print|upload|notify|take|give|ask|tell|write|email|e-mail)\\b',
  },
  // «Водителей просят»: "drivers are kindly requested to use" → "drivers should use". "Please" stands for the whole request with its subject: "You are requested to reply" → "Please reply";
  // after another subject only "should" pastes ("Drivers please use" is no English).
  e(
    'you are kindly requested to|you are kindly asked to|you are requested to|you are hereby requested to',
    'please',
  ),
  e('are kindly requested to|are kindly asked to|are requested to|are hereby requested to', 'should'),
  e('is kindly requested to|is kindly asked to|is requested to|is hereby requested to', 'should'),
  ...verb(
    'entail/entails/entailed/entailing',
    'mean/means/meant/meaning',
    'lead to/leads to/led to/leading to',
  ),
  // GOV.UK style: "etc" (and "eg", "ie") leaves the reader guessing: list what you mean, or say "such as".
  e('etc'),
  // GOV.UK "words to avoid" that the pack lacked: say what you are actually doing.
  e('countering', 'preventing', 'fighting'),
  // Dialogue with people, not the dialogue a program opens.
  e('a dialogue with', 'talks with', 'a discussion with'),
  e('a dialogue between', 'talks between', 'a discussion between'),
  e('dialogue with', 'talks with', 'discussion with'),
  e('dialogue between', 'talks between', 'discussion between'),
  ...verb(
    'strengthen/strengthens/strengthened/strengthening',
    'improve/improves/improved/improving',
    'increase/increases/increased/increasing',
  )
    .map((entry) => ({
      ...entry,
      // GOV.UK: "unless it's strengthening bridges or other structures".
      followedBy:
        '^(?!\\s+(?:(?:the|a|an|its|their|our|this|these|your)\\s+)?(?:(?:old|existing|new|main|damaged|weak|outer|inner|concrete|stone|brick|steel|sea|flood|river)\\s+)?(?:bridges?|walls?|build|structur|banks?\\b|dams?\\b|foundation|roofs?\\b|floors?\\b|beams?\\b|muscle|bones?\\b))',
    }))
    .flatMap((entry) => [
      // A case, an argument or a hand is made stronger, neither better nor bigger: nothing to paste.
      {
        ...entry,
        replace: [],
        followedBy:
          '^\\s+(?:(?:the|a|an|its|their|our|his|her|this|your|my)\\s+)?(?:case|argument|claim|position|hand|resolve|belief|suspicion|impression|view|conviction)s?(?![\\p{L}])',
      },
      entry,
    ]),
  ...verb(
    'transform/transforms/transformed/transforming',
    'change/changes/changed/changing',
    'improve/improves/improved/improving',
  ),
  // One focuses on a task ("working on") or on what one attends to ("focusing on the words"), which no one
  // plain phrase covers: nothing to paste.
  e('focusing on|focussing on'),
  // The Plain English Campaign's and plainlanguage.gov's simple words that the pack lacked.
  // "Is also referred to as" → "is also called": the passive whole, so that it is one finding.
  ...'is are was were be been being'
    .split(' ')
    .flatMap((be) =>
      ['', 'also ', 'often ', 'sometimes '].map((adverb) =>
        e(`${be} ${adverb}referred to as`, `${be} ${adverb}called`),
      ),
    ),
  e('referred to as', 'called'),
  // "Frequently asked questions" is a name.
  { match: 'frequently', replace: ['often'], notBefore: '^asked$' },
  e('irrespective of', 'regardless of'),
  // "Take the necessary steps to protect your home" → "do what is needed to protect".
  ...verb(
    'take the necessary steps to/takes the necessary steps to/took the necessary steps to/taking the necessary steps to/taken the necessary steps to',
    'do what is needed to/does what is needed to/did what was needed to/doing what is needed to/done what is needed to',
  ),
  e('taken the necessary steps to', 'done what is needed to'),
  // "A delay in the processing of your claim" → "in processing your claim": after a preposition that takes a
  // gerund. Not after "during" ("during processing your data" is no English).
  {
    match: 'the processing of',
    replace: ['processing'],
    precededBy: '(?:^|[^\\p{L}])(?:in|for|of|on|by|before|after|without)\\s+$',
  },
  // "Any queries" are questions, and to query a decision is to question it.
  e('queries', 'questions'),
  e('query', 'question'),
  e('queried', 'questioned'),
  e('querying', 'questioning'),
  // A letter's opening: "I write further to your letter" → "I am writing about your letter".
  e('i write further to|i am writing further to', 'I am writing about'),
  e('we write further to|we are writing further to', 'We are writing about'),
  // "Further to your letter" opens a letter: "after"; "further to the north" is farther.
  {
    match: 'further to',
    replace: ['after'],
    notAfter: '^',
    followedBy:
      '^\\s+(?:your|our|my|the|this|that|his|her|their|recent|previous)\\s+(?:[\\p{L}-]+\\s+)?(?:letters?|e-?mails?|calls?|phone|telephone|conversations?|meetings?|discussions?|requests?|applications?|enquir(?:y|ies)|inquir(?:y|ies)|complaints?|visits?|correspondence|messages?)(?![\\p{L}])',
  },
  // The verb only: "an attempt to", "repeated attempts to" are the noun.
  { match: 'attempt to', replace: ['try to'], after: BEFORE_A_BASE_VERB },
  // After a plural subject ("should residents attempt to", "staff always attempt to") it is the verb too; not
  // after a determiner or an adjective in -s ("its attempt to", "a previous attempt to").
  {
    match: 'attempt to',
    replace: ['try to'],
    after: "^(?!(?:this|its|his|hers|ours|yours|theirs|whereas)$)\\p{L}+[^su'’]s$",
  },
  { match: 'attempts to', replace: ['tries to'], after: '^(?:he|she|it|who|which|that)$' },
  e('attempted to', 'tried to'),
  e('attempting to', 'trying to'),
  // "Purchase" is also the noun ("proof of purchase"): the base where a verb stands.
  { match: 'purchase', replace: ['buy'], after: BEFORE_A_BASE_VERB, followedBy: OBJECT_START },
  { match: 'purchase', replace: ['buy'], after: '^please$' },
  // A letter is sent on, not forwarded: "please forward the letter" → "send"; "move forward", "look forward
  // to", "put forward" are no verb of sending.
  {
    match: 'forward|dispatch|despatch',
    replace: ['send'],
    after: `^(?:please|to|${MODAL.slice(4, -2)}|cannot|not|we|you|they|i)$`,
    followedBy: `^\\s+(?:${SENT_THINGS_START})`,
  },
  {
    match: 'forwards|dispatches|despatches',
    replace: ['sends'],
    after: '^(?:he|she|it|who|which|that)$',
    followedBy: `^\\s+(?:${SENT_THINGS_START})`,
  },
  {
    match: 'forwarding|dispatching|despatching',
    replace: ['sending'],
    followedBy: `^\\s+(?:${SENT_THINGS_START})`,
  },
  // The past is the verb's ("forwarded to the tax office", "were despatched on 4 May") but after a determiner;
  // a side that "dispatched Brighton" or "dispatched of the defence" beat it.
  {
    match: 'forwarded|dispatched|despatched',
    replace: ['sent'],
    notAfter: '^(?:a|an|the|this|that|these|those|your|our|their|his|her|its|my)$',
    followedBy: '^(?!\\s+(?:\\p{Lu}|of(?![\\p{L}])))',
  },
  // "We envisage that" expects it; "the plan envisages 200 homes" wants a rewrite.
  ...verb('envisage/envisages/envisaged/envisaging', 'expect/expects/expected/expecting').map((entry) =>
    alsoFollowedBy(entry, `^\\s+that(?=${CLAUSE_FOLLOWS.slice(1)})`),
  ),
  e('envisage|envisages|envisaged|envisaging'),
  // "Defer to the court" yields; "a deferred pension" is a name. Elsewhere it is put off. "Put off" wants its
  // object, so where none follows ("If you defer, …", "defer until May", "deferred by a year") it is delayed.
  ...['defer:delay', 'defers:delays', 'deferred:delayed', 'deferring:delaying'].map((pair): PhraseEntry => {
    const [match = '', plain = ''] = pair.split(':');
    return { match, replace: [plain], followedBy: NO_OBJECT_FOLLOWS };
  }),
  ...verb(
    'defer/defers/deferred/deferring',
    'put off/puts off/put off/putting off',
    'delay/delays/delayed/delaying',
  ).map((entry) => ({
    ...entry,
    notBefore:
      entry.match.endsWith('deferred') && !entry.match.includes(' ')
        ? `^(?:to|(?!(?:${DETERMINERS_AND_LINKS}|until|till|pending|indefinitely|again|once|twice)$)\\p{Ll}+)$`
        : '^to$',
  })),
  ...verb(
    'alleviate/alleviates/alleviated/alleviating',
    'reduce/reduces/reduced/reducing',
    'ease/eases/eased/easing',
  ),
  // "Enable staff to process claims faster" allows them; "enable cookies" is a setting.
  ...verb('enable/enables/enabled/enabling', 'allow/allows/allowed/allowing').map((entry) =>
    alsoFollowedBy(entry, `^(?:${OBJECT_THEN_INFINITIVE.slice(1)}|\\s+to\\s+(?!(?:the|a|an)\\s)\\p{L})`),
  ),
  // "Request a copy" asks for it, "request you to reply" asks you. Only where a verb stands: "your request".
  ...(
    [
      ['request', 'ask', `^(?:please|to|${MODAL.slice(4, -2)}|cannot|not|we|you|they|i)$`],
      ['requests', 'asks', '^(?:he|she|it|who|which|that)$'],
      ['requested', 'asked', '^(?:we|you|they|i|he|she|it|who|which|has|have|had)$'],
      ['requesting', 'asking', undefined],
    ] as const
  ).flatMap(([match, ask, after]) => [
    {
      match,
      replace: [ask],
      ...(after ? { after } : {}),
      followedBy: '^\\s+(?:that|you|them|him|her|us|me)(?![\\p{L}])',
    },
    {
      match,
      replace: [`${ask} for`],
      ...(after ? { after } : {}),
      followedBy: `^\\s+(?:${REQUESTED_THINGS_START})`,
    },
  ]),
];

// Management jargon and Latin that many readers, and all machine translators, stumble over.
const JARGON: PhraseEntry[] = [
  e('stakeholders', 'people involved', 'partners'),
  // Social care's name for the people it serves; after a determiner or before a possessive ("our service
  // users", "service users' views") the clause would not fit: nothing to paste.
  {
    match: 'service users',
    replace: [],
    after: '^(?:the|our|your|their|its|his|her|all|any|some|these|those|many|most|other|existing|new)$',
  },
  { match: 'service users', replace: [], followedBy: "^['’]" },
  e('service users', 'people who use the service'),
  // A register's name for the people on it ("Registrants must attend"): who they are depends on the register.
  e('registrant|registrants'),
  e('stakeholder', 'partner', 'person involved'),
  // After a determiner, an adjective or a noun ("the stakeholder engagement", "local stakeholder engagement")
  // the clause pasted reads as a noun it is not: only opening a sentence or after a preposition.
  {
    match: 'stakeholder engagement',
    replace: [],
    after: '^(?!(?:of|for|in|on|and|or|to|with|about|through|by|from)$)\\p{L}+$',
  },
  e('stakeholder engagement', 'talking to the people involved'),
  e('synergy|synergies', 'working together'),
  e('touch base', 'get in touch', 'talk'),
  e('circle back', 'come back to', 'return to'),
  // "I reach out to my colleagues" in the present is a gesture of goodwill, not a call: nothing to paste.
  { match: 'reach out to', replace: [], after: '^(?:i|we)$' },
  e('reach out to', 'contact'),
  e('bandwidth to', 'time to'),
  e('deliverables', 'results', 'products'),
  e('deliverable', 'result', 'product'),
  e('ideate', 'come up with ideas'),
  e('ideation', 'coming up with ideas'),
  e('learnings', 'lessons'),
  ...afterArticle(e('actionable', 'practical')),
  // A report, a request or a case is "dealt with" ("will not be actioned" → "will not be dealt with"); "done"
  // fits only a participle after "be" or "have", never a past ("we actioned it" is no "we done it").
  {
    match: 'actioned',
    replace: ['dealt with', 'done'],
    after: '^(?:be|been|being|is|are|was|were|has|have|had)$',
  },
  e('actioned', 'dealt with'),
  e('granular', 'detailed'),
  e('deep dive', 'close look', 'detailed review'),
  e('drill down', 'look closely'),
  e('pain point', 'problem'),
  e('pain points', 'problems'),
  e('low-hanging fruit', 'easy wins'),
  e('move the needle', 'make a difference'),
  e('think outside the box', 'think creatively'),
  e('blue-sky thinking', 'new ideas'),
  e('paradigm shift', 'big change'),
  e('paradigm', 'model'),
  // "A whole approach" loses the sense; "joined-up" keeps it.
  e('holistic', 'joined-up', 'whole'),
  e('best practice', 'what works', 'good practice'),
  e('value-added', 'useful'),
  // «a win-win» is a noun: «a good for everyone» is no English, so the article goes with the paste; before a
  // noun («a win-win deal») it is an adjective no phrase replaces: nothing to paste.
  { match: 'a win-win', replace: ['good for everyone'], followedBy: '^\\s*(?:[.,;:!?)]|$)' },
  { match: 'win-win', replace: [], followedBy: '^\\s+\\p{L}' },
  e('win-win', 'good for everyone'),
  e('capacity building', 'training', 'developing skills'),
  e('core competencies', 'main skills', 'strengths'),
  e('upskill', 'train'),
  e('upskilling', 'training'),
  e('onboarding', 'joining', 'getting started'),
  e('roll out', 'introduce', 'launch'),
  e('rolls out', 'introduces'),
  e('rolled out', 'introduced'),
  e('rolling out', 'introducing'),
  ...afterArticle(e('rollout|roll-out', 'launch', 'introduction')),
  e('to cascade', 'to pass on'),
  e('cascaded', 'passed on'),
  e('per annum', 'a year'),
  e('per diem', 'daily allowance', 'a day'),
  e('per capita', 'per person', 'a head'),
  // "As such" fits any noun and a parenthesis ("anything, per se, but …"); "in itself" only a singular.
  e('per se', 'as such'),
  e('inter alia', 'among other things'),
  e('mutatis mutandis', 'with the necessary changes'),
  e('bona fide', 'genuine', 'real'),
  // "Training was ad hoc" was improvised, not "one-off": at a clause's end, nothing to paste.
  { match: 'ad hoc', replace: [], followedBy: '^(?:\\s*[.,;:!?)]|\\s*$)' },
  ...afterArticle(e('ad hoc', 'one-off', 'as needed')),
  e('vis-à-vis|vis-a-vis', 'compared with', 'about'),
  e('de facto', 'in practice', 'in fact'),
  e('de jure', 'in law'),
  e('pro rata', 'in proportion'),
  e('pro-rata', 'in proportion'),
  e('ultra vires', 'beyond its powers'),
  e('prima facie', 'at first sight'),
  e('ex officio', 'because of their role'),
  ...afterArticle(e('ex gratia', 'goodwill')),
  // After its own "the" («keep the status quo») the replacement takes none of its own.
  { match: 'status quo', replace: ['current situation'], after: '^the$' },
  e('status quo', 'the current situation'),
  e('in situ', 'in place', 'on site'),
  e('pari passu', 'equally'),
  e('ad infinitum', 'endlessly'),
];

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Forms of "be" (negative contractions are unambiguous; "'s" is not, and is left out). */
const BE = words("am is are was were be been being isn't aren't wasn't weren't");

/**
 * Up to two of these may stand between "be" and the participle: "is not always sent", "is being checked" —
 * the adverbs the active keeps (`INNER_ADVERBS`), a floating "all", "both", "being", "hereby".
 */
const BETWEEN: TokenMatcher = {
  regex: `^(?:${[...INNER_ADVERBS, 'all', 'both', 'each', 'either', 'being', 'hereby', 'thereby'].join('|')}|[a-z]{3,}ly)$`,
  except: [...NOT_ADVERBS_IN_LY],
  optional: true,
};

// Irregular past participles that are used in the passive. Left out: forms that after "be" are mostly
// adjectives or other constructions ("born", "gone", "broken", "stuck", "bound", "meant", "upset", "drunk",
// "mistaken", "fed up") and intransitive verbs ("risen", "fallen", "come").
const IRREGULAR_PARTICIPLES = words(`
  beaten begun bitten blown borne bred brought broadcast built burnt bought cast caught chosen cut dealt done
  drawn driven dug eaten felt fought found flown forbidden forecast foreseen forgiven forgotten frozen
  given grown heard hidden held hit hung hurt input kept known laid led learnt left lent let lit lost made met
  misheard mislaid misled misread misunderstood mown offset outdone outgrown overcome overdone overheard overlaid
  overpaid overridden overrun overseen overtaken overthrown paid proofread proven put read rebuilt recast redone
  remade repaid reread reset resold retaken rethought retold rewritten ridden rung run said sawn seen sought sold
  sent set sewn shaken shed shorn shot shown shrunk slain slit sown spelt spent spilt split spoken
  spread sprung spun stolen strewn struck strung stung sung sunk sublet swept sworn swung taken taught thought
  thrown thrust told torn trodden typeset undercut underpaid undersold understood undertaken underwritten undone
  upheld waylaid withdrawn withheld withstood woken won worn woven wound written wrung
`);

// Words in -ed that after "be" are usually adjectives (a feeling or a state), names or other words, not an
// action done to someone: "I am interested", "the centre is closed", "it is indeed". Also states with no doer
// to name ("two billion people are malnourished", "he is addicted to his phone", "they are doomed") and
// feelings ("he was dismayed", "others were perplexed").
const NOT_PASSIVE = words(`
  interested tired concerned worried pleased excited supposed married divorced widowed separated aged deceased
  bored surprised advanced experienced scared frightened amazed annoyed ashamed confused
  delighted disappointed dissatisfied embarrassed exhausted satisfied shocked talented skilled gifted complicated
  sophisticated crowded related dedicated engaged involved
  situated retired disabled entitled convinced inclined accustomed acquainted
  alarmed amused astonished horrified impressed motivated overwhelmed relaxed relieved stressed terrified thrilled
  puzzled depressed varied mixed balanced focused renowned beloved learned sacred naked
  wicked rugged crooked dogged wretched kindred hatred hundred infrared indeed need speed seed feed breed deed
  greed weed expired outdated overcrowded exceed proceed succeed embed ahmed mohammed muhammed fred ted jared
  bloated malnourished undernourished inbred addicted obsessed destined doomed biased privileged dismayed perplexed
  frustrated fascinated overjoyed flabbergasted baffled bewildered disgusted intrigued appalled
  aggrieved oversubscribed undersubscribed
`);

/**
 * Participles that after "be" mostly name a state ("the office is closed", "we are located in Almaty", "she is
 * employed by …" aside) but are passives when an agent follows: "the road was closed by the police". What a
 * thing or an animal has in it ("where meters have been installed", "the animal has been microchipped") is a
 * state too, whose fitter no reader needs; a duty to fit it ("must be installed") stays a passive.
 */
const STATE_UNLESS_AGENT =
  '^(?:closed|finished|located|employed|insured|limited|qualified|detailed|dated|armed|blessed|installed|fitted|microchipped|neutered|vaccinated)$';

/** Of those, the states a duty may ask for: "You must be employed", "Your car must be insured". */
const STATE_AFTER_DUTY = '^(?:located|employed|insured|limited|qualified|armed|blessed)$';

/**
 * Not after a duty's "be" ("Curtains should be closed", "must be finished by noon"): someone is told to close
 * them, an act, where "the office is closed" and "will be closed on Monday" are states.
 */
const NOT_AFTER_DUTY = String.raw`(?<!(?:should|must|shall|to)\s+be\s+)$`;

/**
 * A person as the subject a few words before a participle ("we are", "you must be fully"): people are
 * prepared or committed (ready, devoted), things are prepared or committed by someone.
 */
const PERSON_SUBJECT = String.raw`(?:^|[^\p{L}'])(?:i|we|you|he|she|they|everyone|everybody)(?:\s+[\p{L}']+){1,3}\s+$`;

/**
 * "be used to" is "be accustomed to", "be prepared to" is "be ready", "be committed to" is "be devoted to";
 * after a person, "prepared for" and a closing "prepared" or "committed" are states too ("we are prepared for
 * winter", "we are committed."). Elsewhere these are passives: "the form is used by employers", "the report
 * was prepared in May", "meals are prepared for children", "a summary will be prepared.", "the offence was
 * committed."
 */
const STATE_CONTEXTS: TokenContext[] = [
  { form: STATE_UNLESS_AGENT, next: '^(?!by$)', precededBy: NOT_AFTER_DUTY },
  { form: STATE_UNLESS_AGENT, closing: true, precededBy: NOT_AFTER_DUTY },
  // One is employed, insured or qualified as a state a duty asks for ("You must be employed to apply").
  { form: STATE_AFTER_DUTY, next: '^(?!by$)' },
  { form: STATE_AFTER_DUTY, closing: true },
  { form: '^used$', next: '^to$' },
  { form: '^prepared$', next: '^to$' },
  { form: '^prepared$', next: '^for$', precededBy: PERSON_SUBJECT },
  { form: '^committed$', next: '^to$' },
  { form: '^(?:prepared|committed)$', closing: true, precededBy: PERSON_SUBJECT },
  // "We are determined to help", "she is determined." are resolute; "the amount is determined by the court /
  // on the basis of the cost / annually" is decided by someone.
  { form: '^determined$', next: '^to$' },
  { form: '^determined$', closing: true, precededBy: PERSON_SUBJECT },
  // "Band A is reserved for applicants with an urgent need": set aside for them, a state with no doer to name.
  { form: '^reserved$', next: '^for$' },
  // "is done reminding them": has finished doing.
  { form: '^done$', next: '^[a-z]{3,}ing$' },
];

/** Abbreviations everyone knows: never flagged as undefined or as shouting. */
const KNOWN_ABBREVIATIONS = words(`
  UK US USA UN EU NATO BBC CNN TV ID PIN PDF OK AM PM AD BC COVID SARS HIV AIDS DNA SMS SIM GPS USB ATM PC IT
  AI CV QR IQ FAQ URL WWW GDP VAT CEO USSR CIS WHO UNESCO UNICEF UAE FIFA UEFA NASA VIP SOS DVD CD JPEG JPG PNG
  GMT UTC BST CET ET EST EDT PST PDT KZT USD EUR RUB MP MEP FBI CIA NHS DJ UFO SUV HQ LED MP3 CO2 HM IMF
  LGBT ISIS GP DVLA MOT IELTS TOEFL
  NBC CBS ABC MSNBC PBS NPR ITV HBO ESPN BMW IBM NYC IP
  LLP JSC LLC PLC
`);

/**
 * "There" and a form of "be", with up to two adverbs after it, ending the text before a participle: "there is
 * reduced parking", "there will be shared facilities", "there has also been increased demand".
 */
const THERE_BE = String.raw`(?:^|[^\p{L}'’])there\s+(?:(?:will|would|may|might|must|should|could|can|has|have|had|won['’]t)\s+)?(?:not\s+)?(?:is|are|was|were|be|been|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)(?:\s+\p{L}+){0,2}\s+$`;

/**
 * A noun after a determiner, and "to be", ending the text before a participle: a passive infinitive that
 * modifies its noun ("The materials to be used in", "the documents to be provided"). Not where the word before
 * "to" is a verb ("the council has to be told", "the applicant needs to be").
 */
const NOUN_BEFORE_TO_BE = String.raw`(?:^|[^\p{L}'’])(?:the|any|all|each|every|these|those|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?!(?:has|have|had|needs?|wants?|is|are|was|were|ought|used|seems?|appears?|expects?|deserves?|wish(?:es)?|hopes?|likes?|asks?|going|tends?|agrees?|refuses?|fails?|continues?|remains?|promises?|plans?|intends?|requires?|chooses?|decides?|gets?|got|must|will|may|can|shall|should|would|could|might|likely|unlikely|able|unable|due|about|yet|ready|bound|set|not|order|them|him|her|us|you|it|me|[\p{L}-]+(?:ed|ing))\s)[\p{L}-]+\s+to\s+be\s+$`;

/** The past participle of a passive. */
/** Verbs a forecast expects things to do: "expected to exceed 32°C", "set to rise". */
const FORECAST_VERBS =
  'exceed|reach|rise|fall|drop|increase|decrease|peak|hit|top|climb|soar|grow|last|continue|persist|remain|stay|improve|worsen|ease|clear|spread|arrive|affect|bring|be';

/** Subjects that are people told what to do: "You are expected to remain", "Staff are expected to be". */
const PEOPLE_SUBJECTS =
  'you|we|they|he|she|i|staff|people|pupils|students|applicants|members|visitors|tenants|residents|employees|workers|customers|parents|children|drivers|everyone|participants|candidates|users|officers|volunteers|guests|patients';

/** A thing's condition, which is a state rather than someone's act when no doer is named: "if the bin is damaged". */
const CONDITIONS =
  '^(?:overloaded|overfilled|overflowing|contaminated|damaged|soiled|blocked|broken|cracked|flooded|overgrown|abandoned|unoccupied|occupied|infested|polluted|overcrowded|unlocked|locked|sealed|expired|torn|defaced|lost|stolen|infected|spoiled|spoilt)$';

/** Crimes whose doer is mostly unknown, told in the passive: "if your bike is stolen", "the shop was burgled". */
const CRIMES = '^(?:stolen|burgled|burglari[sz]ed|vandali[sz]ed|robbed|mugged|hacked)$';

const PARTICIPLE: TokenMatcher = {
  // Regular participles in -ed, except un- adjectives ("unemployed", "unpaid"); "under-" verbs are kept.
  regex: `^(?:(?!un(?!der))[a-z]{2,}ed|${IRREGULAR_PARTICIPLES.join('|')})$`,
  except: NOT_PASSIVE,
  // Where a thing is and what it is made of are states: "we are based in Almaty", "the building is made
  // of brick". "The amount is based on your income" still names a decision someone made.
  unless: [
    ...STATE_CONTEXTS,
    { form: '^based$', next: '^(?:in|at|near|abroad|overseas|outside|here|there|across|throughout)$' },
    { form: '^made$', next: '^(?:of|from)$' },
    // Where the reader "can be reached" or "contacted" says where they are available, no act of anyone's: "a
    // number on which you can be reached". A doer after "by" makes it an act again.
    {
      form: '^(?:reached|contacted)$',
      previous: '^be$',
      followedBy: '^(?!\\s+by(?![\\p{L}]))',
      precededBy:
        '(?:^|[^\\p{L}])you\\s+(?:can|could|may|might)\\s+(?:always\\s+|also\\s+|usually\\s+)?be\\s+$',
    },
    // Where a relative clause says what state a thing is in, no one is doing anything: "a dwelling which is not
    // connected to the network", "businesses that are registered with the Council". In a main clause these may
    // still be acts ("must be registered with the Council").
    {
      form: '^(?:connected|registered|located|situated|based|linked|attached|affiliated|enrolled|listed|insured|subscribed)$',
      next: '^(?:to|with|in|at|on|as|near|for)$',
      precededBy:
        '(?:^|[^\\p{L}])(?:which|that|who)\\s+(?:is|are|was|were)\\s+(?:not\\s+|also\\s+|already\\s+)?$',
    },
    // A relative clause opened by a preposition says where or as what something stands: "the ward in which the
    // elector is registered", "the address at which you are resident". No one registers anyone there.
    {
      form: '^(?:registered|located|situated|based|enrolled|listed|employed|housed|domiciled|buried|stationed)$',
      followedBy: '^(?!\\s+by(?![\\p{L}]))',
      precededBy:
        "(?:^|[^\\p{L}])(?:in|at|on|for|to|with|under|from)\\s+which\\s+(?:[\\p{L}'’-]+\\s+){1,4}(?:is|are|was|were)\\s+(?:not\\s+|also\\s+|currently\\s+|still\\s+|now\\s+)?$",
    },
    // Where someone is "currently" or "still" registered, enrolled or employed, the word says how things stand,
    // not who did it: "the school at which they are currently enrolled". A doer after "by" makes it an act again.
    {
      form: '^(?:registered|enrolled|employed|housed|listed|insured|stationed|located|situated|based|domiciled)$',
      previous: '^(?:currently|still)$',
      followedBy: '^(?!\\s+by(?![\\p{L}]))',
    },
    // A thing's condition after a relative or an "if" is a state, not an act: "containers that are overloaded or
    // contaminated", "if the bin is damaged". A doer after "by" makes it an act again.
    {
      form: CONDITIONS,
      followedBy: '^(?!\\s+by(?![\\p{L}]))',
      precededBy:
        "(?:^|[^\\p{L}])(?:which|that|who|if|where)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:is|are|was|were)\\s+(?:not\\s+|already\\s+)?$",
    },
    // A condition that may hold is a state no one is known to have caused: "the supply may have been
    // contaminated", "food that could be spoiled". With a doer after "by" it is an act again.
    {
      form: CONDITIONS,
      previous: '^(?:be|been)$',
      followedBy: '^(?!\\s+by(?![\\p{L}]))',
      precededBy: '(?:^|[^\\p{L}])(?:may|might|could)\\s+(?:not\\s+)?(?:have\\s+been|be)\\s+$',
    },
    // A crime whose doer is unknown is told in the passive: "if items have been stolen", "if your home is
    // burgled". With a doer after "by" it is an act again ("stolen by a former tenant"), and so is a habit
    // in the present told as a fact, whose doers are known ("their calves are stolen from them").
    {
      form: CRIMES,
      previous: '^(?:been|was|were|be|being)$',
      followedBy: '^(?!\\s+by(?![\\p{L}]))',
    },
    {
      form: CRIMES,
      followedBy: '^(?!\\s+by(?![\\p{L}]))',
      precededBy:
        "(?:^|[^\\p{L}])(?:if|when|whenever|where|once|whether|case)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:is|are)\\s+$",
    },
    // What one makes sure of is a state: "ensure that your baby is protected", "make sure you are covered". Only
    // these few states: "ensure the form is signed" still hides who signs it.
    {
      form: '^(?:protected|covered|registered|vaccinated|immuni[sz]ed|equipped)$',
      followedBy: '^(?!\\s+by(?![\\p{L}]))',
      precededBy:
        "(?:^|[^\\p{L}])(?:ensur(?:e|es|ed|ing)|(?:make|makes|made|making)\\s+sure)\\s+(?:that\\s+)?(?:[\\p{L}'’-]+\\s+){1,4}?(?:is|are)\\s+(?:fully\\s+|properly\\s+|always\\s+|also\\s+|still\\s+)?$",
    },
    // "Will be deemed to have been missed": the outer "be deemed" is the finding (officialese) and the passive
    // inside it has no doer to name.
    {
      // `previous` first: the pattern is tested only where "be" or "been" comes right before.
      previous: '^(?:be|been)$',
      precededBy:
        '(?:^|[^\\p{L}])(?:deemed|considered|treated\\s+as|regarded\\s+as|taken)\\s+to\\s+(?:have\\s+been|be)\\s+$',
    },
    // "Was observed to be parked", "is believed to be owned": the outer passive is the finding, and the
    // infinitive inside it says what state the thing was seen or thought in.
    {
      previous: '^(?:be|been)$',
      precededBy:
        "(?:^|[^\\p{L}])(?:is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\\s+(?:[\\p{L}]+ly\\s+)?(?:observed|seen|found|noted|believed|thought|said|reported|alleged|understood|presumed|assumed|known|shown|recorded)\\s+to\\s+(?:have\\s+been|be)\\s+$",
    },
    // After "there is" a participle before a noun is that noun's adjective: "there is reduced parking", "there
    // are shared facilities"; before "to" a passive: "there are believed to be 200".
    { next: '^(?!(?:to|by)$)', precededBy: THERE_BE },
    // What a label says is a state: "unless it is clearly labelled as suitable", "the form is marked as
    // complete". With an agent it is an act again ("labelled as safe by the maker").
    {
      form: '^(?:labell?ed|marked|signposted|described|stamped|branded)$',
      followedBy:
        "^\\s+as\\s+(?:safe|unsafe|suitable|unsuitable|fit|unfit|ready|free|complete|incomplete|organic|sterile|clean|read|unread|urgent|[\\p{L}]+(?:able|ible)|[\\p{L}]+-free)(?![\\p{L}'’-])(?![^.;:!?]*\\sby\\s)",
    },
    // A signpost to another part of the text names no one to act: "the criteria, which are set out below", "as
    // shown above", "the steps are listed overleaf".
    {
      form: '^(?:set|listed|shown|given|described|outlined|detailed|explained|summari[sz]ed|specified|stated|included|attached|enclosed)$',
      followedBy: '^\\s+(?:out\\s+)?(?:below|above|overleaf)(?![\\p{L}])',
    },
    // A passive infinitive after its noun says what the thing is for ("The materials to be used in the
    // construction shall match"), not who must act; with its doer after "by" it is a passive again ("the first
    // carillon to be played by a black musician").
    { previous: '^be$', precededBy: NOUN_BEFORE_TO_BE, next: '^(?!by$)' },
    // A forecast: "Temperatures are expected to exceed 32°C", "rain is expected to clear". No one expects it the
    // reader could name, and "we expect" makes the writer the forecaster. A person expected to act is told to
    // ("You are expected to remain seated"): a passive still.
    // An outcome expected of a course ("hold, or be expected to obtain, a 2:1", "expected to graduate in 2026")
    // is a forecast too, whoever's: admissions wording, with no one to name.
    {
      form: '^expected$',
      followedBy: '^\\s+to\\s+(?:obtain|achieve|attain|gain|graduate|qualify)(?![\\p{L}])',
    },
    {
      form: '^(?:expected|forecast|predicted|set|likely)$',
      followedBy: `^\\s+to\\s+(?:${FORECAST_VERBS})(?![\\p{L}])`,
      precededBy: `(?:^|[^\\p{L}])(?!(?:${PEOPLE_SUBJECTS})\\s)[\\p{L}\\d%°]+\\s+(?:is|are|was|were|be|been)\\s+$`,
    },
    // A name: "this is called mandatory reconsideration", "the centre is known as a PSC"; "it is known
    // that" hides who knows it.
    {
      form: '^(?:called|named|known|termed)$',
      next: '^(?!(?:by|to|in|for|off|out|up|back|on|upon|at|into|with|from|about|that)$)',
    },
  ],
};

/**
 * A phrasal verb's particle belongs to the passive: "is carried out", "was set up". Not the "up" of "up to" an
 * amount: "Items may be renewed up to 3 times".
 */
const PARTICLE: TokenMatcher = {
  words: ['out', 'up', 'off', 'down', 'away'],
  optional: true,
  unless: [
    {
      form: '^up$',
      followedBy:
        '^\\s+to\\s+(?:[\\d£$€]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\\s+(?:hundred|thousand|maximum|total|limit)|half)(?![\\p{L}]))',
    },
  ],
};

/**
 * Words that may follow the participle of a get-passive ("got fired last week", "will get paid monthly", "gets
 * rejected if", "got charged a fee"). Before any other word, mostly a noun, "get" means "receive" and the
 * participle is an adjective of its object: "you will get written confirmation", "we got mixed reviews".
 */
const AFTER_GET_PASSIVE =
  '(?:by|for|in|on|at|to|from|with|within|without|after|before|during|under|into|onto|over|through|via|out|up|off|down|away|back|again|and|or|but|nor|if|when|whenever|once|unless|until|because|as|so|than|then|too|also|even|there|here|now|soon|later|today|tomorrow|yesterday|tonight|twice|first|last|next|every|each|a|an|the|your|my|his|her|its|our|their|this|that|these|those|some|any|no|more|less|while|since|instead|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[a-z]{2,}ly)';

/**
 * The get-passive: "got fired", "will get approved", "gets rejected". Not where "get" means "become" and the
 * participle names a state or a change of one's own ("get married", "get tired", "get started", "get dressed",
 * "got lost", "get wasted", "get used to", "got carried away") or an injury no one does ("get hurt at work"), nor in an instruction to the reader, who is the one to act
 * ("Get vaccinated", "Get started"), nor where the reader arranges a check of their own ("you can get tested
 * at any clinic"; "get tested by …" names who does it, and stays a passive).
 */
const GET_PASSIVE: TokenMatcher[] = [
  {
    words: words('get gets got gotten getting'),
    unless: [{ opening: true }, { previous: '^please$' }],
  },
  BETWEEN,
  BETWEEN,
  {
    ...PARTICIPLE,
    except: [
      ...NOT_PASSIVE,
      ...words('started dressed undressed changed lost organised organized wasted hammered stoned'),
      // An injury that happens to someone, with no one who does it: "employees who get injured at work"; a
      // feeling: "she got choked up".
      ...words('injured hurt wounded choked'),
    ],
    unless: [
      ...(PARTICIPLE.unless ?? []),
      { form: '^carried$', next: '^away$' },
      { form: '^(?:vaccinated|immuni[sz]ed|tested|screened|checked|examined)$', next: '^(?!by$)' },
      { form: '^(?:vaccinated|immuni[sz]ed|tested|screened|checked|examined)$', closing: true },
      { next: `^(?!${AFTER_GET_PASSIVE}$)` },
    ],
  },
  PARTICLE,
];

/** A finite "be" that opens a question, or follows a question word: "Was it sent?", "Why was it refused?" */
const QUESTION_BE: TokenMatcher = {
  words: words("am is are was were isn't aren't wasn't weren't"),
  // "What is the amount paid to applicants?" asks what the amount is; "how long", "how much" ask "how".
  unless: [{ previous: '^(?!(?:when|where|why|how|long|much|many|often|soon|far)$)' }],
};

/** Words that open a noun phrase: a question's subject between its "be" and the participle. */
const DETERMINERS = words(
  'the a an my your his her its our their this that these those any each every all some no',
);

/**
 * A word of the subject after its determiner: not another determiner ("Is this the address given?" is no
 * passive) nor a word that ends the noun phrase.
 */
const SUBJECT_WORD: TokenMatcher = {
  regex: '^[\\p{L}\\d-]+$',
  except: [...DETERMINERS, ...BE, ...words('and or of to by for in on at with from not')],
  optional: true,
};

/** The question's passive ends as the statement's does, after its subject. */
const QUESTION_PASSIVE_END: TokenMatcher[] = [BETWEEN, BETWEEN, PARTICIPLE, PARTICLE];

/** Passive voice: a form of "be", up to two adverbs, a past participle. The grade counts it too. */
export const passiveVoice: SequenceRule = {
  id: 'en/passive',
  // A phrase with a plain replacement covers it («are required to» → «must»): one finding, not two.
  deferTo: ['en/officialese'],
  // A passive with nothing to paste inside an action noun's ("The processing of your application is carried
  // out") is part of that finding, whose advice to use the noun's verb rewrites it.
  deferBareTo: ['en/hidden-verb'],
  // Officialese inside it ("is terminated") is one finding with it, with the plain word to paste: "is ended".
  // A long participle ("will be communicated") is recast with it: its own finding is dropped, but not that of a
  // long adverb before it ("was eventually evacuated"), which is advice of its own.
  joins: ['en/officialese', 'en/long-word'],
  kind: 'sequence',
  severity: 'warning',
  // With its doer named after it, offered in the active: "The form was signed by the applicant" → "The
  // applicant signed the form".
  active: true,
  link: `${PLAIN}/conversational/use-active-voice/`,
  messageWithSuggestion: {
    en: '“{text}” is passive: put the doer first (“{suggestion}”).',
    ru: '«{text}» — страдательный залог: начните с того, кто действует («{suggestion}»).',
    kk: '«{text}» — ырықсыз етіс: іс-әрекетті жасаушыдан бастаңыз («{suggestion}»).',
  },
  message: {
    en: '“{text}” is passive: say who does it (“we will send”, not “will be sent”).',
    // The examples are English, the text's language, in every UI language.
    ru: '«{text}» — страдательный залог: напишите, кто действует («we will send», а не «will be sent»).',
    kk: '«{text}» — ырықсыз етіс: іс-әрекетті кім жасайтынын жазыңыз («will be sent» емес, «we will send»).',
  },
  tokens: [{ words: BE }, BETWEEN, BETWEEN, PARTICIPLE, PARTICLE],
  variants: [
    { tokens: GET_PASSIVE },
    // A question puts its subject after "be": a pronoun, a noun phrase of up to four words or a name.
    {
      question: true,
      tokens: [QUESTION_BE, { words: words('it he she they you i we') }, ...QUESTION_PASSIVE_END],
    },
    {
      question: true,
      tokens: [
        QUESTION_BE,
        { words: DETERMINERS },
        SUBJECT_WORD,
        SUBJECT_WORD,
        SUBJECT_WORD,
        ...QUESTION_PASSIVE_END,
      ],
    },
    // A plural or a mass noun needs no determiner: "Are late fees charged?", "How is tax calculated?"
    {
      question: true,
      tokens: [
        QUESTION_BE,
        {
          ...SUBJECT_WORD,
          except: [...(SUBJECT_WORD.except ?? []), ...words('there here it')],
          optional: false,
        },
        SUBJECT_WORD,
        ...QUESTION_PASSIVE_END,
      ],
    },
    {
      question: true,
      tokens: [
        QUESTION_BE,
        { regex: '^[\\p{L}-]+$', name: true },
        { regex: '^[\\p{L}-]+$', name: true, optional: true },
        ...QUESTION_PASSIVE_END,
      ],
    },
  ],
};

/** A word a few words before a quoted title that makes it a name (the Law "On …", LLP "…"). */
const QUOTED_NAME_AFTER =
  '^(?:laws?|codes?|act|decree|order|resolution|rules|regulations?|programme|program|strategy|concept|standard|project|llp|jsc|llc|ltd|fund|company|corporation|foundation|portal|website|system|book|article|newspaper|journal|competition|campaign|forum|service|choose|select|click|tap|press|tick|pick|button|tab|menu|section|field|option|link|heading|entitled|titled|labelled|labeled|marked)$';

/** A word right after a quoted name that makes it one: the label of a button, a tab or a field on screen. */
const QUOTED_NAME_BEFORE = '^(?:buttons?|tabs?|links?|options?|menus?|sections?|fields?|boxe?s?|icons?)$';

/**
 * A second infinitive that repeats "to" after "and" or "or" ("are required to use the funds and to report"),
 * which a modal in place of "… to" leaves stranded: "must use the funds and to report". Read as far as
 * `followedBy` sees; a noun after "to" ("entitled to a refund and to the deposit") is no infinitive. Nor is the
 * phrase's own "to" before a determiner, a preposition's ("withdraw the lot prior to the auction or to amend
 * the conditions" → "before the auction"): a later "to" is another verb's.
 */
const REPEATED_TO =
  '^(?!\\s+(?:the|a|an|your|his|her|their|our|its|this|these|those|\\d)(?![\\p{L}]))[^.;:!?]*?\\s(?:and|or)\\s+to\\s+(?!(?:the|a|an|your|his|her|their|our|its|this|that|these|those|us|you|them|him|me|all|each|every|any|other|another|no|some|such|what|which|whom|\\d)\\b)\\p{L}';

/**
 * Each entry that ends in "to" and offers a wording without it ("is required to" → "must") first flagged with
 * nothing to paste where a second infinitive repeats "to".
 */
function keepingRepeatedTo(entries: PhraseEntry[]): PhraseEntry[] {
  // Two entries for the same words ("are entitled to" before a verb and elsewhere) need one such entry.
  const added = new Set<string>();
  return entries.flatMap((entry) => {
    const phrases = entry.match.split('|').filter((phrase) => phrase.endsWith(' to'));
    const dropsTo = entry.replace.some((plain) => !/\bto$/u.test(plain));
    const key = [phrases.join('|'), entry.notAfter, entry.after].join('\n');
    if (!phrases.length || !dropsTo || added.has(key)) return [entry];
    added.add(key);
    return [{ ...entry, match: phrases.join('|'), replace: [], followedBy: REPEATED_TO }, entry];
  });
}

/** Particles a phrasal verb puts after a pronoun object: "set it up", "put it right", not "set up it". */
const SEPARABLE_PARTICLE = /\s(?:up|out|aside|back|in|off|down|right|away|over)$/u;

/** An object pronoun right after the phrase. */
const PRONOUN_OBJECT = '\\s+(?:it|them|him|us|me)(?![\\p{L}])';

/**
 * Each entry offering a phrasal verb first flagged with the others only before an object pronoun, which the
 * phrasal verb would need inside it ("rectify it" → "fix", not "put right it"): nothing to paste where all are.
 */
function particlesAroundPronouns(entries: PhraseEntry[]): PhraseEntry[] {
  return entries.flatMap((entry) => {
    const anchored = entry.followedBy === undefined || entry.followedBy.startsWith('^');
    if (!anchored || !entry.replace.some((plain) => SEPARABLE_PARTICLE.test(plain))) return [entry];
    const rest = entry.followedBy?.replace(/^\^/u, '') ?? '';
    return [
      {
        ...entry,
        replace: entry.replace.filter((plain) => !SEPARABLE_PARTICLE.test(plain)),
        followedBy: `^(?=${PRONOUN_OBJECT})${rest}`,
      },
      entry,
    ];
  });
}

/** Action nouns, not the many -tion/-ment/-ance words that name things ("document", "appointment"). */
const ACTION_NOUN =
  '^(?!(?:govern|depart|docu|apart|equip|environ|com|instru|mo|ele|appoint|agree|state|settle|docu)ment$)(?!(?:experi|evid|lic|sent|sci|audi|confer|resid|refer|differ|pres|abs|exist|confid|independ|pati|sequ|sil)ence$)(?!(?:insur|allow|dist|bal|adv|ch|fin|inst|subst|import|circumst|ord|gu)ance$)(?!(?:st|n|ques|pos|por|sec|sta|func|ac|rela|condi|tradi|loca|educa|informa|applica|declara|documenta|organiza|organisa|corpora|founda|popula|genera|situa|collec)tion$)(?!(?:pen|ses|mis|televi|occa|divi|ver|ten|provi|deci|commis|man|exten)sion$)[a-z]{3,}(?:tion|sion|ment|ance|ence)$';

/**
 * "The X-ion of …" and a verb of cause with its preposition before another action noun: the whole clause up
 * to that noun. The first noun's phrase may be up to five words long, with spaces only between (a comma ends
 * it); one word (an adjective) may stand before the second noun ("the immediate suspension").
 */
function nominalCause(verbs: string, preposition: string): TokenMatcher[] {
  const determiner = { words: words('the a an any your') };
  // Action nouns in -ure and -al too: "the closure of the road", "the refusal of a permit".
  const action = {
    regex: `${ACTION_NOUN}|^(?:closure|disclosure|seizure|failure|refusal|removal|approval|withdrawal|renewal|dismissal|disposal|arrival|denial)$`,
  };
  return [
    determiner,
    action,
    { words: ['of'] },
    { words: words(verbs), gap: 5 },
    { words: [preposition] },
    { ...determiner, optional: true },
    { ...action, gap: 1 },
  ];
}

/**
 * A breach as a noun that "entails" a penalty, the «нарушение … влечёт ответственность» of translated notices:
 * "Violation of the quarantine regime entails administrative liability" is "If you break the quarantine rules,
 * you can be fined". The breach may open its sentence bare; its object is up to five words.
 */
function breachEntailsPenalty(): TokenMatcher[] {
  return [
    { words: words('the a an any'), optional: true },
    { words: words('violation violations breach breaches infringement infringements non-compliance') },
    { words: ['of', 'with'] },
    { words: words('entails entail entailed entailing'), gap: 5 },
    { words: words('a an'), optional: true },
    { words: words('administrative criminal disciplinary civil financial'), optional: true },
    { words: words('liability responsibility penalty penalties fine fines sanctions punishment') },
  ];
}

/**
 * "The X-ion of Y" (or "the X-ing of Y") as a passive's subject, with its "be" and adverbs: the object's phrase
 * is up to seven words with no verb in -ed or irregular past, subordinating conjunction or relative between
 * ("The inspection of the site showed that work was carried out" is two clauses), and a modal may stand before
 * "be". "And" and "or" join objects ("Installation of the internal gas pipeline and gas equipment is carried
 * out"); keeping out the pasts keeps out a second clause after them ("the inspection began and work is …").
 */
const PASSIVE_ACTION: TokenMatcher[] = passiveAction(
  {
    regex: `${ACTION_NOUN}|^[a-z]{3,}ing$`,
    except: words('following meeting morning evening building thing'),
  },
  'of',
);

/**
 * The same with "to" after a noun of joining: "The connection to the gas network is carried out" hides "connect".
 * Other nouns before "to" name a thing ("the introduction to the course").
 */
const PASSIVE_JOINING: TokenMatcher[] = passiveAction(
  { words: words('connection connections reconnection transition admission attachment') },
  'to',
);

/** `PASSIVE_ACTION`'s tokens for an action noun and the preposition after it. */
function passiveAction(action: TokenMatcher, preposition: string): TokenMatcher[] {
  return [
    // A sentence may open on the bare noun: "Identification of animals is carried out by vets".
    { words: words('the a an any your'), optional: true },
    action,
    { words: [preposition] },
    ...Array.from(
      { length: 7 },
      (): TokenMatcher => ({
        regex: "^(?![\\p{L}-]+ed$)[\\p{L}\\d'’-]+$",
        except: [
          ...BE,
          ...words('that which who whom whose but will would may might must should can could shall'),
          ...words('has have had do does did'),
          ...IRREGULAR_PAST_FORMS,
        ],
        optional: true,
      }),
    ),
    { words: words('will would may might must should can could shall'), optional: true },
    { words: BE },
    BETWEEN,
    BETWEEN,
  ];
}

/** The English rule pack. */
export const rules: Rule[] = [
  {
    id: 'en/officialese',
    kind: 'phrase',
    // A phrase with nothing to paste inside a clause said all in nouns ("The submission of an appeal will
    // result in …") is part of that finding, whose advice rewrites it.
    deferBareTo: ['en/nominal-cause'],
    severity: 'warning',
    link: `${WRITING_FOR_GOVUK}#plain-english`,
    message: {
      en: '“{text}” is officialese: say it in everyday words, or cut it.',
      ru: '«{text}» — канцелярит: скажите проще или уберите.',
      kk: '«{text}» — кеңсе тілі: қарапайым сөзбен айтыңыз немесе алып тастаңыз.',
    },
    messageWithSuggestion: {
      en: '“{text}” is officialese: try “{suggestion}”.',
      ru: '«{text}» — канцелярит: попробуйте «{suggestion}».',
      kk: '«{text}» — кеңсе тілі: «{suggestion}» деп жазып көріңіз.',
    },
    entries: particlesAroundPronouns(
      keepingRepeatedTo([
        ...OFFICIALESE,
        ...READERS.flatMap(([subject, ...others]) =>
          unlessNamedElsewhere(subject, readerWithBePhrases(OFFICIALESE, subject, ...others)),
        ),
      ]),
    ),
    quotedNameAfter: QUOTED_NAME_AFTER,
    quotedNameBefore: QUOTED_NAME_BEFORE,
    titleCaseNames: true,
  },
  {
    id: 'en/jargon',
    kind: 'phrase',
    severity: 'suggestion',
    link: `${PLAIN}/words/avoid-jargon/`,
    message: {
      en: '“{text}” is jargon many readers will not understand: say what you mean.',
      ru: '«{text}» — жаргон, который поймут не все: скажите прямо, что имеете в виду.',
      kk: '«{text}» — көпшілік түсінбейтін жаргон: нені меңзеп тұрғаныңызды тура жазыңыз.',
    },
    messageWithSuggestion: {
      en: '“{text}” is jargon: try “{suggestion}”.',
      ru: '«{text}» — жаргон: попробуйте «{suggestion}».',
      kk: '«{text}» — жаргон: «{suggestion}» деп жазып көріңіз.',
    },
    entries: JARGON,
    quotedNameAfter: QUOTED_NAME_AFTER,
    titleCaseNames: true,
    // The word a sentence explains in brackets right after it: "stakeholders (the people involved)".
    skipGlossed: true,
  },
  passiveVoice,
  {
    id: 'en/double-negative',
    kind: 'sequence',
    // "Difficult, if not impossible" concedes a stronger word; it is not a double negative.
    notAfter: '^if$',
    severity: 'suggestion',
    link: `${PLAIN}/concise/use-positive-language/`,
    message: {
      en: '“{text}” is a double negative: say it positively (“common”, not “not uncommon”).',
      ru: '«{text}» — двойное отрицание: скажите утвердительно («common», а не «not uncommon»).',
      kk: '«{text}» — қос болымсыздық: болымды түрде айтыңыз («not uncommon» емес, «common»).',
    },
    tokens: [
      { words: words("not never cannot can't isn't aren't wasn't weren't don't doesn't didn't") },
      {
        words: words('entirely altogether wholly completely totally quite so too necessarily always'),
        optional: true,
      },
      {
        // un- adjectives ("not uncommon", "not unlike"), but not un- words that are no negation ("until",
        // "under", "unique", "unit") or reversing verbs ("do not unplug", "do not untick").
        regex:
          '^(?:un(?!der|til|less|ique|it|iform|ivers|ion|ison|ifi|ify|ilateral|animous|to|cover|lock|load|plug|pack|do|did|fold|block|subscrib|install|zip|tie|wrap|ravel|veil|leash|screw|freez|froz|mute|register|pin|hook|tick|check|select|seal|roll|bolt|button|wind|wound|dress|ban)[a-z]{3,}|impossible|improbable|inconceivable|insignificant|inconsiderable|infrequent|infrequently|inconsistent|incorrect|inaccurate|inappropriate|invalid|ineligible|illegal|irrelevant|immaterial|dissimilar|without|fail|fails|nothing|not)$',
      },
    ],
  },
  {
    id: 'en/long-sentence',
    kind: 'metric',
    measure: 'sentence-words',
    min: 25,
    below: 35,
    severity: 'warning',
    link: `${PLAIN}/concise/write-short-sentences/`,
    message: {
      en: 'This sentence has {value} words: aim for fewer than {limit}. Split it or cut words.',
      ru: 'Слов в предложении: {value}. Лучше меньше {limit}: разделите его или сократите.',
      kk: 'Бұл сөйлемде {value} сөз бар: {limit} сөзден аз болғаны жөн. Бөліңіз немесе қысқартыңыз.',
    },
  },
  {
    id: 'en/very-long-sentence',
    kind: 'metric',
    measure: 'sentence-words',
    min: 35,
    severity: 'error',
    link: `${PLAIN}/concise/write-short-sentences/`,
    message: {
      en: 'This sentence has {value} words: at {limit} or more, most readers lose track. Split it into shorter sentences.',
      ru: 'Слов в предложении: {value}. От {limit} слов читатель теряет нить: разделите его на короткие предложения.',
      kk: 'Бұл сөйлемде {value} сөз бар: {limit} және одан көп сөз болса, оқырман ойды жоғалтады. Қысқа сөйлемдерге бөліңіз.',
    },
  },
  {
    id: 'en/long-paragraph',
    kind: 'metric',
    measure: 'paragraph-sentences',
    min: 6,
    severity: 'suggestion',
    link: `${PLAIN}/concise/write-short-paragraphs/`,
    message: {
      en: 'This paragraph has {value} sentences: aim for fewer than {limit}, with one idea in each paragraph.',
      ru: 'Предложений в абзаце: {value}. Лучше меньше {limit}, по одной мысли в абзаце.',
      kk: 'Бұл абзацта {value} сөйлем бар: {limit} сөйлемнен аз болғаны жөн, бір абзацқа бір ой.',
    },
  },
  {
    id: 'en/long-word',
    kind: 'metric',
    // Officialese and jargon findings offer a word to paste instead: the long word's own finding adds nothing.
    deferTo: ['en/officialese', 'en/jargon'],
    measure: 'word-syllables',
    min: 5,
    // A compound is as long as its longest part: «вице-президент», "customer-focused".
    eachPart: true,
    skipNames: true,
    skipSpelledOut: true,
    skipGlossed: true,
    skipHeadings: true,
    // The term a sentence explains: "Home care (also referred to as domiciliary care)", "known as reablement".
    skipAfter:
      "(?:^|[^\\p{L}])(?:known\\s+as|referred\\s+to\\s+as|called)\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}'’-]+\\s+)?[\"“‘']?$",
    severity: 'suggestion',
    link: `${PLAIN}/words/use-simple-words-phrases/`,
    message: {
      en: '“{text}” has {value} syllables: use a shorter word if there is one.',
      ru: 'Слогов в слове «{text}»: {value}. Если есть слово короче, возьмите его.',
      kk: '«{text}» сөзінде {value} буын бар: қысқарақ сөз болса, соны алыңыз.',
    },
    // Long words every reader knows, and named steps and forms no plainer word stands for ("mandatory
    // reconsideration", "colonoscopy", a "charitable incorporated organisation"); "ordinarily" is the legal test
    // "ordinarily resident", and elsewhere the officialese rule offers "usually". Common words among the 8,000 most
    // frequent forms (SUBTLEX) with no shorter word: "not acceptable" is no shorter than "unacceptable". A way to
    // pay ("cryptocurrency") and which ones take part ("participating providers") have none either, nor do
    // "eligibility", "laboratory", "accommodation" (a trade's and the law's word) and "contaminated" (a safety
    // notice's exact word, which "dirty" would weaken). Nor do "psychological help", the service's name, and a
    // "constitutional right", a legal term.
    except: words(`
      automatically inappropriate inappropriately unacceptable unacceptably unnecessary unnecessarily
      uncomfortable unreasonable unreasonably irresponsible anniversary anniversaries deliberately inconvenience
      information international internationally opportunity opportunities organisation organisations organization
      organizations organisational organizational responsibility responsibilities university universities
      identification communication communications community communities individual individuals individually
      authority authorities available availability application applications registration examination
      examinations electricity electrical electrically particularly immediately necessarily environmental identity activity activities
      facility facilities nationality nationalities disability disabilities municipality municipalities
      abbreviation association associations administration administrative qualification qualifications
      documentation investigation investigations technology technologies television originally education
      educational consideration unemployment entrepreneur entrepreneurs cooperation temporarily
      apologise apologises apologised apologising apologize apologizes apologized apologizing unanimous
      unanimously representative representatives alternatively anonymously investigator investigators
      disciplinary electronically psychological psychologically psychologist psychologists constitutional
      unconstitutional
      reconsideration reconsiderations colonoscopy colonoscopies undergraduate undergraduates
      incorporated
      ordinarily
      countersignatory countersignatories
      cryptocurrency cryptocurrencies
      participating
      discrimination representation specification specifications satisfactory unsatisfactory
      eligibility ineligibility laboratory laboratories accommodation accommodations
      contaminated contamination contaminating decontaminated decontamination
    `),
  },
  {
    id: 'en/undefined-abbreviation',
    kind: 'builtin',
    check: 'undefined-abbreviation',
    severity: 'warning',
    // "(hereinafter PSC)", "(hereinafter referred to as the “PSC”)", "(or PSC)", "(the “PSC”)".
    definitionWords: [
      'hereinafter',
      'hereafter',
      'henceforth',
      'referred',
      'to',
      'as',
      'the',
      'or',
      'called',
      'known',
      'that',
      'is',
      'meaning',
      'means',
      'stands',
      'for',
      'short',
    ],
    link: `${GOVUK_STYLE}#abbreviations-and-acronyms`,
    // Kazakhstan's public services' abbreviations in their English translations (the message's example).
    fullNames: {
      PSC: 'Public Service Centre',
      RK: 'Republic of Kazakhstan',
      IIN: 'individual identification number',
      BIN: 'business identification number',
      EDS: 'electronic digital signature',
      MCI: 'monthly calculation index',
      NLA: 'normative legal act',
      LEB: 'local executive body',
      CSHI: 'compulsory social health insurance',
      UAPF: 'Unified Accumulative Pension Fund',
      SSIF: 'State Social Insurance Fund',
      LLP: 'limited liability partnership',
      NJSC: 'non-profit joint-stock company',
      MIA: 'Ministry of Internal Affairs',
    },
    message: {
      en: 'Spell out “{text}” the first time you use it, for example “{example}”.',
      ru: 'Расшифруйте «{text}» при первом упоминании, например: «{example}».',
      kk: '«{text}» қысқартуын алғаш қолданғанда толық жазыңыз, мысалы: «{example}».',
    },
    unlistedMessage: {
      kk: '«{text}» қысқартуын алғаш қолданғанда толық жазыңыз: алдымен толық атауы, содан кейін «({text})».',
      ru: 'Расшифруйте «{text}» при первом упоминании: сначала полное название, затем «({text})».',
      en: 'Spell out “{text}” the first time you use it: the full name first, then “({text})”.',
    },
    words: KNOWN_ABBREVIATIONS,
  },
  {
    id: 'en/all-caps',
    kind: 'builtin',
    check: 'all-caps',
    severity: 'suggestion',
    link: `${GOVUK_STYLE}#capitalisation`,
    // A press release's, a notice's and an order's formula lines.
    formulas: [
      'PRESS RELEASE',
      'NEWS RELEASE',
      'MEDIA RELEASE',
      'FOR IMMEDIATE RELEASE',
      'NOTES TO EDITORS',
      'ENDS',
      'NOTICE',
      'PUBLIC NOTICE',
      'ORDER',
      'EXPLANATORY NOTE',
      'STATUTORY INSTRUMENTS',
    ],
    keywordAfter:
      '^(?:reply|replies|replying|replied|text|texts|texting|texted|send|sends|sending|sent|type|types|typing|typed|enter|enters|entering|entered|dial|dialling|dialing|say|saying|write|writing|word|keyword)$',
    message: {
      en: '“{text}” is in capitals: they are harder to read and feel like shouting. Use normal case.',
      ru: '«{text}» написано заглавными: так труднее читать, и это звучит как крик. Пишите строчными.',
      kk: '«{text}» бас әріптермен жазылған: оқу қиын әрі айқай сияқты. Кіші әріппен жазыңыз.',
    },
    words: KNOWN_ABBREVIATIONS,
  },
  {
    id: 'en/mixed-script',
    kind: 'builtin',
    check: 'mixed-script',
    severity: 'error',
    link: 'https://en.wikipedia.org/wiki/Homoglyph',
    message: {
      en: '“{text}” mixes Latin and Cyrillic letters: search and screen readers will not recognise it. Retype the word.',
      ru: 'В слове «{text}» смешаны латинские и кириллические буквы: поиск и программы экранного доступа его не узнают. Наберите слово заново.',
      kk: '«{text}» сөзінде латын және кирилл әріптері араласқан: іздеу мен экран оқу бағдарламалары оны танымайды. Сөзді қайта теріңіз.',
    },
    messageWithSuggestion: {
      en: '“{text}” mixes Latin and Cyrillic letters: retype it as “{suggestion}”.',
      ru: 'В слове «{text}» смешаны латинские и кириллические буквы: наберите его заново как «{suggestion}».',
      kk: '«{text}» сөзінде латын және кирилл әріптері араласқан: «{suggestion}» деп қайта теріңіз.',
    },
  },
  {
    id: 'en/repeated-word',
    kind: 'builtin',
    check: 'repeated-word',
    severity: 'warning',
    link: WRITING_FOR_GOVUK,
    message: {
      en: '“{text}”: a word is typed twice. Delete one.',
      ru: '«{text}»: слово повторяется дважды. Уберите одно.',
      kk: '«{text}»: сөз екі рет жазылған. Біреуін алып тастаңыз.',
    },
    messageWithSuggestion: {
      en: '“{text}”: a word is typed twice. Write “{suggestion}”.',
      ru: '«{text}»: слово повторяется дважды. Напишите «{suggestion}».',
      kk: '«{text}»: сөз екі рет жазылған. «{suggestion}» деп жазыңыз.',
    },
    // Doubles that are correct English: "he said that that form…", "they had had enough".
    words: ['that', 'had'],
    // A phrasal verb's particle and a preposition: "fill in in capitals", "hand it in in person" is not
    // doubled; "log on on Monday", "carry on on foot".
    doubledAfter: {
      in: '^(?:fill|fills|filled|filling|hand|hands|handed|handing|log|logs|logged|logging|sign|signs|signed|signing|check|checks|checked|checking|send|sends|sent|sending|pay|pays|paid|paying|phone|phoned|call|called|plug|plugged|drop|dropped|move|moved|moving|put|puts|putting|write|writes|wrote|written|pencil|pencilled|penciled|join|joined|lock|locked|opt|opted|cash|cashed|it|them|one|this|these|those|form|forms)$',
      on: '^(?:log|logs|logged|logging|carry|carries|carried|carrying|go|goes|went|going|move|moved|moving|turn|turns|turned|switch|switched|get|gets|got|pass|passed|hold|held|keep|kept|it|them)$',
    },
  },
  {
    // "within 5 (five) working days": the digits say it; the words in brackets are a legal habit.
    id: 'en/doubled-number',
    kind: 'builtin',
    check: 'doubled-number',
    severity: 'suggestion',
    link: `${GOVUK_STYLE}#numbers`,
    numberWords: NUMBER_WORDS,
    numberJoiners: NUMBER_JOINERS,
    numberUnits: NUMBER_UNITS,
    ...DOUBLED_NUMBER_MESSAGES,
  },
  {
    id: 'en/nominal-chain',
    kind: 'builtin',
    check: 'nominal-chain',
    // An officialese phrase that holds the whole chain rewrites it ("at the time of submission of the
    // application" → "when you apply"): the chain's own finding adds nothing.
    deferTo: ['en/officialese'],
    severity: 'warning',
    link: `${PLAIN}/words/avoid-hidden-verbs/`,
    message: {
      en: '“{text}” stacks nouns: use a verb to say who does what (“we will improve services”).',
      ru: '«{text}» — цепочка существительных: скажите глаголом, кто что делает («we will improve services»).',
      kk: '«{text}» — зат есімдер тізбегі: кім не істейтінін етістікпен айтыңыз («we will improve services»).',
    },
  },
  {
    // A light verb and an action noun with "of": the Russian «осуществляет приём документов» in English.
    // Set phrases with their own replacement ("make a payment") are officialese entries.
    id: 'en/hidden-verb',
    kind: 'sequence',
    deferTo: ['en/officialese'],
    severity: 'warning',
    link: `${PLAIN}/words/avoid-hidden-verbs/`,
    message: {
      en: '“{text}” hides the verb in a noun: use the verb (“accepts documents”, not “carries out the acceptance of documents”).',
      ru: '«{text}» — глагол спрятан в существительное: напишите глагол («accepts documents», а не «carries out the acceptance of documents»).',
      kk: '«{text}» — етістік зат есімнің ішінде жасырылған: етістікпен жазыңыз («carries out the acceptance of documents» емес, «accepts documents»).',
    },
    tokens: [
      {
        // Not "effect" and "effects", mostly nouns ("the effect the introduction of tariffs had"), nor "given",
        // mostly a preposition ("Given the introduction of the law, …").
        words: words(`
          carry carries carried carrying conduct conducts conducted conducting perform performs performed performing
          undertake undertakes undertook undertaken undertaking effected effecting ensure ensures
          ensured ensuring provide provides provided providing make makes made making give gives gave giving`),
      },
      { words: ['out'], optional: true },
      { words: ['the', 'a', 'an'], optional: true },
      {
        regex: ACTION_NOUN,
      },
      { words: ['of'] },
    ],
    // The same in the passive, with the action as its subject: "The processing of your application is carried
    // out by the regional office" is "The regional office processes your application". The verb must be made
    // from the noun and the clause turned round: nothing to paste.
    variants: [
      { tokens: [...PASSIVE_ACTION, { words: ['carried'] }, { words: ['out'] }] },
      { tokens: [...PASSIVE_ACTION, { words: words('conducted performed undertaken effected') }] },
      { tokens: [...PASSIVE_JOINING, { words: ['carried'] }, { words: ['out'] }] },
      { tokens: [...PASSIVE_JOINING, { words: words('conducted performed undertaken effected') }] },
    ],
  },
  {
    // Cause and effect both said as nouns: "The submission of an appeal will result in the suspension of the
    // decision" is "If you appeal, the decision is suspended". The rewrite turns the clause round: nothing to
    // paste. A name ("the Department of Education results") holds no action noun.
    id: 'en/nominal-cause',
    kind: 'sequence',
    severity: 'warning',
    link: `${PLAIN}/words/avoid-hidden-verbs/`,
    message: {
      en: '“{text}” says both actions as nouns: use verbs (“If you appeal, the decision is suspended”).',
      ru: '«{text}» — оба действия названы существительными: скажите глаголами («If you appeal, the decision is suspended»).',
      kk: '«{text}» — екі әрекет те зат есіммен айтылған: етістікпен жазыңыз («If you appeal, the decision is suspended»).',
    },
    tokens: nominalCause('result results resulted resulting', 'in'),
    variants: [{ tokens: nominalCause('lead leads led leading', 'to') }, { tokens: breachEntailsPenalty() }],
  },
];
