/**
 * Kazakh terms of art, which a plain word would rename (`LanguagePack.terms`): «жұмыспен қамту» (employment) and
 * «су беру» (water supply) are fixed names, not a passive to undo.
 */
export const KAZAKH_TERMS: readonly string[] = [
  // Employment, as policy and statistics name it: «жастардың жұмыспен қамтылуы».
  'жұмыспен қамтыл*',
  // Water supply: «су берілуі тоқтатылады».
  'су берілу*',
  // Narrow specialists (doctors other than the general practitioner).
  'тар бейінді маман*',
  // The state basic pension, a benefit's name: «Мемлекеттік базалық зейнетақы төлемінің мөлшері».
  'мемлекеттік базалық зейнетақы төлем*',
  'базалық зейнетақы төлем*',
  // The measure a disability assessment reports: «еңбекке қабілеттілігін жоғалту дәрежесі».
  'еңбекке қабілеттілі*',
  // A parent, a guardian or a trustee in law: «ата-ана» or «қамқоршы» would leave some out.
  'заңды өкіл*',
  // The sanction that suspends a business's activity («объектінің қызметі тоқтатыла тұрады»): a plain «тоқтайды»
  // or «жабылады» would make it a stop or a closure.
  'қызмет|қызметі*|қызметт* тоқтатыла|тоқтата тұр*',
  // Suspending anything, payments or a licence too («төлемдерді тағайындау тоқтатыла тұрады»): the law's one word
  // for it, which «тоқтайды» would make a stop.
  'тоқтатыла|тоқтата тұр*',
  // Informed consent to treatment, as medical law names it: «жазбаша ақпараттандырылған келісімі».
  'ақпараттандырылған келісім*',
  // The property tax of individuals, the Tax Code's full name: «адамдардың мүлкіне» would rename the tax.
  'жеке тұлғалардың мүлкіне салынатын салық*',
  // State registration of a marriage, a procedure's name: «Неке қиюды мемлекеттік тіркеу».
  'неке қию* мемлекеттік тіркеу*',
  // A body above another in the order of appeal, as the law names it: «жоғары тұрған органға шағымдану».
  'жоғары тұрған орган*',
  // Compulsory social health insurance (ОСМС), a system's name: «міндетті әлеуметтік медициналық сақтандыру жүйесі».
  'міндетті әлеуметтік медициналық сақтандыр*',
  // Any identity document (an ID card, a passport, a residence permit): «жеке куәлік» would leave some out.
  'жеке басты|басын куәландыратын құжат*',
  // Power supply, as water supply: «электр энергиясы қайта берілгеннен кейін».
  'электр энергиясы* берілу*',
  'электр энергиясы* қайта берілген*|берілу*',
  // Expulsion from a country or a school, a sanction's name: «елден шығарып жіберілген».
  'шығарып жіберіл*',
  // Fields named by a noun and a verbal noun, which a nominal chain counts as one noun: healthcare, education,
  // law enforcement, civil and environmental protection; and compulsory social health insurance without «міндетті».
  'денсаулық сақтау*',
  'білім беру*',
  'құқық қорғау*',
  'азаматтық қорғау*',
  // Environmental protection, a field as the Environmental Code names it («қоршаған ортаны қорғау жөніндегі»).
  'қоршаған ортаны қорғау*',
  // Fishing and hunting, fields as the law on wildlife names them («балық аулау қағидалары»).
  'балық аулау*',
  'аң аулау*',
  'әлеуметтік медициналық сақтандыр*',
  // Statuses in law: a legal entity (a branch is an organisation, not one; «заңды тұлғаның ЭЦҚ-сы» is a kind of
  // certificate) and an official with authority («лауазымды тұлға пара талап етсе»), whom «ұйым» and
  // «қызметкер» (any employee, a private firm's too) would rename.
  'заңды тұлға*',
  // The law's pair of the two: «адамдар мен ұйымдар» would rename the second.
  'жеке және|не|немесе заңды тұлға*',
  'заңды және|не|немесе жеке тұлға*',
  'лауазымды тұлға*',
  // The same official as the Administrative Offences Code words it («жоғары тұрған органға (лауазымды адамға)»).
  'лауазымды адам*',
  // An individual, a foreigner or a stateless person too: «адам» or «азамат» would drop the legal status.
  'жеке тұлға*',
  // Suspending the execution of a decision, a procedure's name as the sanction above: «қаулының орындалуы
  // шағым қаралғанға дейін тоқтатыла тұрады».
  'орындалуы|орындалуын тоқтатыла|тоқтата тұр*',
  // A motion to a court or a body, the procedural term: «өтініш» (an application) would rename the paper.
  'өтінішхат*',
  // A document becoming void («жолдаманың күші жойылады», «күші жойылуы мүмкін»): a fixed phrase with no doer.
  'күші жойыл*',
  // Names of a procedure and of a paper's fields: the pressure test of heating networks, the ЭЦҚ registration
  // certificate, a validity period.
  'гидравликалық сынақ*',
  'тіркеу куәлі*',
  'қолданылу мерзім*',
  // Guardianship's named procedures and acts: the home check that ends in an act («тұрғын үй-тұрмыстық
  // жағдайларын тексеру»), and establishing guardianship or trusteeship («қорғаншылық белгіленген жағдайда»),
  // where nobody else is to be named.
  'тұрғын үй-тұрмыстық жағдай* тексер*',
  'қорғаншылық|қамқоршылық белгілен*',
  // Registration at the place of residence, a legal status and a certificate: «тұратын жері бойынша тіркеу»
  // would rename it.
  'тұрғылықты жері бойынша тіркел*|тіркеу*',
  // The military register, apart from a first registration at the call-up office.
  'әскери есеп*',
  'әскери есепке қой*|қоя*',
  // A body's name: «аудандық жұмыспен қамту және әлеуметтік бағдарламалар бөлімінің» is no chain of nouns.
  'жұмыспен қамту және әлеуметтік бағдарламалар бөлім*',
  // A document's name, the vehicle registration certificate («көлікті тіркеу туралы куәлік» is no such paper).
  'көлік құрал* тіркеу туралы куәлі*',
  // Reconstruction, one of the kinds of building work the law lists beside expansion and major repair.
  'реконструкция*',
  // The Financial Monitoring Agency, a state body's name: «Қаржы бақылауы агенттігі» would rename it.
  'қаржы мониторингі агенттіг*|агенттік*',
  'қаржылық мониторинг агенттіг*|агенттік*',
  // An electronic document, which a nominal chain counts as one noun («электрондық құжаттың түпнұсқалығын растау»).
  'электрондық құжат*',
  // A state body's name, in which a long word cannot be shortened without renaming it.
  'трансплантациялауды үйлестіру жөніндегі республикалық орталық*',
  // The police's preventive register, beside the military one: «профилактикалық есепке қояды» (a bare «тіркейді»
  // would strand the adjective and drop the register).
  'профилактикалық есеп*',
  'профилактикалық есепке қой*|қоя*',
  // A civil-law contract (ГПХ), the Tax and Labour Codes' name: «азаматтық-құқықтық сипаттағы шарттар».
  'азаматтық-құқықтық сипаттағы шарт*',
  // A specialist doctor, the sibling of «тар бейінді маман» above.
  'бейінді маман*',
  // Small, medium and large business, statuses the Administrative Offences Code sets fines by (companies
  // too): «кәсіпкерлер» would rename them.
  'шағын|орта|ірі кәсіпкерлік субъекті*',
  // The reception of citizens on personal matters, a procedure's name: «азаматтарды жеке мәселелер бойынша
  // қабылдау».
  'азаматтарды|азаматтардың жеке мәселелер бойынша',
  'жеке мәселелер бойынша қабылда*',
  // A title document (a sale contract, a deed of gift), the registration law's name.
  'құқық белгілейтін құжат*',
  // A forensic medical examination, with its standard verb: «сот-медициналық сараптама жүргізу».
  'сот-медициналық сараптама*',
  'сот-медициналық сараптама* жүргіз*|тағайында*',
  // Suspending a registration, a procedure's name as suspending an activity above: «тіркеу тоқтатыла тұрады».
  'тіркеу|тіркелуі|тіркелуін тоқтатыла|тоқтата тұр*',
  // A public association, and its republican, regional and local kinds: the legal statuses of the law on
  // public associations («Республикалық қоғамдық бірлестік … тіркеледі»).
  'республикалық|өңірлік|жергілікті|халықаралық қоғамдық бірлестік*',
  'қоғамдық бірлестік*',
  // A public service, the law's name («Мемлекеттік көрсетілетін қызметтер туралы» Заңы): «мемлекеттік қызмет»
  // is the civil service, another thing.
  'мемлекеттік көрсетілетін қызмет*',
  // Primary health care (ПМСП), with the verb the law pairs it with: «Медициналық-санитариялық алғашқы көмек
  // көрсететін медициналық ұйымға бекіту» names an eGov service.
  'медициналық-санитариялық алғашқы көмек*',
  'медициналық-санитариялық алғашқы көмек көрсет*',
  // An unscheduled inspection, the Entrepreneurial Code's kind of check, with its verb: «жоспардан тыс тексеру
  // жүргізу».
  'жоспардан тыс тексеру*',
  'жоспардан тыс тексеру* жүргіз*',
  // The traffic rules, which a nominal chain counts as one noun («жол жүру ережелерін бұзу»).
  'жол жүру ереже*',
];
