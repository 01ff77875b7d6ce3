import type { RuleFixture } from '../../internal/rules/types.ts';

/** Every Kazakh rule on a text it must flag exactly so, and on a near-miss it must leave alone. */
export const fixtures: RuleFixture[] = [
  {
    // Through a portal one applies: «жүгінеді» → «өтініш береді»; through a representative it stays. «Тұлға»
    // after a word that makes it the law's person is «адам», in its case; a figure («беделді тұлғалар») and
    // an official («ресми тұлғалар») are not. A copula after «байланысты» goes, the adjective staying.
    rule: 'kk/officialese',
    text: 'Өтініш беруші www.egov.kz веб-порталы арқылы жүгінеді. Азаматтар өкілі арқылы жүгінеді. Кінәлі тұлғалар анықталды. Квотаға үміткер тұлғалардың тізімі дайын. Беделді тұлғалар келді. Ресми тұлғалар келді. Өзгеріс қажеттілікке байланысты болып табылады.',
    expected: [
      { text: 'жүгінеді', suggestion: 'өтініш береді' },
      { text: 'тұлғалар', suggestion: 'адамдар' },
      { text: 'тұлғалардың', suggestion: 'адамдардың' },
      { text: 'байланысты болып табылады', suggestion: 'байланысты' },
    ],
  },
  {
    // «Келесі» before the list it announces is «мына», also where the colon ends the line and the list follows;
    // «келесі жылдары» (in the coming years) is a time, and a heading («Келесі қадамдар») announces nothing.
    rule: 'kk/officialese',
    text: 'Өтініш беру үшін келесі құжаттар керек:\n1) өтініш;\n\nКелесі жылдары мына жобалар ашылады: мектеп.\n\nКелесі қадамдар',
    expected: [{ text: 'келесі', suggestion: 'мына' }],
  },
  {
    // A replaced noun phrase keeps its head's case («мүдделі тұлғалардың өтініші» → «қатысы бар адамдардың»).
    // «Жеке және заңды тұлғалар» is the law's pair of individuals and legal entities, a term: no finding.
    // Other adjectives sharing one noun get nothing to paste («лауазымды және жауапты тұлғалар»): a plain noun
    // for the second alone would leave the first without its noun. A noun phrase before the conjunction keeps
    // its own («кәсіпкерлер және …»).
    rule: 'kk/officialese',
    text: 'Тіркеу туыстардың немесе өзге де мүдделі тұлғалардың өтініші бойынша жүргізіледі. Бұл талап барлық жеке және заңды тұлғалар үшін міндетті. Заңды немесе жеке тұлғаға айыппұл салынады. Лауазымды және жауапты тұлғалар келді. Жеке кәсіпкерлер және заңды тұлғалар қатысады.',
    expected: [
      { text: 'мүдделі тұлғалардың', suggestion: 'қатысы бар адамдардың' },
      { text: 'жауапты тұлғалар', suggestion: null },
    ],
  },
  {
    // «Екінші деңгейдегі банктер» are banks; legal words with no one plain verb get nothing to paste; «фактісі»
    // after a verbal noun adds nothing, a fact of its own («Бұл фактісі») is left alone. A specialist doctor
    // («бейінді маман») and a title document («құқық белгілейтін құжат») are terms of art: no finding.
    rule: 'kk/officialese',
    text: 'Төлемді екінші деңгейдегі банктер арқылы жасауға болады. Екінші деңгейдегі банкке барыңыз. Көлікті иеліктен айыру мүмкін. Операцияларды тоқтата тұрамыз. Бейінді мамандарға жазылыңыз. Тіркеуді рәсімдеу үшін келіңіз. Үйге құқық белгілейтін құжат керек. Жылдамдықты асыру фактісі анықталды. Оның фактісі белгілі.',
    expected: [
      { text: 'екінші деңгейдегі банктер', suggestion: 'банктер' },
      { text: 'Екінші деңгейдегі банкке', suggestion: 'Банкке' },
      { text: 'иеліктен айыру', suggestion: null },
      { text: 'Тіркеуді рәсімдеу', suggestion: null },
      { text: 'фактісі', suggestion: null },
    ],
  },
  {
    // «Жоғарыда көрсетілгендер» (the above), a term counted from a date and priority kept by it hide no doer; a
    // sum counted from a date, papers kept, a finite «көрсетілді» do.
    rule: 'kk/passive',
    text: 'Жоғарыда көрсетілгендерді ескеріңіз. Қарау мерзімі өтініш берілген күннен бастап есептеледі. Кезектілік күні мен уақытына қарай сақталады. Өсімпұл 1 қаңтардан бастап есептеледі. Құжаттар бес жыл сақталады. Бұл жоғарыда көрсетілді.',
    expected: [
      { text: 'есептеледі', occurrence: 2 },
      { text: 'сақталады', occurrence: 2 },
      { text: 'көрсетілді' },
    ],
  },
  {
    // A status after its place, going on to the next attribute («…-да тіркелген және … ұйымдар»), and «aimed
    // at» («топтарға бағытталуы») hide no doer; a date («маусымда тіркелген») and a letter sent to an office do.
    rule: 'kk/passive',
    text: 'Конкурсқа Қазақстан Республикасында тіркелген және бір жыл жұмыс істейтін ұйымдар қатысады. Өтініш маусымда тіркелген және қаралған. Жобаның мақсатты топтарға бағытталуы маңызды. Хат министрлікке бағытталды.',
    expected: [{ text: 'тіркелген', occurrence: 2 }, { text: 'қаралған' }, { text: 'бағытталды' }],
  },
  {
    // A deadline set in a named paper is information: no finding; «заңнамада» (somewhere in legislation) and the
    // bare phrase are. «Жүгіну» is the ordinary verb for applying to someone: flagged only where «бару» fits.
    rule: 'kk/officialese',
    text: 'Грант алушы есептерді шартта белгіленген мерзімде ұсынады. Өтініштер заңнамада белгіленген мерзімде қаралады. Есепті белгіленген мерзімде ұсыныңыз. Шетелдік елшілігіне жүгінуі қажет. Азаматтар сотқа жүгінеді.',
    expected: [
      { text: 'белгіленген мерзімде', occurrence: 2, suggestion: null },
      { text: 'белгіленген мерзімде', occurrence: 3, suggestion: 'мерзімінде' },
      { text: 'жүгінеді', suggestion: 'барады' },
    ],
  },
  {
    // The seventeenth review's terms of art: the preventive register, a civil-law contract, a specialist
    // doctor, small business as a legal status, the reception of citizens on personal matters, a title
    // document, a forensic medical examination with its verb, suspending a registration: no finding inside.
    // After another adjective of a register «есепке қояды» has nothing to paste; bare, or outside the terms,
    // they keep theirs.
    rule: 'kk/officialese',
    text: 'Полиция оларды профилактикалық есепке қояды. Оны салықтық есепке қояды. Оларды есепке қояды. Жарналар азаматтық-құқықтық сипаттағы шарттар бойынша төленеді. Бейінді мамандардың кеңесі тегін. Шағын кәсіпкерлік субъектілері айыппұл төлейді. Кәсіпкерлік субъектілері айыппұл төлейді. Әкім азаматтарды жеке мәселелер бойынша наурызда қабылдайды. Жеке мәселелер бойынша қабылдау кестесі. Құқық белгілейтін құжат қажет. Сот-медициналық сараптама жүргізу үшін жолдама беріледі. Мұндай жағдайда тіркеу тоқтатыла тұрады. Сараптама жүргізу үшін жолдама беріледі. Бұл мәселелер бойынша хабарласыңыз.',
    expected: [
      { text: 'есепке қояды', occurrence: 2, suggestion: null },
      { text: 'есепке қояды', occurrence: 3, suggestion: 'тіркейді' },
      { text: 'Кәсіпкерлік субъектілері', suggestion: 'Кәсіпкерлер' },
      { text: 'Сараптама жүргізу', suggestion: 'Сараптама' },
      { text: 'мәселелер бойынша', occurrence: 3, suggestion: 'туралы' },
    ],
  },
  {
    // «Жоғары тұрған лауазымды адам» is one's superior, «жоғары лауазымды адам» a high-ranking one: only a body
    // above is «жоғары», and «жоғары тұрған орган» is the law's term, no finding. «Лауазымды адам» is the
    // official with authority, a term as «лауазымды тұлға» («органға (лауазымды адамға)», the Code's wording): no
    // «қызметкер». A passive infinitive («төленуге тиіс») has a thing for subject: no «өз еркімен». «Жеке тұлға» is
    // a legal status, a term; the vehicle tax is «көлік салығы».
    rule: 'kk/officialese',
    text: 'Шағым жоғары тұрған лауазымды адамға беріледі. Шағым жоғары тұрған сотқа беріледі. Шешімге жоғары тұрған органға шағым жасалады. Айыппұл отыз күн ішінде ерікті түрде төленуге тиіс. Азаматтар ерікті түрде көмектеседі. Жеке тұлғалардың мүлік салығы есептелді. Жеке тұлғалардың өтініштері қаралды. Көлік құралдары салығының сомасы белгілі. Шағым жоғары тұрған органға (лауазымды адамға) беріледі.',
    expected: [
      { text: 'жоғары тұрған', occurrence: 2, suggestion: 'жоғары' },
      { text: 'ерікті түрде', suggestion: null },
      { text: 'төленуге тиіс', suggestion: 'төленуі керек' },
      { text: 'ерікті түрде', occurrence: 2, suggestion: 'өз еркімен' },
      { text: 'Көлік құралдары салығының', suggestion: 'Көлік салығының' },
    ],
  },
  {
    // «X мәселесі бойынша» is «X туралы» only with what is said, asked or decided: a topic opening its clause
    // («as for attachment, patients …») would read «туралы пациенттер».
    rule: 'kk/officialese',
    text: 'Емханаға бекітілу мәселесі бойынша пациенттер медициналық ұйымды таңдай алады. Осы мәселе бойынша пациенттер емхананы таңдай алады. Зейнетақы мәселесі бойынша сұраңыз.',
    expected: [
      { text: 'мәселесі бойынша', suggestion: null },
      { text: 'мәселе бойынша', suggestion: null },
      { text: 'мәселесі бойынша', occurrence: 2, suggestion: 'туралы' },
    ],
  },
  {
    // A verbal noun carried out, in the accusative past a parenthesis, or as the subject with an ordinal after
    // it («төлеу екінші деңгейдегі банктер арқылы»): «көрсетуді жасайды», «төлеу жасалады» are no Kazakh.
    rule: 'kk/officialese',
    text: 'Емхана тұрғындарға медициналық көмек көрсетуді міндетті сақтандыру (МӘМС) жүйесінде жүзеге асырады. Айыппұлды төлеу екінші деңгейдегі банктер, «Kaspi.kz» қосымшасы немесе egov.kz порталы арқылы жүзеге асырылады. Төлем банктер немесе портал арқылы жүзеге асырылады.',
    expected: [
      { text: 'жүзеге асырады', suggestion: null },
      { text: 'екінші деңгейдегі банктер', suggestion: 'банктер' },
      { text: 'жүзеге асырылады', suggestion: null },
      { text: 'жүзеге асырылады', occurrence: 2, suggestion: 'жасалады' },
    ],
  },
  {
    // «-уды сұраймыз», «-уыңызды сұраймыз» is the polite imperative; after an addressee in the ablative
    // («Сізден») the request names whom it asks, plain already: no finding. «Кешірім сұраймыз» is no request to
    // the reader.
    rule: 'kk/officialese',
    text: 'Бізге хабарласуды сұраймыз. Ақау туралы 109 нөміріне хабарлауыңызды сұраймыз. Сізден уақытында келуді сұраймыз. Кешірім сұраймыз.',
    expected: [
      { text: 'хабарласуды сұраймыз', suggestion: 'хабарласыңыз' },
      { text: 'хабарлауыңызды сұраймыз', suggestion: 'хабарлаңыз' },
    ],
  },
  {
    // «Екендігін» is «екенін»; «келесі» before a plural and a list is «мына», before «жылы» it is "next";
    // «нақты уақыт режимінде» is «нақты уақытта»; «шараларды қабылдау» has nothing to paste.
    rule: 'kk/officialese',
    text: 'Құжаттарды тапсыру қажет екендігін хабарлаймыз. Келесі құжаттарды тапсырыңыз: паспорт, анықтама. Келесі жылы мектеп ашылады. Барысын нақты уақыт режимінде бақылай аласыз. Әкімдік шараларды қабылдауда.',
    expected: [
      { text: 'екендігін', suggestion: 'екенін' },
      { text: 'Келесі', suggestion: 'Мына' },
      { text: 'нақты уақыт режимінде', suggestion: 'нақты уақытта' },
      { text: 'шараларды қабылдауда', suggestion: null },
    ],
  },
  {
    // «Қол жеткізу» is the term for access: no finding; reached, a goal is «жету». «Өтініш берушінің» is the
    // plain word in a text that speaks to no reader (a news story); the next fixture has «Сізге».
    rule: 'kk/officialese',
    text: 'Министрлік деректерді заңсыз қол жеткізуден қорғайды. Деректерге қол жеткізу шектеулі. Олар мақсатына қол жеткізді. Хабарлама өтініш берушінің жеке кабинетіне жіберіледі.',
    expected: [{ text: 'қол жеткізді', suggestion: 'жетті' }],
  },
  {
    rule: 'kk/officialese',
    text: 'Сізге хабарлаймыз. Өтініш берушіге хабарлама келеді.',
    expected: [{ text: 'Өтініш берушіге', suggestion: 'Сізге' }],
  },
  {
    // Ordinary inflected words of 16 and 17 letters are no heavy words; 18 letters of stacked endings are.
    rule: 'kk/long-word',
    text: 'Пайдаланушылардың деректерін ұйымдастырушылық шаралармен қорғаймыз. Бұл хабарласуларыңызды жеңілдетеді.',
    expected: [{ text: 'хабарласуларыңызды' }],
  },
  {
    // A medical examination's Greek compound is long in its stem and has no shorter Kazakh word: no finding;
    // a stack of endings still is one.
    rule: 'kk/long-word',
    text: 'Науқасқа электрокардиография жасалды. Электрокардиографиядан өтіңіз. Бұл хабарласуларыңызды жеңілдетеді.',
    expected: [{ text: 'хабарласуларыңызды' }],
  },
  {
    // File types and sizes are read by their letters; a service's abbreviation is still spelled out.
    rule: 'kk/undefined-abbreviation',
    text: 'Құжатты JPG немесе DOCX форматында жүктеңіз. Файлдың көлемі 5 МБ-тан аспауы керек. ХҚКО жабық.',
    expected: [{ text: 'ХҚКО' }],
  },
  {
    // A short line whose doer is the system or a document: a failed or successful act, where a thing is marked,
    // a question heading. A line that only reports a sending, or says when a thing was written, stays a passive.
    rule: 'kk/passive',
    text: 'Міндетті жолдар жұлдызшамен (*) белгіленген. Енгізілген деректер сақталмады. Өтініш сәтті жіберілді! Деректер қалай қорғалады? Құжаттар министрлікке жіберілді. Есеп бүгін жазылған.',
    expected: [
      { text: 'жіберілді', occurrence: 2, suggestion: null },
      { text: 'жазылған', suggestion: null },
    ],
  },
  {
    // A passive's verbal noun in a case is a noun («орындалуына», «жұмыспен қамтылуын»: employment), and water
    // «берілу» is its supply; before «керек» it is the predicate. Aid «берілгеннен кейін» is given by someone, but
    // in a clause of time it only sets the scene: no finding; in the main clause it stays one.
    rule: 'kk/passive',
    text: 'Жастардың жұмыспен қамтылуын қамтамасыз ету керек. Тұжырымдаманың орындалуына назар аударамыз. Су қайта берілгеннен кейін суды қайнатыңыз. Құжаттар тапсырылуы керек. Көмек берілгеннен кейін хабарлаймыз. Көмек кеше берілді.',
    expected: [
      { text: 'тапсырылуы', suggestion: null },
      { text: 'берілді', suggestion: null },
    ],
  },
  {
    // «Жеке тұлға» (a foreigner with an ЖСН is one too) and «заңды тұлға» are legal statuses, terms: no finding.
    // «Бүгінгі таңда» of a state of things is «қазір».
    rule: 'kk/officialese',
    text: 'Бұл ЖСН бойынша жеке тұлға туралы мәліметтер табылмады. Бүгінгі таңда жастар саны өсті. Заңды тұлға тіркелді.',
    expected: [{ text: 'Бүгінгі таңда', suggestion: 'Қазір' }],
  },
  {
    // A verbal noun in the accusative right before «жүзеге асыр-» is the action: «жинауды орындайды» keeps the
    // calque, nothing to paste, even after «мақсатында», which is no plan carried out. A programme is.
    rule: 'kk/officialese',
    text: 'Министрлік қызмет көрсету мақсатында деректерді жинауды жүзеге асырады. Министрлік бағдарламаны 2025 жылы жүзеге асырады.',
    expected: [
      { text: 'мақсатында', suggestion: 'үшін' },
      { text: 'жүзеге асырады', suggestion: null },
      { text: 'жүзеге асырады', occurrence: 2, suggestion: 'орындайды' },
    ],
  },
  {
    // An activity carried on («қызметті жүзеге асыру»): «қызметті жасау» would be serving someone, and «жұмыс
    // істеу» leaves the object hanging. Nothing to paste. Staff («қызметкерлер») carrying out a plan keep theirs.
    rule: 'kk/officialese',
    text: 'Ұйым қызметті жүзеге асырады. Қызметкерлер жоспарды жүзеге асырады.',
    expected: [
      { text: 'жүзеге асырады', suggestion: null },
      { text: 'жүзеге асырады', occurrence: 2, suggestion: 'орындайды' },
    ],
  },
  {
    // A passive conditional (-ел-, after a short stem too: «өтел-») has no reader for its subject, even in a
    // text that speaks to the reader: «өтелмесеңіз» would be "if you are not repaid". An active verb keeps it.
    rule: 'kk/officialese',
    text: 'Берешек өтелмеген жағдайда, Сізге хабарлаймыз. Құжатты жоғалтқан жағдайда, Сізге көмектесеміз.',
    expected: [
      { text: 'өтелмеген жағдайда', suggestion: 'өтелмесе' },
      { text: 'жоғалтқан жағдайда', suggestion: 'жоғалтсаңыз' },
    ],
  },
  {
    // A verbal noun with its possessive is the passive's subject too («судың тасымалдануы … жүзеге асырылатын
    // болады»): «тасымалдануы жасалатын» is a calque, nothing to paste. A stage of a project is carried out.
    rule: 'kk/officialese',
    text: 'Ауыз судың тасымалдануы арнайы көліктер арқылы жүзеге асырылатын болады. Жобаның екінші кезеңі көктемде жүзеге асырылды.',
    expected: [
      { text: 'жүзеге асырылатын', suggestion: null },
      { text: 'жүзеге асырылды', suggestion: 'орындалды' },
    ],
  },
  {
    // A text that speaks to its reader («Сізге») has the reader's conditional first where no subject is named;
    // a named subject keeps its own.
    rule: 'kk/officialese',
    text: 'Сізге хабарлаймыз. Мерзімінде жүгінбеген жағдайда құжаттар мұрағатқа тапсырылады. Өтініш беруші келмеген жағдайда өтініш қайтарылады.',
    expected: [
      { text: 'жүгінбеген жағдайда', suggestion: 'жүгінбесеңіз' },
      { text: 'келмеген жағдайда', suggestion: 'келмесе' },
    ],
  },
  {
    // The doer of a passive in the instrumental is a calque: flagged, nothing to paste. A body one agrees with is
    // a partner, and a passive with no doer is the passive rule's.
    rule: 'kk/instrumental-agent',
    text: 'Шешім жұмыспен қамту орталығымен қабылданады. Өтінімдерді қарау конкурстық комиссиямен он жұмыс күні ішінде жүзеге асырылады. Жоба министрлікпен келісілді. Шешім кеше қабылданды.',
    expected: [
      { text: 'орталығымен қабылданады', suggestion: null },
      { text: 'комиссиямен он жұмыс күні ішінде жүзеге асырылады', suggestion: null },
    ],
  },
  {
    // With a body, not by it: a partner one agrees with, a clash with a committee.
    rule: 'kk/instrumental-agent',
    text: 'Жоба министрлікпен келісілді. Сот комитетімен текетіреске келмеу үшін кездесу кейінге қалдырылды.',
    expected: [],
  },
  {
    // Bodies named in the plural («органдарымен») are doers as one body is, also before «жүзеге асырылады», whose
    // «жүзеге» is the verb's, no dative the instrumental goes with. Cooperation with bodies has them as partners.
    rule: 'kk/instrumental-agent',
    text: 'Ұйымды тіркеу әділет органдарымен жүзеге асырылады. Бағдарлама әкімдікпен іске асырылады. Құқық қорғау органдарымен ынтымақтастық жасалады.',
    expected: [{ text: 'органдарымен жүзеге асырылады' }, { text: 'әкімдікпен іске асырылады' }],
  },
  {
    // «Сот тәртібімен» (in judicial procedure) is «сот арқылы»; «қол қойылған түрде» (in signed form) wants the
    // verb in the clause's person: nothing to paste. A court session's order is a noun of its own.
    rule: 'kk/officialese',
    text: 'Шешімге сот тәртібімен шағым жасауға болады. Өтінім қолтаңбамен қол қойылған түрде беріледі. Сот отырысының тәртібі белгіленді.',
    expected: [
      { text: 'сот тәртібімен', suggestion: 'сот арқылы' },
      { text: 'қол қойылған түрде', suggestion: null },
    ],
  },
  {
    // «Заңсыз болып табылады» is «заңсыз»; coordinated subjects share the verb («құрамы немесе табысы өзгерген
    // жағдайда» → «өзгерсе», a thing's change, never the reader's); «проблемалық мәселелер» says it twice;
    // «мүмкіндігіне ие болды» has no one plain form. A noun before «болып табылады» keeps nothing to paste.
    rule: 'kk/officialese',
    text: 'Тексеру заңсыз болып табылады. Бұл біздің міндетіміз болып табылады. Отбасы құрамы немесе табысы өзгерген жағдайда хабарлаңыз. Оқулық жоғалған немесе бүлінген жағдайда хабарлаңыз. Проблемалық мәселелерді шештік. Тұрғындар көмек алу мүмкіндігіне ие болды.',
    expected: [
      { text: 'заңсыз болып табылады', suggestion: 'заңсыз' },
      { text: 'болып табылады', occurrence: 2, suggestion: null },
      { text: 'өзгерген жағдайда', suggestion: 'өзгерсе' },
      { text: 'бүлінген жағдайда', suggestion: null },
      { text: 'Проблемалық мәселелерді', suggestion: 'Мәселелерді' },
      { text: 'мүмкіндігіне ие болды', suggestion: null },
    ],
  },
  {
    // A hyphenated compound is measured part by part: ordinary words joined are no long word. A long part is.
    rule: 'kk/long-word',
    text: 'Материалдық-техникалық база мен 2 магниттік-резонанстық томограф алынды. Құжат-эвакуацияланғандарға жетті.',
    expected: [{ text: 'Құжат-эвакуацияланғандарға' }],
  },
  {
    // A legal form after a name («…» КЕАҚ, ММ, РМК) is never spelled out; a service's abbreviation is.
    rule: 'kk/undefined-abbreviation',
    text: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ, «Білім» РМК және «Жол» ММ келісті. ХҚКО жабық.',
    expected: [{ text: 'ХҚКО' }],
  },
  {
    // A possessed verbal noun before «мүмкін», «керек», «тиіс» is the predicate, not a noun of the chain; the
    // same verbal noun before a postposition still is one.
    rule: 'kk/nominal-chain',
    text: 'Анықтаманы медициналық ұйымның әкімшілігі беруі мүмкін. Анықтаманы медициналық ұйымның әкімшілігі беруі арқылы аламыз.',
    expected: [{ text: 'медициналық ұйымның әкімшілігі беруі', occurrence: 2 }],
  },
  {
    // «Денсаулық сақтау» (healthcare) and «білім беру» (education) are one term each: «денсаулық сақтау жүйесін
    // дамыту» stacks three. Four still are a chain, the term whole.
    rule: 'kk/nominal-chain',
    text: 'Басқарма денсаулық сақтау жүйесін дамыту жөніндегі бағдарламаны бекітті. Басқарма білім беру сапасын арттыру жоспарын бекітті.',
    expected: [{ text: 'білім беру сапасын арттыру жоспарын' }],
  },
  {
    // Sent «automatically»: a system is the doer, no one to name. Sent by someone still is a passive.
    rule: 'kk/passive',
    text: 'Бұл хабарлама автоматты түрде жіберілді. Хабарлама кеше жіберілді.',
    expected: [{ text: 'жіберілді', occurrence: 2 }],
  },
  {
    // Before a verb of going the address names the office that serves it: no «мекенжайда». «Ерікті түрде»
    // before a passive has a thing for subject, which has no will of its own: no «өз еркімен». «Күнтізбелік
    // күн» is a term of contracts (calendar, not working days). A number names the phone: the possessive stays.
    // «Шешім қабылданған» before a noun is no solving. «Бірнеше» takes a singular: before a plural, «кейбір».
    // Near cases keep their pastes.
    rule: 'kk/officialese',
    text: 'Тіркелген мекенжай бойынша ХҚКО-ға жүгіну қажет. Құжатты тіркелген мекенжай бойынша тексереміз. Заңсыз алынған сомалар ерікті түрде немесе сот тәртібімен қайтарылады. Азаматтар ерікті түрде қатысады. Мерзім 60 күнтізбелік күн. Ақпаратты 55-44-33 телефоны бойынша алыңыз. Ақпаратты телефон бойынша алыңыз. Шағым шешім қабылданған күннен бастап беріледі. Комиссия шешім қабылдады. Бірқатар іс-шаралар өткізілмеді. Бірқатар жұмыс атқардық. Ол тұрғылықты жерін өзгертті. Мерзімінде жүгінбеген жағдайда, Сіз айыппұл төлейсіз.',
    expected: [
      { text: 'мекенжай бойынша', suggestion: null },
      { text: 'жүгіну', suggestion: 'бару' },
      { text: 'мекенжай бойынша', occurrence: 2, suggestion: 'мекенжайда' },
      { text: 'ерікті түрде', suggestion: null },
      { text: 'сот тәртібімен', suggestion: 'сот арқылы' },
      { text: 'ерікті түрде', occurrence: 2, suggestion: 'өз еркімен' },
      { text: 'телефоны бойынша', suggestion: 'телефоны арқылы' },
      { text: 'телефон бойынша', suggestion: 'телефонмен' },
      { text: 'шешім қабылданған', suggestion: null },
      { text: 'шешім қабылдады', suggestion: 'шешті' },
      { text: 'Бірқатар', suggestion: 'Кейбір' },
      { text: 'өткізілмеді', suggestion: 'өтпеді' },
      { text: 'Бірқатар', occurrence: 2, suggestion: 'Бірнеше' },
      { text: 'жұмыс атқардық', suggestion: 'жұмыс істедік' },
      { text: 'тұрғылықты жерін', suggestion: 'тұратын жерін' },
      { text: 'жүгінбеген жағдайда', suggestion: 'жүгінбесеңіз' },
    ],
  },
  {
    // Bid security («өтінімді қамтамасыз ету») is a noun of tenders, paid in money: no finding. The bare verbal
    // noun with no object has no «беру» to paste; with its object it keeps the paste.
    rule: 'kk/officialese',
    text: 'Өтінімге өтінімді қамтамасыз етудің сомасы енгізілгенін растайтын құжат тіркеледі. Қамтамасыз ету кепілдік жарна нысанында енгізіледі. Қамтамасыз ету маңызды. Мекеме қызметті қамтамасыз етеді.',
    expected: [
      { text: 'Қамтамасыз ету', occurrence: 2, suggestion: null },
      { text: 'қамтамасыз етеді', suggestion: 'береді' },
    ],
  },
  {
    // A doubled noun may be the subject and the next clause's word: flagged, nothing to paste. Adjectives and
    // adverbs are offered their reduplication.
    rule: 'kk/repeated-word',
    text: 'Шағым шағым жасалатын әрекет жасалған күннен бастап беріледі. Ол жай жай жүрді.',
    expected: [
      { text: 'Шағым шағым', suggestion: null },
      { text: 'жай жай', suggestion: 'жай-жай' },
    ],
  },
  {
    // «При этом» has no one plain word; «на основании вышеизложенного» is «сондықтан»; «биылғы жылы» says the
    // year twice; the reader's «-уыңызға болады» is «-а аласыз»; «-а отырып» is the converb in -ып. «Биылғы»
    // before another noun and plain «қоса беріңіз» stay.
    rule: 'kk/officialese',
    text: 'Бұл ретте құжаттар толық болуы керек. Жоғарыда баяндалғанның негізінде, Басқарма бас тартты. Биылғы жылы жол жөнделеді. Биылғы жоспар орындалды. Сұрақтар бойынша 1414 орталығына хабарласуыңызға болады. Құжаттарды қоса бере отырып, өтініш беріңіз. Құжаттарды қоса беріңіз.',
    expected: [
      { text: 'Бұл ретте', suggestion: null },
      { text: 'Жоғарыда баяндалғанның негізінде', suggestion: 'Сондықтан' },
      { text: 'Биылғы жылы', suggestion: 'Биыл' },
      { text: 'хабарласуыңызға болады', suggestion: 'хабарласа аласыз' },
      { text: 'қоса бере отырып', suggestion: 'қоса беріп' },
    ],
  },
  {
    // An office's name ends in its body, here in a case after the run («…шаруашылығы басқармасында»); «алдын
    // алу» (prevent) is one verb with its object. A chain of actions still is one.
    rule: 'kk/nominal-chain',
    text: 'Өтінішіңіз Алматы облысы әкімдігінің тұрғын үй-коммуналдық шаруашылығы басқармасында қаралды. Облыс әкімі жол-көлік оқиғаларының алдын алу мақсатында камераларды орнатуды тапсырды. Кеңесте мемлекеттік қызметтер көрсету сапасын арттыру мәселелері бойынша баяндама тыңдалды.',
    expected: [{ text: 'мемлекеттік қызметтер көрсету сапасын арттыру мәселелері' }],
  },
  {
    // A quoted title before the decision or the body that adopts it is the title's own wording; the same words
    // outside quotes are flagged.
    rule: 'kk/officialese',
    text: 'Әкімдік «Астана қаласының аумағын абаттандыру қағидаларына өзгерістер енгізу туралы» Астана қаласы мәслихаты шешімінің жобасын жариялайды. Мәслихат қағидаларына өзгерістер енгізді.',
    expected: [{ text: 'қағидаларына өзгерістер енгізді', suggestion: 'қағидаларын өзгертті' }],
  },
  {
    // The enacting formula of an order or a decision is written in capitals by law: no shouting. Other
    // capitals still are.
    rule: 'kk/all-caps',
    text: 'Заңның 5-бабына сәйкес БҰЙЫРАМЫН: Облыс әкімдігі ҚАУЛЫ ЕТЕДІ: Мәслихат ШЕШІМ ҚАБЫЛДАДЫ: БҰЛ ӨТЕ МАҢЫЗДЫ ЕРЕЖЕ!',
    expected: [{ text: 'БҰЛ ӨТЕ МАҢЫЗДЫ ЕРЕЖЕ' }],
  },
  {
    // Closing a title line the formula is the act's title; inside a sentence it is shouting.
    rule: 'kk/all-caps',
    text: 'Астана қаласы әкімдігінің ҚАУЛЫСЫ\n\nБұл ШЕШІМ қол қойылған күннен бастап қолданысқа енгізіледі.',
    expected: [{ text: 'ШЕШІМ' }],
  },
  {
    // The active converb wants an accusative object: after the passive's subject («табысы») nothing to paste.
    // A verbal noun the passive's subject, however far back («кезекке қою … жүзеге асырылады»): «қою жасалады»
    // is a calque, nothing to paste; a plain noun keeps «жасалады».
    rule: 'kk/officialese',
    text: 'Кезекке қою өтініш берушінің және оның отбасы мүшелерінің табысы ескеріле отырып жүзеге асырылады. Отбасының табысын ескеріле отырып шешім шығарылады. Жұмыс жүзеге асырылады.',
    expected: [
      { text: 'ескеріле отырып', suggestion: null },
      { text: 'жүзеге асырылады', suggestion: null },
      { text: 'ескеріле отырып', occurrence: 2, suggestion: 'ескеріп' },
      { text: 'жүзеге асырылады', occurrence: 2, suggestion: 'жасалады' },
    ],
  },
  {
    // A predicate coordinated after the passive shares its subject: the doer made subject of both would be
    // «тіркеледі» (registered) itself. Alone, the passive is said in the active.
    rule: 'kk/passive',
    text: 'Оқулықтарды қабылдау кітапханашы тарапынан жүргізіледі және журналда тіркеледі. Өтініш комиссия тарапынан қаралады, тіркеледі. Өтініш комиссия тарапынан қаралады.',
    expected: [
      { text: 'жүргізіледі', suggestion: null },
      { text: 'тіркеледі', suggestion: null },
      { text: 'қаралады', suggestion: null },
      { text: 'Өтініш комиссия тарапынан қаралады', occurrence: 2, suggestion: 'Комиссия өтінішті қарайды' },
    ],
  },
  {
    // Posting beside the act's official publication is no «жариялау»; «жетекшілік ететін вице-министр» is the
    // official's portfolio; «тиісті» is «керекті» before papers only. Near cases keep their pastes.
    rule: 'kk/officialese',
    text: 'Бұйрықты ресми жарияланғаннан кейін министрліктің сайтында орналастыру керек. Хабарландыру сайтта орналастырылады. Бақылау жетекшілік ететін вице-министрге жүктелсін. Ол білім саласына жетекшілік етеді. Өтініш тиісті журналда тіркеледі. Тиісті құжаттарды әкеліңіз.',
    expected: [
      { text: 'орналастыру', suggestion: null },
      { text: 'орналастырылады', suggestion: 'жарияланады' },
      { text: 'жетекшілік ететін', suggestion: null },
      { text: 'саласына жетекшілік етеді', suggestion: 'саласын басқарады' },
      { text: 'тиісті', suggestion: null },
      { text: 'Тиісті', suggestion: 'Керекті' },
    ],
  },
  {
    // The main clause speaks to the reader («Сіз … құқылысыз»): the conditional in -саңыз first; with another
    // subject, the plain conditional.
    rule: 'kk/officialese',
    text: 'Шешіммен келіспеген жағдайда, Сіз сотқа шағым жасауға құқылысыз. Өтініш беруші келіспеген жағдайда, сотқа жүгінеді.',
    expected: [
      { text: 'келіспеген жағдайда', suggestion: 'келіспесеңіз' },
      { text: 'жасауға құқылысыз', suggestion: 'жасай аласыз' },
      { text: 'келіспеген жағдайда', occurrence: 2, suggestion: 'келіспесе' },
      { text: 'жүгінеді', suggestion: 'барады' },
    ],
  },
  {
    // An address one sends to wants the dative: no «мекенжайда» before a verb of sending; plural works are
    // particular works, and «заң бойынша» loses the procedure: nothing to paste.
    rule: 'kk/officialese',
    text: 'Өтінішті Абай көшесі, 11 мекенжайы бойынша жіберіңіз. Біз Абай көшесі, 11 мекенжайы бойынша орналасқанбыз. Бұл жұмыстарды жүргізуге қаржы бөлінді. Біз жұмыс жүргіземіз. Заңнамада белгіленген тәртіппен қаралады.',
    expected: [
      { text: 'мекенжайы бойынша', suggestion: null },
      { text: 'мекенжайы бойынша', occurrence: 2, suggestion: 'мекенжайында' },
      { text: 'жұмыстарды жүргізуге', suggestion: null },
      { text: 'жұмыс жүргіземіз', suggestion: 'жұмыс істейміз' },
      { text: 'Заңнамада белгіленген тәртіппен', suggestion: null },
    ],
  },
  {
    // «Шешім қабылдау процесі» is decision-making: no «шешу» (solving) to paste; «алдағы уақытта» is "going
    // forward": «болашақта» first.
    rule: 'kk/officialese',
    text: 'Пікірлеріңіз шешім қабылдау процесінде ескеріледі. Алдағы уақытта жоспар орындалады. Комиссия шешім қабылдады.',
    expected: [
      { text: 'шешім қабылдау', suggestion: null },
      { text: 'Алдағы уақытта', suggestion: 'Болашақта' },
      { text: 'шешім қабылдады', suggestion: 'шешті' },
    ],
  },
  {
    // Coordinated participles before «жағдайда»: the conditional of the last alone would leave the others
    // hanging, so nothing to paste; alone, the participle gets its conditional. Any identity document is not
    // only the ID card: a term, no finding.
    rule: 'kk/officialese',
    text: 'Оқулық жоғалған немесе бүлінген жағдайда кітапханаға хабарлаңыз. Құжатты жоғалтқан жағдайда, хабарласыңыз. Жеке басын куәландыратын құжат керек. Қажетті құжаттар: жеке басты куәландыратын құжат; анықтама.',
    expected: [
      { text: 'бүлінген жағдайда', suggestion: null },
      { text: 'жоғалтқан жағдайда', suggestion: 'жоғалтсаңыз' },
    ],
  },
  {
    // A particle written apart takes the vowel of the word pasted before it: «атап өтті де» → «айтты да».
    rule: 'kk/officialese',
    text: 'Ол кездесуді атап өтті де, кетті.',
    expected: [{ text: 'атап өтті де', suggestion: 'айтты да' }],
  },
  {
    // «-у мүмкіндігі жоқ» ending its clause is «-у мүмкін емес» (the verbal noun unchanged); before a noun it
    // describes («… мүмкіндігі жоқ Боливия»), nothing to paste.
    rule: 'kk/officialese',
    text: 'Бізде тексеру мүмкіндігі жоқ. Теңізге шығу мүмкіндігі жоқ Боливия келісті.',
    expected: [
      { text: 'тексеру мүмкіндігі жоқ', suggestion: 'тексеру мүмкін емес' },
      { text: 'шығу мүмкіндігі жоқ', suggestion: null },
    ],
  },
  {
    // A phrase that takes what it acts on in the dative, replaced by a plain verb that takes the accusative:
    // the dative right before it is carried into the accusative with it («бойкотына басшылық етті» →
    // «бойкотын басқарды», «енгізуге шешім қабылдады» → «енгізуді шешті»); with none, or a dative a postposition
    // takes, the plain verb alone.
    rule: 'kk/officialese',
    text: 'Ол наразылық бойкотына басшылық етті. Ол он жыл басшылық етті. Үкімет салық саясатына өзгерістер енгізді. Комиссия өзгерістер енгізді. Министр келісімнің маңызды екеніне баса назар аударды. Университет жаңа курсты енгізуге шешім қабылдады. Заңға сәйкес комиссия шешім қабылдады.',
    expected: [
      { text: 'бойкотына басшылық етті', suggestion: 'бойкотын басқарды' },
      { text: 'басшылық етті', occurrence: 2, suggestion: 'басқарды' },
      { text: 'саясатына өзгерістер енгізді', suggestion: 'саясатын өзгертті' },
      { text: 'өзгерістер енгізді', occurrence: 2, suggestion: 'өзгертті' },
      { text: 'екеніне баса назар аударды', suggestion: 'екенін атап айтты' },
      { text: 'енгізуге шешім қабылдады', suggestion: 'енгізуді шешті' },
      { text: 'Заңға сәйкес', suggestion: 'Заң бойынша' },
      { text: 'шешім қабылдады', occurrence: 2, suggestion: 'шешті' },
    ],
  },
  {
    // «баса назар аудару» is «атап айту» only after a clause made a noun («екеніне»); a thing one pays attention
    // to is not mentioned. «шешім қабылдау» carries no noun in -у that is no verbal noun («сайлауға»), nor
    // «шешуге» («шешуді шешті»). In a situation («жағдайда») «әрекет ету» is to act, not to work.
    rule: 'kk/officialese',
    text: 'Ата-аналар балалардың қауіпсіздігіне баса назар аударуы керек. Партия сайлауға шешім қабылдады. Үкімет мәселені шешуге шешім қабылдады. Төтенше жағдайда әрекет ету тәртібі бекітілді. Қазақстанда әрекет ететін компаниялар көп.',
    expected: [
      { text: 'баса назар аударуы', suggestion: null },
      { text: 'сайлауға шешім қабылдады', suggestion: null },
      { text: 'шешуге шешім қабылдады', suggestion: null },
      { text: 'әрекет ету', suggestion: null },
      { text: 'әрекет ететін', suggestion: 'жұмыс істейтін' },
    ],
  },
  {
    // The noun is carried only from right before the phrase, in the active: a dative farther back may be the
    // target, with another word between nothing tells; in the passive the noun is the subject («Заң
    // өзгертілді»); a noun in -у's dative before «шешім» that is no verbal noun's is no object to decide on.
    rule: 'kk/officialese',
    text: 'Ол балаларға тәрбиеге баса назар аударды. Ол тәрбиеге ерекше баса назар аударды. Заңға өзгерістер енгізілді. Олар мектепке шешім қабылдады.',
    expected: [
      { text: 'баса назар аударды', suggestion: null },
      { text: 'баса назар аударды', occurrence: 2, suggestion: null },
      { text: 'өзгерістер енгізілді', suggestion: null },
      { text: 'шешім қабылдады', suggestion: null },
    ],
  },
  {
    // «Басшылыққа алу», «негізге алу» take an accusative, «сүйену» a dative: after one, nothing to paste.
    rule: 'kk/officialese',
    text: 'Біз Конституцияны басшылыққа аламыз. Біз бәрін де басшылыққа аламыз. Біз де басшылыққа аламыз.',
    expected: [
      { text: 'басшылыққа аламыз', suggestion: null },
      { text: 'басшылыққа аламыз', occurrence: 2, suggestion: null },
      { text: 'басшылыққа аламыз', occurrence: 3, suggestion: 'сүйенеміз' },
    ],
  },
  {
    // The modal «болмайды», «болады» takes a verbal noun in the dative or none: «Мұндай әрекеттерге болмайды»
    // says nothing, and a participle («кіруге рұқсат етілмейтін қайыршы») names who is not allowed.
    rule: 'kk/officialese',
    text: 'Сабаққа кешігуге жол берілмейді. Мұндай әрекеттерге жол берілмейді. Пікір айырмашылықтарына жол берілмейтіндігі белгілі. Кешігуге жол берілмейтіндігі белгілі. Үйге кіруге рұқсат етілмейтін қайыршы келді. Ғимаратқа кіруге рұқсат етілмейді. Қаруға тыйым салынады.',
    expected: [
      { text: 'жол берілмейді', suggestion: 'болмайды' },
      { text: 'жол берілмейді', occurrence: 2, suggestion: null },
      { text: 'жол берілмейтіндігі', suggestion: null },
      { text: 'жол берілмейтіндігі', occurrence: 2, suggestion: 'болмайтыны' },
      { text: 'рұқсат етілмейтін', suggestion: null },
      { text: 'рұқсат етілмейді', suggestion: 'болмайды' },
      { text: 'тыйым салынады', suggestion: null },
    ],
  },
  {
    // «мүмкіндігі бар» owned by a genitive («Штаттардың … мүмкіндігі бар»: they can) is no «мүмкін» (it may be);
    // «міндетті» is no adverb, so «міндетті түрде» gets nothing to paste.
    rule: 'kk/officialese',
    text: 'Штаттардың мұны тексеру мүмкіндігі бар. Бізде мұны тексеру мүмкіндігі бар. Келіссөздер белсенді әрі міндетті түрде жалғасуы керек.',
    expected: [
      { text: 'тексеру мүмкіндігі бар', suggestion: null },
      { text: 'тексеру мүмкіндігі бар', occurrence: 2, suggestion: 'тексеру мүмкін' },
      { text: 'міндетті түрде', suggestion: null },
    ],
  },
  {
    // A subject in the nominative can do what the verbal noun names: «ала алады», «тексере алмайды», where
    // «алу мүмкін» would leave it with no verb. A bare word farther back may be a subject too («Жүйе»), and
    // the reader's «-сыз» is not built: nothing to paste there.
    rule: 'kk/officialese',
    text: 'Азаматтар құжатты онлайн алу мүмкіндігі бар. Комиссия жобаны тексеру мүмкіндігі жоқ. Жүйе деректерді сақтау мүмкіндігі бар. Сіз құжатты алу мүмкіндігі бар. Құжатты онлайн алу мүмкіндігі бар.',
    expected: [
      { text: 'алу мүмкіндігі бар', suggestion: 'ала алады' },
      { text: 'тексеру мүмкіндігі жоқ', suggestion: 'тексере алмайды' },
      { text: 'сақтау мүмкіндігі бар', suggestion: null },
      { text: 'алу мүмкіндігі бар', occurrence: 2, suggestion: null },
      { text: 'алу мүмкіндігі бар', occurrence: 3, suggestion: 'алу мүмкін' },
    ],
  },
  {
    // A replacement that fits one sense of the word only, offered where the context shows that sense:
    // «жекелеген» before a plural («кейбір аудандар»), not a singles match; «қол жеткізу» → «жету» with a goal,
    // not a thing obtained («билетке»); «жүгіну» → «бару» to an office, not flagged to witnesses; «әрекет ету» →
    // «тырысу» after a verbal noun, «күшінде болу» with a law, and after «қалай» it is how people act, plain;
    // «тиісті» as "deserved" or "ought" and the
    // passive of «қолданысқа енгізу» get nothing to paste.
    rule: 'kk/officialese',
    text: 'Жекелеген аудандарда жаңбыр жауады. Ол жекелеген ойында жеңді. Олар мақсатына қол жеткізді. Олар тегін билетке қол жеткізді. Азаматтар сотқа жүгінді. Полиция куәгерлерге жүгінді. Ол есікті ашуға әрекет етті. Бұл заң биылдан бері әрекет етеді. Ол үзіліс кезінде әрекет етті. Алаяқтар қалай әрекет етеді? Ол тиісті жазасын алады. Фрегат қолданысқа енгізілді.',
    expected: [
      { text: 'Жекелеген', suggestion: 'Кейбір' },
      { text: 'жекелеген', suggestion: null },
      { text: 'қол жеткізді', suggestion: 'жетті' },
      { text: 'қол жеткізді', occurrence: 2, suggestion: null },
      { text: 'жүгінді', suggestion: 'барды' },
      { text: 'әрекет етті', suggestion: 'тырысты' },
      { text: 'әрекет етеді', suggestion: 'күшінде болады' },
      { text: 'әрекет етті', occurrence: 2, suggestion: null },
      { text: 'тиісті', suggestion: null },
      { text: 'қолданысқа енгізілді', suggestion: null },
    ],
  },
  {
    // «өз мақсатында» would need «өзі үшін» («өз үшін» is not Kazakh), and «деп қарастырылған» (regarded as) is
    // no «бар»: nothing to paste; «қауіпсіздік мақсатында», «заңда қарастырылған» keep theirs.
    rule: 'kk/officialese',
    text: 'Олар айыптауды өз мақсатында пайдаланды. Қауіпсіздік мақсатында жол жабылды. Ол келеді деп қарастырылған жоспар орындалмады. Заңда қарастырылған жеңілдік берілді.',
    expected: [
      { text: 'мақсатында', suggestion: null },
      { text: 'мақсатында', occurrence: 2, suggestion: 'үшін' },
      { text: 'қарастырылған', suggestion: null },
      { text: 'қарастырылған', occurrence: 2, suggestion: 'бар' },
    ],
  },
  {
    // A noun folded into the plain verb takes no adjective before it: «бұлжымас шешкен» would leave the
    // adjective on the verb, so nothing to paste; without one, the plain verb.
    rule: 'kk/officialese',
    text: 'Ол бұлжымас шешім қабылдады. Ол шешім қабылдады.',
    expected: [
      { text: 'шешім қабылдады', suggestion: null },
      { text: 'шешім қабылдады', occurrence: 2, suggestion: 'шешті' },
    ],
  },
  {
    // An adjective that is no adverb stays stranded too: one in -ды before a noun that takes no accusative
    // («бірауызды»), one after «ең» («ең дұрыс»), a determiner or a numeral before a bare verb («бірнеше
    // өзгертті»). An adjective of manner is an adverb too («батыл шешті»), and a determiner stays with a
    // replacement's noun («барлық мүмкіндік бердік»).
    rule: 'kk/officialese',
    text: 'Олар бірауызды шешім қабылдады. Ол ең дұрыс шешім қабылдады. Комиссия бірнеше өзгеріс енгізді. Әкім батыл шешім қабылдады. Біз барлық жағдай жасадық.',
    expected: [
      { text: 'шешім қабылдады', suggestion: null },
      { text: 'шешім қабылдады', occurrence: 2, suggestion: null },
      { text: 'өзгеріс енгізді', suggestion: null },
      { text: 'шешім қабылдады', occurrence: 3, suggestion: 'шешті' },
      { text: 'жағдай жасадық', suggestion: 'мүмкіндік бердік' },
    ],
  },
  {
    // A replacement the words around it would not take: «ықпал ету» is «көмектесу» only before a verbal noun
    // (otherwise "influence": «әсер ету»); «аты аталған» is "named"; «бойынша», «туралы» take no genitive before
    // them; «ал» would open a clause that «өз кезегінде» does not.
    rule: 'kk/officialese',
    text: 'Бұл дамуға ықпал етеді. Шешім нәтижеге ықпал етті. Аты аталған адам келді. Босқындардың мәселесі бойынша кеңес өтті. Мәскеу өз кезегінде жауап берді.',
    expected: [
      { text: 'ықпал етеді', suggestion: 'көмектеседі' },
      { text: 'ықпал етті', suggestion: 'әсер етті' },
      { text: 'мәселесі бойынша', suggestion: null },
      { text: 'өз кезегінде', suggestion: null },
    ],
  },
  {
    // An action noun fronted in the accusative, its subject between it and the light verb: the subject stays
    // before the plain verb in the light verb's form.
    rule: 'kk/officialese',
    text: 'Тексеруді комиссия жүргізеді. Төлемді ата-ана жасайды. Бақылауды облыс әкімдігі жүзеге асырады. Құжаттарды тексеруді комиссия жүргізген соң, шешім шығады.',
    expected: [
      { text: 'Тексеруді комиссия жүргізеді', suggestion: 'Комиссия тексереді' },
      { text: 'Төлемді ата-ана жасайды', suggestion: 'Ата-ана төлейді' },
      { text: 'Бақылауды облыс әкімдігі жүзеге асырады', suggestion: 'Облыс әкімдігі бақылайды' },
      { text: 'тексеруді комиссия жүргізген', suggestion: 'комиссия тексерген' },
    ],
  },
  {
    // An object of several words before the fronted action noun, its head in the possessive's accusative,
    // stays before the subject and the plain verb; an adjective in -ын («Жасырын») leaves nothing to paste.
    rule: 'kk/officialese',
    text: 'Құжаттардың толық топтамасын тексеруді комиссия жүргізеді. Өнімнің сапасын тексеруді зертхана жүргізді. Жасырын тексеруді комиссия жүргізеді.',
    expected: [
      { text: 'тексеруді комиссия жүргізеді', suggestion: 'комиссия тексереді' },
      { text: 'тексеруді зертхана жүргізді', suggestion: 'зертхана тексерді' },
      { text: 'тексеруді комиссия жүргізеді', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A verbal noun in the clause is the action «жүзеге асыру» carries out: «қарауды жасайды», «қабылдау …
    // жасалады» would have an action «made», so nothing to paste; one naming the kind of the noun after it is no
    // action. «Қарау жүргізу» is the verb «қарау».
    rule: 'kk/officialese',
    text: 'Шағымды қарауды облыстық сот жүзеге асырады. Бірінші сыныпқа қабылдау сәуірде жүзеге асырылады. Жол жөндеу жобасы жүзеге асырылады. Өтінімдерді қарауды комиссия жүргізеді.',
    expected: [
      { text: 'жүзеге асырады', suggestion: null },
      { text: 'жүзеге асырылады', suggestion: null },
      { text: 'жүзеге асырылады', occurrence: 2, suggestion: 'орындалады' },
      { text: 'қарауды комиссия жүргізеді', suggestion: 'комиссия қарайды' },
    ],
  },
  {
    // An action noun as the subject of its passive light verb, an adverbial of one word (a locative, an
    // ablative, an adverb) or two (ending in a postposition) between: the adverbial stays before the plain
    // verb's passive. Not after the noun's own object, an attribute or a dative; not a possessive locative,
    // which belongs to the noun («тексеру барысында»); not a noun the action noun modifies («жұмыстары»).
    rule: 'kk/officialese',
    text: 'Тіркеу жыл бойы жүргізіледі. Тексеру порталда жүргізілді. Қабылдау кесте бойынша жүзеге асырылады. Тексеру онлайн жүргізілуі тиіс. Құжаттарды тіркеу порталда жүргізіледі. Мемлекеттік тіркеу порталда жүргізіледі. Тексеру барысында жүргізілді. Тіркеу жұмыстары жүргізіледі.',
    expected: [
      { text: 'Тіркеу жыл бойы жүргізіледі', suggestion: 'Жыл бойы тіркеледі' },
      { text: 'Тексеру порталда жүргізілді', suggestion: 'Порталда тексерілді' },
      { text: 'Қабылдау кесте бойынша жүзеге асырылады', suggestion: 'Кесте бойынша қабылданады' },
      { text: 'Тексеру онлайн жүргізілуі', suggestion: 'Онлайн тексерілуі' },
      { text: 'тиіс', suggestion: 'керек' },
      { text: 'барысында', suggestion: 'кезінде' },
      { text: 'Тіркеу жұмыстары жүргізіледі', suggestion: 'Тіркеледі' },
    ],
  },
  {
    // «Қамтамасыз ету» right after a bare verbal noun ensures an action, which is not «given».
    rule: 'kk/officialese',
    text: 'Медициналық көмек көрсету қамтамасыз етіледі.',
    expected: [
      { text: 'көмек көрсету', suggestion: 'көмек беру' },
      { text: 'қамтамасыз етіледі', suggestion: null },
    ],
  },
  {
    // Three words between the fronted action noun and its light verb (a subject, an adverbial) stay before the
    // plain verb in the commonest forms; another form, or after an adjective, is left alone.
    rule: 'kk/officialese',
    text: 'Декларацияны тексеруді мемлекеттік кірістер органы жүргізеді. Өтінімдерді қарауды тұрғын үй комиссиясы жүргізді. Төлемді банк қосымшасы арқылы жасауға болады. Жоспарлы тексеруді облыс әкімдігінің мамандары жүргізді. Тексеруді облыс әкімдігінің мамандары жүргізбейді.',
    expected: [
      {
        text: 'тексеруді мемлекеттік кірістер органы жүргізеді',
        suggestion: 'мемлекеттік кірістер органы тексереді',
      },
      { text: 'қарауды тұрғын үй комиссиясы жүргізді', suggestion: 'тұрғын үй комиссиясы қарады' },
      { text: 'Төлемді банк қосымшасы арқылы жасауға', suggestion: 'Банк қосымшасы арқылы төлеуге' },
    ],
  },
  {
    // Two action nouns share one light verb: each becomes its plain verb in the light verb's form, joined by
    // «және» («тексеру және талдайды» would leave «тексеру» without one).
    rule: 'kk/officialese',
    text: 'Комиссия тексеру және талдау жүргізеді. Әкімдік талдау мен тексеру жүргізді. Комиссия тексеруді және талдауды жүргізеді. Облыста тіркеу мен қабылдауды жүзеге асырды. Облыста тексеру және бақылау жүргізілді. Әкімдік тексеру және талдау жүргізуде.',
    expected: [
      { text: 'тексеру және талдау жүргізеді', suggestion: 'тексереді және талдайды' },
      { text: 'талдау мен тексеру жүргізді', suggestion: 'талдады және тексерді' },
      { text: 'тексеруді және талдауды жүргізеді', suggestion: 'тексереді және талдайды' },
      { text: 'тіркеу мен қабылдауды жүзеге асырды', suggestion: 'тіркеді және қабылдады' },
      { text: 'тексеру және бақылау жүргізілді', suggestion: 'тексерілді және бақыланды' },
      { text: 'тексеру және талдау жүргізуде', suggestion: 'тексеріп, талдап жатыр' },
    ],
  },
  {
    // The pair read as nouns — after an attribute, after a dative naming what is checked, or as the object
    // of a passive after the nouns' own object — keeps its light verb: flagged with nothing to paste.
    rule: 'kk/officialese',
    text: 'Комиссия рейдтік тексеру және талдау жүргізді. Мектептерге тексеру және бақылау жүргізді. Құжаттарды тексеру және талдау жүргізілді.',
    expected: [
      { text: 'талдау жүргізді', suggestion: null },
      { text: 'бақылау жүргізді', suggestion: null },
      { text: 'талдау жүргізілді', suggestion: null },
    ],
  },
  {
    // An accusative object before the action noun stays the plain verb's («құжаттарды тексереді»); a genitive
    // before its possessive names whose check it is, and the plain verb has no noun to hang it on
    // («құжаттардың тексереді»): nothing to paste. With no genitive the possessive keeps the paste.
    rule: 'kk/officialese',
    text: 'Комиссия құжаттарды тексеру жүргізеді. Комиссия құжаттардың тексеруін жүргізеді. Комиссия оның тексеруін жүргізді. Сарапшылар өтінімдердің сараптамасын жүргізеді. Комиссия тексеруін жүргізді.',
    expected: [
      { text: 'тексеру жүргізеді', suggestion: 'тексереді' },
      { text: 'тексеруін жүргізеді', suggestion: null },
      { text: 'тексеруін жүргізді', suggestion: null },
      { text: 'сараптамасын жүргізеді', suggestion: null },
      { text: 'тексеруін жүргізді', occurrence: 2, suggestion: 'тексерді' },
    ],
  },
  {
    // The same with the possessive on «жұмыс» («ғимараттың жөндеу жұмыстарын» → no «ғимараттың жөндейді»); with
    // no genitive the works are the action's own («Мектепте жөндеу жұмыстарын жүргізеді» → «жөндейді»), and with
    // no light verb the genitive passes to the action («Мектептің жөндеуі»).
    rule: 'kk/officialese',
    text: 'Әкімдік ғимараттың жөндеу жұмыстарын жүргізеді. Мердігер мектепте жөндеу жұмыстарын жүргізеді. Мектептің жөндеу жұмыстары аяқталды.',
    expected: [
      { text: 'жөндеу жұмыстарын жүргізеді', suggestion: null },
      { text: 'жөндеу жұмыстарын жүргізеді', occurrence: 2, suggestion: 'жөндейді' },
      { text: 'жөндеу жұмыстары', occurrence: 3, suggestion: 'жөндеуі' },
    ],
  },
  {
    // State oversight is «қадағалау», its own verb: «сапасын қадағалау жүргізеді» → «қадағалайды»; after a
    // dative of what is overseen, nothing to paste (the plain verb wants «құрылысты»).
    rule: 'kk/officialese',
    text: 'Инспекция құрылыс сапасын қадағалау жүргізеді. Департамент қадағалау жүргізді. Құрылысқа қадағалау жүргізіледі.',
    expected: [
      { text: 'қадағалау жүргізеді', suggestion: 'қадағалайды' },
      { text: 'қадағалау жүргізді', suggestion: 'қадағалады' },
      { text: 'қадағалау жүргізіледі', suggestion: null },
    ],
  },
  {
    // A dative that names what is checked may stand a word or two before the action noun, with its adjective or
    // an adverb between: «мектептерге тұрақты бақылайды» is not Kazakh (the plain verb wants «мектептерді»), so
    // nothing to paste. A dative with its postposition («Жоспарға сәйкес») is an adverbial of its own.
    rule: 'kk/officialese',
    text: 'Министрлік мектептерге тұрақты бақылау жүргізеді. Кәсіпорындарға жедел тексеру жүргізілді. Оған қоса комиссия тексеру жүргізді.',
    expected: [
      { text: 'бақылау жүргізеді', suggestion: null },
      { text: 'тексеру жүргізілді', suggestion: null },
      { text: 'тексеру жүргізді', suggestion: 'тексерді' },
    ],
  },
  {
    // A passive obligation after a definite subject keeps the passive with «керек»: «Салық сомасы төлеу керек»
    // would want «сомасын»; so does a noun farther back («Салық уақытында төлеу керек» would want «Салықты»).
    // With no subject named, or the object right before it, the active verbal noun.
    rule: 'kk/officialese',
    text: 'Салық сомасы 1 қазанға дейін төленуі тиіс. Құжаттар бес күнде ұсынылуы тиіс. Салық уақытында төленуі тиіс. Кеме флотқа биыл берілуі тиіс. Уақытында салық төленуі тиіс. Жыл сайын төленуі тиіс.',
    expected: [
      { text: 'төленуі тиіс', suggestion: 'төленуі керек' },
      { text: 'ұсынылуы тиіс', suggestion: 'тапсырылуы керек' },
      { text: 'төленуі тиіс', occurrence: 2, suggestion: 'төленуі керек' },
      { text: 'берілуі тиіс', suggestion: 'берілуі керек' },
      { text: 'төленуі тиіс', occurrence: 3, suggestion: 'төлеу керек' },
      { text: 'төленуі тиіс', occurrence: 4, suggestion: 'төлеу керек' },
    ],
  },
  {
    // The seventeenth review: a clause after another shares its subject, the thing done to, so the passive is
    // first («…сақталады, одан кейін жойылуы керек»); the same phrase opening its sentence keeps the active.
    rule: 'kk/officialese',
    text: 'Құжат үш ай сақталады, одан кейін жойылуға жатады. Одан кейін жоюға жатады.',
    expected: [
      { text: 'жойылуға жатады', suggestion: 'жойылуы керек' },
      { text: 'жоюға жатады', suggestion: 'жою керек' },
    ],
  },
  {
    // The seventeenth review: after an adjective of «тіркеу» the verb would be left with it («Мемлекеттік
    // тіркелмеген мәміле»), and «жүгіну тәртібі» is the procedure for applying, not for going («бару
    // тәртібі»): nothing to paste. After a place and as a verb they keep theirs.
    rule: 'kk/officialese',
    text: 'Мемлекеттік тіркеуден өтпеген мәміле жарамсыз. Порталда тіркеуден өтпеген азамат өтініш бере алмайды. Азаматқа мемлекеттік органға жүгіну тәртібі түсіндіріледі. Азаматтар сотқа жүгінеді.',
    expected: [
      { text: 'тіркеуден өтпеген', suggestion: null },
      { text: 'тіркеуден өтпеген', occurrence: 2, suggestion: 'тіркелмеген' },
      { text: 'жүгіну', suggestion: null },
      { text: 'жүгінеді', suggestion: 'барады' },
    ],
  },
  {
    // «Болып табылады» ends its clause, so a dash pasted in its place would end it too («Жексенбі демалыс
    // күні —.»): nothing to paste, the advice is to leave it out. A possessed «жұмыс» is a compound's head or an
    // owner's («дайындық жұмыстарын»): no «жұмыс істеу».
    rule: 'kk/officialese',
    text: 'Жексенбі демалыс күні болып табылады. Әкімдік қысқа дайындық жұмыстарын жүргізуде. Біз жұмыс жүргіземіз.',
    expected: [
      { text: 'болып табылады', suggestion: null },
      { text: 'жұмыстарын жүргізуде', suggestion: null },
      { text: 'жұмыс жүргіземіз', suggestion: 'жұмыс істейміз' },
    ],
  },
  {
    // A quality or a right is ensured, not given: «сапасын беру», «құқықтарын беру» say another thing, so
    // nothing to paste; a service is given.
    rule: 'kk/officialese',
    text: 'Комитет білім сапасын қамтамасыз етеді. Азаматтардың құқықтарын қамтамасыз етеді. Сапалы қызметті қамтамасыз етеміз.',
    expected: [
      { text: 'қамтамасыз етеді', suggestion: null },
      { text: 'қамтамасыз етеді', occurrence: 2, suggestion: null },
      { text: 'қамтамасыз етеміз', suggestion: 'береміз' },
    ],
  },
  {
    // A loan or a bond is «secured» («қамтамасыз етілмеген облигациялар»: unsecured bonds), not «given»; a fund
    // provided is given.
    rule: 'kk/officialese',
    text: 'Банк қамтамасыз етілмеген облигациялар шығарды. Банк несиені қамтамасыз етті. Қор үшін қамтамасыз етілген қаражат жұмсалды.',
    expected: [
      { text: 'қамтамасыз етілмеген', suggestion: null },
      { text: 'қамтамасыз етті', suggestion: null },
      { text: 'қамтамасыз етілген', suggestion: 'берілген' },
    ],
  },
  {
    // The Financial Monitoring Agency is a body's name, a term; monitoring elsewhere is jargon.
    rule: 'kk/jargon',
    text: 'Олар Қаржы мониторингі агенттігінің (ҚМА) қызметкері ретінде хабарласады. Қаржы мониторингі жүйесі жұмыс істейді.',
    expected: [{ text: 'мониторингі', occurrence: 2, suggestion: 'бақылауы' }],
  },
  {
    // So does jargon with its light verb: «бақылау мен бақылайды» would not be Kazakh.
    rule: 'kk/jargon',
    text: 'Әкімдік бақылау мен мониторинг жүргізеді.',
    expected: [{ text: 'мониторинг жүргізеді', suggestion: null }],
  },
  {
    // The verbal noun's locative of the plain verb reads first as "under": «Әкімдік бақылауда» is "the akimat is
    // under control", «Комиссия тексеруде» "under inspection": the present continuous is said with «жатыр». In
    // capitals the subject kept and the plain verb are both in capitals.
    rule: 'kk/officialese',
    text: 'Бақылауды әкімдік жүзеге асыруда. Тексеруді комиссия жүргізуде. ТЕКСЕРУДІ КОМИССИЯ ЖҮРГІЗЕДІ',
    expected: [
      { text: 'Бақылауды әкімдік жүзеге асыруда', suggestion: 'Әкімдік бақылап жатыр' },
      { text: 'Тексеруді комиссия жүргізуде', suggestion: 'Комиссия тексеріп жатыр' },
      { text: 'ТЕКСЕРУДІ КОМИССИЯ ЖҮРГІЗЕДІ', suggestion: 'КОМИССИЯ ТЕКСЕРЕДІ' },
    ],
  },
  {
    // A particle goes with the noun, and another verb is no light verb: left alone. The second of two objects
    // (joined by «мен») shares the verb with the first, and after a word that may be an adjective («Жоспарлы
    // инспекторлар») the plain verb would go with the subject: officialese still, with nothing to paste.
    rule: 'kk/officialese',
    text: 'Тексеруді де комиссия жүргізеді. Тексеру мен бақылауды комиссия жүргізеді. Жоспарлы тексеруді инспекторлар жүргізеді. Тексеруді комиссия аяқтады. Кешенді тексеруді комиссия жүргізеді. Мүлікті тексеруді комиссия жүргізеді. Жұмысты комиссия жүргізеді.',
    expected: [
      { text: 'бақылауды комиссия жүргізеді', suggestion: null },
      { text: 'тексеруді инспекторлар жүргізеді', suggestion: null },
      { text: 'тексеруді комиссия жүргізеді', suggestion: null },
      { text: 'тексеруді комиссия жүргізеді', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A dative before an action noun whose plain verb wants the accusative: «Жобаға комиссия тексереді» is not
    // Kazakh (it is «Жобаны»), while «төлеу» takes a dative of its own; a locative stays.
    rule: 'kk/officialese',
    text: 'Жобаға тексеруді комиссия жүргізеді. Жеткізушіге төлемді мемлекет жүргізеді. Мектепте тексеруді комиссия жүргізеді.',
    expected: [
      { text: 'тексеруді комиссия жүргізеді', suggestion: null },
      { text: 'төлемді мемлекет жүргізеді', suggestion: 'мемлекет төлейді' },
      { text: 'тексеруді комиссия жүргізеді', occurrence: 2, suggestion: 'комиссия тексереді' },
    ],
  },
  {
    // The second of two objects listed with a comma is officialese still, but «комиссия бақылайды» would leave the
    // first without a verb: nothing to paste. A singular object before the noun is read as one where its ending
    // cannot be an adjective's (after р, й, у) or the noun is listed («Құжатты»); «іске асыру» is a light verb as
    // «жүзеге асыру» is, and «… жұмыстарын» the action itself.
    rule: 'kk/officialese',
    text: 'Тексеруді, бақылауды комиссия жүргізеді. Құжатты тексеруді комиссия жүргізеді. Тауарды тексеруді инспектор жүргізеді. Тексеруді комиссия іске асырады. Тексеру жұмыстарын комиссия жүргізеді. Құбырларды ауыстыру жұмыстарын мердігер жүргізді.',
    expected: [
      { text: 'бақылауды комиссия жүргізеді', suggestion: null },
      { text: 'тексеруді комиссия жүргізеді', suggestion: 'комиссия тексереді' },
      { text: 'тексеруді инспектор жүргізеді', suggestion: 'инспектор тексереді' },
      { text: 'Тексеруді комиссия іске асырады', suggestion: 'Комиссия тексереді' },
      { text: 'Тексеру жұмыстарын комиссия жүргізеді', suggestion: 'Комиссия тексереді' },
      { text: 'ауыстыру жұмыстарын мердігер жүргізді', suggestion: 'мердігер ауыстырды' },
    ],
  },
  {
    // Monitoring fronted before its light verb: the jargon finding covers the light verb, said once; after a
    // particle only the noun is jargon.
    rule: 'kk/jargon',
    text: 'Мониторингті әкімдік жүргізеді. Мониторингті министрлік жүзеге асырады. Мониторингті де әкімдік жүргізеді.',
    expected: [
      { text: 'Мониторингті әкімдік жүргізеді', suggestion: 'Әкімдік бақылайды' },
      { text: 'Мониторингті министрлік жүзеге асырады', suggestion: 'Министрлік бақылайды' },
      // The particle takes the pasted word's vowel: «Бақылауды да».
      { text: 'Мониторингті де', suggestion: 'Бақылауды да' },
    ],
  },
  {
    // «Проактивті түрде» is one adverb: «өтінішсіз түрде» would keep the officialese «түрде». A light verb's form
    // with no plain form built gets nothing to paste («Біз бақылау.» would not be a sentence).
    rule: 'kk/jargon',
    text: 'Төлемді проактивті түрде тағайындаймыз. Проактивті қызмет. Біз мониторинг жүргізудеміз.',
    expected: [
      { text: 'проактивті түрде', suggestion: 'өтінішсіз' },
      { text: 'Проактивті', suggestion: 'Өтінішсіз' },
      { text: 'мониторинг жүргізудеміз', suggestion: null },
    ],
  },
  {
    // The light verb inside the jargon finding is not flagged again.
    rule: 'kk/officialese',
    text: 'Мониторингті министрлік жүзеге асырады.',
    expected: [],
  },
  {
    // «Бойынша» takes the nominative: the rule's noun keeps its plural and possessive, loses the dative. «Сәйкес
    // келмейді» (does not comply) is no such phrase. «Болып табылатын» (which is) has nothing to paste: «болатын»
    // says "which will be", and a dash does not fit before a noun.
    rule: 'kk/officialese',
    text: 'Заңға сәйкес төлейсіз. Біз қағидаларына сәйкес береміз. Ол бұйрығына сәйкес келмейді. Ол мүше болып табылатын адам.',
    expected: [
      { text: 'Заңға сәйкес', suggestion: 'Заң бойынша' },
      { text: 'қағидаларына сәйкес', suggestion: 'қағидалары бойынша' },
      { text: 'болып табылатын', suggestion: null },
    ],
  },
  {
    // «биыл» is an adverb: a genitive year becomes «биылғы» and its date loses the possessive, or keeps its case
    // in «осы жылдың» where it possesses anything else.
    rule: 'kk/officialese',
    text: 'Ағымдағы жылдың 15 наурызында өтініштер қабылданады. Ағымдағы жылдың басында бағдарлама басталды. Ағымдағы жылы 500 отбасы көмек алды.',
    expected: [
      { text: 'Ағымдағы жылдың 15 наурызында', suggestion: 'Биылғы 15 наурызда' },
      { text: 'Ағымдағы жылдың', occurrence: 2, suggestion: 'Осы жылдың' },
      { text: 'Ағымдағы жылы', suggestion: 'Биыл' },
    ],
  },
  {
    // «-ған жағдайда» → «-са» in the person of the clause's subject: the reader's «-саңыз» only where no one else
    // is named («Өтініш беруші», «Азамат», a bare noun before an intransitive verb), «-сақ» after «біз», and
    // only «-саңыз» after «сіз».
    rule: 'kk/officialese',
    text: 'Өтініш беруші құжаттарды ұсынған жағдайда қызмет көрсетіледі. Азамат келмеген жағдайда өтініш қаралмайды. Қоңырау түскен жағдайда хабарласыңыз. Біз құжаттарды тексерген жағдайда, сізге хабарлаймыз. Сіз құжаттарды ұсынбаған жағдайда, өтініш қабылданбайды. Емтиханды тапсырмаған жағдайда қайта келіңіз.',
    expected: [
      { text: 'құжаттарды ұсынған жағдайда', suggestion: 'құжаттарды тапсырса' },
      { text: 'келмеген жағдайда', suggestion: 'келмесе' },
      { text: 'түскен жағдайда', suggestion: 'түссе' },
      { text: 'тексерген жағдайда', suggestion: 'тексерсек' },
      { text: 'құжаттарды ұсынбаған жағдайда', suggestion: 'құжаттарды тапсырмасаңыз' },
      { text: 'тапсырмаған жағдайда', suggestion: 'тапсырмасаңыз' },
    ],
  },
  {
    // «X-ті хабардар ету» is «X-ке хабарлау»: a listed pronoun goes along; after another accusative in the clause,
    // and in the passive (the person is its subject), nothing to paste.
    rule: 'kk/officialese',
    text: 'Шешім туралы сізді хабардар етеміз. Өзгерістер туралы хабардар етеміз. Жұмыс беруші қызметкерді босату туралы хабардар етеді. Өтініш беруші шешім туралы хабардар етіледі.',
    expected: [
      { text: 'сізді хабардар етеміз', suggestion: 'сізге хабарлаймыз' },
      { text: 'хабардар етеміз', occurrence: 2, suggestion: 'хабарлаймыз' },
      { text: 'хабардар етеді' },
      { text: 'хабардар етіледі' },
    ],
  },
  {
    // After an adjective of «көмек» the noun stays: «материалдық көмек беру», not «материалдық көмектесу».
    rule: 'kk/officialese',
    text: 'Отбасыларға материалдық көмек көрсетеміз. Біз оларға көмек көрсетеміз.',
    expected: [
      { text: 'көмек көрсетеміз', suggestion: 'көмек береміз' },
      { text: 'көмек көрсетеміз', occurrence: 2, suggestion: 'көмектесеміз' },
    ],
  },
  {
    // A verbal noun's object in the accusative cannot stand before the plain verb's passive («Құжаттарды
    // тексерілді»), and another verbal noun's «жұмыстары» is no «жұмыс істеу» («ауыстыру жұмыс істелуде»);
    // the works of giving are the giving («хабар беру жұмыстарын жүргізіп» → «хабар беріп»).
    rule: 'kk/officialese',
    text: 'Құжаттарды тексеру жүргізілді. Облыста тексеру жүргізілді. Құжаттарды тексеру жүргіземіз. Қазір хабар беру жұмыстарын жүргізіп жатыр. Құбырларды ауыстыру жұмыстары жүргізілуде.',
    expected: [
      { text: 'тексеру жүргізілді' },
      { text: 'тексеру жүргізілді', occurrence: 2, suggestion: 'тексерілді' },
      { text: 'тексеру жүргіземіз', suggestion: 'тексереміз' },
      { text: 'беру жұмыстарын жүргізіп', suggestion: 'беріп' },
      { text: 'ауыстыру жұмыстары жүргізілуде' },
    ],
  },
  {
    // «қамтамасыз ету» after a verbal noun (ensure that X happens) or an instrumental (provide X with Y) is no
    // «беру».
    rule: 'kk/officialese',
    text: 'Ұйым өкілінің келуін қамтамасыз етіңіз. Мектепті компьютерлермен қамтамасыз етеміз. Сапалы қызметті қамтамасыз етеміз.',
    expected: [
      { text: 'қамтамасыз етіңіз' },
      { text: 'қамтамасыз етеміз' },
      { text: 'қамтамасыз етеміз', occurrence: 2, suggestion: 'береміз' },
    ],
  },
  {
    // «құрайды» takes the accusative, «болады» the nominative: after an accusative, nothing to paste.
    rule: 'kk/officialese',
    text: 'Қызмет мерзімі бес жұмыс күнін құрайды. Қызмет мерзімі бес күн құрайды.',
    expected: [{ text: 'құрайды' }, { text: 'құрайды', occurrence: 2, suggestion: 'болады' }],
  },
  {
    // «есепке қою» in its own form: «қою» writes й + а as я («қоямыз»), and its passive is «тіркеледі», not the
    // verbal noun «тіркеу» that left «Кәсіпкерлер тіркеу.»
    rule: 'kk/officialese',
    text: 'Жеке кәсіпкерлер тіркеу есебіне қойылады. Біз көлікті есепке қоямыз.',
    expected: [
      { text: 'тіркеу есебіне қойылады', suggestion: 'тіркеледі' },
      { text: 'есепке қоямыз', suggestion: 'тіркейміз' },
    ],
  },
  {
    // «керек» is a predicate: «қажет етеді» → «керек», but «қажет еткендер» (those who need) has no one word.
    // «X Y-ті қажет етеді» is «X-ке Y керек»: after an accusative or a subject, nothing to paste.
    rule: 'kk/officialese',
    text: 'Көмек қажет етеді. Көмекті көп қажет еткендер алады. Бұл жұмыс тіл білуді қажет етеді. Бұл өзен басқа жерлерді қажет етпейді. Бұл іс көп уақыт қажет етеді.',
    expected: [
      { text: 'қажет етеді', suggestion: 'керек' },
      { text: 'қажет еткендер' },
      { text: 'қажет етеді', occurrence: 2, suggestion: null },
      { text: 'қажет етпейді', suggestion: null },
      { text: 'қажет етеді', occurrence: 3, suggestion: null },
    ],
  },
  {
    // An action noun after an attribute («рейдтік», «жоспарлы», «соңғы», a participle) is that word's noun: the
    // plain verb would leave the attribute without one («рейдтік тексерді»), while the verbal noun keeps it
    // («рейдтік тексеру»). After a dative naming what is checked («сапасына») the plain verb would want the
    // accusative («сапасын тексереді»); a verb that takes a dative of its own keeps it («тұрғындарға түсіндірді»).
    rule: 'kk/officialese',
    // A noun in -лық that names a body is the subject («Министрлік»), and -лығы, -легі are possessives («Қала
    // әкімдігі»): the plain verb stands after them.
    text: 'Департамент рейдтік тексеру жүргізді. Жоспарлы тексеру жүргізу басталды. Комиссия жұмыстың сапасына бақылау жүргізеді. Әкімдік мектептерге жөндеу жұмыстарын жүргізді. Әкімдік тұрғындарға түсіндіру жұмыстарын жүргізді. Комиссия құжаттарды тексеру жүргізді. Министрлік тексеру жүргізді. Қала әкімдігі соңғы тексеру жүргізді. Қала әкімдігі тексеру жүргізді. Әкімдік кәсіпкерлерге қолдау көрсетеді.',
    expected: [
      { text: 'тексеру жүргізді', suggestion: null },
      { text: 'тексеру жүргізу', suggestion: 'тексеру' },
      { text: 'бақылау жүргізеді', suggestion: null },
      // «Жұмыс» is cut there all the same, the light verb kept: «мектептерге жөндеу жүргізді».
      { text: 'жөндеу жұмыстарын жүргізді', suggestion: 'жөндеу жүргізді' },
      { text: 'түсіндіру жұмыстарын жүргізді', suggestion: 'түсіндірді' },
      { text: 'тексеру жүргізді', occurrence: 2, suggestion: 'тексерді' },
      { text: 'тексеру жүргізді', occurrence: 3, suggestion: 'тексерді' },
      { text: 'тексеру жүргізді', occurrence: 4, suggestion: null },
      { text: 'тексеру жүргізді', occurrence: 5, suggestion: 'тексерді' },
      { text: 'қолдау көрсетеді', suggestion: null },
    ],
  },
  {
    // The verbal noun's locative ending its clause (or a headline) is the present continuous: the plain verb's
    // own «тексеруде» would read "under inspection", so it is said with «жатыр». Before other words it is an
    // adverbial (in doing it) and keeps the locative; the passive «-луда» is unambiguous.
    rule: 'kk/officialese',
    text: 'Әкімдік тексеру жүргізуде.\nӘкімдік жөндеу жұмыстарын жүргізуде\nМинистрлік бағдарламаны жүзеге асыруда, нәтиже бар. Жобаны жүзеге асыруда әкімдік көмектесті. Тексеру жүргізілуде.',
    expected: [
      { text: 'тексеру жүргізуде', suggestion: 'тексеріп жатыр' },
      { text: 'жөндеу жұмыстарын жүргізуде', suggestion: 'жөндеп жатыр' },
      { text: 'жүзеге асыруда', suggestion: 'орындап жатыр' },
      { text: 'жүзеге асыруда', occurrence: 2, suggestion: 'орындауда' },
      { text: 'Тексеру жүргізілуде', suggestion: 'Тексерілуде' },
    ],
  },
  {
    // «Талдау жасау» (make an analysis) is «талдау», as «талдау жүргізу» is; after a dative of what is analysed
    // («жағдайына»), «талдайды» would want the accusative.
    rule: 'kk/officialese',
    text: 'Мамандар талдау жасады. Мамандар көшелердің жағдайына талдау жасап жатыр.',
    expected: [
      { text: 'талдау жасады', suggestion: 'талдады' },
      { text: 'талдау жасап', suggestion: null },
    ],
  },
  {
    // «Кәмелетке толмаған» before its noun is an attribute: «бала балалары» would repeat it. Alone or with an
    // ending it is the noun «бала».
    rule: 'kk/officialese',
    text: 'Кәмелетке толмаған балалары бар отбасылар. Кәмелетке толмағандарға рұқсат жоқ. Ол әлі кәмелетке толмаған.',
    expected: [
      { text: 'Кәмелетке толмаған', suggestion: null },
      { text: 'Кәмелетке толмағандарға', suggestion: 'Балаларға' },
      { text: 'кәмелетке толмаған', occurrence: 3, suggestion: 'бала' },
    ],
  },
  {
    // The negative converb with the particle «-ақ» (without even) keeps it in the plain verb's form.
    rule: 'kk/officialese',
    text: 'Азаматтар мемлекеттік органдарға жүгінбей-ақ анықтама алады. Тексеруді комиссия жүргізбей-ақ шешті.',
    expected: [
      { text: 'жүгінбей-ақ', suggestion: 'хабарласпай-ақ' },
      { text: 'Тексеруді комиссия жүргізбей-ақ', suggestion: 'Комиссия тексермей-ақ' },
    ],
  },
  {
    // «Тиісті» before a body or a person is "relevant" («тиісті бөлім басшыларына»: the heads of the departments
    // concerned): «жауапты», not «керекті» (needed).
    rule: 'kk/officialese',
    text: 'Әкім тиісті бөлім басшыларына тапсырма берді. Тиісті органдарға хабарлаңыз. Тиісті құжаттарды әкеліңіз.',
    expected: [
      { text: 'тиісті', suggestion: 'жауапты' },
      { text: 'Тиісті', suggestion: 'Жауапты' },
      { text: 'Тиісті', occurrence: 2, suggestion: 'Керекті' },
    ],
  },
  {
    // The works of another action («жарықтандыру жұмыстарын атқаруда») are no «жұмыс істеу»: «жарықтандыру жұмыс
    // істеуде» is not Kazakh. Bare «жұмыс атқарады» is.
    rule: 'kk/officialese',
    text: 'Мердігер жарықтандыру жұмыстарын атқаруда. Комиссия жұмыс атқарады.',
    expected: [
      { text: 'жұмыстарын атқаруда', suggestion: null },
      { text: 'жұмыс атқарады', suggestion: 'жұмыс істейді' },
    ],
  },
  {
    // «талап етілмейді» (is not required) is «керек емес»: «керек» alone would say the opposite. The past is «керек
    // болды», and a form «керек» cannot say gets nothing to paste.
    rule: 'kk/officialese',
    text: 'ХҚКО-ға бару талап етілмейді. Анықтама талап етілді. Құжат талап етілуі мүмкін. Төлем талап етіледі.',
    expected: [
      { text: 'талап етілмейді', suggestion: 'керек емес' },
      { text: 'талап етілді', suggestion: 'керек болды' },
      { text: 'талап етілуі' },
      { text: 'талап етіледі', suggestion: 'керек' },
    ],
  },
  {
    // «Көмек көрсету ұйымдары» (aid agencies) names a kind of work: before a possessed noun it is no officialese.
    rule: 'kk/officialese',
    text: 'Медициналық көмек көрсету ұйымдары жұмыс істейді. Біз оларға көмек көрсетеміз.',
    expected: [{ text: 'көмек көрсетеміз', suggestion: 'көмектесеміз' }],
  },
  {
    // «Y-пен қамтамасыз ету» is «Y беру» where no recipient in the accusative stands before it (the plain verb
    // wants a dative: «тұрғындарға су береміз»), nor with Y's adjectives between («ауылдарды таза ауыз сумен»);
    // «қауіпсіздікті қамтамасыз ету» is «…сақтау».
    rule: 'kk/officialese',
    text: 'Энергиямен қамтамасыз ету процесі басталды. Тұрғындарды сумен қамтамасыз етеміз. Әкімдік ауылдарды таза ауыз сумен қамтамасыз ету бағдарламасын бастады. Қауіпсіздікті қамтамасыз етеміз.',
    expected: [
      { text: 'Энергиямен қамтамасыз ету', suggestion: 'Энергия беру' },
      { text: 'сумен қамтамасыз етеміз', suggestion: null },
      { text: 'сумен қамтамасыз ету', suggestion: null },
      { text: 'Қауіпсіздікті қамтамасыз етеміз', suggestion: 'Қауіпсіздікті сақтаймыз' },
    ],
  },
  {
    // The seventeenth review's misses: an expedited procedure is «жедел»; a season's period is the season («қыста»);
    // a month named with «айы» is left alone (news and official Kazakh alike write it so, and «наурыз», «маусым»,
    // «қазан» bare are also a holiday, a season, a city);
    // «фактісі» after an abstract noun of an act adds nothing (in another case nothing to paste; after a
    // pronoun's genitive it is a fact of its own).
    rule: 'kk/officialese',
    text: 'Өтініш жеделдетілген тәртіпте қаралады. Қысқы кезеңде қарды тазалаңыз. Жазғы кезеңде су беріледі. Әкім 2025 жылғы наурыз айында қабылдайды. Желтоқсан айынан бастап төлейміз. Маусым айында демалыс. Зорлық-зомбылық фактісі анықталса, хабарласыңыз. Жемқорлық фактісін хабарлаңыз. Оның фактісі белгілі.',
    expected: [
      { text: 'жеделдетілген тәртіпте', suggestion: 'жедел' },
      { text: 'Қысқы кезеңде', suggestion: 'Қыста' },
      { text: 'Жазғы кезеңде', suggestion: 'Жазда' },
      { text: 'Зорлық-зомбылық фактісі', suggestion: 'Зорлық-зомбылық' },
      { text: 'Жемқорлық фактісін', suggestion: null },
    ],
  },
  {
    // Bought at the expense of a loan is bought with it; from a fund's money keeps its ablative.
    rule: 'kk/officialese',
    text: 'Пәтер ипотекалық қарыз есебінен сатып алынды. Пәтер банк несиесі есебінен алынды. Төлем қор қаражаты есебінен жасалады.',
    expected: [
      { text: 'қарыз есебінен', suggestion: 'қарызбен' },
      { text: 'несиесі есебінен', suggestion: 'несиесімен' },
      { text: 'қаражаты есебінен', suggestion: 'қаражатынан' },
    ],
  },
  {
    // Help announced as a list («мынадай көмек көрсетіледі:») is ordinary Kazakh: no finding. Help given to
    // someone keeps its finding.
    rule: 'kk/officialese',
    text: 'Жәбірленушіге мынадай көмек көрсетіледі: кеңес, баспана. Біз оларға көмек көрсетеміз.',
    expected: [{ text: 'көмек көрсетеміз', suggestion: 'көмектесеміз' }],
  },
  {
    // A plain verb with no passive gets nothing to paste in a passive form («көмек көрсетілді» was offered
    // «көмектесілді», «қол жеткізілген» «жетілген», which is «matured»); «жол берілмейтіндігі» in its form.
    rule: 'kk/officialese',
    text: 'Оларға көмек көрсетілді. Қол жеткізілген нәтиже жақсы. Бұған жол берілмейтіндігі анық.',
    expected: [
      { text: 'көмек көрсетілді' },
      { text: 'Қол жеткізілген' },
      { text: 'жол берілмейтіндігі', suggestion: 'болмайтыны' },
    ],
  },
  {
    // «Келіп түскен» (received) is a participle: the plain verbs in its form, not verbal nouns.
    rule: 'kk/officialese',
    text: 'Мекенжайға келіп түскен шағым қаралады.',
    expected: [{ text: 'келіп түскен', suggestion: 'келген' }],
  },
  {
    // «Болып табылатын» with a possessive is a clause: «екен» takes its endings («табылатынымызды» was offered a
    // dash). «Табыламын» (I am) has no one-word plain form, nor has a bare «табылатын» (which is) or
    // «табылатындар» (those who are): «болатын», «болатындар» say what one will be, and before a comma
    // «болатын» reads as a finite past; nothing to paste.
    rule: 'kk/officialese',
    text: 'Біз жауапты болып табылатынымызды білеміз. Мүше болып табылатындар келді. Мен мүше болып табыламын. Ол жұлдыздардың бірі болып табылатын, әнші келді. Ол жұлдыздардың бірі болып табылатын әнші.',
    expected: [
      { text: 'болып табылатынымызды', suggestion: 'екенімізді' },
      { text: 'болып табылатындар', suggestion: null },
      { text: 'болып табыламын' },
      { text: 'болып табылатын', occurrence: 3, suggestion: null },
      { text: 'болып табылатын', occurrence: 4, suggestion: null },
    ],
  },
  {
    // «Бағытталған» after a dative: «үшін» alone would leave «қолдауға үшін», so nothing is offered to paste.
    rule: 'kk/officialese',
    text: 'Бұл жастарды қолдауға бағытталған шаралар. Өтініштер уақтылы қаралады.',
    expected: [{ text: 'бағытталған' }],
  },
  {
    // «Атап өту» after a festive day is to celebrate it, not to mention it.
    rule: 'kk/officialese',
    text: 'Қала мерейтойын атап өтті. Әкім бұл мәселені атап өтті.',
    expected: [{ text: 'атап өтті', occurrence: 2, suggestion: 'айтты' }],
  },
  {
    // «Жолдау» in the form it stands in; «Жолдауы» (the President's Address) and «жолдастар» are other words.
    rule: 'kk/officialese',
    text: 'Хат жолданды. Өтінішті жолдаңыз. Президенттің Жолдауы жарияланды. Жолдастар келді.',
    expected: [
      { text: 'жолданды', suggestion: 'жіберілді' },
      { text: 'жолдаңыз', suggestion: 'жіберіңіз' },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Өтінішті уәкілетті органға жіберіңіз.',
    expected: [{ text: 'уәкілетті органға', suggestion: 'мекемеге' }],
  },
  {
    // «Уақтылы» (timely) is an everyday word; «уақтылы түрде» pads it.
    rule: 'kk/officialese',
    text: 'Өтініштер уақтылы қаралады. Өтініштер уақтылы түрде қаралады.',
    expected: [{ text: 'уақтылы түрде', suggestion: 'уақтылы' }],
  },
  {
    // «…жұмыстары жүргізілуде» (works are carried out) is the action itself, in the form of the light verb.
    rule: 'kk/officialese',
    text: 'Тексеру жұмыстары жүргізілуде. Біз жөндеу жұмыстарын жүргіздік.',
    expected: [
      { text: 'Тексеру жұмыстары жүргізілуде', suggestion: 'Тексерілуде' },
      { text: 'жөндеу жұмыстарын жүргіздік', suggestion: 'жөндедік' },
    ],
  },
  {
    // The verbal noun with the possessive in the dative and genitive keeps its case in the suggestion.
    rule: 'kk/officialese',
    text: 'Жол жөндеу жұмыстарының жүргізілуіне байланысты жол жабылады. Жобаның жүзеге асырылуының нәтижесі белгілі.',
    expected: [
      { text: 'жөндеу жұмыстарының жүргізілуіне', suggestion: 'жөнделуіне' },
      { text: 'жүзеге асырылуының', suggestion: 'орындалуының' },
    ],
  },
  {
    // Before a dash «бұдан әрі» is the legal idiom that names a thing: cut it, no "from now on" to offer.
    rule: 'kk/officialese',
    text: 'Портал (бұдан әрі – портал) тәулік бойы жұмыс істейді. Бұдан әрі не істейміз?',
    expected: [{ text: 'бұдан әрі' }, { text: 'Бұдан әрі', suggestion: 'Енді' }],
  },
  {
    rule: 'kk/officialese',
    text: 'Жәрдемақы тағайындау мақсатында өтініш беруші ХҚКО-ға жүгінеді.',
    expected: [
      { text: 'мақсатында', suggestion: 'үшін' },
      { text: 'жүгінеді', suggestion: 'барады' },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Аталған қызмет Қазақстан Республикасының заңнамасына сәйкес тегін негізде көрсетіледі.',
    expected: [
      { text: 'Аталған', suggestion: 'Бұл' },
      { text: 'Қазақстан Республикасының заңнамасына сәйкес', suggestion: 'заң бойынша' },
      { text: 'тегін негізде', suggestion: 'тегін' },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Өтініштерді қарау нәтижесі бойынша жауап жазбаша түрде жолданады.',
    expected: [
      { text: 'қарау нәтижесі бойынша', suggestion: 'қарағаннан кейін' },
      { text: 'жазбаша түрде', suggestion: 'жазбаша' },
      { text: 'жолданады', suggestion: 'жіберіледі' },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Ағымдағы жылы облыста тексеру жүргізілді, оның ішінде 15 мектепте жөндеу жұмыстары жүргізілді.',
    expected: [
      { text: 'Ағымдағы жылы', suggestion: 'Биыл' },
      { text: 'тексеру жүргізілді', suggestion: 'тексерілді' },
      // The schools repaired stand in the locative: «мектепте жөнделді» has no subject.
      { text: 'жөндеу жұмыстары жүргізілді', suggestion: null },
    ],
  },
  {
    // «Нормативтік құқықтық акт» as what a paper is or is not is a legal category: nothing to paste; the portal
    // «Ашық нормативтік құқықтық актілер», quoted or not, is a name; elsewhere «құқықтық құжат».
    rule: 'kk/officialese',
    text: 'Түсіндірме нормативтік құқықтық акт болып табылмайды. Жоба «Ашық нормативтік құқықтық актілер» интернет-порталында тұр. Жоба Ашық нормативтік құқықтық актілер интернет-порталында тұр. Бұл нормативтік құқықтық актілерге сәйкес жасалды.',
    expected: [
      { text: 'нормативтік құқықтық акт', suggestion: null },
      { text: 'болып табылмайды', suggestion: 'емес' },
      { text: 'нормативтік құқықтық актілерге', suggestion: 'құқықтық құжаттарға' },
    ],
  },
  {
    // A phone line or a contact centre is called, not gone to: «хабарласу» first; a court is gone to.
    rule: 'kk/officialese',
    text: 'Сұрақтар бойынша 1414 байланыс орталығына немесе басқармасына жүгінуге болады. Сенім телефонына жүгініңіз. Азаматтар сотқа жүгінеді.',
    expected: [
      { text: 'жүгінуге', suggestion: 'хабарласуға' },
      { text: 'жүгініңіз', suggestion: 'хабарласыңыз' },
      { text: 'жүгінеді', suggestion: 'барады' },
    ],
  },
  {
    // Before a paper that reports them «қорытындылары бойынша» is "on the results": «нәтижелері туралы».
    rule: 'kk/officialese',
    text: 'Жария талқылау қорытындылары бойынша анықтама. Тексеру қорытындысы бойынша есеп дайын. Талқылау қорытындылары бойынша жоба өзгерді.',
    expected: [
      { text: 'қорытындылары бойынша', suggestion: 'нәтижелері туралы' },
      { text: 'қорытындысы бойынша', suggestion: 'нәтижесі туралы' },
      { text: 'қорытындылары бойынша', occurrence: 2, suggestion: 'нәтижесінде' },
    ],
  },
  {
    // «Пысықтау» is to finalise: «нақтылау» first, not «талқылау» (discuss).
    rule: 'kk/officialese',
    text: 'Пысықталған заң жобасы қайта жіберілді. Жобаны пысықтау қажет.',
    expected: [
      { text: 'Пысықталған', suggestion: 'Нақтыланған' },
      { text: 'пысықтау', suggestion: 'нақтылау' },
    ],
  },
  {
    // «Ұлғайту» is the ordinary verb for increasing a size or a fine: no finding; «жетілдіру» still is one.
    rule: 'kk/officialese',
    text: 'Айыппұл мөлшерлерін ұлғайту туралы ұсыныс түсті. Жалақы ұлғайтылды. Жүйені жетілдіру керек.',
    expected: [{ text: 'жетілдіру', suggestion: 'жақсарту' }],
  },
  {
    // A month's day with «кешіктірілмей» is a deadline; «әкеп соғу» is «әкелу»; «мүмкіндігі болмай отыр» is
    // «жоқ»; «ұсынылып отыр» in a letter is «ұсынылады»; legal set phrases get nothing to paste. «Ұсынылып
    // отырған» (before a noun) and a plain «кешіктірмей» are left alone.
    rule: 'kk/officialese',
    text: 'Декларацияны 15-күнінен кешіктірілмей тапсырыңыз. Ол кешіктірмей келді. Бұл өсімпұлға әкеп соғады. Бұл айыппұлға әкеп соқты. Оны ұсыну мүмкіндігі болмай отыр. Ақпарат қосымша ретінде ұсынылып отыр. Ұсынылып отырған жоба жақсы. Түсіндірме ақпараттық сипатқа ие. Ұсыныс реттеу нысанасына жатпайды. Хат тиесілілігі бойынша жіберілді. Мәселе құзыретімізге жатпайды.',
    expected: [
      { text: '15-күнінен кешіктірілмей', suggestion: null },
      { text: 'әкеп соғады', suggestion: 'әкеледі' },
      { text: 'әкеп соқты', suggestion: 'әкелді' },
      { text: 'ұсыну мүмкіндігі болмай отыр', suggestion: 'ұсыну мүмкін емес' },
      { text: 'ұсынылып отыр', suggestion: 'ұсынылады' },
      { text: 'сипатқа ие', suggestion: null },
      { text: 'реттеу нысанасына жатпайды', suggestion: null },
      { text: 'тиесілілігі бойынша', suggestion: null },
      { text: 'құзыретімізге жатпайды', suggestion: null },
    ],
  },
  {
    // Works and changes made are the passive's subject: the plain verb wants the thing repaired or changed
    // as its own subject right before, not a place or a postposition's noun.
    rule: 'kk/officialese',
    text: 'Жол учаскесінде жөндеу жұмыстары жүргізілді. Жол жөндеу жұмыстары жүргізілді. Салық режимі бойынша өзгерістер енгізілді. Өзгерістер енгізілді.',
    expected: [
      { text: 'жөндеу жұмыстары жүргізілді', suggestion: null },
      { text: 'жөндеу жұмыстары жүргізілді', occurrence: 2, suggestion: 'жөнделді' },
      { text: 'өзгерістер енгізілді', suggestion: null },
      { text: 'Өзгерістер енгізілді', suggestion: 'Өзгертілді' },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Қажеттілік туындаған жағдайда азаматтарды қабылдау электрондық түрде жүзеге асырылады.',
    expected: [
      { text: 'Қажеттілік туындаған жағдайда', suggestion: 'Қажет болса' },
      { text: 'электрондық түрде', suggestion: 'онлайн' },
      { text: 'жүзеге асырылады', suggestion: null },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Осыған байланысты тұрғындардың назарына жеткіземіз: көшеде жөндеу жұмыстары жүргізіледі.',
    expected: [
      { text: 'Осыған байланысты', suggestion: 'Сондықтан' },
      { text: 'тұрғындардың назарына жеткіземіз', suggestion: 'тұрғындарға хабарлаймыз' },
      { text: 'жөндеу жұмыстары жүргізіледі', suggestion: null },
    ],
  },
  {
    // The owner of «назар» is the one told: a genitive or a headline's bare plural goes into the dative with
    // «хабарлау» («тұрғындардың хабарлаймыз» was offered); opening its clause or after the thing told, the verb
    // alone; after another word (an adverb, or an owner the pack cannot read), nothing to paste.
    rule: 'kk/officialese',
    text: 'Салық төлеушілердің назарына жеткіземіз. Тұрғындар назарына жеткізілді. Сіздің назарыңызға ұсынамыз. Ақпаратты назарына жеткіздік. Назарыңызға жеткіземіз. Әкім мәселені тез назарына жеткізді.',
    expected: [
      { text: 'төлеушілердің назарына жеткіземіз', suggestion: 'төлеушілерге хабарлаймыз' },
      { text: 'Тұрғындар назарына жеткізілді', suggestion: 'Тұрғындарға хабарланды' },
      { text: 'Сіздің назарыңызға ұсынамыз', suggestion: 'Сізге ұсынамыз' },
      { text: 'назарына жеткіздік', suggestion: 'хабарладық' },
      { text: 'Назарыңызға жеткіземіз', suggestion: 'Хабарлаймыз' },
      { text: 'назарына жеткізді', occurrence: 2, suggestion: null },
    ],
  },
  {
    // After the place or the body that set it, the word is «белгіленген»'s own: «заңда мерзімінде» was offered.
    // A deadline set in a law is no finding at all.
    rule: 'kk/officialese',
    text: 'Өтініштер заңда белгіленген мерзімде қаралады. Құжаттар Қағидаларда белгіленген тәртіппен беріледі. Өтініштер белгіленген мерзімде қаралады.',
    expected: [
      { text: 'белгіленген тәртіппен', suggestion: null },
      { text: 'белгіленген мерзімде', occurrence: 2, suggestion: 'мерзімінде' },
    ],
  },
  {
    // «Разместить на сайте»: on a site or a page one publishes, in the form of the verb it replaces; a thing
    // placed elsewhere (a store, a hall) is placed.
    rule: 'kk/officialese',
    text: 'Хаттама ресми сайтта орналастырылады. Тізім әкімдіктің сайтында орналастырылған. Жүкті қоймада орналастырды.',
    expected: [
      { text: 'орналастырылады', suggestion: 'жарияланады' },
      { text: 'орналастырылған', suggestion: 'жарияланған' },
    ],
  },
  {
    // Agency pages' officialese: «кәсіпкерлік субъектілері» are «кәсіпкерлер» (the izafet's possessive kept only
    // after a genitive), «ашық түрде» is «ашық», the converb in -а with «отырып» is the converb in -ып.
    rule: 'kk/officialese',
    text: 'Заң кәсіпкерлік субъектілеріне жүктемені азайтады. Облыстың кәсіпкерлік субъектілері жиналды. Бөлу ашық түрде жүргізіледі. Ол ЭЦҚ-ны пайдалана отырып сұрау жібереді. Төлем жасалмаған жағдайда қызмет тоқтатылады.',
    expected: [
      { text: 'кәсіпкерлік субъектілеріне', suggestion: 'кәсіпкерлерге' },
      { text: 'кәсіпкерлік субъектілері', occurrence: 2, suggestion: 'кәсіпкерлері' },
      { text: 'ашық түрде', suggestion: 'ашық' },
      { text: 'пайдалана отырып', suggestion: 'пайдаланып' },
      { text: 'Төлем жасалмаған жағдайда', suggestion: 'Төленбесе' },
    ],
  },
  {
    // «Мемлекеттік қызмет» names the service, not its provision: it stands for «мемлекеттік қызмет көрсету» as
    // what the clause is about. Before a noun («… мерзімі» would be a civil servant's term of office), a
    // postposition, or in a case, «мемлекеттік қызмет көрсету» is the plain name of the provision: no finding.
    rule: 'kk/officialese',
    text: 'Мемлекеттік қызмет көрсету тегін. Мемлекеттік қызмет көрсету мерзімі бес күн. Мемлекеттік қызмет көрсету кезінде анықтама керек емес. Біз мемлекеттік қызметтер көрсетуге дайынбыз. Ақпаратты мемлекеттік қызмет көрсету мәселелері бойынша алуға болады.',
    expected: [
      { text: 'Мемлекеттік қызмет көрсету', suggestion: 'Мемлекеттік қызмет' },
      { text: 'мәселелері бойынша', suggestion: 'туралы' },
    ],
  },
  {
    // Before the noun it describes, a passive participle with its doer named by «тарапынан» is the active
    // participle, the doer its subject («прокуратурасы тарапынан жүргізілген тексеру» → «прокуратурасы
    // жүргізген тексеру»); ending its clause, it is left to the passive rule's active wording.
    rule: 'kk/officialese',
    text: 'Облыс прокуратурасы тарапынан жүргізілген тексеруде фактілер анықталды. Министрлік тарапынан әзірленбеген жоба қайтарылды. Жоба министрлік тарапынан әзірленген.',
    expected: [
      { text: 'тарапынан жүргізілген', suggestion: 'жүргізген' },
      { text: 'тарапынан әзірленбеген', suggestion: 'әзірлемеген' },
    ],
  },
  {
    // Where the words before read the action as a noun (an attribute, a dative, a conjunction), «жұмыс» is still
    // cut and the light verb stays («күрделі жөндеу жүргізді»); with none, the plain verb («Жөнделуде»).
    rule: 'kk/officialese',
    text: 'Әкімдік күрделі жөндеу жұмыстарын жүргізді. Мектепке жөндеу жұмыстары жүргізілді. Жөндеу жұмыстары жүргізілуде.',
    expected: [
      { text: 'жөндеу жұмыстарын жүргізді', suggestion: 'жөндеу жүргізді' },
      { text: 'жөндеу жұмыстары жүргізілді', suggestion: 'жөндеу жүргізілді' },
      { text: 'Жөндеу жұмыстары жүргізілуде', suggestion: 'Жөнделуде' },
    ],
  },
  {
    // «Жеке тұлға» is a legal status, a term, with «заңды тұлға» in its sentence or alone: no finding. «Тұлға»
    // after a word that says what the person did is «адам».
    rule: 'kk/officialese',
    text: 'Жеке тұлғалар көшірмесін, заңды тұлғалар анықтаманы ұсынады. Заңды тұлғалар анықтаманы, жеке тұлғалар көшірмесін ұсынады. Жеке тұлғалар көшірмесін ұсынады. Кінәлі тұлғалар көшірмесін ұсынады.',
    expected: [{ text: 'тұлғалар', occurrence: 6, suggestion: 'адамдар' }],
  },
  {
    rule: 'kk/officialese',
    text: 'Жеке тұлғалар мемлекеттік баж төлеуді жүргізеді. Жиынға аудан әкімі қатысуды қабылдады.',
    expected: [
      { text: 'төлеуді жүргізеді', suggestion: 'төлейді' },
      { text: 'қатысуды қабылдады', suggestion: 'қатысты' },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Бұдан әрі құжаттар белгіленген мерзімде қаралады. Кеше Абай көшесінде апат орын алды.',
    expected: [
      { text: 'Бұдан әрі', suggestion: 'Енді' },
      { text: 'белгіленген мерзімде', suggestion: 'мерзімінде' },
      { text: 'орын алды', suggestion: 'болды' },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Заңда көзделген жеңілдікті алу үшін тиісті құжаттар топтамасын ұсыну қажет.',
    expected: [
      { text: 'көзделген', suggestion: 'жазылған' },
      { text: 'тиісті', suggestion: 'керекті' },
      // «Топтамасы» has the compound's possessive, not a possessor's: «керекті құжаттарды ұсыну».
      { text: 'құжаттар топтамасын', suggestion: 'құжаттарды' },
    ],
  },
  {
    // «Жүргізу» alone is «drive» (көлік жүргізу), and «жауап беру» is plain Kazakh.
    rule: 'kk/officialese',
    text: 'Көлік жүргізу куәлігін кез келген ХҚКО-дан аласыз. Біз өтінішіңізге бес күнде жауап береміз.',
    expected: [],
  },
  {
    rule: 'kk/officialese',
    text: 'Құжаттарыңыз дұрыс болса, жәрдемақыны биыл наурызда аласыз. Сұрағыңыз болса, 1414 нөміріне қоңырау шалыңыз.',
    expected: [],
  },
  {
    // «Ақпараттандыру» is informatisation (a law's name), not «informing the public».
    rule: 'kk/officialese',
    text: 'Ақпараттандыру туралы заңға түзетулер жарияланды.',
    expected: [],
  },
  {
    rule: 'kk/jargon',
    text: 'Дедлайн — 1 наурыз. Өтінімдер верификациядан өткен соң фидбэк жібереміз.',
    expected: [
      { text: 'Дедлайн', suggestion: 'Мерзім' },
      { text: 'верификациядан', suggestion: 'тексеруден' },
      { text: 'фидбэк', suggestion: 'пікір' },
    ],
  },
  {
    rule: 'kk/jargon',
    text: 'Министрлік бағдарламаның имплементациясына мониторинг жүргізеді. Министрлік облыста мониторинг жүргізеді.',
    expected: [
      { text: 'имплементациясына', suggestion: 'енгізуіне' },
      // What is watched stands in the dative, which «бақылайды» would want in the accusative («енгізуін
      // бақылайды»): nothing to paste.
      { text: 'мониторинг жүргізеді', suggestion: null },
      // A jargon phrase ending in a light verb gets the plain verb in its form, as officialese does.
      { text: 'мониторинг жүргізеді', occurrence: 2, suggestion: 'бақылайды' },
    ],
  },
  {
    // «Кейси» is a name, not «кейс» with an ending; a verbal noun of the jargon verb takes its case.
    rule: 'kk/jargon',
    text: 'Пол Кейси жеңді. Бұл кейсте қиын. Олар имплементациялауға дайын.',
    expected: [
      { text: 'кейсте', suggestion: 'мысалда' },
      { text: 'имплементациялауға', suggestion: 'енгізуге' },
    ],
  },
  {
    rule: 'kk/jargon',
    text: 'Жаңа үйге инженерлік коммуникациялар тартылды.',
    expected: [{ text: 'инженерлік коммуникациялар', suggestion: 'инженерлік желілер' }],
  },
  {
    rule: 'kk/jargon',
    text: 'Соңғы мерзім — 1 наурыз. Өтінімдерді тексерген соң пікіріңізді сұраймыз.',
    expected: [],
  },
  {
    // The past of a verb in -ла/-ле is no passive present («аралады»: visited; «талқылады»: discussed), the
    // present passive of a verb root in a vowel is («жасалады», «қаралады», «сипатталады»).
    rule: 'kk/passive',
    text: 'Президент емхананы аралады. Тараптар ахуалды талқылады. Жалақы көлемі жоғарылады. Ол бөлмені тазалады. Құжат жасалады. Өтініш қаралады. Бұрыш былай сипатталады.',
    expected: [{ text: 'жасалады' }, { text: 'қаралады' }, { text: 'сипатталады' }],
  },
  {
    // The passive converb in -а/-е before «бастау» (began to be built) and the future of intention in -мақ/-мек
    // are passives; a noun's dative or possessive that ends alike («жылына», «қолына») and the converb of a
    // middle verb («жинала») are not.
    rule: 'kk/passive',
    text: 'Ауылда жаңа үйлер салына бастады. Әріптестік кеңейтілмек. Мектеп биыл салынбақ. Жылына бір рет ол қолына алды. Тұрғындар жинала бастады.',
    expected: [{ text: 'салына' }, { text: 'кеңейтілмек' }, { text: 'салынбақ' }],
  },
  {
    // «Тіркелу» is to register oneself where a person is its subject, said, in its ending or unsaid before it;
    // a thing registered or recorded is a passive.
    rule: 'kk/passive',
    text: 'Тіркелгеннен кейін хабарлама келеді. Порталда тіркеліңіз. Пайдаланушы электрондық кезекке тіркелді. Өтінішіңіз тіркелді. Тәулік ішінде 183 атқылау тіркелді.',
    expected: [
      { text: 'тіркелді', occurrence: 2 },
      { text: 'тіркелді', occurrence: 3 },
    ],
  },
  {
    // «Болып саналу» is a copula (counts as), «жөнелу» a root verb, «теңелу» to become equal, «қоюлану» to
    // thicken: none hides an actor. «Деп саналады» (is deemed) and «теңестірілді» (were equalised) do.
    rule: 'kk/passive',
    text: 'Бұл мәселе маңызды болып саналады. Ол үйге қарай жөнеледі. Күн мен түн теңеледі. Тұман қоюланып келеді. Өтініш жарамсыз деп саналады. Жалақылар теңестірілді.',
    expected: [{ text: 'саналады', occurrence: 2 }, { text: 'теңестірілді' }],
  },
  {
    // A participle of standing (insured, obliged, limited, employed) names a state, bare or before «болу»,
    // unless its actor stands before it; the passive present and another participle before «болу» stay.
    rule: 'kk/passive',
    text: 'Азамат сақтандырылған болуы керек. Сіз сақтандырылған болсаңыз, тегін көмек аласыз. Орын саны шектелген. Ол деректерді ұсынуға міндеттелген. Сіз сақтандырылмаған болсаңыз, жарна төлеңіз. Әкем жұмыспен қамтылған. Қызметкер жұмыс беруші тарапынан сақтандырылған. Қызметкерлер сақтандырылады. Құжаттар тексерілген болуы керек.',
    expected: [
      // With its doer named with «тарапынан», in the active.
      {
        text: 'Қызметкер жұмыс беруші тарапынан сақтандырылған',
        suggestion: 'Жұмыс беруші қызметкерді сақтандырған',
      },
      { text: 'сақтандырылады' },
      { text: 'тексерілген' },
    ],
  },
  {
    // The active settles «тарапынан» (cut it) inside it; officialese with a plain word inside is one finding
    // with the active, the plain word in it. Elsewhere «тарапынан» is flagged as before.
    rule: 'kk/officialese',
    text: 'Өтініш комиссия тарапынан қаралады. Тиісті құжаттар комиссия тарапынан тексерілді. Құжат бір ай ішінде комиссия тарапынан қаралады.',
    expected: [
      {
        text: 'Тиісті құжаттар комиссия тарапынан тексерілді',
        suggestion: 'Комиссия керекті құжаттарды тексерді',
      },
      { text: 'тарапынан', occurrence: 3, suggestion: null },
    ],
  },
  {
    // A passive whose doer is named with «тарапынан» is offered in the active: the doer first, the subject in
    // the accusative (after the possessive -н), the verb in the passive's form. A body named with its
    // possessor is one doer; a doer not right before the verb, or a subject in another case, gets nothing.
    rule: 'kk/passive',
    text: 'Өтініш комиссия тарапынан қаралады. Құжаттар облыстық комиссия тарапынан тексерілді. Өтініші сот тарапынан қаралды. Жоба облыстың білім басқармасы тарапынан тексеріледі. Анықтама ХҚКО тарапынан беріледі. Тексеру комиссия тарапынан бекітілді. Өтініш комиссия тарапынан бір ай ішінде қаралады. Өтінішке комиссия тарапынан жауап беріледі.',
    expected: [
      { text: 'Өтініш комиссия тарапынан қаралады', suggestion: 'Комиссия өтінішті қарайды' },
      {
        text: 'Құжаттар облыстық комиссия тарапынан тексерілді',
        suggestion: 'Облыстық комиссия құжаттарды тексерді',
      },
      { text: 'Өтініші сот тарапынан қаралды', suggestion: 'Сот өтінішін қарады' },
      {
        text: 'Жоба облыстың білім басқармасы тарапынан тексеріледі',
        suggestion: 'Облыстың білім басқармасы жобаны тексереді',
      },
      { text: 'Анықтама ХҚКО тарапынан беріледі', suggestion: 'ХҚКО анықтаманы береді' },
      // A word in у takes the endings of a voiced consonant: «тексеруді», not «тексеруні».
      { text: 'Тексеру комиссия тарапынан бекітілді', suggestion: 'Комиссия тексеруді бекітті' },
      { text: 'қаралады', occurrence: 2, suggestion: null },
      { text: 'беріледі', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A dictionary noun in ы/і takes -ны (жалақыны), a possessive -н (үйін); a pronoun its own accusative (оны);
    // оқы- is the verb of «оқылды» (оқыды). An adverb before the doer would be read as the object, and an
    // action noun with a light verb is the officialese rule's: nothing to paste.
    rule: 'kk/passive',
    text: 'Жалақы бухгалтер тарапынан төленді. Оның үйі өрт сөндірушілер тарапынан құтқарылды. Ол комиссия тарапынан тексерілді. Хат бастық тарапынан оқылды. Сабақ бүгін мұғалім тарапынан өткізілді.',
    expected: [
      { text: 'Жалақы бухгалтер тарапынан төленді', suggestion: 'Бухгалтер жалақыны төледі' },
      {
        text: 'Оның үйі өрт сөндірушілер тарапынан құтқарылды',
        suggestion: 'Өрт сөндірушілер оның үйін құтқарды',
      },
      { text: 'Ол комиссия тарапынан тексерілді', suggestion: 'Комиссия оны тексерді' },
      { text: 'Хат бастық тарапынан оқылды', suggestion: 'Бастық хатты оқыды' },
      { text: 'өткізілді', suggestion: null },
    ],
  },
  {
    // An agent noun in -ушы/-уші takes its object before it as one doer («қызмет көрсетуші»), when a subject
    // still stands before them; alone, the word before it is the subject.
    rule: 'kk/passive',
    text: 'Шарт қызмет көрсетуші тарапынан бұзылды. Өтініш тексеруші тарапынан қаралды.',
    expected: [
      { text: 'Шарт қызмет көрсетуші тарапынан бұзылды', suggestion: 'Қызмет көрсетуші шартты бұзды' },
      { text: 'Өтініш тексеруші тарапынан қаралды', suggestion: 'Тексеруші өтінішті қарады' },
    ],
  },
  {
    // Reported speech: a clause made a noun in the accusative or the dative is the object of the verb after it,
    // and its active would open with the doer in the nominative, read as that verb's subject («Комиссия
    // құжатты қабылдағанын растайды»: the commission confirms) — nothing to paste. As the subject of «белгілі»
    // or «керек» the clause keeps its active.
    rule: 'kk/passive',
    text: 'Құжат комиссия тарапынан қабылданғанын растайды. Хабарлама өтініш комиссия тарапынан қаралғанын растайды. Өтініш комиссия тарапынан қаралғанына қуанды. Өтініш комиссия тарапынан қаралғаны белгілі. Өтініш комиссия тарапынан қаралуы керек.',
    expected: [
      { text: 'қабылданғанын', suggestion: null },
      { text: 'қаралғанын', suggestion: null },
      { text: 'қаралғанына', suggestion: null },
      {
        text: 'Өтініш комиссия тарапынан қаралғаны',
        occurrence: 2,
        suggestion: 'Комиссия өтінішті қарағаны',
      },
      { text: 'Өтініш комиссия тарапынан қаралуы', suggestion: 'Комиссия өтінішті қарауы' },
    ],
  },
  {
    // A personal pronoun before the subject modifies no noun: it is the subject of the sentence's own verb, and
    // the active would put it into the object («комиссия біз өтінішті қарағаннан»). Nothing to paste. A
    // demonstrative («бұл», «ол» before a noun) goes with its noun into the object.
    rule: 'kk/passive',
    // «Мен» between two nouns is «and».
    text: 'Біз өтініш комиссия тарапынан қаралғаннан кейін хабарлаймыз. Олар құжат комиссия тарапынан қаралады деп ойлайды. Бұл өтініш комиссия тарапынан қаралғаннан кейін жауап келеді. Мен өтініш комиссия тарапынан қаралғаннан кейін келдім. Өтініш мен құжат комиссия тарапынан қаралады.',
    expected: [
      { text: 'қаралғаннан', suggestion: null },
      { text: 'қаралады', suggestion: null },
      {
        text: 'Бұл өтініш комиссия тарапынан қаралғаннан',
        suggestion: 'Комиссия бұл өтінішті қарағаннан',
      },
      { text: 'қаралғаннан', occurrence: 3, suggestion: null },
      {
        text: 'Өтініш мен құжат комиссия тарапынан қаралады',
        suggestion: 'Комиссия өтініш мен құжатты қарайды',
      },
    ],
  },
  {
    // The middle voice is no passive: one gets ready, joins, suffers, water spills; nor a name mid-sentence
    // («Есенгелді»).
    rule: 'kk/passive',
    text: 'Спортшылар жарысқа дайындалуда. Қазақстан ұйымға қосылды. Ол көп қиналды. Су төгілді. Ауылға Есенгелді келді. Құжаттар қабылданады. Тамақ аспазшы тарапынан дайындалды.',
    expected: [
      { text: 'қабылданады' },
      // After «тарапынан», which names the doer, such a verb is a passive.
      { text: 'Тамақ аспазшы тарапынан дайындалды', suggestion: 'Аспазшы тамақты дайындады' },
    ],
  },
  {
    // Verbs whose -ыл/-н is lexical or middle: a mirage shimmers, one takes fright, flinches, hesitates, gets
    // ready, keeps apart; a case recurs. After «тарапынан» such a verb with a transitive base is a passive.
    rule: 'kk/passive',
    text: 'Сағым құбылып тұр. Адамдар үрейленеді. Ол майданнан тайсалды. Ол іркіліп қалды. Олар кетуге ыңғайланды. Ол өзгеден оқшауланып жүр. Ол қуанышқа бөленді. Мұндай жағдай қайталанбауы керек. Өтініш комиссия тарапынан қайталанды. Жобаға қаржы бөлінді.',
    expected: [
      { text: 'Өтініш комиссия тарапынан қайталанды', suggestion: 'Комиссия өтінішті қайталады' },
      { text: 'бөлінді' },
    ],
  },
  {
    // «Өтеу» (to repay) is a verb: «өтеледі» is its passive, not the past of a verb made from «өте» (very),
    // which stays an adverb.
    rule: 'kk/passive',
    text: 'Шығыстарыңыз толық өтеледі. Кезек өте ұзақ.',
    expected: [{ text: 'өтеледі' }],
  },
  {
    // Participles joined by «немесе» before one noun are its attributes; a condition or a time with a participle
    // and «жағдайда» or «кезде» sets the scene, as «-са» does. The main clause's passive and joined participles
    // that end a clause stay passives.
    rule: 'kk/passive',
    text: 'Кесілетін немесе қайта отырғызылатын ағаштардың орналасу схемасы қажет. Құрылыс жүргізілетін жағдайда жоба керек. Денсаулыққа зиян келтірілген жағдайда пациенттің өтініші қаралады. Ескерту шығарылған кезде толқын келді. Ағаштар кесілген немесе сатылған. Ағаш заңсыз кесілді.',
    expected: [{ text: 'қаралады' }, { text: 'кесілген' }, { text: 'сатылған' }, { text: 'кесілді' }],
  },
  {
    // A state subsides or persists of itself, people split, a lake dries up: no one acts. A book printed, a
    // revolt put down, data kept, funds allocated, a pipe laid stay passives; one held liable («жауаптылыққа
    // тартылу») is the law's fixed phrase, no passive. A word in -ды before «мен» (and) is a noun or a name, not
    // a past that ends its clause.
    rule: 'kk/passive',
    text: 'Аймақта әлі де шиеленіс басылмаған. Қызығушылық екінші айға дейін сақталды. Тұрғындар екіге бөлінді. Көл тартылып қалды. Қобыланды мен Ақжол келді. Кітап Алматыда басылды. Көтеріліс басылды. Деректер бес жылға дейін сақталады. Жағдай туралы деректер сақталады. Жобаға қаржы бөлінді. Үйге газ құбыры тартылды. Куәгер қылмыстық жауаптылыққа тартылуы мүмкін. Қызметкерлер тәртіптік жауапкершілікке тартылады.',
    expected: [
      { text: 'басылды' },
      { text: 'басылды', occurrence: 2 },
      { text: 'сақталады' },
      { text: 'сақталады', occurrence: 2 },
      { text: 'бөлінді', occurrence: 2 },
      { text: 'тартылды' },
    ],
  },
  {
    // An office «opens» and «closes»: the intransitive verbs, no passive (as Russian «открывается»).
    rule: 'kk/passive',
    text: 'Орталық сағат 9-да ашылады және 18-де жабылады. Құжаттар орталықта қабылданады.',
    expected: [{ text: 'қабылданады' }],
  },
  {
    // The negative participle with endings is passive too; before the noun it describes it is not.
    rule: 'kk/passive',
    text: 'Құжаттар тапсырылмағандықтан, өтініш қаралмады. Тапсырылмаған құжаттарды әкеліңіз.',
    expected: [{ text: 'тапсырылмағандықтан' }, { text: 'қаралмады' }],
  },
  {
    rule: 'kk/passive',
    text: 'Өтініш бес жұмыс күні ішінде қаралады. Жауап SMS арқылы жіберіледі, ал анықтама ХҚКО-да беріледі.',
    expected: [{ text: 'қаралады' }, { text: 'жіберіледі' }, { text: 'беріледі', occurrence: 2 }],
  },
  {
    rule: 'kk/passive',
    text: 'Құжаттар белгіленген мерзімде қабылданады, ал төлем жүзеге асырылады.',
    // «төлем жүзеге асырылады» has its own plain replacement (officialese, «төленеді»): one finding there.
    expected: [{ text: 'қабылданады' }],
  },
  {
    rule: 'kk/passive',
    text: 'Анықтама тегін берілді. Ұсынылған құжаттар порталда тіркеледі.',
    expected: [{ text: 'берілді' }, { text: 'тіркеледі' }],
  },
  {
    // A participle before a noun modifies it («берілген анықтаманы», «төленетін сома»), a verbal noun makes a
    // compound («сайлану құқығы»); before the sentence's end, a comma, an auxiliary, a conjunction or «соң»,
    // «жағдайда» it is the predicate of a passive clause («Құжат берілген жағдайда» is one for kk/officialese,
    // which offers «берілсе» in its place).
    rule: 'kk/passive',
    text: 'Сайлану құқығы бар. Берілген анықтаманы сақтаңыз, төленетін сома SMS арқылы келеді. Анықтама берілген. Өтініш қаралған еді. Құжат қабылданған соң хабарлаймыз. Құжат берілген жағдайда, өтініш қаралған және тіркелген болады.',
    expected: [
      { text: 'берілген' },
      { text: 'қаралған' },
      { text: 'қабылданған' },
      { text: 'қаралған', occurrence: 2 },
      { text: 'тіркелген' },
    ],
  },
  {
    // After the dative of an appointment or a queue, жазыл- is «sign up», not the passive of «write»; on a board it
    // is written.
    rule: 'kk/passive',
    text: 'Сіз дәрігердің қабылдауына жазылдыңыз. Кезекке жазылған адамдар күтеді. Жазылуды растаңыз. Хабарландыру тақтаға жазылды.',
    expected: [{ text: 'жазылды', occurrence: 2 }],
  },
  {
    // Not passive: «басталады» (begins), «болады», «келуге», and «қолданады», «түсінеді», «алып».
    rule: 'kk/passive',
    text: 'Қабылдау 1 маусымда басталады, құжатты кез келген күні алып келуге болады. Біз жаңа жүйені қолданамыз, ол бәріне түсінікті.',
    expected: [],
  },
  {
    rule: 'kk/passive',
    text: 'Біз өтінішіңізді бес күнде қарап, жауапты SMS арқылы жібереміз. Орталық жексенбіде демалады.',
    expected: [],
  },
  {
    // Nouns in л with -ды/-ді are not passives: «дәлелді» (reasoned), «өкілді» (the representative), «тәсілді»
    // (the method); nor «маусымалды» (pre-season); «ойылды» (was dug: ой + ыл) and «жасалды» are.
    rule: 'kk/passive',
    text: 'Өтініш берушіге дәлелді жауап берейік. Біз өкілді шақырып, жаңа тәсілді түсіндірдік. Жер ойылды. Маусымалды дайындық басталды, ал үй жасалды.',
    expected: [{ text: 'ойылды' }, { text: 'жасалды' }],
  },
  {
    // A noun in л or н with -ды/-ді before another word is its accusative or «having» form, not a passive past,
    // which ends its clause («Жыланды өлтірді»: killed the snake; «көгалды жайылым»: a grassy pasture); before a
    // particle, a conjunction or the sentence's end the past is a passive.
    rule: 'kk/passive',
    text: 'Бала жыланды өлтірді. Көгалды жайылымдар көп. Өтініш қабылданды ма? Құжат тексерілді және тіркелді.',
    expected: [{ text: 'қабылданды' }, { text: 'тексерілді' }, { text: 'тіркелді' }],
  },
  {
    // A participle with the possessive before «туралы» and a document names the document's subject («баж
    // төленгені туралы түбіртек»: the receipt for the fee); before a verb it is a clause that hides its actor.
    rule: 'kk/passive',
    text: 'Баж төленгені туралы түбіртекті алыңыз. Оларға кедергі жасалғаны туралы шағымданды.',
    expected: [{ text: 'жасалғаны' }],
  },
  {
    // «Аталған» (the said) and «деп аталады» (is called) name no action; «жіберілді» is a passive.
    rule: 'kk/passive',
    text: 'Аталған құжат «Мекенжай» деп аталады. Хат жіберілді.',
    expected: [{ text: 'жіберілді' }],
  },
  {
    // A noun or a name in -пұл, -бол, -жол with the accusative is no passive past: the bare passive -л follows
    // а, ә, е, ы, і (and и) only. «тіркелді» and «оқылды» are passives.
    rule: 'kk/passive',
    text: 'Өсімпұлды уақытында төлеңіз. Біз Ерболды және Ақжолды шақырдық. Өтініш тіркелді, хат оқылды.',
    expected: [{ text: 'тіркелді' }, { text: 'оқылды' }],
  },
  {
    // A doer in the first person plural takes its verb in its person («біз тексердік», «біз қабылдаймыз»);
    // «мен», «сіз» have no form to paste, so nothing.
    rule: 'kk/passive',
    text: 'Барлық ақпарат біз тарапынан тексерілді. Құжаттар біз тарапынан қабылданады. Өтініш сіз тарапынан толтырылды. Құжаттар мен тарапынан тексерілді.',
    expected: [
      { text: 'Барлық ақпарат біз тарапынан тексерілді', suggestion: 'Біз барлық ақпаратты тексердік' },
      { text: 'Құжаттар біз тарапынан қабылданады', suggestion: 'Біз құжаттарды қабылдаймыз' },
      { text: 'толтырылды', suggestion: null },
      { text: 'тексерілді', occurrence: 2, suggestion: null },
    ],
  },
  {
    // «біз» takes the person of the root the active was built from: «қаралды» is the past of «қара-», so
    // «қарадық», not the present of a shorter «қар-» («қарамыз»); a vowel root in the present keeps «-ймыз».
    rule: 'kk/passive',
    text: 'Өтінішіңіз біз тарапынан қаралды. Жоба біз тарапынан әзірленді. Тапсырма біз тарапынан орындалды. Өтініштер біз тарапынан сараланды. Өтініштер біз тарапынан қаралады.',
    expected: [
      { text: 'Өтінішіңіз біз тарапынан қаралды', suggestion: 'Біз өтінішіңізді қарадық' },
      { text: 'Жоба біз тарапынан әзірленді', suggestion: 'Біз жобаны әзірледік' },
      { text: 'Тапсырма біз тарапынан орындалды', suggestion: 'Біз тапсырманы орындадық' },
      { text: 'Өтініштер біз тарапынан сараланды', suggestion: 'Біз өтініштерді сараладық' },
      { text: 'Өтініштер біз тарапынан қаралады', suggestion: 'Біз өтініштерді қараймыз' },
    ],
  },
  {
    // A time expression between the subject and the doer («2024 жылы»: «жылы» reads like an adjective) is no
    // part of the doer, nor the subject: nothing to paste. Without it the subject and doer are read as before.
    rule: 'kk/passive',
    text: 'Жоба 2024 жылы министрлік тарапынан бекітілді. Жоба облыстық министрлік тарапынан бекітілді.',
    expected: [
      { text: 'бекітілді', suggestion: null },
      {
        text: 'Жоба облыстық министрлік тарапынан бекітілді',
        suggestion: 'Облыстық министрлік жобаны бекітті',
      },
    ],
  },
  {
    // A noun a light verb takes bare («көмек көрсету», «жауап беру», «рұқсат беру») stays bare in the active;
    // another noun is the object in the accusative.
    rule: 'kk/passive',
    text: 'Тұрғындарға көмек волонтерлер тарапынан көрсетілді. Жауап министрлік тарапынан берілді. Рұқсат әкімдік тарапынан берілді. Сыйлықтар демеушілер тарапынан берілді.',
    expected: [
      {
        text: 'Тұрғындарға көмек волонтерлер тарапынан көрсетілді',
        suggestion: 'Волонтерлер тұрғындарға көмек көрсетті',
      },
      { text: 'Жауап министрлік тарапынан берілді', suggestion: 'Министрлік жауап берді' },
      { text: 'Рұқсат әкімдік тарапынан берілді', suggestion: 'Әкімдік рұқсат берді' },
      { text: 'Сыйлықтар демеушілер тарапынан берілді', suggestion: 'Демеушілер сыйлықтарды берді' },
    ],
  },
  {
    // A genitive before the subject's head, which has the possessive, is the head's own and goes with it into
    // the accusative; a genitive as the subject's last word possesses the doer, and nothing is pasted.
    rule: 'kk/passive',
    text: 'Тұрғындардың өтініштері әкімдік тарапынан қаралды. Сіздің өтінішіңіз маман тарапынан қаралды. Өтініш ауданның прокурор тарапынан қаралды.',
    expected: [
      {
        text: 'Тұрғындардың өтініштері әкімдік тарапынан қаралды',
        suggestion: 'Әкімдік тұрғындардың өтініштерін қарады',
      },
      { text: 'Сіздің өтінішіңіз маман тарапынан қаралды', suggestion: 'Маман сіздің өтінішіңізді қарады' },
      { text: 'қаралды', occurrence: 3, suggestion: null },
    ],
  },
  {
    // The converb in -ып shares its subject with the verb after it: the active would give that verb the doer
    // («Комиссия өтінішті қабылдап, кезекке қойылды»: the commission was queued). Before an auxiliary of aspect the
    // two are one verb, which the doer may do.
    rule: 'kk/passive',
    text: 'Өтініш комиссия тарапынан қабылданып, кезекке қойылды. Жоба министрлік тарапынан қаржыландырылып жатыр.',
    expected: [
      { text: 'қабылданып', suggestion: null },
      { text: 'қойылды' },
      {
        text: 'Жоба министрлік тарапынан қаржыландырылып',
        suggestion: 'Министрлік жобаны қаржыландырып',
      },
    ],
  },
  {
    // The negative past and the bookish verbs the lists leave out are regular: their active is pasted too.
    rule: 'kk/passive',
    text: 'Өтінім банк тарапынан қабылданбады. Жоспар директор тарапынан бекітілмеді. Жеңімпаздар әкімдік тарапынан марапатталады. Облыстың жобалары министрлік тарапынан қаржыландырылды.',
    expected: [
      { text: 'Өтінім банк тарапынан қабылданбады', suggestion: 'Банк өтінімді қабылдамады' },
      { text: 'Жоспар директор тарапынан бекітілмеді', suggestion: 'Директор жоспарды бекітпеді' },
      {
        text: 'Жеңімпаздар әкімдік тарапынан марапатталады',
        suggestion: 'Әкімдік жеңімпаздарды марапаттайды',
      },
      {
        text: 'Облыстың жобалары министрлік тарапынан қаржыландырылды',
        suggestion: 'Министрлік облыстың жобаларын қаржыландырды',
      },
    ],
  },
  {
    // An office opens, an event begins, people gather, prices rise of themselves; after «тарапынан» someone does
    // it. «Жөнелтілді» (was dispatched) is a passive, «жөнелді» (set off) is not.
    rule: 'kk/passive',
    text: 'Орталық сағат 9:00-де ашылады. Тұрғындар алаңға жиналды. Бағалар көтерілді. Мектеп облыс әкімі тарапынан ашылды. Мәселе депутаттар тарапынан көтерілді. Олар үйге қарай жөнелді. Құжаттар орталық тарапынан жөнелтілді.',
    expected: [
      { text: 'Мектеп облыс әкімі тарапынан ашылды', suggestion: 'Облыс әкімі мектепті ашты' },
      { text: 'Мәселе депутаттар тарапынан көтерілді', suggestion: 'Депутаттар мәселені көтерді' },
      { text: 'Құжаттар орталық тарапынан жөнелтілді', suggestion: 'Орталық құжаттарды жөнелтті' },
    ],
  },
  {
    // People get ready («дайындалу», the middle voice) for what the dative names; a paper or a plan as the
    // subject is prepared by someone: a passive.
    rule: 'kk/passive',
    text: 'Оқушылар емтиханға дайындалуда. Жоба командасы байқауға дайындалды. Олар жауап беруге дайындалды. Анықтама үш жұмыс күні ішінде дайындалады. Жаңа жоба дайындалды.',
    expected: [{ text: 'дайындалады' }, { text: 'дайындалды', occurrence: 3 }],
  },
  {
    // One «is seen» by a doctor (goes to see one): no passive; a paper looked into and blood tested in a clinic
    // are. A flood and an epidemic subside of themselves.
    rule: 'kk/passive',
    text: 'Ол дәрігерге қаралды. Бала педиатрға қаралды. Өтініш бір ай ішінде қаралды. Қан емханада тексеріледі. Су тасқыны басылды.',
    expected: [{ text: 'қаралды', occurrence: 3 }, { text: 'тексеріледі' }],
  },
  {
    rule: 'kk/double-negative',
    text: 'Жеңілдік алуға мүмкіндігіңіз жоқ емес. Мұндай өтінішті қарамауға болмайды.',
    expected: [{ text: 'жоқ емес' }, { text: 'қарамауға болмайды' }],
  },
  {
    rule: 'kk/double-negative',
    text: 'Әкімдік бұл мәселені шешпей қоймайды. Құжатты бермеуі мүмкін емес.',
    expected: [{ text: 'шешпей қоймайды' }, { text: 'бермеуі мүмкін емес' }],
  },
  {
    // Single negatives: «мүмкін емес» after an affirmative verb, «болмауы мүмкін» without «емес».
    rule: 'kk/double-negative',
    text: 'Құжатсыз өтінішті қабылдау мүмкін емес. Кейбір анықтамалар керек болмауы мүмкін.',
    expected: [],
  },
  {
    rule: 'kk/long-sentence',
    text: 'Жәрдемақы алу үшін жеке куәлігіңізді, банк шотыңыздың нөмірін және еңбек кітапшасының көшірмесін алып, тұратын жеріңіздегі халыққа қызмет көрсету орталығына жұмыс күндері таңертең келіңіз.',
    expected: [
      {
        text: 'Жәрдемақы алу үшін жеке куәлігіңізді, банк шотыңыздың нөмірін және еңбек кітапшасының көшірмесін алып, тұратын жеріңіздегі халыққа қызмет көрсету орталығына жұмыс күндері таңертең келіңіз.',
      },
    ],
  },
  {
    // 15 words: just under the limit.
    rule: 'kk/long-sentence',
    text: 'Жәрдемақы алу үшін жеке куәлігіңізді және банк шотыңыздың нөмірін алып, жақын жердегі орталыққа бүгін келіңіз.',
    expected: [],
  },
  {
    // 33 words: a very long sentence, reported by kk/very-long-sentence instead.
    rule: 'kk/long-sentence',
    text: 'Егер сіз жұмыссыз қалсаңыз, жеке куәлігіңізді, еңбек кітапшаңызды және банк шотыңыздың нөмірін алып, тұратын жеріңіздегі халыққа қызмет көрсету орталығына барыңыз, сонда маман өтінішіңізді сол күні қабылдайды, тексереді және жауабын бір апта ішінде жібереді.',
    expected: [],
  },
  {
    rule: 'kk/very-long-sentence',
    text: 'Егер сіз жұмыссыз қалсаңыз, жеке куәлігіңізді, еңбек кітапшаңызды және банк шотыңыздың нөмірін алып, тұратын жеріңіздегі халыққа қызмет көрсету орталығына барыңыз, сонда маман өтінішіңізді сол күні қабылдайды, тексереді және жауабын бір апта ішінде жібереді.',
    expected: [
      {
        text: 'Егер сіз жұмыссыз қалсаңыз, жеке куәлігіңізді, еңбек кітапшаңызды және банк шотыңыздың нөмірін алып, тұратын жеріңіздегі халыққа қызмет көрсету орталығына барыңыз, сонда маман өтінішіңізді сол күні қабылдайды, тексереді және жауабын бір апта ішінде жібереді.',
      },
    ],
  },
  {
    rule: 'kk/very-long-sentence',
    text: 'Жәрдемақы алу үшін жеке куәлігіңізді, банк шотыңыздың нөмірін және еңбек кітапшасының көшірмесін алып, тұратын жеріңіздегі халыққа қызмет көрсету орталығына жұмыс күндері таңертең келіңіз.',
    expected: [],
  },
  {
    rule: 'kk/long-paragraph',
    text: 'Жәрдемақыны онлайн рәсімдеуге болады. Электрондық үкімет порталына кіріңіз. «Әлеуметтік қамсыздандыру» бөлімін ашыңыз. Өтінішті толтырыңыз. Оған SMS-кодпен қол қойыңыз. Жауап бес жұмыс күні ішінде келеді.',
    expected: [
      {
        text: 'Жәрдемақыны онлайн рәсімдеуге болады. Электрондық үкімет порталына кіріңіз. «Әлеуметтік қамсыздандыру» бөлімін ашыңыз. Өтінішті толтырыңыз. Оған SMS-кодпен қол қойыңыз. Жауап бес жұмыс күні ішінде келеді.',
      },
    ],
  },
  {
    rule: 'kk/long-paragraph',
    text: 'Жәрдемақыны онлайн рәсімдеуге болады. Электрондық үкімет порталына кіріңіз. Өтінішті толтырыңыз. Оған SMS-кодпен қол қойыңыз. Жауап бес жұмыс күні ішінде келеді.',
    expected: [],
  },
  {
    // A plain noun the jargon rule offers («деректемелер» for «реквизиттер») is not a long word in its own
    // forms; a stack of endings on another word still is.
    rule: 'kk/long-word',
    text: 'Деректемелеріңізді тексеріңіз. Бұл хабарласуларыңызды жеңілдетеді.',
    expected: [{ text: 'хабарласуларыңызды' }],
  },
  {
    // The causal converb counts as its participle: «тапсырылмаған» is 13 letters.
    rule: 'kk/long-word',
    text: 'Құжаттар тапсырылмағандықтан, өтініштер кешігіп қаралды.',
    expected: [],
  },
  {
    // Officialese offers «жақсартылмағандықтан» in its place: the long word's own finding would add nothing.
    rule: 'kk/long-word',
    text: 'Жүйе жетілдірілмегендіктен, өтініштер кешігіп қаралды.',
    expected: [],
  },
  {
    // Long only because of their endings, and known to every reader.
    rule: 'kk/long-word',
    text: 'Қазақстан Республикасындағы мемлекеттік қызметкерлердің жалақысы артты.',
    expected: [],
  },
  {
    // Broadcasters and agencies of world news are read by their letters; others are still spelled out.
    rule: 'kk/undefined-abbreviation',
    text: 'NBC арнасы мен ФБР хабарлады, ал ЖҚС үндемеді.',
    expected: [{ text: 'ЖҚС' }],
  },
  {
    // Language tests are known by their letters only; an unknown Latin abbreviation still wants its full name.
    rule: 'kk/undefined-abbreviation',
    text: 'IELTS бойынша 6,5 балл немесе TOEFL бойынша 79 балл керек. GRE тапсырмайсыз.',
    expected: [{ text: 'GRE' }],
  },
  {
    // Defined in the next sentence.
    rule: 'kk/undefined-abbreviation',
    text: 'Жарна МӘМС-ке төленеді. МӘМС дегеніміз – міндетті әлеуметтік медициналық сақтандыру. ЖАО-ға барыңыз. Ол жұмыс істейді.',
    expected: [{ text: 'ЖАО' }],
  },
  {
    // «ХҚКО-ға, яғни халыққа қызмет көрсету орталығына, …»: spelled out after «яғни»; a wrong full name is not.
    rule: 'kk/undefined-abbreviation',
    text: 'ХҚКО-ға, яғни халыққа қызмет көрсету орталығына, келіңіз. ЖАО, яғни әкімдік, жауап береді.',
    expected: [{ text: 'ЖАО' }],
  },
  {
    rule: 'kk/undefined-abbreviation',
    text: 'Жәрдемақыны ХҚКО-да рәсімдеуге болады. Өтінішке АХАЖ берген туу туралы куәлікті және ЖСН-ді қоса беріңіз. ХҚКО сенбіде де ашық.',
    expected: [{ text: 'ХҚКО' }, { text: 'АХАЖ' }],
  },
  {
    rule: 'kk/undefined-abbreviation',
    text: 'ҚР Үкіметі жаңа қағидаларды бекітті. Қағидалар ҚР азаматтарына қатысты.',
    expected: [{ text: 'ҚР' }],
  },
  {
    // The legal idiom «(бұдан әрі – ХҚКО)» defines it too; a bracket with other words in it does not.
    rule: 'kk/undefined-abbreviation',
    text: 'Халыққа қызмет көрсету орталығы (бұдан әрі – ХҚКО) өтініштерді қабылдайды. Жергілікті атқарушы орган (бұдан әрі мәтінде – «ЖАО») жауап береді. Анықтаманы ХҚКО береді (ҚР заңына сәйкес).',
    expected: [{ text: 'ҚР' }],
  },
  {
    rule: 'kk/undefined-abbreviation',
    text: 'Халыққа қызмет көрсету орталығына (ХҚКО) жеке куәлігіңізді алып барыңыз. ХҚКО-да ЖСН, БСН және ҰБТ нәтижесі туралы анықтама аласыз.',
    expected: [],
  },
  {
    rule: 'kk/all-caps',
    text: 'Құжаттардың түпнұсқасын алып келіңіз. ЕСКЕРТУ: көшірмелер қабылданбайды.',
    expected: [{ text: 'ЕСКЕРТУ' }],
  },
  {
    rule: 'kk/all-caps',
    text: 'ХҚКО мен АХАЖ бөлімдері сенбіде жұмыс істемейді. БҰҰ мен ТМД елдерінің азаматтары да қызмет ала алады.',
    expected: [],
  },
  {
    // A long abbreviation defined in brackets is not shouting; the same word typed in running text is.
    rule: 'kk/all-caps',
    text: 'Ядролық сынақтарға жаппай тыйым салу туралы шарт ұйымы (ЯСЖТСШҰ) хат жіберді. ЯСЖТСШҰ ЖАУАП КҮТЕДІ.',
    expected: [{ text: 'ЯСЖТСШҰ ЖАУАП КҮТЕДІ' }],
  },
  {
    rule: 'kk/mixed-script',
    text: 'Қaзақстан азаматтары бұл қызметті тегін алады.',
    expected: [{ text: 'Қaзақстан', suggestion: 'Қазақстан' }],
  },
  {
    rule: 'kk/mixed-script',
    text: 'SMS-хабарламадағы кодты egov.kz порталына енгізіңіз.',
    expected: [],
  },
  {
    // Typed on a Russian keyboard: each word the lists know with its letters put back is offered so; «жауап»
    // has no Kazakh letter, the name «Асель» inside the sentence is left alone.
    rule: 'kk/lost-letters',
    text: 'Кужаттарды Асель апайга тапсырыныз, бирак жауап жок.',
    expected: [
      { text: 'Кужаттарды', suggestion: 'Құжаттарды' },
      { text: 'апайга', suggestion: 'апайға' },
      { text: 'тапсырыныз', suggestion: 'тапсырыңыз' },
      { text: 'бирак', suggestion: 'бірақ' },
      { text: 'жок', suggestion: 'жоқ' },
    ],
  },
  {
    // Latin typed without marks, offered in the 2021 alphabet: s may be ş, k may be q («ortalykka»).
    rule: 'kk/lost-letters',
    text: 'Otinis beru ushin ortalykka keliniz.',
    expected: [
      { text: 'Otinis', suggestion: 'Ötınış' },
      { text: 'ushin', suggestion: 'üşın' },
      { text: 'ortalykka', suggestion: 'ortalyqqa' },
      { text: 'keliniz', suggestion: 'kelıñız' },
    ],
  },
  {
    // An abbreviation keeps its capitals with its letters put back («АКШ-пен» → «АҚШ-пен»), and its ending as
    // typed (its vowels follow how it is said: «ЕО-дан» gets nothing); a Latin word among Cyrillic ones is a
    // foreign word («UK»), not Kazakh typed without marks.
    rule: 'kk/lost-letters',
    text: 'АКШ-пен келиссоз журди. UK пен ЕО-дан хабар келди.',
    expected: [
      { text: 'АКШ-пен', suggestion: 'АҚШ-пен' },
      { text: 'келиссоз', suggestion: 'келіссөз' },
      { text: 'журди', suggestion: 'жүрді' },
      { text: 'келди', suggestion: 'келді' },
    ],
  },
  {
    // The genitive is put back where only it fits: after қ (балықтың: the accusative would be балықты), after
    // a possessive of a noun (университетінің; the participle's -етінін needs a verb), after a vowel of a
    // listed noun (қаланың); a participle -ған of a verb keeps its accusative -ын (алғанын).
    rule: 'kk/lost-letters',
    text: 'Каланын акими балыктын багасы мен университетинин жатакханасы туралы кужатты алганын айтты.',
    expected: [
      { text: 'Каланын', suggestion: 'Қаланың' },
      { text: 'акими', suggestion: 'әкімі' },
      { text: 'балыктын', suggestion: 'балықтың' },
      { text: 'багасы', suggestion: 'бағасы' },
      { text: 'университетинин', suggestion: 'университетінің' },
      { text: 'жатакханасы', suggestion: 'жатақханасы' },
      { text: 'кужатты', suggestion: 'құжатты' },
      { text: 'алганын', suggestion: 'алғанын' },
    ],
  },
  {
    // The informal second person is no reading to offer: «туынды» (a work), which the lists lack, is not
    // «туыңды» (your flag); the participle «соғатын» is not «соғатың» (your hour).
    rule: 'kk/lost-letters',
    // («Кателикке акеп согатын» is now the officialese finding «әкеп соғатын» → «әкелетін», read restored.)
    text: 'Бул туынды жел согатын жагдайды корсетеди.',
    expected: [
      { text: 'Бул', suggestion: 'Бұл' },
      { text: 'согатын', suggestion: 'соғатын' },
      { text: 'жагдайды', suggestion: 'жағдайды' },
      { text: 'корсетеди', suggestion: 'көрсетеді' },
    ],
  },
  {
    // Endings follow vowel harmony: «конференциясы» keeps its back -сы after -ия (not конференциясі), and «кушкан»
    // gets nothing, since the only reading the lists know, күшқан, puts a back -қан after the front күш (the word
    // is құшқан, which they lack); күштісі, after the front күш, is offered.
    rule: 'kk/lost-letters',
    text: 'Конференциясы ертен басталады, онда ажал кушкан адамдарды еске алады, куштиси жениске жетеди.',
    expected: [
      { text: 'ертен', suggestion: 'ертең' },
      { text: 'куштиси', suggestion: 'күштісі' },
      { text: 'жениске', suggestion: 'жеңіске' },
      { text: 'жетеди', suggestion: 'жетеді' },
    ],
  },
  {
    // «салыстырып» (comparing) is a word as typed, by a root as long as any reading's: it is not offered as
    // «сәлістіріп», which only сәл (a little) reaches.
    rule: 'kk/lost-letters',
    text: 'Биз еки нусканы салыстырып, олардын айырмашылыгын таптык.',
    expected: [
      { text: 'Биз', suggestion: 'Біз' },
      { text: 'еки', suggestion: 'екі' },
      { text: 'олардын', suggestion: 'олардың' },
      { text: 'айырмашылыгын', suggestion: 'айырмашылығын' },
      { text: 'таптык', suggestion: 'таптық' },
    ],
  },
  {
    // A paragraph with Kazakh letters is read as typed: «кешикти» is a typo there, not a keyboard's habit.
    rule: 'kk/lost-letters',
    text: 'Бала мектепке барады, бірақ кешикти.',
    expected: [],
  },
  {
    rule: 'kk/repeated-word',
    text: 'Өтінішті және және құжаттарды бірге тапсырыңыз.',
    expected: [{ text: 'және және' }],
  },
  {
    // The same word across a sentence end, and a hyphenated reduplication, are not typos.
    rule: 'kk/repeated-word',
    text: 'Өтінішіңізді қабылдадық. Қабылдадық деген хабар тез-тез келеді.',
    expected: [],
  },
  {
    // «Қоғамдық бірлестік» (a public association) and its republican kind are legal statuses, one noun each:
    // no chain with the genitive of the next phrase. A real chain around the term stays.
    rule: 'kk/nominal-chain',
    text: 'Республикалық қоғамдық бірлестік облыстардың көпшілігінде филиалдары болса тіркеледі. Қоғамдық бірлестік құру тәртібін жетілдіру мәселелерін талқыладық.',
    expected: [{ text: 'Қоғамдық бірлестік құру тәртібін жетілдіру мәселелерін' }],
  },
  {
    // A noun in the dative, locative, ablative or instrumental belongs to a verb or a postposition: the chain
    // ends there, and what follows is another phrase.
    rule: 'kk/nominal-chain',
    text: 'Уэльс консерваторы атаудың өзгеруіне тобының ашық болғанын айтты. Трамп бір апталық тергеу жүргізуге нұсқау берді. Трамптың АҚШ-тың сайлауына араласқысы келуін айыптауы таң қалдырды. Әкімдік қызмет көрсету сапасын бақылау жүйесін жетілдіруде.',
    expected: [{ text: 'көрсету сапасын бақылау жүйесін' }],
  },
  {
    // A chain that ends in a body is the body's name, which the editor cannot reword («Облыстық денсаулық сақтау
    // басқармасы», «Сапаны қамтамасыз ету комитеті»).
    rule: 'kk/nominal-chain',
    text: 'Облыстық денсаулық сақтау басқармасы тұрғындарды шақырады. Білім сапасын қамтамасыз ету комитеті колледждерді тексерді. Әкімдік қызмет көрсету сапасын бақылау жүйесін жетілдіруде.',
    expected: [{ text: 'көрсету сапасын бақылау жүйесін' }],
  },
  {
    // A head with the third-person possessive ends its phrase unless a possessed noun follows; a verbal noun's
    // accusative is an object, which only a verbal noun may follow.
    rule: 'kk/nominal-chain',
    text: 'Денсаулық сақтау министрлігі тұмауға қарсы екпе жариялады. Өтінімдерді қарауды өңірлік үйлестіру кеңесі жүзеге асырады. Тексеруді ұйымдастыру мерзімін белгілеу қажет.',
    expected: [{ text: 'Тексеруді ұйымдастыру мерзімін белгілеу' }],
  },
  {
    // An attribute of time («күндізгі») belongs to the noun after it, and an adverb («уақтылы») to the verb:
    // neither is part of a chain.
    rule: 'kk/nominal-chain',
    text: 'Орталық сайлау комиссиясы күндізгі уақытта жұмыс істейді. Басшыларға жылу желілерін жөндеу жұмыстарының сапасын уақтылы тексеруді тапсырды.',
    expected: [{ text: 'жылу желілерін жөндеу жұмыстарының сапасын' }],
  },
  {
    // A sentence's first word in the bare plural is its subject, not a possessor or object in a chain; a bare
    // plural before anything but a possessive or a verbal noun is an object of its own.
    rule: 'kk/nominal-chain',
    text: 'Тұрғындар жылу беру мәселелері бойынша хабарласады. Кеше студенттер мемлекеттік қолдау бағдарламасы туралы сұрады.',
    expected: [],
  },
  {
    // «No later than» a date is flagged with nothing to paste: «дейін» may leave the day out. Not after
    // another ablative (came from work without delay), nor alone («Кешіктірмей хабарлаңыз»).
    rule: 'kk/officialese',
    text: 'Өтінішті 1 қазаннан кешіктірмей тапсырыңыз. Есеп 15 наурызынан кешіктірілмей ұсынылады. Ол жұмыстан кешіктірмей келді. Кешіктірмей хабарлаңыз.',
    expected: [
      { text: 'қазаннан кешіктірмей', suggestion: null },
      { text: 'наурызынан кешіктірілмей', suggestion: null },
    ],
  },
  {
    // A body named by a bare noun before an object in the accusative is the clause's subject, not part of
    // the chain; an attribute in -лық before one is («Орталық мемлекеттік органдарды…»).
    rule: 'kk/nominal-chain',
    text: 'Әкімдік азаматтарды қабылдау кестесін бекіту туралы шешім қабылдады. Орталық мемлекеттік органдарды бақылау жүйесін жетілдіру қажет.',
    expected: [
      { text: 'азаматтарды қабылдау кестесін бекіту' },
      { text: 'Орталық мемлекеттік органдарды бақылау жүйесін жетілдіру' },
    ],
  },
  {
    // A noun that ends in -у as a verbal noun does («жылу», heat) does not follow an accusative in a chain, and a
    // bare verbal noun binds to no adjective after it: each opens the next phrase. A verbal noun after an
    // accusative, and a possessed noun after a bare verbal noun, stay links of a chain.
    rule: 'kk/nominal-chain',
    text: 'Әкімдік тұрғындарды жылу беру маусымына шақырады. Субсидия төлеу бюджеттік бағдарламаның әкімшісі арқылы жүзеге асырылады. Басшыларға жылу желілерін жөндеу жұмыстарының сапасын уақтылы тексеруді тапсырды.',
    expected: [{ text: 'жылу желілерін жөндеу жұмыстарының сапасын' }],
  },
  {
    // One verbal noun with its object in the accusative (and at most its head after it) is a clause: «су құбыры
    // желілерін жаңғырту», «қызметтерді алу тәртібі». A service's name with no action in it is a name. A genitive
    // in the object or a second verbal noun makes a chain.
    rule: 'kk/nominal-chain',
    text: 'Тарифтер су құбыры желілерін жаңғырту қажеттілігіне байланысты. Бұл көпшілік тұрғындарының этникалық ерекшелігін бұзуы мүмкін. Мемлекеттік қызметтерді алу тәртібі туралы ақпарат бар. Электрондық цифрлық құжаттар сервисі арқылы куәлік қабылданады. Біз мемлекеттік қызметтерді алу тәртібін жеңілдету жоспарын бекіттік. Бұл электрондық құжаттарды тексеру жүйесін жетілдіру қажет.',
    expected: [
      // «бұзуы мүмкін» is the predicate: the chain is its object.
      { text: 'көпшілік тұрғындарының этникалық ерекшелігін' },
      { text: 'мемлекеттік қызметтерді алу тәртібін жеңілдету жоспарын' },
      { text: 'электрондық құжаттарды тексеру жүйесін жетілдіру' },
    ],
  },
  {
    // A thing stolen or damaged in a clause of time or condition is the case a rule provides for, alone or in a
    // list: no one is hidden. Told as an event, or as the predicate, it stays a passive.
    rule: 'kk/passive',
    text: 'Куәлік жоғалған, ұрланған немесе бүлінген кезде жаңасын алыңыз. Құжат зақымдалған жағдайда бізге хабарлаңыз. Көлік ұрланды. Құжат бүлінген.',
    expected: [{ text: 'ұрланды' }, { text: 'бүлінген', occurrence: 2 }],
  },
  {
    // A locative attribute at the start links a phrase to the words before: «…арасындағы сауда соғысының
    // басталуы» is three words of chain, not four.
    rule: 'kk/nominal-chain',
    text: 'Екі ел арасындағы сауда соғысының басталуы алаңдатады.',
    expected: [],
  },
  {
    rule: 'kk/nominal-chain',
    text: 'Кеңесте мемлекеттік қызметтер көрсету сапасын арттыру мәселелері бойынша баяндама тыңдалды.',
    expected: [{ text: 'мемлекеттік қызметтер көрсету сапасын арттыру мәселелері' }],
  },
  {
    rule: 'kk/nominal-chain',
    text: 'Біз мемлекеттік қызметтерді жақсартамыз: өтінішті тезірек қараймыз.',
    expected: [],
  },
  {
    // Intransitive verbs whose -л-/-ыл- is no passive any more: «spread», «rise», «break off».
    rule: 'kk/passive',
    text: 'Жаңалық елге тез таралды, бағалар көтерілді, байланыс үзілді. Өтініш қабылданды.',
    expected: [{ text: 'қабылданды' }],
  },
  {
    // Verbs made from nouns with -лан/-лен and «құрал-» (consist of) are not passives.
    rule: 'kk/passive',
    text: 'Әскер шекарада шоғырланған, жауынгерлер қаруланған. Топ бес адамнан құралған.',
    expected: [],
  },
  {
    // «Деп аталған» is «called», not «the said»; after a title one is named to, it may be either («рухани
    // басшысы аталған адамдар»: people called spiritual leaders).
    rule: 'kk/officialese',
    text: 'Ву деп аталған бөлесі келді. Аталған құжатты тапсырыңыз. Халық рухани басшысы аталған адамдарды құрметтейді. Ұйым өкілдері аталған құжатқа қол қойды.',
    expected: [
      { text: 'Аталған', suggestion: 'Бұл' },
      { text: 'аталған', occurrence: 3, suggestion: 'бұл' },
    ],
  },
  {
    // English abbreviations are known as written (QR is not read as Kazakh Latin «ҚР»); БАҚ, ФТБ are known.
    rule: 'kk/undefined-abbreviation',
    text: 'QR-кодты сканерлеңіз, SMS-хабарлама келеді. БАҚ өкілдері мен ФТБ қызметкерлері келді. БЖЗҚ-дан үзінді алыңыз.',
    expected: [{ text: 'БЖЗҚ' }],
  },
  {
    // A reduplication typed without its hyphen is offered the hyphen; a doubled postposition is a typo.
    rule: 'kk/repeated-word',
    text: 'Ол жай жай жүрді, әр әр үйде үлкен-үлкен шамдар жанды. Салық он пайызға дейін дейін өсті.',
    expected: [
      { text: 'жай жай', suggestion: 'жай-жай' },
      { text: 'әр әр', suggestion: 'әр-әр' },
      { text: 'дейін дейін', suggestion: 'дейін' },
    ],
  },
  {
    // A doubled Latin name first in a sentence is still a name.
    rule: 'kk/repeated-word',
    text: 'Roa Roa қонақ үйінде қалғандар көп. Ол ол күні келмеді.',
    expected: [{ text: 'Ол ол', suggestion: 'Ол' }],
  },
  {
    // An object in the accusative continues a chain before the verbal noun that governs it.
    rule: 'kk/nominal-chain',
    text: 'Комиссия тұрғындарды қорғау шараларын қабылдау тәртібін бекітті.',
    expected: [{ text: 'тұрғындарды қорғау шараларын қабылдау тәртібін' }],
  },
  {
    // Names and titles in capitals, pronouns and participles end a chain.
    rule: 'kk/nominal-chain',
    text: 'Кеше Денсаулық Сақтау Министрі Ұлттық Ғылым Академиясының жиынына қатысты. Бұл қағаз оның тұрақты жұмыс орнын сақтау мүмкіндігін беретін құжат болды.',
    expected: [],
  },
  {
    // A chain ends before a verb in -ды («берді») and an accusative that is a new clause's object («әдісі
    // деректерді»); adverbs («тағы», «әлі») and days of the week are no nouns of a chain.
    rule: 'kk/nominal-chain',
    text: 'Бұл шешім көрсеткішті өзгертуге мүмкіндік берді және біз қуандық. Жаңа зерттеу әдісі деректерді талдауға көмектесті. Біз оны тағы жүзуді аңсау әлі бар деп білдік. Ұлттық орталық сенбі күні хабарлады.',
    expected: [],
  },
  {
    // A -лық attribute belongs to the noun after it: «қарсылық көрсету әрекеті» is three words.
    rule: 'kk/nominal-chain',
    text: 'Бұл қарсылық көрсету әрекеті экономикалық себептерге негізделген.',
    expected: [],
  },
  {
    // «-ған жағдайда» (в случае если) is the verb in -са, for any verb: affirmative, negative, passive, in the
    // Latin alphabet too. Not where the participle names the cases («заңда көзделген жағдайларда»), is a
    // quantifier («көптеген жағдайларда») or the phrase is a state («қоршалған жағдайда болдым»).
    rule: 'kk/officialese',
    text: 'Емтиханды тапсырмаған жағдайда қайта келіңіз. Қате анықталған жағдайларда ақша қайтарылады. Қоңырау түскен жағдайда 102-ге хабарласыңыз. Заңда көзделген жағдайларда айыппұл салынады. Көптеген жағдайларда бәрі жақсы. Мен қоршалған жағдайда болдым. Ötınış tolyq toltyrylmağan jağdaida qaitarylady.',
    expected: [
      { text: 'тапсырмаған жағдайда', suggestion: 'тапсырмасаңыз' },
      { text: 'анықталған жағдайларда', suggestion: 'анықталса' },
      { text: 'түскен жағдайда', suggestion: 'түссе' },
      { text: 'көзделген', suggestion: 'жазылған' },
      { text: 'toltyrylmağan jağdaida', suggestion: 'toltyrylmasa' },
    ],
  },
  {
    // A bracketed abbreviation spells out the words before it: a paste would leave «әкімдіктер (ЖАО)», so nothing
    // to paste there. It is an aside, not the clause's end: the subject before it («фактісі») keeps the passive
    // first.
    rule: 'kk/officialese',
    text: 'Жергілікті атқарушы органдар (ЖАО) көлік береді. Жергілікті атқарушы органдар көлік береді. Оның фактісі хал актілерін тіркеу (АХАТ) органдарында тіркелуге жатады. Жыл сайын (2024 жылдан) тіркеуге жатады.',
    expected: [
      { text: 'Жергілікті атқарушы органдар', suggestion: null },
      { text: 'Жергілікті атқарушы органдар', occurrence: 2, suggestion: 'Әкімдіктер' },
      { text: 'тіркелуге жатады', suggestion: 'тіркелуі керек' },
      { text: 'тіркеуге жатады', suggestion: 'тіркеу керек' },
    ],
  },
  {
    // The fourteenth review's misses: a period in days and nights counted on («үш тәулік ішінде»), not back
    // from a date; the works of giving or checking and their light verb are the verb; «тіркеуден өту» is
    // «тіркелу» (not the causative «өткізу»); a request to the reader is the polite imperative.
    rule: 'kk/officialese',
    text: 'Анықтама үш тәуліктен кешіктірілмей беріледі. Тыңдауға дейін үш тәуліктен кешіктірілмей хабарлаймыз. Басқарма жолдамалар беру жұмыстарын жүзеге асырады. Басқарма тексеру жұмыстарын жүзеге асырады. Білім беру жұмыстары жалғасады. Порталда тіркеуден өтіп, өтініш беріңіз. Көлікті тіркеуден өткізу керек. Туыстарыңызды осы ескертумен таныстыруыңызды сұраймыз.',
    expected: [
      { text: 'тәуліктен кешіктірілмей', suggestion: 'тәулік ішінде' },
      { text: 'тәуліктен кешіктірілмей', occurrence: 2, suggestion: null },
      { text: 'беру жұмыстарын жүзеге асырады', suggestion: 'береді' },
      { text: 'тексеру жұмыстарын жүзеге асырады', suggestion: 'тексереді' },
      { text: 'тіркеуден өтіп', suggestion: 'тіркеліп' },
      { text: 'таныстыруыңызды сұраймыз', suggestion: 'таныстырыңыз' },
    ],
  },
  {
    // «Будет проводиться» (-атын болады) is the present; «подлежит рассмотрению» (-луға жатады) the passive
    // present; «жалғасын табады» is «жалғасады».
    rule: 'kk/officialese',
    text: 'Жұмыс тобы ай сайынғы негізде жиналатын болады. Ұсыныстар жоспарға енгізілетін болады. Шағым бес күн ішінде қаралуға жатады. Бұл жұмыс алдағы жылы да жалғасын табатын болады.',
    expected: [
      { text: 'ай сайынғы негізде', suggestion: 'ай сайын' },
      { text: 'жиналатын болады', suggestion: 'жиналады' },
      { text: 'енгізілетін болады', suggestion: 'енгізіледі' },
      { text: 'қаралуға жатады', suggestion: 'қаралады' },
      { text: 'жалғасын табатын болады', suggestion: 'жалғасады' },
    ],
  },
  {
    // A compound of two nouns replaced by one noun: its head's possessive is the compound's, kept only after a
    // possessor in the genitive («облыстың жол картасы» → «облыстың жоспары»); «…жұмыстары» names one action.
    rule: 'kk/officialese',
    text: 'Өңірде жол картасы әзірленді. Облыстың жол картасы бекітілді. Жөндеу жұмыстарының сапасы жақсарды. Мектептің жөндеу жұмыстары аяқталды. Жүйелі жұмыстың нәтижесі көрінді.',
    expected: [
      { text: 'жол картасы', suggestion: 'жоспар' },
      { text: 'жол картасы', occurrence: 2, suggestion: 'жоспары' },
      { text: 'Жөндеу жұмыстарының', suggestion: 'Жөндеудің' },
      { text: 'жөндеу жұмыстары', suggestion: 'жөндеуі' },
      { text: 'Жүйелі жұмыстың', suggestion: 'Жұмыстың' },
    ],
  },
  {
    // «Туралы» follows its noun: at the start of a clause there is none, and before the bare «мәселе» a noun is
    // the subject, not what the issue is about; a pointing word («осы») is one «туралы» can follow.
    rule: 'kk/officialese',
    text: 'Мәселе бойынша органдарға хабарласыңыз. Азаматтар мәселелер бойынша хабарласады. Осы мәселе бойынша хабарласыңыз.',
    expected: [
      { text: 'Мәселе бойынша', suggestion: null },
      { text: 'мәселелер бойынша', suggestion: null },
      { text: 'мәселе бойынша', suggestion: 'туралы' },
    ],
  },
  {
    // «Туралы» in place of «мәселесі бойынша» needs a noun before it: after an adjective, nothing to paste.
    // «X туралы шешім қабылдау» and «X тиімділігін арттыру» would need X in another case. «Сапасын арттыру» is
    // the ordinary collocation.
    rule: 'kk/officialese',
    text: 'Зейнетақы мәселесі бойынша хабарласыңыз. Әкім азаматтарды жеке мәселелері бойынша қабылдады. Субсидия төлеу туралы шешім қабылданады. Біз жұмыс тиімділігін арттырамыз. Білім беру сапасын арттырамыз.',
    expected: [
      { text: 'мәселесі бойынша', suggestion: 'туралы' },
      { text: 'мәселелері бойынша' },
      { text: 'шешім қабылданады' },
      { text: 'тиімділігін арттырамыз' },
    ],
  },
  {
    // A possessed noun before «бар» is a phrase of having of its own («мүгедектігі бар балаларға»): the chain
    // stops before it. Without «бар» the nouns stack.
    rule: 'kk/nominal-chain',
    text: 'Кеңесте орын алу құқығы мүгедектігі туралы айтылды. Бірінші кезекте орын алу құқығы мүгедектігі бар балаларға беріледі.',
    expected: [{ text: 'орын алу құқығы мүгедектігі' }],
  },
  {
    // A place in a queue and the right to one are no event taking place; a dispute is.
    rule: 'kk/officialese',
    text: 'Бірінші кезекте орын алу құқығы балаларға беріледі. Баланың орын алу құқығы сақталады. Жиналыста дау орын алды.',
    expected: [{ text: 'орын алды', suggestion: 'болды' }],
  },
  {
    // A department or a branch in the instrumental before a passive is its doer, as a body is; a resolution
    // («қаулысымен бекітіледі») is the means, and one agrees with a department («бөлімімен келісілді»).
    rule: 'kk/instrumental-agent',
    text: 'Іс-шара аудандық білім бөлімімен ұйымдастырылады. Жоспар бөлімімен келісілді. Ереже үкімет қаулысымен бекітіледі.',
    expected: [{ text: 'бөлімімен ұйымдастырылады' }],
  },
  {
    // An action carried out right after its verbal noun is that noun's verb in the light verb's form; with the
    // doer between them, nothing to paste.
    rule: 'kk/officialese',
    text: 'Біз хабарламаны жіберуді жүзеге асырамыз. Жүйе деректерді жаңартуды жүзеге асырды. Шағымды қарауды облыстық сот жүзеге асырады.',
    expected: [
      { text: 'жіберуді жүзеге асырамыз', suggestion: 'жібереміз' },
      { text: 'жаңартуды жүзеге асырды', suggestion: 'жаңартты' },
      { text: 'жүзеге асырады', suggestion: null },
    ],
  },
  {
    // The seventeenth review: a participle closing a bracketed aside describes the noun («куәлігі (ЖСН
    // көрсетілген)»), property «кепілге қойылған» is mortgaged, a state, and a case «сотта қаралып жатқан» is
    // pending with its court named: no finding. A clause in brackets, the act in the past and a pending case
    // with no body keep theirs.
    rule: 'kk/passive',
    text: 'Баланың туу туралы куәлігі (ЖСН көрсетілген) қажет. Анықтама (өтініш 5 күнде қаралады) беріледі. Мүлік кепілге қойылған немесе оған тыйым салынған жағдайда тіркеу тоқтатыла тұрады. Мүлік кепілге қойылды. Сотта қаралып жатқан дауларға қатысты ақпарат жоқ. Жақында қаралып жатқан даулар бар.',
    expected: [
      { text: 'қаралады' },
      { text: 'беріледі' },
      { text: 'қойылды' },
      { text: 'қаралып', occurrence: 2 },
    ],
  },
  {
    // A passive in a clause of time or condition sets the scene: an editor leaves it. The main clause's stays.
    rule: 'kk/passive',
    text: 'Өтініш тіркелгеннен кейін хабарлама жіберіледі. Шағым қаралғанға дейін күтіңіз. Егер кемшілік анықталса, хабарласыңыз. Шағым қаралғанша күтіңіз.',
    expected: [{ text: 'жіберіледі' }],
  },
  {
    // A document becoming void («күші жойылады») is a fixed phrase with no doer; a paper destroyed has one.
    rule: 'kk/passive',
    text: 'Жолдаманың күші жойылады. Қаулының күші жойылуы мүмкін. Құжат жойылады.',
    expected: [{ text: 'жойылады', occurrence: 2 }],
  },
  {
    // In a text that speaks to «Сіз», a condition whose main clause names a person of its own as the subject
    // («тұтынушы … құқылы») is that person's: the third person first. With no such subject, the reader's.
    rule: 'kk/officialese',
    text: 'Сізге хабарлаймыз. Сараптама нәтижесімен келіспеген жағдайда тұтынушы сотқа шағымдануға құқылы. Сараптама нәтижесімен келіспеген жағдайда тұтынушыға жауап жіберіледі.',
    expected: [
      { text: 'келіспеген жағдайда', suggestion: 'келіспесе' },
      { text: 'шағымдануға құқылы', suggestion: 'шағымдана алады' },
      { text: 'келіспеген жағдайда', occurrence: 2, suggestion: 'келіспесеңіз' },
    ],
  },
  {
    // A text may speak to its reader through the verb's endings alone («тапсырасыз», «әкеліңіз»): a condition
    // with no subject named is the reader's there. A privative adjective in -сыз («ақысыз», «кезексіз»,
    // «сапасыз») is no address: the third person first.
    rule: 'kk/officialese',
    text: 'Құжаттарды порталда тапсырасыз. Шешіммен келіспеген жағдайда, шағым сотқа беріледі.',
    expected: [{ text: 'келіспеген жағдайда', suggestion: 'келіспесеңіз' }],
  },
  {
    rule: 'kk/officialese',
    text: 'Қызмет ақысыз және кезексіз көрсетіледі. Өнім сапасыз. Шешіммен келіспеген жағдайда, шағым сотқа беріледі.',
    expected: [{ text: 'келіспеген жағдайда', suggestion: 'келіспесе' }],
  },
  {
    // A noun whose stem ends in -ңыз/-ңіз («маңызды», «теңізде») does not speak to the reader: with no reader
    // to offer, «өтініш берушінің» is the plain word. «Тапсырасыз» alone does.
    rule: 'kk/officialese',
    text: 'Каспий теңізінде балық аулау маңызды. Өтініш берушінің өтініші қаралады.',
    expected: [],
  },
  {
    rule: 'kk/officialese',
    text: 'Құжаттарды порталда тапсырасыз. Өтініш берушінің өтініші қаралады.',
    expected: [{ text: 'Өтініш берушінің өтініші', suggestion: 'Сіздің өтінішіңіз' }],
  },
  {
    // «Беруге құқылысыз» (you are entitled to give) is «бере аласыз», in the person of «құқылы»; as the predicate
    // only («беруге құқылы адамдар» is no finding). «Құқылы емес» is no «алмайды», and a root that cannot be told
    // («оқуға»: «оқы-» or «оқ-») builds nothing: nothing to paste.
    rule: 'kk/officialese',
    text: 'Сіз шағым беруге құқылысыз. Біз шартты тоқтатуға құқылымыз. Тұтынушы тауарды қайтаруға құқылы. Ол шағым беруге құқылы емес. Сіз тегін оқуға құқылысыз. Шағым беруге құқылы адамдар келді.',
    expected: [
      { text: 'беруге құқылысыз', suggestion: 'бере аласыз' },
      { text: 'тоқтатуға құқылымыз', suggestion: 'тоқтата аламыз' },
      { text: 'қайтаруға құқылы', suggestion: 'қайтара алады' },
      { text: 'беруге құқылы емес', suggestion: null },
      { text: 'оқуға құқылысыз', suggestion: null },
    ],
  },
  {
    // «Баруға тиіссіз» is «баруыңыз керек», «тиіспіз» «баруымыз керек»: the verbal noun takes the possessive in
    // the harmony of its dative. Before a question particle «керек» would want «пе»: nothing to paste.
    rule: 'kk/officialese',
    text: 'Сіз бүгін келуге тиіссіз. Сіз құжаттарды тапсыруға тиістісіз. Біз жауап беруге тиіспіз. Сіз баруға тиіссіз бе?',
    expected: [
      { text: 'келуге тиіссіз', suggestion: 'келуіңіз керек' },
      { text: 'тапсыруға тиістісіз', suggestion: 'тапсыруыңыз керек' },
      { text: 'беруге тиіспіз', suggestion: 'беруіміз керек' },
      { text: 'баруға тиіссіз', suggestion: null },
    ],
  },
  {
    // A request in the passive («ала келуіңіз сұралады») is the polite imperative: «-ыңыз» after a consonant,
    // «-ңыз» after a vowel. With «Сізден» or «Сіздің» in the clause, left without its verbal noun, nothing to
    // paste.
    rule: 'kk/officialese',
    text: 'Құжаттарды ала келуіңіз сұралады. Анықтаманы ұсынуыңыз сұралады. Өзгерістер туралы хабарлауыңыз сұралады. Сізден анықтаманы ұсынуыңыз сұралады.',
    expected: [
      { text: 'келуіңіз сұралады', suggestion: 'келіңіз' },
      { text: 'ұсынуыңыз сұралады', suggestion: 'ұсыныңыз' },
      { text: 'хабарлауыңыз сұралады', suggestion: 'хабарлаңыз' },
      { text: 'ұсынуыңыз сұралады', occurrence: 2, suggestion: null },
    ],
  },
  {
    // «Кезекке қою тәртібімен» is «кезекпен»; before a verb that takes the instrumental as its object the
    // procedure is a noun, what one reads: no finding.
    rule: 'kk/officialese',
    text: 'Балалар балабақшаға кезекке қою тәртібімен қабылданады. Кезек тәртібімен танысыңыз. Кезекке қою тәртібімен танысыңыз.',
    expected: [{ text: 'кезекке қою тәртібімен', suggestion: 'кезекпен' }],
  },
  {
    // «болады» allows only a verbal noun in the dative: a nominative one («айналысу … болады») would say
    // "happens", and a dative a participle takes («Лицензиялауға жататын») is not what is allowed.
    rule: 'kk/officialese',
    text: 'Лицензиялауға жататын қызметпен айналысу лицензия алғаннан кейін ғана рұқсат етіледі. Қызметпен айналысуға лицензия алғаннан кейін ғана рұқсат етіледі. Темекі шегу рұқсат етілмейді.',
    expected: [
      { text: 'рұқсат етіледі', suggestion: null },
      { text: 'рұқсат етіледі', occurrence: 2, suggestion: 'болады' },
      { text: 'рұқсат етілмейді', suggestion: null },
    ],
  },
  {
    rule: 'kk/officialese',
    text: 'Қайта тапсыруға 7 күннен кейін жол беріледі. Темекі шегуге тыйым салынады. Паспорт төлем жасалған күннен бастап дайындалады. Төлем бюджет қаражаты есебінен жүргізілді. Мектеп пайдалануға берілді. Сізге хабарлаймыз: ақшаны өтінім берушінің шотына аударамыз.',
    expected: [
      { text: 'жол беріледі', suggestion: 'болады' },
      { text: 'тыйым салынады', suggestion: 'болмайды' },
      { text: 'төлем жасалған', suggestion: 'төленген' },
      { text: 'бюджет қаражаты есебінен', suggestion: 'бюджеттен' },
      { text: 'пайдалануға берілді', suggestion: 'ашылды' },
      { text: 'өтінім берушінің шотына', suggestion: 'сіздің шотыңызға' },
    ],
  },
  {
    // A quoted title before the law, programme or company it names is the title's own wording; a quotation is
    // not. A name's noun keeps its capital in the suggestion.
    rule: 'kk/officialese',
    text: 'Қағидалар «Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» Қазақстан Республикасының Заңына сәйкес әзірленді. Әкім: «Біз жұмысты жүзеге асырамыз», – деді.',
    expected: [
      { text: 'Заңына сәйкес', suggestion: 'Заңы бойынша' },
      // A quotation is read, with nothing to paste into someone else's words.
      { text: 'жүзеге асырамыз', suggestion: null },
    ],
  },
  {
    // «Сотталмағандығы туралы анықтама» names a certificate; people «gather» («жиналды»); «дәмелен-» is made
    // from a noun. A participle in -атын with a case is a clause («ажыратылатынын»: that it will be cut off).
    rule: 'kk/passive',
    text: 'Сотталмағандығы туралы анықтаманы порталдан аласыз. Тұрғындар алаңға жиналды. Ол жерге дәмеленетінін айтты. Үйлер судан ажыратылатынын хабарлаймыз.',
    expected: [{ text: 'ажыратылатынын' }],
  },
  {
    // A word with a case ending, and a pronoun, are not reduplicated: a doubled one is a typo. «Жиі жиі» and
    // «қатты қатты» want their hyphen.
    rule: 'kk/repeated-word',
    text: 'Құжаттарды құжаттарды тексердік. Жиі жиі қойылатын сұрақтар. Біз біз келдік. Ол қатты қатты айқайлады.',
    expected: [
      { text: 'Құжаттарды құжаттарды', suggestion: 'Құжаттарды' },
      { text: 'Жиі жиі', suggestion: 'Жиі-жиі' },
      { text: 'Біз біз', suggestion: 'Біз' },
      { text: 'қатты қатты', suggestion: 'қатты-қатты' },
    ],
  },
  {
    // An object in the possessive accusative («салығын») ends a chain before a word that is no verbal noun.
    rule: 'kk/nominal-chain',
    text: 'Салық төлеушілер мүлік салығын ағымдағы жылдың 1 қазанына дейін төлейді.',
    expected: [],
  },
  {
    rule: 'kk/jargon',
    text: 'Ол call-орталықтан хабарласты. Call-орталығына хабарласыңыз. Жоспар мониторингтен өткізіледі.',
    expected: [
      { text: 'call-орталықтан', suggestion: 'байланыс орталығынан' },
      { text: 'Call-орталығына', suggestion: 'Байланыс орталығына' },
      { text: 'мониторингтен өткізіледі', suggestion: 'бақыланады' },
    ],
  },
  {
    // Terms of art: guardianship's home check and its establishing, registration at the place of residence, the
    // military register, a department's name, the vehicle registration certificate, reconstruction as a kind of
    // building work. Near them the plain words keep their findings; being entered on a register in a text about
    // the military one gets nothing to paste (no «тіркелу», a first registration), on the tax register it does.
    rule: 'kk/officialese',
    text: 'Маман тұрғын үй-тұрмыстық жағдайларын тексеруді жоспарлайды. Қорғаншылық белгіленген күні хабарлаймыз. Азамат тұрғылықты жері бойынша тіркеу туралы анықтама алады. Азамат тұрғылықты жері бойынша жүгінеді. Азаматтар әскери есепке қойылады. Сарбаз жаңа басқармада есепке қойылады. Иесі көлік құралын тіркеу туралы куәлікті ұсынады. Иесі көлік құралын әкеледі.',
    expected: [
      { text: 'тұрғылықты жері', occurrence: 2, suggestion: 'тұратын жері' },
      { text: 'есепке қойылады', occurrence: 2, suggestion: null },
      { text: 'көлік құралын', occurrence: 2, suggestion: 'көлікті' },
    ],
  },
  {
    // Once the text is not about the military register, «есепке қою» is a registration.
    rule: 'kk/officialese',
    text: 'Кәсіпкер салық органында есепке қойылады.',
    expected: [{ text: 'есепке қойылады', suggestion: 'тіркеледі' }],
  },
  {
    rule: 'kk/passive',
    text: 'Қорғаншылық белгіленген жағдайда хабарлаймыз. Мөлшер белгіленген.',
    expected: [{ text: 'белгіленген', occurrence: 2 }],
  },
  {
    // A chain that begins inside a body's name, a term («жұмыспен қамту және әлеуметтік бағдарламалар бөлімі»),
    // counts the name as one noun: no chain. The home check's name is one noun too.
    rule: 'kk/nominal-chain',
    text: 'Қызметтерді аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің әлеуметтік қызметкерлері көрсетеді. Маман үміткердің тұрғын үй-тұрмыстық жағдайларын тексеру жүргізеді. Қызметтерді аудандық әлеуметтік бағдарламалар бөлімінің әлеуметтік қызметкерлері көрсетеді.',
    expected: [{ text: 'аудандық әлеуметтік бағдарламалар бөлімінің әлеуметтік қызметкерлері' }],
  },
  {
    // Reconstruction is one of the kinds of building work the law lists: no long word.
    rule: 'kk/long-word',
    text: 'Реконструкциялауды, кеңейтуді бастау үшін рұқсат керек. Эвакуацияланғандарға көмектесеміз.',
    expected: [{ text: 'Эвакуацияланғандарға' }],
  },
  {
    // Bookish words with a plain one: «зерделеу» → «зерттеу» in every form («зерделі», clever, is another word);
    // «жай-күйі» → «жағдайы» in its case. Force majeure, periodicity and «өту жүргізу» have no one paste.
    rule: 'kk/officialese',
    text: 'Комиссия тұрмыстық жағдайын зерделейді. Құжаттар зерделенеді. Зерделі бала оқиды. Шиналардың жай-күйін бақылаймыз. Еңсерілмейтін күш мән-жайлары болса, хабарлаңыз. Байқаудан өту мерзімділігі екі жыл. Мерзімді басылымдар шығады. Медициналық куәландырудан өту жүргізіледі.',
    expected: [
      { text: 'зерделейді', suggestion: 'зерттейді' },
      { text: 'зерделенеді', suggestion: 'зерттеледі' },
      { text: 'жай-күйін', suggestion: 'жағдайын' },
      { text: 'Еңсерілмейтін күш мән-жайлары', suggestion: null },
      { text: 'мерзімділігі', suggestion: null },
      { text: 'өту жүргізіледі', suggestion: null },
    ],
  },
  {
    // «Танылады» is the present passive of «тану» (to recognise, deem), not a past of a verb in -ла: flagged as
    // «танылды» is. The active «таныды» is no passive.
    rule: 'kk/passive',
    text: 'Дәлелді себеп ретінде азаматтың ауруы танылады. Ол бізді таныды.',
    expected: [{ text: 'танылады' }],
  },
  {
    // An expert review («сараптама») is no check («тексеру»): as a finite verb there is nothing to paste; named
    // as an action its light verb goes, in its case («сараптама жүргізуге» → «сараптамаға»). «Тексеру жүргізеді»
    // keeps its verb.
    rule: 'kk/officialese',
    text: 'Жеке тұрғын үй бойынша сараптама жүргізу талап етілмейді. Сараптама жүргізуге өтініш береміз. Комиссия жобаға сараптама жүргізеді. Комиссия құжаттарды тексеру жүргізеді.',
    expected: [
      { text: 'сараптама жүргізу', suggestion: 'сараптама' },
      { text: 'талап етілмейді', suggestion: 'керек емес' },
      { text: 'Сараптама жүргізуге', suggestion: 'Сараптамаға' },
      { text: 'сараптама жүргізеді', suggestion: null },
      { text: 'тексеру жүргізеді', suggestion: 'тексереді' },
    ],
  },
  {
    // «Сіздің», «біздің» in place of a possessor in the genitive take the possessed noun into their person, the
    // head of a phrase whose first word is an attribute or a compound's first part too («тұрғын үйіне», not
    // «тұрғыңызды»); where it cannot be read («басын»: «бас» or «ба»?; a participle on the phrase: «жеке басын
    // куәландыратын құжаты»), «сіздің» alone would not fit: nothing to paste. A service's recipient named short («қызмет
    // алушы») may be someone the reader applies for: no «сіз».
    rule: 'kk/officialese',
    text: 'Көрсетілетін қызметті алушының өтініші қаралды. Көрсетілетін қызметті берушінің шешіміне шағым беріңіз. Өтініш берушінің жеке басын тексереміз. Өтініш берушіге хабарлама келеді. Комиссия өтініш берушінің тұрғылықты жеріне барады. Маман өтініш берушінің тұрғын үйіне барды. Маман өтініш берушінің өтінішін қайтарды. Маман өтініш берушінің жеке басын куәландыратын құжатын тексереді. Қызмет алушының жағдайы өзгерді. Қызмет алушыға хабарлаймыз.',
    expected: [
      { text: 'Көрсетілетін қызметті алушының өтініші', suggestion: 'Сіздің өтінішіңіз' },
      { text: 'Көрсетілетін қызметті берушінің шешіміне', suggestion: 'Біздің шешімімізге' },
      { text: 'Өтініш берушінің' },
      { text: 'Өтініш берушіге', suggestion: 'Сізге' },
      { text: 'өтініш берушінің тұрғылықты жеріне', suggestion: 'сіздің тұрғылықты жеріңізге' },
      { text: 'өтініш берушінің тұрғын үйіне', suggestion: 'сіздің тұрғын үйіңізге' },
      { text: 'өтініш берушінің өтінішін', suggestion: 'сіздің өтінішіңізді' },
      { text: 'өтініш берушінің', occurrence: 4 },
      { text: 'Қызмет алушының', suggestion: null },
      { text: 'Қызмет алушыға', suggestion: null },
    ],
  },
  {
    // «Құжат ұсыну» is «құжат тапсыру» with the noun as written: a passive keeps it the subject. «Қолдау
    // көрсетілді» is «қолдалды» («қолданды» is «was used»).
    rule: 'kk/officialese',
    text: 'Құжаттар ұсынылды. Құжаттарыңызды ұсынған соң хабарласамыз. Облыста қолдау көрсетілді. Құжаттар ұсынылмаған жағдайда бас тартамыз.',
    expected: [
      { text: 'Құжаттар ұсынылды', suggestion: 'Құжаттар тапсырылды' },
      { text: 'Құжаттарыңызды ұсынған', suggestion: 'Құжаттарыңызды тапсырған' },
      { text: 'қолдау көрсетілді', suggestion: 'қолдалды' },
      { text: 'Құжаттар ұсынылмаған жағдайда', suggestion: 'Құжаттар тапсырылмаса' },
    ],
  },
  {
    // «Жүзеге асыру», «іске асыру» after a plan, a programme, a project or a dream (its object or its passive's
    // subject), anywhere in the clause before, is to fulfil it: «орындау»; «арманын жасады», «Жоба жасалды»
    // would have it made. After another noun «жасау» stays first.
    rule: 'kk/officialese',
    text: 'Ол арманын жүзеге асырды. Министрлік жаңа бағдарламаны іске асырады. Жоба жүзеге асырылды. Әкімдік көпір құрылысын жүзеге асырды. Әкімдік бағдарламаны 2025 жылы жүзеге асырады.',
    expected: [
      { text: 'жүзеге асырды', suggestion: 'орындады' },
      { text: 'іске асырады', suggestion: 'орындайды' },
      { text: 'жүзеге асырылды', suggestion: 'орындалды' },
      { text: 'жүзеге асырды', occurrence: 2, suggestion: 'жасады' },
      { text: 'жүзеге асырады', suggestion: 'орындайды' },
    ],
  },
  {
    // «Аталған» ending its clause, or after the name a thing is called by, is «named», no «the said»: left alone.
    rule: 'kk/officialese',
    text: 'Көше Абайдың атымен аталған. Бұл мектеп ақынның есімімен аталған мектеп. Аталған құжаттар бес күнде қаралады.',
    expected: [{ text: 'Аталған', suggestion: 'Бұл' }],
  },
  {
    // «Орын алу» is «болу» for an event; a place won or a seat taken («бірінші орын алды», «өзіне орын алды») is
    // left alone.
    rule: 'kk/officialese',
    text: 'Команда жарыста бірінші орын алды. Ол залдан өзіне орын алды. Қалада жол апаты орын алды.',
    expected: [{ text: 'орын алды', occurrence: 3, suggestion: 'болды' }],
  },
  {
    // «Жолымен» is «арқылы» after the means («келіссөз жолымен»); a road after a genitive, a manner after an
    // adjective («бейбіт жолымен»: «бейбіт арқылы» is not Kazakh) are left alone.
    rule: 'kk/officialese',
    text: 'Ол ауылдың жолымен жүрді. Мәселе бейбіт жолымен шешілді. Мәселе келіссөз жолымен шешілді.',
    expected: [{ text: 'жолымен', occurrence: 3, suggestion: 'арқылы' }],
  },
  {
    // «Көзделмеген» gets a negative («жазылмаған», not «жазылған»); a form no participle stands for, nothing.
    rule: 'kk/officialese',
    text: 'Заңда айыппұл көзделмеген. Бюджетте бұл қаржы көзделген. Заңда көзделгендей, айыппұл салынады.',
    expected: [
      { text: 'көзделмеген', suggestion: 'жазылмаған' },
      { text: 'көзделген', suggestion: 'жазылған' },
      { text: 'көзделгендей', suggestion: null },
    ],
  },
  {
    // «Үш жылдан кем емес» is «кемінде үш жыл»: «кемінде» in the phrase's place («үш жылдан кемінде») is not
    // Kazakh, so nothing to paste.
    rule: 'kk/officialese',
    text: 'Тәжірибесі үш жылдан кем емес маман қажет.',
    expected: [{ text: 'кем емес', suggestion: null }],
  },
  {
    // «Нормативтік құқықтық акт» is «заң» in the act's case and number.
    rule: 'kk/officialese',
    text: 'Нормативтік құқықтық актілерге өзгерістер енгізілді. Заңнамалық актілерде жазылған.',
    expected: [
      { text: 'Нормативтік құқықтық актілерге', suggestion: 'Құқықтық құжаттарға' },
      { text: 'өзгерістер енгізілді', suggestion: null },
      { text: 'Заңнамалық актілерде', suggestion: 'Заңдарда' },
    ],
  },
  {
    // A lever pressed and a road map opened are things: left alone; the means and the plan are officialese.
    rule: 'kk/officialese',
    text: 'Жүргізуші тежегіш тетігін басты. Жаңа қаржыландыру тетігі енгізілді. Саяхатшы жол картасын ашып қарады. Облыстың жол картасы бекітілді.',
    expected: [
      { text: 'тетігі', occurrence: 2, suggestion: 'тәсілі' },
      { text: 'жол картасы', occurrence: 2, suggestion: 'жоспары' },
    ],
  },
  {
    // «Жөнінде» is «туралы», «жөнінен» «жағынан»; after «өз» or a genitive nothing to paste («өз туралы»).
    rule: 'kk/officialese',
    text: 'Зейнетақы жөнінде ақпаратты сайттан алыңыз. Ол өз жөнінде ештеңе айтпады. Сапа жөнінен бұл өнім үздік.',
    expected: [
      { text: 'жөнінде', suggestion: 'туралы' },
      { text: 'жөнінде', occurrence: 2, suggestion: null },
      { text: 'жөнінен', suggestion: 'жағынан' },
    ],
  },
  {
    // «Жөнінде» as "for" (measures to remove, a commission to prevent) is no «туралы»: nothing to paste; before
    // what is written, decided or said it is («заң жобасы туралы», «шешім туралы», «туралы баяндады»).
    rule: 'kk/officialese',
    text: 'Анықталған кемшіліктерді жою жөнінде шаралар қабылдансын. Кемшіліктерді жою жөнінде жұмыстар жүргізілуде. Су тасқынының алдын алу жөнінде комиссия құрылды. Салық жөнінде заң жобасы әзірленді. Жол құрылысы жөнінде шешім қабылданды. Министр жаңа бағдарлама жөнінде баяндады.',
    expected: [
      { text: 'жөнінде', suggestion: null },
      { text: 'шаралар қабылдансын', suggestion: null },
      { text: 'жөнінде', occurrence: 2, suggestion: null },
      { text: 'жұмыстар жүргізілуде', suggestion: 'жұмыс істелуде' },
      { text: 'жөнінде', occurrence: 3, suggestion: null },
      { text: 'жөнінде', occurrence: 4, suggestion: 'туралы' },
      { text: 'жөнінде', occurrence: 5, suggestion: 'туралы' },
      { text: 'шешім қабылданды', suggestion: 'шешілді' },
      { text: 'жөнінде', occurrence: 6, suggestion: 'туралы' },
    ],
  },
  {
    // «Қаралуы тиіс» is «қаралуы керек»; after a dative («келуге тиіс») the verbal noun takes the possessive
    // too («келуі керек»).
    rule: 'kk/officialese',
    text: 'Өтініш бес күнде қаралуы тиіс. Ол бізге келуге тиіс.',
    expected: [
      { text: 'тиіс', suggestion: 'керек' },
      { text: 'келуге тиіс', suggestion: 'келуі керек' },
    ],
  },
  {
    // «Теңге көлемінде», «АЕК мөлшерінде» say the amount: the unit stays, as written. A lake's volume stays.
    rule: 'kk/officialese',
    text: 'Жобаға 5 миллион теңге көлемінде қаржы бөлінді. Айыппұл 100 АЕК мөлшерінде салынады. Көлдің көлемінде өзгеріс жоқ.',
    expected: [
      { text: 'теңге көлемінде', suggestion: 'теңге' },
      { text: 'АЕК мөлшерінде', suggestion: 'АЕК' },
    ],
  },
  {
    // After «пайыз» the amount may be a rate («12 пайыз мөлшерінде беріледі»: lent at 12 %): nothing to paste,
    // «12 пайыз беріледі» would say 12 % of it is given. Before a verb of growth or fall it is the change.
    rule: 'kk/officialese',
    text: 'Несие 12 пайыз мөлшерінде беріледі. Несие жылдық 5 пайыз мөлшерінде беріледі. Баға 8 пайыз мөлшерінде өсті.',
    expected: [
      { text: 'пайыз мөлшерінде', suggestion: null },
      { text: 'пайыз мөлшерінде', occurrence: 2, suggestion: null },
      { text: 'пайыз мөлшерінде', occurrence: 3, suggestion: 'пайыз' },
    ],
  },
  {
    // «X-ке қатысты» before what is said or asked is «X туралы», the noun out of the dative; the past of «қатысу»
    // (took part) and «against» («оған қатысты іс») are left alone.
    rule: 'kk/officialese',
    text: 'Жәрдемақыға қатысты сұрақтар бойынша хабарласыңыз. Осыған қатысты пікіріңізді жазыңыз. Оқушылар жарысқа қатысты. Оған қатысты іс қозғалды.',
    expected: [
      { text: 'Жәрдемақыға қатысты', suggestion: 'Жәрдемақы туралы' },
      { text: 'Осыған қатысты', suggestion: 'Осы туралы' },
    ],
  },
  {
    // «Өзара іс-қимыл» with its light verb is the plain verb in that verb's form; as a noun, «ынтымақтастық» in
    // the noun's form («бірлесіп жұмыс істеу жасайды», «Мекемелердің бірлесіп жұмыс істеу жақсарды» were offered).
    rule: 'kk/officialese',
    text: 'Министрлік әкімдіктермен өзара іс-қимыл жасайды. Мекемелердің өзара іс-қимылы жақсарды. Мекемелер өзара әрекеттеседі.',
    expected: [
      { text: 'өзара іс-қимыл жасайды', suggestion: 'бірлесіп жұмыс істейді' },
      { text: 'өзара іс-қимылы', suggestion: 'ынтымақтастығы' },
      { text: 'өзара әрекеттеседі', suggestion: 'бірлесіп жұмыс істейді' },
    ],
  },
  {
    // «Оның ішінде» breaks a total down (of whom, including): plain Kazakh, no finding. «Өтініш беруші» as the
    // subject is the neutral word for an applicant; in another case, in a text that speaks to the reader
    // («тексеріңіз»), the reader is offered.
    rule: 'kk/officialese',
    text: 'Барлығы 300 адам, оның ішінде 40 бала, жәрдемақы алды. Көп елдер, оның ішінде Қытай, келісті. Өтініш беруші жалған мәліметтер ұсынды. Өтініш берушіге хабарлама келеді, тексеріңіз.',
    expected: [{ text: 'Өтініш берушіге', suggestion: 'Сізге' }],
  },
  {
    // A jargon phrase with a replacement covers the passive inside it: one finding.
    rule: 'kk/passive',
    text: 'Жоспар мониторингтен өткізіледі. Есеп жарияланды.',
    expected: [{ text: 'жарияланды' }],
  },
  {
    // The fourth review's pastes. A determiner before «шешім» is stranded by «шешті» («мынадай шешті»); the
    // address keeps its possessive, the izafet after a number («27 мекенжайда» is not Kazakh) or whose it is;
    // «мыналарды» is ensured, not given, while «қызметті» is given; to a reader addressed as «Сіз», «өз
    // еркіңізбен»; a maslikhat's act is no law.
    rule: 'kk/officialese',
    text: 'Комиссия өтінішті қарап, мынадай шешім қабылдады. Комиссия шешім қабылдады. Учаске Бейбітшілік көшесі, 27 мекенжайы бойынша орналасқан. Кездесу Абай көшесі, 5 мекенжай бойынша өтеді. Құжатты тіркелген мекенжайыңыз бойынша аласыз. Құжатты тіркелген мекенжай бойынша тексереміз. Меншік иесі мыналарды қамтамасыз етуге міндетті. Мекеме қызметті қамтамасыз етеді. Соманы ерікті түрде қайтаруыңызды сұраймыз. Азаматтар ерікті түрде қатысады. Шешімдер нормативтік құқықтық актілерді тіркеуден өтеді.',
    expected: [
      { text: 'шешім қабылдады', suggestion: null },
      { text: 'шешім қабылдады', occurrence: 2, suggestion: 'шешті' },
      { text: 'мекенжайы бойынша', suggestion: 'мекенжайында' },
      { text: 'мекенжай бойынша', suggestion: 'мекенжайында' },
      { text: 'мекенжайыңыз бойынша', suggestion: 'мекенжайыңызда' },
      { text: 'мекенжай бойынша', occurrence: 2, suggestion: 'мекенжайда' },
      { text: 'қамтамасыз етуге', suggestion: null },
      { text: 'қамтамасыз етеді', suggestion: 'береді' },
      { text: 'ерікті түрде', suggestion: 'өз еркіңізбен' },
      { text: 'қайтаруыңызды сұраймыз', suggestion: 'қайтарыңыз' },
      { text: 'ерікті түрде', occurrence: 2, suggestion: 'өз еркімен' },
      { text: 'нормативтік құқықтық актілерді', suggestion: 'құқықтық құжаттарды' },
    ],
  },
  {
    // Pipes and cables under a street are networks: «желілері», not «байланыстары» (telecoms).
    rule: 'kk/jargon',
    text: 'Жерасты коммуникациялары жөнделеді. Компанияда ішкі коммуникация нашар.',
    expected: [
      { text: 'коммуникациялары', suggestion: 'желілері' },
      { text: 'коммуникация', occurrence: 2, suggestion: 'байланыс' },
    ],
  },
  {
    // The 3rd-person jussive passive is an act's enacting formula («…жеке меншікке берілсін», «бақылау …
    // жүктелсін»): no finding; the same verbs in the past stay passives.
    rule: 'kk/passive',
    text: 'Жер учаскесі жеке меншікке өтеусіз берілсін. Бақылау әкімнің орынбасарына жүктелсін. Қағидалар бекітілді.',
    expected: [{ text: 'бекітілді' }],
  },
  {
    // The causal converb counts as its participle («орындалмағандықтан»: «орындалмаған», 12 letters); a
    // nominalised clause of as many letters is long («жалғастыратындығына»).
    rule: 'kk/long-word',
    text: 'Талап орындалмағандықтан, жәрдемақы артық төленді. Біз жұмыстың жалғастыратындығына сенеміз.',
    expected: [{ text: 'жалғастыратындығына' }],
  },
  {
    // An agenda item named by its ordinal or number («Бірінші мәселе бойынша», «күн тәртібінің екінші мәселесі
    // бойынша») is no officialese; after a pointing word it is («осы мәселе бойынша» → «осы туралы»).
    rule: 'kk/officialese',
    text: 'Бірінші мәселе бойынша басшы баяндама жасады. Күн тәртібінің екінші мәселесі бойынша баяндама тыңдалды. Осы мәселе бойынша хабарласыңыз.',
    expected: [{ text: 'мәселе бойынша', occurrence: 2, suggestion: 'туралы' }],
  },
  {
    // The fourth review's misses: «жасақтау жұмыстары» is the action; a higher body; a vehicle (an izafet
    // compound, whose «-ы» is no owner's); a site; a sanction to name; «қайта жаңарту» repeats itself. A legal
    // representative and a higher body are terms of art (`terms.ts`): no finding. Literal «жоғары тұрған» is no
    // finding.
    rule: 'kk/officialese',
    text: 'Сынып жасақтау жұмыстары тамызда өтеді. Баланың заңды өкілінің өтініші қажет. Шағымды жоғары тұрған органға беруге болады. Кітап жоғары тұрған сөреде. Көлік құралдарының қозғалысы тоқтайды. Көлік құралын тоқтатыңыз. Бұзушылық әкімшілік жауаптылыққа әкеп соғады. Желілер қайта жаңартылады. Шешім ресми интернет-ресурсында жарияланады.',
    expected: [
      { text: 'жасақтау жұмыстары', suggestion: 'жасақтау' },
      { text: 'Көлік құралдарының қозғалысы', suggestion: 'Көлік қозғалысы' },
      { text: 'Көлік құралын', suggestion: 'Көлікті' },
      { text: 'жауаптылыққа әкеп соғады', suggestion: null },
      { text: 'қайта жаңартылады', suggestion: 'жаңартылады' },
      { text: 'интернет-ресурсында', suggestion: 'сайтында' },
    ],
  },
  {
    // The ninth review's wrong pastes. Things lent for use in a reading room do not «open»: «ашылады» only for a
    // building, a road or a plant, as subject or object. After a verbal noun subject with an object of the next
    // phrase after it («нөмір беру объектіні тексеру …»), «жасалады» would be no Kazakh: nothing to paste. Bare
    // «жазбаша» before a noun would make a written hearing: offered only before a verb.
    rule: 'kk/officialese',
    text: 'Құнды басылымдар тек оқу залында пайдалануға беріледі. Жаңа мектеп ғимараты пайдалануға берілді. Әкімдік көпірді пайдалануға берді. Есептік нөмір беру объектіні тексеру нәтижесінде жүзеге асырылады. Жөндеу жобасы жүзеге асырылады. Ұсыныстар жазбаша түрде тыңдау өткізілетін күнге дейін қабылданады. Жауапты жазбаша түрде береміз.',
    expected: [
      { text: 'пайдалануға беріледі', suggestion: null },
      { text: 'пайдалануға берілді', suggestion: 'ашылды' },
      { text: 'пайдалануға берді', suggestion: 'ашты' },
      { text: 'жүзеге асырылады', suggestion: null },
      { text: 'жүзеге асырылады', occurrence: 2, suggestion: 'орындалады' },
      { text: 'жазбаша түрде', suggestion: null },
      { text: 'өткізілетін', suggestion: 'өтетін' },
      { text: 'жазбаша түрде', occurrence: 2, suggestion: 'жазбаша' },
    ],
  },
  {
    // The ninth review: the names of a benefit, a disability measure, a legal status and a sanction are terms of
    // art, reported by no wording rule; a chain that runs on past the benefit's name still is one. Suspending
    // operations is no sanction's name: flagged.
    rule: 'kk/nominal-chain',
    text: 'Мемлекеттік базалық зейнетақы төлемінің мөлшері еңбек өтіліне байланысты айқындалады. Мемлекеттік базалық зейнетақы төлемінің мөлшерін анықтау тәртібі бекітілді.',
    expected: [{ text: 'Мемлекеттік базалық зейнетақы төлемінің мөлшерін анықтау тәртібі' }],
  },
  {
    rule: 'kk/long-word',
    text: 'Сіздің еңбекке қабілеттілігіңізді жоғалту дәрежесі 60 пайыз. Сіздің қабілеттілігіңізді бағалаймыз.',
    expected: [{ text: 'қабілеттілігіңізді', occurrence: 2 }],
  },
  {
    rule: 'kk/officialese',
    text: 'Балалар ата-анасының немесе заңды өкілінің келісімі бойынша тіркеледі. Бұзушылық анықталса, объектінің қызметі тоқтатыла тұрады. Операцияларды тоқтата тұрамыз.',
    expected: [],
  },
  {
    // The twenty-first review: to suspend («тоқтата тұру», «тоқтатыла тұрады») is the law's only word for it,
    // whatever is suspended, so no officialese; «тоқтата тұруға құқылы» is the one finding, whole, with its
    // converb «тұра». Attributive, «құқылы адамдар» (those entitled) stays.
    rule: 'kk/officialese',
    text: 'Мерзім өткізілсе, әлеуметтік төлемдерді тағайындау тоқтатыла тұрады. Жеткізуші қызмет көрсетуді тоқтата тұруға құқылы. Сіз төлемді тоқтата тұруға құқылысыз. Төлемді тоқтата тұруға құқылы адамдар келді.',
    expected: [
      { text: 'тоқтата тұруға құқылы', suggestion: 'тоқтата тұра алады' },
      { text: 'тоқтата тұруға құқылысыз', suggestion: 'тоқтата тұра аласыз' },
    ],
  },
  {
    // The twenty-first review: a duty said with «міндетті» or «тиіс» after a verbal noun in the dative is the
    // verbal noun with the possessive of the subject and «керек» («беруге міндетті» → «беруі керек»,
    // «өтуге міндеттісіз» → «өтуіңіз керек»). Attributive («міндетті адамдар»), negated, and after «Сіз» with a
    // bare «міндетті» there is nothing to paste or no finding.
    rule: 'kk/officialese',
    text: 'Жеткізуші көрсеткіштерін ай сайын беруге міндетті. Сіз қайта куәландырудан өтуге міндеттісіз. Біз жауап беруге міндеттіміз. Келіспеу себептері көрсетілуге тиіс. Беруге міндетті адамдар келді. Ол келуге міндетті емес. Сіз оны беруге міндетті.',
    expected: [
      { text: 'беруге міндетті', suggestion: 'беруі керек' },
      { text: 'өтуге міндеттісіз', suggestion: 'өтуіңіз керек' },
      { text: 'беруге міндеттіміз', suggestion: 'беруіміз керек' },
      { text: 'көрсетілуге тиіс', suggestion: 'көрсетілуі керек' },
      { text: 'беруге міндетті', occurrence: 3, suggestion: null },
    ],
  },
  {
    // The twenty-first review: «демалыс кезеңінде» is «демалыста», but after a possessor in the genitive; «онлайн
    // режимде» says «онлайн» twice; «міндетін өзіне алады» has no one plain verb. «Мынадай» before a hyphenated
    // plural and a list is «мына» as before any plural.
    rule: 'kk/officialese',
    text: 'Жазғы демалыс кезеңінде жасөспірімдер жұмыс істей алады. Қызметкердің жазғы демалыс кезеңінде орнын басады. Тыңдауға онлайн режимде қатысуға болады. Ол төлемдерді уақтылы төлеу міндетін өзіне алады. Мынадай мән-жайлар анықталды: құжат жоқ. Мынадай мән-жай болды.',
    expected: [
      { text: 'демалыс кезеңінде', suggestion: 'демалыста' },
      { text: 'демалыс кезеңінде', occurrence: 2, suggestion: null },
      { text: 'онлайн режимде', suggestion: 'онлайн' },
      { text: 'міндетін өзіне алады', suggestion: null },
      { text: 'Мынадай', suggestion: 'Мына' },
    ],
  },
  {
    // The twenty-first review: environmental protection names a field, as healthcare does, and counts as one
    // noun; another noun before «қорғау» does not.
    rule: 'kk/nominal-chain',
    text: 'Тұрғындарды қоршаған ортаны қорғау мәселелерін талқылауға белсенді қатысуға шақырамыз. Тұрғындарды ауыл ортасын қорғау мәселелерін талқылауға белсенді қатысуға шақырамыз.',
    expected: [{ text: 'ортасын қорғау мәселелерін талқылауға' }],
  },
  {
    // The twenty-first review: a body's noun in any form is part of its name, no long word; others stay.
    rule: 'kk/long-word',
    text: 'Куәландыруды министрліктің аумақтық департаменттерінің бөлімдері жүргізеді. Біз бағдарламаларымыздағыларды жариялаймыз.',
    expected: [{ text: 'бағдарламаларымыздағыларды' }],
  },
  {
    // «Азаматтық қорғау» (civil protection) is one term, as «денсаулық сақтау» is; a body's name ends a chain, and
    // an attribute of time after it opens the next phrase. A longer run after the term is still a chain.
    rule: 'kk/nominal-chain',
    text: 'Азаматтық қорғау қызметтерінің хабарламаларын тыңдаңыз. Төтенше жағдайлар министрлігі көктемгі су тасқыны кезеңінде халықты сақ болуға шақырады. Азаматтық қорғау қызметтерінің хабарламаларын жіберу тәртібін бекіту қажет.',
    expected: [{ text: 'Азаматтық қорғау қызметтерінің хабарламаларын жіберу тәртібін бекіту' }],
  },
  {
    // «Сақталу» after a genitive is compliance, an item checked, with no doer to name; before «керек» it is the
    // predicate. «Эвакуациялану» is what people do: the reader evacuates.
    rule: 'kk/passive',
    text: 'Мыналар қаралады: температуралық режимінің сақталуы, кітапшалардың болуы. Деректердің сақталуы керек. Егер эвакуацияланудың мүмкіндігі болмаса, жоғарғы қабатқа көтеріліңіз. Тұрғындарды әкімдік көшірді.',
    expected: [{ text: 'қаралады' }, { text: 'сақталуы', occurrence: 2 }],
  },
  {
    // The ninth review's misses. Anonymous proposals «are not considered»; an event «takes place», a check is
    // done by someone (the passive stays); a count of days from an event is a period within, counted back from
    // a date it is not; food is eaten and water drunk, power consumed; those «who expressed an intention» before
    // a dative have no one plain word.
    rule: 'kk/officialese',
    text: 'Жасырын ұсыныстар қарауға жатпайды. Тыңдау 15 наурызда сағат 15:00-де өткізіледі. Кеңестер ай сайын өткізіледі. Тексеру ай сайын өткізіледі. Шешім өтініш түскен күннен бастап бес жұмыс күнінен кешіктірілмей қабылданады. Ұсыныстар тыңдау күніне дейін үш жұмыс күнінен кешіктірілмей қабылданады. Су басқан азық-түлікті тұтынуға болмайды. Құдықтағы суды тұтынуға болмайды. Электр энергиясын көп тұтынуға болмайды. Тыңдауға қатысуға ниет білдірген азаматтар тіркеледі. Ол қатысуға ниет білдірді.',
    expected: [
      { text: 'қарауға жатпайды', suggestion: 'қаралмайды' },
      { text: 'өткізіледі', suggestion: 'өтеді' },
      { text: 'өткізіледі', occurrence: 2, suggestion: 'өтеді' },
      { text: 'жұмыс күнінен кешіктірілмей', suggestion: 'жұмыс күні ішінде' },
      { text: 'жұмыс күнінен кешіктірілмей', occurrence: 2, suggestion: null },
      { text: 'тұтынуға болмайды', suggestion: 'жеуге болмайды' },
      { text: 'тұтынуға болмайды', occurrence: 2, suggestion: 'ішуге болмайды' },
      { text: 'ниет білдірген', suggestion: null },
    ],
  },
  {
    // The tenth review: a bare verbal noun ending one phrase, said again as the kind of the possessed noun
    // after it («тіркеу тіркеу органдарында»), is no typo; doubled before a verb it is.
    rule: 'kk/repeated-word',
    text: 'Неке қиюды мемлекеттік тіркеу тіркеу органдарында жүргізіледі. Біз құжаттарды тексеру тексеру жүргіземіз.',
    expected: [{ text: 'тексеру тексеру', suggestion: null }],
  },
  {
    // A word said again opens another phrase: the chain stops before it («…мемлекеттік тіркеу | тіркеу
    // органдарында»). A long chain of distinct nouns stays.
    rule: 'kk/nominal-chain',
    text: 'Неке қиюды мемлекеттік тіркеу тіркеу органдарында жүргізіледі.',
    expected: [],
  },
  {
    // A term of art: informed consent. A plural agent noun is long by its case ending alone
    // («тасымалдаушылардың»); one long by its stem stays.
    rule: 'kk/long-word',
    text: 'Баланың заңды өкілінің жазбаша ақпараттандырылған келісімі керек. Ол ақпараттандырылған жүйе. Тариф тасымалдаушылардың шығынына байланысты. Қамтамасыздандырушылардың саны өсті.',
    expected: [{ text: 'ақпараттандырылған', occurrence: 2 }, { text: 'Қамтамасыздандырушылардың' }],
  },
  {
    // The property tax of individuals by its full name is a term, and individuals elsewhere are a legal status.
    // Suspending an activity or operations is the law's only word for it (a term), with words between too.
    rule: 'kk/officialese',
    text: 'Жеке тұлғалардың мүлкіне салынатын салық бойынша берешек бар. Жеке тұлғалардың өтініштері қаралады. Қызметті жүзеге асыру лицензия қайта ресімделгенге дейін тоқтатыла тұрады. Операцияларды бір айға тоқтата тұрамыз.',
    expected: [{ text: 'жүзеге асыру', suggestion: null }],
  },
  {
    // The tenth review: a checklist's paper that confirms a payment («баж төленгенін растайтын құжат») and a
    // child vaccinated («бала … егілген») have no doer to name. A payment said to be made, and a vaccine
    // given, stay passives.
    rule: 'kk/passive',
    text: 'Мемлекеттік баж төленгенін растайтын құжат керек. Егер бала бұрын екі рет егілген болса, келмеңіз. Ол берешек төленгенін айтты. Вакцина егілді.',
    expected: [{ text: 'төленгенін', occurrence: 2 }, { text: 'егілді' }],
  },
  {
    // The tenth review's misses: «егу жұмыстары» is vaccination («жұмыс» adds nothing); a price «ұлғаяды» →
    // «артады»; «атап айтқанда» before a list has no one plain word (nothing to paste). The active «ұлғайту»
    // (to enlarge) and «атап айтты» (named) are other words.
    rule: 'kk/officialese',
    text: 'Егу жұмыстары емханаларда жүргізіледі. Жол жүру құны 150 теңгеге дейін ұлғаяды. Шаралар қолданылады, атап айтқанда, шектеу қойылады. Ол мәселені атап айтты. Бақ көлемін ұлғайту керек.',
    expected: [
      { text: 'Егу жұмыстары', suggestion: 'Егу' },
      { text: 'ұлғаяды', suggestion: 'артады' },
      { text: 'атап айтқанда', suggestion: null },
    ],
  },
  {
    // «Егу» is the verb «ек-», its final voiced before a vowel: «Егу жұмыстары жүргізіледі» → «Егіледі», «егу
    // жұмыстарын жүргізді» → «екті» (қ/к before a consonant). A sanction after «әкеп соқты» keeps nothing to paste.
    rule: 'kk/officialese',
    text: 'Егу жұмыстары жүргізіледі. Емхана қызылшаға қарсы егу жұмыстарын жүргізді. Бұл жауапкершілікке әкеп соқты.',
    expected: [
      { text: 'Егу жұмыстары жүргізіледі', suggestion: 'Егіледі' },
      { text: 'егу жұмыстарын жүргізді', suggestion: 'екті' },
      { text: 'жауапкершілікке әкеп соқты', suggestion: null },
    ],
  },
  {
    // «Изъявившие желание» as a noun: flagged, nothing to paste. Wishing someone well is no officialese.
    rule: 'kk/officialese',
    text: 'Рәсім неке қиюға тілек білдірушілердің қалауы бойынша өтеді. Ол бізге сәттілік тілек білдірді.',
    expected: [{ text: 'тілек білдірушілердің', suggestion: null }],
  },
  {
    // Before possessed nouns in a list «біздің» would change the first alone («Біздің шешімімізге, әрекетіне»):
    // «мекеменің» leaves them as written. Before one noun «біздің» still comes first.
    rule: 'kk/officialese',
    text: 'Көрсетілетін қызметті берушінің шешіміне, әрекетіне (әрекетсіздігіне) шағым жасалады. Көрсетілетін қызметті берушінің шешіміне шағым жасалады.',
    expected: [
      { text: 'Көрсетілетін қызметті берушінің', suggestion: 'Мекеменің' },
      { text: 'Көрсетілетін қызметті берушінің шешіміне', occurrence: 2, suggestion: 'Біздің шешімімізге' },
    ],
  },
  {
    // «Жазылған» only where a document is named before it in the clause; with none, nothing to paste.
    rule: 'kk/officialese',
    text: 'Бұл ақы көзделген мөлшерде төленеді. Ақы Заңда көзделген мөлшерде төленеді.',
    expected: [
      { text: 'көзделген', suggestion: null },
      { text: 'көзделген', occurrence: 2, suggestion: 'жазылған' },
    ],
  },
  {
    // An announcement told to residents is not «хабарланады» again: nothing to paste; with no such object the
    // dative paste stays.
    rule: 'kk/officialese',
    text: 'Әкімдік хабарландыруды тұрғындардың назарына жеткізеді. Әкімдік тұрғындардың назарына жеткізеді.',
    expected: [
      { text: 'тұрғындардың назарына жеткізеді', suggestion: null },
      { text: 'тұрғындардың назарына жеткізеді', occurrence: 2, suggestion: 'тұрғындарға хабарлайды' },
    ],
  },
  {
    // Residence status before the persons it describes, a place equipped, an expulsion and power coming back hide
    // no doer; a paper registered in a place, a place equipped by someone (the past) and power cut still do.
    rule: 'kk/passive',
    text: 'Дауыс беруге Алматы қаласында тіркелген, 18 жасқа толған азаматтар қатыса алады. Өтініш Алматы қаласында тіркелген, содан кейін қаралды. Аурухана заманауи жабдықпен жарақталған. Аурухана жабдықпен жарақталды. Өтініш беруші бұрын елден шығарып жіберілген. Электр энергиясы қайта берілгеннен кейін аспаптарды қосыңыз. Электр энергиясы берілмейді.',
    expected: [
      { text: 'тіркелген', occurrence: 2 },
      { text: 'қаралды' },
      { text: 'жарақталды' },
      { text: 'берілмейді' },
    ],
  },
  {
    // Compulsory social health insurance is a system's name, and a quoted programme title a name: no chain in
    // either. The same title unquoted is still one.
    rule: 'kk/nominal-chain',
    text: 'Қызмет міндетті әлеуметтік медициналық сақтандыру жүйесі шеңберінде көрсетіледі. Қаржы «Денсаулық сақтау жүйесін дамытудың 2020–2025 жылдарға арналған мемлекеттік бағдарламасы» шеңберінде бөлінеді. Қаржы денсаулық сақтау жүйесін дамытудың мемлекеттік бағдарламасы шеңберінде бөлінеді.',
    expected: [{ text: 'денсаулық сақтау жүйесін дамытудың мемлекеттік бағдарламасы' }],
  },
  {
    // The eleventh review's misses: «арызбен жүгіну» is «арыз беру»; to a site one neither goes nor calls, so
    // nothing to paste; «әкімдікке жүгініңіз» keeps a paste. «Мынадай» before a plural and a list is «мына»,
    // of a kind it stays; «дәйексіздігі» is «дұрыс еместігі».
    rule: 'kk/officialese',
    text: 'Азамат полицияға арызбен жүгінеді. Ақпарат үшін enbek.gov.kz сайтына жүгініңіз. Сұрақтар бойынша әкімдікке жүгініңіз. Мынадай құжаттар керек: өтініш, анықтама. Кеше мынадай жағдай болды. Құжаттардың дәйексіздігі анықталды.',
    expected: [
      { text: 'арызбен жүгінеді', suggestion: 'арыз береді' },
      { text: 'жүгініңіз', suggestion: null },
      { text: 'жүгініңіз', occurrence: 2, suggestion: 'хабарласыңыз' },
      { text: 'Мынадай', suggestion: 'Мына' },
      { text: 'дәйексіздігі', suggestion: 'дұрыс еместігі' },
    ],
  },
  {
    // The twentieth review: an office one may write to or call is contacted («полицияға жүгінудің ыңғайлы тәсілі»
    // is reporting online: «барудың» would say the opposite); a front office, a court, or an office the clause
    // places at an address or a district is gone to.
    rule: 'kk/officialese',
    text: 'Министрлік азаматтарға полицияға жүгінудің ыңғайлы тәсілін ұсынады. Өтініш беруші ХҚКО-ға жүгінеді. Абай көшесінде орналасқан басқармаға жүгініңіз. Ауданыңыздағы әкімдікке жүгініңіз.',
    expected: [
      { text: 'жүгінудің', suggestion: 'хабарласудың' },
      { text: 'жүгінеді', suggestion: 'барады' },
      { text: 'жүгініңіз', suggestion: 'барыңыз' },
      { text: 'жүгініңіз', occurrence: 2, suggestion: 'барыңыз' },
    ],
  },
  {
    // The twentieth review: «-ған жағдайда» gets no reader's -саңыз where the clause has a subject of its own, a
    // bare noun before an intransitive verb («қауіп төнген» → «төнсе») or a passive converb before the
    // progressive's auxiliary («қылмыс жасалып жатқан» → «жатса»), and nothing to paste where another participle
    // stands before it with a comma or «және» (the «жағдайда» covers both). The reader's own progressive and a
    // converb before a comma keep the reader's form.
    rule: 'kk/officialese',
    text: 'Өмірге немесе денсаулыққа қауіп төнген, қылмыс дәл қазір жасалып жатқан жағдайларда 102 нөміріне қоңырау шалыңыз. Қылмыс жасалып жатқан жағдайда 102 нөміріне қоңырау шалыңыз. Өмірге қауіп төнген жағдайда 102 нөміріне қоңырау шалыңыз. Құжат қабылданған және тексерілген жағдайда хабарлама келеді. Сіз құжат жинап жатқан жағдайда бізге хабарласыңыз. Өтінішті толтырып, тапсырған жағдайда күтіңіз.',
    expected: [
      { text: 'жатқан жағдайларда', suggestion: null },
      { text: 'жатқан жағдайда', suggestion: 'жатса' },
      { text: 'төнген жағдайда', suggestion: 'төнсе' },
      { text: 'тексерілген жағдайда', suggestion: null },
      { text: 'жатқан жағдайда', occurrence: 2, suggestion: 'жатсаңыз' },
      { text: 'тапсырған жағдайда', suggestion: 'тапсырсаңыз' },
    ],
  },
  {
    // The twenty-first review: participles joined by «мен» or «я» share «жағдайда» as those joined by «және» do
    // («келген мен кеткен жағдайда»), so the last alone gets nothing to paste; a participle with its own
    // «жағдайда» earlier keeps the next one's paste.
    rule: 'kk/officialese',
    text: 'Жетіспейтін құжаттарды ұсынған және отбасы табысы өзгерген жағдайда Сіз өтініш беруге құқылысыз. Қонақтар келген мен кеткен жағдайда журналға жазылады. Құжат берілген я жоғалған жағдайда хабарлаңыз. Құжат берілген жағдайда, табыс өзгерген жағдайда хабарлаңыз.',
    expected: [
      { text: 'құжаттарды ұсынған', suggestion: 'құжаттарды тапсырған' },
      { text: 'өзгерген жағдайда', suggestion: null },
      { text: 'беруге құқылысыз', suggestion: 'бере аласыз' },
      { text: 'кеткен жағдайда', suggestion: null },
      { text: 'жоғалған жағдайда', suggestion: null },
      { text: 'берілген жағдайда', suggestion: 'берілсе' },
      { text: 'өзгерген жағдайда', occurrence: 2, suggestion: 'өзгерсе' },
    ],
  },
  {
    // The twentieth review: a participle coordinated by «немесе» with a later attribute of the same noun is one
    // too, however long the second's clause («Артық төленген немесе … бас тартқан жағдайда төленген баж»);
    // benefits or rights «stay» («жеңілдіктер … сақталады») and a crime «is being committed» with no doer known.
    // A participle before its own clause of condition, data «kept» and a paper «made» stay passives.
    rule: 'kk/passive',
    text: 'Артық төленген немесе сот талап арызды қабылдаудан бас тартқан жағдайда төленген мемлекеттік баж қайтарылады. Құжат қабылданған немесе сот талап арызды қабылдаудан бас тартқан жағдайда хабарлама жіберіледі. Зейнеткерлерге арналған жеңілдіктер бұрынғы тәртіппен сақталады. Деректер бес жыл бойы серверде сақталады. Қылмыс дәл қазір жасалып жатқан жағдайда полицияға хабарласыңыз. Қылмыс туралы хаттама жасалып жатқан кезде куәгер қатысады.',
    expected: [
      { text: 'қайтарылады' },
      { text: 'қабылданған' },
      { text: 'жіберіледі' },
      { text: 'сақталады', occurrence: 2 },
      { text: 'жасалып', occurrence: 2 },
    ],
  },
  {
    // The twentieth review: primary health care and an unscheduled inspection are terms of art with their verbs
    // («Медициналық-санитариялық алғашқы көмек көрсететін … ұйымға бекіту» names an eGov service); help given
    // or a check carried out elsewhere keeps its paste.
    rule: 'kk/officialese',
    text: 'Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекітіледі. Медициналық ұйым тегін көмек көрсетеді. Басқарма дүкенде жоспардан тыс тексеру жүргізді. Басқарма дүкенде тексеру жүргізді.',
    expected: [
      { text: 'көмек көрсетеді', suggestion: 'көмек береді' },
      { text: 'тексеру жүргізді', occurrence: 2, suggestion: 'тексерді' },
    ],
  },
  {
    // «Жол жүру ережелері» (the traffic rules) is one noun of a chain, as «денсаулық сақтау» is: the chain does
    // not start inside it, and a longer one keeps it whole.
    rule: 'kk/nominal-chain',
    text: 'Жол жүру ережелерін бұзу фактілері анықталғанда хабарлаңыз. Азамат жол жүру ережелерін бұзу фактілерін тіркеу тәртібін білмейді.',
    expected: [{ text: 'жол жүру ережелерін бұзу фактілерін тіркеу тәртібін' }],
  },
  {
    // The twentieth review's misses: «ұсынуыңызды сұраймыз» is «ұсыныңыз», as «ұсынуыңыз сұралады» is, but not
    // after «Сізден», which the imperative would strand; a share of a sum («сомасының 1 пайызы мөлшерінде») and
    // the monthly calculation index written out are amounts, as «АЕК мөлшерінде» is. A bare «пайыз» before a
    // verb may be a rate: nothing to paste.
    rule: 'kk/officialese',
    text: 'Ақпаратты он күн ішінде ұсынуыңызды сұраймыз. Сізден құжатты тексеруіңізді сұраймыз. Баж сомасының 1 пайызы мөлшерінде, ал 0,3 айлық есептік көрсеткіш мөлшерінде алынады. Несие 12 пайыз мөлшерінде беріледі.',
    expected: [
      { text: 'ұсынуыңызды сұраймыз', suggestion: 'ұсыныңыз' },
      { text: 'тексеруіңізді сұраймыз', suggestion: null },
      { text: 'пайызы мөлшерінде', suggestion: 'пайызы' },
      { text: 'есептік көрсеткіш мөлшерінде', suggestion: 'есептік көрсеткіш' },
      { text: 'пайыз мөлшерінде', suggestion: null },
    ],
  },
  {
    // A method is a rule as a code is: «әдістемесіне сәйкес» → «әдістемесі бойынша»; «сәйкес келмейді» (does not
    // comply) is no «according to».
    rule: 'kk/officialese',
    text: 'Төлем әдістемесіне сәйкес есептеледі. Есеп әдістемеге сәйкес келмейді.',
    expected: [{ text: 'әдістемесіне сәйкес', suggestion: 'әдістемесі бойынша' }],
  },
  {
    // The passive converb with «отырып» (with the reason stated) is officialese, whose active changes the noun's
    // case: nothing to paste. A person crying or reading while sitting is no officialese.
    rule: 'kk/officialese',
    text: 'Бас тарту себебі көрсетіле отырып жауап беріледі. Бала жыла отырып сөйледі. Ол кітап оқи отырып күтті.',
    expected: [{ text: 'көрсетіле отырып', suggestion: null }],
  },
  {
    // An electronic digital signature is spelled out at its first use on a page for citizens; ЖСН is known.
    rule: 'kk/undefined-abbreviation',
    text: 'Құжатқа ЭЦҚ арқылы қол қойыңыз. ЖСН енгізіңіз.',
    expected: [{ text: 'ЭЦҚ' }],
  },
  {
    // A paper left unexamined is «қарамау» only as the bare verbal noun: another form gets nothing to paste
    // («қалдырды» → «қарамау» would leave no verb, as with «жауапсыз»). An animal left unattended is plain
    // Kazakh: no finding, and «қарамау» would reverse «қалдырмау».
    rule: 'kk/officialese',
    text: 'Өтінішті қараусыз қалдыру заңға қайшы. Шағым қараусыз қалдырылды. Жануарды қараусыз қалдырмау керек. Өтінішті жауапсыз қалдырды.',
    expected: [
      { text: 'қараусыз қалдыру', suggestion: 'қарамау' },
      { text: 'қараусыз қалдырылды', suggestion: null },
      { text: 'жауапсыз қалдырды', suggestion: null },
    ],
  },
  {
    // An identity document is shown («көрсету»), not handed in; a sentence naming one, or a list after the
    // colon, mixes papers shown and handed in: nothing to paste. Other papers are handed in.
    rule: 'kk/officialese',
    text: 'Жеке басын куәландыратын құжат ұсынылуы тиіс. Мына құжаттар керек, өтініш және жеке куәлік, құжаттарды ұсынады. Тіркеу үшін мына құжаттарды ұсынады:\n1) өтініш;\n\nҚұжаттарды ұсынады.',
    expected: [
      { text: 'құжат ұсынылуы', suggestion: 'құжат көрсетілуі' },
      { text: 'тиіс', suggestion: 'керек' },
      { text: 'құжаттарды ұсынады', suggestion: null },
      { text: 'құжаттарды ұсынады', occurrence: 2, suggestion: null },
      { text: 'Құжаттарды ұсынады', suggestion: 'Құжаттарды тапсырады' },
    ],
  },
  {
    // Said to the reader the clause is active and «ұсыну» the neutral verb: no finding. Said of a third person
    // it is still offered «тапсыру».
    rule: 'kk/officialese',
    text: 'Сіз растайтын құжаттарды ұсынуыңыз қажет. Құжаттарды ұсыныңыз. Өтініш беруші құжаттарды ұсынуы қажет.',
    expected: [{ text: 'құжаттарды ұсынуы', occurrence: 2, suggestion: 'құжаттарды тапсыруы' }],
  },
  {
    // A liability the law provides for is «бар», not «written»; what a contract provides for is written in it.
    rule: 'kk/officialese',
    text: 'Жалған хабарлама үшін жауапкершілік көзделген. Шартта мерзім көзделген.',
    expected: [
      { text: 'көзделген', suggestion: 'бар' },
      { text: 'көзделген', occurrence: 2, suggestion: 'жазылған' },
    ],
  },
  {
    // An initiative is realised, not executed: no «орындау» after it. A plan is carried out.
    rule: 'kk/officialese',
    text: 'Кәсіпкерлік бастамаларды іске асыру үшін грант береді. Жоспарды іске асырды.',
    expected: [
      { text: 'іске асыру', suggestion: null },
      { text: 'іске асырды', suggestion: 'орындады' },
    ],
  },
  {
    // A request that names whom it asks («Тұрғындардан … сұраймыз») is plain first-person Kazakh: no finding.
    rule: 'kk/officialese',
    text: 'Тұрғындардан қағидаларды сақтауды сұраймыз. Қағидаларды сақтауды сұраймыз.',
    expected: [{ text: 'сақтауды сұраймыз', occurrence: 2, suggestion: 'сақтаңыз' }],
  },
  {
    // A legal entity, an official and an individual are statuses in law (terms); a person guilty is a person.
    // A motion to a court («өтінішхат») is the procedure's term, no «өтініш»; a decision's execution suspended
    // is the sanction's name, with words between too, as is a payment suspended.
    rule: 'kk/officialese',
    text: 'Егер лауазымды тұлға пара талап етсе, хабарлаңыз. Заңды тұлғаның басшысы қол қояды. Жеке тұлғалар өтініш береді. Кінәлі тұлғалар айыппұл төлейді. Мерзімді қалпына келтіру туралы өтінішхат беруге болады. Қаулының орындалуы шағым қаралғанға дейін тоқтатыла тұрады. Төлем бір айға тоқтатыла тұрады.',
    expected: [{ text: 'тұлғалар', occurrence: 2, suggestion: 'адамдар' }],
  },
  {
    // Names of a test, a certificate, a validity period and an electronic document count as one noun each.
    rule: 'kk/nominal-chain',
    text: 'Жылу жүйелерінің гидравликалық сынақтары өтеді. ЭЦҚ тіркеу куәлігінің қолданылу мерзімі – бір жыл. Ол электрондық құжаттың түпнұсқалығын растауға көмектеседі. Басқарма білім беру сапасын арттыру жоспарын бекітті.',
    expected: [{ text: 'білім беру сапасын арттыру жоспарын' }],
  },
  {
    // Neutering is a programme's fixed step, with no shorter word; a coinage long by its stem stays.
    rule: 'kk/long-word',
    text: 'Қаңғыбас жануарлар зарарсыздандырылады. Қамтамасыздандырушылардың саны өсті.',
    expected: [{ text: 'Қамтамасыздандырушылардың' }],
  },
  {
    // A passive converb before a passive auxiliary is one verb: one finding, on the auxiliary. A converb
    // ending its own clause is a passive of its own.
    rule: 'kk/passive',
    text: 'Кілттер компьютерге жүктеліп алынады. Өтініш қаралып, шешім шығарылады.',
    expected: [{ text: 'алынады' }, { text: 'қаралып' }, { text: 'шығарылады' }],
  },
  {
    // «Бастап басталады» says the start twice; with a word between it says it once. «Өзгеше түрде» is «басқаша».
    rule: 'kk/officialese',
    text: 'Маусым 1 қазаннан бастап басталады. 1 қазаннан бастап төлем басталады. Заңда өзгеше түрде көзделмесе, хабарлаймыз.',
    expected: [
      { text: 'бастап басталады', suggestion: 'басталады' },
      { text: 'өзгеше түрде', suggestion: 'басқаша' },
      { text: 'көзделмесе', suggestion: null },
    ],
  },
  {
    // Identification carried out is «бірдейлендіріледі»; a procedure carried out is flagged, its verb being
    // the action's before it. A procedure's order («Рәсімді жүргізу тәртібі») is no finding.
    rule: 'kk/officialese',
    text: 'Басқа тәсілмен бірдейлендіру жүргізіледі. Бетті тану рәсімі жүргізіледі. Рәсімді жүргізу тәртібі бекітілді.',
    expected: [
      { text: 'бірдейлендіру жүргізіледі', suggestion: 'бірдейлендіріледі' },
      { text: 'рәсімі жүргізіледі', suggestion: null },
    ],
  },
  {
    // Works «жүргізілетін болады» are «жүргізіледі», as any «-атын болады»; works carried out stay flagged.
    rule: 'kk/officialese',
    text: 'Ауа шығару жұмыстары жүргізілетін болады. Ауа шығару жұмыстары жүргізілді. Жұмыс жүргізеді.',
    expected: [
      { text: 'жүргізілетін болады', suggestion: 'жүргізіледі' },
      { text: 'жұмыстары жүргізілді', suggestion: null },
      { text: 'Жұмыс жүргізеді', suggestion: 'Жұмыс істейді' },
    ],
  },
  {
    // After its doer in the instrumental the plain passive would keep the calque: nothing to paste.
    rule: 'kk/officialese',
    text: 'Бұл жұмыстар компанияның мамандарымен жүзеге асырылады. Жоба жүзеге асырылды.',
    expected: [
      { text: 'жүзеге асырылады', suggestion: null },
      { text: 'жүзеге асырылды', suggestion: 'орындалды' },
    ],
  },
  {
    // Specialists and services are doers too; staffed «мамандарымен» is what is given, and an instrumental far
    // from a passive is none.
    rule: 'kk/instrumental-agent',
    text: 'Аулау арнайы аулау қызметімен жүргізіледі. Жұмыстар компания мамандарымен жүргізіледі. Аурухана білікті мамандарымен қамтамасыз етілді. Ол қызметімен танымал болды, бірақ сотталды.',
    expected: [{ text: 'қызметімен жүргізіледі' }, { text: 'мамандарымен жүргізіледі' }],
  },
  {
    // Not showing an identity document is «көрсетпесе»; a sentence naming a passport among the papers gets
    // nothing to paste; other papers not handed in stay «тапсырмаса».
    rule: 'kk/officialese',
    text: 'Жеке басын куәландыратын құжатты ұсынбаған жағдайда қызмет көрсетілмейді. Өтінішті және паспортты, құжаттарды ұсынбаған жағдайда бас тартамыз. Құжаттарды ұсынбаған жағдайда бас тартамыз.',
    expected: [
      { text: 'құжатты ұсынбаған жағдайда', suggestion: 'құжатты көрсетпесе' },
      { text: 'құжаттарды ұсынбаған жағдайда', suggestion: null },
      { text: 'Құжаттарды ұсынбаған жағдайда', suggestion: 'Құжаттарды тапсырмаса' },
    ],
  },
  {
    // Donation, like any activity or status in -лық, is practised, not «made»: nothing to paste. A payment is.
    rule: 'kk/officialese',
    text: 'Донорлық тегін негізде ғана жүзеге асырылады. Төлем тегін негізде жүзеге асырылады.',
    expected: [
      { text: 'тегін негізде', suggestion: 'тегін' },
      { text: 'жүзеге асырылады', suggestion: null },
      { text: 'тегін негізде', occurrence: 2, suggestion: 'тегін' },
      { text: 'жүзеге асырылады', occurrence: 2, suggestion: 'жасалады' },
    ],
  },
  {
    // Water «becomes muddy» (from «лай», mud): no passive. Water purified is one. «Алынып тасталады» (is lifted)
    // is one compound verb: one finding, on the auxiliary; a converb ending its own clause is a passive of its own.
    rule: 'kk/passive',
    text: 'Судың лайлануы мүмкін. Су тазартылуы мүмкін. Шектеу алынып тасталады. Шектеу алынып, тізім тасталды.',
    expected: [
      { text: 'тазартылуы' },
      { text: 'тасталады' },
      { text: 'алынып', occurrence: 2 },
      { text: 'тасталды' },
    ],
  },
  {
    // A state body's name is a term of art: its long word gets no finding; the same word outside it does.
    rule: 'kk/long-word',
    text: 'Өтінішті Трансплантациялауды үйлестіру жөніндегі республикалық орталық қарайды. Трансплантациялауды тоқтатпаңыз.',
    expected: [{ text: 'Трансплантациялауды', occurrence: 2 }],
  },
  {
    // Giving carried out is giving; after an accusative object the passive has nothing to paste.
    rule: 'kk/officialese',
    text: 'Банк қарыздар беруді жүзеге асырады. Қарыз беру жүзеге асырылады. Жер учаскесін беру жүзеге асырылады.',
    expected: [
      { text: 'беруді жүзеге асырады', suggestion: 'береді' },
      { text: 'беру жүзеге асырылады', suggestion: 'беріледі' },
      { text: 'беру жүзеге асырылады', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A bank's branch is an office one goes to, as a bank is; applying with a paper is no going. «Не подлежит
    // разглашению» is «жарияланбайды».
    rule: 'kk/officialese',
    text: 'Банктің филиалына жүгіну арқылы аласыз. Құжатпен жүгіну арқылы аласыз. Мәліметтер жария етілуге жатпайды.',
    expected: [
      { text: 'жүгіну', suggestion: 'бару' },
      { text: 'жария етілуге жатпайды', suggestion: 'жарияланбайды' },
    ],
  },
  {
    // A commission, a centre and a doctors' council are bodies: a passive after them in the instrumental is the
    // calque. A centre one works together with is a partner.
    rule: 'kk/instrumental-agent',
    text: 'Өтініш комиссиясымен қаралады. Өтініш республикалық орталықпен қаралады. Анықтау консилиумымен жүргізіледі. Ол орталықпен бірге жұмыс істейді.',
    expected: [
      { text: 'комиссиясымен қаралады' },
      { text: 'орталықпен қаралады' },
      { text: 'консилиумымен жүргізіледі' },
    ],
  },
  {
    // Things done together (discussed, exchanged with) and a contract made have the body in the instrumental
    // as the other party, not the doer: no calque. A plan made by a body is.
    rule: 'kk/instrumental-agent',
    text: 'Жоба министрлікпен талқыланды. Деректер орталықпен алмасылады. Шарт орталықпен жасалады. Жоспар әкімдікпен жасалды.',
    expected: [{ text: 'әкімдікпен жасалды' }],
  },
  {
    // «Болып … табылады» split by its subject is the same copula: nothing to paste. Found at a place after a
    // participle is no copula.
    rule: 'kk/officialese',
    text: 'Бағдарламаға қатысушылар болып Қазақстан Республикасының азаматтары табылады. Ол мұғалім болып істейтін мектептен табылады.',
    expected: [{ text: 'болып Қазақстан Республикасының азаматтары табылады', suggestion: null }],
  },
  {
    // Funds of any source pay «from» them; the budget's own entry stands first.
    rule: 'kk/officialese',
    text: 'Тамақ оқыту қорының қаражаты есебінен төленеді. Жол жергілікті бюджет қаражаты есебінен жөнделеді.',
    expected: [
      { text: 'қаражаты есебінен', suggestion: 'қаражатынан' },
      { text: 'бюджет қаражаты есебінен', suggestion: 'бюджеттен' },
    ],
  },
  {
    // A noun and a conjunction before «құрылыс жұмыстарын» share the works: «жөндеу және салады» would strand
    // «жөндеу». Nothing to paste; with no such noun the works are the verb's own.
    rule: 'kk/officialese',
    text: 'Мердігер жөндеу және құрылыс жұмыстарын жүргізеді. Мердігер көшеде құрылыс жұмыстарын жүргізеді.',
    expected: [
      { text: 'құрылыс жұмыстарын жүргізеді', suggestion: null },
      { text: 'құрылыс жұмыстарын жүргізеді', occurrence: 2, suggestion: 'салады' },
    ],
  },
  {
    // A noun of time right after «жөндеу жұмыстары» would fuse with «жөндеу» («жөндеу жұмыс күндері»: repair
    // working days): nothing to paste. Before a time in a case («сәуірде») «жөндеу» alone reads right.
    rule: 'kk/officialese',
    text: 'Жөндеу жұмыстары жұмыс күндері жүргізіледі. Жөндеу жұмыстары сәуірде аяқталады.',
    expected: [
      { text: 'Жөндеу жұмыстары', suggestion: null },
      { text: 'Жөндеу жұмыстары', occurrence: 2, suggestion: 'Жөндеу' },
    ],
  },
  {
    // Before a list of possessed nouns the owner is shared: «сіздің тегіңіз, аты» would change the first alone.
    // Before one noun «сіздің» carries it into the reader's person.
    rule: 'kk/officialese',
    text: 'Сізге хабарлаймыз. Шағымда өтініш берушінің тегі, аты, әкесінің аты көрсетіледі. Өтініш берушінің өтініші қаралады.',
    expected: [
      { text: 'өтініш берушінің', suggestion: null },
      { text: 'Өтініш берушінің өтініші', suggestion: 'Сіздің өтінішіңіз' },
    ],
  },
  {
    // Before a noun phrase «шеңберінде» is «аясында» («бойынша қалалық орталық ашылды» reads "by a city centre");
    // before an object or a verb «бойынша» fits.
    rule: 'kk/officialese',
    text: 'Бағдарлама шеңберінде қалалық орталық ашылды. Бағдарлама шеңберінде үйлерді жөндейміз.',
    expected: [
      { text: 'шеңберінде', suggestion: 'аясында' },
      { text: 'шеңберінде', occurrence: 2, suggestion: 'бойынша' },
    ],
  },
  {
    // «Балық аулау» (fishing), «аң аулау» (hunting) are fields, one term each as «білім беру»: «балық аулау
    // қағидаларын бұзу» stacks three. A noun and its verbal noun that are no term still count as two.
    rule: 'kk/nominal-chain',
    text: 'Аңшылық пен балық аулау қағидаларын бұзу айыппұлға әкеледі. Жер учаскесін пайдалану қағидаларын бұзу айыппұлға әкеледі.',
    expected: [{ text: 'учаскесін пайдалану қағидаларын бұзу' }],
  },
  {
    // «ҚАЗТЕСТ», the state test of Kazakh, is written in capitals by its owner: no shouting. Other capitals are.
    rule: 'kk/all-caps',
    text: 'Азаматтар ҚАЗТЕСТ жүйесі бойынша тестілеуден өтеді. Азаматтар ТЕСТ тапсырады.',
    // The first «ТЕСТ» in the text is inside «ҚАЗТЕСТ».
    expected: [{ text: 'ТЕСТ', occurrence: 2 }],
  },
  {
    // «Мемлекеттік көрсетілетін қызмет» is the law's public service; «мемлекеттік қызмет» would make it the civil
    // service. No finding; a service with no «мемлекеттік» is still «қызмет».
    rule: 'kk/officialese',
    text: 'Мемлекеттік көрсетілетін қызметті алу үшін өтініш беріңіз. Көрсетілетін қызметті алу үшін өтініш беріңіз.',
    expected: [{ text: 'Көрсетілетін қызметті', suggestion: 'Қызметті' }],
  },
  {
    // A participle joined by «және» to another that has objects of its own before their noun («шегерілетін және
    // … мүмкіндік беретін сома») is an attribute too. Before «болады» the second makes a clause: still flagged.
    rule: 'kk/passive',
    text: 'Шегерім – табыстан шегерілетін және жеке табыс салығының сомасын азайтуға мүмкіндік беретін сома. Құжаттар тексерілетін және комиссия оларды екі күнде қарайтын болады.',
    expected: [{ text: 'тексерілетін' }],
  },
  {
    // A main clause that begins with a noun like «тұр-», «қал-» («тұрғындар», «қала») leaves the condition one:
    // only the verbs «тұру», «қалу» after «жағдайда» make it a state («қоршалған жағдайда тұр»).
    rule: 'kk/officialese',
    text: 'Бұзушылық анықталған жағдайда тұрғындар полицияға хабарласа алады. Ол қоршалған жағдайда тұр.',
    expected: [{ text: 'анықталған жағдайда', suggestion: 'анықталса' }],
  },
  {
    // «Құқығына ие болады» (is entitled) is said with «-а алады» or «құқығы бар»: nothing to paste, the verb or
    // the subject's case would change. The past is a right won: no finding. «Қағаз түрінде» is «қағазбен».
    rule: 'kk/officialese',
    text: 'Азаматтар шегерімді қолдану құқығына ие болады. Ассамблея атауын өзгерту құқығына ие болды. Өтінішті қағаз түрінде бересіз.',
    expected: [
      { text: 'құқығына ие болады', suggestion: null },
      { text: 'қағаз түрінде', suggestion: 'қағазбен' },
    ],
  },
  {
    // «Белгіленген үлгідегі» (of the established form) names no form: flagged, nothing to paste. «Белгіленген
    // мерзімде» keeps its paste.
    rule: 'kk/officialese',
    text: 'Белгіленген үлгідегі өтінішті тапсырыңыз. Белгіленген мерзімде тапсырыңыз.',
    expected: [
      { text: 'Белгіленген үлгідегі', suggestion: null },
      { text: 'Белгіленген мерзімде', suggestion: 'Мерзімінде' },
    ],
  },
  // kk/doubled-number: a number in digits and again in words in brackets; the digits stay, once.
  {
    rule: 'kk/doubled-number',
    text: 'Өтініш 5 (бес) жұмыс күні ішінде қаралады. Мерзімі 30 (отыз) күнтізбелік күн, айыппұл 250 (екі жүз елу) теңге, жарна 5000 (бес мың теңге).',
    expected: [
      { text: '5 (бес)', suggestion: '5' },
      { text: '30 (отыз)', suggestion: '30' },
      { text: '250 (екі жүз елу)', suggestion: '250' },
      { text: '5000 (бес мың теңге)', suggestion: '5000 теңге' },
    ],
  },
  {
    // Words first, digits in brackets.
    rule: 'kk/doubled-number',
    text: 'Құжаттың жиырма бес (25) данасы қажет. Өтініш 15 (он бес) жұмыс күні ішінде қаралады.',
    expected: [
      { text: 'жиырма бес (25)', suggestion: '25' },
      { text: '15 (он бес)', suggestion: '15' },
    ],
  },
  {
    // Kazakh typed without its letters is read with them: «торт» is «төрт».
    rule: 'kk/doubled-number',
    text: 'Отиниш 4 (торт) жумыс куни ишинде каралады.',
    expected: [{ text: '4 (торт)', suggestion: '4' }],
  },
  {
    // An ordinal, a title, words not worth the digits: not a number doubled.
    rule: 'kk/doubled-number',
    text: 'Кодекстің 5 (бесінші) бабы мен 7 (Азаматтардың құқықтары) бабы қолданылады. Мерзімі 5 (алты) күн.',
    expected: [],
  },
  {
    // The twenty-second review. «Тіркелу» with a person opening its clause is signing up oneself, the dates and
    // the place between («Түлектер ҰБТ-ға … тіркеледі»); a paper of theirs is registered by someone. «Белгіленген
    // уақытта» (at the set time) is a schedule, not a clause; the finite «белгіленді» stays a passive.
    rule: 'kk/passive',
    text: 'Түлектер ҰБТ-ға 20 наурыздан 20 сәуірге дейін тіркеледі. Талапкер құжаттары 20 наурызға дейін тіркеледі. Мал иесі жануарларды белгіленген уақытта айдап әкеледі. Кездесу уақыты белгіленді.',
    expected: [{ text: 'тіркеледі', occurrence: 2 }, { text: 'белгіленді' }],
  },
  {
    // The last of coordinated datives under «міндетті» gets nothing to paste: «көрсетуі керек» would leave
    // «ұстауға» with no head. A verbal noun in «-ю» (of a root in -й: «қою», «жою») is one in «-у». A converb
    // clause before a comma is no coordinated dative.
    rule: 'kk/officialese',
    text: 'Сатушы сауда орнын таза ұстауға және құжатты көрсетуге міндетті. Иесі жануарды есепке қоюға міндетті. Сатушы құжатты көрсетуге міндетті. Ол үйге келіп, құжатты көрсетуге міндетті.',
    expected: [
      { text: 'көрсетуге міндетті', suggestion: null },
      { text: 'қоюға міндетті', suggestion: 'қоюы керек' },
      { text: 'көрсетуге міндетті', occurrence: 2, suggestion: 'көрсетуі керек' },
      { text: 'көрсетуге міндетті', occurrence: 3, suggestion: 'көрсетуі керек' },
    ],
  },
  {
    // «Үшінші тұлғалар» (third parties) are «басқа адамдар»; «үшінші сынып» is a class. A question put («сауал
    // жүргізеді») is asking; a survey («сауалнама») is an instrument of its own.
    rule: 'kk/officialese',
    text: 'Мәліметтерді үшінші тұлғаларға бермеңіз. Үшінші сынып оқушылары келді. Санақшылар планшет арқылы сауал жүргізеді. Тұрғындар арасында сауалнама өтті.',
    expected: [
      { text: 'үшінші тұлғаларға', suggestion: 'басқа адамдарға' },
      { text: 'сауал жүргізеді', suggestion: 'сұрайды' },
    ],
  },
  {
    // A text that speaks to its reader still keeps the third person first where the main clause names its own
    // subject, a graduate («түлек»); with the reader's predicate the reader's form leads.
    rule: 'kk/officialese',
    text: 'Байланыс орталығына хабарласыңыз. Нәтижемен келіспеген жағдайда түлек апелляцияға өтініш бере алады. Нәтижемен келіспеген жағдайда апелляцияға өтініш бере аласыз.',
    expected: [
      { text: 'келіспеген жағдайда', suggestion: 'келіспесе' },
      { text: 'келіспеген жағдайда', occurrence: 2, suggestion: 'келіспесеңіз' },
    ],
  },
  {
    // A numbered part of a law leaves the dative for «бойынша» as the bare one does, its number kept; «сәйкес
    // келмейді» (does not comply) and a numbered class are no such phrase.
    rule: 'kk/officialese',
    text: 'Айыппұл кодекстің 406-бабына сәйкес салынады. Құжат 2-қосымшаға сәйкес толтырылады. Құжат 2-қосымшаға сәйкес келмейді. Ол 5-сыныпқа сәйкес оқулық алды.',
    expected: [
      { text: '406-бабына сәйкес', suggestion: '406-бабы бойынша' },
      { text: '2-қосымшаға сәйкес', suggestion: '2-қосымша бойынша' },
    ],
  },
  {
    // «12% мөлшерінде» is padded as «12 пайыз мөлшерінде» is; a bare number before it names no share.
    rule: 'kk/officialese',
    text: 'Айыппұл 12% мөлшерінде салынады. Айыппұл 12 мөлшерінде салынады.',
    expected: [{ text: 'мөлшерінде', suggestion: null }],
  },
  {
    // «Жөніндегі» before what is said or written is «туралы»; before a job, a body or a council («кеңес») it
    // names a remit, often a title: no finding. After a genitive «туралы» would need the nominative: none.
    rule: 'kk/officialese',
    text: 'Кеңес салық жөніндегі ақпарат береді. Коммуникация жөніндегі маман хабарласады. Ол төтенше жағдайлар жөніндегі комитетте істейді. Салық жөніндегі кеңес өтті. Оның жөніндегі ақпарат жоқ.',
    expected: [{ text: 'жөніндегі', suggestion: 'туралы' }],
  },
  {
    // «Волонтерлік» is «еріктілік», keeping its ending: «ерікті бағдарлама» would be a voluntary programme. The
    // bare «волонтер» before another word would read as that adjective («Ерікті сақтандыру шарты…»): nothing to
    // paste; at its clause's end it is «ерікті». A contest's name in quotes and a word cited as a word stay.
    rule: 'kk/jargon',
    text: 'Біз «Жастар – Отанға!» волонтерлік бағдарламасын бастадық. Ол волонтерлігі үшін марапатталды. Волонтер сақтандыру шарты жасалмаса, бас тартады. Ол волонтер. Белсенді волонтерлерге сыйлық береміз. Жастар «Үздік волонтер» республикалық байқауына қатысады. «Волонтер» сөзі орысша.',
    expected: [
      { text: 'волонтерлік', suggestion: 'еріктілік' },
      { text: 'волонтерлігі', suggestion: 'еріктілігі' },
      { text: 'Волонтер', suggestion: null },
      { text: 'волонтер', occurrence: 3, suggestion: 'ерікті' },
      { text: 'волонтерлерге', suggestion: 'еріктілерге' },
    ],
  },
  {
    // «Міндетті түрде» before insuring names compulsory insurance: no finding. Elsewhere it stays flagged.
    rule: 'kk/officialese',
    text: 'Еріктілер жазатайым оқиғалардан міндетті түрде сақтандырылады. Құжатты міндетті түрде әкеліңіз.',
    expected: [{ text: 'міндетті түрде', occurrence: 2, suggestion: null }],
  },
  {
    // The local representative body is the «мәслихат», as the executive one is the «әкімдік»; a representative
    // body not said to be local (Parliament) is no finding.
    rule: 'kk/officialese',
    text: 'Мөлшерлемелерді жергілікті өкілді органдар белгілейді. Салықты жергілікті атқарушы органдар алады. Парламент — елдің ең жоғары өкілді органы.',
    expected: [
      { text: 'жергілікті өкілді органдар', suggestion: 'мәслихаттар' },
      { text: 'жергілікті атқарушы органдар', suggestion: 'әкімдіктер' },
    ],
  },
  {
    // Paid «бюджет есебінен», «жарна есебінен» is paid from it, as «бюджет қаражаты есебінен» is.
    rule: 'kk/officialese',
    text: 'Шығындар ай сайынғы жарна есебінен өтеледі. Жөндеу қалалық бюджет есебінен жүргізіледі. Жол жергілікті бюджет қаражаты есебінен жөнделеді. Ол өз есебінен оқыды.',
    expected: [
      { text: 'жарна есебінен', suggestion: 'жарнадан' },
      { text: 'бюджет есебінен', suggestion: 'бюджеттен' },
      { text: 'бюджет қаражаты есебінен', suggestion: 'бюджеттен' },
    ],
  },
  {
    // Datives joined by a comma under one «міндетті» are coordinated as with «және»: the last alone gets nothing
    // to paste; a single one keeps «-уы керек».
    rule: 'kk/officialese',
    text: 'Волонтер ұйымдастырушының нұсқауларын орындауға, талаптарды сақтауға міндетті. Ол құжатты көрсетуге міндетті.',
    expected: [
      { text: 'сақтауға міндетті', suggestion: null },
      { text: 'көрсетуге міндетті', suggestion: 'көрсетуі керек' },
    ],
  },
  {
    // A main clause with a doer as its subject («салық төлеуші», a vowel stem's -уші) keeps the condition in
    // the third person, even in a text that speaks to the reader; with no one named the reader's comes first.
    rule: 'kk/officialese',
    text: 'Хабарламаны алмаған жағдайда салық төлеуші органға жүгінуге құқылы. Сіз өтінішті тапсырасыз. Құжатты алмаған жағдайда, бізге хабарласыңыз.',
    expected: [
      { text: 'алмаған жағдайда', suggestion: 'алмаса' },
      { text: 'жүгінуге құқылы', suggestion: 'жүгіне алады' },
      { text: 'алмаған жағдайда', occurrence: 2, suggestion: 'алмасаңыз' },
    ],
  },
  {
    // Costs one «көтереді» (bears, a calque of «несёт расходы») one pays, the payer between kept; a load lifted
    // and costs that rose are no calque.
    rule: 'kk/officialese',
    text: 'Сақтандыру шығындарын ұйымдастырушы көтереді. Ол шығындарды көтерді. Ол жүкті көтереді. Шығындар көтерілді.',
    expected: [
      { text: 'шығындарын ұйымдастырушы көтереді', suggestion: 'шығындарын ұйымдастырушы төлейді' },
      { text: 'шығындарды көтерді', suggestion: 'шығындарды төледі' },
    ],
  },
  {
    // «Заңды күшке ие» (имеет юридическую силу) of a paper is «жарамды», the copula after it kept; a vote with
    // no legal force is no invalid paper: nothing to paste. «Заңды күші бар» is plain already.
    rule: 'kk/officialese',
    text: 'Цифрлық құжат қағаз құжатпен тең заңды күшке ие. Анықтама заңды күшке ие болады. Заңды күшке ие болмаса да, депутаттар оны қолдады. Құжаттың заңды күші бар.',
    expected: [
      { text: 'заңды күшке ие', suggestion: 'жарамды' },
      { text: 'заңды күшке ие', occurrence: 2, suggestion: 'жарамды' },
      { text: 'Заңды күшке ие', suggestion: null },
    ],
  },
  {
    // A fronted «төлемді» after «үшін» (the purpose, or what one pays for) keeps it before the plain verb; after
    // a word that may be its adjective («ақылы төлемді») nothing to paste (review 24).
    rule: 'kk/officialese',
    text: 'Тұрақ үшін төлемді мына тәсілдердің бірімен жүргізуге болады: Тұрақ үшін ақылы төлемді банк жүргізеді.',
    expected: [
      { text: 'төлемді мына тәсілдердің бірімен жүргізуге', suggestion: 'мына тәсілдердің бірімен төлеуге' },
      { text: 'төлемді банк жүргізеді', suggestion: null },
    ],
  },
  {
    // With the papers one brings right before it, «жүгіну» to an office that is a place is «бару», words between
    // or not; to the police, or to a representative, it stays (review 24).
    rule: 'kk/officialese',
    text: 'Абонементті рәсімдеу үшін «Қалалық тұрақ» ЖШС кеңсесіне жеке куәлікпен және көлікті тіркеу куәлігімен жүгіну қажет. Полицияға жеке куәлікпен жүгіну қажет. Өкілдігіне құжаттарымен жүгінуі қажет.',
    expected: [{ text: 'жүгіну', suggestions: ['бару', 'хабарласу'] }],
  },
  {
    // «Ниет білдірген» after the verbal noun it governs names those who wish, whoever they are; the finite «ниет
    // білдірді» and «ниет білдіргені» report an intention (review 24).
    rule: 'kk/officialese',
    text: 'Жәрмеңкеге қатысуға ниет білдірген кәсіпорындар тізімді жібереді. Қатысуға ниет білдіргендер өтінім береді. Компания зауыт салуға ниет білдірді. Ол дауыс беруге ниет білдіргені туралы айтты.',
    expected: [
      { text: 'ниет білдірген', suggestion: null },
      { text: 'ниет білдіргендер', suggestion: null },
    ],
  },
  {
    // Done automatically through a device it names, the device is the doer: a passive; done automatically with
    // no device named, by a system that names no one: none. A passive in a quoted sign's text is the sign's
    // own words, left alone; outside the quotes it is a passive (review 24).
    rule: 'kk/passive',
    text: 'Бұзушылықтар бейнетіркеу құралдары арқылы автоматты түрде тіркеледі. Бұл хабарлама автоматты түрде жіберілді. «Шомылуға тыйым салынған» белгісі орнатылған жерлерде шомылмаңыз. Мұнда шомылуға тыйым салынған.',
    expected: [
      { text: 'тіркеледі', suggestion: null },
      { text: 'салынған', occurrence: 2, suggestion: null },
    ],
  },
];
