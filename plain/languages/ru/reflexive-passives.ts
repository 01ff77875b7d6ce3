/**
 * Reflexive passives of transitive verbs («заявление подаётся», «данные хранятся»), built from their
 * infinitives so every verb has its whole paradigm: present third person (singular and plural) and, where the
 * past is as safely passive, the four past forms. A closed list: intransitive reflexives («находится»,
 * «начинается», «остаётся») and verbs whose reflexive mostly means something else («оказывается» — "turns
 * out") are never on it; «заключается» — "consists" before «в» — is a passive only with a contract
 * (`rules.ts`). Forms are written with е for ё, as words are matched.
 */

/** Present third person singular and plural, and the past (m, f, n, pl) of one imperfective reflexive verb. */
function paradigm(infinitive: string): { present: string[]; past: string[] } {
  const stem = infinitive.replace(/(?:ть|ти)ся$/u, '');
  const past = (base: string) => ['лся', 'лась', 'лось', 'лись'].map((end) => base + end);
  // «подаваться» → «подается», «подаются»: -ва- drops in the present of -давать, -знавать, -ставать.
  if (/(?:да|зна|ста)ва$/u.test(stem)) {
    const present = stem.slice(0, -2);
    return { present: [`${present}ется`, `${present}ются`], past: past(stem) };
  }
  // «финансироваться» → «финансируется» (but «продлеваться» keeps its -ева-).
  if (/ова$/u.test(stem)) {
    const present = `${stem.slice(0, -3)}у`;
    return { present: [`${present}ется`, `${present}ются`], past: past(stem) };
  }
  // «рассматриваться», «применяться», «обсуждаться»: first conjugation.
  if (/[ая]$/u.test(stem)) return { present: [`${stem}ется`, `${stem}ются`], past: past(stem) };
  // «производиться» → «производится», «производятся»; «учиться» would be «учатся» after a hushing consonant.
  if (stem.endsWith('и')) {
    const root = stem.slice(0, -1);
    const plural = /[жшчщ]$/u.test(root) ? 'атся' : 'ятся';
    return { present: [`${root}ится`, root + plural], past: past(stem) };
  }
  throw new Error(`reflexive-passives: no paradigm for «${infinitive}»`);
}

/**
 * Verbs whose every form is a passive in official and news texts. Not «размещаться», as often "be located,
 * stay" («Центр размещается в здании», «размещалась в гостинице»; `POSTED`), nor «наблюдаться», "there is" («наблюдается
 * засуха»), which hide no actor.
 */
const WHOLE_PARADIGM = `
  подаваться выдаваться передаваться продаваться издаваться создаваться преподаваться
  осуществляться производиться проводиться рассматриваться предоставляться оформляться взиматься
  приниматься уплачиваться выплачиваться оплачиваться устанавливаться утверждаться начисляться
  перечисляться назначаться применяться использоваться финансироваться публиковаться вноситься
  проверяться выполняться составляться реализовываться обеспечиваться
  доставляться сообщаться предлагаться рекомендоваться отменяться прилагаться запрашиваться
  возмещаться компенсироваться предусматриваться обрабатываться учитываться рассылаться присваиваться
  подтверждаться выявляться устраняться налагаться взыскиваться приостанавливаться вводиться
  выноситься заверяться обжаловаться уведомляться зачисляться отчисляться объявляться выставляться
  вручаться изготавливаться облагаться погашаться проставляться указываться высылаться
  пересматриваться оцениваться обсуждаться соблюдаться нарушаться исключаться поручаться
  возлагаться освобождаться подготавливаться разрабатываться внедряться аннулироваться уточняться
  регулироваться закрепляться предписываться допускаться запрещаться разрешаться предъявляться
  храниться строиться обновляться ремонтироваться обслуживаться информироваться
  приглашаться исчисляться отображаться планироваться ожидаться упоминаться отмечаться
  изучаться анализироваться отслеживаться фиксироваться распределяться пересчитываться
  расторгаться согласовываться контролироваться организовываться продлеваться считаться
  излагаться предупреждаться заключаться поощряться
`;

/**
 * What police, prosecutors and courts report done to things and people, whose reflexive has no other reading
 * («обстоятельства выясняются», «автомобили похищаются», «нарушители привлекаются к ответственности»). Not
 * «задерживаться» ("stay late", «рейс задерживается») nor «раскрываться» ("open up").
 */
const ENFORCEMENT = `
  выясняться похищаться изыматься расследоваться пресекаться конфисковываться арестовываться
  штрафоваться наказываться привлекаться уничтожаться обвиняться подозреваться разыскиваться осуждаться
  допрашиваться госпитализироваться награждаться
`;

/** Goods and works moved, bought, made and paid for («товары ввозятся», «тарифы индексируются»). */
const GOODS_AND_WORKS = `
  вывозиться ввозиться перевозиться экспортироваться импортироваться приобретаться тестироваться
  индексироваться субсидироваться благоустраиваться асфальтироваться
`;

