/**
 * English terms of art: the names of procedures, tests, legal statuses and services, which a plain word would
 * rename (`LanguagePack.terms`). An editor keeps them and explains them once.
 */
export const ENGLISH_TERMS: readonly string[] = [
  // The Department for Work and Pensions' first step of appeal, named so on every letter and GOV.UK page.
  'mandatory reconsideration*',
  // Education and care: a child's needs beyond the usual (SEND), in Scotland "additional support needs".
  'additional need|needs',
  'additional support need|needs',
  // University admissions (UCAS): an offer with or without conditions still to meet.
  'unconditional|conditional offer*',
  // The residence tests of immigration, benefit, adoption and student finance law.
  'ordinarily resident|residence',
  'habitually resident|residence',
  'habitual residence',
  // A child in a council's care (Children Act 1989): the passive is the legal status, no act to recast.
  'is|are|was|were|be|been|being looked after by the|a|its|their local authority|authorities|council',
  // Social care: the first assessment of a relative as a kinship carer, the Care Act's test for council
  // support, and care given in one's own home.
  'viability assessment*',
  'national eligibility criteria|criterion',
  'domiciliary care',
  // Planning law: works that need no application (the General Permitted Development Order).
  'permitted development*',
  // The award criterion of public procurement law.
  'most economically advantageous',
  // The bowel screening test, whose initials are its name (FIT).
  'faecal|fecal immunochemical test*',
  // School admissions: the statutory criteria for an oversubscribed school.
  'oversubscription criteria|criterion',
  // A legal form of charity in England and Wales.
  'charitable incorporated organisation*|organization*',
  // Kinds of study and student in student finance and admissions.
  'undergraduate|postgraduate course*|degree*|student*|study|studies|level|loan*',
  // Council services named so: help for residents who cannot put their bin out, and others.
  'assisted collection*|bin*|living|dying|digital',
  // The legal step before a marriage or civil partnership in England and Wales, given at a register office.
  'give|gives|gave|given|giving notice of marriage',
  'give|gives|gave|given|giving notice of civil partnership',
  // Insurance for claims by the public, which councils ask of traders and event organisers.
  'public liability insurance|cover|policy|policies',
  // A magistrates' order to pay council tax or business rates arrears.
  'liability order*',
  // The legal procedure by which a resident becomes a citizen, and the certificate named after it.
  'naturalisation|naturalization',
  // A council's vote by residents on how to spend part of its budget, the programme's own name.
  'participatory budget*',
  // The names of online checks' tools, which the service itself uses: "check service" or "checking code"
  // would rename them.
  'verification service*|code*|system*|link*|app*|portal*',
  // Organ donation law in England, Wales and Scotland (the Organ Donation (Deemed Consent) Act 2019): the legal
  // basis, and the person a donor names to decide for them.
  'deemed consent',
  'nominated representative*',
  // A lender's regulated check of what a borrower can repay (the FCA's mortgage rules).
  'affordability assessment*|check*',
  // The statutory definition of a hotel in the Immigration (Hotel Records) Order 1972: "premises where sleeping
  // accommodation is provided for reward", which a recast would paraphrase.
  'is|are|was|were|be|been|being provided for reward',
  // Company law: a juridical person (a company, a partnership), the contrast to a sole trader or proprietor;
  // "organisation" is wider, "company" narrower.
  'legal entity|entities',
  // A status a court gives, like "looked after": the passive names no act to recast.
  'is|are|was|were|be|been|being declared bankrupt',
  // The name of the procedure of leaving a register (tax, business, vehicle), which no shorter word names.
  'deregistration',
  // Civil protection: the names of the places, routes and orders of an evacuation plan.
  'evacuation point*|route*|order*|centre*|center*|plan*|zone*|area*|notice*|procedure*|instruction*|shelter*|site*|bus*|buses|assembly|alarm*|drill*',
  // Health and safety law (RIDDOR): one of the statutory kinds of reportable incident, and its medical field.
  'occupational disease*|illness*|health',
  // A right to how one is treated (the NHS Constitution: "the right to be treated with dignity and respect"):
  // the passive states the right itself, and a recast ("staff must treat you") changes its framing.
  'entitled|right|rights to be treated|heard|informed|consulted|involved|accompanied|told|given|offered|seen|represented|protected|considered|assessed',
  // The two statutory steps of a citizenship ceremony (British Nationality Act 1981, Schedule 5).
  'citizenship pledge*',
  'oath* of allegiance and the|a pledge*',
  'oath* of allegiance and pledge*',
  // The Hague Convention's legalisation of a document for use abroad: "apostilled" is that procedure's verb,
  // which no plain verb names.
  'is|are|was|were|be|been|being apostilled',
  // Free or cheaper travel for older and disabled people (the Concessionary Bus Travel Act 2007): the scheme's
  // and its pass's own name.
  'concessionary travel|fare*|pass*|bus|scheme*',
  // What the police ask owners to record so that stolen property can be traced: the set phrase.
  'identifying mark*|feature*',
  // The Equality Act 2010's definition of disability (s. 6): "substantial" there is "more than minor or trivial"
  // (s. 212), which "large" would raise.
  'substantial adverse effect*',
  'substantial and long-term',
  // One of the factors an Environmental Impact Assessment must cover (EIA Regulations 2017, reg. 4(2)(b)): no
  // shorter word names it ("wildlife" is narrower).
  'biodiversity',
  // The names of a state veterinary body and its documents (an animal's passport, a vet's certificate): "vet"
  // is the person, and "vet passport" or "vet organisation" names nothing. "Veterinary surgeon" stays open to "vet".
  'veterinary passport*|service*|organisation*|organization*|station*|certificate*|inspection*|inspector*|control|clinic*|specialist*|medicine*|drug*',
  // The legal field of patents, copyright and trade marks, which no shorter word names.
  'intellectual property',
  // Owners' bodies of a block of flats in Kazakhstan (KSK, «кондоминиум»): their legal names, which no shorter
  // word gives.
  'condominium association*|owner*|propert*|object*|management',
  // A police record's status of a vehicle or property: anyone may have reported it, and there is no doer to name.
  'is|are|was|were|be|been|being reported stolen|missing|lost',
  'is|are|was|were|be|been|being reported as stolen|missing|lost',
];
