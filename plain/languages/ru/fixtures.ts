import type { RuleFixture } from '../../internal/rules/types.ts';

/** Each fixture lists every finding of one rule on its text; `expected: []` guards a near miss. */
export const fixtures: RuleFixture[] = [
  {
    // Officialese of notices: the request form of «Обращаем внимание» (before «на», nothing to paste), an
    // adjective between «право на» and «получение», the seasons («в зимний период времени» keeps its noun),
    // the police, an age limit (not «включительно»), fraud (not after a plural word: «этих»), a website, a format.
    rule: 'ru/officialese',
    text: 'Также просим обратить внимание, что срок истекает. Просим обратить внимание на сроки. Граждане имеют право на бесплатное получение помощи. В зимний период дороги посыпают. В зимний период времени дороги посыпают. Сообщите в органы внутренних дел. Дети в возрасте до 16 лет отдыхают. Дети в возрасте до 16 лет включительно отдыхают. Остерегайтесь мошеннических действий. Офис сообщил об этих мошеннических действиях. Сайт: интернет-ресурсы акимата. Встреча пройдёт в онлайн-формате.',
    expected: [
      { text: 'просим обратить внимание', suggestion: 'учтите' },
      { text: 'Просим обратить внимание', suggestion: null },
      { text: 'имеют право на бесплатное получение помощи', suggestion: 'могут бесплатно получить помощь' },
      { text: 'В зимний период', suggestion: 'Зимой' },
      { text: 'органы внутренних дел', suggestion: 'полицию' },
      { text: 'в возрасте до', suggestion: 'младше' },
      { text: 'мошеннических действий', suggestion: 'мошенничества' },
      { text: 'интернет-ресурсы', suggestion: 'сайты' },
      { text: 'в онлайн-формате', suggestion: 'онлайн' },
    ],
  },
  {
    // «Органы полиции», «органы прокуратуры» are «полиция», «прокуратура» in «орган»'s case; no paste where a
    // word must agree with «органы»: its verb as a subject, an adjective before, «которые» or a second body
    // after. «Органы юстиции» stay: «юстиция» names no body to the reader.
    rule: 'ru/officialese',
    text: 'Обратитесь в органы полиции. Дело ведут органами прокуратуры. Сотрудники органов полиции приехали. Мы сообщим об органах полиции. Органы полиции проверили сведения. Сотрудники территориальных органов полиции приехали. Обратитесь в органы полиции, которые рядом. Сообщите в органы полиции и прокуратуры. Сообщите в органы полиции, прокуратуры или суда. Обратитесь в органы полиции, где примут заявление. Органы юстиции зарегистрировали устав.',
    expected: [
      { text: 'органы полиции', suggestion: 'полицию' },
      { text: 'органами прокуратуры', suggestion: 'прокуратурой' },
      { text: 'органов полиции', suggestion: 'полиции' },
      { text: 'об органах полиции', suggestion: 'о полиции' },
      { text: 'Органы полиции', suggestion: null },
      { text: 'органов полиции', occurrence: 2, suggestion: null },
      { text: 'органы полиции', occurrence: 2, suggestion: null },
      { text: 'органы полиции', occurrence: 3, suggestion: null },
      { text: 'органы полиции', occurrence: 4, suggestion: null },
      { text: 'органы полиции', occurrence: 5, suggestion: 'полицию' },
    ],
  },
  {
    // «По изучению» after a noun of teaching says nothing a language's genitive does not: «курсы казахского
    // языка». Another subject, «занятия» and a programme keep the finding with nothing to paste; a group or a
    // commission studying a question is another sense.
    rule: 'ru/officialese',
    text: 'Открыты курсы по изучению казахского языка. Он ходит в кружок по изучению английского языка. Набраны группы по изучению казахского и русского языков. Проходят занятия по изучению английского языка. Работает кружок по изучению истории края. Создана комиссия по изучению вопроса. Рабочая группа по изучению проблемы собралась. Есть программа по изучению казахского языка. Есть программа по изучению климата.',
    expected: [
      { text: 'курсы по изучению', suggestion: 'курсы' },
      { text: 'кружок по изучению', suggestion: 'кружок' },
      { text: 'группы по изучению', suggestion: 'группы' },
      { text: 'занятия по изучению', suggestion: null },
      { text: 'кружок по изучению', occurrence: 2, suggestion: null },
      { text: 'программа по изучению', suggestion: null },
    ],
  },
  {
    // A duty to do an action named by its noun, with the empty verb in the infinitive: the clause is the
    // writer's to rebuild; a product's making is no empty verb.
    rule: 'ru/officialese',
    text: 'Очистка кровель должна производиться регулярно. Продукция должна производиться из местного сырья.',
    expected: [{ text: 'должна производиться', suggestion: null }],
  },
  {
    // Officialese with nothing to paste opening a chain with a preposition («В целях») is the chain's to rewrite:
    // one finding over both; with a paste («Для») it stays beside the chain, and a verb before a chain
    // («обусловлен необходимостью») is advice of its own.
    rule: 'ru/nominal-chain',
    text: 'В целях обеспечения реализации конституционного права граждан аким ведёт приём. В целях обеспечения доступности услуг для жителей аким ведёт приём. Рост обусловлен необходимостью реализации инвестиционной программы.',
    expected: [
      { text: 'В целях обеспечения реализации конституционного права' },
      { text: 'обеспечения доступности услуг' },
      { text: 'необходимостью реализации инвестиционной программы' },
    ],
  },
  {
    rule: 'ru/officialese',
    text: 'В целях обеспечения реализации конституционного права граждан аким ведёт приём. В целях обеспечения доступности услуг для жителей аким ведёт приём. Рост обусловлен необходимостью реализации инвестиционной программы.',
    expected: [
      { text: 'В целях обеспечения', occurrence: 2, suggestion: 'Для' },
      { text: 'обусловлен необходимостью', suggestion: null },
    ],
  },
  {
    // The Entrepreneurial Code's categories are legal statuses, not flagged; the general «субъекты
    // предпринимательства» still is.
    rule: 'ru/officialese',
    text: 'Штраф для субъектов малого предпринимательства ниже. Субъекты крупного предпринимательства платят больше. Помощь получают субъекты предпринимательства.',
    expected: [{ text: 'субъекты предпринимательства', suggestion: 'предприниматели' }],
  },
  {
    // Words every reader of a notice knows are not long; a rarer one of as many syllables is.
    rule: 'ru/long-word',
    text: 'Правонарушителям грозит штраф по конституционному закону. Это противоречит здравоохранительному кодексу.',
    expected: [{ text: 'здравоохранительному' }],
  },
  {
    // A personal pronoun after a chain is the next clause's subject, not a genitive in the chain.
    rule: 'ru/nominal-chain',
    text: 'Для повышения эффективности реализации мер мы работаем. Для повышения эффективности реализации мер.',
    expected: [
      { text: 'повышения эффективности реализации мер' },
      { text: 'повышения эффективности реализации мер', occurrence: 2 },
    ],
  },
  {
    // The identity card's name counts as one noun: a heading naming the service is no chain; three verbal
    // nouns are.
    rule: 'ru/nominal-chain',
    text: 'Получение удостоверения личности на ребенка\n\nМы ждём обеспечения реализации программы развития.',
    expected: [{ text: 'обеспечения реализации программы развития' }],
  },
  {
    // After an office named with its quoted name the place of residence is its competence; said of no office
    // in a sentence that does not speak to the reader, it is still flagged.
    rule: 'ru/officialese',
    text: 'Заявление подают в Государственную корпорацию «Правительство для граждан» по месту жительства. Заявление подают в филиал корпорации по месту жительства. Справку выдают по месту жительства.',
    expected: [{ text: 'по месту жительства', occurrence: 3, suggestion: null }],
  },
  {
    // After a past participle the phrase tells of what was done then: a past clause, not the reader's present;
    // a clause about what the reader does keeps «когда подаёте».
    rule: 'ru/officialese',
    text: 'Код придёт на номер, указанный при подаче заявления. Данные, полученные при получении паспорта, хранятся. Оплатите пошлину при подаче заявления.',
    expected: [
      { text: 'указанный при подаче заявления', suggestion: 'указанный, когда подавали заявление' },
      { text: 'полученные при получении паспорта', suggestion: 'полученные, когда получали паспорт' },
      { text: 'пошлину при подаче заявления', suggestion: 'пошлину, когда подаёте заявление' },
    ],
  },
  {
    // «Если вы потеряли» only where the sentence speaks to the reader or names no one who acts; of a third
    // person who acts, «при утере».
    rule: 'ru/officialese',
    text: 'Обращаем внимание, что в случае утери документа законный представитель обязан сообщить в полицию. В случае утраты удостоверения заявитель сообщает в полицию. В случае утери паспорта обратитесь в ЦОН. В случае утраты удостоверения необходимо обратиться в полицию.',
    expected: [
      { text: 'Обращаем внимание', suggestion: 'Учтите' },
      { text: 'в случае утери', suggestion: 'при утере' },
      { text: 'обязан', suggestion: 'должен' },
      { text: 'В случае утраты', suggestion: 'При утрате' },
      { text: 'В случае утери паспорта', suggestion: 'Если вы потеряли паспорт,' },
      { text: 'В случае утраты удостоверения', occurrence: 2, suggestion: 'Если вы потеряли удостоверение,' },
      { text: 'необходимо', suggestion: 'нужно' },
    ],
  },
  {
    // A word with nothing to paste inside a nominal chain is the chain's to rewrite; one with a paste stays, and
    // so does one reaching out of the chain («обусловлено необходимостью»).
    rule: 'ru/officialese',
    text: 'Рост обусловлен необходимостью реализации инвестиционной программы. Мы ждём повышения эффективности использования средств.',
    expected: [
      { text: 'обусловлен необходимостью', suggestion: null },
      { text: 'повышения эффективности', suggestion: 'улучшения' },
    ],
  },
  {
    // An infinitive giving an order is the imperative; an infinitive subject of «нужно» is no order.
    rule: 'ru/officialese',
    text: 'Обращаться в ЦОН по адресу: ул. Абая, 10. Обращаться в ЦОН нужно заранее. Можно обращаться в ЦОН.',
    expected: [{ text: 'Обращаться', suggestion: 'Обращайтесь' }],
  },
  {
    // Officialese of tariff and scholarship notices: «порядка» before an amount (not a year's «порядка»), «в
    // плановом порядке», a mobile number; clauses to rebuild are flagged with nothing to paste.
    rule: 'ru/officialese',
    text: 'Тариф составит порядка 520 тенге. Работы идут в плановом порядке. Рост обусловлен необходимостью ремонта. Укажите абонентский номер сотовой связи. Помощь дают лицам, относящимся к категории малоимущих. Изменение порядка 2020 года отменено.',
    expected: [
      { text: 'порядка', suggestion: 'около' },
      { text: 'в плановом порядке', suggestion: 'по плану' },
      { text: 'обусловлен необходимостью', suggestion: null },
      { text: 'абонентский номер сотовой связи', suggestion: 'номер мобильного телефона' },
      { text: 'лицам', suggestion: 'людям' },
      { text: 'относящимся к категории', suggestion: null },
    ],
  },
  {
    // Opening a list after a colon, «Запрещается» is «Нельзя»; with a noun subject before it, nothing to paste.
    rule: 'ru/officialese',
    text: 'Запрещается: курить; сорить. Курение запрещается: это опасно.',
    expected: [
      { text: 'Запрещается', suggestion: 'Нельзя' },
      { text: 'запрещается', suggestion: null },
    ],
  },
  {
    // «В случае если» is cut to its «если», the writer's commas kept; a bracketed «(при наличии)» is «(если
    // есть)»; «при наличии» before a noun takes it along.
    rule: 'ru/officialese',
    text: 'В случае если родители не могут прийти, заявление подают родственники. Приложите справку (при наличии). При наличии справки приходите.',
    expected: [
      { text: 'В случае если', suggestion: 'Если' },
      { text: 'при наличии', suggestion: 'если есть' },
      { text: 'При наличии справки', suggestion: 'Если есть справка,' },
    ],
  },
  {
    // «Удостоверение» is a document, not an action: one verbal noun before it makes no chain; two do.
    rule: 'ru/nominal-chain',
    text: 'Выберите спецЦОН для получения готового удостоверения. Срок обеспечения реализации программы истёк.',
    expected: [{ text: 'обеспечения реализации программы' }],
  },
  {
    // A standing rule («запрещена») and what a law provides for («предусмотрена») hide no doer; an act of
    // forbidding told as one («был запрещён») does.
    rule: 'ru/passive-short-participle',
    text: 'Агитация в день выборов запрещена. Ответственность предусмотрена статьей 505 Кодекса. Митинг был запрещён вчера.',
    expected: [{ text: 'запрещён' }],
  },
  {
    // «Увеличивается» is the everyday verb for a sum that grows: no shorter word says it.
    rule: 'ru/long-word',
    text: 'Размер стипендии увеличивается на 15 процентов. Необходимо переоборудование.',
    expected: [{ text: 'переоборудование' }],
  },
  {
    // A body's field after «по» is its name («Комитет по регулированию …»), and so are the words an abbreviation
    // with a clipped head spells out («(спецЦОН)»); after another opener «по» ends the name, and the same words
    // without the brackets are the writer's.
    rule: 'ru/long-word',
    text: 'Комитет по регулированию естественных монополий утвердил тарифы. Права выдают в специализированных центрах обслуживания населения (спецЦОН). Акимат по результатам проверки специализированных организаций решил. Права выдают в специализированных центрах.',
    expected: [
      { text: 'специализированных', occurrence: 2 },
      { text: 'специализированных', occurrence: 3 },
    ],
  },
  {
    // «Машина» is no paste for driving in general, which covers buses and motorcycles, nor inside a form's name.
    rule: 'ru/officialese',
    text: 'Лишение права управления транспортным средством. Справка о допуске к вождению транспортного средства (форма 073/у) нужна. Оставьте транспортное средство на стоянке.',
    expected: [
      { text: 'транспортным средством', suggestion: null },
      { text: 'транспортного средства', suggestion: null },
      { text: 'транспортное средство', suggestion: 'автомобиль' },
    ],
  },
  {
    // «В электронной форме» after a verb is how it is done («онлайн»); after a noun it is a kind of that thing.
    rule: 'ru/officialese',
    text: 'Свидетельство в электронной форме придёт на почту. Справка направлена в электронной форме. Подайте заявление в электронной форме. В электронной форме справку выдают сразу.',
    expected: [
      { text: 'в электронной форме', suggestion: null },
      { text: 'в электронной форме', occurrence: 2, suggestion: 'онлайн' },
      { text: 'в электронной форме', occurrence: 3, suggestion: 'онлайн' },
      { text: 'В электронной форме', suggestion: 'Онлайн' },
    ],
  },
  {
    // «Обращаться об оплате» is no Russian: with a verb of turning to later in the clause «по вопросам» is the
    // contact line's idiom, not flagged; with no word of speech before it «по оплате» is offered.
    rule: 'ru/officialese',
    text: 'По вопросам оказания помощи обращаться в контакт-центр. По вопросам оплаты звоните по номеру 1414. По вопросам оплаты у нас есть памятка.',
    expected: [
      { text: 'оказания помощи', suggestion: 'помощи' },
      { text: 'обращаться', suggestion: 'обращайтесь' },
      { text: 'По вопросам оплаты', occurrence: 2, suggestion: 'По оплате' },
    ],
  },
  {
    // «Когда подаёте» speaks to the reader: not where the main clause's verb has a 3rd-person subject, nor where
    // the clause goes on past the noun («через портал»), since the comma after it would cut those words off.
    rule: 'ru/officialese',
    text: 'При подаче заявления через портал заявитель осуществляет оплату. При подаче заявления гражданин предъявляет паспорт. При подаче заявления через портал оплатите пошлину. При получении справки проверьте данные.',
    expected: [
      { text: 'При подаче', suggestion: null },
      { text: 'осуществляет оплату', suggestion: null },
      { text: 'При подаче', occurrence: 2, suggestion: null },
      { text: 'предъявляет', suggestion: 'показывает' },
      { text: 'При подаче заявления', occurrence: 3, suggestion: null },
      { text: 'При получении справки', suggestion: 'Когда получаете справку,' },
    ],
  },
  {
    // «Наименование» is «название», in the same case and number; counting kinds of goods after a number it is
    // a trade term, not flagged.
    rule: 'ru/officialese',
    text: 'Укажите наименование организации. Наименования товаров изменились. В магазине более 500 наименований товаров.',
    expected: [
      { text: 'наименование', suggestion: 'название' },
      { text: 'Наименования', suggestion: 'Названия' },
    ],
  },
  {
    // «Произвести» and a verbal noun of an instruction: the plain verb, its object carried into the accusative.
    rule: 'ru/officialese',
    text: 'Произведите заполнение формы запроса. Сотрудник производит заполнение анкеты. Произведите удаление файлов.',
    expected: [
      { text: 'Произведите заполнение формы', suggestion: 'Заполните форму' },
      { text: 'производит заполнение анкеты', suggestion: 'заполняет анкету' },
      { text: 'Произведите удаление файлов', suggestion: 'Удалите файлы' },
    ],
  },
  {
    // Plain words that keep the case after them; «с помощью» only before a tool.
    rule: 'ru/officialese',
    text: 'Каким образом подать заявление? Пособие назначат вне зависимости от стажа. Подпишите заявление с использованием электронной цифровой подписи. Торт готовят с использованием молока.',
    expected: [
      { text: 'Каким образом', suggestion: 'Как' },
      { text: 'вне зависимости от', suggestion: 'независимо от' },
      { text: 'с использованием', suggestion: 'с помощью' },
    ],
  },
  {
    // «Иной» before a noun is «другой» in its form; not in «тот или иной», «не что иное, как», «иной раз», nor
    // before a verb («Иные считают»: "some").
    rule: 'ru/officialese',
    text: 'Заявление может подать иное лицо. Справку выдают банки и иные организации. Это не что иное, как ошибка. Тот или иной способ подойдёт. Иные считают иначе. Иной раз бывает.',
    expected: [
      { text: 'иное', suggestion: 'другое' },
      { text: 'иные', suggestion: 'другие' },
    ],
  },
  {
    // «Благодарить» takes the accusative; «обеспечить контроль за» is «следить за», the object unchanged.
    rule: 'ru/officialese',
    text: 'Выражаем Вам благодарность за обращение. Нужно обеспечить контроль за соблюдением условий. Школа обеспечивает контроль за питанием.',
    expected: [
      { text: 'Выражаем Вам благодарность', suggestion: 'Благодарим Вас' },
      { text: 'обеспечить контроль за', suggestion: 'следить за' },
      { text: 'обеспечивает контроль за', suggestion: 'следит за' },
    ],
  },
  {
    // «Указанный» right before its noun is «этот»; a participle with words of its own is left alone. «Настоящего
    // письма» is «этого письма», as «настоящего приказа» is.
    rule: 'ru/officialese',
    text: 'Документы размещены на указанном портале. Сведения, указанные в заявлении, проверят. Указанные заявителем сведения проверят. Ответьте в течение месяца со дня получения настоящего письма.',
    expected: [
      { text: 'указанном', suggestion: 'этом' },
      { text: 'настоящего', suggestion: 'этого' },
    ],
  },
  {
    // «Лиц» of people is «людей»; not in a term of the law, nor after a number.
    rule: 'ru/officialese',
    text: 'Вакцина предназначена для лиц, относящихся к группам риска. Права третьих лиц защищены. По словам официальных лиц, пять лиц задержаны.',
    expected: [{ text: 'лиц', suggestion: 'людей' }],
  },
  {
    // «В случае наличия» is «если есть» with the noun in the nominative, never «при наличии», officialese
    // itself; where the noun cannot be read, nothing to paste.
    rule: 'ru/officialese',
    text: 'В случае наличия паспорта приходите. В случае наличия переплаты услуга не оказывается.',
    expected: [
      { text: 'В случае наличия паспорта', suggestion: 'Если есть паспорт,' },
      { text: 'В случае наличия', occurrence: 2, suggestion: null },
    ],
  },
  {
    // An act's title written without quotes, after its capitalised noun, runs to the next punctuation mark: no
    // editor may reword it. The same words in lower case, or past the comma, are the writer's own.
    rule: 'ru/officialese',
    text: 'Помощь выдают по пункту 7 Правил предоставления жилищной помощи, утвержденных приказом. Порядок соответствует правилам предоставления помощи. Согласно Положению о конкурсе, предоставление помощи бесплатно.',
    expected: [
      { text: 'предоставления', occurrence: 2, suggestion: null },
      { text: 'Согласно', suggestion: 'По' },
      { text: 'предоставление', suggestion: null },
    ],
  },
  {
    // Papers named before «предоставить» are handed in: «подать», not the generic «дать».
    rule: 'ru/officialese',
    text: 'Какие документы нужно предоставить? Документы нужно предоставить в ЦОН. Мы обязаны предоставить помощь.',
    expected: [
      { text: 'предоставить', suggestion: 'подать' },
      { text: 'предоставить', occurrence: 2, suggestion: 'подать' },
      { text: 'обязаны', suggestion: 'должны' },
      { text: 'предоставить', occurrence: 3, suggestion: 'дать' },
    ],
  },
  {
    // «Осуществлять подачу / оплату / проверку» + a genitive object: the plain verb takes it in the accusative
    // («подать запрос», not «подать запроса»); «мониторинг цен» wants «следить за ценами», which is not built.
    rule: 'ru/officialese',
    text: 'Нужно заблаговременно осуществлять подачу запроса. Можно осуществить оплату услуг онлайн. Вы можете осуществить оплату. Следует осуществлять мониторинг цен.',
    expected: [
      { text: 'заблаговременно', suggestion: 'заранее' },
      { text: 'осуществлять подачу запроса', suggestion: 'подать запрос' },
      { text: 'осуществить оплату услуг', suggestion: 'оплатить услуги' },
      { text: 'осуществить оплату', occurrence: 2, suggestion: 'оплатить' },
      { text: 'осуществлять мониторинг', suggestion: null },
    ],
  },
  {
    // After «по» and its noun, «согласно» → «по» would double «по»: nothing to paste.
    rule: 'ru/officialese',
    text: 'Заполните заявление по форме согласно приложению 1. Согласно приказу, срок продлён.',
    expected: [
      { text: 'согласно', suggestion: null },
      { text: 'Согласно', suggestion: 'По' },
    ],
  },
  {
    // «Обращаться по вопросам выплаты» is the contact line's idiom, not flagged; «осуществлять уход» is
    // «ухаживать за», which is not built: nothing to paste. Elsewhere «по вопросам выплаты» is «о выплате».
    rule: 'ru/officialese',
    text: 'Лицо, осуществляющее уход за ребенком, подаёт заявление. Куда обращаться по вопросам выплаты? Справки по вопросам выплаты даёт центр.',
    expected: [
      { text: 'осуществляющее уход', suggestion: null },
      { text: 'по вопросам выплаты', occurrence: 2, suggestion: 'о выплате' },
    ],
  },
  {
    // «Физическим и юридическим лицам» and «юридическим лицам» are terms of art (terms.ts): no finding;
    // «Обращаем ваше внимание на то, что» has no «важно» to paste before «на».
    rule: 'ru/officialese',
    text: 'Услуга оказывается физическим и юридическим лицам. Юридическим лицам нужно подать заявку. Обращаем ваше внимание на то, что срок истёк. Обращаем ваше внимание: срок истёк.',
    expected: [
      { text: 'Обращаем ваше внимание', suggestion: null },
      { text: 'Обращаем ваше внимание', occurrence: 2, suggestion: 'Учтите' },
    ],
  },
  {
    // An instruction to register with no object is to register oneself («Зарегистрируйте на портале» was
    // offered); «провести беседу» is «поговорить», its passive the impersonal («беседуют»), and a genitive
    // after the noun has nothing to paste.
    rule: 'ru/officialese',
    text: 'Произведите регистрацию на портале. Произведите регистрацию автомобиля. Инспектор провёл беседу с родителями. Проводится беседа с учениками. Провели беседу профилактического характера.',
    expected: [
      { text: 'Произведите регистрацию', suggestion: 'Зарегистрируйтесь' },
      { text: 'Произведите регистрацию', occurrence: 2, suggestion: null },
      { text: 'провёл беседу', suggestion: 'поговорил' },
      { text: 'Проводится беседа', suggestion: 'Беседуют' },
      { text: 'Провели беседу', suggestion: null },
    ],
  },
  {
    // Checks in the plural keep their number in the head's case; as a subject, nothing to paste.
    rule: 'ru/officialese',
    text: 'График проведения проверок утверждён. Порядок проведения проверки определён. Проведение проверок займёт месяц.',
    expected: [
      { text: 'проведения проверок', suggestion: 'проверок' },
      { text: 'проведения проверки', suggestion: 'проверки' },
      { text: 'Проведение проверок', suggestion: null },
    ],
  },
  {
    // «Излагаться» and «предупреждаться» are passives in official texts: what is set out, who is warned.
    rule: 'ru/passive-reflexive',
    text: 'В заявлении излагается суть жалобы. Заявитель предупреждается об ответственности.',
    expected: [
      { text: 'излагается', suggestion: null },
      { text: 'Заявитель предупреждается', suggestion: 'Заявителя предупреждают' },
    ],
  },
  {
    // A text that writes «ё» keeps it in the active built from its words.
    rule: 'ru/passive-reflexive',
    text: 'Заявление передаётся специалистом в отдел. Счёт выставляется поставщиком.',
    expected: [
      { text: 'Заявление передаётся специалистом', suggestion: 'Специалист передаёт заявление' },
      { text: 'Счёт выставляется поставщиком', suggestion: 'Поставщик выставляет счёт' },
    ],
  },
  {
    // An instrumental of what is charged or given is no doer («Налог облагает доходы», «Жильё обеспечивает
    // семьи» were offered); a doer's is.
    rule: 'ru/passive-reflexive',
    text: 'Доходы облагаются налогом. Семьи обеспечиваются жильём. Документы принимаются специалистами.',
    expected: [
      { text: 'облагаются', suggestion: null },
      { text: 'обеспечиваются', suggestion: null },
      { text: 'Документы принимаются специалистами', suggestion: 'Специалисты принимают документы' },
    ],
  },
  {
    // «Оказывается» after a service is a passive, its doer in the instrumental put first («Услуга оказывается
    // местными исполнительными органами» was no finding); elsewhere it is "turns out", and before a lone
    // instrumental adjective it says what the service is.
    rule: 'ru/passive-reflexive',
    text: 'Услуга оказывается местными исполнительными органами. Услуга оказывается бесплатно. Услуга оказывается платной. Оказывается, услуга платная. Он оказывается прав.',
    expected: [
      {
        text: 'Услуга оказывается местными исполнительными органами',
        suggestion: 'Местные исполнительные органы оказывают услугу',
      },
      { text: 'Услуга оказывается', occurrence: 2, suggestion: 'Услугу оказывают' },
    ],
  },
  {
    // A pronoun with «-либо» is not carried («Нет какие-либа»); «имеет место быть» takes «быть» along («есть
    // быть»); «с момента» before a clause has nothing to govern («С, когда»); «по получении справки» keeps the
    // action («После справки»).
    rule: 'ru/officialese',
    text: 'Отсутствуют какие-либо нарушения. Такая практика имеет место быть. С момента, когда поступило заявление, прошло три дня. По получении справки обратитесь в банк. Мы являемся получателями пособия.',
    expected: [
      { text: 'Отсутствуют', suggestion: null },
      { text: 'имеет место быть', suggestion: 'есть' },
      { text: 'С момента', suggestion: null },
      { text: 'По получении', suggestion: 'После получения' },
      { text: 'являемся', suggestion: null },
    ],
  },
  {
    // «По очереди» only where «по мере поступления» ends its clause («по очереди средств» was offered);
    // «сейчас» takes «момент времени» whole («Сейчас времени» was offered); the adjective «заблаговременный» is
    // «предварительный» («Заранее запись» was offered).
    rule: 'ru/officialese',
    text: 'По мере поступления средств выплаты будут сделаны. Заявки рассматриваются по мере поступления. В текущем месяце выплаты будут позже. На данный момент времени мест нет. В данное время приём закрыт. Заблаговременная запись обязательна.',
    expected: [
      { text: 'По мере поступления', suggestion: null },
      { text: 'по мере поступления', suggestion: 'по очереди' },
      { text: 'В текущем месяце', suggestion: 'В этом месяце' },
      { text: 'На данный момент времени', suggestion: 'Сейчас' },
      { text: 'В данное время', suggestion: 'Сейчас' },
      { text: 'Заблаговременная', suggestion: 'Предварительная' },
    ],
  },
  {
    // Adverbs of time the guides name: «ранее» (not before a participle it names, «ранее выданные»), «в
    // дальнейшем» (not the legal «в дальнейшем именуемое»), «впоследствии».
    rule: 'ru/officialese',
    text: 'Ранее заявление подавалось в ЦОН. Ранее выданные справки действительны. В дальнейшем приём будет онлайн. Фонд, в дальнейшем именуемый «Исполнитель», отвечает за это. Впоследствии заявление отозвали. Ранее в этом году центр открылся.',
    expected: [
      { text: 'Ранее', suggestion: 'Раньше' },
      { text: 'В дальнейшем', suggestion: 'Потом' },
      { text: 'Впоследствии', suggestion: 'Потом' },
      { text: 'Ранее', occurrence: 3, suggestion: null },
    ],
  },
  {
    // «Представляет собой» is «является» with an accusative: the noun phrase comes along in the nominative.
    rule: 'ru/officialese',
    text: 'Справка представляет собой документ с печатью. Программа представляет собой систему мер. Что представляет собой услуга?',
    expected: [
      { text: 'представляет собой документ', suggestion: '— документ' },
      { text: 'представляет собой систему', suggestion: '— система' },
      { text: 'представляет собой', occurrence: 3, suggestion: null },
    ],
  },
  {
    // «Довести до сведения всех / граждан» → «сообщить всем / гражданам» only where the listed word is the
    // whole noun phrase; a short participle of «проинформировать» has no «сообщить» to paste; «те, кого это
    // касается» in the case of the phrase, and only at the end of its clause.
    rule: 'ru/officialese',
    text: 'Просим довести до сведения всех сотрудников новые правила. Необходимо довести до сведения граждан и организаций изменения. Просим довести до сведения всех. Заявитель должен быть проинформирован о решении. Информация для заинтересованных лиц. Сообщите заинтересованным лицам новости.',
    expected: [
      { text: 'довести до сведения всех сотрудников', suggestion: 'сообщить всем сотрудникам' },
      { text: 'Необходимо', suggestion: 'Нужно' },
      { text: 'довести до сведения', occurrence: 2, suggestion: null },
      { text: 'довести до сведения всех', occurrence: 2, suggestion: 'сообщить всем' },
      { text: 'проинформирован', suggestion: null },
      { text: 'заинтересованных лиц', suggestion: 'тех, кого это касается' },
      { text: 'заинтересованным лицам', suggestion: null },
    ],
  },
  {
    // After «все» or «любые» the persons are anyone who comes: «для всех тех, кого это касается» narrowed an
    // open hearing to those affected, and its «это» had nothing to refer to. The other cases after «все»
    // name parties to a matter: nothing to paste. Without «все» the phrase keeps its paste.
    rule: 'ru/officialese',
    text: 'Слушания открыты для всех заинтересованных лиц. Все заинтересованные лица могут прийти. Уведомление направлено всем заинтересованным лицам. Материалы доступны для заинтересованных лиц.',
    expected: [
      { text: 'заинтересованных лиц', suggestion: 'желающих' },
      { text: 'заинтересованные лица', suggestion: 'желающие' },
      { text: 'заинтересованным лицам', suggestion: null },
      { text: 'заинтересованных лиц', occurrence: 2, suggestion: 'тех, кого это касается' },
    ],
  },
  {
    // «С учётом» has no paste (a gerund wants its clause's doer); «вправе» is «мочь» in the person of the subject right before it (a noun
    // after a preposition is none).
    rule: 'ru/officialese',
    text: 'Размер определяется с учётом дохода семьи. С учётом того, что срок истёк, заявление вернули. Гражданин вправе обжаловать решение. Вы вправе отказаться. Заявители не вправе требовать возврата. Такая организация вправе отказать. В суд вправе обратиться граждане.',
    expected: [
      { text: 'с учётом', suggestion: null },
      { text: 'С учётом', suggestion: null },
      { text: 'вправе', suggestion: 'может' },
      { text: 'вправе', occurrence: 2, suggestion: 'можете' },
      { text: 'не вправе', suggestion: 'не могут' },
      { text: 'вправе', occurrence: 4, suggestion: null },
      { text: 'вправе', occurrence: 5, suggestion: null },
    ],
  },
  {
    // A wish come true is plain («Мечта осуществилась»); a payment made is not.
    rule: 'ru/officialese',
    text: 'Мечта осуществилась. Выплата пособия осуществлялась ежемесячно.',
    expected: [{ text: 'Выплата пособия осуществлялась', suggestion: 'Выплачивали пособие' }],
  },
  {
    // «Нет», «не было» take the genitive: the subject after «отсутствует» goes along into it; one before it
    // («Задолженность нет» was offered) or a person absent from a place gets nothing to paste, and the past
    // is «не было», never «нет».
    rule: 'ru/officialese',
    text: 'В здании отсутствует пандус. Задолженность по налогам отсутствует. В селе отсутствовала питьевая вода. Сотрудник отсутствовал на рабочем месте.',
    expected: [
      { text: 'отсутствует пандус', suggestion: 'нет пандуса' },
      { text: 'отсутствует', occurrence: 2, suggestion: null },
      { text: 'отсутствовала питьевая вода', suggestion: 'не было питьевой воды' },
      { text: 'отсутствовал', occurrence: 2, suggestion: null },
    ],
  },
  {
    // «мочь» in the person and tense of «иметь» before an infinitive («Граждане можете» was offered);
    // without one, nothing to paste.
    rule: 'ru/officialese',
    text: 'Граждане имеют возможность подать заявление онлайн. Вы будете иметь возможность выбрать врача. Он не имеет возможности прийти. Школа имеет возможности для роста.',
    expected: [
      { text: 'имеют возможность', suggestion: 'могут' },
      { text: 'будете иметь возможность', suggestion: 'сможете' },
      { text: 'имеет возможности', suggestion: 'может' },
      { text: 'имеет возможности', occurrence: 2, suggestion: null },
    ],
  },
  {
    // «Извините» is the agency's own apology; another's is «извиниться» in its form, and a dative after it
    // would want «перед» («Компания извините клиентам» was offered).
    rule: 'ru/officialese',
    text: 'Приносим извинения за неудобства. Компания принесла извинения клиентам. Банк приносит извинения за сбой. Аким принёс свои извинения.',
    expected: [
      { text: 'Приносим извинения', suggestion: 'Извините' },
      { text: 'принесла извинения', suggestion: null },
      { text: 'приносит извинения', suggestion: 'извиняется' },
      { text: 'принёс свои извинения', suggestion: 'извинился' },
    ],
  },
  {
    // The adverb «согласно» before a verb, and «обязан» of gratitude ending its sentence, are plain.
    rule: 'ru/officialese',
    text: 'Он согласно кивнул. Пособие выплачивается согласно графику. Мы вам многим обязаны. Вы обязаны сообщить об этом.',
    expected: [
      { text: 'согласно', occurrence: 2, suggestion: 'по' },
      { text: 'обязаны', occurrence: 2, suggestion: 'должны' },
    ],
  },
  {
    // After a numeral the noun changes with it («о шести играх»), which is not built: only the accusative,
    // where the numeral alone changes, is offered.
    rule: 'ru/officialese',
    text: 'Решение относительно шести игр отложили. Спросили относительно выплаты.',
    expected: [
      { text: 'относительно шести', suggestion: 'про шесть' },
      { text: 'относительно выплаты', suggestion: 'о выплате' },
    ],
  },
  {
    // The plain verb keeps the person and tense: «выразил надежду» is no «надеемся»; thanks to someone in the
    // dative are «благодарим» + the accusative («Благодарим коллегам» was offered), or «спасибо» + the dative
    // where the pack cannot build the accusative («всем»).
    rule: 'ru/officialese',
    text: 'Министр выразил надежду на мир. Мы выражаем надежду на мир. Выражаем благодарность коллегам. Выражаем благодарность за помощь. Выражаю благодарность всем. Министр выразил благодарность врачам.',
    expected: [
      { text: 'выразил надежду', suggestion: null },
      { text: 'выражаем надежду', suggestion: 'надеемся' },
      { text: 'Выражаем благодарность коллегам', suggestion: 'Благодарим коллег' },
      { text: 'Выражаем благодарность', occurrence: 2, suggestion: 'Благодарим' },
      { text: 'Выражаю благодарность', suggestion: 'Спасибо' },
      { text: 'выразил благодарность врачам', suggestion: 'поблагодарил врачей' },
    ],
  },
  {
    // A light verb whose plain verb governs the noun's object in another case: the object carried into it
    // («поддержать врачей», «купить билеты», «оценить работу»), or nothing to paste where that is not built
    // («следить цен», «изменить в закон», «усомниться выводы», «поддерживает малому бизнесу» were offered);
    // with no object after the noun, the plain verb alone.
    rule: 'ru/officialese',
    text: 'Нужно оказать поддержку врачам. Банк оказывает поддержку малому бизнесу. Банк оказывает поддержку. Надо дать оценку работе отдела. Нужно совершить покупку билетов. Нужно проводить мониторинг цен. Нужно внести изменения в закон. Нужно внести изменения. Нельзя подвергнуть сомнению выводы. Нужно вести учёт расходов.',
    expected: [
      { text: 'оказать поддержку врачам', suggestion: 'поддержать врачей' },
      { text: 'оказывает поддержку малому бизнесу', suggestion: 'поддерживает малый бизнес' },
      { text: 'оказывает поддержку', occurrence: 2, suggestion: 'поддерживает' },
      { text: 'дать оценку работе', suggestion: 'оценить работу' },
      { text: 'совершить покупку билетов', suggestion: 'купить билеты' },
      { text: 'проводить мониторинг', suggestion: null },
      { text: 'внести изменения', suggestion: null },
      { text: 'внести изменения', occurrence: 2, suggestion: 'изменить' },
      { text: 'подвергнуть сомнению', suggestion: null },
      { text: 'вести учёт расходов', suggestion: 'учитывать расходы' },
    ],
  },
  {
    // An adjective that names people is carried as a noun only alone («поддержал пострадавших»); with a noun
    // after it, the noun would stay behind in the dative («поддержал пострадавших семьям»): nothing to paste.
    // «По достижении» needs its clause rebuilt («когда ребёнку исполнится»): nothing to paste.
    rule: 'ru/officialese',
    text: 'Фонд оказал поддержку пострадавшим. Фонд оказал поддержку пострадавшим семьям. Фонд оказал поддержку раненым бойцам. Выплата прекращается по достижении ребёнком 18 лет.',
    expected: [
      { text: 'оказал поддержку пострадавшим', suggestion: 'поддержал пострадавших' },
      { text: 'оказал поддержку', occurrence: 2, suggestion: null },
      { text: 'оказал поддержку', occurrence: 3, suggestion: null },
      { text: 'по достижении', suggestion: null },
    ],
  },
  {
    // «решить» takes no «о»: a decision about something keeps nothing to paste; the object noun must be a
    // genitive.
    rule: 'ru/officialese',
    text: 'Совет принял решение о закрытии школы. Совет принял решение закрыть школу. Процесс вынесения решение затянулся.',
    expected: [
      { text: 'принял решение', suggestion: null },
      { text: 'принял решение', occurrence: 2, suggestion: 'решил' },
      { text: 'вынесения решение', suggestion: null },
    ],
  },
  {
    // «реализовать», «осуществить» are «выполнить» with a plan carried out, not with a try, goods, an attack or
    // a management; a past active participle gets no infinitive.
    rule: 'ru/officialese',
    text: 'Компания реализовала проект. Команда реализовала попытку. Магазин реализует продукцию. Проект реализован. Попытка, реализованная Климо, принесла очки. Саипов осуществил нападение. Управление осуществлялось коллегией. Министерство осуществляет программу. Чиновник, осуществлявший надзор, уехал.',
    expected: [
      { text: 'реализовала', suggestion: 'выполнила' },
      { text: 'реализовала', occurrence: 2, suggestion: null },
      { text: 'реализует', suggestion: null },
      { text: 'реализован', suggestion: 'выполнен' },
      { text: 'реализованная', suggestion: null },
      { text: 'осуществил', suggestion: null },
      { text: 'осуществлялось', suggestion: null },
      { text: 'осуществляет', suggestion: 'проводит' },
      { text: 'осуществлявший', suggestion: null },
    ],
  },
  {
    // A noun whose ending leaves several cases open, none the nominative, gets no listed form.
    rule: 'ru/officialese',
    text: 'Вы можете приобрести билеты. Ход реализации программы обсудили.',
    expected: [
      { text: 'приобрести', suggestion: 'купить' },
      { text: 'реализации', suggestion: null },
    ],
  },
  {
    // One who arrived travelled («приехал»); a train comes («пришёл»); the reader comes to an office.
    rule: 'ru/officialese',
    text: 'Президент прибыл в город. Поезд прибыл на станцию. Прибудьте на приём.',
    expected: [
      { text: 'прибыл', suggestion: 'приехал' },
      { text: 'прибыл', occurrence: 2, suggestion: 'пришёл' },
      { text: 'Прибудьте', suggestion: 'Приходите' },
    ],
  },
  {
    // Replacements that fit one sense: unpaid work is not free for whom it is unpaid, «alongside» is not
    // «together with»; a legal entity and an official are terms of art (terms.ts).
    rule: 'ru/officialese',
    text: 'Это безвозмездная для участника работа. Нам оказана безвозмездная помощь. Слово употребляется наряду с названием. Подайте наряду с заявлением копию. Наряду с этим мы проверим документы. Организацию лишили прав юридического лица. Регистрация юридического лица занимает день. Дело против действующего должностного лица закрыто.',
    expected: [
      { text: 'безвозмездная', suggestion: null },
      { text: 'безвозмездная', occurrence: 2, suggestion: 'бесплатная' },
      { text: 'наряду с', suggestion: null },
      { text: 'наряду с', occurrence: 2, suggestion: 'вместе с' },
      { text: 'Наряду с этим', suggestion: 'Кроме того,' },
    ],
  },
  {
    // A conjunction takes no comma after it and opens its clause; a source named is «по данным»; «нужда» only
    // before «в».
    rule: 'ru/officialese',
    text: 'В свою очередь, банк отказал. Банк в свою очередь отказал. В свою очередь банк отказал. Вместе с тем, банк отказал. Вместе с тем банк отказал. Согласно Reuters, сделка сорвалась. Возникла необходимость в ремонте. Он подчеркнул необходимость реформ. Ермолов начал планомерное продвижение. Без справки, при отсутствии документов, приём закрыт.',
    expected: [
      { text: 'В свою очередь', suggestion: null },
      { text: 'в свою очередь', suggestion: null },
      { text: 'В свою очередь', occurrence: 2, suggestion: 'А' },
      { text: 'Вместе с тем', suggestion: null },
      { text: 'Вместе с тем', occurrence: 2, suggestion: 'Но' },
      { text: 'Согласно', suggestion: 'По данным' },
      { text: 'необходимость', suggestion: 'нужда' },
      { text: 'необходимость', occurrence: 2, suggestion: null },
      { text: 'планомерное', suggestion: null },
      { text: 'при отсутствии', suggestion: 'без' },
    ],
  },
  {
    // A light verb's noun before it: the plain verb in its form («Выплачивает фонд»), the passive as the
    // impersonal 3rd plural, a modal with the plain infinitive; with the noun's object between, nothing to paste.
    rule: 'ru/officialese',
    text: 'Выплату производит фонд. Приём осуществляется ежедневно. Оплату нужно произвести до 5 числа. Выплату пособия производит фонд. Проверку произведёт банк.',
    expected: [
      { text: 'Выплату производит', suggestion: 'Выплачивает' },
      { text: 'Приём осуществляется', suggestion: 'Принимают' },
      { text: 'Оплату нужно произвести', suggestion: 'Нужно оплатить' },
      { text: 'Выплату пособия производит' },
      { text: 'Проверку произведёт', suggestion: 'Проверит' },
    ],
  },
  {
    // «Платёж» before «совершать», «вносить»: the plain «платить» in its form, the passive as the impersonal.
    rule: 'ru/officialese',
    text: 'Платёж совершается ежемесячно. Платёж вносит работодатель. Платёж нужно внести до пятницы.',
    expected: [
      { text: 'Платёж совершается', suggestion: 'Платят' },
      { text: 'Платёж вносит', suggestion: 'Платит' },
      { text: 'Платёж нужно внести', suggestion: 'Нужно заплатить' },
    ],
  },
  {
    // An agent after the passive, an adjective before the noun: the phrase is flagged, with nothing to paste.
    rule: 'ru/officialese',
    text: 'Выплата производится фондом. Ежемесячную выплату производит фонд.',
    expected: [
      { text: 'Выплата производится', suggestion: null },
      { text: 'выплату производит', suggestion: null },
    ],
  },
  {
    // «по факту» with no noun after it, or before a subject («in fact»): flagged, nothing to paste («после.»).
    rule: 'ru/officialese',
    text: 'Доставка оплачивается по факту. По факту, он не работает. По факту он не работает.',
    expected: [
      { text: 'по факту', suggestion: null },
      { text: 'По факту', suggestion: null },
      { text: 'По факту', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A light verb's noun coordinated with another noun, or with a clause about it: «проверяет и анализ данных»
    // would not be Russian, so nothing to paste; a verb after «и», a conjunction after the comma keep it.
    rule: 'ru/officialese',
    text: 'Комиссия проводит проверку и анализ данных. Фонд осуществляет выплату пособия и компенсации. Банк производит оплату, которую одобрил акимат. Комиссия проводит проверку и готовит отчёт.',
    expected: [
      { text: 'проводит проверку', suggestion: null },
      { text: 'осуществляет выплату', suggestion: null },
      { text: 'производит оплату', suggestion: null },
      { text: 'проводит проверку', occurrence: 2, suggestion: 'проверяет' },
    ],
  },
  {
    // A verb in -ите before «вы» or in a question is the 2nd plural, not the imperative: «Оплачиваете» alone.
    rule: 'ru/officialese',
    text: 'Оплату производите вы или банк? Проверку проводите вы сами. Оплату производите до 5 числа.',
    expected: [
      { text: 'Оплату производите', suggestion: 'Оплачиваете' },
      { text: 'Проверку проводите', suggestion: 'Проверяете' },
      { text: 'Оплату производите', occurrence: 2, suggestion: 'Оплачивайте' },
    ],
  },
  {
    // A pronoun agent after the passive («им», «ими», «ей», «ею»; «им» and «ей» may also be a dative): nothing to
    // paste, since «Оплачивают им» says "they pay him".
    rule: 'ru/officialese',
    text: 'Оплата производится им самим. Выплаты производились ими. Проверка проводилась ею.',
    expected: [
      { text: 'Оплата производится', suggestion: null },
      { text: 'Выплаты производились', suggestion: null },
      { text: 'Проверка проводилась', suggestion: null },
    ],
  },
  {
    // A fronted noun before a light verb in the 1st or 2nd person, the past, the future, the imperative: the
    // plain verb in that form («Выплачиваем», not «Выплачиваем / Выплачивают» for any form).
    rule: 'ru/officialese',
    text: 'Выплаты производим ежемесячно. Проверку произведём в мае. Оплату произведите до 5 числа. Выплату произведёте после проверки. Контроль осуществляли инспекторы. Выплату осуществим в срок.',
    expected: [
      { text: 'Выплаты производим', suggestion: 'Выплачиваем' },
      { text: 'Проверку произведём', suggestion: 'Проверим' },
      { text: 'Оплату произведите', suggestion: 'Оплатите' },
      { text: 'Выплату произведёте', suggestion: 'Выплатите' },
      { text: 'Контроль осуществляли', suggestion: 'Контролировали' },
      { text: 'Выплату осуществим', suggestion: 'Выплатим' },
    ],
  },
  {
    // A passive in the fronted noun's number and gender: the impersonal 3rd plural in its tense, with the noun's
    // object after it; a transitive verb with none («Регистрируют по записи»: what?) gets nothing to paste, a
    // verb that reads whole alone («Принимают», «Оплачивают») keeps its paste.
    rule: 'ru/officialese',
    text: 'Выплаты пособий производились по графику. Приём проводится по вторникам. Списание долгов производится автоматически. Оплата производится ежемесячно. Выплата пособия будет производиться в срок. Регистрация осуществлялась по записи. Регистрация брака осуществлялась по записи.',
    expected: [
      { text: 'Выплаты пособий производились', suggestion: 'Выплачивали пособия' },
      { text: 'Приём проводится', suggestion: 'Принимают' },
      { text: 'Списание долгов производится', suggestion: 'Списывают долги' },
      { text: 'Оплата производится', suggestion: 'Оплачивают' },
      { text: 'Выплата пособия будет производиться', suggestion: 'Будут выплачивать пособие' },
      { text: 'Регистрация осуществлялась', suggestion: null },
      { text: 'Регистрация брака осуществлялась', suggestion: 'Регистрировали брак' },
    ],
  },
  {
    // The noun's own «за», object or agent, a dative the plain verb would not take, a plural that is a
    // genitive after another word: flagged, nothing to paste.
    rule: 'ru/officialese',
    text: 'Контроль осуществляется за соблюдением сроков. Мониторинг цен осуществляет управление. Уведомление производится заявителю письменно. Контроль за исполнением осуществляет заместитель. Расчёт выплаты производит бухгалтерия. Контроль осуществлялся комиссией.',
    expected: [
      { text: 'Контроль осуществляется', suggestion: null },
      { text: 'Мониторинг цен осуществляет', suggestion: null },
      { text: 'Уведомление производится', suggestion: null },
      { text: 'Контроль за исполнением осуществляет', suggestion: null },
      { text: 'выплаты производит', suggestion: null },
      { text: 'Контроль осуществлялся', suggestion: null },
    ],
  },
  {
    // A genitive before a verb of another number, a noun that only begins like a light verb, «оказался»: none.
    rule: 'ru/officialese',
    text: 'Размер оплаты производится по тарифу. Замена производителя прошла успешно. Оплата производства идёт по графику. Он оказался помощником судьи. Начисление выплаты зависит от стажа.',
    expected: [],
  },
  {
    // More fronted nouns: «мониторинг» → «следить», «рассмотрение», «оформление», «помощь», «начисления».
    rule: 'ru/officialese',
    text: 'Мониторинг проводили ежемесячно. Рассмотрение жалобы проводилось без заявителя. Оформление осуществляем бесплатно. Помощь оказывается бесплатно. Начисления производятся ежемесячно. Контроль будет осуществлять комиссия.',
    expected: [
      { text: 'Мониторинг проводили', suggestion: 'Следили' },
      { text: 'Рассмотрение жалобы проводилось', suggestion: 'Рассматривали жалобу' },
      { text: 'Оформление осуществляем', suggestion: 'Оформляем' },
      { text: 'Помощь оказывается', suggestion: 'Помогают' },
      { text: 'Начисления производятся', suggestion: null },
      { text: 'Контроль будет осуществлять', suggestion: 'Будет контролировать' },
    ],
  },
  {
    // «оказывать» in the plain verb's form («поддержать» was offered for every form); «поддерживать» takes
    // the accusative where «оказывать поддержку» takes a dative, so before one nothing to paste; «примем
    // участие» has the analytic future.
    rule: 'ru/officialese',
    text: 'Мы оказываем поддержку семьям. Фонд оказывает поддержку в виде грантов. Погода оказывает влияние на урожай. Мы оказали содействие в поиске жилья. Организации, оказавшие помощь, получат грант. Мы примем участие в конкурсе.',
    expected: [
      { text: 'оказываем поддержку', suggestion: null },
      { text: 'оказывает поддержку', suggestion: 'поддерживает' },
      { text: 'оказывает влияние', suggestion: 'влияет' },
      { text: 'оказали содействие', suggestion: 'помогли' },
      { text: 'оказавшие помощь', suggestion: null },
      { text: 'примем участие', suggestion: 'будем участвовать' },
    ],
  },
  {
    // The nouns with other verbs, and the noun after its verb with its own entries elsewhere: none here.
    rule: 'ru/officialese',
    text: 'Выплату получает мать. Приём документов продлён. Оплату нужно сохранить.',
    expected: [],
  },
  // ru/officialese
  {
    // Parents and taxpayers hand papers in, as applicants do; «сообщить» is offered for the infinitive only.
    rule: 'ru/officialese',
    text: 'Родители предоставляют свидетельство о рождении. Своевременное предоставление сведений обязательно. Мы предоставим сведения.',
    expected: [
      { text: 'предоставляют', suggestion: 'подают' },
      { text: 'Своевременное', suggestion: null },
      { text: 'предоставление сведений', suggestion: null },
      { text: 'предоставим сведения', suggestion: null },
    ],
  },
  {
    // A plain noun of another gender is not offered where an adjective before the finding or a past verb after
    // it would keep the old one («Успешная выполнение», «Министерство рассмотрел»); one of the same gender is.
    rule: 'ru/officialese',
    text: 'Успешная реализация плана. Центральный государственный орган рассмотрел жалобу. Такое приобретение выгодно. Такое осуществление плана выгодно.',
    expected: [
      { text: 'реализация', suggestion: null },
      { text: 'Центральный государственный орган', suggestion: null },
      { text: 'приобретение', suggestion: null },
      { text: 'осуществление', suggestion: 'выполнение' },
    ],
  },
  {
    // The verb agrees with the subject past its genitive dependents («Выполнение проекта завершена» was
    // offered); a verb of no gender («обеспечит») keeps the suggestion. With nothing to paste, the word inside a
    // nominal chain («Реализация программы модернизации») is the chain's finding.
    rule: 'ru/officialese',
    text: 'Реализация проекта завершена. Реализация программы модернизации завершена. Реализация проекта обеспечит рост.',
    expected: [
      { text: 'Реализация', suggestion: null },
      { text: 'Реализация', occurrence: 3, suggestion: 'Выполнение' },
    ],
  },
  {
    // A service is neither given nor issued («Услуга даётся», «выдаются услуги» were offered): its verb, before
    // or after it, has nothing to paste; a leave is given.
    rule: 'ru/officialese',
    text: 'Услуга предоставляется бесплатно. ЦОН предоставляет государственные услуги. Перечень предоставляемых услуг. Отпуск предоставляется ежегодно.',
    expected: [
      { text: 'предоставляется', suggestion: null },
      { text: 'предоставляет', occurrence: 2, suggestion: null },
      { text: 'предоставляемых', suggestion: 'оказываемых' },
      { text: 'предоставляется', occurrence: 2, suggestion: 'дается' },
    ],
  },
  {
    // The service or asylum is the subject of a passive across an auxiliary and other words («Услуга будет
    // предоставлена» was offered «дана»); the reader brings papers for a service, which is no subject.
    rule: 'ru/officialese',
    text: 'Убежище будет предоставлено. Услуга будет предоставлена в течение дня. Услуги в электронном виде могут быть предоставлены бесплатно. Для получения услуги необходимо предоставить паспорт.',
    expected: [
      { text: 'предоставлено', suggestion: null },
      { text: 'предоставлена', suggestion: null },
      { text: 'в электронном виде', suggestion: 'онлайн' },
      { text: 'предоставлены', suggestion: null },
      { text: 'Для получения услуги', suggestion: 'Чтобы получить услугу,' },
      { text: 'необходимо', suggestion: 'нужно' },
      { text: 'предоставить паспорт', suggestion: 'принести паспорт' },
    ],
  },
  {
    // A writ or a claim is submitted, not shown («Исполнительный документ показывается к исполнению» was
    // offered); a passport is shown.
    rule: 'ru/officialese',
    text: 'Исполнительный документ предъявляется к исполнению. Банк предъявил требования к заемщику. Предъявленные к оплате счета. Предъявите паспорт.',
    expected: [
      { text: 'предъявляется', suggestion: null },
      { text: 'предъявил', suggestion: null },
      { text: 'Предъявленные', suggestion: null },
      { text: 'Предъявите', suggestion: 'Покажите' },
    ],
  },
  {
    // Russian statutory names are terms: registration at one's residence, a sole trader's registration, a
    // petition to restore a time limit; «по месту жительства» alone and «в качестве» elsewhere stay officialese.
    rule: 'ru/officialese',
    text: 'Нужна регистрация ребёнка по месту жительства. Справку выдают по месту жительства. Идёт регистрация физического лица в качестве индивидуального предпринимателя. Он работает в качестве водителя. Подайте ходатайство о его восстановлении.',
    expected: [
      { text: 'по месту жительства', occurrence: 2 },
      { text: 'в качестве', occurrence: 2 },
    ],
  },
  {
    // A claim that is the subject before «предъявляется» is made, not shown («Требование … показывается
    // продавцу» was offered). Nor is a thing «показывается», which reads as "appears" («Транспортное средство
    // … показывается для осмотра» was offered): the -ся forms get nothing to paste; the active keeps its verb.
    rule: 'ru/officialese',
    text: 'Требование потребителя предъявляется продавцу. Паспорт предъявляется сотруднику. Машина предъявляется для осмотра. Владелец предъявляет машину для осмотра.',
    expected: [
      { text: 'предъявляется', suggestion: null },
      { text: 'предъявляется', occurrence: 2, suggestion: null },
      { text: 'предъявляется', occurrence: 3, suggestion: null },
      { text: 'предъявляет', occurrence: 4, suggestion: 'показывает' },
    ],
  },
  {
    // A place in a kindergarten is not «выдано»: nothing to paste; a paper is still issued.
    rule: 'ru/officialese',
    text: 'Дети нуждаются в предоставлении места в детском саду. Срок предоставления справки продлён.',
    expected: [
      { text: 'предоставлении', suggestion: null },
      { text: 'предоставления', suggestion: 'выдачи' },
    ],
  },
  {
    // «На базе» a school or a named body is on its premises: «в школе» or nothing, never «на основе МБОУ»;
    // what a thing is built on stays «на основе», never «в опыте».
    rule: 'ru/officialese',
    text: 'Пункты открыты на базе МБОУ СОШ № 3. Курсы идут на базе центра занятости. Программа создана на базе опыта регионов.',
    expected: [
      { text: 'на базе', suggestion: null },
      { text: 'на базе центра', suggestion: 'в центре' },
      { text: 'на базе', occurrence: 3, suggestion: 'на основе' },
    ],
  },
  {
    // A stance after «по вопросу» takes «о»: «по несогласию с постановлением» is no Russian; an activity keeps
    // «по» first.
    rule: 'ru/officialese',
    text: 'Ваша жалоба по вопросу несогласия с решением получена. Помощь дают по вопросам составления договоров.',
    expected: [
      { text: 'по вопросу несогласия', suggestion: 'о несогласии' },
      { text: 'по вопросам составления', suggestion: 'по составлению' },
    ],
  },
  {
    // «Нести ответственность» is «отвечать» in each form; «понесут ответственность» (will be punished) stays.
    rule: 'ru/officialese',
    text: 'Граждане несут ответственность за нарушение. Она несла ответственность за проект. Виновные понесут ответственность.',
    expected: [
      { text: 'несут ответственность', suggestion: 'отвечают' },
      { text: 'несла ответственность', suggestion: 'отвечала' },
    ],
  },
  {
    // «там, где вы живёте» is the reader's home: not another person's («жительства получателя» was offered
    // «там, где вы живёте получателя»), nor the first of two places.
    rule: 'ru/officialese',
    text: 'Выплата назначается по месту жительства получателя. Обратитесь в ЦОН по месту жительства или пребывания. Подайте заявление по месту жительства.',
    expected: [
      { text: 'по месту жительства', suggestion: null },
      { text: 'по месту жительства', occurrence: 2, suggestion: null },
      { text: 'по месту жительства', occurrence: 3, suggestion: 'там, где вы живете' },
    ],
  },
  {
    // «осуществлять уплату» is «платить» in its form, its object in the accusative («нужно своевременно делать
    // уплату взносов» was offered for the verb alone).
    rule: 'ru/officialese',
    text: 'Нужно осуществлять уплату взносов. Банк осуществляет уплату налогов. Осуществите уплату налога до 1 октября.',
    expected: [
      { text: 'осуществлять уплату взносов', suggestion: 'платить взносы' },
      { text: 'осуществляет уплату налогов', suggestion: 'платит налоги' },
      { text: 'Осуществите уплату налога', suggestion: 'Заплатите налог' },
    ],
  },
  {
    // A light verb's passive with its noun's object between: the impersonal, the object carried after it in the
    // accusative. Not before an agent («комиссией»: who acts is named), nor with a word between that is no
    // genitive noun («обычно»), nor with an object the pack cannot put into the accusative with certainty.
    rule: 'ru/officialese',
    text: 'Проверка документов осуществляется в течение пяти дней. Выплата пенсии производилась вовремя. Регистрация заявлений будет осуществляться онлайн. Проверка паспорта осуществляется комиссией. Проверка обычно осуществляется быстро.',
    expected: [
      { text: 'Проверка документов осуществляется', suggestion: 'Проверяют документы' },
      { text: 'Выплата пенсии производилась', suggestion: 'Выплачивали пенсию' },
      { text: 'Регистрация заявлений будет осуществляться', suggestion: 'Будут регистрировать заявления' },
      { text: 'Проверка паспорта осуществляется', suggestion: null },
      { text: 'Проверка обычно осуществляется', suggestion: null },
    ],
  },
  {
    // Two words of the object between: an adjective and a noun, or a noun and its genitive, carried after the
    // impersonal; not a negation or an adverb («не», «ежемесячно»), nor before an agent.
    rule: 'ru/officialese',
    text: 'Оплата коммунальных услуг производится через банк. Проверка документов заявителя осуществляется быстро. Выдача справок не осуществляется. Выплата пенсии ежемесячно производится. Проверка документов заявителя осуществляется комиссией.',
    expected: [
      { text: 'Оплата коммунальных услуг производится', suggestion: 'Оплачивают коммунальные услуги' },
      { text: 'Проверка документов заявителя осуществляется', suggestion: 'Проверяют документы заявителя' },
      { text: 'Выдача справок не осуществляется', suggestion: null },
      { text: 'Выплата пенсии ежемесячно производится', suggestion: null },
      { text: 'Проверка документов заявителя осуществляется', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A fronted noun's light verb beyond the reach of its entries: «делается» would say «Приём … делается», so
    // nothing to paste; a noun that is none of theirs keeps the light verb's own plain verbs.
    rule: 'ru/officialese',
    text: 'Приём документов в ЦОНе осуществляется ежедневно. Выдача справок в отделе осуществлялась по средам. Работа в отделе осуществляется по графику.',
    expected: [
      { text: 'осуществляется', occurrence: 1, suggestion: null },
      { text: 'осуществлялась', suggestion: null },
      { text: 'осуществляется', occurrence: 2, suggestion: 'проводится' },
    ],
  },
  {
    // «имеет право на получение» is «может получить», its object in the accusative; without an object to
    // carry, nothing to paste. «производить исчисление» is «рассчитывать».
    rule: 'ru/officialese',
    text: 'Граждане имеют право на получение пособия. Вы имеете право на получение компенсации. Мать имела право на получение в течение года. Органы производят исчисление налогов.',
    expected: [
      { text: 'имеют право на получение пособия', suggestion: 'могут получить пособие' },
      { text: 'имеете право на получение компенсации', suggestion: 'можете получить компенсацию' },
      { text: 'имела право на получение', suggestion: null },
      { text: 'производят исчисление налогов', suggestion: 'рассчитывают налоги' },
    ],
  },
  {
    // «Физическое лицо» is the Civil Code's term (terms.ts), in a tax's name or not («налог на имущество людей»,
    // «Справку выдают людям» were offered); a plain «лицам» is «людям».
    rule: 'ru/officialese',
    text: 'Налог на имущество физических лиц платят до 1 октября. Налог на доходы физических лиц удерживает работодатель. Справку выдают физическим лицам. Справку выдают лицам, потерявшим работу.',
    expected: [{ text: 'лицам', occurrence: 2, suggestion: 'людям' }],
  },
  {
    // «при обращении» is «когда обратитесь» before where one applies or the clause's end, not before the one who
    // applies («при обращении заявителем», «при обращении граждан»). Before «в ЦОН» and the main verb the
    // clause's comma may go before «в ЦОН» or after it: nothing to paste.
    rule: 'ru/officialese',
    text: 'Возьмите паспорт при обращении в ЦОН. При обращении заявителем проверяют документы. При обращении граждан нужен паспорт. При обращении в ЦОН возьмите паспорт.',
    expected: [
      { text: 'паспорт при обращении', suggestion: 'паспорт, когда обратитесь' },
      { text: 'При обращении', suggestion: null },
      { text: 'При обращении', occurrence: 2, suggestion: null },
      { text: 'При обращении', occurrence: 3, suggestion: null },
    ],
  },
  {
    // The citizen hands papers in («подаёт»); the agency gives them out («выдаёт»).
    rule: 'ru/officialese',
    text: 'Заявитель предоставляет в ЦОН копию паспорта. Ведомство предоставляет справку.',
    expected: [
      { text: 'предоставляет', suggestion: 'подает' },
      { text: 'предоставляет', occurrence: 2, suggestion: 'дает' },
    ],
  },
  {
    // «предоставить документы» in a form with no plain form built for it has nothing to paste: the
    // infinitive «подать документы» was offered for a passive and a verbal noun.
    rule: 'ru/officialese',
    text: 'Заявителем предоставляется документ. Порядок предоставления документов. Вам нужно предоставить документы.',
    expected: [
      { text: 'предоставляется документ', suggestion: null },
      { text: 'предоставления документов', suggestion: null },
      { text: 'предоставить документы', suggestion: 'подать документы' },
    ],
  },
  {
    // The capital of courtesy in a letter is kept where it is no sentence's first letter.
    rule: 'ru/officialese',
    text: 'Мы Вас уведомим о решении. Мы вас уведомим о решении.',
    expected: [
      { text: 'Вас уведомим', suggestion: 'Вам сообщим' },
      { text: 'вас уведомим', suggestion: 'вам сообщим' },
    ],
  },
  {
    // «Через» counts time («через месяц»), a deadline ends («после окончания срока»), never «через срок».
    rule: 'ru/officialese',
    text: 'По истечении срока действия паспорта замените его. По истечении месяца мы ответим. По истечении 10 дней звоните.',
    expected: [
      { text: 'По истечении', suggestion: 'После окончания' },
      { text: 'По истечении месяца', suggestion: 'Через месяц' },
      { text: 'По истечении', occurrence: 3, suggestion: 'Через' },
    ],
  },
  {
    // A quoted title after the law or company it names is its own wording, which no editor may change; a
    // quotation is still read, with nothing to paste into someone else's words.
    rule: 'ru/officialese',
    text: 'Порядок установлен Законом Республики Казахстан «Об осуществлении государственного контроля». Работы ведёт ТОО «Данный проект». Он сказал: «Мы решили данный вопрос».',
    expected: [{ text: 'данный', suggestion: null }],
  },
  {
    // «Подача заявления» alone is the everyday term; after «для» or «после» a verb says it plainer.
    rule: 'ru/officialese',
    text: 'Срок подачи заявления — пятница. Для подачи заявления возьмите паспорт. После подачи заявления ждите СМС.',
    expected: [
      { text: 'Для подачи заявления', suggestion: 'Чтобы подать заявление,' },
      { text: 'После подачи заявления', suggestion: 'После того как подадите заявление,' },
    ],
  },
  {
    // «Информировать», «уведомлять», «извещать» take the person in the accusative, «сообщать» in the dative.
    rule: 'ru/officialese',
    text: 'Информируем вас о том, что срок истекает. Акимат информирует население о графике. Мы известим заявителя. Информируем, что приём закрыт.',
    expected: [
      { text: 'Информируем вас', suggestion: 'Сообщаем вам' },
      { text: 'информирует население', suggestion: 'сообщает населению' },
      { text: 'известим заявителя', suggestion: 'сообщим заявителю' },
      { text: 'Информируем', occurrence: 2, suggestion: 'Сообщаем' },
    ],
  },
  {
    // Any person informed goes into the dative after «сообщить»; a noun phrase that may be the subject after its
    // verb («уведомит банк») or that the pack cannot read, and the -ся forms, whose subject is the person
    // informed, get nothing to paste; so does a verb whose person may stand further on («о трагедии
    // родственников»); with no person in the sentence, the plain verb alone.
    rule: 'ru/officialese',
    text: 'Нужно уведомить родственников. Проинформируйте сотрудников о проверке. Оповестите жителей. Известите налоговую службу. О решении уведомит банк. Заявитель уведомляется о решении. Уведомите их о решении. Уведомите его родственников. Готовятся известить о трагедии родственников. Мы вас уведомим. Уведомим, когда решим.',
    expected: [
      { text: 'уведомить родственников', suggestion: 'сообщить родственникам' },
      { text: 'Проинформируйте сотрудников', suggestion: 'Сообщите сотрудникам' },
      { text: 'Оповестите жителей', suggestion: 'Сообщите жителям' },
      { text: 'Известите налоговую службу', suggestion: 'Сообщите налоговой службе' },
      { text: 'уведомит', occurrence: 2 },
      { text: 'уведомляется' },
      { text: 'Уведомите их', suggestion: 'Сообщите им' },
      { text: 'Уведомите', occurrence: 2 },
      { text: 'известить' },
      { text: 'вас уведомим', suggestion: 'вам сообщим' },
      { text: 'Уведомим', suggestion: 'Сообщим' },
    ],
  },
  {
    // «надлежит» takes the dative, as «нужно» does: «Заявителю должен явиться» was offered.
    rule: 'ru/officialese',
    text: 'Заявителю надлежит сдать документы.',
    expected: [{ text: 'надлежит', suggestion: 'нужно' }],
  },
  {
    // «в случае» and a verbal noun: its object follows in the verb's case, «появятся» in its noun's number, and
    // a clause said of the reader gets nothing to paste before a genitive («если не придёте заявителя»).
    rule: 'ru/officialese',
    text: 'В случае утери паспорта обратитесь в ЦОН. В случае выявления нарушений выдаётся предписание. В случае возникновения вопросов звоните. В случае неявки заявителя заявление возвращается. В случае неявки на приём запись отменяется.',
    expected: [
      { text: 'В случае утери паспорта', suggestion: 'Если вы потеряли паспорт,' },
      { text: 'В случае выявления нарушений', suggestion: 'Если найдут нарушения,' },
      { text: 'В случае возникновения вопросов', suggestion: 'Если появятся вопросы,' },
      { text: 'В случае неявки' },
      { text: 'В случае неявки', occurrence: 2, suggestion: null },
    ],
  },
  {
    // «оплату за» keeps its «за» after «платить», not after «оплачивать» («Оплатите за услуги»).
    rule: 'ru/officialese',
    text: 'Произведите оплату за услуги до 25 числа. Мы внесли оплату за октябрь. Производится оплата за обучение.',
    expected: [
      { text: 'Произведите оплату за', suggestion: 'Заплатите за' },
      { text: 'внесли оплату за', suggestion: 'заплатили за' },
      { text: 'Производится оплата за', suggestion: 'Платят за' },
    ],
  },
  {
    // «контроль за» is «контролировать» and the accusative, or «следить за» and the noun as written.
    rule: 'ru/officialese',
    text: 'Акимат осуществляет контроль за соблюдением норм. Отдел осуществляет контроль за ними.',
    expected: [
      { text: 'осуществляет контроль за соблюдением', suggestion: 'контролирует соблюдение' },
      { text: 'осуществляет контроль за', occurrence: 2, suggestion: 'следит за' },
    ],
  },
  {
    // A service is neither issued nor handed in: «предоставление услуги» has nothing to paste, «предоставление
    // справки» is «выдача».
    rule: 'ru/officialese',
    text: 'Срок предоставления услуги продлён. Для предоставления справки нужен паспорт.',
    expected: [
      { text: 'предоставления услуги' },
      { text: 'предоставления', occurrence: 2, suggestion: 'выдачи' },
    ],
  },
  {
    // «нужда» takes no genitive: «о необходимости уплаты» has nothing to paste.
    rule: 'ru/officialese',
    text: 'Напоминаем о необходимости уплаты налога. Необходимость справки отпала. Необходимость отпала.',
    expected: [
      { text: 'необходимости' },
      { text: 'Необходимость' },
      { text: 'Необходимость', occurrence: 2, suggestion: 'Нужда' },
    ],
  },
  {
    // «в отношении» takes the preposition the word before it asks for, or none where that word does not tell.
    rule: 'ru/officialese',
    text: 'Меры в отношении нарушителей приняты. Требования в отношении документов изменились. Решение в отношении вас принято. Санкции в отношении Северной Кореи усилены. Решение принято в отношении заявителя.',
    expected: [
      { text: 'в отношении нарушителей', suggestion: 'к нарушителям' },
      { text: 'в отношении документов', suggestion: 'к документам' },
      { text: 'в отношении вас', suggestion: 'о вас' },
      { text: 'в отношении', occurrence: 4, suggestion: 'против' },
      { text: 'в отношении', occurrence: 5 },
    ],
  },
  {
    // The noun «осуществление» before «контроль» is the control itself, as in an order's last clause.
    rule: 'ru/officialese',
    text: 'Осуществление контроля за исполнением постановления возложить на заместителя акима.',
    expected: [{ text: 'Осуществление контроля', suggestion: 'Контроль' }],
  },
  {
    // «со» before «сдачи»; «по» is no preposition for a verbal noun («по принятию»), only «из-за».
    rule: 'ru/officialese',
    text: 'Срок — 5 дней с момента сдачи документов. Изменения внесены в связи с принятием Кодекса. Школа закрыта в связи с плановым отключением света.',
    expected: [
      { text: 'с момента', suggestion: 'со' },
      { text: 'в связи с принятием', suggestion: 'из-за принятия' },
      { text: 'в связи с плановым отключением', suggestion: 'из-за планового отключения' },
    ],
  },
  {
    // «Услугополучателя», «услугодателя»: the genitive in the plain noun's, «вас» and «нас» only after a
    // preposition (never «личный кабинет вы»), «на ведомство» in the accusative.
    rule: 'ru/officialese',
    text: 'Результат придёт в личный кабинет услугополучателя. Решение услугодателя можно обжаловать. Жалоба на услугодателя. Для услугополучателя это бесплатно. Мы работаем с услугополучателями.',
    expected: [
      { text: 'услугополучателя', occurrence: 1, suggestion: 'заявителя' },
      { text: 'услугодателя', occurrence: 1, suggestion: 'ведомства' },
      { text: 'услугодателя', occurrence: 2, suggestion: 'ведомство' },
      { text: 'услугополучателя', occurrence: 2, suggestion: 'заявителя' },
      { text: 'услугополучателями', suggestion: 'заявителями' },
    ],
  },
  {
    // «департамент», «документ» name things, though they end like «студент»: their accusative is the nominative.
    rule: 'ru/officialese',
    text: 'Отправьте письмо посредством департамента. Вход при предъявлении документа. Прошу рассмотреть возможность выделения участка.',
    expected: [
      { text: 'посредством департамента', suggestion: 'через департамент' },
      { text: 'при предъявлении документа', suggestion: 'с документом' },
      { text: 'рассмотреть возможность' },
    ],
  },
  {
    // «Обеспечить» + a verbal noun: the plain verb takes the next noun in the accusative; «явку» of someone
    // has nothing to paste. A reply's openings.
    rule: 'ru/officialese',
    text: 'Необходимо обеспечить соблюдение требований. Обеспечить явку представителей. Прошу обеспечить явку. По результатам рассмотрения сообщаем: заявление находится на рассмотрении, приём идёт в штатном режиме. Дело находится на рассмотрении суда.',
    expected: [
      { text: 'Необходимо', suggestion: 'Нужно' },
      { text: 'обеспечить соблюдение требований', suggestion: 'соблюдать требования' },
      { text: 'Обеспечить явку' },
      { text: 'обеспечить явку', suggestion: 'прийти' },
      { text: 'По результатам рассмотрения' },
      { text: 'находится на рассмотрении', suggestion: 'рассматривается' },
      { text: 'в штатном режиме', suggestion: 'как обычно' },
      { text: 'находится на рассмотрении', occurrence: 2 },
    ],
  },
  {
    // Whole clichés: «Исходя из вышеизложенного» is «Поэтому»; «В целях недопущения», with nothing to paste,
    // opens the chain «недопущения распространения инфекции», which takes it in (ru/nominal-chain).
    rule: 'ru/officialese',
    text: 'Исходя из вышеизложенного, оснований нет. В целях недопущения распространения инфекции носите маски. Справку выдают без взимания платы.',
    expected: [
      { text: 'Исходя из вышеизложенного', suggestion: 'Поэтому' },
      { text: 'без взимания платы', suggestion: 'бесплатно' },
    ],
  },
  {
    // Documents go one way, with «следующие», «все», «недостающие» before them too: «подать», not «выдать».
    rule: 'ru/officialese',
    text: 'Заявитель предоставляет следующие документы. Он предоставил все документы вовремя.',
    expected: [
      { text: 'предоставляет следующие документы', suggestion: 'подает следующие документы' },
      { text: 'предоставил все документы', suggestion: 'подал все документы' },
    ],
  },
  {
    // «настоящий» before a document's name is «этот»; a real friend is not. Bookish participles in their form.
    rule: 'ru/officialese',
    text: 'Документы по пункту 9 настоящих Правил подают лично. Он настоящий друг. Порядок регламентирован законом, истребованные документы вернут. Жалобу подают в установленном законом порядке.',
    expected: [
      { text: 'настоящих', suggestion: 'этих' },
      { text: 'регламентирован', suggestion: 'установлен' },
      { text: 'истребованные', suggestion: 'запрошенные' },
      { text: 'в установленном законом порядке', suggestion: 'по закону' },
    ],
  },
  {
    // The imperfective «производить оплату» is «оплачивать», the perfective «произвести» «оплатить»; an adverb
    // after it («вовремя») is no genitive object.
    rule: 'ru/officialese',
    text: 'Жильцам нужно производить оплату вовремя. Вам нужно произвести оплату сегодня.',
    expected: [
      { text: 'производить оплату', suggestion: 'оплачивать' },
      { text: 'произвести оплату', suggestion: 'оплатить' },
    ],
  },
  {
    // «прав» is the genitive plural of «право» (accusative «права»), not of a feminine «права».
    rule: 'ru/officialese',
    text: 'В целях реализации прав граждан работает комиссия.',
    expected: [{ text: 'В целях реализации прав', suggestion: null }],
  },
  {
    // Letters' openings and closings; «явиться» is «прийти», «не явитесь» «не придёте».
    rule: 'ru/officialese',
    text: 'Ответ направят в установленные законодательством сроки. По всем интересующим вопросам звоните 1414. По существу поставленных в обращении вопросов сообщаем. Явитесь в отдел с паспортом. Если вы не явитесь, заявление отклонят. Неявка явилась причиной отказа.',
    expected: [
      { text: 'в установленные законодательством сроки', suggestion: 'в срок' },
      { text: 'По всем интересующим вопросам', suggestion: 'С вопросами' },
      { text: 'По существу поставленных' },
      { text: 'Явитесь', suggestion: 'Приходите' },
      { text: 'явитесь', suggestion: 'придете' },
      { text: 'явилась', suggestion: 'стала' },
    ],
  },
  {
    // «Прибыли» is also the noun «прибыль» («не получила прибыли»): not flagged.
    rule: 'ru/officialese',
    text: 'Прибудьте к 9 часам в приоритетном порядке. Компания не получила прибыли.',
    expected: [
      { text: 'Прибудьте', suggestion: 'Приходите' },
      { text: 'в приоритетном порядке', suggestion: 'в первую очередь' },
    ],
  },
  {
    // «Уведомить» in its own forms; «информирование» has no plain noun to paste; the whole purpose clause.
    rule: 'ru/officialese',
    text: 'Мы уведомляем вас о решении. Информирование граждан ведётся по СМС. В целях обеспечения реализации прав граждан.',
    expected: [
      { text: 'уведомляем вас', suggestion: 'сообщаем вам' },
      { text: 'Информирование' },
      { text: 'В целях обеспечения реализации прав', suggestion: null },
    ],
  },
  {
    // Long participles of «предоставить», «приобрести» agree with their noun; «данный» is never offered for
    // «предоставленный» (it is officialese itself).
    rule: 'ru/officialese',
    text: 'Проверьте предоставленные документы. Навыки, приобретённые в школе, пригодятся.',
    expected: [
      { text: 'предоставленные', suggestion: 'выданные' },
      { text: 'приобретённые', suggestion: 'купленные' },
    ],
  },
  {
    // «Принять во внимание», «довести до сведения» in each form of the verb; the person informed, in the
    // genitive, goes into the dative after «сообщать» («Сообщаем граждан», «сообщает родителей» were offered).
    rule: 'ru/officialese',
    text: 'Примите во внимание сроки. Комиссия приняла к сведению отчёт. Доводим до сведения граждан. Управление доводит до сведения родителей, что занятия переносятся. Просим довести до сведения сотрудников новый график. Управление доводит до сведения, что приём закрыт.',
    expected: [
      { text: 'Примите во внимание', suggestion: 'Учтите' },
      { text: 'приняла к сведению', suggestion: 'учла' },
      { text: 'Доводим до сведения граждан', suggestion: 'Сообщаем гражданам' },
      { text: 'доводит до сведения родителей', suggestion: 'сообщает родителям' },
      { text: 'довести до сведения сотрудников', suggestion: 'сообщить сотрудникам' },
      { text: 'доводит до сведения', occurrence: 2, suggestion: 'сообщает' },
    ],
  },
  {
    // «Принять решение» in each form of the verb: «примет решение» was offered «решить».
    rule: 'ru/officialese',
    text: 'Суд вряд ли примет решение. Комиссия приняла решения. Примите решение до пятницы.',
    expected: [
      { text: 'примет решение', suggestion: 'решит' },
      { text: 'приняла решения', suggestion: 'решила' },
      { text: 'Примите решение', suggestion: 'Решите' },
    ],
  },
  {
    // «Относительно» before a genitive is «о» with its noun carried; the adverb («относительно дёшево») is plain.
    rule: 'ru/officialese',
    text: 'Решение относительно выплаты принято. Это относительно дёшево. В ряде случаев мы отказываем.',
    expected: [
      { text: 'относительно выплаты', suggestion: 'о выплате' },
      { text: 'В ряде случаев', suggestion: 'Иногда' },
    ],
  },
  {
    // «Необходимость» in a phrase has a plain phrase; alone, a noun in its case, not «нужно». Before an
    // infinitive «нужда» would read as want, and «первой необходимости» is a set phrase: nothing to paste.
    rule: 'ru/officialese',
    text: 'Нет необходимости приходить. Необходимость в этом отпала. Из-за необходимости платить. Купите предметы первой необходимости.',
    expected: [
      { text: 'Нет необходимости', suggestion: 'Не нужно' },
      { text: 'Необходимость', suggestion: 'Нужда' },
      { text: 'необходимости', occurrence: 2, suggestion: null },
      { text: 'необходимости', occurrence: 3, suggestion: null },
    ],
  },
  {
    // The adverb has a plain word; the adjective has none to paste.
    rule: 'ru/officialese',
    text: 'Платите своевременно. Обеспечьте своевременное завершение работ.',
    expected: [{ text: 'своевременно', suggestion: 'вовремя' }, { text: 'своевременное' }],
  },
  {
    // Government pages instruct: an empty verb's imperative gets the plain verb's («Произведите оплату» was
    // offered «Оплатить»); an imperfective imperative that is also the 2nd plural gets both.
    rule: 'ru/officialese',
    text: 'Произведите оплату в кассе. Осуществите вход на портал. Осуществите регистрацию. Предоставьте документы. Примите участие в опросе. Проводите проверку ежегодно.',
    expected: [
      { text: 'Произведите оплату', suggestion: 'Оплатите' },
      { text: 'Осуществите вход', suggestion: 'Войдите' },
      { text: 'Осуществите регистрацию', suggestion: 'Зарегистрируйтесь' },
      { text: 'Предоставьте документы', suggestion: 'Подайте документы' },
      { text: 'Примите участие', suggestion: 'Участвуйте' },
      { text: 'Проводите проверку', suggestion: 'Проверяйте' },
    ],
  },
  {
    // «обязан» in its gender and number; «подлежит возврату» is «нужно вернуть» after a subject whose accusative
    // is its nominative, and in either number; «Жалоба» would have to become «Жалобу»: nothing to paste.
    rule: 'ru/officialese',
    text: 'Она обязана прийти. Они обязаны платить. Товар подлежит возврату. Документы подлежат возврату. Решение не подлежит обжалованию. Жалоба подлежит рассмотрению. Граждане подлежат регистрации.',
    expected: [
      { text: 'обязана', suggestion: 'должна' },
      { text: 'обязаны', suggestion: 'должны' },
      { text: 'подлежит возврату', suggestion: 'нужно вернуть' },
      { text: 'подлежат возврату', suggestion: 'нужно вернуть' },
      { text: 'не подлежит обжалованию', suggestion: 'нельзя обжаловать' },
      { text: 'подлежит', occurrence: 3 },
      { text: 'подлежат', occurrence: 2 },
    ],
  },
  {
    // A plain noun in the form of the one it replaces, the fleeting vowel of a listed noun of notices too
    // («покупок»); the passive of «оказать помощь» in its tense.
    rule: 'ru/officialese',
    text: 'Выручка выросла за счёт этих приобретений. Сирии не будет оказана помощь.',
    expected: [
      { text: 'приобретений', suggestion: 'покупок' },
      { text: 'будет оказана помощь', suggestion: 'помогут' },
    ],
  },
  {
    // «свой» declines as a pronoun («В своём счёте», never «своом»), and a carried word keeps its «ё».
    rule: 'ru/officialese',
    text: 'Деньги хранятся в рамках своего счёта. Всё решено исходя из расчёта.',
    expected: [
      { text: 'в рамках своего счёта', suggestion: 'в своём счёте' },
      { text: 'исходя из расчёта', suggestion: 'по расчёту' },
    ],
  },
  {
    // Each plain preposition takes its own case: the noun comes along («по факту кражи» → «о краже»).
    rule: 'ru/officialese',
    text: 'Дело возбуждено по факту кражи. Указ издан во исполнение закона. Курсы открыты на базе школы.',
    expected: [
      { text: 'по факту кражи', suggestion: 'после кражи' },
      { text: 'издан во исполнение закона', suggestion: 'издан, чтобы выполнить закон' },
      { text: 'на базе школы', suggestion: 'в школе' },
    ],
  },
  {
    // «При» takes the prepositional: «в ходе проверки» → «при проверке», never «при проверки»; before an event
    // only «во время» («при визите», «при сессии» read "attached to").
    rule: 'ru/officialese',
    text: 'В ходе проверки нарушений нет. В ходе визита министр выступил. В ходе беспорядков ранены шестеро.',
    expected: [
      { text: 'В ходе проверки', suggestion: 'Во время проверки' },
      { text: 'В ходе', occurrence: 2, suggestion: 'Во время' },
      { text: 'В ходе', occurrence: 3, suggestion: 'Во время' },
    ],
  },
  {
    // «Повлечь» in its own form, its object carried into the dative of «привести к»; «при участии» takes
    // «вместе с» and the instrumental.
    rule: 'ru/officialese',
    text: 'Нарушение повлечёт за собой штраф. Это повлекло задержку. Совещание прошло при участии акима.',
    expected: [
      { text: 'повлечёт за собой штраф', suggestion: 'приведёт к штрафу' },
      { text: 'повлекло задержку', suggestion: 'привело к задержке' },
      { text: 'при участии акима', suggestion: 'вместе с акимом' },
    ],
  },
  {
    // «Для получения» → «чтобы получить» with its object in the accusative; «осуществление» with its object is
    // that object; a paper the citizen must hand in is «подать»; as a subject, «услугополучатель» is no «вы».
    rule: 'ru/officialese',
    text: 'Для получения паспорта услугополучатель обязан предоставить справку. Осуществление проверки занимает день. Для осуществления перевода нужен паспорт.',
    expected: [
      { text: 'Для получения паспорта', suggestion: 'Чтобы получить паспорт,' },
      { text: 'услугополучатель', suggestion: 'заявитель' },
      { text: 'обязан', suggestion: 'должен' },
      { text: 'предоставить справку', suggestion: 'подать справку' },
      { text: 'Осуществление проверки', suggestion: 'Проверка' },
      { text: 'Для осуществления', suggestion: 'Для' },
    ],
  },
  {
    // «В адрес» of a body is «в» with the accusative; of a person, «в» does not go, nor does «для» (criticism
    // «в адрес судьи» is aimed at the judge): nothing to paste.
    rule: 'ru/officialese',
    text: 'В адрес акимата поступило обращение. Ответ направят в адрес заявителя.',
    expected: [
      { text: 'В адрес акимата', suggestion: 'В акимат' },
      { text: 'в адрес', suggestion: null },
    ],
  },
  {
    // A noun no word list has is carried by its ending into an oblique case («просрочки» → «просрочке»); a
    // listed word whose lemma is not listed is another word («если» is not a form of «есля»). A negated verbal
    // noun keeps its hidden verb after «при» («При неподаче», review 23): nothing to paste.
    rule: 'ru/officialese',
    text: 'В случае просрочки платежа суд взыщет штраф. В случае если вы опоздали, приходите завтра. В случае неподачи заявления суд взыщет штраф.',
    expected: [
      { text: 'В случае просрочки', suggestion: 'При просрочке' },
      { text: 'В случае если', suggestion: 'Если' },
      { text: 'В случае неподачи', suggestion: null },
    ],
  },
  {
    // A negated verbal noun after «при», «в случае» is a condition: «если не представить», «если не уплатить»
    // with its genitive object in the accusative (were no finding, or «при неуплате»); with no genitive object
    // right after it («лицензиатом», «в срок») or with «неявке» (whose?), nothing to paste.
    rule: 'ru/officialese',
    text: 'При непредставлении документов заявление не рассматривается. В случае непредставления справки заявление возвращается. При неуплате налога начисляется пеня. При непредставлении лицензиатом документов лицензия приостанавливается. При неуплате в срок начисляется пеня. При неявке заявителя заявление возвращается.',
    expected: [
      { text: 'При непредставлении документов', suggestion: 'Если не представить документы,' },
      { text: 'В случае непредставления справки', suggestion: 'Если не представить справку,' },
      { text: 'При неуплате налога', suggestion: 'Если не уплатить налог,' },
      { text: 'При непредставлении', occurrence: 2, suggestion: null },
      { text: 'При неуплате', occurrence: 2, suggestion: null },
      { text: 'При неявке', suggestion: null },
    ],
  },
  {
    // Legislation named by its subject is a code or several laws: «по законодательству» («по закону РК об
    // административных правонарушениях» was offered); bare legislation is «закон». The law's name itself is a
    // term of art (terms.ts): nothing inside it is found.
    rule: 'ru/officialese',
    text: 'Меры принимаются в соответствии с законодательством Республики Казахстан об административных правонарушениях. Ответственность наступает согласно законодательству о налогах. Работы идут в соответствии с законодательством. Учтите требования законодательства РК об административных правонарушениях.',
    expected: [
      { text: 'в соответствии с законодательством', suggestion: 'по законодательству' },
      { text: 'согласно законодательству', suggestion: 'по законодательству' },
      { text: 'в соответствии с законодательством', occurrence: 2, suggestion: 'по закону' },
    ],
  },
  {
    // «В целях», «с целью» before a noun are «для» (its genitive stays); before an infinitive, «чтобы».
    rule: 'ru/officialese',
    text: 'В целях обеспечения безопасности пляж закрыт. Он приехал с целью наладить отношения. Флот пришёл с целью блокады.',
    expected: [
      { text: 'В целях обеспечения', suggestion: 'Для' },
      { text: 'приехал с целью', suggestion: 'приехал, чтобы' },
      { text: 'с целью', occurrence: 2, suggestion: 'для' },
    ],
  },
  {
    // «при условии, что» keeps «что»; «при условии оплаты» needs a clause: nothing to paste either way.
    rule: 'ru/officialese',
    text: 'Скидка действует при условии, что вы платите вовремя. Выдаём при условии оплаты.',
    expected: [{ text: 'при условии' }, { text: 'при условии', occurrence: 2 }],
  },
  {
    // «Деньги» in the case of the phrase it replaces.
    rule: 'ru/officialese',
    text: 'Выплата идёт путём зачисления денежных средств на счёт. Денежные средства поступят завтра.',
    expected: [
      { text: 'путём зачисления', suggestion: 'через зачисление' },
      { text: 'денежных средств', suggestion: 'денег' },
      { text: 'Денежные средства', suggestion: 'Деньги' },
    ],
  },
  {
    // After «не» there is no dash: «не является нарушением» → «не нарушение»; «гражданами» is the plural of
    // «гражданин», which the tables list with its plural «граждане»: «— граждане»; «не имеется» → «нет».
    rule: 'ru/officialese',
    text: 'Это не является нарушением. Они являются гражданами. Не имеется возможности.',
    expected: [
      { text: 'не является нарушением', suggestion: 'не нарушение' },
      { text: 'являются гражданами', suggestion: '— граждане' },
      { text: 'Не имеется', suggestion: 'Нет' },
    ],
  },
  {
    // «в том случае, если» keeps «если» after the comma; alone it is «тогда»; «не разрешается» is «нельзя».
    rule: 'ru/officialese',
    text: 'Только в том случае, если вы придёте. В том случае платить не нужно. Никому не разрешается заходить.',
    expected: [
      { text: 'в том случае' },
      { text: 'В том случае', suggestion: 'Тогда' },
      { text: 'не разрешается', suggestion: 'нельзя' },
    ],
  },
  {
    // «Ознакомиться» in its forms; «ознакомлен» is the past of «прочитать» in its gender; each takes what was
    // read into the accusative («прочитали с правилами» was offered); «ознакомить сотрудников» (the cases would
    // change) has nothing to paste, nor has «ознакомьтесь» before anything but «с» and its noun or a stop.
    rule: 'ru/officialese',
    text: 'Мы ознакомились с правилами. Я ознакомлена с приказом. Прошу ознакомить сотрудников. Ознакомьтесь подробнее с порядком. Ознакомьтесь.',
    expected: [
      { text: 'ознакомились с правилами', suggestion: 'прочитали правила' },
      { text: 'ознакомлена с приказом', suggestion: 'прочитала приказ' },
      { text: 'ознакомить' },
      { text: 'Ознакомьтесь' },
      { text: 'Ознакомьтесь', occurrence: 2, suggestion: 'Прочитайте' },
    ],
  },
  {
    // A verbal noun in -ение is carried though the word lists lack it; «произведено отключение» wants another
    // case for its noun («отключат воду»): flagged with nothing to paste.
    rule: 'ru/officialese',
    text: 'В связи с проведением ремонта воды нет. Будет произведено отключение воды.',
    expected: [
      { text: 'В связи с проведением', suggestion: 'Из-за проведения' },
      { text: 'произведено отключение' },
    ],
  },
  {
    // «В течение» and a period is the neutral way to set a time limit, which «за» would change: not flagged.
    // Before the noun of an event it is «во время».
    rule: 'ru/officialese',
    text: 'Жалобу рассмотрят в течение пяти рабочих дней. Справка действительна в течение десяти календарных дней. Жалобу можно подать в течение трех месяцев со дня получения письма. Ждали в течение нескольких часов. Вопросы задавайте в течение рассмотрения заявления.',
    expected: [{ text: 'в течение', occurrence: 5, suggestion: 'во время' }],
  },
  {
    // «В» is «во» before «вс».
    rule: 'ru/officialese',
    text: 'В рамках всего проекта.',
    expected: [{ text: 'В рамках всего проекта', suggestion: 'Во всем проекте' }],
  },
  {
    // A passive in -ся of a verb with no passive is said with the impersonal 3rd plural, in its tense;
    // «составляет» before an amount is a dash, before an object («составляет список») it is left alone.
    rule: 'ru/officialese',
    text: 'Осуществляется мониторинг. Семьям оказывалась помощь. Срок составляет 5 дней. Он составляет список.',
    expected: [
      { text: 'Осуществляется мониторинг', suggestion: 'Следят' },
      { text: 'оказывалась помощь', suggestion: 'помогали' },
      { text: 'составляет', suggestion: '—' },
    ],
  },
  {
    // Agencies write «мы»: the 1st plural in its own form; «реализовал» reports a thing done (perfective);
    // «принятие мер» in a case is a noun («в действиях»), not an infinitive.
    rule: 'ru/officialese',
    text: 'Мы осуществляем приём граждан и предоставим справку. Отдел реализовал проект. Спасибо за смелость в принятии мер.',
    expected: [
      { text: 'осуществляем приём', suggestion: 'принимаем' },
      { text: 'предоставим', suggestion: 'дадим' },
      { text: 'реализовал', suggestion: 'выполнил' },
      { text: 'принятии мер', suggestion: 'действиях' },
    ],
  },
  {
    // «Должностное лицо» is a term of art (terms.ts) in any case and number («два сотрудника» was offered).
    rule: 'ru/officialese',
    text: 'В гонке участвуют два должностных лица.',
    expected: [],
  },
  {
    // Gerunds and long participles in their own form («приобретая» was offered «купить»); a perfective plain
    // verb has no present participle, so «инициирующий» gets nothing to paste rather than «начнущий».
    rule: 'ru/officialese',
    text: 'Приобретая жильё, осуществляя контроль и реализовав проект, мы отменили аннулированные лицензии. Орган, инициирующий проверку, ответит.',
    expected: [
      { text: 'Приобретая', suggestion: 'Покупая' },
      { text: 'осуществляя контроль', suggestion: 'контролируя' },
      { text: 'реализовав', suggestion: 'выполнив' },
      { text: 'аннулированные', suggestion: 'отменённые' },
      { text: 'инициирующий' },
    ],
  },
  {
    // Bookish verbs in their own form, not the plain verb's infinitive.
    rule: 'ru/officialese',
    text: 'Банк информирует клиентов. Ознакомьтесь с правилами. Лицензия аннулирована. Проект реализован.',
    expected: [
      { text: 'информирует клиентов', suggestion: 'сообщает клиентам' },
      { text: 'Ознакомьтесь с правилами', suggestion: 'Прочитайте правила' },
      { text: 'аннулирована', suggestion: 'отменена' },
      { text: 'реализован', suggestion: 'выполнен' },
    ],
  },
  {
    // «Процедура» before the action it names, «для постановки на учёт», and «составляет» before a number in
    // words whose accusative is its nominative. A purpose after a noun of the notice qualifies it: no
    // «чтобы» there («Документы для получения справки»); nor «составляет одну неделю».
    rule: 'ru/officialese',
    text: 'Чтобы пройти процедуру регистрации, откройте портал. Процедура регистрации простая. Для постановки на учёт обратитесь в ЦОН. Срок составляет один год. Документы для получения справки подаются в акимат. Срок составляет одну неделю.',
    expected: [
      { text: 'пройти процедуру регистрации', suggestion: 'зарегистрироваться' },
      { text: 'Процедура регистрации', suggestion: 'Регистрация' },
      { text: 'Для постановки на учёт', suggestion: 'Чтобы встать на учёт,' },
      { text: 'составляет', suggestion: '—' },
    ],
  },
  {
    // Their passives in -ся get the plain imperfective's -ся form, never an infinitive («аннулируется» →
    // «отменить» could not be pasted).
    rule: 'ru/officialese',
    text: 'Заявление аннулируется. Данные актуализировались вчера. Документы истребуются у заявителя. Методика апробируется в школах.',
    expected: [
      { text: 'аннулируется', suggestion: 'отменяется' },
      { text: 'актуализировались', suggestion: 'обновлялись' },
      { text: 'истребуются', suggestion: 'запрашиваются' },
      { text: 'апробируется', suggestion: 'проверяется' },
    ],
  },
  {
    // «Принимать участие» and «предъявить» in each form; «предъявлено обвинение» is a charge, left alone.
    rule: 'ru/officialese',
    text: 'В концерте принимает участие хор. Они приняли участие в игре. Предъявите паспорт. Ему было предъявлено обвинение.',
    expected: [
      { text: 'принимает участие', suggestion: 'участвует' },
      { text: 'приняли участие', suggestion: 'участвовали' },
      { text: 'Предъявите', suggestion: 'Покажите' },
    ],
  },
  {
    // Each form gets the plain words in its tense, gender and voice.
    rule: 'ru/officialese',
    text: 'Жильё будет предоставлено. Чтобы выразить благодарность, он пришёл. Он выразил благодарность. Там имело место насилие.',
    expected: [
      { text: 'предоставлено', suggestion: 'дано' },
      { text: 'выразить благодарность', suggestion: 'поблагодарить' },
      { text: 'выразил благодарность', suggestion: 'поблагодарил' },
      { text: 'имело место', suggestion: 'было' },
    ],
  },
  {
    // «Является» takes the instrumental, «—» the nominative: the noun phrase after it comes along in the
    // nominative. A noun the tables cannot read («судьёй») gets no dash to paste. The past keeps its case.
    rule: 'ru/officialese',
    text: 'Документ является основанием для выдачи. Это является острой проблемой. Кавано является судьёй. Он являлся судьёй.',
    expected: [
      { text: 'является основанием', suggestion: '— основание' },
      { text: 'является острой проблемой', suggestion: '— острая проблема' },
      { text: 'является', occurrence: 3 },
      { text: 'являлся', suggestion: 'был' },
    ],
  },
  {
    // «По» takes the dative, «если есть» the nominative.
    rule: 'ru/officialese',
    text: 'В соответствии с Конституцией страны. На основании заявления выдаём справку. При наличии паспорта приходите.',
    expected: [
      { text: 'В соответствии с Конституцией', suggestion: 'По Конституции' },
      { text: 'На основании заявления', suggestion: 'По заявлению' },
      { text: 'При наличии паспорта', suggestion: 'Если есть паспорт,' },
    ],
  },
  {
    // «Проводить», «провести», «оказать» + the noun of an action: the plain verb in their form.
    rule: 'ru/officialese',
    text: 'Мы провели расследование. Инспекция проводит проверку. Проводится анализ. Мы оказали помощь. Семьям оказывается помощь.',
    expected: [
      { text: 'провели расследование', suggestion: 'расследовали' },
      { text: 'проводит проверку', suggestion: 'проверяет' },
      { text: 'Проводится анализ', suggestion: 'Анализируют' },
      { text: 'оказали помощь', suggestion: 'помогли' },
      { text: 'оказывается помощь', suggestion: 'помогают' },
    ],
  },
  {
    // A genitive plural without ending after the light verb's noun is its object too: carried into the
    // accusative where the pack reads it, else nothing to paste («расследовала обстоятельств» was offered).
    rule: 'ru/officialese',
    text: 'Комиссия провела расследование обстоятельств аварии. Полиция провела расследование причин пожара. Проводится проверка мест продажи. Прокуратура провела расследование вчера.',
    expected: [
      { text: 'провела расследование', suggestion: null },
      { text: 'провела расследование причин', suggestion: 'расследовала причины' },
      { text: 'Проводится проверка мест', suggestion: 'Проверяют места' },
      { text: 'провела расследование', occurrence: 3, suggestion: 'расследовала' },
    ],
  },
  {
    // The noun of an empty verb before its object is that object noun in its case, not an infinitive.
    rule: 'ru/officialese',
    text: 'Для оказания помощи пострадавшим. Проведение расследования завершено. После вынесения решения суд закрыт.',
    expected: [
      { text: 'оказания помощи', suggestion: 'помощи' },
      { text: 'Проведение расследования', suggestion: 'Расследование' },
      { text: 'вынесения решения', suggestion: 'решения' },
    ],
  },
  {
    // «При предъявлении» carries its noun phrase; the noun «обеспечение» is replaced by the noun after it, in
    // its case, not by an infinitive.
    rule: 'ru/officialese',
    text: 'При предъявлении паспорта выдаём справку. Для обеспечения соблюдения правил мы работаем.',
    expected: [
      { text: 'При предъявлении паспорта', suggestion: 'С паспортом' },
      { text: 'обеспечения соблюдения', suggestion: 'соблюдения' },
    ],
  },
  {
    // «О» is «об» before a vowel sound; «из-за» takes the genitive.
    rule: 'ru/officialese',
    text: 'Справку по вопросам оплаты даёт бухгалтер. В связи с ремонтом офис закрыт.',
    expected: [
      { text: 'по вопросам оплаты', suggestion: 'об оплате' },
      { text: 'В связи с ремонтом', suggestion: 'Из-за ремонта' },
    ],
  },
  {
    // Replacements that govern another case take the noun phrase along in it; names keep their capitals (work is
    // done by a programme: «по» first).
    rule: 'ru/officialese',
    text: 'Работы ведутся в рамках Государственной программы. Подайте заявление посредством портала. Справку примут в качестве доказательства.',
    expected: [
      { text: 'в рамках Государственной программы', suggestion: 'по Государственной программе' },
      { text: 'посредством портала', suggestion: 'через портал' },
      { text: 'в качестве доказательства', suggestion: 'как доказательство' },
    ],
  },
  {
    // After «как» a noun takes the case of what it describes, the subject («пришёл как свидетель») or the
    // object («пригласили как свидетеля»): with two forms, nothing to paste. A noun phrase that goes on in the
    // old case is not carried either: joined by «и», with a participle after a comma, or an adjective after it.
    rule: 'ru/officialese',
    text: 'Он пришёл в качестве свидетеля. Приём закрыт в связи с ремонтом и отсутствием света. Услуги оказывают посредством центров, созданных в районах. Столица возникла в пределах княжества Московского.',
    expected: [
      { text: 'в качестве', suggestion: null },
      { text: 'в связи с', suggestion: null },
      { text: 'посредством', suggestion: 'с помощью' },
      { text: 'в пределах', suggestion: null },
    ],
  },
  {
    // «Во избежание» is «чтобы избежать», which keeps the genitive; «с целью» before an adverb and a verb has
    // no «для» to paste («для быстро финишировать»).
    rule: 'ru/officialese',
    text: 'Свинью изолировали во избежание повторных нападений. Он держался на шинах с целью быстро финишировать.',
    expected: [
      { text: 'изолировали во избежание', suggestion: 'изолировали, чтобы избежать' },
      { text: 'с целью', suggestion: null },
    ],
  },
  {
    // «В пределах» a limit is «до», of a territory «в».
    rule: 'ru/officialese',
    text: 'Сумма в пределах 100 тысяч тенге. В пределах города скорость ограничена.',
    expected: [
      { text: 'в пределах', suggestion: 'до' },
      { text: 'В пределах города', suggestion: 'В городе' },
    ],
  },
  {
    // A time limit, a period counted from an event, the time something goes on: «в течение» is not flagged.
    rule: 'ru/officialese',
    text: 'Должник вправе обжаловать действия исполнителя в суд в течение десяти рабочих дней. Вам нужно подать заявление в течение 5 дней. Деньги придут на счёт в течение 10 дней после назначения. Работа шла в течение месяца до выборов. Решение примут в течение месяца.',
    expected: [{ text: 'вправе', suggestion: 'может' }],
  },
  {
    // An action reported done gets the plain short participle; one still to do, the impersonal 3rd plural of
    // its tense (the imperative «Оплатите» would tell the reader to pay where the text may not).
    rule: 'ru/officialese',
    text: 'Оплата произведена. Оплата производится в кассе.',
    expected: [
      { text: 'Оплата произведена', suggestion: 'Оплачено' },
      { text: 'Оплата производится', suggestion: 'Оплачивают' },
    ],
  },
  {
    // «(далее – портал)» is the legal idiom that names a thing; «далее» as "next" is plain.
    rule: 'ru/officialese',
    text: 'Портал (далее – портал) работает круглосуточно. Далее нажмите кнопку «Далее».',
    expected: [{ text: 'далее' }],
  },
  {
    rule: 'ru/officialese',
    // «В целях получения» takes its object into the accusative, as «для получения» does («Чтобы получить
    // справки» read as a plural).
    text: 'В целях получения справки необходимо осуществить оплату госпошлины. С целью получения пособия подайте заявку.',
    expected: [
      { text: 'В целях получения справки', suggestion: 'Чтобы получить справку,' },
      { text: 'необходимо', suggestion: 'нужно' },
      { text: 'осуществить оплату' },
      { text: 'С целью получения пособия', suggestion: 'Чтобы получить пособие,' },
    ],
  },
  {
    rule: 'ru/officialese',
    // A replacement that opens a clause is pasted with its commas, the one before it with the word it follows;
    // a comma the writer put is not doubled. Where the clause's end is unknown (before «в ЦОН» and a verb, with
    // no verb of the main clause before it), inside quotes or before a genitive «если нужно» cannot govern,
    // nothing to paste.
    text: 'При необходимости звоните нам. Мы при необходимости поможем. Звоните нам, при необходимости, днём. Обратитесь в центр для получения помощи специалиста. Мы для получения справки обратились в ЦОН. Для получения справки в ЦОН обратитесь к оператору. Риск задержек на границе в случае отсутствия сделки велик. Суд может «при необходимости» прибегнуть к мерам. При необходимости получения справки обратитесь в ЦОН. Занятия отменены в связи с отсутствием учителя. Для получения справки, выписки и копии обратитесь в ЦОН.',
    expected: [
      { text: 'При необходимости', suggestion: 'Если нужно,' },
      { text: 'Мы при необходимости', suggestion: 'Мы, если нужно,' },
      { text: 'при необходимости', occurrence: 2, suggestion: 'если нужно' },
      { text: 'центр для получения помощи', suggestion: 'центр, чтобы получить помощь' },
      { text: 'Мы для получения справки', suggestion: 'Мы, чтобы получить справку,' },
      { text: 'Для получения справки', suggestion: null },
      { text: 'в случае отсутствия', suggestion: null },
      { text: 'при необходимости', occurrence: 3, suggestion: null },
      { text: 'При необходимости', occurrence: 2, suggestion: null },
      { text: 'отменены в связи с отсутствием', suggestion: 'отменены, потому что нет' },
      { text: 'Для получения', occurrence: 2, suggestion: null },
    ],
  },
  {
    rule: 'ru/officialese',
    text: 'Данный документ является основанием для выдачи пособия.',
    expected: [
      { text: 'Данный', suggestion: 'Этот' },
      { text: 'является основанием', suggestion: '— основание' },
    ],
  },
  {
    // «В части» as «about»; «в этой части города» is plain.
    rule: 'ru/officialese',
    text: 'Вопросы в части оплаты решаем сразу. В этой части города документы принимают на бумажном носителе и в электронном виде.',
    expected: [
      { text: 'в части оплаты', suggestion: 'об оплате' },
      { text: 'на бумажном носителе', suggestion: 'на бумаге' },
      { text: 'в электронном виде', suggestion: 'онлайн' },
    ],
  },
  {
    // «Физическое лицо» and its kin are terms of art (terms.ts): «людей», «организацией» were offered.
    rule: 'ru/officialese',
    text: 'Для физических лиц услуга бесплатна, а договор с юридическим лицом платный.',
    expected: [],
  },
  {
    // «Производить» / «произвести» + a noun: the noun's verb, imperfective or perfective as the verb was.
    rule: 'ru/officialese',
    text: 'Производится оплата наличными. Кассир произвёл возврат. Пеня: производится начисление за каждый день. Мастер произвёл ремонт.',
    expected: [
      { text: 'Производится оплата', suggestion: 'Оплачивают' },
      { text: 'произвёл возврат', suggestion: 'вернул' },
      { text: 'производится начисление', suggestion: 'начисляют' },
      { text: 'произвёл ремонт', suggestion: 'отремонтировал' },
    ],
  },
  {
    // «Проводить работу» is «работать» in its form, the passive the impersonal 3rd plural; the done «провёл
    // работу» gets nothing to paste, never the infinitive.
    rule: 'ru/officialese',
    text: 'Мы проводим работу с населением. Проводилась работа с семьями. Акимат провёл работу по ремонту. Проведение работ займёт неделю.',
    expected: [
      { text: 'проводим работу', suggestion: 'работаем' },
      { text: 'Проводилась работа', suggestion: 'Работали' },
      { text: 'провёл работу' },
      { text: 'Проведение работ', suggestion: null },
    ],
  },
  {
    // A light verb and its noun get the plain verb's infinitive only in the infinitive; a form with no plain
    // form of its own gets nothing to paste («будет проведена проверка» was offered «проверить»).
    rule: 'ru/officialese',
    text: 'Нужно провести анализ. Будет проведена проверка. Провели встречу с жителями. Ведётся учёт обращений.',
    expected: [
      { text: 'провести анализ', suggestion: 'проанализировать' },
      { text: 'проведена проверка' },
      { text: 'Провели встречу' },
      { text: 'Ведётся учёт' },
    ],
  },
  {
    // «Является обязательным» is the short adjective in the subject's gender and number; before its noun,
    // «является» carries the noun phrase instead («Явка обязательно», «Справки обязательно документами»).
    rule: 'ru/officialese',
    text: 'Явка является обязательной. Эти требования являются обязательными для всех. Справки являются обязательными документами.',
    expected: [
      { text: 'является обязательной', suggestion: 'обязательна' },
      { text: 'являются обязательными', suggestion: 'обязательны' },
      { text: 'являются обязательными документами', suggestion: '— обязательные документы' },
    ],
  },
  {
    // «До вашего сведения» goes: the plain verb in its person; the 1st singular of letters too.
    rule: 'ru/officialese',
    text: 'Довожу до Вашего сведения, что срок истёк. Акимат доводит до вашего сведения, что воды не будет.',
    expected: [
      { text: 'Довожу до Вашего сведения', suggestion: 'Сообщаю' },
      { text: 'доводит до вашего сведения', suggestion: 'сообщает' },
    ],
  },
  {
    // «Находится на рассмотрении» is «рассматривается» in its number and tense; «находится» alone is plain.
    rule: 'ru/officialese',
    text: 'Ваше заявление находится на рассмотрении. Документы находились на рассмотрении месяц. Школа находится рядом.',
    expected: [
      { text: 'находится на рассмотрении', suggestion: 'рассматривается' },
      { text: 'находились на рассмотрении', suggestion: 'рассматривались' },
    ],
  },
  {
    // «Вступать в силу», «утратить силу» in the form they replace; «признан утратившим силу» is «отменён»; a
    // participle gets nothing to paste («Вступивший в силу» → «Начать действовать» was not Russian).
    rule: 'ru/officialese',
    text: 'Закон вступает в силу с 1 января, а приказ утратил силу. Нормы признаны утратившими силу. Вступивший в силу закон действует.',
    expected: [
      { text: 'вступает в силу', suggestion: 'начинает действовать' },
      { text: 'утратил силу', suggestion: 'перестал действовать' },
      { text: 'признаны утратившими силу', suggestion: 'отменены' },
      { text: 'Вступивший в силу' },
    ],
  },
  {
    // «Вводится в действие» is «начинает действовать» in its form, with its auxiliary («будет введён» →
    // «начнёт», never «будет начал»); the agent that brings it in, named in the instrumental, or the active
    // whose subject it is leave nothing to paste.
    rule: 'ru/officialese',
    text: 'С 1 июля вводятся в действие новые тарифы. Закон введён в действие с 1 января. Регламент будет введён в действие с 1 марта. Приказом министра вводится в действие регламент. Акимат вводит в действие новые правила.',
    expected: [
      { text: 'вводятся в действие', suggestion: 'начинают действовать' },
      { text: 'введён в действие', suggestion: 'начал действовать' },
      { text: 'будет введён в действие', suggestion: 'начнёт действовать' },
      { text: 'вводится в действие', suggestion: null },
      { text: 'вводит в действие', suggestion: null },
    ],
  },
  {
    // «Ходатайство» is the statutory motion or petition (УПК, ГПК, the Citizenship Law), a term of art that
    // «просьба» would make an informal request: no finding in any case. The verb «ходатайствует» is «просит».
    rule: 'ru/officialese',
    text: 'Суд удовлетворил ходатайство защиты. По ходатайству адвоката заседание отложили. Для рассмотрения ходатайства нужен паспорт. Адвокат ходатайствует о переносе.',
    expected: [{ text: 'ходатайствует', suggestion: 'просит' }],
  },
  {
    // Terms of art are one noun in a chain: the Criminal Code's offence, the Citizenship Law's «прекращение
    // гражданства», the Rules on green spaces' survey act; a department named with its parent body is a name. A
    // chain of verbal nouns before a field stays.
    rule: 'ru/nominal-chain',
    text: 'Его обвиняют в совершении уголовного правонарушения. Приложите документ, подтверждающий прекращение иностранного гражданства. Приложите копию акта обследования зеленых насаждений. Звоните в отдел развития растениеводства управления. Для обеспечения развития растениеводства нужны деньги.',
    expected: [{ text: 'обеспечения развития растениеводства' }],
  },
  {
    // The Law on the agro-industrial complex's producer, the Rules on green spaces' replanting, the Criminal
    // Code's offence and a required document's name have no shorter word; other long words stay long.
    rule: 'ru/long-word',
    text: 'Помощь получают сельскохозяйственные товаропроизводители. Нужна компенсационная посадка. Это уголовное правонарушение. Приложите автобиографию. Это товаропроизводители.',
    expected: [{ text: 'товаропроизводители', occurrence: 2 }],
  },
  {
    // An unsettled matter, a negated verbal noun as a subject and a participle of grounds hide who does what:
    // flagged, nothing to paste. The order of arrival is «в порядке их поступления»; «по очереди» alone, but
    // not before another genitive. «Со стороны» people is officialese, the side of a street is not.
    rule: 'ru/officialese',
    text: 'При неурегулировании вопроса жалобу передают дальше. Непредставление сведений запрещено. Причины, послужившие основанием для отказа, устранены. Заявки удовлетворяют в порядке очередности их поступления. Места дают в порядке очередности. Льготы дают в порядке очередности подачи. Врачи не грубят, отношение со стороны медицинских работников доброе. Вход со стороны улицы.',
    expected: [
      { text: 'При неурегулировании', suggestion: null },
      { text: 'Непредставление', suggestion: null },
      { text: 'послужившие основанием', suggestion: null },
      { text: 'в порядке очередности их поступления', suggestion: 'в порядке их поступления' },
      { text: 'в порядке очередности', occurrence: 2, suggestion: 'по очереди' },
      { text: 'в порядке очередности', occurrence: 3, suggestion: null },
      { text: 'со стороны', suggestion: null },
    ],
  },
  {
    // «видеоконференцсвязь» is «видеосвязь» in its case («с использованием видеосвязь» was offered).
    rule: 'ru/jargon',
    text: 'Заседание пройдёт с использованием видеоконференцсвязи. Подключите видеоконференцсвязь.',
    expected: [
      { text: 'видеоконференцсвязи', suggestion: 'видеосвязи' },
      { text: 'видеоконференцсвязь', suggestion: 'видеосвязь' },
    ],
  },
  {
    // «лицо» is neuter, «человек» masculine, «организация» feminine: a word beside the phrase that agrees with
    // «лицо» leaves nothing to paste («человек, предоставившее», «организация, пригласившее» were offered);
    // a masculine's oblique case is the neuter's, and a phrase with no such word keeps its paste. A verb's
    // stem offers its infinitive only for an infinitive («лицо, предоставившее» → «дать» was offered).
    rule: 'ru/officialese',
    text: 'Физическое лицо, предоставившее жильё, отвечает. Юридическое лицо, пригласившее иностранца, платит. Физическое лицо обратилось в суд. Справку выдают юридическому лицу, подавшему заявку. Справку выдают физическому лицу, подавшему заявку. Физическое лицо платит налог.',
    expected: [{ text: 'предоставившее', suggestion: null }],
  },
  {
    // An agent in the instrumental after «производится» makes the impersonal dangle («Уплачивают налог
    // физическими лицами» was offered): nothing to paste; the means «наличными» keeps the paste. The agent is
    // a term of art (terms.ts): «людьми» was offered.
    rule: 'ru/officialese',
    text: 'Уплата налога производится физическими лицами. Оплата производится наличными.',
    expected: [
      { text: 'Уплата налога производится', suggestion: null },
      { text: 'Оплата производится', suggestion: 'Оплачивают' },
    ],
  },
  {
    // «лиц без гражданства» (stateless persons) and «лиц, участвующих в деле» (the parties, companies among
    // them) are legal terms an editor keeps; other «лиц» are «людей».
    rule: 'ru/officialese',
    text: 'Услуга для иностранцев и лиц без гражданства. Направьте копии по числу лиц, участвующих в деле. Для лиц, участвующих в конкурсе, есть призы.',
    expected: [{ text: 'лиц', occurrence: 3, suggestion: 'людей' }],
  },
  {
    // A noun joined by «или» past a prepositional phrase may be the carried noun's second («при отказе в
    // оказании помощи или нарушения» was offered): nothing to paste; without it the paste stays.
    rule: 'ru/officialese',
    text: 'В случае отказа в оказании помощи или нарушения Ваших прав обращайтесь в суд. В случае отказа в выдаче справки обращайтесь в суд.',
    expected: [
      { text: 'В случае', suggestion: null },
      { text: 'оказании помощи', suggestion: 'помощи' },
      { text: 'В случае отказа', occurrence: 2, suggestion: 'При отказе' },
    ],
  },
  {
    // An apposition after the person informed stays in the accusative («сообщает Вам, Ахметова» was offered),
    // and a court's «извещает» is its notice's procedural term: nothing to paste; a bank's keeps its paste.
    rule: 'ru/officialese',
    text: 'Банк извещает Вас, Ахметова Бауыржана, о решении. Районный суд извещает Вас о заседании. Банк извещает Вас о решении.',
    expected: [
      { text: 'извещает Вас', suggestion: null },
      { text: 'извещает Вас', occurrence: 2, suggestion: null },
      { text: 'извещает Вас', occurrence: 3, suggestion: 'сообщает Вам' },
    ],
  },
  {
    // «там, где вы живёте» is closed by a comma before the sentence goes on, and writes «Вы» as a text that
    // capitalises it does («там, где вы живёте для проведения сверки» was offered); at the sentence's end, and
    // in a text that writes «вы», it stays as it was.
    rule: 'ru/officialese',
    text: 'В случае спора Вы можете обратиться в УГД по месту жительства для сверки.',
    expected: [
      { text: 'В случае спора', suggestion: 'При споре' },
      { text: 'по месту жительства', suggestion: 'там, где Вы живете,' },
    ],
  },
  {
    rule: 'ru/officialese',
    text: 'Вы можете обратиться в УГД по месту жительства.',
    expected: [{ text: 'по месту жительства', suggestion: 'там, где вы живете' }],
  },
  {
    // A court's name («Специализированный … суд») and a code's title («Кодекса … об административных
    // правонарушениях», also a term of art anywhere: languages/ru/terms.ts) have no shorter words; the same
    // word elsewhere is long.
    rule: 'ru/long-word',
    text: 'Специализированный межрайонный суд рассмотрит дело. Штраф назначен по статье Кодекса Республики Казахстан об административных правонарушениях. Специализированный персонал работает. О правонарушениях сообщают часто.',
    expected: [
      { text: 'Специализированный', occurrence: 2 },
      { text: 'правонарушениях', occurrence: 2 },
    ],
  },
  {
    // An abbreviation in the brackets that define another («(КоАП РК)») is defined with it; one in a bracket
    // with other words is not.
    rule: 'ru/undefined-abbreviation',
    text: 'Штраф назначен по Кодексу Республики Казахстан об административных правонарушениях (КоАП РК). Обратитесь в суд (см. ГПК).',
    expected: [{ text: 'ГПК' }],
  },
  {
    // A body named by its head and the genitives of its field and parent is a name, not a chain; the chain
    // before it stays one.
    rule: 'ru/nominal-chain',
    text: 'Учёт ведётся управлением образования администрации городского округа. Проведение проверки исполнения решений поручено управлению образования администрации округа.',
    expected: [{ text: 'Проведение проверки исполнения решений' }],
  },
  {
    // A bare noun a finite verb follows may be its subject, not a genitive plural of the chain («…вручения
    // постановления штраф подлежит уплате»); before a noun the chain goes on.
    rule: 'ru/nominal-chain',
    text: 'Со дня вручения постановления штраф подлежит уплате. Для обеспечения реализации мер поддержки нужны деньги.',
    expected: [{ text: 'обеспечения реализации мер поддержки' }],
  },
  {
    // People opening the clause of «регистрируются» register themselves: no passive; things are registered,
    // and «Договоры граждан», whose accusative is their nominative, read as the object («регистрируют»).
    rule: 'ru/passive-reflexive',
    text: 'Граждане государств с безвизовым режимом регистрируются при пребывании свыше 30 суток. Договоры граждан регистрируются в реестре.',
    expected: [{ text: 'регистрируются', occurrence: 2, suggestion: 'регистрируют' }],
  },
  {
    // «соответствующие» with its object in the dative is the participle "that meet", no filler; before its
    // noun it still is one.
    rule: 'ru/officialese',
    text: 'Заявки, не соответствующие требованиям, не принимают. Товары, соответствующие установленным стандартам, продают. Приняты соответствующие меры.',
    expected: [{ text: 'соответствующие', occurrence: 3, suggestion: null }],
  },
  {
    // «в порядке, установленном законодательством» and «в срок, установленный законом» with their comma,
    // «Разъясняем, что», «За дополнительной информацией обращаться»: flagged, nothing to paste; «в порядке,
    // указанном в списке» and «Разъясняем порядок» are not.
    rule: 'ru/officialese',
    text: 'Подайте жалобу в порядке, установленном законодательством. Уплатите штраф в срок, установленный законом. Разъясняем, что срок истёк. За дополнительной информацией обращаться в банк. Очередь идёт в порядке, указанном в списке. Разъясняем порядок.',
    expected: [
      { text: 'в порядке', suggestion: null },
      { text: 'в срок', suggestion: null },
      { text: 'Разъясняем', suggestion: null },
      { text: 'За дополнительной информацией обращаться', suggestion: null },
    ],
  },
  {
    // A plain noun the tables do not decline («контроль»: masculine or feminine?) is not pasted in its
    // nominative for a noun read only in an oblique case («при осуществлении контроля» → «при контроль» was
    // offered); a nominative or accusative keeps it.
    rule: 'ru/officialese',
    text: 'При осуществлении контроля выявили нарушения. Осуществление контроля поручили заместителю.',
    expected: [
      { text: 'осуществлении контроля', suggestion: null },
      { text: 'Осуществление контроля', suggestion: 'Контроль' },
    ],
  },
  {
    // «О» is «об» before a vowel sound: where a replacement begins with the other kind of sound, the finding
    // takes the preposition in, in the form the replacement asks for («об оказании помощи» → «об помощи», «о
    // данном случае» → «о этом» were offered, then nothing); «в», «во», «по» keep theirs.
    rule: 'ru/officialese',
    text: 'Заявление об оказании помощи приняли. Он рассказал о данном случае. Для оказания помощи создали фонд. По данному факту решили иначе. О данном решении сообщим. Во вышеуказанный срок не успели.',
    expected: [
      { text: 'об оказании помощи', suggestion: 'о помощи' },
      { text: 'о данном', suggestion: 'об этом' },
      { text: 'оказания помощи', suggestion: 'помощи' },
      { text: 'данному', suggestion: 'этому' },
      { text: 'О данном', suggestion: 'Об этом' },
      { text: 'Во вышеуказанный', suggestion: 'В этот' },
    ],
  },
  {
    // The verbal nouns of verbs listed by their stems get nouns, not the verbs' infinitives («Решение об
    // аннулировании» → «об отменить», «Аннулирование» → «Отменить» were offered); a plain noun of another gender
    // only in the oblique cases, and «инициирование» nothing.
    rule: 'ru/officialese',
    text: 'Решение об аннулировании лицензии приняли. Аннулирование лицензии возможно. Суд отказал в истребовании доказательств. Инициирование проверки возможно.',
    expected: [
      { text: 'аннулировании', suggestion: 'отмене' },
      { text: 'Аннулирование', suggestion: null },
      { text: 'истребовании', suggestion: 'запросе' },
      { text: 'Инициирование', suggestion: null },
    ],
  },
  {
    // Verb phrases listed by their stems get a replacement in the form it fits, or nothing to paste.
    rule: 'ru/officialese',
    text: 'Суд вынес решение. Меры носят временный характер. Вопрос входит в компетенцию акимата. Акимат изыскал возможность помочь.',
    expected: [
      { text: 'вынес решение', suggestion: 'решил' },
      { text: 'носят временный характер', suggestion: 'временные' },
      { text: 'входит в компетенцию' },
      { text: 'изыскал возможность', suggestion: 'нашел способ' },
    ],
  },
  {
    // «В связи с тем» before «, что» keeps the «что» in the text: «из-за того», never «Потому что, что»;
    // without the comma the whole conjunction goes.
    rule: 'ru/officialese',
    text: 'В связи с тем, что срок истёк, заявление возвращено. Ввиду того что срок истёк, заявку вернули.',
    expected: [
      { text: 'В связи с тем', suggestion: 'Из-за того' },
      { text: 'Ввиду того что', suggestion: 'Потому что' },
    ],
  },
  {
    // «В связи с этим» refers back to a sentence: «поэтому» («В связи с» had nothing to paste before «этим»).
    rule: 'ru/officialese',
    text: 'Срок истёк. В связи с этим приём продлён до пятницы.',
    expected: [{ text: 'В связи с этим', suggestion: 'Поэтому' }],
  },
  {
    // The noun's object in the genitive goes into the accusative after the plain verb, and after the impersonal
    // a -ся form is offered («Проверяется документов» was not Russian); with an agent ahead in the clause
    // («Госкорпорацией») the impersonal has no room, and a -ся form would have to agree: nothing to paste.
    rule: 'ru/officialese',
    text: 'Провели проверку документов. Проводится проверка документов. Производится оплата услуг. Осуществите вход на портал. Производится выплата пособий Госкорпорацией.',
    expected: [
      { text: 'Провели проверку документов', suggestion: 'Проверили документы' },
      { text: 'Проводится проверка документов', suggestion: 'Проверяют документы' },
      { text: 'Производится оплата услуг', suggestion: 'Оплачивают услуги' },
      { text: 'Осуществите вход', suggestion: 'Войдите' },
      { text: 'Производится выплата', suggestion: null },
    ],
  },
  {
    // A genitive plural without an ending («труб») is the noun's object too: «заменяет трубы», and after a -ся
    // form nothing to paste («Заменяется труб» was offered).
    rule: 'ru/officialese',
    text: 'Мастер производит замену труб. Производится замена труб.',
    expected: [
      { text: 'производит замену труб', suggestion: 'заменяет трубы' },
      { text: 'Производится замена', suggestion: null },
    ],
  },
  {
    // A light verb's passive whose plain verb's -ся form is itself a passive the pack flags («выплачивалась»):
    // the impersonal 3rd plural first («Выплачивали»), the -ся form after it, which an agent keeps alone
    // («Проверяется комиссией», not «Проверяют комиссией»).
    rule: 'ru/officialese',
    // «граждан» is its own accusative after the impersonal, and a -ся form would have to agree with it.
    text: 'Производилась выплата АСП ежемесячно. Производилась выплата пособий семьям. Проводится проверка на месте. Проводится проверка акиматом. Осуществляется приём граждан по средам.',
    expected: [
      { text: 'Производилась выплата', suggestion: 'Выплачивали' },
      { text: 'Производилась выплата пособий', suggestion: 'Выплачивали пособия' },
      { text: 'Проводится проверка', suggestion: 'Проверяют' },
      { text: 'Проводится проверка', occurrence: 2, suggestion: 'Проверяется' },
      { text: 'Осуществляется приём', suggestion: 'Принимают' },
    ],
  },
  {
    // An agent in the instrumental before the passive keeps the impersonal out too: «Фондом выплачивают»,
    // «Акиматом работают», «Отделом ЗАГС регистрируют брак» were offered. A word after a preposition or of time
    // in -ом is no agent («В текущем году», «Летом»).
    rule: 'ru/officialese',
    text: 'Фондом производится выплата. Акиматом области проводится работа по ремонту дорог. Отделом ЗАГС регистрация брака производится по пятницам. Госкорпорацией приём осуществляется ежедневно. В текущем году производится выплата. Летом проводится работа по ремонту дорог.',
    expected: [
      { text: 'производится выплата', suggestion: 'выплачивается' },
      { text: 'проводится работа', suggestion: null },
      { text: 'регистрация брака производится', suggestion: null },
      { text: 'приём осуществляется', suggestion: null },
      { text: 'В текущем году', suggestion: 'В этом году' },
      { text: 'производится выплата', occurrence: 2, suggestion: 'выплачивают' },
      { text: 'проводится работа', occurrence: 2, suggestion: 'работают' },
    ],
  },
  {
    // «Субъект» of a business or a law is a person: its accusative is its genitive («Проверяют субъекты
    // предпринимательства» was offered, which reads as the subjects checking); a thing's plural stays.
    rule: 'ru/officialese',
    text: 'Проверки субъектов предпринимательства осуществляются ежегодно. Проверка документов осуществляется ежегодно.',
    expected: [
      {
        text: 'Проверки субъектов предпринимательства осуществляются',
        suggestion: 'Проверяют субъектов предпринимательства',
      },
      { text: 'Проверка документов осуществляется', suggestion: 'Проверяют документы' },
    ],
  },
  {
    // A light verb's noun after a preposition is neither its subject nor its object: the finding is the verb
    // alone («Запись на приём осуществляется» reported «приём осуществляется»).
    rule: 'ru/officialese',
    text: 'Запись на приём осуществляется по телефону. Приём осуществляется ежедневно.',
    expected: [
      { text: 'осуществляется', suggestion: null },
      { text: 'Приём осуществляется', suggestion: 'Принимают' },
    ],
  },
  {
    // «Осуществлять» + the noun it stands in for: the noun's verb, in the same form.
    rule: 'ru/officialese',
    text: 'Банк осуществляет выплату пособий. Осуществляется приём по записи. Фирма осуществляла деятельность без лицензии.',
    expected: [
      { text: 'осуществляет выплату пособий', suggestion: 'выплачивает пособия' },
      { text: 'Осуществляется приём', suggestion: 'Принимают' },
      { text: 'осуществляла деятельность', suggestion: 'работала' },
    ],
  },
  {
    // A verb's replacement is offered in its tense, person and voice.
    rule: 'ru/officialese',
    text: 'Набор в группы осуществляется весной, а справки предоставляют бесплатно. Система функционировала без сбоев.',
    expected: [
      { text: 'осуществляется', suggestion: 'проводится' },
      { text: 'предоставляют', suggestion: 'дают' },
      { text: 'функционировала', suggestion: 'работала' },
    ],
  },
  {
    // A noun's replacement takes its case and number where one form fits; an adjective before it tells the
    // genitive «законодательства» from the plural.
    rule: 'ru/officialese',
    // «Уполномоченный орган» is a term a regulation defines: nothing to paste; the portal's name is no finding.
    text: 'Справку выдаёт уполномоченный орган, а с уполномоченным органом согласуют сроки. Это требование действующего законодательства. Проект размещён на портале открытых нормативных правовых актов.',
    expected: [
      { text: 'уполномоченный орган', suggestion: null },
      { text: 'уполномоченным органом', suggestion: null },
      { text: 'действующего законодательства', suggestion: 'закона' },
    ],
  },
  {
    // A present participle's replacement is the plain verb's participle in its case, number and gender; «брать»
    // has no passive participle to offer («взимаемая»), and an infinitive would not fit.
    rule: 'ru/officialese',
    text: 'Для организаций, осуществляющих приём, и по реализуемой программе. Взимаемая плата и предоставляемых справок. Банк, производящий оплату.',
    expected: [
      { text: 'осуществляющих приём', suggestion: 'принимающих' },
      { text: 'реализуемой', suggestion: 'выполняемой' },
      { text: 'Взимаемая' },
      { text: 'предоставляемых', suggestion: 'даваемых' },
      { text: 'производящий оплату', suggestion: 'оплачивающий' },
    ],
  },
  {
    // An adjective's replacement is offered in its case, number and gender, ready to paste in.
    rule: 'ru/officialese',
    text: 'Приложите необходимые документы к данной заявке и сдайте их в соответствующем окне. Копии вышеуказанных справок не нужны.',
    expected: [
      { text: 'необходимые', suggestion: 'нужные' },
      { text: 'данной', suggestion: 'этой' },
      { text: 'соответствующем', suggestion: 'нужном' },
      { text: 'вышеуказанных', suggestion: 'этих' },
    ],
  },
  {
    // The object put in the accusative plural where the tables alone would not know it: a fleeting vowel
    // («справок» → «справки»), a plural in -а («паспортов» → «паспорта», not «паспорты»).
    rule: 'ru/officialese',
    text: 'Выдача справок производится по средам. Выдача паспортов осуществляется в ЦОНе.',
    expected: [
      { text: 'Выдача справок производится', suggestion: 'Выдают справки' },
      { text: 'Выдача паспортов осуществляется', suggestion: 'Выдают паспорта' },
    ],
  },
  {
    rule: 'ru/officialese',
    text: 'Доводим до вашего сведения, что в настоящее время приём документов осуществляется только онлайн.',
    expected: [
      { text: 'Доводим до вашего сведения', suggestion: 'Сообщаем' },
      { text: 'в настоящее время', suggestion: 'сейчас' },
      // The impersonal with the noun's object after it in the accusative: «…сейчас принимают документы только
      // онлайн».
      { text: 'приём документов осуществляется', suggestion: 'принимают документы' },
    ],
  },
  {
    rule: 'ru/officialese',
    // «В случае, если» has its «если»: pasting one more would read «Если, если».
    text: 'В случае, если заявитель не явился, оплата производится повторно в течение 10 дней. В случае принятия решения звоните.',
    expected: [
      { text: 'В случае' },
      { text: 'явился', suggestion: 'пришел' },
      // The applicant pays again, not the reader: the impersonal, not «оплатите».
      { text: 'оплата производится', suggestion: 'оплачивают' },
      { text: 'В случае принятия', suggestion: 'При принятии' },
    ],
  },
  {
    rule: 'ru/officialese',
    text: 'Просим заблаговременно принять участие в собрании и предоставить документы посредством портала.',
    expected: [
      { text: 'заблаговременно', suggestion: 'заранее' },
      { text: 'принять участие', suggestion: 'участвовать' },
      { text: 'предоставить документы', suggestion: 'подать документы' },
      { text: 'посредством портала', suggestion: 'через портал' },
    ],
  },
  {
    rule: 'ru/officialese',
    text: 'Заявитель имеет место жительства в Астане.',
    expected: [{ text: 'имеет место жительства', suggestion: 'живет' }],
  },
  {
    rule: 'ru/officialese',
    text: 'Данные о заявителе хранятся в базе данных. Мы используем эти данные, чтобы быстрее помочь вам.',
    expected: [],
  },
  {
    // «данным», «данными» before a noun in their case are «этим», «этими»; as the noun «data» they stay.
    rule: 'ru/officialese',
    text: 'Данными услугами пользуются многие. По данным вопросам звоните 1414. По данным акимата, очередь сократилась. Мы обмениваемся данными с банками.',
    expected: [
      { text: 'Данными', suggestion: 'Этими' },
      { text: 'данным', suggestion: 'этим' },
    ],
  },
  {
    rule: 'ru/officialese',
    text: 'Программное обеспечение обновили, а производство мебели выросло. Гражданин имеет право на пособие.',
    expected: [],
  },
  {
    // «Путём» as a preposition is officialese; the noun «путь» after its adjective is not.
    rule: 'ru/officialese',
    text: 'Вирус передаётся половым путём, и таким путём мы не пойдём. Оплата поступает путём перевода.',
    expected: [{ text: 'путём перевода', suggestion: 'через перевод' }],
  },

  {
    // Pasted back, each suggestion must read as Russian: the verb in its form before an infinitive
    // («позволяют пройти», not «позволить»), the noun in its case («за счёт денег бюджета», «по улучшению»),
    // the object in the verb's case («Когда подаёте заявление»), «во время» for an event («при сессии» reads
    // "attached to"), and a relative clause's verb kept («что составляет 57 процентов»).
    rule: 'ru/officialese',
    text: 'Безработным предоставляется возможность пройти обучение за счёт бюджетных средств. Работа по оптимизации процессов идёт. При подаче заявления покажите паспорт. В ходе сессии депутаты выступили. Засеяно 12 гектаров, что составляет 57 процентов плана.',
    expected: [
      { text: 'предоставляется возможность', suggestion: 'позволяют' },
      { text: 'бюджетных средств', suggestion: 'денег бюджета' },
      { text: 'оптимизации', suggestion: 'улучшению' },
      { text: 'При подаче заявления', suggestion: 'Когда подаёте заявление,' },
      { text: 'В ходе', suggestion: 'Во время' },
    ],
  },

  {
    // What the citizen hands in («свидетельство», «квитанцию») is «подать», «принести», never the agency's «выдать».
    rule: 'ru/officialese',
    text: 'Нужно предоставить свидетельство о рождении и квитанцию. Предоставьте квитанцию об оплате.',
    expected: [
      { text: 'предоставить свидетельство', suggestion: 'подать свидетельство' },
      { text: 'Предоставьте квитанцию', suggestion: 'Подайте квитанцию' },
    ],
  },
  {
    // «вменять в обязанность» is «обязать», whose person would change case («Владельцам» → «Владельцев»):
    // flagged, nothing to paste.
    rule: 'ru/officialese',
    text: 'Владельцам вменяется в обязанность убирать территорию. Комиссии вменили в обязанность проверку.',
    expected: [{ text: 'вменяется в обязанность' }, { text: 'вменили в обязанность' }],
  },
  {
    // A bookish verb's noun gets the plain noun in its case, its verb the infinitive.
    rule: 'ru/officialese',
    text: 'Работа по актуализации данных идёт. Данные нужно актуализировать.',
    expected: [
      { text: 'актуализации', suggestion: 'обновлению' },
      { text: 'актуализировать', suggestion: 'обновить' },
    ],
  },

  // ru/jargon
  {
    // «-цию» is the accusative of a noun in -ция («Пройдите проверку»), never a dative.
    rule: 'ru/jargon',
    text: 'Пройдите верификацию на портале.',
    expected: [{ text: 'верификацию', suggestion: 'проверку' }],
  },
  {
    // «проактивный» stands before its noun, where «без заявления» cannot; «цифровизация» before its object
    // would name it twice («Переход на онлайн-услуги государственных услуг»): flagged with nothing to paste.
    rule: 'ru/jargon',
    text: 'Внедряется проактивный формат: услуги оказывают проактивно. Цифровизация государственных услуг продолжается, работа по цифровизации идёт.',
    expected: [
      { text: 'проактивный', suggestion: null },
      { text: 'проактивно', suggestion: 'без заявления' },
      { text: 'Цифровизация', suggestion: null },
      { text: 'цифровизации', suggestion: 'переходу на онлайн-услуги' },
    ],
  },
  {
    // A verb gets a verb, in its form: «необходимо вход» was offered for «авторизоваться».
    rule: 'ru/jargon',
    text: 'Для входа необходимо авторизоваться на портале. Авторизуйтесь с ЭЦП. Авторизация проходит за минуту.',
    expected: [
      { text: 'авторизоваться', suggestion: 'войти' },
      { text: 'Авторизуйтесь', suggestion: 'Войдите' },
      { text: 'Авторизация', suggestion: 'Вход' },
    ],
  },
  {
    rule: 'ru/jargon',
    text: 'Дедлайн по этому кейсу — пятница: после апрува пришлите фидбэк.',
    expected: [
      { text: 'Дедлайн', suggestion: 'Срок' },
      { text: 'кейсу', suggestion: 'случаю' },
      { text: 'апрува', suggestion: 'одобрения' },
      { text: 'фидбэк', suggestion: 'отзыв' },
    ],
  },
  {
    // Where only one case fits the ending, the plain noun takes it: «-ах», «-ов», «-ами».
    rule: 'ru/jargon',
    text: 'Расскажем на митапах о пяти дедлайнах и о работе с юзерами и бенефициарами.',
    expected: [
      { text: 'митапах', suggestion: 'встречах' },
      { text: 'дедлайнах', suggestion: 'сроках' },
      { text: 'юзерами', suggestion: 'пользователями' },
      { text: 'бенефициарами', suggestion: 'получателями' },
    ],
  },
  {
    rule: 'ru/jargon',
    text: 'Межведомственное взаимодействие избавит вас от справок, а контрагент получит уведомление.',
    expected: [
      { text: 'Межведомственное взаимодействие', suggestion: 'Обмен данными между ведомствами' },
      { text: 'контрагент', suggestion: 'партнер' },
    ],
  },
  {
    rule: 'ru/jargon',
    text: 'Срок подачи заявления — пятница. Оставьте отзыв о работе центра на портале: процесс займёт минуту.',
    expected: [],
  },

  // ru/passive-short-participle
  {
    // A name that ends like a short participle, inside the sentence, is no passive; at its start a
    // participle keeps its capital and is one.
    rule: 'ru/passive-short-participle',
    text: 'Коммуна Тойффелен лежит в кантоне Берн. Он пригласил Джо Байдена и царицу Кетеван. Утверждён Указом Президента.',
    expected: [{ text: 'Утверждён' }],
  },
  {
    // Participles the suffix list lacked; a bare «-нут» only after «был», «будет» («станут», «вернут» are
    // verbs), «дано», «даны» but not the names «Дан», «Дана».
    rule: 'ru/passive-short-participle',
    text: 'Район был упразднён. Статус присвоен школе. Роман был напечатан в 1976. Решения могут быть оспорены. Название было дано по речке. Был достигнут прогресс. Они вернут деньги и станут богаче. Дана пришла. Прошло пять минут. Иностранец может быть выдворен.',
    expected: [
      { text: 'упразднён' },
      { text: 'присвоен' },
      { text: 'напечатан' },
      { text: 'оспорены' },
      { text: 'дано' },
      { text: 'достигнут' },
      { text: 'выдворен' },
    ],
  },
  {
    rule: 'ru/passive-short-participle',
    text: 'Приказ утверждён 5 мая. Заявление рассмотрено, решение принято и подписано руководителем.',
    expected: [{ text: 'утверждён' }, { text: 'рассмотрено' }, { text: 'принято' }, { text: 'подписано' }],
  },
  {
    // «Признан» (-знан) is the passive of the rulings that decide a family's benefits; «знание» is a noun.
    rule: 'ru/passive-short-participle',
    text: 'Семья признана малоимущей, а приказ признан недействительным. Это знание полезно.',
    expected: [{ text: 'признана' }, { text: 'признан', occurrence: 2 }],
  },
  {
    rule: 'ru/passive-short-participle',
    // A listed participle gets the impersonal past, with its subject where that changes («справку»).
    text: 'Документы направлены в акимат, справка выдана заявителю.',
    expected: [
      { text: 'направлены', suggestion: 'направили' },
      { text: 'справка выдана', suggestion: 'справку выдали' },
    ],
  },
  {
    // The impersonal past for a neuter participle whatever the clause before it, the past of «быть» replaced
    // with it, and after «будет» the future (listed: «выдадут»); not with a doer in the instrumental before it.
    rule: 'ru/passive-short-participle',
    text: 'Вам отказано в приёме документов. Решение было принято вчера. Была выдана справка. В приёме будет отказано. Решением суда отказано. Заявка одобрена комиссией. Ей было отказано. Справка будет выдана завтра. Заявление будет рассмотрено комиссией.',
    expected: [
      { text: 'отказано', suggestion: 'отказали' },
      { text: 'было принято', suggestion: 'приняли' },
      { text: 'Была выдана справка', suggestion: 'Выдали справку' },
      { text: 'будет отказано', suggestion: 'откажут' },
      { text: 'отказано', occurrence: 3, suggestion: null },
      // The doer in the instrumental after it: the active, the doer first.
      { text: 'Заявка одобрена комиссией', suggestion: 'Комиссия одобрила заявку' },
      { text: 'было отказано', suggestion: 'отказали' },
      { text: 'Справка будет выдана', suggestion: 'Справку выдадут' },
      { text: 'Заявление будет рассмотрено комиссией', suggestion: 'Комиссия рассмотрит заявление' },
    ],
  },
  {
    // After a present modal and «быть», the modal's impersonal and the infinitive: «могут» keeps "may" and
    // "can", «нужно» says "must". The past after «быть» («может быть рассмотрели») was pasted; after «не
    // должно быть» ("must not", no «не нужно»), a past modal or with a doer after it, nothing to paste.
    rule: 'ru/passive-short-participle',
    text: 'Заявление не может быть рассмотрено без подписи. Решение может быть принято до конца года. Заявка может быть подана через портал. Налог должен быть уплачен до 25 числа. Вам может быть отказано в регистрации. Решение не должно быть принято без согласия. Решение могло быть принято раньше. Заявление может быть рассмотрено комиссией. Договор должен быть расторгнут.',
    expected: [
      { text: 'рассмотрено', suggestion: null },
      { text: 'может быть принято', suggestion: 'могут принять' },
      { text: 'Заявка может быть подана', suggestion: 'Заявку могут подать' },
      { text: 'должен быть уплачен', suggestion: 'нужно уплатить' },
      { text: 'может быть отказано', suggestion: 'могут отказать' },
      { text: 'принято', occurrence: 2, suggestion: null },
      { text: 'принято', occurrence: 3, suggestion: null },
      { text: 'рассмотрено', occurrence: 2, suggestion: null },
      { text: 'должен быть расторгнут', suggestion: 'нужно расторгнуть' },
    ],
  },
  {
    // What akimats, police and courts report done, listed now: built, repaired, seized, paid, handed over;
    // the people of court notices and a noun in -ция are subjects and doers read with certainty.
    rule: 'ru/passive-short-participle',
    text: 'В рамках программы построено 12 школ. Отремонтировано 15 километров дорог. Похищенное имущество изъято. Решение суда было обжаловано ответчиком.',
    expected: [
      { text: 'построено', suggestion: 'построили' },
      { text: 'Отремонтировано', suggestion: 'Отремонтировали' },
      { text: 'изъято', suggestion: 'изъяли' },
      { text: 'Решение суда было обжаловано ответчиком', suggestion: 'Ответчик обжаловал решение суда' },
    ],
  },
  {
    // A doer in the instrumental right after the passive, its phrase ending there: the active, the doer first,
    // the verb in its gender and number («внесло»; «внёс» would be «внес»). Not with a genitive after the doer
    // (it is the doer's own), nor with a capital of its own that the lower-cased wording could not keep.
    rule: 'ru/passive-short-participle',
    text: 'Справка выдана акиматом. Проект внесён министерством. Заявление рассмотрено комиссией акимата. Справка выдана Акиматом.',
    expected: [
      { text: 'Справка выдана акиматом', suggestion: 'Акимат выдал справку' },
      { text: 'Проект внесён министерством', suggestion: 'Министерство внесло проект' },
      { text: 'рассмотрено', suggestion: null },
      { text: 'выдана', occurrence: 2, suggestion: null },
    ],
  },
  {
    rule: 'ru/passive-reflexive',
    text: 'Документы принимаются специалистами. Заявление рассматривается комиссией в срок. Пособие назначается органом социальной защиты. Заявитель приглашается на приём. Получатели пособия определяются комиссией.',
    expected: [
      { text: 'Документы принимаются специалистами', suggestion: 'Специалисты принимают документы' },
      { text: 'Заявление рассматривается комиссией', suggestion: 'Комиссия рассматривает заявление' },
      { text: 'назначается', suggestion: null },
      // The people of notices the word lists lack, animate: the accusative is the genitive.
      { text: 'Заявитель приглашается', suggestion: 'Заявителя приглашают' },
      {
        text: 'Получатели пособия определяются комиссией',
        suggestion: 'Комиссия определяет получателей пособия',
      },
    ],
  },
  {
    // Nothing to paste where the active would leave a passive's part behind: a «было» not right before the
    // participle, a second participle sharing it, a name's initial after the verb (its doer), a body's «по»
    // after the doer, a predicate after the comma that shares the subject. A person as the subject goes into the
    // accusative («Поэта отправили»).
    rule: 'ru/passive-short-participle',
    text: 'Хозяйство было быстро восстановлено. Заявление принято и рассмотрено. Музей был создан И. В. Цветаевым. Поэт был отправлен на Кавказ. Произведение создано в 1878 г., находится в галерее.',
    expected: [
      { text: 'восстановлено', suggestion: null },
      { text: 'принято', suggestion: null },
      { text: 'рассмотрено', suggestion: null },
      { text: 'создан', suggestion: null },
      { text: 'Поэт был отправлен', suggestion: 'Поэта отправили' },
      // A predicate after the comma shares the subject, which the active would make its object.
      { text: 'создано', suggestion: null },
    ],
  },
  {
    // The doer after an abbreviation's full stop is still the doer («в 2020 г. судом»), which the impersonal
    // would lose. With no doer, the impersonal stays.
    rule: 'ru/passive-short-participle',
    text: 'Заявление рассмотрено в 2020 г. судом. Заявление рассмотрено в 2020 г. в суде.',
    expected: [
      { text: 'рассмотрено', suggestion: null },
      { text: 'рассмотрено', occurrence: 2, suggestion: 'рассмотрели' },
    ],
  },
  {
    // Subjects joined after the verb are all its object: the accusative of the first alone breaks the list
    // («Разрешали частную торговлю, аренда земли»), so nothing to paste unless all stay as written («цветы и
    // венки»). A genitive joined to the first's complement is no second subject («писателей и поэтов»).
    rule: 'ru/passive-reflexive',
    text: 'Разрешалась частная торговля, аренда земли и предприятий. Выдаётся справка о доходах и копия паспорта. Разрешалась частная торговля. Возлагаются цветы и венки. Публиковались произведения молодых писателей и поэтов.',
    expected: [
      { text: 'Разрешалась', suggestion: null },
      { text: 'Выдаётся', suggestion: null },
      { text: 'Разрешалась частная торговля', occurrence: 2, suggestion: 'Разрешали частную торговлю' },
      { text: 'Возлагаются', suggestion: 'Возлагают' },
      { text: 'Публиковались', suggestion: 'Публиковали' },
    ],
  },
  {
    rule: 'ru/passive-reflexive',
    text: 'Заявка рассматривается комиссией по делам несовершеннолетних.',
    expected: [{ text: 'рассматривается', suggestion: null }],
  },
  {
    // "Is structured", "is told": no one acts («Сюжет строится вокруг…», «Рассказ ведётся от первого лица»).
    rule: 'ru/passive-reflexive',
    text: 'Сюжет строится вокруг подготовки к свадьбе. Рассказ ведётся от первого лица. Дом строится на берегу.',
    expected: [{ text: 'строится', occurrence: 2 }],
  },
  {
    // Subjects the noun tables read as nouns of their own: «решение» (not an adjective for its genitive plural
    // «решений»; unchanged in the accusative, so only the verb is pasted), «работа» (not the genitive of a
    // «работ»: the lists hold «работой»). An instrumental that says what the subject is named is no doer
    // («объявляется республикой»).
    rule: 'ru/passive-reflexive',
    text: 'Решение принимается быстро. Работа выполняется подрядчиком. Страна объявляется президентской республикой.',
    expected: [
      { text: 'принимается', suggestion: 'принимают' },
      { text: 'Работа выполняется подрядчиком', suggestion: 'Подрядчик выполняет работу' },
      { text: 'объявляется', suggestion: null },
    ],
  },
  {
    rule: 'ru/passive-short-participle',
    text: 'Вы должны прийти лично: это важно. Мы рады помочь и готовы ответить, ведь этот закон нужен каждому человеку.',
    expected: [],
  },
  {
    rule: 'ru/passive-short-participle',
    text: 'Член комиссии Ерлан Сапаров приехал в Астану из Туркестана. Центр открыт с 9 до 18, ожидание займёт 15 минут.',
    expected: [],
  },
  {
    // Where a thing stands, what it is for and when one was born are states with no doer to name, as English
    // "is located"; the passive beside them is still found.
    rule: 'ru/passive-short-participle',
    text: 'ЦОН расположен на улице Абая. Участок предназначен для строительства. Ребёнок рождён в 2020 году. Участок выделен акиматом.',
    expected: [{ text: 'выделен' }],
  },
  {
    // Feelings are states, not actions done to someone; the passive beside them is still found.
    rule: 'ru/passive-short-participle',
    text: 'Джонс был разгневан, а болельщики были ошеломлены. Документ был подписан вчера.',
    expected: [{ text: 'был подписан', suggestion: 'подписали' }],
  },
  {
    // Common participles of news and reports: «-делан», «-строен», «-бит», «спасён», «сожжён», «украден».
    rule: 'ru/passive-short-participle',
    text: 'Дом был построен в 1950 году, а мост разбит. Сделано всё: вор был спасён и задержан, машина украдена. Орбита спутника не изменилась, а он настроен оптимистично.',
    expected: [
      { text: 'был построен', suggestion: 'построили' },
      { text: 'разбит', suggestion: null },
      { text: 'Сделано', suggestion: 'Сделали' },
      { text: 'спасён', suggestion: null },
      { text: 'задержан', suggestion: null },
      { text: 'украдена', suggestion: null },
    ],
  },

  {
    // What a thing is linked to, comes from or is about, and who knows: states, not actions by someone hidden.
    rule: 'ru/passive-short-participle',
    text: 'Отказ связан с тем, что документы неполные. Форум посвящён Дню независимости. Рост обусловлен спросом. Он осведомлён о правилах. Заявление рассмотрено.',
    expected: [{ text: 'рассмотрено' }],
  },

  {
    // «Не исключено, что…» is «возможно»; a participle of «исключить» elsewhere is a passive.
    rule: 'ru/passive-short-participle',
    text: 'Не исключено, что сроки продлят. Нарушитель исключён из списка.',
    expected: [{ text: 'исключён' }],
  },

  {
    // A second predicate joined by «и» shares the subject, which the impersonal would make its object and leave
    // the predicate none; «и» joining places is no predicate.
    rule: 'ru/passive-short-participle',
    text: 'Деятельность клуба была восстановлена и продолжает расширяться. Заявление поступило и было рассмотрено. Справка выдана в ЦОНе и в акимате.',
    expected: [
      { text: 'восстановлена', suggestion: null },
      { text: 'рассмотрено', suggestion: null },
      { text: 'Справка выдана', suggestion: 'Справку выдали' },
    ],
  },
  {
    // A masculine past after «и» is a predicate sharing the subject too: «Документ подписали и вступил» left it
    // none.
    rule: 'ru/passive-short-participle',
    text: 'Документ был подписан и вступил в силу. Договор был заключён и сразу перешёл в архив. Приказ был подписан вчера.',
    expected: [
      { text: 'подписан', suggestion: null },
      { text: 'заключён', suggestion: null },
      { text: 'был подписан', occurrence: 2, suggestion: 'подписали' },
    ],
  },
  {
    // An adjective naming people is a noun whose accusative is its genitive («Больного доставили», not
    // «Больной доставили»), as the doer too.
    rule: 'ru/passive-short-participle',
    text: 'Больной был доставлен в больницу. Раненые были доставлены скорой помощью. Больная была доставлена в больницу. Задержанные доставлены в отдел полиции.',
    expected: [
      { text: 'Больной был доставлен', suggestion: 'Больного доставили' },
      { text: 'Раненые были доставлены скорой помощью', suggestion: 'Скорая помощь доставила раненых' },
      { text: 'Больная была доставлена', suggestion: 'Больную доставили' },
      { text: 'Задержанные доставлены', suggestion: 'Задержанных доставили' },
    ],
  },
  {
    // States, not acts someone did: what a work conveys, a gerund whose doer is the subject, a doer in the
    // instrumental further on; where a thing points, or what it aims at («направлена на поддержку»), is no finding.
    rule: 'ru/passive-short-participle',
    text: 'Тоска по дому передана в стихотворении поэта. Документ передан в архив. В семье было принято, садясь за стол, благодарить хозяйку. Программа направлена на поддержку семей. Луч должен быть узким, направлен сверху вниз. Театр был создан в 1990 году известным режиссёром. Театр был создан в 1990 году.',
    expected: [
      { text: 'передана', suggestion: null },
      { text: 'передан', occurrence: 2, suggestion: 'передали' },
      { text: 'принято', suggestion: null },
      { text: 'создан', suggestion: null },
      { text: 'был создан', occurrence: 2, suggestion: 'создали' },
    ],
  },

  // ru/passive-reflexive
  {
    // What a prosecutor's or police release reports done, with no one named to do it; «Как выясняется»,
    // «Выясняется, что» are "it turns out".
    rule: 'ru/passive-reflexive',
    text: 'Обстоятельства выясняются. Автомобили похищаются по ночам, товары ввозятся без пошлины. Как выясняется, деньги пропали. Выясняется, что он уехал.',
    expected: [{ text: 'выясняются' }, { text: 'похищаются' }, { text: 'ввозятся' }],
  },
  {
    rule: 'ru/passive-reflexive',
    text: 'Заявление подаётся через портал, справка выдаётся в течение дня. Оплата производится в банке.',
    // «Оплата производится» has its own plain replacement (officialese): one finding there, not two.
    expected: [{ text: 'подаётся' }, { text: 'справка выдаётся' }],
  },
  {
    // The reflexive passives of rules and permissions.
    rule: 'ru/passive-reflexive',
    text: 'Курение запрещается, парковка разрешается только у входа. Вопрос решается за день, исправления не допускаются.',
    // «решается» is also inside «разрешается»: the finding is its second occurrence. «запрещается» and
    // «разрешается» are left to officialese, which offers «нельзя» and «можно».
    expected: [{ text: 'решается', occurrence: 2 }, { text: 'допускаются' }],
  },
  {
    // The impersonal to paste where the subject is read with certainty: a neuter or inanimate plural before the
    // verb, a verb opening its clause before one. A subject whose accusative differs («справка» → «справку») is
    // pasted with the verb, so the finding spans both, and so is its complement in the genitive («Копия
    // справки»). Not a pronoun («кто»).
    rule: 'ru/passive-reflexive',
    text: 'Заявление рассматривается в течение дня. Ваши документы принимались по средам. Принимаются заявления граждан. Справка выдаётся сразу. Жалоба рассматривается комиссией. Копия справки подаётся отдельно. Те, кто проверяется, уедут.',
    expected: [
      { text: 'рассматривается', suggestion: 'рассматривают' },
      { text: 'принимались', suggestion: 'принимали' },
      { text: 'Принимаются', suggestion: 'Принимают' },
      { text: 'Справка выдаётся', suggestion: 'Справку выдают' },
      // With its doer after it, the active (the familiar list has «жалоба» as a noun of its own).
      { text: 'Жалоба рассматривается комиссией', suggestion: 'Комиссия рассматривает жалобу' },
      { text: 'Копия справки подаётся', suggestion: 'Копию справки подают' },
      { text: 'проверяется', suggestion: null },
    ],
  },
  {
    // A subject that changes in the accusative, before or after the verb, with a possessive (kept polite), in
    // the past and in the plural of persons («родителей»). Officialese on the verb alone («взимается» →
    // «берётся») settles the passive: one finding there, though the passive spans its subject.
    rule: 'ru/passive-reflexive',
    text: 'Выдаётся справка о доходах. Ваша заявка рассматривалась неделю. Родители приглашаются в школу. Плата взимается ежемесячно. Решение готово, а Курская справка выдаётся завтра. Заявление о ЦОНе подаётся онлайн. Справка о доходах родителей выдаётся по месту работы. В этом году справка выдаётся сразу. Название песни использовалось в годы войны художниками. Справка выдаётся вместе с документами. Результат оказания услуги направляется заявителю.',
    expected: [
      { text: 'Выдаётся справка', suggestion: 'Выдают справку' },
      { text: 'Ваша заявка рассматривалась', suggestion: 'Вашу заявку рассматривали' },
      { text: 'Родители приглашаются', suggestion: 'Родителей приглашают' },
      // After a conjunction opening the clause; a capital inside the sentence is kept.
      { text: 'Курская справка выдаётся', suggestion: 'Курскую справку выдают' },
      // A complement after the subject's head stays as written; an adverbial first is no subject.
      { text: 'подаётся', suggestion: 'подают' },
      { text: 'Справка о доходах родителей выдаётся', suggestion: 'Справку о доходах родителей выдают' },
      { text: 'выдаётся', occurrence: 3, suggestion: null },
      // An agent in the plural instrumental further on, not one a preposition governs.
      { text: 'использовалось', suggestion: null },
      { text: 'Справка выдаётся', suggestion: 'Справку выдают' },
      // Genitives one after another complement the subject.
      { text: 'направляется', suggestion: 'направляют' },
    ],
  },
  {
    rule: 'ru/passive-reflexive',
    text: 'Центр находится на первом этаже, приём начинается в 9 часов. Встреча состоится завтра, нам нравится ваша идея.',
    expected: [],
  },
  {
    rule: 'ru/passive-reflexive',
    text: 'Это является главным условием, и очередь остаётся короткой.',
    expected: [],
  },
  {
    // Every form of a listed verb, and verbs of records and plans: the past and the plural too (where data are
    // kept, «хранятся на сервере», is a state: not flagged).
    rule: 'ru/passive-reflexive',
    text: 'Данные хранятся пять лет и обновляются ежедневно. Раньше сообщения доставлялись почтой, а дом строился три года. Ремонт идёт, и ожидается, что школа откроется осенью.',
    expected: [
      { text: 'хранятся' },
      { text: 'обновляются' },
      { text: 'доставлялись' },
      { text: 'строился' },
      { text: 'ожидается' },
    ],
  },
  {
    // «размещаться» is as often "be located, stay" («Центр размещается в здании», «Делегация размещалась в
    // гостинице»), «наблюдаться» "there is" («наблюдается засуха»), «поручаться за» "vouch for": none.
    rule: 'ru/passive-reflexive',
    text: 'Центр размещается в здании акимата. Делегация размещалась в гостинице. Наблюдается рост цен. Он поручается за брата.',
    expected: [],
  },
  {
    // Set phrases that name no hidden actor: "than expected", "take into account", "number in the hundreds";
    // and the reflexives that mean something else: "it seems to me", "refrained".
    rule: 'ru/passive-reflexive',
    text: 'Ремонт закончился раньше, чем ожидалось. Нужно считаться с мнением жителей. Жертвы исчисляются сотнями. Мне представляется, что он удерживался от ответа.',
    expected: [],
  },
  {
    // People form up, sign up, check in: a person as the subject right before or after the verb, or a formation
    // after «строиться», hides no one («Учащиеся строились», «строились первоклассники», «в шеренгу»); a thing
    // built or registered stays a passive.
    rule: 'ru/passive-reflexive',
    text: 'Учащиеся строились в шеренгу. Во дворе строились первоклассники. Класс строился в две шеренги. Пользователь регистрируется на портале, а заявление регистрируется в журнале. На проспекте строились остановки.',
    expected: [
      { text: 'регистрируется', occurrence: 2 },
      { text: 'строились', occurrence: 3 },
    ],
  },
  {
    // «Отмечаться» hides who noted only where it reports what was noted («Отмечалось, что», «как отмечается
    // в сообщении»); before anything else it is "there is" («Отмечается рост»), "is celebrated" or "checks in".
    rule: 'ru/passive-reflexive',
    text: 'Жители отмечались на встрече с акимом. Безработный ежемесячно отмечается в центре занятости. Отмечается рост цен. Отмечалось, что бюджет исполнен. Как отмечается в сообщении, сроки продлят.',
    expected: [{ text: 'Отмечалось' }, { text: 'отмечается', occurrence: 2 }],
  },
  {
    rule: 'ru/passive-reflexive',
    text: 'Копия решения высылается заявителю в течение трёх суток.',
    expected: [{ text: 'Копия решения высылается', suggestion: 'Копию решения высылают' }],
  },
  {
    // Ice forms by itself («формируется тонкий лёд»), a list is formed by someone; two reflexives joined by «и»
    // share their subject (the other one is no listed passive); a singular past agrees with its subject («Широко» is none).
    rule: 'ru/passive-reflexive',
    text: 'К утру на лужах формируется тонкий лёд. Постепенно формируется список участников. Справка выдаётся и отправляется почтой. Широко использовалась и береста. Справка выдавалась бесплатно.',
    expected: [
      { text: 'формируется', occurrence: 2, suggestion: 'формируют' },
      { text: 'выдаётся', suggestion: null },
      { text: 'использовалась', suggestion: null },
      { text: 'Справка выдавалась', suggestion: 'Справку выдавали' },
    ],
  },
  {
    // «Представляются» before an instrumental is «seem»; before anything else it is a passive.
    rule: 'ru/passive-reflexive',
    text: 'Инвестиции представляются хорошим решением. Документы представляются в ЦОН.',
    expected: [{ text: 'представляются', occurrence: 2 }],
  },
  {
    // The subjects of clinic and police notices: a noun in -ция and an offender, in the accusative.
    rule: 'ru/passive-reflexive',
    text: 'Вакцинация проводится бесплатно. Нарушители привлекаются к ответственности.',
    expected: [
      { text: 'Вакцинация проводится', suggestion: 'Вакцинацию проводят' },
      { text: 'Нарушители привлекаются', suggestion: 'Нарушителей привлекают' },
    ],
  },

  // ru/double-negative
  {
    rule: 'ru/double-negative',
    text: 'Нельзя не отметить вклад волонтёров. Решение далось не без труда, и не исключено, что сроки изменятся.',
    expected: [{ text: 'Нельзя не' }, { text: 'не без' }, { text: 'не исключено' }],
  },
  {
    rule: 'ru/double-negative',
    text: 'Такой результат не представляется невозможным.',
    expected: [{ text: 'не представляется невозможным' }],
  },
  {
    rule: 'ru/double-negative',
    text: 'Не забудьте паспорт. Услуга не бесплатная: она стоит не менее 500 тенге.',
    expected: [],
  },

  // ru/long-sentence: 30 words (23 to 31 is long)
  {
    rule: 'ru/long-sentence',
    text:
      'Чтобы получить пособие на ребёнка, подайте заявление на портале или в центре обслуживания населения, ' +
      'приложите свидетельство о рождении, копию удостоверения личности и справку о доходах семьи за последние ' +
      'три месяца.',
    expected: [
      {
        text:
          'Чтобы получить пособие на ребёнка, подайте заявление на портале или в центре обслуживания населения, ' +
          'приложите свидетельство о рождении, копию удостоверения личности и справку о доходах семьи за последние ' +
          'три месяца.',
      },
    ],
  },
  {
    rule: 'ru/long-sentence',
    text: 'Подайте заявление на портале. Мы выплатим пособие за десять рабочих дней и пришлём вам сообщение.',
    expected: [],
  },
  // 35 words: very long, so not reported as merely long
  {
    rule: 'ru/long-sentence',
    text:
      'Если вы потеряли удостоверение личности, сначала сообщите об этом в полицию, затем подайте заявление ' +
      'на портале или в центре обслуживания населения, оплатите пошлину и через десять рабочих дней заберите ' +
      'новый документ в том же центре.',
    expected: [],
  },

  // ru/very-long-sentence: 31 words
  {
    rule: 'ru/very-long-sentence',
    text:
      'Если вы потеряли удостоверение личности, сначала сообщите об этом в полицию, затем подайте заявление ' +
      'на портале или в центре обслуживания населения, оплатите пошлину и через десять рабочих дней заберите ' +
      'новый документ в том же центре.',
    expected: [
      {
        text:
          'Если вы потеряли удостоверение личности, сначала сообщите об этом в полицию, затем подайте заявление ' +
          'на портале или в центре обслуживания населения, оплатите пошлину и через десять рабочих дней заберите ' +
          'новый документ в том же центре.',
      },
    ],
  },
  // 30 words: long, not very long
  {
    rule: 'ru/very-long-sentence',
    text:
      'Чтобы получить пособие на ребёнка, подайте заявление на портале или в центре обслуживания населения, ' +
      'приложите свидетельство о рождении, копию удостоверения личности и справку о доходах семьи за последние ' +
      'три месяца.',
    expected: [],
  },

  // ru/long-paragraph: six sentences in one paragraph
  {
    rule: 'ru/long-paragraph',
    text:
      'Подайте заявление на портале. Приложите копию паспорта. Оплатите пошлину. Дождитесь сообщения. ' +
      'Заберите справку в центре. Храните её дома.',
    expected: [
      {
        text:
          'Подайте заявление на портале. Приложите копию паспорта. Оплатите пошлину. Дождитесь сообщения. ' +
          'Заберите справку в центре. Храните её дома.',
      },
    ],
  },
  {
    rule: 'ru/long-paragraph',
    text:
      'Подайте заявление на портале. Приложите копию паспорта. Оплатите пошлину.\n\n' +
      'Дождитесь сообщения. Заберите справку в центре. Храните её дома.',
    expected: [],
  },

  {
    // An obligation is an act to do, wherever the thing is kept («должна быть сохранена в таком состоянии»);
    // where a file is kept is a state.
    rule: 'ru/passive-short-participle',
    text: 'Обстановка должна быть сохранена в таком состоянии. Файл сохранён в папке.',
    expected: [{ text: 'сохранена', suggestion: null }],
  },
  {
    // «Образуется» beside a body formed, «представляется» after its doer in the instrumental, «размещается» before
    // a site: passives; ice forms itself, «мне представляется» seems, a centre is located.
    rule: 'ru/passive-reflexive',
    text: 'Комиссия образуется работодателем. На реке образуется лёд. Заявителем представляется заявление. Мне представляется, что он прав. Информация размещается на сайте. Центр размещается в здании школы.',
    expected: [
      { text: 'Комиссия образуется работодателем', suggestion: 'Работодатель образует комиссию' },
      { text: 'Заявителем представляется заявление', suggestion: 'Заявитель представляет заявление' },
      { text: 'Информация размещается', suggestion: 'Информацию размещают' },
    ],
  },
  {
    // «Произвести очистку» is «очистить», its «дорог» the genitive plural of «дорога» («дорога» was read as a
    // neuter «дорого»); the plural «указанных» before a genitive plural in «-ей» is «этих», not before a doer in
    // «-ей»; «в период» a spell of nature is «во время», not a span of dates.
    rule: 'ru/officialese',
    text: 'Коммунальщики производят очистку дорог. Коммунальщики производят ремонт дорог. Неисполнение указанных обязанностей наказуемо. Список документов, указанных комиссией, готов. Не выходите на лёд в период ледохода. Набор идёт в период с 1 апреля.',
    expected: [
      { text: 'производят очистку дорог', suggestion: 'очищают дороги' },
      { text: 'производят ремонт дорог', suggestion: 'ремонтируют дороги' },
      { text: 'указанных', suggestion: 'этих' },
      { text: 'в период', suggestion: 'во время' },
    ],
  },
  {
    // «Комплектование групп» is officialese with no word to paste; the equipment's «комплектация» is not it.
    rule: 'ru/officialese',
    text: 'Комплектование групп идёт весной. Комплектация автомобиля богатая.',
    expected: [{ text: 'Комплектование групп', suggestion: null }],
  },
  // ru/long-word
  {
    // Everyday and legal words with nothing shorter («приостанавливает» suspends, «останавливает» would stop);
    // the formula «удовлетворение требований» is a term, «подлежит удовлетворению» the officialese finding's,
    // «удовлетворение» alone still long.
    rule: 'ru/long-word',
    text: 'Право на первоочередное место. Снимки делают путём фотографирования. Пункты, организованные заранее, открыты. Жалоба не приостанавливает исполнение. Суд отказал в удовлетворении его требований. Иск подлежит удовлетворению. Он получил удовлетворение.',
    expected: [{ text: 'удовлетворение' }],
  },
  {
    // Tax regimes are names of their own; «налогообложения» alone is still long.
    rule: 'ru/long-word',
    text: 'Он перешёл на упрощённую систему налогообложения. Он применяет общий режим налогообложения. Правила налогообложения изменились.',
    expected: [{ text: 'налогообложения', occurrence: 3 }],
  },
  {
    // A name inside a sentence has no shorter word; the same length in a common word is the writer's choice.
    rule: 'ru/long-word',
    text: 'В Великобритании прошли выборы. Необходимо переоборудование.',
    expected: [{ text: 'переоборудование' }],
  },
  {
    rule: 'ru/long-word',
    text: 'Для переоборудования возьмите направление у инженера.',
    expected: [{ text: 'переоборудования' }],
  },
  {
    // A compound is as long as its longest part: «научно-исследовательский» joins two ordinary words; a long
    // part is still long.
    rule: 'ru/long-word',
    text: 'Научно-исследовательский центр провёл технико-переоборудование.',
    expected: [{ text: 'технико-переоборудование' }],
  },
  {
    rule: 'ru/long-word',
    text: 'Предъявите удостоверение личности и справку индивидуального предпринимателя.',
    expected: [],
  },
  {
    // A word in quotes of a few words is a label or a name, which the writer cannot shorten; the same word
    // outside quotes is theirs, and so is one in a quotation, which an agency writes for its officials.
    rule: 'ru/long-word',
    text: 'В разделе «Налогообложение» выберите нужный пункт. Налогообложение изменится с января. Министр сказал: «Налогообложение изменится с января».',
    expected: [
      { text: 'Налогообложение', occurrence: 2 },
      { text: 'Налогообложение', occurrence: 3 },
    ],
  },
  {
    // «Услугополучатель» is long, but officialese already offers «заявитель» in its place: one finding, not two.
    rule: 'ru/long-word',
    text: 'Услугополучатель подаёт заявление на переоборудование.',
    expected: [{ text: 'переоборудование' }],
  },

  // ru/undefined-abbreviation
  {
    // Broadcasters and agencies of world news are read by their letters; others are still spelled out.
    rule: 'ru/undefined-abbreviation',
    text: 'Телеканал NBC и ФБР сообщили о КНДР, а ГСЗ промолчал.',
    expected: [{ text: 'ГСЗ' }],
  },
  {
    // Defined in the next sentence, or after a colon.
    rule: 'ru/undefined-abbreviation',
    text: 'Сумма считается в МРП. МРП — это месячный расчётный показатель. Введите ИИН: ваш индивидуальный идентификационный номер. Спросите в МИО. Там ответят.',
    expected: [{ text: 'МИО' }],
  },
  {
    // Spelled out after «то есть»; a wrong full name is not.
    rule: 'ru/undefined-abbreviation',
    text: 'Обратитесь в ЦОН, то есть центр обслуживания населения. Позвоните в МИО, то есть в акимат.',
    expected: [{ text: 'МИО' }],
  },
  {
    // A heading may use it before the text under it spells it out; if the text does not, the heading's use is
    // the first undefined one.
    rule: 'ru/undefined-abbreviation',
    text: 'Как записаться в ЦОН\n\nВ ЦОН — центр обслуживания населения — можно прийти без записи.\n\nЗапись в МИО\n\nМИО отвечает за месяц.',
    expected: [{ text: 'МИО' }],
  },
  {
    rule: 'ru/undefined-abbreviation',
    text: 'Документы можно подать в ЦОН или на портале. Срок устанавливает МИО, а в ЦОН вам выдадут справку.',
    expected: [{ text: 'ЦОН' }, { text: 'МИО' }],
  },
  {
    rule: 'ru/undefined-abbreviation',
    text: 'Согласно НПА РК, выплату проводит НАО «Правительство для граждан».',
    expected: [{ text: 'НПА' }, { text: 'РК' }, { text: 'НАО' }],
  },
  {
    // The legal idiom «(далее – ЦОН)» defines it too; a bracket with other words in it («см. НПА») does not.
    rule: 'ru/undefined-abbreviation',
    text: 'Центр обслуживания населения (далее – ЦОН) принимает заявления. Их рассматривает местный исполнительный орган (далее по тексту — «МИО»). Справку выдаст ЦОН (см. НПА).',
    expected: [{ text: 'НПА' }],
  },
  {
    // A full name before «или» spells it out (prepositions and conjunctions skipped); a wrong one does not.
    rule: 'ru/undefined-abbreviation',
    text: 'Организация по безопасности и сотрудничеству в Европе, или ОБСЕ, направила наблюдателей. Заявление примет районный отдел, или ЦОН.',
    expected: [{ text: 'ЦОН' }],
  },
  {
    rule: 'ru/undefined-abbreviation',
    text: 'Обратитесь в центр обслуживания населения (ЦОН). В ЦОН вам выдадут справку по ИИН, о сроках сообщают СМИ.',
    expected: [],
  },
  {
    // Everyone knows these: the country and the card's code.
    rule: 'ru/undefined-abbreviation',
    text: 'Граждане РФ оплачивают услугу картой, введя ПИН-код.',
    expected: [],
  },
  {
    // Russian glues a case ending to an abbreviation: «в ЦОНе», «МИОм»; the finding marks the abbreviation.
    rule: 'ru/undefined-abbreviation',
    text: 'В ЦОНе вам помогут, срок утверждается МИОм.',
    expected: [{ text: 'ЦОН' }, { text: 'МИО' }],
  },
  {
    // «ЗА» in a shouted phrase is a word, not an abbreviation; ФБР is known to all.
    rule: 'ru/undefined-abbreviation',
    text: 'Она написала: «СПАСИБО ЗА ПОДДЕРЖКУ». Дело расследует ФБР, а справки выдаёт ЦОН.',
    expected: [{ text: 'ЦОН' }],
  },

  {
    // An abbreviation of two words in «(далее – МЗ РК)» is defined whole; the letters of a letter's registration
    // number are no abbreviation.
    rule: 'ru/undefined-abbreviation',
    text: 'Министерство здравоохранения Республики Казахстан (далее – МЗ РК) сообщает о вакцинации. МЗ РК советует привиться. Ваше обращение № ЖТ-2024-01234567 рассмотрено. Обратитесь в ЦОН-2.',
    expected: [{ text: 'ЦОН' }],
  },

  // ru/all-caps
  {
    rule: 'ru/all-caps',
    text: 'ВНИМАНИЕ! Приём документов ВРЕМЕННО приостановлен.',
    expected: [{ text: 'ВНИМАНИЕ' }, { text: 'ВРЕМЕННО' }],
  },
  {
    // A shouted headline is one finding over the whole run, its number included, not one a word.
    rule: 'ru/all-caps',
    text: 'С 1 ИЮЛЯ МЕНЯЕТСЯ ПОРЯДОК ПОЛУЧЕНИЯ ПОСОБИЙ. Подробности — в ЦОН.',
    expected: [{ text: 'С 1 ИЮЛЯ МЕНЯЕТСЯ ПОРЯДОК ПОЛУЧЕНИЯ ПОСОБИЙ' }],
  },
  {
    rule: 'ru/all-caps',
    text: 'Выписку выдаёт ЕНПФ, а требования описаны в ГОСТ. Заявление примут в ЦОН.',
    expected: [],
  },
  {
    // The words an order's or a resolution's form sets in capitals, on a line of their own or before a colon,
    // are no shouting; the same word typed in capitals inside a sentence is.
    rule: 'ru/all-caps',
    text: 'ПРИКАЗ\nот 5 мая 2024 года № 12\n\nВ целях развития спорта ПРИКАЗЫВАЮ:\n1. Утвердить правила.\n\nАкимат области ПОСТАНОВЛЯЕТ:\n1. Это РЕШЕНИЕ окончательное.',
    expected: [{ text: 'РЕШЕНИЕ' }],
  },
  {
    // Opening a title line, which has no final punctuation, the formula is the act's title; opening a
    // sentence, it is shouting.
    rule: 'ru/all-caps',
    text: 'ПОСТАНОВЛЕНИЕ акимата города Астаны\n\nПРИКАЗ вступает в силу со дня подписания.',
    expected: [{ text: 'ПРИКАЗ' }],
  },

  // ru/mixed-script: Latin «a» in «Кaзахстана», Latin «o» in «Пoдайте»
  {
    rule: 'ru/mixed-script',
    text: 'Пособие получают все граждане Кaзахстана. Пoдайте заявление на портале.',
    expected: [
      { text: 'Кaзахстана', suggestion: 'Казахстана' },
      { text: 'Пoдайте', suggestion: 'Подайте' },
    ],
  },
  {
    rule: 'ru/mixed-script',
    text: 'Вам придёт SMS-уведомление, а IT-специалист поможет подключить Wi-Fi.',
    expected: [],
  },
  {
    // A Roman numeral typed with Cyrillic look-alikes is put in Latin letters: Cyrillic, its I would be the
    // Ukrainian and Kazakh І.
    rule: 'ru/mixed-script',
    text: 'В ХIХ веке (Х и I — разных алфавитов) и в ХVIII-ХIХ веках, в Х-ХI вв.',
    expected: [
      { text: 'ХIХ', suggestion: 'XIX' },
      { text: 'ХVIII-ХIХ', suggestion: 'XVIII-XIX' },
      // A range is Latin throughout, its all-Cyrillic half too.
      { text: 'Х-ХI', suggestion: 'X-XI' },
    ],
  },

  // ru/repeated-word
  {
    rule: 'ru/repeated-word',
    text: 'Заявление можно подать в в любом центре обслуживания.',
    expected: [{ text: 'в в' }],
  },
  {
    rule: 'ru/repeated-word',
    text: 'Подайте заявление, заявление рассмотрят быстро. Мы еле-еле успели к сроку.',
    expected: [],
  },
  {
    // An initial after the same letter as a word is no repeat: «и И. И. Шишкина».
    rule: 'ru/repeated-word',
    text: 'Картины Саврасова и И. И. Шишкина висят рядом, как и работы Левитана и И.Е. Репина.',
    expected: [],
  },
  {
    // A doubled name («отель Роа Роа») is the name itself.
    rule: 'ru/repeated-word',
    text: 'Туристы жили в отеле Роа Роа, и он пришёл со со своим другом.',
    expected: [{ text: 'со со' }],
  },

  {
    // «Осуществлять сдачу» is «сдавать», its object carried into the accusative (a noun in -ость too); a pronoun before «регистрацию» is
    // its object, which follows the plain verb, but not one with an object of its own after the noun.
    rule: 'ru/officialese',
    text: 'Бухгалтер осуществляет сдачу отчетов. Нужно осуществлять сдачу налоговой отчетности. Банк осуществил их регистрацию вчера. Банк осуществил их регистрацию транспортных средств.',
    expected: [
      { text: 'осуществляет сдачу отчетов', suggestion: 'сдает отчеты' },
      { text: 'осуществлять сдачу налоговой отчетности', suggestion: 'сдавать налоговую отчетность' },
      { text: 'осуществил их регистрацию', suggestion: 'зарегистрировал их' },
      { text: 'осуществил', occurrence: 2, suggestion: null },
      { text: 'транспортных средств', suggestion: 'машин' },
    ],
  },

  {
    // «данных» before a plural noun that owns no data is «этих» («об этих» after «о»); the noun «данных» with its
    // owner or its topic after it is data.
    rule: 'ru/officialese',
    text: 'Выполняйте требования данных рекомендаций. Сведения о данных нарушениях передайте в полицию. Обработка персональных данных пользователей запрещена. Проверка данных о доходах идет.',
    expected: [
      { text: 'данных', suggestion: 'этих' },
      { text: 'о данных', suggestion: 'об этих' },
    ],
  },

  {
    // The negated future with its infinitive first is the impersonal negated («Не будут подавать тепло»), the
    // noun's object carried; «подача» is a light verb's fronted noun as «выдача» is. «Продукция» is made, no
    // light verb's noun.
    rule: 'ru/officialese',
    text: 'Подача тепла производиться не будет до 1 октября. Выдача справок будет производиться в ЦОНе. Продукция производиться не будет.',
    expected: [
      { text: 'Подача тепла производиться не будет', suggestion: 'Не будут подавать тепло' },
      { text: 'Выдача справок будет производиться', suggestion: 'Будут выдавать справки' },
    ],
  },

  {
    // A verbal noun the subject of «не требуется» is «не нужно» with the plain infinitive, its object carried
    // into the accusative; after its adjective, nothing to paste; «требуется» alone is left.
    rule: 'ru/officialese',
    text: 'Для этого получение налоговой справки не требуется. Повторное получение справки не требуется. Получение разрешения требуется.',
    expected: [
      { text: 'получение налоговой справки не требуется', suggestion: 'не нужно получать налоговую справку' },
      { text: 'получение справки не требуется', suggestion: null },
    ],
  },

  {
    // A doer that is a term of art of two words («физическими лицами») is recased whole to open the active; with
    // a word before the subject, nothing to paste.
    rule: 'ru/passive-reflexive',
    text: 'Налог уплачивается физическими лицами. Ежегодно налог уплачивается физическими лицами.',
    expected: [
      { text: 'Налог уплачивается физическими лицами', suggestion: 'Физические лица уплачивают налог' },
      { text: 'уплачивается', occurrence: 2, suggestion: null },
    ],
  },

  // ru/nominal-chain
  {
    // A line wrapped in mid-sentence, as text pasted from a PDF has, goes on with the chain; a line opened by a
    // capital does not.
    rule: 'ru/nominal-chain',
    text: 'Работа ведется в целях обеспечения\nреализации мер поддержки. Порядок обеспечения реализации\nМероприятия утверждены.',
    expected: [{ text: 'обеспечения\nреализации мер поддержки' }],
  },
  {
    // A masculine noun in -ок whose nominative is its own («ребенок», «участок») is the next clause's subject, no
    // genitive plural of the chain; «проверок» is one.
    rule: 'ru/nominal-chain',
    text: 'После проведения вакцинации ребенок в течение часа остается в клинике. В целях обеспечения проведения проверок создана комиссия.',
    expected: [{ text: 'обеспечения проведения проверок' }],
  },
  {
    // A body's name opening a sentence names who acts; a chain of verbal nouns opening one is still a chain.
    rule: 'ru/nominal-chain',
    text: 'Управлением социальной защиты населения рассмотрено ваше обращение. Обеспечение реализации мер поддержки возложено на акимат.',
    expected: [{ text: 'Обеспечение реализации мер поддержки' }],
  },
  {
    // «на основании», «в отношении», «по истечении» are prepositions, as «в течение» is.
    rule: 'ru/nominal-chain',
    text: 'На основании решения суда имущество изъято. Меры в отношении нарушителей законодательства приняты. По истечении срока действия паспорта замените его.',
    expected: [],
  },
  {
    // A short participle after a chain is its verb, not a genitive («проведена», «создана»); a genitive plural
    // without ending follows a verbal noun or its adjective, not another noun («средств акимат» starts a clause).
    rule: 'ru/nominal-chain',
    text: 'В рамках программы развития здравоохранения проведена работа. Комиссия по рассмотрению заявлений создана при акимате. Для повышения эффективности использования бюджетных средств акимат района создал совет.',
    expected: [{ text: 'повышения эффективности использования бюджетных средств' }],
  },
  {
    rule: 'ru/nominal-chain',
    text: 'Совещание проведено в целях обеспечения реализации мер по поддержке бизнеса.',
    expected: [{ text: 'обеспечения реализации мер' }],
  },
  {
    rule: 'ru/nominal-chain',
    text: 'Обсуждался вопрос повышения эффективности использования средств.',
    expected: [{ text: 'повышения эффективности использования средств' }],
  },
  {
    // An adverb after a chain («так», «местами»: an instrumental plural) is not part of it.
    rule: 'ru/nominal-chain',
    text: 'Ожидается возникновение зоны низкого давления местами. Они избегают приобретения недвижимости так долго.',
    expected: [{ text: 'возникновение зоны низкого давления' }],
  },
  {
    // «Правительства», «средств» name a body and a thing, not an action: one nominalisation is no chain.
    rule: 'ru/nominal-chain',
    text: 'Это решение немецкого правительства. Сообщите о графике посредством средств массовой информации.',
    expected: [],
  },
  {
    rule: 'ru/nominal-chain',
    text: 'Мы обеспечим выполнение плана и поможем бизнесу.',
    expected: [],
  },
  {
    // «В течение» is a preposition; a name («Калифорнии», «Организации Объединённых Наций») ends a chain, and
    // «-ний» after a consonant is an adjective («13-летний»).
    rule: 'ru/nominal-chain',
    text: 'В течение нескольких часов сторонники независимости вышли на улицы. В Калифорнии 13-летний ныряльщик подвергся нападению акулы. Министр выступил в Организации Объединённых Наций.',
    expected: [],
  },
  {
    // A preposition or adverb after two nominalisations is not a genitive plural without ending.
    rule: 'ru/nominal-chain',
    text: 'Выдача удостоверения личности взамен утраченного. Мы рассмотрели заявления граждан также быстро.',
    expected: [],
  },
  {
    // The verb of a letter after two nominalisations («сообщаем», «рекомендуем», «сообщите») is no genitive
    // plural without ending; a noun's -ем is («решения проблем»).
    rule: 'ru/nominal-chain',
    text: 'По результатам рассмотрения обращения сообщаем следующее. В целях обеспечения безопасности рекомендуем не выходить. После получения уведомления сообщите нам. Для повышения эффективности решения проблем нужен план.',
    expected: [{ text: 'повышения эффективности решения проблем' }],
  },
  {
    // A dative plural after the chain is addressed by the predicate after it, not a genitive plural without
    // ending («изменения места жительства родителям» was the chain); «программ» is one.
    rule: 'ru/nominal-chain',
    text: 'В случае прекращения предоставления выплаты родителям необходимо подать заявление. Для обеспечения реализации программ нужен план.',
    expected: [{ text: 'прекращения предоставления выплаты' }, { text: 'обеспечения реализации программ' }],
  },
  {
    // A noun in -ь after the chain is the next clause's subject, not a genitive plural without ending.
    rule: 'ru/nominal-chain',
    text: 'Для обеспечения исполнения требования получатель проверяет документы.',
    expected: [{ text: 'обеспечения исполнения требования' }],
  },
  {
    // «В части» before a thing is in part of it («в части помещений»), no topic: nothing to paste; before an abstract noun it is «о».
    rule: 'ru/officialese',
    text: 'В части помещений школы размещался архив. Изменения в части сроков вступят позже.',
    expected: [
      { text: 'В части', suggestion: null },
      { text: 'в части сроков', suggestion: 'о сроках' },
    ],
  },
  {
    // After a verb of arranging, «в установленном порядке» is a fixed sequence, not a procedure «по правилам».
    rule: 'ru/officialese',
    text: 'Карточки стоят в установленном порядке. Документы оформляют в установленном порядке.',
    expected: [
      { text: 'в установленном порядке', suggestion: null },
      { text: 'в установленном порядке', occurrence: 2, suggestion: 'по правилам' },
    ],
  },
  {
    // «Таковой» is «такой» in its form; «он» could not agree («Таковые отсутствуют» → «Он»).
    rule: 'ru/officialese',
    text: 'Таковые отсутствуют. Если таковой имеется, приложите его.',
    expected: [
      { text: 'Таковые', suggestion: 'Такие' },
      { text: 'отсутствуют', suggestion: null },
      { text: 'таковой', suggestion: 'такой' },
      { text: 'имеется', suggestion: 'есть' },
    ],
  },
  {
    // After a verb of discussion «в связи с» is «in connection with», no cause for «из-за».
    rule: 'ru/officialese',
    text: 'Кандидаты обсуждались в связи с перспективой выборов. Офис закрыт в связи с ремонтом.',
    expected: [
      { text: 'в связи с', suggestion: null },
      { text: 'в связи с ремонтом', suggestion: 'из-за ремонта' },
    ],
  },
  {
    // A list after the carried noun («звания, чина или ордена») would stay in the genitive; after a past tense the «вы» of «когда получаете» is wrong.
    rule: 'ru/officialese',
    text: 'Награду вручали при получении звания, чина или ордена. Справку давали при получении паспорта. При получении справки распишитесь.',
    expected: [
      { text: 'при получении', suggestion: null },
      { text: 'при получении', occurrence: 2, suggestion: null },
      { text: 'При получении справки', suggestion: 'Когда получаете справку,' },
    ],
  },
  {
    // A relative clause after the phrase needs its noun: «когда нужно, которая…» would leave it none.
    rule: 'ru/officialese',
    text: 'Дрова подвозили по мере необходимости, которая возникала зимой. Дрова подвозите по мере необходимости.',
    expected: [
      { text: 'по мере необходимости', suggestion: null },
      { text: 'подвозите по мере необходимости', suggestion: 'подвозите, когда нужно' },
    ],
  },
  {
    // «Относительно» in space is «relative to»: no topic for «о».
    rule: 'ru/officialese',
    text: 'Дом стоит относительно центра удобно. Мы спорили относительно сроков.',
    expected: [
      { text: 'относительно', suggestion: null },
      { text: 'относительно сроков', suggestion: 'о сроках' },
    ],
  },
  {
    // «Меры» with their own complement («меры по защите») would leave «действовать по защите»: nothing to paste.
    rule: 'ru/officialese',
    text: 'Власти стали принимать меры по защите леса. Нужно срочно принять меры.',
    expected: [
      { text: 'принимать меры', suggestion: null },
      { text: 'принять меры', suggestion: 'действовать' },
    ],
  },
  {
    // No dash where a second instrumental is joined («директором… и автором»), after a parenthetical word or an adverbial phrase.
    rule: 'ru/officialese',
    text: 'Он является директором школы и автором учебника. Он является директором школы. Расходы, вероятно, составляют не менее 5 млн. Расходы составляют 5 млн. Эти письма в некоторой степени являются документами.',
    expected: [
      { text: 'является', suggestion: null },
      { text: 'является директором', occurrence: 2, suggestion: '— директор' },
      { text: 'составляют', suggestion: null },
      { text: 'составляют', occurrence: 2, suggestion: '—' },
      { text: 'являются', suggestion: null },
    ],
  },
  {
    // «осуществлять» before a verbal noun in -ние is the noun's own verb, its object carried into the accusative
    // («оказывающим услуги», «обжаловать действия»); where the pack has none, nothing to paste («проводить
    // финансирование» is no plainer). Before a plan's noun («обучение») the plain verbs stay.
    rule: 'ru/officialese',
    text: 'Это касается лиц, осуществляющих оказание услуг по договору. Можно осуществлять обжалование действий. Фонд осуществляет финансирование программы. Нужно осуществлять обучение сотрудников.',
    expected: [
      { text: 'осуществляющих оказание услуг', suggestion: 'оказывающих услуги' },
      { text: 'осуществлять обжалование действий', suggestion: 'обжаловать действия' },
      { text: 'осуществляет', suggestion: null },
      { text: 'осуществлять', occurrence: 2, suggestion: 'проводить' },
    ],
  },
  {
    // The perfective «осуществить» gets perfective plain verbs («провести», not «проводить»), and its noun's
    // verb where the pack has one («подготовить документы», «обжаловать решение»).
    rule: 'ru/officialese',
    text: 'Рекомендуем осуществить подготовку документов. Заявитель может осуществить обжалование решения. Нужно осуществить проект. Фонд осуществит проект. Фонд осуществлял проект.',
    expected: [
      { text: 'осуществить подготовку документов', suggestion: 'подготовить документы' },
      { text: 'осуществить обжалование решения', suggestion: 'обжаловать решение' },
      { text: 'осуществить', occurrence: 3, suggestion: 'провести' },
      { text: 'осуществит', occurrence: 4, suggestion: 'проведет' },
      { text: 'осуществлял', suggestion: 'проводил' },
    ],
  },
  {
    // Terms of law read as one noun: «обеспечение исполнения контракта» (the contract security), «изменение места
    // жительства» (a move) are no chain; a chain around one still is, as is «обеспечения исполнения требования».
    rule: 'ru/nominal-chain',
    text: 'Основания: изменение места жительства. Обеспечение исполнения контракта вносится заранее. Причина: изменение порядка предоставления выплат. Для обеспечения исполнения требования нужен план.',
    expected: [
      { text: 'изменение порядка предоставления выплат' },
      { text: 'обеспечения исполнения требования' },
    ],
  },
  {
    // «Обеспечение исполнения контракта» is the contract security (44-ФЗ), not its performance: not reported.
    rule: 'ru/officialese',
    text: 'Обеспечение исполнения контракта составляет 5 процентов. Размер обеспечения исполнения заявки равен 1 проценту. Для обеспечения исполнения требования нужен план.',
    expected: [
      { text: 'составляет', suggestion: '—' },
      { text: 'обеспечения исполнения', occurrence: 2, suggestion: 'выполнения' },
    ],
  },
  {
    // «Соответствующий» is «нужный» before an office the reader is sent to («этот» would point back to one never
    // named), «этот» before papers, which it points back to; elsewhere it points back too («соответствующего
    // запроса» is «такого запроса», not «нужного»): nothing to paste.
    rule: 'ru/officialese',
    text: 'Ответ дают в случае поступления соответствующего запроса. Обратитесь в соответствующий орган. Срок определяется сроками хранения соответствующих документов.',
    expected: [
      { text: 'в случае поступления', suggestion: 'при поступлении' },
      { text: 'соответствующего', suggestion: null },
      { text: 'соответствующий', suggestion: 'нужный' },
      { text: 'соответствующих', suggestion: 'этих' },
    ],
  },
  {
    // «Предусмотренный законодательством» qualifies a noun: «по основаниям, не по закону» is broken.
    rule: 'ru/officialese',
    text: 'Отказ по основаниям, не предусмотренным законодательством, запрещён.',
    expected: [{ text: 'предусмотренным законодательством', suggestion: null }],
  },
  {
    // A subject shared with a later passive («…, а также может быть принята») would be left to it as the
    // object of the rewrite («Жалобу могут направить …, а также может быть принята»): nothing to paste.
    rule: 'ru/passive-short-participle',
    text: 'Жалоба может быть направлена по почте, через МФЦ, а также может быть принята на приеме. Жалоба может быть направлена по почте или через портал.',
    expected: [
      { text: 'направлена', suggestion: null },
      { text: 'принята', suggestion: null },
      { text: 'Жалоба может быть направлена', occurrence: 2, suggestion: 'Жалобу могут направить' },
    ],
  },
  {
    // «принятия решения» after a noun is the genitive («за днем принятия решения» → «решения»), not a feminine
    // nominative «принятия»; at the sentence's start the nominative stays.
    rule: 'ru/officialese',
    text: 'Ответ дают на следующий день за днем принятия решения. Принятие решения занимает день.',
    expected: [
      { text: 'принятия решения', suggestion: 'решения' },
      { text: 'Принятие решения', suggestion: 'Решение' },
    ],
  },
  {
    // «В рамках осуществления X» is «в рамках X»: «В осуществлении социальной поддержки назначено» is broken.
    rule: 'ru/officialese',
    text: 'В рамках осуществления социальной поддержки семьям назначили выплаты. В рамках проекта построили школу.',
    expected: [
      { text: 'В рамках осуществления', suggestion: 'В рамках' },
      { text: 'В рамках проекта', suggestion: 'В проекте' },
    ],
  },
  {
    // A service is «оказана», not «выдана»: the participle beside «услуг» takes «оказанный», «оказываемый»;
    // measures of support are neither «выданы» nor «поданы» (nothing to paste); a subsidy still is «выдана».
    rule: 'ru/officialese',
    text: 'Доля услуг, предоставленных в электронном виде, выросла. Качество услуг, предоставляемых центром, выросло. Важна адресность предоставления мер поддержки. Срок предоставления субсидии — месяц.',
    expected: [
      { text: 'предоставленных', suggestion: 'оказанных' },
      { text: 'в электронном виде', suggestion: 'онлайн' },
      { text: 'предоставляемых', suggestion: 'оказываемых' },
      // «предоставления мер поддержки», with nothing to paste, is the nominal chain's.
      { text: 'предоставления', occurrence: 2, suggestion: 'выдачи' },
    ],
  },
  {
    // «является обязательным» is the short adjective in the gender of the noun before it: «приказ» →
    // «обязателен», «участие» → «обязательно»; with no subject noun before it, nothing to paste.
    rule: 'ru/officialese',
    text: 'Этот приказ является обязательным для исполнения. Участие является обязательным. Для всех является обязательным соблюдение правил.',
    expected: [
      { text: 'является обязательным', suggestion: 'обязателен' },
      { text: 'является обязательным', occurrence: 2, suggestion: 'обязательно' },
      { text: 'является обязательным', occurrence: 3, suggestion: null },
    ],
  },
  {
    // «направлена на» before an aim is "aimed at", a state; before «рассмотрение» it is "sent". A notice made
    // «автоматически» has no one to name.
    rule: 'ru/passive-short-participle',
    text: 'Эта мера направлена на оказание помощи семьям. Работа была направлена на реализацию программы. Уведомление сформировано автоматически. Жалоба направлена на рассмотрение в министерство.',
    expected: [{ text: 'направлена', occurrence: 3, suggestion: null }],
  },
  {
    // Legal names a tender notice must keep: a procurement method («конкурс в электронной форме») and a body
    // («комиссия по осуществлению закупок»). The same words elsewhere are the writer's own.
    rule: 'ru/officialese',
    text: 'Объявляем открытый конкурс в электронной форме. Заявки рассматривает комиссия по осуществлению закупок. Подайте заявление в электронной форме. Работа по осуществлению проекта идёт.',
    expected: [
      { text: 'в электронной форме', occurrence: 2, suggestion: 'онлайн' },
      { text: 'осуществлению', occurrence: 2, suggestion: 'выполнению' },
    ],
  },
  {
    // Officialese of agency reports and complaint pages, each with a paste only where its form is certain.
    rule: 'ru/officialese',
    text: 'Мы не оказываем аналогичных услуг. Жалобу подают в досудебном порядке. Заявление подают с использованием сети Интернет. Есть ряд проблемных вопросов. В отчетном периоде выплаты выросли. Излишне выплаченные суммы вернут. Идёт проверка субъектов малого предпринимательства. Мы поступили аналогично.',
    expected: [
      { text: 'аналогичных', suggestion: 'таких же' },
      { text: 'в досудебном порядке', suggestion: null },
      { text: 'с использованием сети Интернет', suggestion: 'через интернет' },
      { text: 'ряд проблемных вопросов', suggestion: 'несколько проблем' },
      { text: 'В отчетном периоде', suggestion: null },
      { text: 'Излишне выплаченные', suggestion: 'Переплаченные' },
    ],
  },
  {
    // «Недоимка» is a tax office's word: jargon, its plain case not built.
    rule: 'ru/jargon',
    text: 'Недоимка по налогам погашена.',
    expected: [{ text: 'Недоимка', suggestion: null }],
  },
  {
    // A carried noun phrase whose participle after a comma agrees with it in its old case: «По Правилам …,
    // утвержденными» would break the agreement, so nothing to paste; without the participle it is carried.
    rule: 'ru/officialese',
    text: 'В соответствии с Правилами предоставления жилищной помощи, утвержденными решением маслихата, помощь назначена. В соответствии с Правилами предоставления помощи помощь назначена.',
    expected: [
      { text: 'В соответствии с', suggestion: null },
      { text: 'В соответствии с Правилами', occurrence: 2, suggestion: 'По Правилам' },
    ],
  },
  {
    // A second genitive joined to the phrase's last noun would be left joined to the replacement; a verbal
    // noun after «и» joins the head, and stays.
    rule: 'ru/officialese',
    text: 'Работаем в целях повышения качества и доступности услуг. Работаем в целях повышения качества и снижения затрат. Обновление идет за счет средств местного бюджета и механизма лизинга. Обновление идет за счет средств местного бюджета.',
    expected: [
      { text: 'в целях', suggestion: 'для' },
      { text: 'повышения качества', suggestion: null },
      { text: 'в целях', occurrence: 2, suggestion: 'для' },
      { text: 'повышения качества', occurrence: 2, suggestion: 'улучшения' },
      { text: 'за счет средств', suggestion: null },
      { text: 'за счет средств', occurrence: 2, suggestion: 'на деньги' },
    ],
  },
  {
    // A short participle before its subject keeps the replaced noun's gender: no neuter «улучшение» after
    // «осуществлена»; the subject alone takes it.
    rule: 'ru/officialese',
    text: 'В 2025 году будет осуществлена оптимизация маршрутной сети. Оптимизация маршрутной сети завершится в 2025 году.',
    expected: [
      { text: 'осуществлена', suggestion: null },
      { text: 'оптимизация', suggestion: null },
      { text: 'Оптимизация', suggestion: 'Улучшение' },
    ],
  },
  {
    // A second subject further on with an accusative of its own would stay nominative after the active; one
    // whose accusative is its nominative («ремонт») reads right.
    rule: 'ru/passive-reflexive',
    text: 'Предусматривается строительство 12 километров выделенных полос и модернизация 300 остановочных павильонов. Предусматривается строительство 12 километров выделенных полос и ремонт остановок.',
    expected: [
      { text: 'Предусматривается', suggestion: null },
      { text: 'Предусматривается', occurrence: 2, suggestion: 'Предусматривают' },
    ],
  },
  {
    // «Можно» and «нельзя» take an infinitive; with a noun subject, nothing to paste.
    rule: 'ru/officialese',
    text: 'Допускается загрузка файлов. Допускается загрузить три файла. Передача данных не допускается. Курить в здании не допускается. Запрещается передача денег. Запрещается курить.',
    expected: [
      { text: 'Допускается', suggestion: null },
      { text: 'Допускается', occurrence: 2, suggestion: 'Можно' },
      { text: 'не допускается', suggestion: null },
      { text: 'не допускается', occurrence: 2, suggestion: 'нельзя' },
      { text: 'Запрещается', suggestion: null },
      { text: 'Запрещается', occurrence: 2, suggestion: 'Нельзя' },
    ],
  },
  {
    // A birth, an anniversary, a benefit's ground: «по случаю», never «из-за»; a repair is a cause.
    rule: 'ru/officialese',
    text: 'Назначается пособие в связи с рождением ребенка. Офис закрыт в связи с юбилеем города. Школа закрыта в связи с ремонтом.',
    expected: [
      { text: 'в связи с рождением', suggestion: 'по случаю рождения' },
      { text: 'в связи с юбилеем', suggestion: 'по случаю юбилея' },
      { text: 'в связи с ремонтом', suggestion: 'из-за ремонта' },
    ],
  },
  {
    // Papers the reader hands in are «поданы», not «выданы»; housing is granted, not «выдача»: nothing to paste.
    rule: 'ru/officialese',
    text: 'Уведомление о предоставлении недостающих документов. Сведения о доходах предоставлению не подлежат. Порядок предоставления копии паспорта. Срок предоставления жилья истек.',
    expected: [
      { text: 'предоставлении', suggestion: 'подаче' },
      { text: 'предоставлению', suggestion: 'подаче' },
      { text: 'не подлежат', suggestion: null },
      { text: 'предоставления', suggestion: 'подачи' },
      { text: 'предоставления', occurrence: 2, suggestion: null },
    ],
  },
  {
    // «Учтите», not the evaluating «Важно»; «соответствующих документов» are «этих», not "the needed" ones.
    rule: 'ru/officialese',
    text: 'Обращаем Ваше внимание, что срок истекает. Срок хранения определяется сроками хранения соответствующих документов. Приняты соответствующие меры.',
    expected: [
      { text: 'Обращаем Ваше внимание', suggestion: 'Учтите' },
      { text: 'соответствующих', suggestion: 'этих' },
      { text: 'соответствующие', suggestion: null },
    ],
  },
  {
    // «Приобретение» is a purchase: «покупка» where its case is certain, never «получение», which hides it;
    // after a verb, nominative or accusative, nothing. A skill acquired is not flagged.
    rule: 'ru/officialese',
    text: 'Планируется приобретение автобусов. Приобретение автобусов планируется. Для приобретения навыков нужно время.',
    expected: [
      { text: 'приобретение', suggestion: null },
      { text: 'Приобретение', suggestion: 'Покупка' },
    ],
  },
  {
    // «В сопровождении» is "accompanied by": no paste for «в рамках сопровождения».
    rule: 'ru/officialese',
    text: 'Данные обрабатываются в рамках сопровождения информационных систем. Работы идут в рамках проекта.',
    expected: [
      { text: 'в рамках сопровождения', suggestion: null },
      { text: 'в рамках проекта', suggestion: 'в проекте' },
    ],
  },
  {
    // A doer in the instrumental opening the sentence, cut off by a quoted name and «(далее – …)»: the active
    // cannot take it. A bracket after a subject leaves the impersonal.
    rule: 'ru/passive-short-participle',
    text: 'Государственным учреждением «Отдел занятости» (далее – Отдел) рассмотрено Ваше заявление. Заявление (от 5 мая) рассмотрено.',
    expected: [
      { text: 'рассмотрено', suggestion: null },
      { text: 'рассмотрено', occurrence: 2, suggestion: 'рассмотрели' },
    ],
  },
  {
    // Where a thing is written or recorded is a state, no act whose doer is hidden; a doer or a deadline
    // after it keeps the finding.
    rule: 'ru/passive-short-participle',
    text: 'ИИН указан в удостоверении личности. Номер не зарегистрирован в базе. Срок указан заявителем. Ответ был указан в течение дня.',
    expected: [
      { text: 'указан', occurrence: 2, suggestion: null },
      { text: 'указан', occurrence: 3, suggestion: null },
    ],
  },
  {
    // Where a thing is kept or shown, and the forecast idiom «ожидается снег», are states; keeping for a time
    // and awaiting a decision are acts.
    rule: 'ru/passive-reflexive',
    text: 'Данные хранятся на серверах. Очередь отображается в личном кабинете. Ожидается сильный снег. На дорогах ожидается снежный накат. Документы хранятся в течение пяти лет. Ожидается решение суда.',
    expected: [
      { text: 'хранятся', occurrence: 2, suggestion: 'хранят' },
      { text: 'Ожидается', occurrence: 2, suggestion: 'Ожидают' },
    ],
  },
  {
    // A database's quoted name is kept, and so is the term of art in running text (terms.ts).
    rule: 'ru/officialese',
    text: 'Данные заполнены из базы данных «Физические лица». Документы подают физические лица.',
    expected: [],
  },
  {
    // A heading, a quoted company name with a hyphenated word, and a ministry's name in lower case after its
    // capital have no shorter words; the same long word in the writer's own clause does.
    rule: 'ru/long-word',
    text: 'Финансирование\n\nЛьготы дает АО «Социально-предпринимательская корпорация «Шымкент». Проект выполнен с Министерством цифрового развития, инноваций и аэрокосмической промышленности. Министерство сообщило, что организационные меры приняты.',
    expected: [{ text: 'организационные', suggestion: null }],
  },
  {
    // File types and sizes are read by their letters.
    rule: 'ru/undefined-abbreviation',
    text: 'Прикрепите файлы в формате JPG, PNG или DOCX размером до 5 МБ. Обратитесь в ЦОН.',
    expected: [{ text: 'ЦОН', suggestion: null }],
  },
  {
    // Fixed terms: the residence registration procedure, «без крайней необходимости». A soft adjective
    // keeps its soft endings when recased («при крайней», not «крайной»).
    rule: 'ru/officialese',
    text: 'Услуга по регистрации по месту жительства. Обратитесь в ЦОН по месту жительства. Воздержитесь от поездок без крайней необходимости. В случае крайней необходимости звоните. Подчеркнул необходимость реформ.',
    expected: [
      { text: 'по месту жительства', occurrence: 2, suggestion: 'там, где вы живете' },
      { text: 'В случае крайней необходимости', suggestion: 'При крайней необходимости' },
      { text: 'необходимость', suggestion: null },
    ],
  },
  {
    // «Пожарная безопасность» is a code, one noun in a chain; a chain of acts stays.
    rule: 'ru/nominal-chain',
    text: 'Соблюдайте требования пожарной безопасности. Нужно обеспечение выполнения требований законодательства.',
    expected: [{ text: 'обеспечение выполнения требований законодательства', suggestion: null }],
  },
  {
    // «Имеют возможность» → «могут» with its infinitive a few words on; with none, nothing to paste.
    rule: 'ru/officialese',
    text: 'Граждане имеют возможность в течение трех дней изменить данные. Мы имеем возможность для роста.',
    expected: [
      { text: 'имеют возможность', suggestion: 'могут' },
      { text: 'имеем возможность', suggestion: null },
    ],
  },
  {
    // «область» and «статья» are read in their cases («в области», «по статье»); a stressed ending's «ё» is
    // not copied into another form («статьёй» → «статье»).
    rule: 'ru/officialese',
    text: 'На территории области ожидается снег. Решение принято в соответствии со статьей 91 Кодекса. Решение принято в соответствии со статьёй Кодекса.',
    expected: [
      { text: 'На территории области', suggestion: 'В области' },
      { text: 'в соответствии со статьей', suggestion: 'по статье' },
      { text: 'в соответствии со статьёй', suggestion: 'по статье' },
    ],
  },
  {
    // Registering a thing takes it in the accusative; registering alone is the reader's own.
    rule: 'ru/officialese',
    text: 'Осуществите регистрацию номера в базе. Осуществите регистрацию на портале.',
    expected: [
      { text: 'Осуществите регистрацию номера', suggestion: 'Зарегистрируйте номер' },
      { text: 'Осуществите регистрацию', occurrence: 2, suggestion: 'Зарегистрируйтесь' },
    ],
  },
  {
    // A letter's officialese, and «некорректный» of a value (not of manners: rude).
    rule: 'ru/officialese',
    text: 'Дополнительно сообщаем, что прием ведется ежедневно. По всем возникающим вопросам звоните 1414. ИИН введен некорректно. Он вел себя некорректно. Введены некорректные данные. Это некорректное высказывание.',
    expected: [
      { text: 'Дополнительно сообщаем', suggestion: 'Также сообщаем' },
      { text: 'По всем возникающим вопросам', suggestion: 'По всем вопросам' },
      { text: 'некорректно', suggestion: 'неверно' },
      { text: 'некорректные', suggestion: 'неверные' },
    ],
  },
  {
    // «третьим лицам» is the Civil Code's term (terms.ts): relatives and colleagues too, whom «посторонним»
    // leaves out; kindergartens, but not where a short participle after keeps the old gender; «при нахождении
    // на улице» → «на улице», not a finding.
    rule: 'ru/officialese',
    text: 'Не передавайте деньги третьим лицам. Права третьих лиц защищены. Все детские дошкольные организации работают. Дошкольная организация закрыта. При нахождении на улице держитесь подальше от линий. При нахождении ошибки сообщите нам.',
    expected: [
      { text: 'детские дошкольные организации', suggestion: 'детские сады' },
      { text: 'Дошкольная организация', suggestion: null },
      { text: 'При нахождении на', suggestion: 'На' },
    ],
  },
  {
    // «составляет» before an amount with a second predicate joined by «и» keeps its verb: the dash would leave
    // «определён» with nothing to join; «и» before another amount still takes the dash.
    rule: 'ru/officialese',
    text: 'Размер составляет 48 600 тенге и определён по закону. Срок составляет 5 дней и 3 часа.',
    expected: [
      { text: 'составляет', suggestion: null },
      { text: 'составляет', occurrence: 2, suggestion: '—' },
    ],
  },
  {
    // A second object joined to the carried one past its genitive («прекращение выплаты и возврат сумм»)
    // stays in the accusative: «ведёт к прекращению … и возврат» is not offered; a second genitive is the
    // complement's own («выплаты и пособия»). Nor «вызывает прекращение»: a legal consequence is not «вызвано».
    rule: 'ru/officialese',
    text: 'Нарушение влечёт прекращение выплаты и возврат сумм. Нарушение влечёт прекращение выплаты и пособия.',
    expected: [
      { text: 'влечёт', suggestion: null },
      { text: 'влечёт прекращение', occurrence: 2, suggestion: 'ведёт к прекращению' },
    ],
  },
  {
    // A return of money, like a penalty, is not «вызван»: with a second object past it, nothing to paste. Other
    // consequences keep «вызывает».
    rule: 'ru/officialese',
    text: 'Ошибка влечёт возврат полученных субсидий в бюджет и ответственность. Ошибка влечёт расходы и потери.',
    expected: [
      { text: 'влечёт', suggestion: null },
      { text: 'влечёт', occurrence: 2, suggestion: 'вызывает' },
    ],
  },
  {
    // «в рамках» before the term ГОБМП is no finding (the paste broke the term into "to the guaranteed extent");
    // before a programme «по» comes first (work is done under it); before a project «в» stays first.
    rule: 'ru/officialese',
    text: 'Пройдите осмотр в рамках гарантированного объёма бесплатной медицинской помощи (ГОБМП). Работы идут в рамках бюджетной программы. Помощь в рамках проекта.',
    expected: [
      { text: 'в рамках бюджетной программы', suggestion: 'по бюджетной программе' },
      { text: 'в рамках проекта', suggestion: 'в проекте' },
    ],
  },
  {
    // After its subject «Проведение …» the plain «проводится» repeats the noun's verb: nothing to paste;
    // another subject keeps the paste.
    rule: 'ru/officialese',
    text: 'Проведение обследования осуществляется врачом. Обследование осуществляется по записи.',
    expected: [
      { text: 'Проведение обследования', suggestion: null },
      { text: 'осуществляется', suggestion: null },
      { text: 'осуществляется', occurrence: 2, suggestion: 'проводится' },
    ],
  },
  {
    // A neuter participle after a doer in the instrumental earlier in the sentence, or listed with the same
    // participle, gets no impersonal paste; another clause's participle keeps it («в приёме отказали»).
    rule: 'ru/passive-short-participle',
    text: 'Разработчиком принято 12 предложений, частично принято 9 предложений. Заявление рассмотрено, в приёме отказано.',
    expected: [
      { text: 'принято', suggestion: null },
      { text: 'принято', occurrence: 2, suggestion: null },
      { text: 'рассмотрено', suggestion: 'рассмотрели' },
      { text: 'отказано', suggestion: 'отказали' },
    ],
  },
  {
    // The letters of a registration number after «№» are part of the number; an abbreviation defined with an
    // adjective in its brackets («(открытые НПА)») is defined; after the number they are a use.
    rule: 'ru/undefined-abbreviation',
    text: 'Приказ № ҚР ДСМ-264/2020 действует. Проект на портале открытых нормативных правовых актов (открытые НПА). Приказ № 12 ДСМ утверждён.',
    expected: [{ text: 'ДСМ', occurrence: 2, suggestion: null }],
  },
  {
    // The portal's name («портале открытых нормативных правовых актов») is no finding; the words elsewhere are.
    rule: 'ru/officialese',
    text: 'Проект на портале открытых нормативных правовых актов. Изучите перечень нормативных правовых актов.',
    expected: [{ text: 'нормативных правовых актов', occurrence: 2, suggestion: null }],
  },
  {
    // A parent body after a quoted name or a number is part of the organisation's name; after a noun it is a
    // body's name too, which ends the chain before it.
    rule: 'ru/nominal-chain',
    text: '«Городская поликлиника № 5» управления здравоохранения города Астаны приглашает. Мы ждём решения управления здравоохранения города о выделении средств. Ждём проведения проверки исполнения решения управлением здравоохранения.',
    expected: [{ text: 'проведения проверки исполнения решения', suggestion: null }],
  },
  {
    // «возможно» with an infinitive is «можно»; «Возможно, …» (perhaps) and before a noun it is left alone.
    rule: 'ru/officialese',
    text: 'Записаться на приём возможно через портал. Возможно получить справку онлайн. Возможно, он прав. Возможно появление дождя.',
    expected: [
      { text: 'возможно', suggestion: 'можно' },
      { text: 'Возможно', suggestion: 'Можно' },
    ],
  },
  {
    // A paste that breaks an agreement the words around it had is not offered (`fitsInPlace`): a modifier
    // before the noun («Каждый участники»), a subject and its past verb («Участники получил»), a preposition
    // and its case («от участники»). Where they agree, the paste stays.
    rule: 'ru/jargon',
    text: 'Каждый стейкхолдер получит отчёт. Наши стейкхолдеры получат отчёт. Стейкхолдер получил отчёт. Стейкхолдеры получили отчёт. Письма от стейкхолдеров пришли. Мы смотрим через таргет на рынок.',
    expected: [
      { text: 'стейкхолдер', suggestion: null },
      { text: 'стейкхолдеры', suggestion: 'участники' },
      { text: 'Стейкхолдер', suggestion: null },
      { text: 'Стейкхолдеры', suggestion: 'Участники' },
      { text: 'стейкхолдеров', suggestion: null },
      { text: 'таргет', suggestion: 'цель' },
    ],
  },
  {
    // A participle opening a clause after its noun agrees with it: «Выполнение проекта, начатая» is not offered;
    // a clause that agrees with nothing keeps the paste.
    rule: 'ru/officialese',
    text: 'Реализация проекта, начатая в 2020 году, завершится весной. Реализация проекта, как и планировали, завершится весной.',
    expected: [
      { text: 'Реализация', suggestion: null },
      { text: 'Реализация', occurrence: 2, suggestion: 'Выполнение' },
    ],
  },
  {
    // The participle agrees with the pasted noun too: «одобрение, полученный» is not offered, «Срок,
    // установленный» is.
    rule: 'ru/jargon',
    text: 'Апрув, полученный вчера, действует. Дедлайн, установленный приказом, прошёл. Имплементация, начатая в мае, идёт.',
    expected: [
      { text: 'Апрув', suggestion: null },
      { text: 'Дедлайн', suggestion: 'Срок' },
      { text: 'Имплементация', suggestion: null },
    ],
  },
  {
    // An acronym carried into another case keeps its capitals: «SMS-сообщения» → «SMS-сообщение», not «Sms-».
    rule: 'ru/officialese',
    text: 'Уведомление придёт посредством SMS-сообщения. Ответ придёт посредством портала.',
    expected: [
      { text: 'посредством SMS-сообщения', suggestion: 'через SMS-сообщение' },
      { text: 'посредством портала', suggestion: 'через портал' },
    ],
  },
  {
    // «Деятельность по производству» is no «работа по производству»: nothing to paste before «по» and a
    // process noun; before «по договору» «работающие» reads.
    rule: 'ru/officialese',
    text: 'Компании, осуществляющие деятельность по производству и переработке продукции, платят налог. Компании, осуществляющие деятельность по договору, платят налог.',
    expected: [
      { text: 'осуществляющие деятельность', suggestion: null },
      { text: 'осуществляющие деятельность', occurrence: 2, suggestion: 'работающие' },
    ],
  },
  {
    // «Должностное лицо» is a term of art (terms.ts), an inspector's or not («сотрудник» was offered).
    rule: 'ru/officialese',
    text: 'В ходе проверки должностным лицом оценивается состояние помещений. Заявление подписывает должностное лицо акимата.',
    expected: [{ text: 'В ходе проверки', suggestion: 'Во время проверки' }],
  },
  {
    // A later clause that leaves out «может быть» or «будет» («а виновные лица привлечены») shares the first's:
    // neither takes the active. With an auxiliary of its own, both do; a past «был» left out is the past.
    rule: 'ru/passive-short-participle',
    text: 'Деятельность может быть приостановлена, а виновные лица привлечены к ответственности. Заявление будет рассмотрено, а ответ направлен по почте. Срок может быть продлён, а штраф будет наложен позже.',
    expected: [
      { text: 'приостановлена', suggestion: null },
      { text: 'привлечены', suggestion: null },
      { text: 'рассмотрено', suggestion: null },
      { text: 'направлен', suggestion: null },
      { text: 'может быть продлён', suggestion: 'могут продлить' },
      { text: 'будет наложен', suggestion: 'наложат' },
    ],
  },
  {
    // Terms of art (terms.ts): the Law on Banks' «организация, осуществляющая отдельные виды банковских
    // операций» and the law's pair «физические и юридические лица» are kept; the bank words elsewhere are not.
    rule: 'ru/officialese',
    text: 'Укажите счёт в банке или организации, осуществляющей отдельные виды банковских операций. Укажите организацию, осуществляющую контроль. Справку выдают физическим и юридическим лицам. Справку выдают физическим лицам.',
    expected: [{ text: 'осуществляющую контроль', suggestion: 'контролирующую' }],
  },
  {
    // Terms of art (terms.ts): «заинтересованная общественность», «освидетельствование», «санитарно-
    // эпидемиологическое заключение», «профилактический контроль», «периодические издания»; an everyday
    // «головокружение»; a department named in lower case. The same long words outside them stay long.
    rule: 'ru/long-word',
    text: 'Заинтересованной общественности нужно взять документ. Заинтересованной стороне нужно взять документ. Пройдите повторное освидетельствование и медико-социальную экспертизу. Дайте направление на переосвидетельствование. Нужно санитарно-эпидемиологическое заключение. Это важно для санитарно-эпидемиологического благополучия. Нужны санитарно-эпидемиологические исследования. Проверки идут в форме профилактического контроля. Это мера профилактического характера. Читайте периодические издания. Бывают периодические проверки. Симптомы: головокружение и тошнота. Контактное лицо: специалист отдела экологического регулирования. Инспектор занят делами экологического регулирования.',
    expected: [
      { text: 'Заинтересованной', occurrence: 2 },
      { text: 'санитарно-эпидемиологические' },
      { text: 'профилактического', occurrence: 2 },
      { text: 'периодические', occurrence: 2 },
      { text: 'экологического', occurrence: 2 },
      { text: 'регулирования', occurrence: 2 },
    ],
  },
  {
    // A quoted name opened by a capital is a body's title, no chain to rebuild; an infinitive («пройти») is no
    // noun of a chain. Outside the quotes, and in quoted words that open the sentence, the chain stays.
    rule: 'ru/nominal-chain',
    text: 'Государственное учреждение «Управление природных ресурсов и регулирования природопользования акимата» извещает. Субъекты обязаны до начала осуществления деятельности пройти регистрацию. Мы ждём обеспечения повышения эффективности работы. «Нам нужно обеспечение повышения эффективности работы», — сказал он.',
    expected: [
      { text: 'обеспечения повышения эффективности работы' },
      { text: 'обеспечение повышения эффективности работы' },
    ],
  },
  {
    // «Лица пожилого возраста» are «пожилые люди» in the same case (the ambiguous «лица» has nothing to paste),
    // «несовершеннолетние лица» «несовершеннолетние»; «влекущих прекращение» → «ведущих к прекращению»; «в
    // режиме онлайн» is «онлайн»; a platform is a tool «с помощью» of which, milk is not.
    rule: 'ru/officialese',
    text: 'Внимание лицам пожилого возраста. Забота о здоровье лица пожилого возраста важна. Несовершеннолетние лица до 16 лет записываются с родителями. Сообщите об обстоятельствах, влекущих прекращение выплаты. Трансляция пройдёт в режиме онлайн с использованием платформы Zoom. Торт готовят с использованием молока.',
    expected: [
      { text: 'лицам пожилого возраста', suggestion: 'пожилым людям' },
      { text: 'лица пожилого возраста', suggestion: null },
      { text: 'Несовершеннолетние лица', suggestion: 'Несовершеннолетние' },
      { text: 'влекущих прекращение', suggestion: 'ведущих к прекращению' },
      { text: 'в режиме онлайн', suggestion: 'онлайн' },
      { text: 'с использованием', suggestion: 'с помощью' },
    ],
  },
  {
    // A noun joined to the one whose case a paste changes stays in the old case: «при истечении срока его
    // действия, изменения фамилии» is not offered; with nothing joined the paste stays.
    rule: 'ru/officialese',
    text: 'Удостоверение заменяют в случае истечения срока его действия, изменения фамилии или порчи. Удостоверение заменяют в случае истечения срока его действия.',
    expected: [
      { text: 'в случае истечения', suggestion: null },
      { text: 'в случае истечения', occurrence: 2, suggestion: 'при истечении' },
    ],
  },
  {
    // «контролирует исполнение программы и целевым использованием» leaves the joined instrumental behind; a
    // genitive joined inside the phrase («программы и плана») does not.
    rule: 'ru/officialese',
    text: 'Департамент осуществляет контроль за исполнением программы и целевым использованием средств. Департамент осуществляет контроль за исполнением программы.',
    expected: [
      { text: 'осуществляет контроль за исполнением', suggestion: 'следит за исполнением' },
      { text: 'осуществляет контроль за исполнением', occurrence: 2, suggestion: 'контролирует исполнение' },
    ],
  },
  {
    // «а также» joins too: «ведёт к приостановлению операций …, а также привлечение» is not offered, nor
    // «вызывает» a legal consequence.
    rule: 'ru/officialese',
    text: 'Просрочка влечёт приостановление операций по счетам налогоплательщика, а также привлечение к ответственности. Просрочка влечёт приостановление операций по счетам.',
    expected: [
      { text: 'влечёт приостановление', suggestion: null },
      { text: 'влечёт приостановление', occurrence: 2, suggestion: 'ведёт к приостановлению' },
    ],
  },
  {
    // An impersonal plural leaves a nominative subject whose accusative differs without a verb: «Выплата …
    // производят»; a subject whose accusative is its nominative reads as the object («Заявление подают»).
    rule: 'ru/passive-reflexive',
    text: 'Выплата стипендии студентам, поступившим на обучение, производится ежемесячно. Заявление подается в ЦОН.',
    expected: [
      { text: 'производится', suggestion: null },
      { text: 'подается', suggestion: 'подают' },
    ],
  },
  {
    // A noun whose case the words before govern keeps it: «до сведения населения … и предприниматели» is not
    // offered; a paste opening with the modifier of a noun in the same case is.
    rule: 'ru/officialese',
    text: 'Акимат доводит до сведения населения, собственников жилья и субъектов предпринимательства, что сбор вводится. Закон защищает права субъектов малого предпринимательства.',
    expected: [
      { text: 'доводит до сведения', suggestion: null },
      { text: 'субъектов предпринимательства', suggestion: null },
    ],
  },
  {
    // Both halves of a compound of two nouns are carried into the new case («по счетам-квитанциям»).
    rule: 'ru/officialese',
    text: 'Оплату вносят на основании выставленных счетов-квитанций. Оплату вносят на основании выставленных счетов.',
    expected: [
      { text: 'на основании выставленных счетов-квитанций', suggestion: 'по выставленным счетам-квитанциям' },
      { text: 'на основании выставленных счетов', occurrence: 2, suggestion: 'по выставленным счетам' },
    ],
  },
  {
    // «людям», «людьми» decline from the noun tables, so a paste of them is read in place; the term «физическим
    // лицам» has no finding (terms.ts), nor do faces after an adjective («улыбающимся лицам»).
    rule: 'ru/officialese',
    text: 'Услуга оказывается физическим лицам, проживающим в городе. Услуга оказывается лицам, проживающим в городе. Работа проводится лицами, прошедшими обучение. Улыбающимся лицам он кивал.',
    expected: [
      { text: 'лицам', occurrence: 2, suggestion: 'людям' },
      { text: 'лицами', suggestion: 'людьми' },
    ],
  },
  {
    // Housing is granted, neither «выдано» nor «дано»: nothing to paste beside it; papers are «выданы».
    rule: 'ru/officialese',
    text: 'Ремонт жилых помещений, предоставленных гражданам, идет за их счет. Справки, предоставленные гражданам, хранятся в архиве.',
    expected: [
      { text: 'предоставленных', suggestion: null },
      { text: 'предоставленные', suggestion: 'выданные' },
    ],
  },
  {
    // A penalty is not «вызвана»: «ведёт к штрафу», or nothing where the dative breaks a participle; expenses
    // keep both.
    rule: 'ru/officialese',
    text: 'Нарушение влечет административную ответственность, предусмотренную Кодексом. Нарушение влечет штраф. Спор влечет дополнительные расходы.',
    expected: [
      { text: 'влечет административную ответственность', suggestion: null },
      { text: 'влечет штраф', suggestion: 'ведет к штрафу' },
      { text: 'влечет дополнительные расходы', suggestion: 'ведет к дополнительным расходам' },
    ],
  },
  {
    // After «лицензия на» the activity is the licence's legal name («лицензия на работу» is a work permit).
    rule: 'ru/officialese',
    text: 'Копию лицензии на осуществление деятельности хранят в офисе. Осуществление деятельности без лицензии ведет к штрафу.',
    expected: [
      { text: 'осуществление деятельности', suggestion: null },
      { text: 'Осуществление деятельности', suggestion: 'Работа' },
    ],
  },
  {
    // «его» after the neuter «функционированием» would point at nothing after «работой»; a noun between them
    // that «его» may point back to keeps the paste.
    rule: 'ru/officialese',
    text: 'Мы следим за функционированием и его качеством. Мы следим за функционированием сайта и его качеством.',
    expected: [
      { text: 'функционированием', suggestion: null },
      { text: 'функционированием', occurrence: 2, suggestion: 'работой' },
    ],
  },
  {
    // Before «по» the carried noun would stack «по мероприятиям по»: nothing to paste.
    rule: 'ru/officialese',
    text: 'Прививки делают в рамках реализации мероприятий по профилактике гриппа. Дороги чинят в рамках реализации государственной программы.',
    expected: [
      { text: 'в рамках реализации', suggestion: null },
      {
        text: 'в рамках реализации государственной программы',
        suggestion: 'по государственной программе',
      },
    ],
  },
  {
    // A bracket after a clause-opening paste leaves its comma past the finding: nothing to paste unless the
    // writer put the comma after the bracket.
    rule: 'ru/officialese',
    text: 'При наличии уважительных причин (болезнь, переезд) брак регистрируют в день подачи заявления. При наличии уважительных причин (болезнь, переезд), брак регистрируют в день подачи заявления.',
    expected: [
      { text: 'При наличии уважительных причин', suggestion: null },
      {
        text: 'При наличии уважительных причин',
        occurrence: 2,
        suggestion: 'Если есть уважительные причины',
      },
    ],
  },
  {
    // Names of a public service and a body are terms (terms.ts, one noun in a chain): «регистрация заключения
    // брака», «органы регистрации актов гражданского состояния»; so is «жилое помещение», and a demonstrative
    // does not lengthen a chain («получения настоящего уведомления»). A chain of three nouns stays.
    rule: 'ru/nominal-chain',
    text: 'Государственная регистрация заключения брака проводится в день подачи заявления. Услуга оказывается органами регистрации актов гражданского состояния районов. Наниматель обязан обеспечивать сохранность жилого помещения. Составляется акт технического обследования жилого помещения. Оплатите долг до получения настоящего уведомления. Оплатите долг до получения уведомления о начислении пени. Мы ждем повышения эффективности использования средств.',
    expected: [{ text: 'повышения эффективности использования средств' }],
  },
  {
    // The full name of the body that controls public services is its statutory title, not a vague body; the
    // Civil Code's «с учетом нормального износа» is a term. A bare «уполномоченный орган» stays.
    rule: 'ru/officialese',
    text: 'Жалобу подают в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг. Сдайте квартиру в исправном состоянии с учетом нормального износа. Жалобу подают в уполномоченный орган.',
    expected: [{ text: 'уполномоченный орган', occurrence: 2 }],
  },
  {
    // The names of procedures and fields with no shorter word are terms: not long words. Others stay.
    rule: 'ru/long-word',
    text: 'Переоформление лицензии занимает три дня. Сведения вносят при его реорганизации. Оплатите вовремя во избежание приостановления деятельности. Закрыты школы в период эпидемического неблагополучия и эпидемиологической угрозы. Тарифы на водоотведение выросли. Граждане получат компенсационные выплаты.',
    expected: [{ text: 'компенсационные' }],
  },
  {
    // Before a noun in the prepositional «в дальнейшем» is the adjective («в дальнейшем рассмотрении»): plain.
    rule: 'ru/officialese',
    text: 'Лицензиар отказывает в дальнейшем рассмотрении заявления. В дальнейшем используйте портал.',
    expected: [{ text: 'В дальнейшем', suggestion: 'Потом' }],
  },
  {
    // «Вправе» takes «может», «могут» after the subjects of licensing and utility notices too; after an object
    // («Жалобу вправе подать») the subject follows: nothing to paste.
    rule: 'ru/officialese',
    text: 'Лицензиат вправе обжаловать решение. Поставщики вправе не продлевать договор. Жалобу вправе подать поставщик.',
    expected: [
      { text: 'вправе', suggestion: 'может' },
      { text: 'вправе', occurrence: 2, suggestion: 'могут' },
      { text: 'вправе', occurrence: 3, suggestion: null },
    ],
  },
  {
    // «Надлежащий» is "proper": «должный», never «нужный» ("needed").
    rule: 'ru/officialese',
    text: 'Акимат обеспечит надлежащее рассмотрение обращения. Нарушено надлежащее качество услуг.',
    expected: [
      { text: 'надлежащее', suggestion: 'должное' },
      { text: 'надлежащее', occurrence: 2, suggestion: 'должное' },
    ],
  },
  {
    // «Работ» is plural, the works: the paste keeps number and case; the nominative would leave its verb in
    // the singular; «работы», «работу» stay singular.
    rule: 'ru/officialese',
    text: 'На время проведения работ движение закрыто. Вопросы по проведению работ. Проведение работ займёт неделю. Проведение работы займёт неделю.',
    expected: [
      { text: 'проведения работ', suggestion: 'работ' },
      { text: 'проведению работ', suggestion: 'работам' },
      { text: 'Проведение работ', suggestion: null },
      { text: 'Проведение работы', suggestion: 'Работа' },
    ],
  },
  {
    // Where the sentence asks the reader to act, the reader is the one who finds: no impersonal «если найдут»
    // (the first, opening the chain «выявления аварийных ситуаций», is the chain's finding).
    rule: 'ru/officialese',
    text: 'В случае выявления аварийных ситуаций просим сообщать в диспетчерскую. В случае выявления утечки сообщите диспетчеру. В случае выявления нарушений акимат штрафует.',
    expected: [
      { text: 'В случае выявления', occurrence: 2, suggestion: null },
      { text: 'В случае выявления нарушений', suggestion: 'Если найдут нарушения,' },
    ],
  },
  {
    // «После подачи» keeps «после»; after a noun the clause would cut it from its genitive: nothing to paste.
    rule: 'ru/officialese',
    text: 'При обнаружении потерянного документа после подачи заявления верните его. Сначала оплатите пошлину, после подачи заявления ждите СМС.',
    expected: [
      { text: 'При обнаружении', suggestion: null },
      { text: 'после подачи заявления', suggestion: null },
      { text: 'после подачи заявления', occurrence: 2, suggestion: 'после того как подадите заявление,' },
    ],
  },
  {
    // «Доступ» takes «к» and the dative: «доступность помощи» (genitive) gets nothing to paste.
    rule: 'ru/officialese',
    text: 'Больница должна обеспечить доступность медицинской помощи. Больница должна обеспечить доступ к помощи.',
    expected: [
      { text: 'обеспечить доступность', suggestion: null },
      { text: 'обеспечить доступ', occurrence: 2, suggestion: 'открыть доступ' },
    ],
  },
  {
    // «Работают по привлечению» is no Russian: before «по» and a verbal noun, nothing to paste.
    rule: 'ru/officialese',
    text: 'В районе проводится работа по привлечению инвесторов. Проводилась работа с семьями.',
    expected: [
      { text: 'проводится работа', suggestion: null },
      { text: 'Проводилась работа', suggestion: 'Работали' },
    ],
  },
  {
    // «Принятие решений» is decision-making, which «решения» does not say; «принятие решения» is «решение».
    rule: 'ru/officialese',
    text: 'Это ускорит процесс принятия решений. Принятие решения займёт день.',
    expected: [
      { text: 'принятия решений', suggestion: null },
      { text: 'Принятие решения', suggestion: 'Решение' },
    ],
  },
  {
    // «Реализуемость» is a noun ("feasibility"): no verb's infinitive to paste.
    rule: 'ru/officialese',
    text: 'Оценена техническая реализуемость проекта. Мы будем реализовать проект.',
    expected: [
      { text: 'реализуемость', suggestion: null },
      { text: 'реализовать', suggestion: 'выполнять' },
    ],
  },
  {
    // The Law on Citizenship's petition is a term of art, and a bare «ходатайство» after it points back to it:
    // «просьба» would rename it.
    rule: 'ru/officialese',
    text: 'Ходатайство о приеме в гражданство рассматривается полгода. Ходатайство подают в акимат.',
    expected: [],
  },
  {
    // The child-care benefit's and leave's name keeps its «в связи с»; leaving for a pension does not.
    rule: 'ru/officialese',
    text: 'Выплата назначается в связи с уходом за ребенком. Он уволился в связи с уходом на пенсию.',
    expected: [{ text: 'в связи с уходом', occurrence: 2, suggestion: 'из-за ухода' }],
  },
  {
    // The Law on Banks' licence is a term of art, not a nominal chain; the same words after a verb are.
    rule: 'ru/nominal-chain',
    text: 'Банк получил лицензию на осуществление отдельных видов банковских операций. Банк начал осуществление отдельных видов банковских операций.',
    expected: [{ text: 'осуществление отдельных видов банковских операций', occurrence: 2 }],
  },
  {
    // The theft of an identity card is the police's term; a real chain stays.
    rule: 'ru/nominal-chain',
    text: 'В случае хищения удостоверения личности обратитесь в полицию. Ждём обеспечения надлежащего рассмотрения обращения.',
    expected: [{ text: 'обеспечения надлежащего рассмотрения обращения' }],
  },
  {
    // The Health Code's and Social Code's terms, a hospital's equipment, independent work and its departments'
    // names have no shorter word; a hospital admission alone does.
    rule: 'ru/long-word',
    text: 'Пособие по временной нетрудоспособности платит работодатель. Нужна квалифицированная медицинская помощь. Плановая госпитализация идёт по направлению. Больница закупила оборудование. Врачи работают самостоятельно. Открыто кардиологическое и консультативно-диагностическое отделения. Госпитализация идёт по направлению.',
    expected: [{ text: 'Госпитализация' }],
  },
  {
    // A public hospital's legal form («ГКП на ПХВ») is as well known as «АО»; «ЦОН» still wants spelling out.
    rule: 'ru/undefined-abbreviation',
    text: 'ГКП на ПХВ «Городская больница» работает с ЦОН.',
    expected: [{ text: 'ЦОН' }],
  },
  {
    // The state of equipment names no action: «оснащена», «укомплектовано»; an extended term is one.
    rule: 'ru/passive-short-participle',
    text: 'Больница оснащена новым оборудованием. Отделение укомплектовано кадрами. Срок продлён.',
    expected: [{ text: 'продлён', suggestion: 'продлили' }],
  },
  {
    // «Абонентский номер» is the phone number in each case; a mobile one keeps its own entry. «Установленного
    // образца» is «по форме»; «ввод в эксплуатацию» is an opening or a start, which only the text says.
    rule: 'ru/officialese',
    text: 'Подайте заявление установленного образца. Ввод в эксплуатацию намечен на май. Звонок с абонентского номера. Укажите абонентский номер сотовой связи.',
    expected: [
      { text: 'установленного образца', suggestion: 'по форме' },
      { text: 'Ввод в эксплуатацию', suggestion: null },
      { text: 'абонентского номера', suggestion: 'номера телефона' },
      { text: 'абонентский номер сотовой связи', suggestion: 'номер мобильного телефона' },
    ],
  },
  {
    // «Произвести запас воды» is «запастись водой», its object recased; with no object, nothing to paste.
    rule: 'ru/officialese',
    text: 'Нужно произвести запас питьевой воды. Нужно произвести запас.',
    expected: [
      { text: 'произвести запас питьевой воды', suggestion: 'запастись питьевой водой' },
      { text: 'произвести запас', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A compound of words typed in capitals is a heading's word, not an abbreviation («ПРЕСС-РЕЛИЗ»); one with a
    // short part is an abbreviation's («ДКС-ГРАД»).
    rule: 'ru/undefined-abbreviation',
    text: 'ПРЕСС-РЕЛИЗ\n\nАкимат открыл школу. Подрядчик ДКС-ГРАД закончил работы.',
    expected: [{ text: 'ДКС' }],
  },
  {
    // A term of terms.ts counts as one noun in a chain, as the chain's own terms did («регистрация рождения»):
    // one list serves the chain and the terms filter. A verbal noun that is no term keeps the chain.
    rule: 'ru/nominal-chain',
    text: 'Мы ждем ускорения регистрации рождения. Мы ждем ускорения регистрации обращения.',
    expected: [{ text: 'ускорения регистрации обращения' }],
  },
  {
    // A verbal noun without a suffix heads a chain as one in «-ние» does («с переносом выполнения работ»); its
    // chain still needs a second verbal noun («перенос сроков сдачи» has none).
    rule: 'ru/nominal-chain',
    text: 'Работодатель изменит режим труда с переносом выполнения работ на утро. Перенос сроков сдачи проекта возможен.',
    expected: [{ text: 'переносом выполнения работ' }],
  },
  {
    // A short participle ends a chain, masculine («составлен») as well as plural («определены»): it is the
    // predicate, not a genitive noun; a genitive plural without ending («стран») continues it.
    rule: 'ru/nominal-chain',
    text: 'План проведения проверок субъектов предпринимательства составлен в январе. Сроки устранения нарушений организаций определены комиссией. Для развития образования стран нужен план.',
    expected: [
      { text: 'проведения проверок субъектов предпринимательства' },
      { text: 'устранения нарушений организаций' },
      { text: 'развития образования стран' },
    ],
  },
  {
    // «там, где вы живёте» and «если не придёте» speak to the reader: in a sentence said of someone else
    // («Граждане … вправе обратиться») the «вы» would break the person, so no paste there; after the office it
    // names, «по месту жительства» is then its competence, not flagged.
    rule: 'ru/officialese',
    text: 'Граждане вправе обратиться в центр по месту жительства. Вы можете обратиться в центр по месту жительства. В случае неявки безработный снимается с учета. В случае неявки, вы можете записаться снова.',
    expected: [
      { text: 'вправе', suggestion: 'могут' },
      { text: 'по месту жительства', occurrence: 2, suggestion: 'там, где вы живете' },
      { text: 'В случае неявки', suggestion: null },
      { text: 'В случае неявки', occurrence: 2, suggestion: 'Если не придете' },
    ],
  },
  {
    // A genitive joined to the finding's last noun after it («документов, аудио- и видеозаписей», «неявки …, а
    // также отказа») would stay behind in the genitive after a paste that recases it or ends in a verb.
    rule: 'ru/officialese',
    text: 'При наличии документов, аудио- и видеозаписей приложите их. При наличии документов приложите их. В случае неявки по вызову, а также отказа от работы, вы можете записаться снова.',
    expected: [
      { text: 'При наличии документов', suggestion: null },
      { text: 'При наличии документов', occurrence: 2, suggestion: 'Если есть документы,' },
      { text: 'В случае неявки', suggestion: null },
    ],
  },
  {
    // A «деятельность» is «ведут»: with an adjective between, the participle alone was offered «проводящее».
    rule: 'ru/officialese',
    text: 'Безработным признается лицо, осуществляющее предпринимательскую деятельность. Организации, осуществляющие контроль, отчитываются.',
    expected: [
      { text: 'осуществляющее', suggestion: 'ведущее' },
      { text: 'осуществляющие контроль', suggestion: 'контролирующие' },
    ],
  },
  {
    // Handed in to an organisation: «дать акты в ТОО» is not Russian; «сдать», «передать в» are.
    rule: 'ru/officialese',
    text: 'Акты готовности нужно предоставить в ТОО «Теплосервис». Мы можем предоставить скидку.',
    expected: [
      { text: 'предоставить', suggestion: 'сдать' },
      { text: 'предоставить', occurrence: 2, suggestion: 'дать' },
    ],
  },
  {
    // «Открыть доступ» takes the dative: before a genitive («доступ работников») nothing to paste.
    rule: 'ru/officialese',
    text: 'Нужно обеспечить доступ работников для осмотра. Нужно обеспечить доступ к информации.',
    expected: [
      { text: 'обеспечить доступ', suggestion: null },
      { text: 'обеспечить доступ', occurrence: 2, suggestion: 'открыть доступ' },
    ],
  },
  {
    // Quality is «плохое», not «неправильное».
    rule: 'ru/officialese',
    text: 'Жалобы о ненадлежащем качестве услуги. Жалобы о ненадлежащем исполнении обязанностей.',
    expected: [
      { text: 'ненадлежащем', suggestion: 'плохом' },
      { text: 'ненадлежащем', occurrence: 2, suggestion: 'неправильном' },
    ],
  },
  {
    // «Предоставление в органы» is handing in: «подачи», not «выдачи», which would have the body issue it.
    rule: 'ru/officialese',
    text: 'Для предоставления в компетентные органы справку заверяют. Для предоставления справки нужен паспорт.',
    expected: [
      { text: 'предоставления', suggestion: 'подачи' },
      { text: 'предоставления', occurrence: 2, suggestion: 'выдачи' },
    ],
  },
  {
    // A dog may be a gift or come from a shelter: «покупка» only where money is spoken of.
    rule: 'ru/officialese',
    text: 'Собаку регистрируют в течение двух месяцев с момента ее приобретения. Стоимость приобретения собак составила 2 млрд тенге.',
    expected: [
      { text: 'с момента', suggestion: 'с' },
      { text: 'приобретения', suggestion: null },
      { text: 'приобретения', occurrence: 2, suggestion: 'покупки' },
    ],
  },
  {
    // A state's legislation is its laws: «по закону Республики Казахстан» would name one Act.
    rule: 'ru/officialese',
    text: 'Нарушение преследуется в соответствии с законодательством Республики Казахстан. Нарушение преследуется в соответствии с законодательством.',
    expected: [
      { text: 'в соответствии с законодательством', suggestion: 'по законам' },
      { text: 'в соответствии с законодательством', occurrence: 2, suggestion: 'по закону' },
    ],
  },
  {
    // Terms of art (terms.ts): third parties, the unemployed status; «в качестве» elsewhere is still flagged.
    rule: 'ru/officialese',
    text: 'Передача ЭЦП третьим лицам опасна. Регистрация в качестве безработного и меры содействия. Он выступил в качестве свидетеля.',
    expected: [{ text: 'в качестве', occurrence: 2, suggestion: null }],
  },
  {
    // Terms of art and words every reader knows have no shorter word: апостилирование, коррупционное
    // правонарушение, уполномоченное лицо, идентификация, собеседование.
    rule: 'ru/long-word',
    text: 'Справка подлежит апостилированию. Это коррупционное правонарушение. Подпись уполномоченного лица. Проведение идентификации животных. Направление на собеседование. Это правонарушение.',
    expected: [{ text: 'правонарушение', occurrence: 2 }],
  },
  {
    // «ветеринарно-санитарная безопасность» is one term: no chain of nouns left after «обеспечения».
    rule: 'ru/nominal-chain',
    text: 'Для обеспечения ветеринарно-санитарной безопасности вакцинируйте собак. Мы ждем обеспечения безопасности движения транспорта.',
    expected: [{ text: 'обеспечения безопасности движения транспорта' }],
  },
  {
    // The Hague Convention's procedure is a term, no jargon: its paste «заверение» did not fit «подлежит».
    rule: 'ru/jargon',
    text: 'Справка подлежит апостилированию.',
    expected: [],
  },
  {
    // A light verb in each aspect's infinitive and its action noun, the object in the accusative: «произвести
    // отзыв свидетельства» → «отозвать свидетельство», «осуществлять сдачу документов» → «сдавать»; another
    // form, nothing to paste. «Явка» before a place is «являться»; before whose it is, nothing.
    rule: 'ru/officialese',
    text: 'Нужно произвести отзыв регистрационного свидетельства. Нужно осуществить установку. Нужно осуществлять сдачу документов. Нужно осуществлять явку в центр. Нужно осуществлять явку представителя.',
    expected: [
      {
        text: 'произвести отзыв регистрационного свидетельства',
        suggestion: 'отозвать регистрационное свидетельство',
      },
      { text: 'осуществить установку', suggestion: 'установить' },
      { text: 'осуществлять сдачу документов', suggestion: 'сдавать документы' },
      { text: 'осуществлять явку', suggestion: 'являться' },
      { text: 'осуществлять явку', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A term named by an adjective of days is the days: «в трехдневный срок» → «за три дня»; the adjective
    // alone is not flagged.
    rule: 'ru/officialese',
    text: 'Собаку нужно зарегистрировать в трехдневный срок. Работа заняла месячный срок.',
    expected: [{ text: 'в трехдневный срок', suggestion: 'за три дня' }],
  },
  {
    // An action noun joined after the finding's complement («сканирования QR-кода либо ввода номера») would stay
    // in the genitive after «через сканирование»: «с помощью», which keeps the genitive, is offered.
    rule: 'ru/officialese',
    text: 'Справку проверяют путем сканирования QR-кода либо ввода номера. Справку проверяют путем сканирования QR-кода.',
    expected: [
      { text: 'путем сканирования', suggestion: 'с помощью сканирования' },
      { text: 'путем сканирования', occurrence: 2, suggestion: 'через сканирование' },
    ],
  },
  {
    // «Оплата за» mixes «оплатить что» and «платить за»: the charge is «плата за»; a period paid for keeps it.
    // «в порядке, установленном» + any body is flagged with nothing to paste, as with «законодательством».
    rule: 'ru/officialese',
    text: 'Оплата за услугу взимается ежемесячно. Квитанцию на оплату за май вы получите. Они поощряются в порядке, установленном Правительством. Их рассматривают в порядке очереди.',
    expected: [
      { text: 'Оплата за', suggestion: 'Плата за' },
      { text: 'взимается', suggestion: 'берется' },
      { text: 'в порядке', suggestion: null },
      { text: 'в порядке очереди', suggestion: 'по очереди' },
    ],
  },
  {
    // «О» after «по вопросам» only after a word of speech or knowledge; help is given «по составлению».
    rule: 'ru/officialese',
    text: 'Юристы не помогают по вопросам составления договоров. Специалист консультирует граждан по вопросам оплаты.',
    expected: [
      { text: 'по вопросам составления', suggestion: 'по составлению' },
      { text: 'по вопросам оплаты', suggestion: 'об оплате' },
    ],
  },
  {
    // Organisations work under an order, as under a programme: «по заказу» first; an event keeps «во время».
    rule: 'ru/officialese',
    text: 'Они работают в рамках государственного социального заказа. Мы встретились в рамках визита.',
    expected: [
      {
        text: 'в рамках государственного социального заказа',
        suggestion: 'по государственному социальному заказу',
      },
      { text: 'в рамках', occurrence: 2, suggestion: 'во время' },
    ],
  },
  {
    // «Принятие решения» as the subject of an empty verb: «решение производится» is no Russian, nothing to
    // paste; as the subject of another verb it is «решение».
    rule: 'ru/officialese',
    text: 'Принятие решения производится по результатам оценки. Принятие решения занимает пять дней.',
    expected: [
      { text: 'Принятие решения', suggestion: null },
      { text: 'Принятие решения', occurrence: 2, suggestion: 'Решение' },
    ],
  },
  {
    // A negated participle past a comma agrees with the replaced noun: «машины, не прошедшего» breaks it; one
    // that agrees with another noun («Владелец …, не имеющий») keeps the paste.
    rule: 'ru/officialese',
    text: 'Ремонт транспортного средства, не прошедшего осмотр, оплачивает владелец. Владелец транспортного средства, не имеющий полиса, платит штраф.',
    expected: [
      { text: 'транспортного средства', suggestion: null },
      { text: 'транспортного средства', occurrence: 2, suggestion: 'машины' },
    ],
  },
  {
    // «Лица, осуществляющие надзор» may be firms: no «людей»; «лиц, относящихся к группам риска» are people.
    rule: 'ru/officialese',
    text: 'Акт подписывают с участием лиц, осуществляющих авторский надзор. Прививки нужны для лиц, относящихся к группам риска.',
    expected: [
      { text: 'осуществляющих', suggestion: 'проводящих' },
      { text: 'лиц', occurrence: 2, suggestion: 'людей' },
    ],
  },
  {
    // The Law on Road Traffic's vehicles, the registration certificate and the compulsory motor insurance keep
    // their names; a parking ban's «транспортных средств» is plain «машин».
    rule: 'ru/officialese',
    text: 'Осмотр механических транспортных средств обязателен. Возьмите свидетельство о регистрации транспортного средства. Нужен полис обязательного страхования гражданско-правовой ответственности владельцев транспортных средств. Стоянка транспортных средств запрещена.',
    expected: [{ text: 'транспортных средств', occurrence: 3, suggestion: 'машин' }],
  },
  {
    // The Land Code's «предоставление права на земельный участок» and the Law on Legal Aid's kinds of aid are
    // names; «о предоставлении справки» is still flagged.
    rule: 'ru/officialese',
    text: 'Подайте заявление о предоставлении права на земельный участок. Помощь включает правовое информирование. Подайте заявление о предоставлении справки.',
    expected: [{ text: 'предоставлении', occurrence: 2, suggestion: 'выдаче' }],
  },
  {
    // Named documents and a measure of medicine count as one noun; «измерение уровня загрязнения воздуха» is
    // still a chain. «По завершении» is "after": the chain starts past it, and a line break before a capital ends
    // one.
    rule: 'ru/nominal-chain',
    text: 'Получение архитектурно-планировочного задания платное. Нужно заключение медицинской организации о нуждаемости. Услуги: измерение артериального давления. Проводится измерение уровня загрязнения воздуха. По завершении строительства приемка построенного объекта проводится комиссией. Порядок обеспечения реализации\nМероприятия утверждены. Порядок обеспечения реализации мероприятий программы утвержден.',
    expected: [
      { text: 'измерение уровня загрязнения воздуха' },
      { text: 'обеспечения реализации мероприятий программы' },
    ],
  },
  {
    // Statuses and words with no shorter twin are not long words; a passive's finding covers its long verb
    // («устанавливается»); «электрификация» is still flagged.
    rule: 'ru/long-word',
    text: 'Размер платы устанавливается акиматом. Военнообязанные проходят профессионально-психологический отбор. Совершеннолетнее лицо проходит психологическую подготовку. Гарантированный объем социально-психологических услуг. Способность к самообслуживанию. Копии правоустанавливающих документов. Услуги негосударственных организаций. В районе идет электрификация.',
    expected: [{ text: 'электрификация' }],
  },
  {
    // «Настоящий» before a page, a guide or a leaflet is «этот»; «настоящий друг» is a real one.
    rule: 'ru/officialese',
    text: 'Настоящая страница содержит сведения об опеке. Настоящей памяткой мы напоминаем о сроках. Это настоящий друг.',
    expected: [
      { text: 'Настоящая', suggestion: 'Эта' },
      { text: 'Настоящей', suggestion: 'Этой' },
    ],
  },
  {
    // A request to the reader is the imperative; «в режиме реального времени» is «в реальном времени»;
    // «Лица, желающие …» are «те, кто хочет …», a rebuilt clause: nothing to paste.
    rule: 'ru/officialese',
    text: 'С вопросами просим обращаться в отдел. Просим обратиться в акимат. Карта обновляется в режиме реального времени. Лица, желающие принять ребенка, проходят подготовку.',
    expected: [
      { text: 'просим обращаться', suggestion: 'обращайтесь' },
      { text: 'Просим обратиться', suggestion: 'Обратитесь' },
      { text: 'в режиме реального времени', suggestion: 'в реальном времени' },
      { text: 'Лица', suggestion: null },
    ],
  },
  {
    // «Разъясняется», «признаются» and a consultation «оказывается» are passives; «признаётся в ошибке»
    // confesses, and «оказывается полезной» turns out. A doer in the instrumental before the verb is said in
    // the active; a manner («Таким образом») is no doer.
    rule: 'ru/passive-reflexive',
    text: 'Гражданам разъясняется порядок. Причинами неявки признаются: болезнь, командировка. Он признается в ошибке. Консультация оказывается в день обращения. Консультация оказывается полезной. Заказчиком подается заявление в акимат. Таким образом подается заявление.',
    expected: [
      { text: 'разъясняется', suggestion: null },
      { text: 'признаются', suggestion: null },
      { text: 'Консультация оказывается', suggestion: 'Консультацию оказывают' },
      { text: 'Заказчиком подается заявление', suggestion: 'Заказчик подает заявление' },
      { text: 'подается', occurrence: 2, suggestion: null },
    ],
  },
  {
    // An adverb in «-но» («бесплатно») is no neuter noun: «бесплатна» after «в качестве безработного» is no
    // part of the carried phrase, and the term keeps the words; «в качестве доказательства» is still «как
    // доказательство».
    rule: 'ru/officialese',
    text: 'Регистрация в качестве безработного бесплатна. Документ служит в качестве доказательства.',
    expected: [{ text: 'в качестве доказательства', suggestion: 'как доказательство' }],
  },
  {
    // «В срок не более» is flagged with nothing to paste: a process's length and a deadline want other words.
    // «в срок до» is still «до».
    rule: 'ru/officialese',
    text: 'Справку выдают в срок не более трех рабочих дней. Подайте документы в срок до 1 мая.',
    expected: [
      { text: 'в срок не более', suggestion: null },
      { text: 'в срок до', suggestion: 'до' },
    ],
  },
  {
    // Auction, tender and contest bidders include companies: «лицам» there has nothing to paste; elsewhere
    // «лицам, нуждающимся» are still «людям».
    rule: 'ru/officialese',
    text: 'Для участия в аукционе лицам, изъявившим желание, нужно пройти регистрацию. Помощь дают лицам, нуждающимся в уходе.',
    expected: [
      { text: 'лицам', suggestion: null },
      { text: 'изъявившим желание', suggestion: 'желающим' },
      { text: 'лицам', occurrence: 2, suggestion: 'людям' },
    ],
  },
  {
    // A text that names «физических или юридических лиц» means both by a bare «лица» later: «людям» would leave
    // the companies out.
    rule: 'ru/officialese',
    text: 'Помощь получают физические или юридические лица. Помощь дают лицам, нуждающимся в уходе.',
    expected: [{ text: 'лицам', suggestion: null }],
  },
  {
    // Debtors include companies, as licence holders do: no «людям» for «лицам, имеющим задолженность».
    rule: 'ru/officialese',
    text: 'Помощь не дают лицам, имеющим задолженность по налогам. Помощь дают лицам, имеющим детей.',
    expected: [{ text: 'лицам', occurrence: 2, suggestion: 'людям' }],
  },
  {
    // A preposition the paste drops, repeated after «а также», would be left with no verb: nothing to paste.
    rule: 'ru/officialese',
    text: 'Ознакомиться с документацией участка, а также с условиями аукциона можно в кабинете 204. Ознакомиться с документацией можно в кабинете 204.',
    expected: [
      { text: 'Ознакомиться с документацией', suggestion: null },
      { text: 'Ознакомиться с документацией', occurrence: 2, suggestion: 'Прочитать документацию' },
    ],
  },
  {
    // An adjective the word lists lack is carried as an adjective before its noun, never read as a noun in «-а».
    rule: 'ru/officialese',
    text: 'Число поездок определяют в соответствии с индивидуальной программой абилитации. Работу ведут в соответствии с законом.',
    expected: [
      { text: 'в соответствии с индивидуальной программой', suggestion: 'по индивидуальной программе' },
      { text: 'в соответствии с законом', suggestion: 'по закону' },
    ],
  },
  {
    // «в рамках организации» would read as a body after «в»: nothing to paste; a project is still «в проекте».
    rule: 'ru/officialese',
    text: 'Путевки дают в рамках организации летнего отдыха. Путевки дают в рамках проекта летнего отдыха.',
    expected: [
      { text: 'в рамках', suggestion: null },
      { text: 'в рамках проекта', suggestion: 'в проекте' },
    ],
  },
  {
    // «при отсутствии» in brackets is «если нет»; right after a noun, nothing; after a verb, still «без».
    rule: 'ru/officialese',
    text: 'Нужна копия (при отсутствии сведений в базе). Нужна копия свидетельства при отсутствии сведений в базе. В выдаче откажут при отсутствии документов.',
    expected: [
      { text: 'при отсутствии', suggestion: 'если нет' },
      { text: 'при отсутствии', occurrence: 2, suggestion: null },
      { text: 'при отсутствии', occurrence: 3, suggestion: 'без' },
    ],
  },
  {
    // «Объяснять» wants what is explained: not before «среди»; before «о» it stays.
    rule: 'ru/officialese',
    text: 'Просим провести разъяснительную работу среди пожилых родственников. Нужно провести разъяснительную работу о мерах безопасности.',
    expected: [
      { text: 'провести разъяснительную работу', suggestion: null },
      { text: 'провести разъяснительную работу', occurrence: 2, suggestion: 'объяснять' },
    ],
  },
  {
    // Names of the law («право временного возмездного землепользования», «опознавательный знак», «индивидуальная
    // программа абилитации и реабилитации», «единовременное пособие на погребение») and everyday words
    // («неиспользованные», «финансирование») are not long words to replace; «единовременное» alone still is.
    rule: 'ru/long-word',
    text: 'Аукцион по продаже права временного возмездного землепользования на участок. Для получения опознавательного знака обратитесь в отдел. Семье дают единовременное пособие на погребение. Поездки по индивидуальной программе абилитации и реабилитации. Неиспользованные путевки вернут. Его финансирование закрыто. Семье дают единовременное пособие при рождении.',
    expected: [{ text: 'единовременное', occurrence: 2 }],
  },
  {
    // «по месту жительства» after the office it names is the office's competence: not flagged; said of someone
    // else with no office before it, still flagged with nothing to paste.
    rule: 'ru/officialese',
    text: 'Для этого заявителю нужно обратиться в отдел занятости и социальных программ по месту жительства. Граждане вправе обратиться по месту жительства.',
    expected: [
      { text: 'вправе', suggestion: 'могут' },
      { text: 'по месту жительства', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A chain does not begin inside the term «место нахождения», nor take in a subject before «обязан», nor run
    // inside words quoted as said; a chain of the writer's own stays.
    rule: 'ru/nominal-chain',
    text: 'Справки дают по месту нахождения медицинской организации. После завершения обучения стипендиат обязан вернуться. Под предлогом «проведения следственных мероприятий» они просят деньги. Деньги нужны для обеспечения реализации мер поддержки.',
    expected: [{ text: 'обеспечения реализации мер поддержки' }],
  },
  {
    // Impostors «представляются сотрудниками»: they pose as someone, no passive; documents presented by an
    // applicant are.
    rule: 'ru/passive-reflexive',
    text: 'Осторожно: мошенники представляются сотрудниками полиции. Документы представляются заявителем.',
    expected: [{ text: 'представляются', occurrence: 2, suggestion: null }],
  },
  {
    // A state service's quoted name after «услуги» is its title: nothing flagged inside; outside, still flagged.
    rule: 'ru/officialese',
    text: 'Путевки выдают через услугу «Предоставление путевок детям в лагеря». Предоставление путевок детям идет весь год.',
    expected: [{ text: 'Предоставление', occurrence: 2, suggestion: 'Выдача' }],
  },
  {
    // «Осуществлять звонки» is «звонить», video calls «звонить по видеосвязи».
    rule: 'ru/officialese',
    text: 'Злоумышленники осуществляют звонки через мессенджеры. Они осуществляют видеозвонки из офиса.',
    expected: [
      { text: 'осуществляют звонки', suggestion: 'звонят' },
      { text: 'осуществляют видеозвонки', suggestion: 'звонят по видеосвязи' },
    ],
  },
  {
    // Misses of a scam warning and an auction notice: each has its everyday wording in the same form.
    rule: 'ru/officialese',
    text: 'Полиция обращает внимание граждан на то, что сотрудники не звонят. Пожилые люди наиболее часто становятся жертвами. Не сообщайте посторонним лицам код. Сведения приходят в автоматическом режиме. Итоги объявят в день проведения торгов. Желающим, изъявившим желание участвовать, нужно прийти. Люди приходят в форменной одежде.',
    expected: [
      { text: 'обращает внимание граждан на то', suggestion: 'напоминает' },
      { text: 'наиболее часто', suggestion: 'чаще всего' },
      { text: 'посторонним лицам', suggestion: 'посторонним людям' },
      { text: 'в автоматическом режиме', suggestion: 'автоматически' },
      { text: 'в день проведения', suggestion: 'в день' },
      { text: 'изъявившим желание', suggestion: 'желающим' },
      { text: 'в форменной одежде', suggestion: 'в форме' },
    ],
  },
  {
    // «обращает внимание граждан на то» without «, что» after it is no reminder: left alone.
    rule: 'ru/officialese',
    text: 'Он обращает внимание граждан на то окно.',
    expected: [],
  },
  {
    // «Пройти авторизацию» is «войти» («пройти вход» is not Russian); another form of «пройти» has no paste, and
    // the noun alone keeps «вход».
    rule: 'ru/jargon',
    text: 'Нужно установить приложение, пройти авторизацию посредством ИИН. Прошедшие авторизацию пользователи видят всё. Для авторизации введите пароль.',
    expected: [
      { text: 'пройти авторизацию', suggestion: 'войти' },
      { text: 'авторизацию', occurrence: 2, suggestion: null },
      { text: 'авторизации', suggestion: 'входа' },
    ],
  },
  {
    // A reflexive joined by «и» past five words shares the subject: «Обращение регистрируют … и направляется» would
    // leave it none. Alone, the impersonal stays.
    rule: 'ru/passive-reflexive',
    text: 'Обращение в автоматическом порядке регистрируется в Единой информационной системе и направляется в учреждение. Заявление регистрируется в журнале в день поступления.',
    expected: [
      { text: 'регистрируется', suggestion: null },
      { text: 'направляется', suggestion: null },
      { text: 'регистрируется', occurrence: 2, suggestion: 'регистрируют' },
    ],
  },
  {
    // A modal or a present joined by «и» shares the subject too: «Жалобу подают … и должна содержать» would leave
    // it none. An «и» that joins no predicate keeps the impersonal.
    rule: 'ru/passive-reflexive',
    text: 'Жалоба подается в письменной или электронной форме и должна содержать фамилию. Справки выдаются в письменной или электронной форме и действуют месяц. Жалоба подается в письменной или электронной форме и в акимат района.',
    expected: [
      { text: 'подается', suggestion: null },
      { text: 'выдаются', suggestion: null },
      { text: 'Жалоба подается', occurrence: 2, suggestion: 'Жалобу подают' },
    ],
  },
  {
    // An infinitive governed by «необходимо» takes no imperative; after «по вопросам …» alone it is the order.
    rule: 'ru/officialese',
    text: 'По вопросам работы приложения необходимо обращаться в контакт-центр. По вопросам приёма обращаться в ЦОН.',
    expected: [
      { text: 'необходимо', suggestion: 'нужно' },
      { text: 'обращаться', occurrence: 2, suggestion: 'обращайтесь' },
    ],
  },
  {
    // Work is done by a Concept («по Концепции»), not inside it; a project keeps «в проекте» first.
    rule: 'ru/officialese',
    text: 'Программа реализуется банком в рамках Концепции развития жилищной инфраструктуры. Работа идёт в рамках проекта.',
    expected: [
      { text: 'реализуется', suggestion: 'выполняется' },
      { text: 'в рамках Концепции', suggestion: 'по Концепции' },
      { text: 'в рамках проекта', suggestion: 'в проекте' },
    ],
  },
  {
    // «Обеспечения» with an instrumental after it («доступным жильем») has no «для»; with a genitive, it has.
    rule: 'ru/officialese',
    text: 'Программа принята в целях обеспечения доступным жильем граждан. Меры приняты в целях обеспечения безопасности.',
    expected: [
      { text: 'в целях обеспечения', suggestion: null },
      { text: 'в целях обеспечения', occurrence: 2, suggestion: 'для' },
    ],
  },
  {
    // The participle past a long complement and two commas still agrees with «Правилами»: «По Правилам …,
    // утвержденными» breaks it. Without the participle the paste stays.
    rule: 'ru/officialese',
    text: 'В соответствии с Правилами въезда и пребывания иммигрантов в Республике Казахстан, а также их выезда из Республики Казахстан, утвержденными постановлением Правительства, лица обязаны встать на учёт. В соответствии с Правилами въезда и пребывания иммигрантов в Республике Казахстан, а также их выезда из Республики Казахстан, лица встают на учёт.',
    expected: [
      { text: 'В соответствии с Правилами', suggestion: null },
      { text: 'обязаны', suggestion: 'должны' },
      { text: 'В соответствии с Правилами', occurrence: 2, suggestion: 'По Правилам' },
    ],
  },
  {
    // A gift or a donation is «безвозмездный» in the legal sense: «бесплатный акт» says another thing.
    rule: 'ru/officialese',
    text: 'Донорство — добровольный и безвозмездный акт гуманизма. Услуга безвозмездная.',
    expected: [
      { text: 'безвозмездный', suggestion: null },
      { text: 'безвозмездная', suggestion: 'бесплатная' },
    ],
  },
  {
    // Terms of art and a product's name are no chain; a chain of action nouns still is.
    rule: 'ru/nominal-chain',
    text: 'Если дефект представляет угрозу безопасности дорожного движения, звоните. Питание дают ученикам организаций среднего образования. Не используйте эту воду для приготовления детского питания. Важно обеспечение безопасности движения поездов.',
    expected: [{ text: 'обеспечение безопасности движения поездов', suggestion: null }],
  },
  {
    // Everyday words with no shorter one, and the lower-case words of a name after its capital; a long adjective
    // before a noun that is no name's head is still long.
    rule: 'ru/long-word',
    text: 'Гражданин выразил волеизъявление. Проводится обеззараживание сетей у открытых канализационных люков. Учёт ведёт Республиканский координационный центр, а сведения передаются Республиканским координационным центром. Штаты подали в Вашингтоне аналитическую записку консультанта суда.',
    expected: [{ text: 'аналитическую', suggestion: null }],
  },
  {
    // «Считается» with an instrumental is "is deemed", no passive; «считаются по формуле» is counted by someone.
    rule: 'ru/passive-reflexive',
    text: 'После внесения сведений иностранец считается зарегистрированным. Заявление считается поданным. Баллы считаются по формуле.',
    expected: [{ text: 'считаются', suggestion: 'считают' }],
  },
  {
    // Misses of the fifteenth review: «в автоматическом порядке», «представляет угрозу» (not before «для»),
    // «до особого распоряжения» and «особое внимание обращаем» with nothing to paste; «Обращаем внимание на»
    // takes no «Учтите на».
    rule: 'ru/officialese',
    text: 'Заявка попадает в реестр в автоматическом порядке. Воды не будет до особого распоряжения. Дефект представляет угрозу безопасности движения. Яма представляла угрозу для жизни. Особое внимание обращаем на детей. Обращаем внимание на сроки. Обращаем внимание, что срок истёк.',
    expected: [
      { text: 'в автоматическом порядке', suggestion: 'автоматически' },
      { text: 'до особого распоряжения', suggestion: null },
      { text: 'представляет угрозу', suggestion: 'угрожает' },
      { text: 'представляла угрозу', suggestion: null },
      { text: 'Особое внимание обращаем', suggestion: null },
      { text: 'Обращаем внимание', suggestion: null },
      { text: 'Обращаем внимание', occurrence: 2, suggestion: 'Учтите' },
    ],
  },
  {
    // «Вправе» takes the person of a subject set off from it by a clause between commas, as of one right before
    // it; a noun inside that clause is no subject.
    rule: 'ru/officialese',
    text: 'Гражданин, достигший совершеннолетия, вправе выразить согласие. Лица, с которыми гражданин работал, вправе обратиться в суд.',
    expected: [
      { text: 'вправе', suggestion: 'может' },
      { text: 'вправе', occurrence: 2, suggestion: null },
    ],
  },
  {
    // «составляет» joined by «и» to a verb before it has no subject of its own for the dash («определяется
    // органом и — от…»); right after its subject it takes the dash.
    rule: 'ru/officialese',
    text: 'Размер пособия определяется органом и составляет от 16,03 до 53,4 МРП. Размер пособия составляет от 16,03 до 53,4 МРП.',
    expected: [
      { text: 'составляет', suggestion: null },
      { text: 'составляет', occurrence: 2, suggestion: '—' },
    ],
  },
  {
    // «является X … и влечёт»: a dash would share its subject with a verb; alone it still takes the dash.
    rule: 'ru/officialese',
    text: 'Такое действие является нарушением закона и влечёт штраф. Такое действие является нарушением закона.',
    expected: [
      { text: 'является', suggestion: null },
      { text: 'влечёт штраф', suggestion: 'ведёт к штрафу' },
      { text: 'является нарушением', occurrence: 2, suggestion: '— нарушение' },
    ],
  },
  {
    // «проведение ремонтных работ» is «ремонт» with «работ» taken in; not past «ремонтных и строительных», nor
    // before a participle agreeing with «работ», nor as a subject whose predicate agrees with «проведение».
    rule: 'ru/officialese',
    text: 'Разрешено проведение ремонтных и строительных работ. Для проведения ремонтных работ обратитесь в КСК. Проведение ремонтных работ, сопровождающихся шумом, запрещено. Для проведения ремонта обратитесь в КСК.',
    expected: [
      { text: 'проведение ремонтных', suggestion: null },
      { text: 'проведения ремонтных работ', suggestion: 'ремонта' },
      { text: 'Проведение ремонтных работ', suggestion: null },
      { text: 'проведения ремонта', suggestion: 'ремонта' },
    ],
  },
  {
    // An identity paper is brought and shown, not handed in; other papers are handed in.
    rule: 'ru/officialese',
    text: 'Для записи необходимо предоставить удостоверение личности. Для записи необходимо предоставить документы.',
    expected: [
      { text: 'необходимо', suggestion: 'нужно' },
      { text: 'предоставить удостоверение', suggestion: 'принести удостоверение' },
      { text: 'необходимо', occurrence: 2, suggestion: 'нужно' },
      { text: 'предоставить документы', suggestion: 'подать документы' },
    ],
  },
  {
    // «установленного образца» after a paper that is issued is its official kind, which «по форме» loses; an
    // application on the set form is «по форме».
    rule: 'ru/officialese',
    text: 'Слушателям выдают сертификат установленного образца. Подайте заявление установленного образца.',
    expected: [
      { text: 'установленного образца', suggestion: null },
      { text: 'установленного образца', occurrence: 2, suggestion: 'по форме' },
    ],
  },
  {
    // «при подаче» in a sentence about a named taxpayer has no «вы» to paste; one that speaks to the reader does.
    rule: 'ru/officialese',
    text: 'Вычет получают по выбору налогоплательщика по итогам года при подаче декларации. При подаче заявления укажите ИИН заявителя.',
    expected: [
      { text: 'при подаче', suggestion: null },
      { text: 'При подаче заявления', suggestion: 'Когда подаете заявление,' },
    ],
  },
  {
    // The Hague Apostille Convention's title is a term; a chain of action nouns beside it still is a chain.
    rule: 'ru/nominal-chain',
    text: 'Казахстан участвует в Конвенции, отменяющей требование легализации иностранных официальных документов. Важно обеспечение безопасности движения поездов.',
    expected: [{ text: 'обеспечение безопасности движения поездов', suggestion: null }],
  },
  {
    // Misses of the nineteenth review: «а равно», «во внеочередном порядке», a time of day by «время», «для
    // взрослого населения» (not after a modifier, nor as a subject), «фактически произведённые расходы».
    rule: 'ru/officialese',
    text: 'Продажа несовершеннолетним, а равно в период запрета, запрещена. Заявку рассмотрят во внеочередном порядке. В ночное время суток шуметь нельзя. Прививки для взрослого населения бесплатны. Прививки для всего взрослого населения бесплатны. Вычет на фактически произведенные расходы.',
    expected: [
      { text: 'а равно', suggestion: 'а также' },
      { text: 'во внеочередном порядке', suggestion: 'вне очереди' },
      { text: 'В ночное время суток', suggestion: 'Ночью' },
      { text: 'взрослого населения', suggestion: 'взрослых' },
      { text: 'взрослого населения', occurrence: 2, suggestion: null },
      { text: 'фактически произведенные расходы', suggestion: 'фактические расходы' },
    ],
  },
  // ru/doubled-number: a number in digits and again in words in brackets; the digits stay, once.
  {
    rule: 'ru/doubled-number',
    text: 'Ответ дадут в течение 5 (пяти) рабочих дней. Штраф — 10 (десять) тысяч тенге, взнос — 5 000 (пять тысяч) тенге, пеня — 5000 (пять тысяч тенге).',
    expected: [
      { text: '5 (пяти)', suggestion: '5' },
      { text: '10 (десять)', suggestion: '10' },
      { text: '5 000 (пять тысяч)', suggestion: '5 000' },
      { text: '5000 (пять тысяч тенге)', suggestion: '5000 тенге' },
    ],
  },
  {
    // Words first, digits in brackets; a year, read in its ordinal; a number of two words in a case form.
    rule: 'ru/doubled-number',
    text: 'Решение примут в течение тридцати (30) дней после 1 (первого) июля 2024 (две тысячи двадцать четвёртого) года, но не позднее 25 (двадцати пяти) дней.',
    expected: [
      { text: 'тридцати (30)', suggestion: '30' },
      { text: '1 (первого)', suggestion: '1' },
      { text: '2024 (две тысячи двадцать четвёртого)', suggestion: '2024' },
      { text: '25 (двадцати пяти)', suggestion: '25' },
    ],
  },
  {
    // A title, a count of something else, words not worth the digits, a phone code: not a number doubled.
    rule: 'ru/doubled-number',
    text: 'Статья 5 (Права граждан) и пункт 2 (два абзаца) остаются. Срок — 5 (шести) дней. Звоните 8 (7172) 74-30-00.',
    expected: [],
  },
  {
    // «Обращаем внимание» with its addressee in the genitive takes no «Учтите» («Учтите пассажиров на то, что…»);
    // before «, что» it does.
    rule: 'ru/officialese',
    text: 'Обращаем внимание пассажиров на то, что поезд отменён. Обращаем внимание граждан: срок истёк. Обращаем внимание, что поезд отменён.',
    expected: [
      { text: 'Обращаем внимание', suggestion: null },
      { text: 'Обращаем внимание', occurrence: 2, suggestion: null },
      { text: 'Обращаем внимание', occurrence: 3, suggestion: 'Учтите' },
    ],
  },
  {
    // An adjective's masculine nominative: a listed «-ой» form may be a feminine oblique case («единой»), so
    // «Единого портала» is «Единый портал», and a familiar «основной» keeps its stressed «-ой».
    rule: 'ru/officialese',
    text: 'Заявление подают посредством Единого портала. Оплату вносят посредством государственного портала. Ответ дают посредством основного счета.',
    expected: [
      { text: 'посредством Единого портала', suggestion: 'через Единый портал' },
      { text: 'посредством государственного портала', suggestion: 'через государственный портал' },
      { text: 'посредством основного счета', suggestion: 'через основной счет' },
    ],
  },
  {
    // A genitive joined by «либо» past the head's genitive complement may be joined to the head: «через» would
    // leave it in the genitive, «с помощью» keeps it. Without a joined noun the phrase is carried.
    rule: 'ru/officialese',
    text: 'Заявление подают посредством официального сайта МВД России либо Единого портала. Заявление подают посредством сайта акимата.',
    expected: [
      { text: 'посредством', suggestion: 'с помощью' },
      { text: 'посредством сайта', suggestion: 'через сайт' },
    ],
  },
  {
    // A doer in the instrumental past the words the active reads leaves no impersonal paste («Проверку проведут
    // … должностными лицами»); without one the active is offered.
    rule: 'ru/passive-short-participle',
    text: 'Проверка будет проведена в период с 1 по 10 марта должностными лицами Управления. Проверка будет проведена в период с 1 по 10 марта в здании Управления.',
    expected: [
      { text: 'проведена', suggestion: null },
      { text: 'Проверка будет проведена', occurrence: 2, suggestion: 'Проверку проведут' },
    ],
  },
  {
    // The adjectives «незамедлительный», «безотлагательный» before a noun get an adjective in its form, the
    // adverbs an adverb («сразу реагирования» was offered).
    rule: 'ru/officialese',
    text: 'Звоните в случае необходимости незамедлительного реагирования. Сообщите незамедлительно. Примите безотлагательные меры. Решите безотлагательно.',
    expected: [
      { text: 'незамедлительного', suggestion: 'немедленного' },
      { text: 'незамедлительно', occurrence: 2, suggestion: 'сразу' },
      { text: 'безотлагательные', suggestion: 'срочные' },
      { text: 'безотлагательно', suggestion: 'сразу' },
    ],
  },
  {
    // Goods «реализуемые» are sold; a programme is carried out.
    rule: 'ru/officialese',
    text: 'Проверьте документы на реализуемую продукцию. Цены на реализуемые пищевые товары растут. Для организаций по реализуемой программе.',
    expected: [
      { text: 'реализуемую', suggestion: 'продаваемую' },
      { text: 'реализуемые', suggestion: 'продаваемые' },
      { text: 'реализуемой', suggestion: 'выполняемой' },
    ],
  },
  {
    // «Полностью» between a noun and its genitive object reads wrong; after a verb's object it pastes.
    rule: 'ru/officialese',
    text: 'Штраф грозит за представление не в полном объёме документов. Оплатите услуги в полном объёме.',
    expected: [
      { text: 'в полном объёме', suggestion: null },
      { text: 'в полном объёме', occurrence: 2, suggestion: 'полностью' },
    ],
  },
  {
    // Checks and measures are «проведены» first; a plan's work «сделано».
    rule: 'ru/officialese',
    text: 'Будут осуществлены осмотр помещений и отбор проб. Проверка будет осуществлена в марте. Строительство будет осуществлено в марте.',
    expected: [
      { text: 'осуществлены', suggestion: 'проведены' },
      { text: 'осуществлена', suggestion: 'проведена' },
      { text: 'осуществлено', suggestion: 'сделано' },
    ],
  },
  {
    // Terms of art: the МФЦ's legal name and the inspection step «истребование документов» take no finding;
    // «истребование» of property in a court still does.
    rule: 'ru/officialese',
    text: 'Заявление можно подать в многофункциональных центрах предоставления государственных и муниципальных услуг (МФЦ). Инспектор проводит истребование документов. Суд рассмотрит истребование имущества.',
    expected: [{ text: 'истребование', occurrence: 2, suggestion: null }],
  },
  {
    // Long words inside terms of art («информированное добровольное согласие», «товарно-сопроводительные
    // документы», the МФЦ's name) are not reported; the same long word elsewhere is.
    rule: 'ru/long-word',
    text: 'Пациент дает информированное добровольное согласие. Продавец хранит товарно-сопроводительные документы. Обратитесь в многофункциональный центр предоставления государственных услуг. Это многофункциональный зал.',
    expected: [{ text: 'многофункциональный', occurrence: 2, suggestion: null }],
  },
  {
    // Terms of the twenty-first review (terms.ts): local self-government, the state environmental review, the
    // rehabilitation measures, customs declaration, the recycling fee. The same long words elsewhere are reported.
    rule: 'ru/long-word',
    text: 'Придут представители органа местного самоуправления. Проект направлен на государственную экологическую экспертизу. Нужно пройти реабилитационные мероприятия. Товары подлежат таможенному декларированию. Уплачивается утилизационный сбор. Это принцип самоуправления. Подайте декларирование доходов.',
    expected: [
      { text: 'самоуправления', occurrence: 2, suggestion: null },
      { text: 'декларирование', suggestion: null },
    ],
  },
  {
    // A title in quotes that opens with a capital is a name («Строительство межмуниципального полигона…»);
    // quoted speech after a colon is not. A term in brackets right after its plain words is kept with them
    // («отсрочка платежа (реструктуризации долга)»); a bracket that opens with a preposition is no gloss.
    rule: 'ru/long-word',
    text: 'Проектная документация «Строительство межмуниципального полигона твердых отходов» доступна. Глава сказал: «Межмуниципального полигона не будет». Подайте заявление об отсрочке платежа (реструктуризации долга). Банк провёл реструктуризацию (по заявлению).',
    expected: [
      { text: 'Межмуниципального', suggestion: null },
      { text: 'реструктуризацию', suggestion: null },
    ],
  },
  {
    // Statutory names count as one noun in a chain (terms.ts): the public discussions of 174-ФЗ, the vehicle's
    // safety certificate, the housing law's managing company (in its app). A chain of actions is still one.
    rule: 'ru/nominal-chain',
    text: 'Извещение о проведении общественных обсуждений. Форма проведения общественных слушаний: очная. Нужно свидетельство о безопасности конструкции транспортного средства. Платите в мобильном приложении управляющей организации. Порядок организации проведения проверки утверждён.',
    expected: [{ text: 'организации проведения проверки', suggestion: null }],
  },
  {
    // The vehicle's passport is a document's name (terms.ts), which «машины» would rename; a vehicle elsewhere
    // is still officialese.
    rule: 'ru/officialese',
    text: 'Выдаётся паспорт транспортного средства. Оформите электронный паспорт транспортного средства. Осмотр транспортного средства проводится бесплатно.',
    expected: [{ text: 'транспортного средства', occurrence: 3 }],
  },
  {
    // The words an abbreviation in brackets spells out are its name: no officialese inside them; the same words
    // elsewhere are reported.
    rule: 'ru/officialese',
    text: 'Сведения вносят в единый реестр транспортных средств (ЕРТС). Реестр хранит данные транспортных средств.',
    expected: [{ text: 'транспортных средств', occurrence: 2 }],
  },
  {
    // Nor is a nominal chain inside such a name reported; the same chain elsewhere is.
    rule: 'ru/nominal-chain',
    text: 'Мы утвердили порядок организации проведения проверок (ПОПП). Мы утвердили порядок организации проведения проверок.',
    expected: [{ text: 'организации проведения проверок', occurrence: 2 }],
  },
  {
    // Misses of the twenty-first review: «на территорию» a country is «в» it (a school's grounds are not
    // reported); «послужило наличие», «следующего за истекшим» have nothing to paste; «до достижения возраста 18
    // лет» is «до 18 лет», before anything but digits nothing to paste.
    rule: 'ru/officialese',
    text: 'Автомобиль ввезён на территорию Российской Федерации. Вход на территорию школы свободный. Основанием для отказа послужило наличие долга. Оплатите до 10-го числа месяца, следующего за истекшим. Пособие платят до достижения возраста 18 лет. Пособие платят до достижения возраста, установленного законом.',
    expected: [
      { text: 'на территорию Российской Федерации', suggestion: 'в Российскую Федерацию' },
      { text: 'послужило наличие', suggestion: null },
      { text: 'следующего за истекшим', suggestion: null },
      { text: 'до достижения возраста', suggestion: 'до' },
      { text: 'до достижения возраста', occurrence: 2, suggestion: null },
    ],
  },
  {
    // «на имя начальника» and «по результатам проведения» are officialese with nothing to paste in place; an
    // account opened «на имя ребёнка» is not reported.
    rule: 'ru/officialese',
    text: 'Жалобу подайте на имя начальника управления. Счёт открыт на имя ребёнка. По результатам проведения регистрационных действий выдают свидетельство.',
    expected: [
      { text: 'на имя', suggestion: null },
      { text: 'По результатам проведения', suggestion: null },
    ],
  },
  {
    // ИНН and СНИЛС are as familiar on a Russian form as ИИН here; ОГРН is not.
    rule: 'ru/undefined-abbreviation',
    // ООО and ОСАГО are names there as ТОО is here.
    text: 'Укажите ИНН и СНИЛС заявителя. Заказчик: ООО «ЭкоСервис». Нужен полис ОСАГО. Укажите ОГРН.',
    expected: [{ text: 'ОГРН', suggestion: null }],
  },
  {
    // Misses of the twentieth review: «остановочные пункты» are «остановки» in their case and number, but not
    // after a word agreeing with them nor as a masculine subject; «излишне уплаченный» is «переплаченный».
    rule: 'ru/officialese',
    text: 'Автобус останавливается на остановочных пунктах. Остановочный пункт перенесён. Дойдите до ближайшего остановочного пункта. Возврат излишне уплаченной суммы налога.',
    expected: [
      { text: 'остановочных пунктах', suggestion: 'остановках' },
      { text: 'Остановочный пункт', suggestion: null },
      { text: 'остановочного пункта', suggestion: null },
      { text: 'излишне уплаченной', suggestion: 'переплаченной' },
    ],
  },
  {
    // «следует обращаться» as an order at a sentence's start or after «по вопросам …» is «обращайтесь»; after
    // an addressee in the dative it is not reported.
    rule: 'ru/officialese',
    text: 'По вопросам получения справки следует обращаться в акимат. Заявителю следует обращаться в акимат. Следует обращаться в акимат.',
    expected: [
      { text: 'следует обращаться', suggestion: 'обращайтесь' },
      { text: 'Следует обращаться', suggestion: 'Обращайтесь' },
    ],
  },
  {
    // Review 22: goods «реализуемые» or whose «реализацию» someone «осуществляет» are sold, also with the goods
    // before the participle across its comma; a programme's «реализация» keeps its own words, and a light verb
    // before a verbal noun in -ция has nothing to paste («делающие реализацию»).
    rule: 'ru/officialese',
    text: 'Физические лица, осуществляющие реализацию сельскохозяйственной продукции, платят налог. Организации, осуществляющие реализацию программы, отчитываются. Товар, реализуемый без разрешения, изымают. Программа, реализуемая акиматом, важна.',
    expected: [
      {
        text: 'осуществляющие реализацию сельскохозяйственной продукции',
        suggestion: 'продающие сельскохозяйственную продукцию',
      },
      { text: 'осуществляющие', occurrence: 2, suggestion: null },
      { text: 'реализацию', occurrence: 2, suggestion: 'выполнение' },
      { text: 'реализуемый', suggestion: 'продаваемый' },
      { text: 'реализуемая', suggestion: 'выполняемая' },
    ],
  },
  {
    // Review 22: animals are brought to the vet, not given away («давать животных» was offered); papers are
    // still handed in. «Вплоть до» is “up to and including”: a bare «до» reads as “before”.
    rule: 'ru/officialese',
    text: 'Владельцы обязаны предоставлять животных для вакцинации. Предоставьте скот для осмотра. Нужно предоставлять документы в ЦОН. Грозит штраф вплоть до конфискации товаров.',
    expected: [
      { text: 'обязаны', suggestion: 'должны' },
      { text: 'предоставлять', suggestion: 'приводить' },
      { text: 'Предоставьте', suggestion: 'Приведите' },
      { text: 'предоставлять документы', suggestion: 'подавать документы' },
      { text: 'вплоть до', suggestion: null },
    ],
  },
  {
    // Review 22: an everyday word of the home and a legal category have no shorter word; another long word is
    // still flagged.
    rule: 'ru/long-word',
    text: 'Не пользуйтесь электроприборами. Ввоз препаратов, содержащих сильнодействующие вещества, запрещён. Сведения конфиденциальными не считаются.',
    expected: [{ text: 'конфиденциальными' }],
  },
  {
    // An organisation's or a property's «место нахождения» is its address; after a registration or an office
    // it names by competence, and the residence, it is a procedure's term. «Приём будет проводиться» is
    // «будут принимать».
    rule: 'ru/officialese',
    text: 'Осмотр проводят по месту нахождения объекта. Встаньте на учёт по месту нахождения. Иск подают в суд по месту нахождения ответчика. Регистрация по месту жительства обязательна. Приём будет проводиться в кабинете 5.',
    expected: [
      { text: 'по месту нахождения', suggestion: 'по адресу' },
      { text: 'Приём будет проводиться', suggestion: 'Будут принимать' },
    ],
  },
  {
    // A text that writes «ё» keeps it in an active built from a plural passive, where no word replaced has one
    // to copy: -давать, -знавать, -ставать stress their ending («передаёт»).
    rule: 'ru/passive-reflexive',
    text: 'Всё готово. Документы передаются заявителем в акимат. Справка выдается центром.',
    expected: [
      { text: 'Документы передаются заявителем', suggestion: 'Заявитель передаёт документы' },
      { text: 'Справка выдается центром', suggestion: 'Центр выдаёт справку' },
    ],
  },
  {
    // A text that never writes «ё» gets «е» in the same actives.
    rule: 'ru/passive-reflexive',
    text: 'Документы передаются заявителем в акимат. Заявления рассматриваются комиссией.',
    expected: [
      { text: 'Документы передаются заявителем', suggestion: 'Заявитель передает документы' },
      { text: 'Заявления рассматриваются комиссией', suggestion: 'Комиссия рассматривает заявления' },
    ],
  },
  {
    // Review 22: «предусмотрена ответственность» hides who punishes, as «влечёт ответственность» does; what a law
    // provides otherwise («предусмотрены льготы») is not flagged.
    rule: 'ru/officialese',
    text: 'За недекларирование товаров предусмотрена административная ответственность. Законом предусмотрены льготы.',
    expected: [{ text: 'предусмотрена административная ответственность', suggestion: null }],
  },
  {
    // Review 22: «при обнаружении» said to the reader is «если заметите», the object in the accusative; said of
    // an inspector, nothing to paste.
    rule: 'ru/officialese',
    text: 'При обнаружении пожара сообщите по телефону 101. При обнаружении нарушений инспектор составляет протокол.',
    expected: [
      { text: 'При обнаружении пожара', suggestion: 'Если заметите пожар,' },
      { text: 'При обнаружении', occurrence: 2, suggestion: null },
    ],
  },
  {
    // Review 23: «на праве собственности» ends at its term, and the participle's object after it is no genitive
    // of it; a maintenance contract's standard name is its subject. A chain round the term, or maintenance
    // outside a contract's name, is still one.
    rule: 'ru/nominal-chain',
    text: 'Плательщики — лица, имеющие на праве собственности объекты налогообложения. Заключается договор на техническое обслуживание газового оборудования. Проверьте дом перед проведением технического обслуживания. Обеспечение реализации права собственности граждан важно.',
    expected: [
      { text: 'проведением технического обслуживания' },
      { text: 'Обеспечение реализации права собственности граждан' },
    ],
  },
  {
    // Review 23: the Land Code's right of permanent land use is a name of its own; the word alone is long.
    rule: 'ru/long-word',
    text: 'Участок принадлежит на праве постоянного землепользования. Порядок землепользования определяет акимат.',
    expected: [{ text: 'землепользования', occurrence: 2 }],
  },
  {
    // Review 23: «при» and a negated verbal noun, or one whose «при» phrase is itself officialese, keeps the hidden
    // verb: nothing to paste; an ordinary noun and a listed negation keep theirs.
    rule: 'ru/officialese',
    text: 'В случае непринятия мер жалоба направляется в управление. В случае получения травмы сообщите координатору. В случае досрочного выезда субсидия возвращается. В случае неуплаты налога начисляется пеня.',
    expected: [
      { text: 'В случае непринятия', suggestion: null },
      { text: 'В случае получения', suggestion: null },
      { text: 'В случае досрочного выезда', suggestion: 'При досрочном выезде' },
      { text: 'В случае неуплаты налога', suggestion: 'Если не уплатить налог,' },
    ],
  },
  {
    // Review 23: after a question word only the dash («Кто это плательщик» asks "who is this payer?"); a
    // programme «реализуется» is not «делается»; «осуществлять трудовую деятельность» is «работать»; information
    // is given, not issued; consent is not «выдано». A certificate is still issued, another activity still «ведут».
    rule: 'ru/officialese',
    text: 'Кто является плательщиком? В регионе реализуется программа переселения. Участник обязан проживать в регионе и осуществлять трудовую деятельность не менее пяти лет. Подробная информация предоставляется по телефону 1414. Справка предоставляется бесплатно. Просмотрите историю предоставленных согласий.',
    expected: [
      { text: 'является плательщиком', suggestion: '— плательщик' },
      { text: 'реализуется', suggestion: 'выполняется' },
      { text: 'обязан', suggestion: 'должен' },
      { text: 'осуществлять трудовую деятельность', suggestion: 'работать' },
      { text: 'предоставляется', suggestion: 'дается' },
      { text: 'предоставляется', occurrence: 2, suggestion: 'дается' },
      { text: 'предоставленных', suggestion: null },
    ],
  },
  {
    // Review 23: «бесплатно» takes along who would pay («бесплатно с участников» dangled), or pastes nothing
    // before a longer phrase; a second right listed after «право на получение …» strands under «может получить»:
    // nothing to paste. Alone, both keep their pastes.
    rule: 'ru/officialese',
    text: 'Полис оформляют без взимания платы с участников. Полис оформляют без взимания платы с участников программы. Полис оформляют без взимания платы. Волонтёр имеет право на получение информации о мероприятии, обеспечение инвентарём. Волонтёр имеет право на получение информации о мероприятии.',
    expected: [
      { text: 'без взимания платы с участников', suggestion: 'бесплатно' },
      { text: 'без взимания платы', occurrence: 2, suggestion: null },
      { text: 'без взимания платы', occurrence: 3, suggestion: 'бесплатно' },
      { text: 'имеет право на получение', suggestion: null },
      { text: 'имеет право на получение информации', occurrence: 2, suggestion: 'может получить информацию' },
    ],
  },
  {
    // Review 24: a land user and the land-survey papers and firms are the Land Code's names; «работодатель» is
    // the everyday word. Another long word is still long.
    rule: 'ru/long-word',
    text: 'Заявление собственника или землепользователя. Ошибка в землеустроительной документации. План готовит землеустроительная организация. Собеседование с работодателями. Землеустроительные работы идут.',
    expected: [{ text: 'Землеустроительные' }],
  },
  {
    // Review 24: a price or a post is no hidden verb; a verbal noun's chain still is.
    rule: 'ru/nominal-chain',
    text: 'Стоимость резидентного разрешения составляет 2000 тенге. Должность главного инспектора свободна. Рассмотрение заявления гражданина идёт неделю.',
    expected: [{ text: 'Рассмотрение заявления гражданина' }],
  },
  {
    // Review 24: a right is given, not issued; an SMS sent is sent «по SMS»; a later feminine genitive after
    // «исходя из» reads as the dative of «по» only, any other keeps no paste; a fixed error is «исправляют».
    // Papers are still issued, a letter is still sent «через отправку», a lone «исходя из» keeps both.
    rule: 'ru/officialese',
    text: 'Право бесплатной парковки предоставляется жителям. Справка предоставляется бесплатно. Оплата путём отправки SMS на номер 7757. Оплата путём отправки письма. Размер определяется исходя из нормы потребления 4 тонн угля на одно домохозяйство в сезон и средней рыночной стоимости угля в районе. Размер определяется исходя из нормы и среднего дохода семьи. Размер определяется исходя из нормы потребления. Исправление реестровой ошибки производится за 15 дней.',
    expected: [
      { text: 'предоставляется', suggestions: ['даётся'] },
      { text: 'предоставляется', occurrence: 2, suggestions: ['даётся', 'выдаётся'] },
      { text: 'путём отправки', suggestions: ['по'] },
      { text: 'путём', occurrence: 2, suggestion: 'с помощью' },
      { text: 'исходя из нормы', suggestions: ['по норме'] },
      { text: 'исходя из', occurrence: 2, suggestion: null },
      { text: 'исходя из нормы', occurrence: 3, suggestions: ['по норме', 'учитывая норму'] },
      { text: 'Исправление реестровой ошибки производится', suggestion: 'Исправляют реестровую ошибку' },
    ],
  },
  {
    // Review 23: a heading's last word is no word before the sentence under it, whose purpose is flagged as
    // alone; a purpose after a notice's noun in the same sentence still qualifies it.
    rule: 'ru/officialese',
    text: 'Получение технических условий\n\nДля получения технических условий обратитесь в акимат.\n\nПеречень условий для получения субсидии утверждён.',
    expected: [
      { text: 'Для получения технических условий', suggestion: 'Чтобы получить технические условия,' },
    ],
  },
  {
    // Review 23: a contract «заключается» is concluded by someone, volunteers «поощряются» by someone; «заключается
    // в том» and a task's «заключается в помощи» consist in something.
    rule: 'ru/passive-reflexive',
    text: 'Затем заключается договор на поставку газа. Договор заключается в письменной форме. Суть заключается в том, что денег нет. Причина, по которой они здесь, заключается в том, что им платят. Задача заключается в помощи семьям. Волонтёры поощряются письмами акимата.',
    expected: [
      { text: 'заключается', suggestion: 'заключают' },
      { text: 'заключается', occurrence: 2, suggestion: 'заключают' },
      { text: 'поощряются' },
    ],
  },
];