/**
 * Verbs whose present is a passive but whose past is as often something else: «направлялся» (was heading),
 * «определился» (made up his mind), «подписывался» (subscribed), «решался» (dared), «регистрировался»
 * (signed up himself), «выписывался» (was discharged), «удерживался от» (refrained), «рассчитывался» (paid
 * off), «формировался» (took shape), «списывались» (wrote to each other), «выпускался» (graduated),
 * «разъяснилось» (cleared up), «признавался» (confessed; the present too, which the rule leaves alone before
 * «в», «что» and after a dash or a person).
 */
const PRESENT_ONLY = `
  направляться определяться регистрироваться заполняться подписываться решаться выписываться
  организоваться реализоваться рассчитываться формироваться списываться удерживаться выпускаться
  разъясняться признаваться
`;

/**
 * «Оказываться», whose present is a passive only with a service or help for its subject («Услуга оказывается
 * акиматом»), else "turns out" («Оказывается, …», «оказался прав»): the rule flags it after such a subject only.
 */
const RENDERED = 'оказываться';

/**
 * «Образуется» is a passive of a body formed by someone («Комиссия образуется работодателем»), else it forms by
 * itself («образуется лёд», «образуется задолженность»): the rule flags it beside a body only. Its past is the
 * perfective «образовался», left out.
 */
const FORMED = 'образоваться';

/**
 * «Представляется» is a passive after its doer in the instrumental («заявителем представляется заявление»),
 * else "it seems" («мне представляется»): the rule flags it there only.
 */
const PRESENTED_BY = 'представляется';

/**
 * «Размещаться» is a passive of what is posted on a site or a board («Информация размещается на сайте»), else
 * "is located, stays" («Центр размещается в здании»): the rule flags it before such a place only.
 */
const POSTED = 'размещаться';

/** The present of «вестись» («ведётся», «ведутся»), which no rule above builds; its past is left out. */
const IRREGULAR = 'ведется ведутся';

/**
 * «Представляются» is a passive except before an instrumental («представляются хорошим решением»: "seem"); the
 * singular is mostly "it seems" («мне представляется») and the masculine past "introduced himself".
 */
const SEEM_TOO = 'представляются представлялись';

const list = (words: string) => words.trim().split(/\s+/u);

/**
 * The impersonal active that says a passive form plainly, in its tense: the third person plural («заявление
 * рассматривается» → «заявление рассматривают», «рассматривалось» → «рассматривали»).
 */
const IMPERSONAL = new Map<string, string>([
  ['ведется', 'ведут'],
  ['ведутся', 'ведут'],
]);

/**
 * The active third person singular of a passive form whose present stresses its ending, written with its «ё»,
 * which a text that writes «ё» keeps and the pack's spelling drops from one that does not (`spellingOf`):
 * «передаются» → «передаёт» (-давать, -знавать, -ставать drop their -ва-), «ведётся» → «ведёт».
 */
const STRESSED_SINGULAR = new Map<string, string>([
  ['ведется', 'ведёт'],
  ['ведутся', 'ведёт'],
]);

function build(): string[] {
  const forms = new Set<string>();
  const add = (verb: string, withPast: boolean) => {
    const { present, past } = paradigm(verb);
    const plural = (present[1] ?? '').replace(/ся$/u, '');
    const stressed = /(?:да|зна|ста)ва(?:ть|ти)ся$/u.test(verb) ? plural.replace(/ют$/u, 'ёт') : undefined;
    for (const form of present) {
      forms.add(form);
      IMPERSONAL.set(form, plural);
      if (stressed) STRESSED_SINGULAR.set(form, stressed);
    }
    if (!withPast) return;
    for (const form of past) {
      forms.add(form);
      IMPERSONAL.set(form, form.replace(/л(?:ся|ась|ось|ись)$/u, 'ли'));
    }
  };
  for (const verb of list(`${WHOLE_PARADIGM} ${ENFORCEMENT} ${GOODS_AND_WORKS} ${POSTED}`)) add(verb, true);
  for (const verb of list(`${PRESENT_ONLY} ${RENDERED} ${FORMED}`)) add(verb, false);
  for (const form of [...list(IRREGULAR), ...list(SEEM_TOO)]) forms.add(form);
  forms.add(PRESENTED_BY);
  IMPERSONAL.set(PRESENTED_BY, 'представляют');
  return [...forms];
}

/** Every word form of the reflexive passives the Russian pack flags. */
export const REFLEXIVE_PASSIVE_FORMS: readonly string[] = build();

/** A flagged reflexive passive form's impersonal active (`IMPERSONAL`); none for «представляются». */
export const impersonalOf = (form: string): string | undefined => IMPERSONAL.get(form);

/** A flagged reflexive passive's active singular where it is stressed «-ёт» (`STRESSED_SINGULAR`), else none. */
export const stressedSingularOf = (form: string): string | undefined => STRESSED_SINGULAR.get(form);
