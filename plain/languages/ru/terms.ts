/**
 * Russian terms of art of Kazakhstan's law and administration, which a plain word would rename
 * (`LanguagePack.terms`): «лица, участвующие в деле» include organisations, not only «люди»; a code's name is
 * its title.
 */
export const RUSSIAN_TERMS: readonly string[] = [
  // Civil procedure: the parties and third parties of a case, persons or organisations.
  'лиц* участвующ* в деле',
  // The Code of Administrative Offences and its offences.
  'административн* правонарушени*',
  // Its legislation, named by it after a lower-case «законодательство»: the law's name, kept whole.
  'законодательств* об административн* правонарушени*',
  'законодательств* рк об административн* правонарушени*',
  'законодательств* республики казахстан об административн* правонарушени*',
  // Regulated utilities and the committee that regulates them.
  'естественн* монопол*',
  'регулировани* естественн* монопол*',
  'лини* электропередач*',
  // Procurement: the security a supplier gives for performing the contract.
  'обеспечени* исполнени* контракт*|договор*',
  // A procurement method's statutory name.
  'открыт* конкурс* в электронн* форм*',
  // The Law on Banks' category of non-bank lenders.
  'организаци* осуществляющ* отдельн* вид* банковск* операци*',
  // Persons and legal entities together, the law's pair, which no plain word says at once.
  'физическ* и|или юридическ* лиц*',
  // The Civil Code's and the Law on Civil Service's persons, each a legal status of its own: «человек»,
  // «организация», «сотрудник» would rename it (a company is no «организация» in law, a stateless person is
  // no mere «иностранец», an official is more than a «сотрудник»).
  'физическ* лиц*',
  'юридическ* лиц*',
  'должностн* лиц*',
  'лиц* без гражданства',
  // The public of the Environmental Code's hearings.
  'заинтересованн* общественност*',
  // Medical and social expertise and its named procedure.
  'медико-социальн* экспертиз*',
  'освидетельствовани*',
  'переосвидетельствовани*',
  // The Health Code's permit, field and bodies, and the Entrepreneurial Code's form of state control.
  'санитарно-эпидемиологическ* заключени*|благополучи*|контрол*|надзор*',
  'профилактическ* контрол*',
  // The Code on Marriage and Family's public service, and the registry office's bodies (ЗАГС).
  'регистраци* заключени* брак*',
  'регистраци* акт* гражданск* состояни*',
  // The Law on Public Services' body that assesses and controls them, by its full name.
  'уполномоченн* орган* по оценк* и контрол* за качеств* оказани* государственн* услуг*',
  // The Civil Code's wear a tenant does not answer for, with the words that grant it.
  'с учетом нормальн* износ*',
  // The Law on Permits and Notifications' procedures and sanctions, and the Civil Code's change of a legal
  // entity: names of their own, which no shorter word keeps.
  'переоформлени*|переоформленн*',
  'реорганизаци*',
  'приостановлени* деятельност*',
  // The Health Code's words for epidemics, and a regulated utility service's name.
  'эпидемиологическ*|эпидемическ*',
  'эпидемическ* неблагополучи*',
  'водоотведени*',
  // A library's and the media law's category of publications.
  'периодическ* издани*',
  // The Law on Citizenship's petition, the Social Code's benefit and leave for child care, the Law on Banks'
  // licence, the registry's birth registration: names of their own.
  'ходатайств* о прием* в гражданств*',
  'в связи с уходом за ребенк*',
  'лицензи* на осуществлени* отдельн* вид* банковск* операци*',
  'регистраци* рождени*',
  // The Health Code's and the Social Code's terms: sick leave, the free care the state guarantees, skilled
  // care, a planned admission; and the theft of an identity card the police record.
  'временн* нетрудоспособност*',
  'гарантированн* объем* бесплатн* медицинск* помощ*',
  'квалифицированн* медицинск* помощ*',
  'планов* госпитализаци*',
  'хищени* удостоверени* личност*',
  // The identity card's name, which a nominal chain counts as one noun («Получение удостоверения личности»).
  'удостоверени* личност*',
  // Names a nominal chain counts as one noun, which no verb can replace: the security for an obligation (a
  // deposit or guarantee, as for a contract), a change of residence (a move), a field of safety rules
  // («требования пожарной безопасности» are the fire code), the Housing Relations Law's dwelling.
  'обеспечени* исполнени* заявк*|заявок|обязательств*',
  'изменени* мест|места|место|месте жительств*',
  'пожарн*|техник*|промышленн*|экологическ*|дорожн*|информационн*|транспортн*|санитарн* безопасност*',
  'жилое|жилого|жилому|жилым|жилом|жилые|жилых|жилыми помещени*',
  // The Civil Code's third parties, anyone besides the parties (relatives and colleagues too: «посторонним»
  // narrows it); the Social Code's status and the public service that grants it; the Hague Convention's
  // procedure; the Law on Combating Corruption's offence; a person empowered to act, of any law; the Law on
  // Veterinary's identification of animals, and the НУЦ's biometric one; the veterinary safety it ensures.
  'трет* лиц*',
  'в качестве безработн*',
  'апостилировани*|апостилирован*|апостил*',
  'коррупционн* правонарушени*',
  'уполномоченн* лиц*',
  'идентификаци* животн*',
  'биометрическ* идентификаци*',
  'ветеринарно-санитарн* безопасност*',
  // The Law on Road Traffic's vehicles and their registration certificate, and the compulsory motor insurance
  // (ОГПО ВТС): names of their own, which «машина» would rename.
  'механическ* транспортн* средств*',
  'свидетельств* о регистрации транспортн* средств*',
  'страховани* гражданско-правов* ответственност* владельц* транспортн* средств*',
  // The Land Code's procedure, the Law on Architecture's design brief (АПЗ), the Law on Legal Aid's kinds of
  // aid and the Social Code's document on the need for care: names of their own.
  'предоставлени* прав* на земельн* участ*',
  'архитектурно-планировочн* задани*',
  'правов* информировани*',
  'правов* консультировани*',
  'заключени* медицинск* организаци*',
  // A measure of medicine, no action: «измерение артериального давления» stacks no hidden verbs.
  'артериальн* давлени*',
  // Names of the Land Code, the disability and the funeral benefit laws, which a plain word would rename.
  'прав* временн* возмездн* землепользовани*',
  'временн* возмездн* землепользовани*',
  'прав* постоянн* землепользовани*',
  'постоянн* землепользовани*',
  // The Land Code's land user, a status beside the owner's, and its land-survey papers and the licensed firms
  // that draw them up («землеустроительная документация|организация»): no shorter word names them.
  'землепользовател*',
  'землеустроительн* документаци*|организаци*|проект*|дел*',
  // The Civil Code's right of ownership, which «на праве собственности» grants: the phrase ends at it, and the
  // object of the participle before it («имеющие на праве собственности объекты») is no genitive of it.
  'прав* собственност*',
  // A contract by its standard name («договор на техническое обслуживание газового оборудования»): its subject,
  // which «обслуживать» would not name. Maintenance alone is still an action («перед проведением технического
  // обслуживания»).
  'договор* на техническ* обслуживани*',
  'опознавательн* знак*',
  'индивидуальн* программ* абилитации и реабилитации',
  'индивидуальн* программ* реабилитации',
  'единовременн* пособи* на погребение',
  'мест* нахождения',
  // The Law on Road Traffic's field, the Law on Education's name for a school or college, the Health Code's
  // recorded consent or refusal to donate, and a product's everyday name: no verb or shorter word keeps them.
  'безопасност* дорожн* движени*',
  'организаци* образовани*',
  'организаци* средн*|высш*|техническ*|дошкольн*|дополнительн* образовани*',
  'прижизненн* волеизъявлени*',
  'детск* питани*',
  // The Russian Federation's statutory names: registration at one's residence or stay (each a status of its
  // own), the procedure of registering a sole trader (129-ФЗ), the tax regimes, and the КоАП petition to
  // restore a missed time limit (its «срок» often a pronoun). The registered person may stand
  // between: «регистрация ребёнка по месту жительства».
  'регистраци* по мест* жительств*|пребывани*',
  'регистраци* * по мест* жительств*|пребывани*',
  'в качестве индивидуальн* предпринимател*',
  'упрощенн* систем* налогообложени*',
  'общ* режим* налогообложени*',
  'ходатайств* о восстановлени*',
  'ходатайств* о его|ее восстановлени*',
  // A motion of procedure (УПК, ГПК, КоАП) and the Citizenship Law's petition, which bare mentions point back to:
  // the statutory act, which «просьба» would make an informal request. The noun only: «ходатайствует» is «просит».
  'ходатайство|ходатайства|ходатайству|ходатайством|ходатайстве|ходатайств|ходатайствам|ходатайствами|ходатайствах',
  // The Criminal Code's offence (УК РК, ст. 10), beside the administrative one above.
  'уголовн* правонарушени*',
  // The Law on the agro-industrial complex's producer, companies and cooperatives among them, not only «фермеры».
  'сельскохозяйственн* товаропроизводител*',
  // The Rules on green spaces: the replanting owed for felled trees, and the act of their survey.
  'компенсационн* посадк*',
  'зелен* насаждени*',
  'акт* обследовани* зелен* насаждени*',
  // The Health Code's examination of care, and the Citizenship Law's name for giving it up or losing it.
  'экспертиз* качеств* медицинск* услуг*|помощ*',
  'прекращени* гражданств*',
  'прекращени* иностранн* гражданств*',
  // Civil procedure's and consumer law's formula for granting a claim, with the court or a pronoun between
  // («удовлетворение требований», «в удовлетворении его иска», «при удовлетворении судом требований»).
  'удовлетворени* требовани*|иск*|заявлени*|жалоб*|претензи*',
  'удовлетворени* * требовани*|иск*|заявлени*|жалоб*|претензи*',
  // The Entrepreneurial Code's categories, by which it sets fines and support: «малый бизнес» is no status.
  'субъект* малого|среднего|крупного предпринимательства',
  // The Hague Apostille Convention's title, and the requirement it names: a verb would rename the treaty.
  'конвенци* отменяющ* требовани* легализации иностранн* официальн* документ*',
  'требовани* легализации иностранн* официальн* документ*',
  // The Russian Federation's names: the one-stop public service centre (МФЦ, 210-ФЗ), the consent to medical
  // intervention (323-ФЗ), the inspection step of the Law on State Control (248-ФЗ) and the waybills that
  // go with goods: no plainer words name them.
  'многофункциональн* центр* предоставления государственн* и муниципальн* услуг',
  'многофункциональн* центр* предоставления государственн* услуг',
  'информированн* добровольн* согласи*',
  'истребовани* документ*|сведени*|информаци*',
  'товарно-сопроводительн* документ*',
  // The Russian Federation's procedures and bodies: the public discussions and hearings of the assessment of
  // environmental impact (174-ФЗ), the state environmental review, local self-government (the Constitution),
  // the rehabilitation measures of the disability law (181-ФЗ), customs declaration (ТК ЕАЭС), the recycling
  // fee (89-ФЗ, ст. 24.1), the vehicle's passport and safety certificate (ПТС, ЭПТС, СБКТС), and the housing
  // law's managing company: names of their own, which a plain word or a verb would rename.
  'общественн* обсуждени*|слушани*',
  'государственн* экологическ* экспертиз*',
  'местн* самоуправлени*',
  'реабилитационн* мероприяти*',
  'таможенн* декларировани*',
  'утилизационн* сбор*',
  'паспорт* транспортн* средств*',
  'электронн* паспорт* транспортн* средств*',
  'свидетельств* о безопасност* конструкци* транспортн* средств*',
  'управляющ* организаци*',
];
