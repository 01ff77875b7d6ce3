import type { RuleFixture } from '../../internal/rules/types.ts';

/** Every English rule on a text it must flag exactly so, and on a near-miss it must leave alone. */
export const fixtures: RuleFixture[] = [
  {
    // Leftover: "the decision on the granting of" hides the verb the decision is about: "on whether to grant".
    // Near cases: a decision on an issue, on grant funding.
    rule: 'en/officialese',
    text: 'The decision on the granting of a subsidy is made within 10 days. The decision on payment of the benefit is made monthly. We welcome the decision on the issue. The decision on grant funding is due.',
    expected: [
      { text: 'decision on the granting of', suggestions: ['decision on whether to grant'] },
      { text: 'decision on payment of', suggestions: ['decision on whether to pay'] },
    ],
  },
  {
    // Leftover: "The connection to X is carried out" hides "connect"; an introduction to a course is a thing, and
    // a connection that was fast is no passive of an action.
    rule: 'en/hidden-verb',
    text: 'The connection to the gas network is carried out by the gas company. The introduction to the course is carried out by a tutor. The connection to the network was fast.',
    expected: [{ text: 'The connection to the gas network is carried out', suggestion: null }],
  },
  {
    // Review 24's pastes: "in connection with" after a measure set up ("a quarantine has been established …") is
    // its cause; "non-payment or incomplete/late payment" is not paying in full / on time, and joined to another
    // noun it has nothing to paste; a fine "of" a sum, a cheque "for" one; "from the date of receipt of" without
    // "from getting"; "Upon" an action noun keeps the hidden verb. Near cases: an arrest "linked to", a bare
    // "In case of"…, "Upon arrival".
    rule: 'en/officialese',
    text: 'A quarantine has been established in the village of Karabulak in connection with a case of rabies. Two men were arrested in connection with the attack. In case of non-payment or incomplete payment for parking, a fine in the amount of 5 MCI is imposed. In case of non-payment or late payment, we stop the service. In case of non-payment or other breach, we stop. Send a cheque in the amount of £50. Errors are corrected within 5 days from the date of receipt of the application. Upon the correction of the error, you get a new document. Upon arrival, call us.',
    expected: [
      { text: 'in connection with', suggestions: ['because of'] },
      { text: 'in connection with', occurrence: 2, suggestions: ['linked to', 'about'] },
      {
        text: 'In case of non-payment or incomplete payment',
        suggestions: ['If you do not pay in full', 'If they do not pay in full'],
      },
      { text: 'in the amount of', suggestions: ['of'] },
      {
        text: 'In case of non-payment or late payment',
        suggestions: ['If you do not pay on time', 'If they do not pay on time'],
      },
      { text: 'In case of non-payment', occurrence: 3, suggestion: null },
      { text: 'in the amount of', occurrence: 2, suggestions: ['of', 'for'] },
      { text: 'from the date of receipt of', suggestions: ['after we get'] },
      { text: 'Upon', suggestion: null },
      { text: 'Upon', occurrence: 2, suggestions: ['On'] },
    ],
  },
  {
    // Review 24's misses: "apply to the nearest medical organisation" (go to a clinic or hospital); "Payment for
    // X can be made"; "on condition of"; money "used for the purchase of"; "Following the results of";
    // "brought to administrative/criminal responsibility"; "does not correspond to". Near cases: rules that
    // apply to hospitals, applying to a council, a payer after "by", "on condition of anonymity", the price for
    // a purchase, numbers that correspond to regions.
    rule: 'en/officialese',
    text: 'The wound should be washed, after which it is necessary to apply to the nearest medical organisation. These rules apply to hospitals. Apply to the council for a licence. Payment for parking can be made in one of these ways. Payment can be made by the employer. Electric cars park free, on condition of registration. He spoke on condition of anonymity. The subsidy must be used for the purchase of coal. The price for the purchase of the house rose. Following the results of the fair, we will help. Violators are brought to administrative responsibility. Violators are brought to criminal responsibility. The data does not correspond to the documents. The numbers correspond to regions. The data does not correspond to the facts or to the title documents.',
    expected: [
      { text: 'it is necessary to', suggestion: null },
      { text: 'apply to', suggestions: ['go to'] },
      { text: 'medical organisation', suggestions: ['clinic or hospital'] },
      { text: 'Payment for parking can be made', suggestions: ['You can pay for parking'] },
      { text: 'on condition of', suggestion: null },
      { text: 'for the purchase of', suggestions: ['to buy'] },
      { text: 'Following the results of', suggestions: ['After'] },
      { text: 'brought to administrative responsibility', suggestion: null },
      { text: 'are brought to criminal responsibility', suggestions: ['are prosecuted'] },
      { text: 'does not correspond to', suggestions: ['does not match'] },
      { text: 'does not correspond to', occurrence: 2, suggestion: null },
    ],
  },
  {
    // Review 24: an application "may be submitted:" at the offices its list names is made there, not sent.
    rule: 'en/officialese',
    text: 'The application may be submitted:\n- through the eGov portal;\n- at a Public Service Centre.',
    expected: [{ text: 'be submitted', suggestions: ['be made'] }],
  },
  {
    // A list of means that names no office keeps "be sent".
    rule: 'en/officialese',
    text: 'The form may be submitted:\n- by post;\n- by email.',
    expected: [{ text: 'be submitted', suggestions: ['be sent'] }],
  },
  {
    // Review 24: a breach as a noun that "entails" a penalty; a change that entails costs is no breach.
    rule: 'en/nominal-cause',
    text: 'Violation of the quarantine regime entails administrative liability. The violation of these rules entails a fine. A change of address entails new costs.',
    expected: [
      { text: 'Violation of the quarantine regime entails administrative liability', suggestion: null },
      { text: 'The violation of these rules entails a fine', suggestion: null },
    ],
  },
  {
    // Leftovers: a sum "paid in the form of a lump sum" is paid "as" one, and help "provided in the form of" a
    // grant; "comes in the form of a letter" stays. "Check the correctness of" is "check"; "confirming the
    // acquisition of" hides who got what: nothing to paste.
    rule: 'en/officialese',
    text: 'The benefit is paid in the form of a lump sum. Help is provided in the form of a grant. It comes in the form of a letter. Check the correctness of the data. Bring a document confirming the acquisition of the animal.',
    expected: [
      { text: 'in the form of', suggestion: 'as' },
      { text: 'in the form of', occurrence: 2, suggestion: 'as' },
      { text: 'Check the correctness of', suggestion: 'Check' },
      { text: 'confirming the acquisition of', suggestion: null },
    ],
  },
  {
    // Misses of review 23: "in case of non-payment of"; "on the right of private ownership" after "own";
    // "Payment must be made" opening its clause; "take up employment"; a contract "concluded" is signed, before
    // it, after it and in its passive; "are not entitled to"; "refuse acceptance of"; "give your consent to";
    // "X is the responsibility of Y"; "reimbursement"; "at the expense of" a payer. Near cases: a payer named
    // after "by", a court that concluded that, an inquiry concluded, growth at the expense of quality.
    rule: 'en/officialese',
    text: 'In case of non-payment of the tax, a penalty is charged. In case of non-payment, we write to you. People who own land on the right of private ownership pay. Payment must be made no later than 1 October. Payment must be made by the employer. They move north to take up employment. I have concluded an employment contract. You then conclude a gas supply contract. The contract is concluded for a year. The court concluded that the agreement was void. The inquiry into the contract was concluded. Organisations are not entitled to refuse acceptance of a document. You are not entitled to a refund. Give your consent to the transfer of data. Pest control is the responsibility of the management company. It is the responsibility of the applicant to send it. Reimbursement of expenses is possible. Treatment is at the expense of the owner. Treatment is carried out at the expense of the owner. Growth came at the expense of quality.',
    expected: [
      { text: 'In case of non-payment of', suggestion: 'If you do not pay' },
      { text: 'In case of non-payment', occurrence: 2, suggestion: 'If you do not pay' },
      { text: 'on the right of private ownership', suggestion: null },
      { text: 'Payment must be made', suggestion: 'You must pay' },
      { text: 'no later than', suggestion: 'by' },
      { text: 'take up employment', suggestion: 'start work' },
      { text: 'concluded', suggestion: 'signed' },
      { text: 'conclude', occurrence: 2, suggestion: 'sign' },
      { text: 'is concluded', suggestion: 'is signed' },
      { text: 'are not entitled to', suggestion: 'cannot' },
      { text: 'refuse acceptance of', suggestion: 'refuse to accept' },
      { text: 'are not entitled to', occurrence: 2, suggestion: 'do not have a right to' },
      { text: 'Give your consent to', suggestion: 'Agree to' },
      { text: 'is the responsibility of', suggestion: null },
      { text: 'It is the responsibility of the applicant to', suggestion: 'You must' },
      { text: 'Reimbursement', suggestion: 'Refund' },
      { text: 'at the expense of', suggestion: 'paid for by' },
      { text: 'at the expense of', occurrence: 2, suggestion: null },
    ],
  },
  {
    // Review 23: objects joined by "and" before a passive "carried out"; a second clause after an irregular past
    // ("began and work is carried out") is no such subject.
    rule: 'en/hidden-verb',
    text: 'Installation of the internal gas pipeline and gas equipment is carried out by a licensed firm. The inspection of the site began and work is carried out daily.',
    expected: [{ text: 'Installation of the internal gas pipeline and gas equipment is carried out' }],
  },
  {
    // Review 23: "in the region of" is "about" before an amount only; an employer "in the region of arrival" is
    // in a place.
    rule: 'en/officialese',
    text: 'Sign a contract with an employer in the region of arrival. It costs in the region of £5,000. We expect in the region of a hundred people.',
    expected: [
      { text: 'in the region of', occurrence: 2, suggestion: 'about' },
      { text: 'in the region of', occurrence: 3, suggestion: 'about' },
    ],
  },
  {
    // Review 23: a "condominium association" is the legal name of an owners' body; a condominium alone stays a
    // long word.
    rule: 'en/long-word',
    text: 'The condominium association must act. A condominium is a building.',
    expected: [{ text: 'condominium', occurrence: 2 }],
  },
  {
    // Review 22: animals "acquired from other owners" were bought from them; skills acquired from experience
    // were gained, and stay.
    rule: 'en/officialese',
    text: 'Register animals acquired from other owners within 10 days. List the skills acquired from experience.',
    expected: [{ text: 'acquired from', suggestion: 'bought from' }],
  },
  {
    // Leftovers: "correspondence" right after a verb of sending is letters, and before "with" an exchange;
    // "the online facility" is a service, "toilet facilities" toilets, a credit facility a bank's term; records
    // "maintained" are kept, roads maintained are looked after; "sustained an injury" is being injured, after a
    // noun whose number is unknown with nothing to paste, and growth sustained stays; "the postponement of" is
    // "putting off"; "where available" is "if available", but not before the noun "available" qualifies.
    rule: 'en/officialese',
    text: 'Send correspondence to the address below. Our correspondence with the council is attached. You can use the online facility to pay. Toilet facilities are on the ground floor. The bank offers a credit facility. Records must be maintained for six years. The roads are maintained by the council. He sustained an injury at work. Three people sustained injuries. Growth was sustained over the year. The council agreed to the postponement of the hearing. Translation is provided where available. Where available places are listed, book one.',
    expected: [
      { text: 'correspondence', suggestion: 'letters' },
      { text: 'online facility', suggestion: 'online service' },
      { text: 'Toilet facilities', suggestion: 'Toilets' },
      { text: 'be maintained', suggestion: 'be kept' },
      { text: 'sustained an injury', suggestion: 'was injured' },
      { text: 'sustained injuries', suggestion: null },
      { text: 'the postponement of', suggestion: 'putting off' },
      { text: 'where available', suggestion: 'if available' },
    ],
  },
  {
    // Misses of review 22: calques of Kazakhstan's legal English. Data "not subject to transfer" will not be
    // passed on; "the conduct of the census" is the census; "carry out retail trade" is "trade"; a permit
    // "for the sale of" is one "to sell"; "In case of refusal" where the text speaks as "we"; "with an
    // indication of the reasons"; "adjacent territory"; "entering the territory of"; a cash limit "in an amount
    // exceeding the equivalent of". Near cases: an officer's conduct, the price for a sale, an amount
    // exceeding a limit that is no number (flagged, nothing to paste).
    rule: 'en/officialese',
    text: 'Personal data are not subject to transfer to third parties. Ask us about the conduct of the census. The conduct of the officers was good. Traders wishing to carry out retail trade need a permit. A permit is not needed for the sale of farm produce. The price for the sale of the house was agreed. In case of refusal, we will tell you in writing with an indication of the reasons. Keep the stall and adjacent territory clean. Travellers entering the territory of the Republic must declare cash. Cash in an amount exceeding the equivalent of 10,000 US dollars must be declared. Cash in an amount exceeding the limit is seized.',
    expected: [
      { text: 'are not subject to transfer', suggestion: 'will not be passed on' },
      { text: 'the conduct of the', suggestion: 'the' },
      { text: 'wishing to', suggestion: 'wanting to' },
      { text: 'carry out retail trade', suggestion: 'trade' },
      { text: 'for the sale of', suggestion: 'to sell' },
      { text: 'In case of refusal', suggestion: 'If we refuse' },
      { text: 'with an indication of the reasons', suggestion: 'with the reasons' },
      { text: 'adjacent territory', suggestion: 'the area around it' },
      { text: 'entering the territory of', suggestion: 'entering' },
      { text: 'in an amount exceeding the equivalent of', suggestion: 'worth more than' },
      { text: 'in an amount exceeding', occurrence: 2, suggestion: null },
    ],
  },
  {
    // Review 22: a sentence may open on the bare action noun of a passive "carried out": "Identification of
    // animals is carried out by vets". "Most of the work" names no action.
    rule: 'en/hidden-verb',
    text: 'Identification of animals is carried out by vets. Most of the work is carried out by volunteers.',
    expected: [{ text: 'Identification of animals is carried out' }],
  },
  {
    // Review 22: "veterinary passport", "the veterinary service" and "intellectual property" name a document, a
    // state body and a legal field that no shorter word names; a veterinary surgeon is still a "vet".
    rule: 'en/long-word',
    text: 'A veterinary passport is issued for each animal. Contact the veterinary service. Goods that violate intellectual property rights are seized. Ask a veterinary surgeon.',
    expected: [{ text: 'veterinary', occurrence: 3 }],
  },
  {
    // Review 22 pastes: "the local executive body (akimat)" keeps its gloss, so "the akimat" is not offered;
    // vaccinations "carried out" are at the state's expense, not "from the state budget" nor "paid for by the
    // state", which fits after "be"; "each additional" is "each extra"; after a participle "together with" is
    // "with", not "and"; after a noun "in excess of" is "over", not "more than"; "shall" before a passive is a
    // duty, "must". Near cases: the body without a gloss, a cost "at the expense of the budget" after "is",
    // "an additional", "together with" after a noun, "shall" before "be" and an adjective.
    rule: 'en/officialese',
    text: 'Get a permit from the local executive body (akimat) of the city. Ask the local executive body. Vaccinations are carried out at the expense of the state budget. Treatment is at the expense of the state budget. Each additional attempt is paid. Pay an additional fee. The pass must be presented together with an identity document. Send the form together with your passport. Goods in excess of the norms are taxed. Cash shall be declared in writing. The office shall be open daily.',
    expected: [
      { text: 'the local executive body', suggestions: ['the local authority'] },
      { text: 'the local executive body', occurrence: 2, suggestions: ['the akimat', 'the local authority'] },
      { text: 'at the expense of the state budget', suggestions: ["at the state's expense"] },
      {
        text: 'at the expense of the state budget',
        occurrence: 2,
        suggestions: ['paid for by the state', "at the state's expense"],
      },
      { text: 'additional', suggestions: ['extra'] },
      { text: 'an additional', suggestions: ['an extra'] },
      { text: 'together with', suggestions: ['with'] },
      { text: 'together with', occurrence: 2, suggestions: ['with', 'and'] },
      { text: 'in excess of', suggestions: ['over', 'above'] },
      { text: 'shall', suggestions: ['must'] },
      { text: 'shall', occurrence: 2, suggestions: ['must'] },
    ],
  },
  {
    // Misses of review 21: "afforded the opportunity to" is "given the chance to" after its "be" (an active past
    // would need "gave": nothing to paste); "save that" after a comma; "in cases where"; "in its capacity as";
    // "unless otherwise specified" and "in this regard" with nothing to paste; "which does not exceed" after an
    // amount is "of up to"; "via" a scheme is "through" it, a route stays; "be of considerable benefit to" is
    // "really help"; "may be liable to prosecution" is "may be prosecuted", and after "will" it is left alone.
    rule: 'en/officialese',
    text: 'You will be afforded the opportunity to comment. The law afforded the opportunity to appeal. The rules apply, save that you need not pay. Save that file. In cases where you moved, tell us. The Council, in its capacity as planning authority, decides. Unless otherwise specified, use black ink. We cannot help in this regard. Households with an income which does not exceed £28,000 may apply. The total does not exceed £500. Approval may be obtained via the IVA scheme. Fly via Dubai. Work can be of considerable benefit to young people. Employers may be liable to prosecution. You will be liable to prosecution.',
    expected: [
      { text: 'be afforded the opportunity to', suggestion: 'be given the chance to' },
      { text: 'afforded the opportunity to', occurrence: 2, suggestion: null },
      { text: 'save that', suggestion: 'except that' },
      { text: 'In cases where', suggestion: 'Where' },
      { text: 'in its capacity as', suggestion: 'as' },
      { text: 'Unless otherwise specified', suggestion: null },
      { text: 'in this regard', suggestion: null },
      { text: 'which does not exceed', suggestion: 'of up to' },
      { text: 'does not exceed', occurrence: 2, suggestion: 'is not more than' },
      { text: 'be obtained', suggestion: null },
      { text: 'via', suggestion: 'through' },
      { text: 'be of considerable benefit to', suggestion: 'really help' },
      { text: 'be liable to prosecution', suggestion: 'be prosecuted' },
    ],
  },
  {
    // Review 21: "notified of the date of the hearing" is told of it; the second "of" is the date's, and does
    // not make the first one a later phrase's. "Notify the head of department of" still has nothing to paste.
    rule: 'en/officialese',
    text: 'You will be notified of the date of the hearing. Notify the head of department of the change.',
    expected: [
      { text: 'be notified', suggestion: 'be told' },
      { text: 'Notify', suggestion: null },
    ],
  },
  {
    // Review 21: a notice that names the applicant (an application made by a company, "X Ltd (the applicant)")
    // speaks of a third party, and "the applicant" is no reader to call "you"; a text that names no applicant
    // still speaks to them. The Equality Act's "substantial adverse effect" and "substantial and long-term" are
    // its test, which "large" would raise; "substantial" elsewhere is still flagged.
    rule: 'en/officialese',
    text: 'We will hear the application made by Northmoor Waste Ltd. Copies may be had from the applicant on request.\n\nThe applicant must pay the fee.',
    expected: [],
  },
  {
    rule: 'en/officialese',
    text: 'Northmoor Waste Ltd (the applicant) will attend. The mitigation measures proposed by the applicant are listed.',
    expected: [],
  },
  {
    rule: 'en/officialese',
    text: 'The applicant must pay the fee. An impairment has a substantial adverse effect on your ability to work. The effect is substantial and long-term. We paid a substantial sum.',
    expected: [
      { text: 'The applicant', suggestion: 'You' },
      { text: 'substantial', occurrence: 3, suggestion: 'large' },
    ],
  },
  {
    // Review 21: "biodiversity" is an EIA factor that no shorter word names.
    rule: 'en/long-word',
    text: 'We studied the effects on noise and biodiversity. Weather has its unpredictability.',
    expected: [{ text: 'unpredictability' }],
  },
  {
    // Review 21: a vehicle "reported (as) stolen" or a person "reported missing" is a police record's status,
    // with no doer to name; a crime reported to someone is still a passive.
    rule: 'en/passive',
    text: 'Confirm that it has not been reported as stolen. The car was reported stolen. The child was reported missing. The crime was reported to the police.',
    expected: [{ text: 'was reported', occurrence: 3 }],
  },
  {
    // Review 21: a capital after a heading's or a list item's label ("Step 2:", "Note:") opens its text and stays
    // in the paste; a word the writer left in lower case there stays so.
    rule: 'en/officialese',
    text: 'Step 2: Obtain approval\n\nNote: Upon arrival, show your ticket.\n\nStep 3: obtain a permit',
    expected: [
      { text: 'Obtain', suggestion: 'Get' },
      { text: 'Upon', suggestion: 'On' },
      { text: 'obtain', suggestion: 'get' },
    ],
  },
  {
    // A passive with its doer and the one it goes to ("to you") has an active with two objects: "The practice
    // will send you an appointment". A means after "by" ("by post") or a verb with one object ("explained to
    // you") has nothing to paste.
    rule: 'en/passive',
    text: 'An appointment will be sent to you by the practice. Read the letter which was sent to you by the council. A form will be sent to you by post. It was explained to you by the officer.',
    expected: [
      {
        text: 'An appointment will be sent to you by the practice',
        suggestion: 'The practice will send you an appointment',
      },
      { text: 'was sent to you by the council', suggestion: 'the council sent you' },
      { text: 'be sent', occurrence: 2, suggestion: null },
      { text: 'was explained', suggestion: null },
    ],
  },
  {
    // "Via" an online facility is through it, and a reporting facility is a service; "take the necessary steps to" is "do what is needed to" in its
    // tense; "the processing of" after a preposition is the gerund, but not after "during".
    rule: 'en/officialese',
    text: 'Report it via the online reporting facility. Please take the necessary steps to protect your home. We have taken the necessary steps to fix it. There was a delay in the processing of your claim. During the processing of your data, we check it.',
    expected: [
      { text: 'via', suggestion: 'through' },
      { text: 'facility', suggestion: 'service' },
      { text: 'take the necessary steps to', suggestion: 'do what is needed to' },
      { text: 'taken the necessary steps to', suggestion: 'done what is needed to' },
      { text: 'the processing of', suggestion: 'processing' },
    ],
  },
  {
    // Misses of review 20: "queries" are questions; a letter's "I write further to"; "the above" before its noun
    // is "these" or "this", before a verb in -s nothing to paste, and no finding in "the above average rate";
    // "following the birth" is after it; "failure to"
    // after "Please note that" opens the same threat as at the start of its sentence.
    rule: 'en/officialese',
    text: 'If you have any queries, call us. I write further to your letter. The above premises were inspected. Send it to the above address. The above applies to you. The above average rate applies. Following the birth of your baby, register it. Please note that failure to comply may lead to a fine.',
    expected: [
      { text: 'queries', suggestion: 'questions' },
      { text: 'I write further to', suggestion: 'I am writing about' },
      { text: 'The above', suggestion: 'These' },
      { text: 'the above', suggestion: 'this' },
      { text: 'The above', occurrence: 2, suggestion: null },
      { text: 'Following', suggestion: 'After' },
      { text: 'Please note that', suggestion: null },
      { text: 'failure to', suggestion: null },
    ],
  },
  {
    // Whole agency documents (review 20): a number or a caseworker allocated is given, money set aside, and
    // anything else allocated has nothing to paste; "are in receipt of" whose "be" also governs what "or" adds;
    // "in consultation with" joined to another adverbial; a cause necessitates (means) an event but a project
    // needs permission; help is "with" a task; "ascertain" before a bare noun of state is "check".
    rule: 'en/officialese',
    text: 'Call us where a PBA number has been allocated. You will be allocated a caseworker. Funds were allocated. The council has allocated the money. Tasks are allocated at random. The place allocated to you is near. If you are in receipt of certain benefits or on a low income, apply. If you are in receipt of benefits or have a low income, apply. It was changed following a review and in consultation with the operator. It was agreed in consultation with the board. A cold does not usually necessitate the postponement of your visit. Larger extensions necessitate planning permission. The Council provides assistance to families in relation to the rental of homes. Write to us in relation to your claim. The aim was to ascertain compliance with the rules. We will ascertain the cause of the fire.',
    expected: [
      { text: 'been allocated', suggestion: 'been given' },
      { text: 'be allocated', suggestion: 'be given' },
      { text: 'were allocated', suggestion: 'were set aside' },
      { text: 'allocated', occurrence: 4, suggestion: 'set aside' },
      { text: 'allocated', occurrence: 6, suggestion: 'given' },
      { text: 'are in receipt of', suggestion: null },
      { text: 'are in receipt of', occurrence: 2, suggestion: 'have' },
      { text: 'following', suggestion: 'after' },
      { text: 'in consultation with', suggestion: null },
      { text: 'in consultation with', occurrence: 2, suggestion: 'with' },
      { text: 'necessitate', suggestion: 'mean' },
      { text: 'necessitate', occurrence: 2, suggestion: 'need' },
      { text: 'provides assistance to', suggestion: 'helps' },
      { text: 'in relation to', suggestion: 'with' },
      { text: 'in relation to', occurrence: 2, suggestion: 'about' },
      { text: 'ascertain', suggestion: 'check' },
      { text: 'ascertain', occurrence: 2, suggestion: 'find out' },
    ],
  },
  {
    // Officialese the guides name, with the plain words that fit in place, and the near cases with nothing to
    // paste: another doer or a verb "must" cannot take, another subject for "acknowledge", "remain under
    // consideration", correspondence before a singular verb or as an address.
    rule: 'en/officialese',
    text: 'It is the responsibility of the applicant to sign. It is the responsibility of the landlord to repair it. It is imperative that you reply. It is imperative that you are present. We acknowledge receipt of your letter. I acknowledge receipt of the goods. Please refrain from smoking. Pay not less than £5. Keep rooms at not less than 18°C. It is not permissible. You parked in contravention of the rules. Fees levied by the council rose. The charges levied by the council rose. Sign where applicable. Other rules may be applicable. It is under consideration. It remains under consideration. Send all correspondence to us. All correspondence is kept. Our correspondence address changed.',
    expected: [
      { text: 'It is the responsibility of the applicant to', suggestion: 'You must' },
      { text: 'It is the responsibility of', occurrence: 2, suggestion: null },
      { text: 'It is imperative that you', suggestion: 'You must' },
      { text: 'It is imperative that', occurrence: 2, suggestion: null },
      { text: 'acknowledge receipt of', suggestion: 'confirm we have received' },
      { text: 'acknowledge receipt of', occurrence: 2, suggestion: null },
      { text: 'refrain from', suggestion: 'avoid' },
      { text: 'not less than', suggestion: 'at least' },
      { text: 'not less than', occurrence: 2, suggestion: 'least' },
      { text: 'permissible', suggestion: 'allowed' },
      { text: 'in contravention of', suggestion: 'against' },
      { text: 'levied', suggestion: 'charged' },
      { text: 'levied', occurrence: 2, suggestion: 'made' },
      { text: 'where applicable', suggestion: 'if it applies' },
      { text: 'may be applicable', suggestion: 'may apply' },
      { text: 'under consideration', suggestion: 'being considered' },
      { text: 'under consideration', occurrence: 2, suggestion: null },
      { text: 'correspondence', suggestion: 'letters' },
    ],
  },
  {
    // Who receives it is read from the main clause: the agency where it sends to the reader or acts unnamed,
    // the reader where they act. "the applicant" after "of" or before "or" and a bare noun has no "you" to
    // paste. "in excess of" after a noun is "over", after a verb "more than"; "in a timely manner" is "promptly".
    rule: 'en/officialese',
    text: "Upon receipt of the Respondent's response, a copy of the bundle will be sent to you. On receipt of this letter, you must pay the fee. Funds must be in the name of the applicant or partner. The fee for the applicant is £5. Capital expenditure in excess of £1,000 will not be funded. Income is in excess of the limit. Patients can see a clinician in a timely manner.",
    expected: [
      { text: 'Upon receipt of', suggestion: 'When we get' },
      { text: 'On receipt of', suggestion: 'When you get' },
      { text: 'the applicant', suggestion: null },
      { text: 'the applicant', occurrence: 2, suggestion: 'you' },
      { text: 'expenditure', suggestion: 'spending' },
      { text: 'in excess of', suggestion: 'over' },
      { text: 'in excess of', occurrence: 2, suggestion: 'more than' },
      { text: 'in a timely manner', suggestion: 'promptly' },
    ],
  },
  {
    // Officialese of council notices with its plain words, and the near cases: "as a result" alone, a goal
    // pursued, "obviate" alone, "remain in attendance", "make yourself known" without "to", "vehicular traffic".
    rule: 'en/officialese',
    text: 'It arose as a result of a change. Prices rose as a result. The Council, in pursuance of its powers, agrees. He acted in pursuance of his goal. This does not obviate the necessity to apply. It would obviate delays. A sibling in attendance at the school counts. Staff remain in attendance at the site. You are responsible for the provision of advice. Work in a timely and professional manner. Visitors should make themselves known to staff. Make yourself known. Vehicular access will be kept. Vehicular traffic is banned.',
    expected: [
      { text: 'as a result of', suggestion: 'because of' },
      { text: 'in pursuance of', suggestion: 'under' },
      { text: 'in pursuance of', occurrence: 2, suggestion: null },
      { text: 'obviate the necessity to', suggestion: 'remove the need to' },
      { text: 'obviate', occurrence: 2, suggestion: null },
      { text: 'in attendance at', suggestion: 'attending' },
      { text: 'in attendance at', occurrence: 2, suggestion: null },
      { text: 'responsible for the provision of', suggestion: 'responsible for providing' },
      { text: 'in a timely and professional manner', suggestion: 'promptly and professionally' },
      { text: 'make themselves known to', suggestion: 'speak to' },
      { text: 'Vehicular access', suggestion: 'Access for vehicles' },
      { text: 'Vehicular traffic', suggestion: null },
    ],
  },
  {
    // A state is no passive ("is oversubscribed", "be aggrieved"), nor a signpost ("which are set out below"),
    // nor a passive infinitive after its noun ("The materials to be used"); "are set out in the Act", "needs to
    // be signed" and one with its doer ("to be played by a woman") still are.
    rule: 'en/passive',
    text: 'If a school is oversubscribed, we use the criteria, which are set out below. The rules are set out in the Act. The materials to be used in the walls shall match. The form needs to be signed. Should the applicant be aggrieved by the decision, they may appeal. It is the first bell to be played by a woman.',
    expected: [{ text: 'are set out', occurrence: 2 }, { text: 'be signed' }, { text: 'be played' }],
  },
  {
    // "aggrieved" is "unhappy" after "be" ("aggrieved by" → "unhappy with"), nothing in "the aggrieved party";
    // "etc." inside an act's short title is the law's own words, elsewhere it is flagged.
    rule: 'en/officialese',
    text: 'Should the applicant be aggrieved by the decision, they may appeal. If you are aggrieved, tell us. The aggrieved party may appeal. Note the Party Wall etc. Act 1996. Bring pens, paper etc. Act now.',
    expected: [
      { text: 'Should the applicant be', suggestion: 'If the applicant is' },
      { text: 'aggrieved by', suggestion: 'unhappy with' },
      { text: 'aggrieved', occurrence: 2, suggestion: 'unhappy' },
      { text: 'aggrieved', occurrence: 3, suggestion: null },
      { text: 'etc', occurrence: 2, suggestion: null },
    ],
  },
  {
    // The letters closing a reference after its numbers are part of the code; a bare abbreviation is not.
    rule: 'en/undefined-abbreviation',
    text: 'Application reference: 24/01873/FUL. Ask the PSC.',
    expected: [{ text: 'PSC' }],
  },
  {
    // A number plate's letters are a code ("LK19 XPT"); the same letters in prose are an abbreviation.
    rule: 'en/undefined-abbreviation',
    text: 'Vehicle Registration Mark: LK19 XPT. Call the XPT team.',
    expected: [{ text: 'XPT', occurrence: 2 }],
  },
  {
    // Terms of art (review 20): "concessionary travel" passes (the Concessionary Bus Travel Act) and the police's
    // "identifying marks"; "concessionary" and "identifying" elsewhere are long words still.
    rule: 'en/long-word',
    text: 'Apply for concessionary travel passes. Note serial numbers or identifying marks. A concessionary rate applies. We are identifying the owners.',
    expected: [
      { text: 'concessionary', occurrence: 2 },
      { text: 'identifying', occurrence: 2 },
    ],
  },
  {
    // A crime by an unknown doer and a state one makes sure of are no passives to recast; a crime with its doer,
    // a habit told as a fact, and another act one makes sure of still are.
    rule: 'en/passive',
    text: 'If items have been stolen, call us. If your bike is stolen, call us. If items were stolen by a lodger, call us. Their calves are stolen from them. Ensure that your baby is protected early. Ensure the form is signed.',
    expected: [{ text: 'were stolen' }, { text: 'are stolen' }, { text: 'is signed' }],
  },
  {
    // A tribunal's "representative" is its term, with no shorter word; "discretionary" has plainer ones.
    rule: 'en/long-word',
    text: 'You may bring a representative. Representatives of charities attend. The grant is discretionary.',
    expected: [{ text: 'discretionary' }],
  },
  {
    // Where the reader "can be reached" is where they are available: no finding. A place reached by bus, or the
    // reader contacted by someone named, is a passive still.
    rule: 'en/passive',
    text: 'Give a number on which you can be reached. The office can be reached by bus.',
    expected: [{ text: 'be reached', occurrence: 2 }],
  },
  {
    // Terms of art of registrars and councils keep their words: notice of marriage or civil partnership is given,
    // public liability insurance and a liability order are named so. Notice of anything else is reported, and
    // the adjective "required" before its noun is everyday English, the verb officialese.
    rule: 'en/officialese',
    text: 'You must give notice of marriage. Giving notice of civil partnership costs £35. You gave notice of the change. Bring the required documentation. Documents required for the visa are listed.',
    expected: [
      { text: 'gave notice of', suggestion: 'reported' },
      { text: 'documentation', suggestion: 'documents' },
      { text: 'required', occurrence: 2, suggestion: 'needed' },
    ],
  },
  {
    // "Liability" alone is a hard word; in "public liability insurance" and "a liability order" it is a term.
    rule: 'en/long-word',
    text: 'You need public liability insurance. The court made a liability order. Our liability is limited.',
    expected: [{ text: 'liability', occurrence: 3 }],
  },
  {
    // "to be parked" after "was observed" says what state it was seen in: the outer passive is the finding;
    // "needs to be parked" is a passive of its own.
    rule: 'en/passive',
    text: 'The car was observed to be parked on the kerb. The car needs to be parked here.',
    expected: [{ text: 'was observed' }, { text: 'be parked', occurrence: 2 }],
  },
  {
    // What a thing or an animal has fitted is a state, whose fitter no reader needs; a duty to fit it is a
    // passive, and so is a fitting with its doer.
    rule: 'en/passive',
    text: 'Bills use meters where meters have been installed. Where no meter is installed, we estimate. Show that the animal has been microchipped. Your dog must be microchipped. The meter was installed by our engineer.',
    expected: [{ text: 'be microchipped' }, { text: 'The meter was installed by our engineer' }],
  },
  {
    // An amount inside a run of capitals is part of the run: one finding, not two split at "£70".
    rule: 'en/all-caps',
    text: 'A PENALTY CHARGE OF £70 IS NOW PAYABLE. Pay £70 NOW PLEASE.',
    expected: [{ text: 'A PENALTY CHARGE OF £70 IS NOW PAYABLE' }, { text: 'NOW PLEASE' }],
  },
  {
    // A heading in capitals is one finding across a compound and a colon; a formula before the colon keeps its
    // form. Capitals glued to a code's slash or number ("25/00312/OUT") are the code, but "NOT" is shouting.
    rule: 'en/all-caps',
    text: 'AUCTION OF COUNCIL-OWNED LAND\n\nPUBLIC WARNING: SCAM CALLS\n\nPRESS RELEASE: NEW HOMES\n\nSee reference 25/00312/OUT. Do NOT pay.',
    expected: [
      { text: 'AUCTION OF COUNCIL-OWNED LAND' },
      { text: 'PUBLIC WARNING: SCAM CALLS' },
      { text: 'NEW HOMES' },
      { text: 'NOT' },
    ],
  },
  {
    // Everyday long words ("apologises", "unanimously", "automatically", "unacceptable", "inappropriate",
    // "inconvenience", "deliberately", "anniversary") are no hard words; "unilaterally" has a plainer one.
    rule: 'en/long-word',
    text: 'The Council apologises for the inconvenience. The motion was carried unanimously. You will not get it automatically. Unacceptable or inappropriate behaviour is banned. He deliberately left it on the anniversary of the fire. The panel acted unilaterally.',
    expected: [{ text: 'unilaterally' }],
  },
  {
    // Pastes that must stay English in place: "so" only opening a clause; "before" not before "a place being
    // confirmed"; "may" after a "No" subject; "in line with" first; a change is reported, not sent; "at all
    // times" is plain after a participle; minutes are put forward for approval; and the near cases that keep their paste.
    rule: 'en/officialese',
    text: 'A place will consequently be reduced. Consequently, we stop. Proof may be requested prior to a place being confirmed. Call prior to the visit. No windows shall be inserted in the wall. The tenant shall pay the rent. Work is done in compliance with GDPR. A change which was not notified to this office counts. Access will be maintained at all times, subject to the works. You must at all times wear a mask. The minutes will be submitted for approval at the next meeting. The form must be submitted to the council.',
    expected: [
      { text: 'consequently', suggestion: null },
      { text: 'Consequently', suggestion: 'So' },
      { text: 'prior to', suggestion: null },
      { text: 'prior to', occurrence: 2, suggestion: 'before' },
      { text: 'shall', suggestion: 'may' },
      { text: 'shall', occurrence: 2, suggestion: 'must' },
      { text: 'in compliance with', suggestion: 'in line with' },
      { text: 'was not notified to', suggestion: 'was not reported to' },
      { text: 'at all times', occurrence: 2, suggestion: 'always' },
      { text: 'be submitted', suggestion: 'be put forward' },
      { text: 'be submitted', occurrence: 2, suggestion: 'be sent' },
    ],
  },
  {
    // Officialese of agency letters and notices, with the plain words where they fit, and near cases left alone
    // or without a paste: a route, a fire kept in, an unwilling witness, a service's name, a bare "cessation".
    rule: 'en/officialese',
    text: 'It will be necessary for you to send payslips. In order for your claim to be assessed, call us. We explain the manner in which data is used. After the cessation of the service, we stop. On cessation of the contract, we stop. Smoking cessation helps. The work is currently ongoing. Boil water before consumption. The targets contained within this plan are low. The fire was contained within the site. The forthcoming review starts soon. He was not forthcoming. If you are dissatisfied, write to us. Reply via email or via the online portal. Apply via www.gov.uk. He flew via Dubai.',
    expected: [
      { text: 'It will be necessary for you to', suggestion: 'You will need to' },
      { text: 'In order for', suggestion: 'For' },
      { text: 'the manner in which', suggestion: 'the way' },
      { text: 'cessation', suggestion: 'end' },
      { text: 'cessation', occurrence: 2, suggestion: null },
      { text: 'currently ongoing', suggestion: 'ongoing' },
      { text: 'before consumption', suggestion: null },
      { text: 'contained within', suggestion: 'in' },
      { text: 'forthcoming', suggestion: 'upcoming' },
      { text: 'dissatisfied', suggestion: 'unhappy' },
      { text: 'via', suggestion: 'by' },
      { text: 'via', occurrence: 2, suggestion: 'through' },
      { text: 'via', occurrence: 3, suggestion: 'at' },
    ],
  },
  {
    // What a label says is a state, not an act; with its agent it is a passive again.
    rule: 'en/passive',
    text: 'Do not use it unless it is clearly labelled as suitable for babies. The form is marked as complete. Each bottle is labelled as safe by the supplier. The box was marked as a gift.',
    expected: [{ text: 'is labelled' }, { text: 'was marked' }],
  },
  {
    // What is reserved for someone is set aside for them, a state; reserved by someone, or reserved at a time, is
    // an act.
    rule: 'en/passive',
    text: 'Band A is reserved for applicants with an urgent need. Tickets were reserved yesterday.',
    expected: [{ text: 'were reserved' }],
  },
  {
    // "in order to" after "required" is a purpose, not a duty's source: "is not needed", one finding with the
    // passive; a law between still lays a duty, with nothing to paste, and the passive's finding holds it.
    rule: 'en/officialese',
    text: 'An account is not required in order to apply. You are required by law to publish it.',
    expected: [
      { text: 'is not required', suggestion: 'is not needed' },
      { text: 'in order to', suggestion: 'to' },
    ],
  },
  {
    // "the undersigned" is "me" as an object, "I" as a subject before a verb "I" takes, nothing before an -s
    // form; "can" would strand later listed "to"-clauses; "it is necessary to" is the reader's only where the
    // sentence opens with it or has "you"; a third-person subject cannot take "as soon as you can".
    rule: 'en/officialese',
    text: 'Please contact the undersigned on 0161 496 0382. The undersigned will visit you. The undersigned confirms the sale. Data may be shared where it is necessary to do so. It is necessary to sign the form. You have the right to ask for a copy, to request a correction and to appeal. You have the right to ask for a copy of the data held about you. Citizens are entitled to receive a card and to apply for a grant. Customers should contact us at the earliest opportunity.',
    expected: [
      { text: 'the undersigned', suggestion: 'me' },
      { text: 'The undersigned', suggestion: 'I' },
      { text: 'The undersigned', occurrence: 2, suggestion: null },
      { text: 'it is necessary to', suggestion: null },
      { text: 'It is necessary to', suggestion: 'You must' },
      { text: 'request', suggestion: 'ask for' },
      { text: 'are entitled to', suggestion: null },
      { text: 'at the earliest opportunity', suggestion: 'as soon as possible' },
    ],
  },
  {
    // Officialese the guides name; a reduction by a figure needs "by", which "reduced" would leave out.
    rule: 'en/officialese',
    text: 'Tell us at the earliest possible opportunity. The ban applies with immediate effect. This rule is not applicable to you. The scheme resulted in a reduction in waiting times. The scheme resulted in a reduction of 10% in costs. You cannot book until the expiry of the ban.',
    expected: [
      { text: 'at the earliest possible opportunity', suggestion: 'as soon as possible' },
      { text: 'with immediate effect', suggestion: 'immediately' },
      { text: 'is not applicable to', suggestion: 'does not apply to' },
      { text: 'resulted in a reduction in', suggestion: 'reduced' },
      { text: 'resulted in a reduction of', suggestion: null },
      { text: 'until the expiry of', suggestion: 'until the end of' },
    ],
  },
  {
    // A noun phrase with its own verb after "and" starts a new clause; one without is coordinated.
    rule: 'en/officialese',
    text: 'An officer will carry out an investigation and a full response will be sent to you. We carried out an inspection and a review of the site.',
    expected: [
      { text: 'carry out an investigation', suggestion: 'investigate' },
      { text: 'carried out an inspection', suggestion: null },
    ],
  },
  {
    // A topic opening its sentence is "As for"; after "in particular", "on"; after a verb of saying, "about";
    // elsewhere nothing fits every sentence.
    rule: 'en/officialese',
    text: 'With regard to old vehicles, the owner must send an opinion. Challenges remain, in particular with regard to the low level of turnout. Please write to us with regard to your claim. The level with regard to income is low. Regarding technical capacity, tenderers must send a list. We asked questions regarding the fee.',
    expected: [
      { text: 'With regard to', suggestion: 'As for' },
      { text: 'with regard to', suggestion: 'on' },
      { text: 'with regard to', occurrence: 2, suggestion: 'about' },
      { text: 'with regard to', occurrence: 3, suggestion: null },
      { text: 'Regarding', suggestion: 'As for' },
      { text: 'regarding', suggestion: 'about' },
    ],
  },
  {
    // "In relation to" opening its sentence frames a topic ("For the mobility component, …"); elsewhere "about".
    rule: 'en/officialese',
    text: 'In relation to the mobility component, you got 4 points. The information in relation to question 1 is here.',
    expected: [
      { text: 'In relation to', suggestion: 'As for' },
      { text: 'in relation to', suggestion: 'about' },
    ],
  },
  {
    // A duty or a rule "in relation to" a task is one "for" it, with its holder between ("the obligations of
    // providers"); after a clause ("the rules that apply to you") the topic is the clause's: "about".
    rule: 'en/officialese',
    text: 'It sets out the obligations of accommodation providers in relation to the registration of guests. The rules that apply to you in relation to parking are strict.',
    expected: [
      { text: 'in relation to', suggestion: 'for' },
      { text: 'in relation to', occurrence: 2, suggestion: 'about' },
    ],
  },
  {
    // "Enough" takes no article: "a sufficient lead-in period" has nothing to paste; "an additional fee" is "an
    // extra fee", never "an more fee".
    rule: 'en/officialese',
    text: 'We need a sufficient lead-in period. We need sufficient time. We charge an additional fee.',
    expected: [
      { text: 'sufficient', suggestion: null },
      { text: 'sufficient', occurrence: 2, suggestion: 'enough' },
      { text: 'an additional', suggestion: 'an extra' },
    ],
  },
  {
    // Homes handed round with no one named to get them are "given out"; "give" wants its "to".
    rule: 'en/officialese',
    text: 'This page says how the Council allocates social housing. We allocate places to children in care first.',
    expected: [
      { text: 'allocates', suggestion: 'gives out' },
      { text: 'allocate', occurrence: 2, suggestion: 'give' },
    ],
  },
  {
    // "Decide on X" is choosing X: a decision on a claim has nothing to paste; one to act, or on a day, is
    // "decided".
    rule: 'en/officialese',
    text: 'We have now made a decision on your claim. We made a decision to refuse it. We will make a decision on Monday. We made a formal decision about it.',
    expected: [
      { text: 'made a decision', suggestion: null },
      { text: 'made a decision', occurrence: 2, suggestion: 'decided' },
      { text: 'make a decision', suggestion: 'decide' },
      { text: 'made a formal decision', suggestion: null },
    ],
  },
  {
    // Council-page officialese with its plain words, and the near cases: "careful consideration" has no "we" to
    // paste, "within 14 days" is a time limit, "any person or body" a list, the consumption of energy no
    // drinking, "subject to change" its own phrase.
    rule: 'en/officialese',
    text: 'It is advisable to stay indoors. The consumption of alcohol is banned. The consumption of energy rose. Drink to avoid dehydration and keep adequate hydration. DVDs are subject to a loan period of 1 week. Prices are subject to change. The Council reserves the right to refuse entry. Consideration was given to your letter. Careful consideration was given to it. Deferral is possible. PCs are available for use by members. Following registration, you get a card. Any person may ask. Any person or body may apply. Do not eat within the library. Reply within 14 days. Please telephone us.',
    expected: [
      { text: 'It is advisable to', suggestion: 'You should' },
      { text: 'The consumption of', suggestion: 'Drinking' },
      { text: 'The consumption of', occurrence: 2, suggestion: null },
      { text: 'adequate hydration', suggestion: null },
      { text: 'are subject to', suggestion: null },
      { text: 'are subject to change', suggestion: 'may change' },
      { text: 'reserves the right to', suggestion: 'may' },
      { text: 'Consideration was given to', suggestion: 'We considered' },
      { text: 'consideration was given to', suggestion: null },
      { text: 'Deferral', suggestion: null },
      { text: 'for use by', suggestion: 'for' },
      { text: 'Following', suggestion: 'After' },
      { text: 'Any person', suggestion: 'Anyone' },
      { text: 'within', suggestion: 'in' },
      { text: 'telephone', suggestion: 'phone' },
    ],
  },
  {
    // A forecast expects no doer ("Temperatures are expected to exceed"), nor does a result expected of a course
    // ("be expected to obtain a 2:1"); a person expected to act is a passive.
    // The "up" of "up to" an amount is no particle ("renewed up to 3 times"); "set up to help" keeps its own.
    // What "should be closed" someone must close; "the office is closed" is a state, and so is being employed.
    rule: 'en/passive',
    text: 'Temperatures are expected to exceed 32°C. You must hold, or be expected to obtain, a 2:1. You are expected to remain seated. Items may be renewed up to 3 times. The fund was set up to help. Curtains and blinds should be closed. The office is closed today. You must be employed to apply.',
    expected: [
      { text: 'are expected', occurrence: 2 },
      { text: 'be renewed' },
      { text: 'was set up' },
      { text: 'be closed' },
    ],
  },
  {
    // A passive and the officialese participle in it are one finding: "be allocated" a thing is "be given" it;
    // "be obtained" has no participle of "get" to paste, and its officialese finding takes the passive's words.
    rule: 'en/officialese',
    text: 'Speakers will be allocated a maximum of 3 minutes. Details can be obtained online.',
    expected: [
      { text: 'be allocated', suggestion: 'be given' },
      { text: 'be obtained', suggestion: null },
    ],
  },
  {
    // The passive finding in both goes into the officialese one.
    rule: 'en/passive',
    text: 'Speakers will be allocated a maximum of 3 minutes. Details can be obtained online.',
    expected: [],
  },
  {
    // Pastes that must fit their place: "defer" with no object is "delay" ("put off" wants one); "comprising" a
    // count is what the whole holds ("consisting of"), a share makes it up; "deemed" before an adjective is
    // judged; "for the period from X to Y" after a verb keeps its "for"; "in excess of" after a noun that is
    // also a verb's form ("charges") is "over"; "Whereas" opening a clause is "While", inside a sentence "but".
    rule: 'en/officialese',
    text: 'If you defer, your payment grows. You can defer your payment. Blocks comprising 212 homes rise. Women comprise 40% of staff. It may be adjourned should it be deemed necessary. An incomplete form is deemed withdrawn. An alert was issued for the period from Monday to Friday. Pay is due for the period from 1 May. Members with outstanding charges in excess of £10 cannot borrow. It costs in excess of £10. Whereas the fee is high, the duty is low. The fee is high, whereas the duty is low.',
    expected: [
      { text: 'defer', suggestion: 'delay' },
      { text: 'defer', occurrence: 2, suggestion: 'put off' },
      { text: 'comprising', suggestion: 'consisting of' },
      { text: 'comprise', suggestion: 'make up' },
      { text: 'be deemed', suggestion: 'be considered' },
      { text: 'is deemed', suggestion: 'is treated as' },
      { text: 'for the period from', suggestion: 'for' },
      { text: 'for the period from', occurrence: 2, suggestion: 'from' },
      { text: 'in excess of', suggestion: 'over' },
      { text: 'in excess of', occurrence: 2, suggestion: 'more than' },
      { text: 'Whereas', suggestion: 'While' },
      { text: 'whereas', suggestion: 'but' },
    ],
  },
  {
    // "Whereas," opening a sentence is a recital's: nothing to paste. "Alternatively" is an ordinary word, not
    // flagged.
    rule: 'en/officialese',
    text: 'Whereas, in the past, fees were high. Nevertheless, you must pay. Alternatively, you can call us.',
    expected: [
      { text: 'Whereas', suggestion: null },
      { text: 'Nevertheless', suggestion: 'Even so' },
    ],
  },
  {
    // "Wish to" is "want to" in its person; the noun ("best wishes to") and "if you wish" before a verb's object
    // are left alone.
    rule: 'en/officialese',
    text: 'You may wish to read the leaflet. She wishes to apply. If you wish, call us. We send our best wishes to the family.',
    expected: [
      { text: 'wish to', suggestion: 'want to' },
      { text: 'wishes to', suggestion: 'wants to' },
      { text: 'If you wish', suggestion: 'If you want' },
    ],
  },
  {
    // A covering letter's and a reply's prefaces have nothing to paste; a view is "we think"; "liable to pay" is
    // a duty, "liable to collapse" likely; "elect to" a verb is "choose to", "elected to the council" is no choice.
    rule: 'en/officialese',
    text: 'Enclosed with this letter you will find a kit. I can confirm that the Trust holds it. It is our view that it applies. You are liable to pay tax. The roof is liable to collapse. You may elect to use flat rates. He was elected to the council.',
    expected: [
      { text: 'Enclosed with this letter you will find', suggestion: null },
      { text: 'I can confirm that', suggestion: null },
      { text: 'It is our view that', suggestion: 'We think that' },
      { text: 'are liable to pay', suggestion: 'must pay' },
      { text: 'elect to', suggestion: 'choose to' },
    ],
  },
  {
    // "A majority of" people is "most", "most of" before a possessive; a margin ("a majority of 20") is plain. "A
    // total of" before a figure is cut; a summary given is "sums up", support expressed "supported".
    rule: 'en/officialese',
    text: "A majority of voters agreed. A poll showed a majority of Warren's constituents disagree. The party won a majority of 20 seats. A total of 2,418 replies came in. This paper provides a summary of the replies. Drivers expressed support for the plan.",
    expected: [
      { text: 'A majority of', suggestion: 'Most' },
      { text: 'a majority of', suggestion: 'most of' },
      { text: 'A total of', suggestion: null },
      { text: 'provides a summary of', suggestion: 'sums up' },
      { text: 'expressed support for', suggestion: 'supported' },
    ],
  },
  {
    // "Subject to modification" is no "subject to change" (the idiom for what may yet change).
    rule: 'en/officialese',
    text: 'Vehicles that have been subject to modification of their construction are excluded. The modification of the form is simple.',
    expected: [
      { text: 'modification', suggestion: null },
      { text: 'modification', occurrence: 2, suggestion: 'change' },
    ],
  },
  {
    // "Free" after "be"; elsewhere it attaches to the word before or reads as "without": "for free".
    rule: 'en/officialese',
    text: 'Call 1414 (free of charge from mobile phones). You can refer the matter to the Ombudsman free of charge. The service is free of charge.',
    expected: [
      { text: 'free of charge', suggestion: 'for free' },
      { text: 'free of charge', occurrence: 2, suggestion: 'for free' },
      { text: 'free of charge', occurrence: 3, suggestion: 'free' },
    ],
  },
  {
    // A thing's measure "shall be" is stated: "will"; a participle after it is a duty again: "must".
    rule: 'en/officialese',
    text: 'The duration of the contract shall be 24 months. The fee shall be paid within 30 days. Staff shall be present.',
    expected: [
      { text: 'shall', suggestion: 'will' },
      { text: 'shall', occurrence: 2, suggestion: 'must' },
      { text: 'shall', occurrence: 3, suggestion: 'must' },
    ],
  },
  {
    // Before evidence "with"; elsewhere "using", never "by", which after a passive reads as its doer ("submitted
    // by the portal") and before a service as its maker.
    rule: 'en/officialese',
    text: 'Show your standing by means of evidence of turnover. Pay by means of a bank transfer. You can log in by means of GOV.UK One Login.',
    expected: [
      { text: 'by means of', suggestion: 'with' },
      { text: 'by means of', occurrence: 2, suggestion: 'using' },
      { text: 'by means of', occurrence: 3, suggestion: 'using' },
    ],
  },
  {
    // The plural "documents" would leave a singular verb behind.
    rule: 'en/officialese',
    text: 'Make available any documentation which is requested. Give any documentation to the officer.',
    expected: [
      { text: 'documentation', suggestion: null },
      { text: 'documentation', occurrence: 2, suggestion: 'documents' },
    ],
  },
  {
    // "Should you" opening a condition is "If you" ("be" becomes "are"); a question or a negated one, nothing.
    rule: 'en/officialese',
    text: 'Should you remain dissatisfied, you can contact the Ombudsman. Should you be unable to attend, tell us. Should you apply now? Should you not receive it, call us.',
    expected: [
      { text: 'Should you', suggestion: 'If you' },
      { text: 'dissatisfied', suggestion: 'unhappy' },
      { text: 'Should you be', suggestion: 'If you are' },
    ],
  },
  {
    // "Please be aware that" is cut like "Please note that"; "be aware of" is plain.
    rule: 'en/officialese',
    text: 'Please be aware that the office is closed. Be aware of the risks.',
    expected: [{ text: 'Please be aware that', suggestion: null }],
  },
  {
    // Lodging an appeal is appealing, making a challenge to is challenging; a complaint lodged "with" someone has
    // no "complained with"; staying at an inn is no officialese.
    rule: 'en/officialese',
    text: 'You can lodge an appeal against the decision. She lodged a complaint with the police. You can make a challenge to the decision. They lodged at the inn.',
    expected: [
      { text: 'lodge an appeal', suggestion: 'appeal' },
      { text: 'lodged a complaint', suggestion: null },
      { text: 'make a challenge to', suggestion: 'challenge' },
    ],
  },
  {
    rule: 'en/officialese',
    text: 'Read the guidance in its entirety. Following careful consideration of your application, we have refused it. Careful consideration is needed.',
    expected: [
      { text: 'in its entirety', suggestion: 'in full' },
      { text: 'Following careful consideration of', suggestion: 'After carefully considering' },
    ],
  },
  {
    // "Be of the opinion that" is "think that" in the verb's person; "in my opinion" is plain.
    rule: 'en/officialese',
    text: 'If you are of the opinion that the band is wrong, tell us. The Council is of the opinion that it is right. In my opinion, it is wrong.',
    expected: [
      { text: 'are of the opinion that', suggestion: 'think that' },
      { text: 'is of the opinion that', suggestion: 'thinks that' },
    ],
  },
  {
    // In attendance at an event is attending it; alone, being there; the noun "attendance" is plain.
    rule: 'en/officialese',
    text: 'Officers will be in attendance at the event. Police were in attendance. Attendance at school is compulsory.',
    expected: [
      { text: 'be in attendance at', suggestion: 'attend' },
      { text: 'were in attendance', suggestion: 'were there' },
    ],
  },
  {
    // "Form part of" is "be part of" after a modal, "are part of" after a plural, nothing after a negation.
    rule: 'en/officialese',
    text: 'The Council is seeking the views of residents. This forms part of the plan. These documents form part of the contract. They will form part of it. They do not form part of it.',
    expected: [
      { text: 'is seeking the views of', suggestion: 'wants to hear from' },
      { text: 'forms part of', suggestion: 'is part of' },
      { text: 'form part of', suggestion: 'are part of' },
      { text: 'form part of', occurrence: 2, suggestion: 'be part of' },
      { text: 'form part of', occurrence: 3, suggestion: null },
    ],
  },
  {
    // "Sole" is "only" before a purpose, a reason or a person, not in "sole responsibility" (alone); "Failure to pay may
    // result in" has a threat no paste can write, "his failure to pay" is a plain noun.
    rule: 'en/officialese',
    text: 'Bins go out on the day preceding collection. The sole purpose is safety. This is the sole responsibility of the owner. You get 25% off if you are the sole adult resident. Failure to pay may result in court action. His failure to pay was noted.',
    expected: [
      { text: 'the day preceding', suggestion: 'the day before' },
      { text: 'sole', suggestion: 'only' },
      { text: 'sole', occurrence: 3, suggestion: 'only' },
      { text: 'Failure to', suggestion: null },
    ],
  },
  {
    // "Before you submit your": not in a sentence told in the past, where only "prior to" has its paste.
    rule: 'en/officialese',
    text: 'Prior to the submission of your application, read the guidance. The form was checked prior to the submission of your application.',
    expected: [
      { text: 'Prior to the submission of your', suggestion: 'Before you submit your' },
      { text: 'prior to', suggestion: 'before' },
    ],
  },
  {
    // After a decision or a complaint "in respect of" is "about", not "for" (a decision made for you is on your
    // behalf); a payment keeps "for".
    rule: 'en/officialese',
    text: 'This is the decision that has been made in respect of your application. A payment is made in respect of your rent.',
    expected: [
      { text: 'in respect of', suggestion: 'about' },
      { text: 'in respect of', occurrence: 2, suggestion: 'for' },
    ],
  },
  {
    // "Notify someone of" is "tell someone about", over the person told; where "of" may belong to the person
    // ("the head of department"), nothing to paste; with no "of", "tell".
    rule: 'en/officialese',
    text: 'You should notify the Council of your change of address. Please notify us of any change. Notify the head of department of the absence. Please notify the school.',
    expected: [
      { text: 'notify the Council of', suggestion: 'tell the Council about' },
      { text: 'notify us of', suggestion: 'tell us about' },
      { text: 'Notify', suggestion: null },
      { text: 'notify', occurrence: 3, suggestion: 'tell' },
    ],
  },
  {
    // Consultation, a survey or work is carried out, not done; "undertake to" promises, neither; elsewhere "do".
    rule: 'en/officialese',
    text: 'We need to undertake consultation on the plan. We undertook a survey of residents. We undertake to reply within 10 days. They undertook the journey alone.',
    expected: [
      { text: 'undertake', suggestion: 'carry out' },
      { text: 'undertook', suggestion: 'carried out' },
      { text: 'undertake', occurrence: 2, suggestion: null },
      { text: 'undertook', occurrence: 2, suggestion: 'did' },
    ],
  },
  {
    // A standing duty is done "at once", not "now"; "tell … about" breaks a list with a second "of"; "required by
    // law" keeps "required"; a bare "verification" before "of" has no countable "check" to paste, after a
    // determiner it has; one's own identity is confirmed, not checked, while a claim is checked.
    rule: 'en/officialese',
    text: 'Tell us forthwith of any change. You must notify the Council of any change of address or of a death. You must notify the Council of any change of address. We share data where disclosure is required by law. Proof is required by the council. Verification of the signature takes time. The verification takes a day. Send it for verification. Complete the identity verification process. You must verify your identity. We verify all claims. Sign it with the NCC verification service.',
    expected: [
      { text: 'forthwith', suggestion: 'at once' },
      { text: 'notify the Council of', suggestion: null },
      { text: 'notify the Council of', occurrence: 2, suggestion: 'tell the Council about' },
      { text: 'is required', suggestion: null },
      { text: 'is required', occurrence: 2, suggestion: 'is needed' },
      { text: 'Verification', suggestion: null },
      { text: 'verification', suggestion: 'check' },
      { text: 'verification', occurrence: 2, suggestion: 'checking' },
      { text: 'verification', occurrence: 3, suggestion: 'check' },
      { text: 'verify', suggestion: 'confirm' },
      { text: 'verify', occurrence: 2, suggestion: 'check' },
    ],
  },
  {
    // Officialese of agency notices with the plain words that fit in place, and the near cases: "requisite" as
    // a noun, "save" the verb, "to the detriment of" after another verb, "in your possession" after a verb of
    // keeping, "attempt" the noun, "in such circumstances as".
    rule: 'en/officialese',
    text: 'Bring the requisite documents. A requisite for entry is a visa. It stays private, save where the law says otherwise. Save where you like. This is to the detriment of the public. He acted to the detriment of the firm. Give details of any evidence in your possession. Keep the licence in your possession. We can assist you in the preparation of your claim. Register within 30 days of the acquisition of the animal. At the expiry of this period, the licence ends. Residents should not attempt to alter it. Should residents attempt to alter it? A previous attempt to alter it failed. In such circumstances, bleed the radiator. The court may act in such circumstances as it thinks fit.',
    expected: [
      { text: 'requisite', suggestion: 'required' },
      { text: 'save where', suggestion: 'except where' },
      { text: 'to the detriment of', suggestion: 'harmful to' },
      { text: 'to the detriment of', occurrence: 2, suggestion: null },
      { text: 'in your possession', suggestion: 'you have' },
      { text: 'assist you in the preparation of', suggestion: 'help you prepare' },
      { text: 'the acquisition of', suggestion: 'getting' },
      { text: 'At the expiry of', suggestion: 'At the end of' },
      { text: 'attempt to', suggestion: 'try to' },
      { text: 'attempt to', occurrence: 2, suggestion: 'try to' },
      { text: 'In such circumstances', suggestion: 'In this case' },
      { text: 'in such circumstances', suggestion: null },
    ],
  },
  {
    // "Individuals" set against legal entities in the next sentence are natural persons: no "People".
    rule: 'en/officialese',
    text: 'Individuals must show an identity document. Representatives of legal entities must show a power of attorney.',
    expected: [{ text: 'Individuals', suggestion: null }],
  },
  {
    // "In the event of" before a noun with no article has nothing to paste: "in case of fire" is a precaution
    // (but "In the event of non-payment" is "If you do not pay"); "in the event that" is "if", with the
    // sentence's capital also after a temperature's scale or an abbreviation's dot, and without it inside a
    // sentence.
    rule: 'en/officialese',
    text: 'In the event of fire, leave the building. In the event that you do not pay, we write to you. Keep rooms at 18°C. In the event that it falls, call us. The fee is £5 approx. In the event that you do not pay, we write. Call us in the event that it falls.',
    expected: [
      { text: 'In the event of', suggestion: null },
      { text: 'In the event that', suggestion: 'If' },
      { text: 'In the event that', occurrence: 2, suggestion: 'If' },
      { text: 'In the event that', occurrence: 3, suggestion: 'If' },
      { text: 'in the event that', suggestion: 'if' },
    ],
  },
  {
    // "The start" is no paste in a heading, whose line has no stop, nor after "and" joining bare nouns, nor in
    // "commencement of this Order", the legislation's term of art; after a preposition it keeps its paste.
    rule: 'en/officialese',
    text: '1. Citation and commencement\nThe rules apply from the commencement of this Order. The signing and commencement of the contract were delayed. Work stopped after commencement.',
    expected: [
      { text: 'commencement', suggestion: null },
      { text: 'commencement', occurrence: 2, suggestion: null },
      { text: 'commencement', occurrence: 3, suggestion: null },
      { text: 'commencement', occurrence: 4, suggestion: 'the start' },
    ],
  },
  {
    // A duty with its source between "required" and "to" is no need; "substantial" in a legal test
    // ("substantial disability") is no "large" (inside a passive the passive's finding holds the bare word);
    // elsewhere both keep their pastes.
    rule: 'en/officialese',
    text: 'The Council is required under the Planning Regulations 2012 to consult residents. A permit is required in all cases. You must have a substantial disability. A substantial part of the fee is refunded.',
    expected: [
      { text: 'is required', occurrence: 2, suggestion: 'is needed' },
      { text: 'substantial', suggestion: null },
      { text: 'substantial', occurrence: 2, suggestion: 'large' },
    ],
  },
  {
    // "Stakeholder engagement" is pasted as a clause only opening a sentence or after a preposition.
    rule: 'en/jargon',
    text: 'The level of local stakeholder engagement was high. Stakeholder engagement matters.',
    expected: [
      { text: 'stakeholder engagement', suggestion: null },
      { text: 'Stakeholder engagement', suggestion: 'Talking to the people involved' },
    ],
  },
  {
    // "Shall be liable" states a consequence ("will", never "must"); "does not have the ability to" has no "can"
    // to paste; "allocated to" has neither "set aside to" nor "shared out to" (the passive's finding holds it).
    rule: 'en/officialese',
    text: 'Anyone who fails to comply shall be liable to a fine. You shall submit the form. The Council does not have the ability to change it. We have the ability to help. The funding will be allocated to local authorities.',
    expected: [
      { text: 'shall', suggestion: 'will' },
      { text: 'shall', occurrence: 2, suggestion: 'must' },
      { text: 'submit', suggestion: 'send' },
      { text: 'have the ability to', suggestion: null },
      { text: 'have the ability to', occurrence: 2, suggestion: 'can' },
    ],
  },
  {
    // Officialese of agency letters and police appeals: "at this time" is now only in a present clause that it
    // ends, not "at this time of year" nor a past told ("was small at this time" was then).
    rule: 'en/officialese',
    text: 'He remains in custody at this time. The village was small at this time. It is busy at this time of year. A summary will be published in due course. As a consequence, your code has changed. Witnesses who were in the vicinity should call.',
    expected: [
      { text: 'at this time', suggestion: 'now' },
      { text: 'in due course', suggestion: 'later' },
      { text: 'As a consequence', suggestion: 'As a result' },
      { text: 'in the vicinity', suggestion: 'nearby' },
    ],
  },
  {
    // "Following" an event is "after" it; the following review is the next one, guidance is followed, and the
    // police following a case watch it.
    rule: 'en/officialese',
    text: 'Following a review of your claim, we wrote. Please read the following review. Keep following the guidance. Witnesses following a collision on the A38 should call. Police are following the case closely. She kept following the reports.',
    expected: [
      { text: 'Following', suggestion: 'After' },
      { text: 'following', occurrence: 3, suggestion: 'after' },
    ],
  },
  {
    // "A sign of" only after "be", in its number; "in the sum of" is "of" after a noun, not a verb; accrued
    // interest has built up nothing; advice ("advise you to apply") is plain, telling someone that is "tell";
    // "consider that" with a clause is "think that", "consider that option" is plain.
    rule: 'en/officialese',
    text: 'You should seek to resolve it. Costs in the sum of £500 are due. He was paid in the sum of £500. This is not indicative of a problem. These results are indicative of fraud. Results indicative of fraud were found. Interest will accrue on the debt. Accrued interest is added. We wish to advise you that the office is closed. Residents are advised that bins are full. We advise you to apply early. If you consider that the amount is wrong, call us. Consider that option.',
    expected: [
      { text: 'seek to', suggestion: 'aim to' },
      { text: 'in the sum of', suggestion: 'of' },
      { text: 'in the sum of', occurrence: 2, suggestion: null },
      { text: 'indicative of', suggestion: 'a sign of' },
      { text: 'indicative of', occurrence: 2, suggestion: 'signs of' },
      { text: 'indicative of', occurrence: 3, suggestion: null },
      { text: 'accrue', suggestion: 'build up' },
      { text: 'Accrued', suggestion: null },
      { text: 'wish to', suggestion: 'want to' },
      { text: 'advise', suggestion: 'tell' },
      { text: 'are advised', suggestion: 'are told' },
      { text: 'consider', suggestion: 'think' },
    ],
  },
  {
    // "Upon which" after its noun is the noun's preposition ("grounds on which"); after a comma, what came next.
    rule: 'en/officialese',
    text: 'Any documents upon which a party intends to rely must be filed. State the grounds upon which it is made. It takes a week, upon which we decide.',
    expected: [
      { text: 'upon which', suggestion: 'on which' },
      { text: 'upon which', occurrence: 2, suggestion: 'on which' },
      { text: 'upon which', occurrence: 3, suggestion: 'after which' },
    ],
  },
  {
    // "have the right to" is plain English, the wording of rights pages: no finding in any form ("can" made a
    // right an ability, and "You also have the right to" became "You also can").
    rule: 'en/officialese',
    text: 'You will have the right to appeal. You do not have the right to appeal. Citizens have the right to receive a card. You also have the right to refuse treatment.',
    expected: [],
  },
  {
    // A beginning or an end without its article takes one in the plain noun ("before the start of employment");
    // "prior to" makes "to" a preposition, so clearance "required prior to" it is needed, no duty; a compound
    // ("termination payment") has no plain twin.
    rule: 'en/officialese',
    text: 'Clearance is required prior to commencement of employment. Upon termination of the lease, you leave. The commencement date is set. A termination payment is made. Since its inception, it grew.',
    expected: [
      { text: 'is required', suggestion: 'is needed' },
      { text: 'prior to', suggestion: 'before' },
      { text: 'commencement', suggestion: 'the start' },
      { text: 'Upon termination', suggestion: 'At the end' },
      { text: 'commencement', occurrence: 2, suggestion: 'start' },
      { text: 'termination', occurrence: 2, suggestion: null },
      { text: 'inception', suggestion: 'start' },
    ],
  },
  {
    // "The start" and "the end" take an article, which reads only after a preposition or opening a sentence:
    // after an adjective or a noun ("Early the end of", "contract the end"), and in "notice of termination",
    // nothing to paste.
    rule: 'en/officialese',
    text: 'Early termination of the lease costs £50. Prompt commencement of the works is essential. We received your request for contract termination. You will receive a notice of termination. Termination of the lease is final. After termination, you leave. The termination payment is made.',
    expected: [
      { text: 'termination', suggestion: null },
      { text: 'commencement', suggestion: null },
      { text: 'termination', occurrence: 2, suggestion: null },
      { text: 'termination', occurrence: 3, suggestion: null },
      { text: 'Termination', suggestion: 'The end' },
      { text: 'termination', occurrence: 4, suggestion: 'the end' },
      { text: 'termination', occurrence: 5, suggestion: null },
    ],
  },
  {
    // "Constituted" is "was" only as a finite linking verb before its complement: a body constituted is set up,
    // and one newly or duly constituted, or constituted under a law, is the participle.
    rule: 'en/officialese',
    text: 'The tribunal, constituted in 2010, hears appeals. The committee constituted under section 5 meets. A newly constituted board will meet. Only a duly constituted meeting may vote. The agency constituted a working group. This constituted a breach.',
    expected: [
      { text: 'constituted', suggestion: null },
      { text: 'constituted', occurrence: 2, suggestion: null },
      { text: 'constituted', occurrence: 3, suggestion: null },
      { text: 'constituted', occurrence: 4, suggestion: null },
      { text: 'constituted', occurrence: 5, suggestion: null },
      { text: 'constituted', occurrence: 6, suggestion: 'was' },
    ],
  },
  {
    // "At this time" pointing back to a time just given (or in a condition) is no "now"; after a negation or a
    // state kept it is.
    // "Consider that" after "please" or a modal is "bear in mind". "Indicative of" takes its number from the verb
    // right before it, not from a "were" elsewhere. Benefits delivered are payments. "Following up" is a verb.
    rule: 'en/officialese',
    text: 'Your appointment is at 10 am. Please arrive at this time. If you cannot attend at this time, call us. We are not taking bookings at this time. Applicants should consider that the fee is non-refundable. Please consider that others may be affected. The fact that prices were rising is indicative of inflation. These findings were strongly indicative of fraud. Benefits are delivered through Universal Credit. The department delivers benefits and pensions. The scheme will deliver growth. Staff spent the week following up complaints. Witnesses following a collision on the A38 should call.',
    expected: [
      { text: 'at this time', occurrence: 3, suggestion: 'now' },
      { text: 'indicative of', suggestion: 'a sign of' },
      { text: 'indicative of', occurrence: 2, suggestion: 'signs of' },
      { text: 'deliver', occurrence: 3, suggestion: 'bring' },
      { text: 'following', occurrence: 2, suggestion: 'after' },
    ],
  },
  {
    // After its noun a past form is the participle, which "got" and "used" are not; going forward with a
    // project goes ahead with it.
    rule: 'en/officialese',
    text: 'Evidence obtained during the inspection was lost. We obtained a copy. Officers deployed at the scene saw it. Staff were deployed to the border. Going forward with the project is unlawful. Going forward, we will publish data.',
    expected: [
      { text: 'obtained', suggestion: null },
      { text: 'obtained', occurrence: 2, suggestion: 'got' },
      { text: 'deployed', suggestion: null },
      { text: 'were deployed', suggestion: 'were sent' },
      { text: 'Going forward', occurrence: 2, suggestion: 'From now on' },
    ],
  },
  {
    // Each plain verb in its sense: places are given out (money is set aside), information is revealed (not
    // told), a designated point is no named one, and "obtain" has no participle to paste in a passive. After
    // "has" that another finding holds, the participle: "has shown".
    rule: 'en/officialese',
    text: 'Bring it to designated collection points. The council designated the area. Places are allocated in line with the rules. Your child has been allocated a place. We allocate seats fairly. Funds were allocated. A place that has been obtained by fraud is withdrawn. You can obtain a form. Personal data was disclosed. The applicant has demonstrated that it is safe.',
    expected: [
      { text: 'designated', suggestion: null },
      { text: 'designated', occurrence: 2, suggestion: 'named' },
      { text: 'are allocated', suggestion: 'are given' },
      { text: 'been allocated', suggestion: 'been given' },
      { text: 'allocate', occurrence: 3, suggestion: 'give out' },
      { text: 'were allocated', suggestion: 'were set aside' },
      { text: 'been obtained', suggestion: null },
      { text: 'obtain', occurrence: 2, suggestion: 'get' },
      { text: 'was disclosed', suggestion: 'was revealed' },
      { text: 'The applicant has', suggestion: 'You have' },
      { text: 'demonstrated', suggestion: 'shown' },
    ],
  },
  {
    // A state in a relative clause ("which is not connected to", "that are registered with") and a passive
    // inside "deemed to have been" have no doer to name; the same words as an act or a duty are passives.
    rule: 'en/passive',
    text: 'Homes which are not connected to the network get a grant. Firms that are registered with the Council pay less. Visits will be deemed to have been missed. Your firm must be registered with the Council.',
    expected: [{ text: 'be registered' }],
  },
  {
    // A doer whose participle goes on ("acting on behalf of") is no noun phrase to move before the verb.
    rule: 'en/passive',
    text: 'This decision was made by an officer acting on behalf of the council. The road was damaged by the flooding on Monday.',
    expected: [
      { text: 'was made', suggestion: null },
      { text: 'The road was damaged by the flooding', suggestion: 'The flooding damaged the road' },
    ],
  },
  {
    // The doer's number: "police", "staff" and "people" are plural, an abbreviation is one body, a name after a
    // title one person, "series" one; a name of several words ending in a plural may be one body ("the United
    // States"), so a present that must agree with it gets nothing, while a past needs no agreement.
    rule: 'en/passive',
    text: 'Your case is reviewed by the police. The service is funded by the NHS. The form is checked by Mrs Banks. The rates are set by the councils. The case is reviewed by the CPS. It is shown by the series. It is run by the Local Authorities. It was run by the Local Authorities.',
    expected: [
      { text: 'Your case is reviewed by the police', suggestion: 'The police review your case' },
      { text: 'The service is funded by the NHS', suggestion: 'The NHS funds the service' },
      { text: 'The form is checked by Mrs Banks', suggestion: 'Mrs Banks checks the form' },
      { text: 'The rates are set by the councils', suggestion: 'The councils set the rates' },
      { text: 'The case is reviewed by the CPS', suggestion: 'The CPS reviews the case' },
      { text: 'It is shown by the series', suggestion: 'The series shows it' },
      { text: 'is run', suggestion: null },
      { text: 'It was run by the Local Authorities', suggestion: 'The Local Authorities ran it' },
    ],
  },
  {
    // "By" with a time, a season, a feast, a payment system or a measure says when, how or how much, not who:
    // "A third will reduce your payment" turns the sentence round. A doer stays: "by a large majority".
    rule: 'en/passive',
    text: 'Your payment will be reduced by a third. Your award is cut by the same amount. The work will be finished by the spring. The forms must be returned by Easter. You will be paid by BACS. The bill was passed by a large majority.',
    expected: [
      { text: 'be reduced', suggestion: null },
      { text: 'is cut', suggestion: null },
      { text: 'be finished', suggestion: null },
      { text: 'be returned', suggestion: null },
      { text: 'be paid', suggestion: null },
      { text: 'The bill was passed by a large majority', suggestion: 'A large majority passed the bill' },
    ],
  },
  {
    // An adverb of time after the doer's noun ends its phrase and stays after the object ("A nurse took the
    // samples yesterday", not "A nurse yesterday took"); after a determiner it belongs to the noun. A
    // capitalised word in -ed in the doer is a name.
    rule: 'en/passive',
    text: 'The samples were taken by a nurse yesterday. Patients are seen by a nurse first. The bins are emptied by the contractor every week. It was signed by the first officer. You were seen by Dr Ahmed on 5 May. It is seen by a nurse only.',
    expected: [
      { text: 'The samples were taken by a nurse', suggestion: 'A nurse took the samples' },
      { text: 'Patients are seen by a nurse', suggestion: 'A nurse sees patients' },
      { text: 'The bins are emptied by the contractor', suggestion: 'The contractor empties the bins' },
      { text: 'It was signed by the first officer', suggestion: 'The first officer signed it' },
      { text: 'You were seen by Dr Ahmed', suggestion: 'Dr Ahmed saw you' },
      { text: 'is seen', suggestion: null },
    ],
  },
  {
    // After "there is" a participle before a noun is the noun's adjective, not a passive; before "to" it is one.
    rule: 'en/passive',
    text: 'There is reduced parking during the works. There will be shared facilities on each floor. There are believed to be 200 people affected. Parking is reduced during the works.',
    expected: [
      { text: 'are believed', suggestion: null },
      { text: 'is reduced', occurrence: 2, suggestion: null },
    ],
  },
  {
    // "Last" inside the verb group, as on every page's footer: the passive is found and its active keeps it.
    rule: 'en/passive',
    text: 'This page was last updated on 4 June. He was last seen by the police on Tuesday.',
    expected: [
      { text: 'was last updated', suggestion: null },
      { text: 'He was last seen by the police', suggestion: 'The police last saw him' },
    ],
  },
  {
    // A relative clause with no comma inside the sentence's subject is followed by the main verb, which the
    // doer's phrase would take in ("the council explains why sent"); after a clause of its own it is the object's.
    // A hearing held "by Zoom" or "by Microsoft Teams" is held over it.
    rule: 'en/passive',
    text: 'The letter that was sent by the council explains why. We keep the letters that were sent by the council. The hearing will be held by Zoom. The meeting will be held by Microsoft Teams.',
    expected: [
      { text: 'was sent', suggestion: null },
      { text: 'were sent by the council', suggestion: 'the council sent' },
      { text: 'be held', suggestion: null },
      { text: 'be held', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A clause opened by "if", "when", "once" ends at its comma where a subject pronoun or "please" opens the
    // main clause; a phrase after the comma that may describe the doer keeps the paste out.
    rule: 'en/passive',
    text: 'When the form is received by us, we will write to you. If your claim is refused by the DWP, you can appeal. Once the plan is approved by the board, please tell your tenants. If your claim is refused by Ann Lee, the decision maker, you can appeal.',
    expected: [
      { text: 'the form is received by us', suggestion: 'we receive the form' },
      { text: 'your claim is refused by the DWP', suggestion: 'the DWP refuses your claim' },
      { text: 'the plan is approved by the board', suggestion: 'the board approves the plan' },
      { text: 'is refused', occurrence: 2, suggestion: null },
    ],
  },
  {
    // A quantifier or a number opens a doer or a subject with its noun after it; a plural without -s or a name
    // after a title is a subject too. "Some of the councils" has no number to tell.
    rule: 'en/passive',
    text: 'The tenancy agreement was signed by both parties. The exam is marked by two examiners. All applications will be considered by the panel. Children must be accompanied by an adult at all times. Mr Smith was represented by his daughter. It is approved by some of the councils.',
    expected: [
      {
        text: 'The tenancy agreement was signed by both parties',
        suggestion: 'Both parties signed the tenancy agreement',
      },
      { text: 'The exam is marked by two examiners', suggestion: 'Two examiners mark the exam' },
      {
        text: 'All applications will be considered by the panel',
        suggestion: 'The panel will consider all applications',
      },
      { text: 'Children must be accompanied by an adult', suggestion: 'An adult must accompany children' },
      { text: 'Mr Smith was represented by his daughter', suggestion: 'His daughter represented Mr Smith' },
      { text: 'is approved', suggestion: null },
    ],
  },
  {
    // Displayed "in line with" guidance: "under the guidance" would be supervised by it.
    rule: 'en/officialese',
    text: 'Badges must be displayed in accordance with the guidance provided.',
    expected: [{ text: 'in accordance with', suggestion: 'in line with' }],
  },
  {
    // Names of the law and of medicine are not officialese: "persons unknown", "sexually transmitted infections".
    rule: 'en/officialese',
    text: 'The claim names persons unknown. Clinics treat sexually transmitted infections.',
    expected: [],
  },
  {
    // Each suggestion must read as English where it stands: "during" takes a noun, "if there is" an indefinite
    // one, and "which" needs the noun a light verb's plain verb would drop.
    rule: 'en/officialese',
    text: 'Call us if you have problems in the course of submitting it. In the event of the felling of trees, you pay. In the event of a fire, leave. The akim held a meeting with residents, during which roads were discussed.',
    expected: [
      { text: 'in the course of', suggestion: 'while' },
      { text: 'submitting', suggestion: 'sending' },
      { text: 'In the event of', suggestion: null },
      { text: 'In the event of', occurrence: 2, suggestion: 'If there is' },
      { text: 'held a meeting with', suggestion: null },
    ],
  },
  {
    // A label on screen, a service's name and a benefit's name are written as the reader will find them.
    rule: 'en/officialese',
    text: 'Choose "Additional return" and press the "Prior to" button. Use the service "Registration at place of residence". You get targeted social assistance. We give assistance.',
    expected: [{ text: 'assistance', occurrence: 2, suggestion: 'help' }],
  },
  {
    // Data is sent; a disease is passed on.
    rule: 'en/officialese',
    text: 'The virus is transmitted by air. Mosquitoes transmit malaria. We transmit the data to the bank.',
    expected: [
      { text: 'is transmitted', suggestion: 'is passed on' },
      { text: 'transmit', occurrence: 2, suggestion: 'pass on' },
      { text: 'transmit', occurrence: 3, suggestion: 'send' },
    ],
  },
  {
    // After a preposition "the applicant" is an object, and the verb after it agrees with another subject.
    rule: 'en/officialese',
    text: 'The fee for the applicant is 500 tenge.',
    expected: [{ text: 'the applicant', suggestion: 'you' }],
  },
  {
    // "Failure to do so" wants the sentence rewritten, with the reader acting; "documentation" is documents.
    rule: 'en/officialese',
    text: 'Bring your documentation. Failure to do so may delay your claim.',
    expected: [
      { text: 'documentation', suggestion: 'documents' },
      { text: 'Failure to do so', suggestion: null },
    ],
  },
  {
    // Officialese of translated letters and rules: «следует иметь в виду», «не подлежит рассмотрению», «в
    // установленный срок», «в случае неуплаты», «лица старше 65 лет», «позволит построить».
    rule: 'en/officialese',
    text: 'It should be borne in mind that a late complaint is not subject to consideration. Fix it within the specified period. In case of failure to pay, we add a fine. Persons over 65 years of age pay less. Legal persons pay more. The plan will make it possible to build clinics.',
    expected: [
      { text: 'It should be borne in mind that', suggestion: null },
      { text: 'is not subject to consideration', suggestion: 'will not be considered' },
      { text: 'within the specified period', suggestion: 'in time' },
      { text: 'In case of failure to', suggestion: 'If you do not' },
      { text: 'Persons', suggestion: 'People' },
      { text: 'years of age', suggestion: 'years old' },
      { text: 'Legal persons', suggestion: 'Organisations' },
      { text: 'make it possible to', suggestion: 'help' },
    ],
  },
  {
    // A plan is carried out, a system brought in.
    rule: 'en/officialese',
    text: 'We reply once the new system is implemented. We will implement the new system next year. The plan was implemented in 2020.',
    expected: [
      { text: 'is implemented', suggestion: 'is introduced' },
      { text: 'implement', occurrence: 2, suggestion: 'introduce' },
      { text: 'was implemented', suggestion: 'was carried out' },
    ],
  },
  {
    // A notice reaches the reader, an application the agency.
    rule: 'en/officialese',
    text: 'Pay within 30 days from the date of receipt of this notice. We reply within 5 days from the date of receipt of your application.',
    expected: [
      { text: 'from the date of receipt of', suggestion: 'after you get' },
      { text: 'from the date of receipt of', occurrence: 2, suggestion: 'after we get' },
    ],
  },
  {
    // A group is set up, a fact shown, an unknown found out.
    rule: 'en/officialese',
    text: 'We will establish a working group. We must establish whether you qualify. The file establishes that he paid.',
    expected: [
      { text: 'establish', suggestion: 'set up' },
      { text: 'establish', occurrence: 2, suggestion: 'find out' },
      { text: 'establishes', suggestion: 'shows' },
    ],
  },
  {
    // A duty in the past or future: "had to", "will have to". "Were needed to" would say the people were needed;
    // a thing needed keeps "needed", and with an adverb between there is nothing to paste (the passive's finding
    // holds the word).
    rule: 'en/officialese',
    text: 'Travellers were required to get a permit. You will be required to show your card. A permit was required to enter. They were previously required to queue. You may be required to attend. No fee will be required to apply.',
    expected: [
      { text: 'were required to', suggestion: 'had to' },
      { text: 'will be required to', suggestion: 'will have to' },
      { text: 'was required', suggestion: 'was needed' },
      { text: 'be required to', occurrence: 2, suggestion: 'have to' },
      { text: 'be required to', occurrence: 3, suggestion: null },
    ],
  },
  {
    // "Must" in place of "are required to" would strand the "to" of a second infinitive after "and".
    rule: 'en/officialese',
    text: 'You are required to sign the form and to pay the fee. You are required to sign the form and pay the fee.',
    expected: [
      { text: 'are required to', suggestion: null },
      { text: 'are required to', occurrence: 2, suggestion: 'must' },
    ],
  },
  {
    // A second noun phrase that shares the light verb a few words on ("and an announcement in June") would be
    // left without a verb by the plain one; a clause of its own after "and the" keeps it.
    rule: 'en/officialese',
    text: 'We will make a decision in May and an announcement in June. The council made a decision on Monday and the mayor announced it.',
    expected: [
      { text: 'make a decision', suggestion: null },
      { text: 'made a decision', suggestion: 'decided' },
    ],
  },
  {
    // Someone makes sure; a thing cannot: after a rule, a measure or "this", "ensure" has nothing to paste.
    rule: 'en/officialese',
    text: 'This measure ensures that families get help. This will ensure that you are paid. It ensures that no one is missed. The akimat ensures that the list is up to date.',
    expected: [
      { text: 'ensures', suggestion: null },
      { text: 'will ensure', suggestion: null },
      { text: 'ensures', occurrence: 2, suggestion: null },
      { text: 'ensures', occurrence: 3, suggestion: 'makes sure' },
    ],
  },
  {
    // "End" needs the article "expiration" went without; an expiration date is plain.
    rule: 'en/officialese',
    text: 'Payment stops upon expiration of the benefit period. After expiration of the term, apply again. At its expiration, leave. Check the expiration date.',
    expected: [
      { text: 'upon expiration of', suggestion: 'at the end of' },
      { text: 'expiration', occurrence: 2, suggestion: 'the end' },
      { text: 'expiration', occurrence: 3, suggestion: 'end' },
    ],
  },
  {
    // A suggestion must paste without a word too many or too few: "You please rectify", "improve to the
    // service", "the results will be told to applicants" are no English.
    rule: 'en/officialese',
    text: 'You are requested to reply. Drivers are requested to slow down. We will deliver improvements to the service. We delivered improvements for residents. The results will be notified to applicants.',
    expected: [
      { text: 'You are requested to', suggestion: 'Please' },
      { text: 'are requested to', occurrence: 2, suggestion: 'should' },
      { text: 'deliver improvements to', suggestion: 'improve' },
      { text: 'delivered improvements', suggestion: null },
      { text: 'be notified to', suggestion: 'be sent to' },
    ],
  },
  {
    // "Not later than" before a length of time: "by 30 days" is no English. Counted from an event it is "within",
    // counted back from one "at least"; a length alone gets nothing to paste, a date "by".
    rule: 'en/officialese',
    text: 'Pay not later than 30 calendar days from the notice. Apply no later than 10 days before the election. Pay no later than 30 days. Apply no later than 1 May.',
    expected: [
      { text: 'not later than', suggestion: 'within' },
      { text: 'no later than', suggestion: 'at least' },
      { text: 'no later than', occurrence: 2, suggestion: null },
      { text: 'no later than', occurrence: 3, suggestion: 'by' },
    ],
  },
  {
    // "Of the current year" is "this year" after a date; after another noun the "of" stays.
    rule: 'en/officialese',
    text: 'We will finish by the end of the current year.',
    expected: [{ text: 'of the current year', suggestion: 'of this year' }],
  },
  {
    // A light verb's noun coordinated with another noun phrase: "inspected and a review of" would not be English,
    // so nothing to paste; a verb after "and" keeps the plain verb.
    rule: 'en/officialese',
    text: 'Officers carried out an inspection and a review of the site. The council made a decision, an announcement and a plan. The council made a decision and announced it.',
    expected: [
      { text: 'carried out an inspection', suggestion: null },
      { text: 'made a decision', suggestion: null },
      { text: 'made a decision', occurrence: 2, suggestion: 'decided' },
    ],
  },
  {
    // The light verb's preposition said again after "and": "affected policy and on spending" would not be
    // English, so nothing to paste; without it the plain verb pastes.
    rule: 'en/officialese',
    text: 'The board had an impact on policy and on spending. The fund provides assistance to families and to schools. The cuts had an impact on jobs and pay.',
    expected: [
      { text: 'had an impact on', suggestion: null },
      { text: 'provides assistance to', suggestion: null },
      { text: 'had an impact on', occurrence: 2, suggestion: 'affected' },
    ],
  },
  {
    // A law's "shall" is a future; a duty's is "must".
    rule: 'en/officialese',
    text: 'This Law shall enter into force on 1 May. It entered into force last year. You shall pay the fee.',
    expected: [
      { text: 'shall enter into force', suggestion: 'will come into force' },
      { text: 'entered into force', suggestion: 'came into force' },
      { text: 'shall', occurrence: 2, suggestion: 'must' },
    ],
  },
  {
    // A word in the sense its context gives it: "US persons" is a legal term; "amounts" after an adjective is
    // the noun; "upon which we depend" is "on which"; "indicated that" reports a claim ("said that").
    rule: 'en/officialese',
    text: 'Information about US persons is kept. They give substantial amounts to charity. The creatures upon which we depend. He had indicated that he survived.',
    expected: [
      { text: 'substantial', suggestion: 'large' },
      { text: 'upon which', suggestion: 'on which' },
      { text: 'had indicated', suggestion: 'had said' },
    ],
  },
  {
    // A suggestion fits the words around it: the article it takes comes with it ("a key role" → "an important
    // role"), "of" stays before a pronoun or a determiner, and "more numerous" is no "more many". A word joined
    // to its own plain word ("possible and feasible", "help to facilitate") says one thing twice: nothing to
    // paste, since the other plain words need not share the pair's sense ("strengthen and improve" → not
    // "increase").
    rule: 'en/officialese',
    text: 'It plays a key role. A number of our staff left. It is possible and feasible. They are more numerous. Women comprise 40% of the staff. Skills that strengthen and improve the service. We can help to facilitate that. Staff facilitate the process.',
    expected: [
      { text: 'a key role', suggestion: 'an important role' },
      { text: 'A number of', suggestion: 'Some of' },
      { text: 'feasible', suggestion: null },
      // Before a share the part makes up the whole.
      { text: 'comprise', suggestion: 'make up' },
      { text: 'strengthen', suggestion: null },
      { text: 'facilitate', suggestion: null },
      { text: 'facilitate', occurrence: 2, suggestion: 'help' },
    ],
  },
  {
    // A word whose plain replacement fits one of its senses only: offered in that sense, nothing to paste in
    // the other (verified elements are confirmed; animals are no people; a tax is brought in; what ensures
    // without meaning it makes nothing sure; a sum comes to, a thing amounts to).
    rule: 'en/officialese',
    text: 'The panel verified the results. The herd has forty individuals. Individuals must register. They wrote down individuals’ names. Individuals and companies pay the levy. The state was given a year to implement the tax. We will implement the plan. Dry weather ensured the match went ahead. We ensured that it was signed. The city anticipates hiring staff. We anticipate delays. Members, who comprise the vast majority of users, agree. The costs amounted to £5m. The remarks amounted to a threat. The portal facilitates online fraud. Staff facilitate the process. He slowly proceeded towards the door. We proceeded with the plan. Those deemed guilty pay. Students demonstrated in the square. The study demonstrated that it works.',
    expected: [
      { text: 'verified', suggestion: 'confirmed' },
      { text: 'individuals', suggestion: null },
      { text: 'Individuals', suggestion: 'People' },
      { text: 'individuals', occurrence: 2, suggestion: null },
      { text: 'Individuals', occurrence: 2, suggestion: null },
      { text: 'implement', suggestion: 'bring in' },
      { text: 'implement', occurrence: 2, suggestion: 'carry out' },
      { text: 'ensured', suggestion: null },
      { text: 'ensured', occurrence: 2, suggestion: 'made sure' },
      { text: 'anticipates', suggestion: null },
      { text: 'anticipate', occurrence: 2, suggestion: 'expect' },
      { text: 'comprise', suggestion: 'make up' },
      { text: 'the vast majority of', suggestion: 'most' },
      { text: 'amounted to', suggestion: 'came to' },
      { text: 'amounted to', occurrence: 2, suggestion: null },
      { text: 'facilitates', suggestion: null },
      { text: 'facilitate', occurrence: 2, suggestion: 'help' },
      { text: 'proceeded', suggestion: null },
      { text: 'proceeded', occurrence: 2, suggestion: 'went ahead' },
      { text: 'deemed', suggestion: 'considered' },
      { text: 'demonstrated', occurrence: 2, suggestion: 'showed' },
    ],
  },
  {
    // An agency verifies by checking; what could not be verified, or was reported verified, is confirmed. A
    // curriculum in force ("the national curriculum") is followed, not brought in; a new or bespoke one is.
    rule: 'en/officialese',
    text: 'We verify all claims. We will verify the information you gave us. Reporters could not verify it. Schools must implement the national curriculum. Schools will implement a bespoke curriculum. We implement the new curriculum.',
    expected: [
      { text: 'verify', suggestion: 'check' },
      { text: 'verify', occurrence: 2, suggestion: 'check' },
      { text: 'verify', occurrence: 3, suggestion: 'confirm' },
      { text: 'implement', suggestion: null },
      { text: 'implement', occurrence: 2, suggestion: 'bring in' },
      { text: 'implement', occurrence: 3, suggestion: 'bring in' },
    ],
  },
  {
    // Restrictions, ordinances and bans are brought in, in the active and in the passive; a plan is carried out,
    // and so is a report about a law ("on tax" is the report's, not what is implemented).
    rule: 'en/officialese',
    text: 'Councils must implement the new parking restrictions by March. The town wants to implement a new “noise ordinance”. The ban was implemented in 2020. The plan was implemented in 2020. We will implement the report on tax.',
    expected: [
      { text: 'implement', suggestion: 'bring in' },
      { text: 'implement', occurrence: 2, suggestion: 'bring in' },
      { text: 'was implemented', suggestion: 'was brought in' },
      { text: 'was implemented', occurrence: 2, suggestion: 'was carried out' },
      { text: 'implement', occurrence: 5, suggestion: 'carry out' },
    ],
  },
  {
    // A body or a fund is set up, also a number of them; contact, a presence or trust is not ("set up contact
    // with the committee"): a noun after a preposition is another phrase's, and trust without an article is no
    // body. Nothing to paste there.
    rule: 'en/officialese',
    text: 'We will establish contact with the committee. We must establish trust with parents. They will establish a charitable trust. They will establish a number of local committees.',
    expected: [
      { text: 'establish', suggestion: null },
      { text: 'establish', occurrence: 2, suggestion: null },
      { text: 'establish', occurrence: 3, suggestion: 'set up' },
      { text: 'establish', occurrence: 4, suggestion: 'set up' },
      { text: 'a number of', suggestion: 'some' },
    ],
  },
  {
    // What came before an idea anticipated it: "expected calculus" says another thing. An expected event, and
    // the adjective before an idea, keep "expected".
    rule: 'en/officialese',
    text: 'Archimedes anticipated calculus. The book anticipates modern theories of law. Nobody anticipated the storm. The anticipated discovery came late.',
    expected: [
      { text: 'anticipated', suggestion: null },
      { text: 'anticipates', suggestion: null },
      { text: 'anticipated', occurrence: 2, suggestion: 'expected' },
      { text: 'anticipated', occurrence: 3, suggestion: 'expected' },
    ],
  },
  {
    // Before a determiner or a pronoun the "of" of "the vast majority of" stays, as for "the majority of".
    rule: 'en/officialese',
    text: 'The grant covers the vast majority of the fees. The overwhelming majority of them agreed. The vast majority of tenants pay on time.',
    expected: [
      { text: 'the vast majority of', suggestion: 'most of' },
      { text: 'The overwhelming majority of', suggestion: 'Most of' },
      { text: 'The vast majority of', suggestion: 'Most' },
    ],
  },
  {
    // A plain word that needs another complement or position than the officialese it replaces: "affect" takes
    // no "on", "left" no "from", "discussed" no "about", "so" a clause; "more robust" is no "more strong".
    rule: 'en/officialese',
    text: 'It began to impact heavily on farms. It will impact farms. The film departed from the book. The bus departed at noon. Plans were discussed in regard to tax. We wrote in regard to tax. The fee, which is in addition to the duty, is high. Pay it in addition to the duty. Some have alternatively proposed a tax. Alternatively, apply online. Hence the delay. It rained, hence we stayed. Staff of participating firms agreed. Those participating in it agreed. We inform users of risks. We will inform you soon. They built more robust systems. The project has been allocated the sum of 5m. The council has allocated 5m to it. We are informing the victim’s next of kin.',
    expected: [
      { text: 'to impact', suggestion: null },
      { text: 'will impact', suggestion: 'will affect' },
      { text: 'departed', suggestion: null },
      { text: 'departed', occurrence: 2, suggestion: 'left' },
      { text: 'in regard to', suggestion: null },
      { text: 'in regard to', occurrence: 2, suggestion: 'about' },
      { text: 'in addition to', suggestion: 'on top of' },
      { text: 'in addition to', occurrence: 2, suggestion: 'as well as' },
      { text: 'Hence', suggestion: null },
      { text: 'hence', suggestion: 'so' },
      { text: 'participating', occurrence: 2, suggestion: 'taking part' },
      { text: 'inform', suggestion: null },
      { text: 'inform', occurrence: 2, suggestion: 'tell' },
      { text: 'robust', suggestion: null },
      { text: 'been allocated', suggestion: 'been given' },
      { text: 'allocated', occurrence: 2, suggestion: 'set aside' },
      { text: 'informing', suggestion: 'telling' },
    ],
  },
  {
    // A phrasal verb puts a pronoun object inside it ("put it right"): before one, only the plain verbs that
    // need no particle. A case is made stronger, not better; a mass noun is not large; "establish that" takes
    // "show" before a clause only; "under" a law, "in line with" anything else.
    rule: 'en/officialese',
    text: 'How do we rectify it? We will rectify the error. The data strengthens the case for it. We will strengthen services. There is substantial evidence. They paid substantial sums. It took time to establish that bond. We must establish that he is eligible. Press it in accordance with your PIN. We act in accordance with the law.',
    expected: [
      { text: 'rectify', suggestion: 'fix' },
      { text: 'rectify', occurrence: 2, suggestion: 'put right' },
      { text: 'strengthens', suggestion: null },
      { text: 'strengthen', occurrence: 2, suggestion: 'improve' },
      { text: 'substantial', suggestion: null },
      { text: 'substantial', occurrence: 2, suggestion: 'large' },
      { text: 'establish', suggestion: null },
      { text: 'establish', occurrence: 2, suggestion: 'show' },
      { text: 'in accordance with', suggestion: 'in line with' },
      { text: 'in accordance with', occurrence: 2, suggestion: 'under' },
    ],
  },
  {
    // "Nevertheless" inside a verb group is "still"; before a comma or a stop, "even so" ("he paid but." is none).
    rule: 'en/officialese',
    text: 'He has nevertheless refused. He paid nevertheless. Nevertheless, he paid.',
    expected: [
      { text: 'nevertheless', suggestion: 'still' },
      { text: 'nevertheless', occurrence: 2, suggestion: 'even so' },
      { text: 'Nevertheless', suggestion: 'Even so' },
    ],
  },
  {
    // Jargon at a clause's end is no adjective before a noun: "training was ad hoc" was improvised, not one-off.
    rule: 'en/jargon',
    text: 'Training was ad hoc. We set up an ad hoc group. We take a holistic approach.',
    expected: [
      { text: 'ad hoc', suggestion: null },
      { text: 'an ad hoc', suggestion: 'a one-off' },
      { text: 'holistic', suggestion: 'joined-up' },
    ],
  },
  {
    // Words in a name or a title written in capitals are not reworded; a heading in title case is still read.
    rule: 'en/officialese',
    text: 'She works at the Transform Drug Policy Foundation. He starred in the drama Designated Survivor. How To Obtain A Permit',
    expected: [{ text: 'Obtain', suggestion: 'Get' }],
  },
  {
    // A duty is no need: "require" with an object and an infinitive, or with a law as its subject, has nothing
    // to paste; a thing needed keeps "need". "Of" stays before a determiner, "one of" takes "several", and an
    // adverb between an article and its noun is one that can stand there.
    rule: 'en/officialese',
    text: 'New rules require some of them to report. It is a law that requires a yearly report. You require a passport to enter. It is the 50% required for the vote to count. The form requires your signature. A significant number of those cases failed. He is one of a number of famous singers. It shows an approximately twofold rise. It costs approximately ten pounds. It was an initially small team. We agreed this indicated demand would grow.',
    expected: [
      { text: 'require', suggestion: null },
      { text: 'requires', suggestion: null },
      { text: 'require', occurrence: 3, suggestion: 'need' },
      { text: 'required', suggestion: 'needed' },
      { text: 'requires', occurrence: 2, suggestion: 'needs' },
      { text: 'A significant number of', suggestion: 'Many of' },
      { text: 'a number of', suggestion: 'several' },
      { text: 'an approximately', suggestion: 'a roughly' },
      { text: 'approximately', occurrence: 2, suggestion: 'about' },
      { text: 'initially', suggestion: null },
      { text: 'indicated', suggestion: null },
    ],
  },
  {
    // A quoted title after the law or company it names is its own wording; a quotation is still read, with
    // nothing to paste into someone else's words; a term of one or two words in quotes is no quotation.
    rule: 'en/officialese',
    text: 'It is set by the Rules "On the provision of services in accordance with the standard". He said "in accordance with the law" twice. We "utilise" it.',
    expected: [
      { text: 'in accordance with', occurrence: 2, suggestion: null },
      { text: 'utilise', suggestion: 'use' },
    ],
  },
  {
    // Legal English translated from Russian: «вышеуказанные», «подлежат проверке», «в случае необходимости»,
    // «имеют право», «бесплатно». "Entitled to" before a verb is "can"; before a noun, a right is had.
    rule: 'en/officialese',
    text: 'The said documents are subject to verification. In case of necessity, we call you. Citizens are entitled to receive the service free of charge. Pensioners are entitled to a discount. The children said the said thing.',
    expected: [
      { text: 'The said', suggestion: 'The' },
      { text: 'are subject to verification', suggestion: 'will be checked' },
      { text: 'In case of necessity', suggestion: 'If needed' },
      { text: 'are entitled to', suggestion: 'can' },
      { text: 'free of charge', suggestion: 'for free' },
      { text: 'are entitled to', occurrence: 2, suggestion: 'have a right to' },
      { text: 'the said', suggestion: 'the' },
    ],
  },
  {
    rule: 'en/officialese',
    text: 'In order to renew your passport, you must utilise the online form prior to 1 May.',
    expected: [
      { text: 'In order to', suggestion: 'To' },
      { text: 'utilise', suggestion: 'use' },
      { text: 'prior to', suggestion: 'before' },
    ],
  },
  {
    rule: 'en/officialese',
    text: 'You require a passport. The rules apply to individuals who pledged to stay.',
    expected: [
      { text: 'require', suggestion: 'need' },
      { text: 'individuals', suggestion: 'people' },
      { text: 'pledged', suggestion: 'promised' },
    ],
  },
  {
    // Calques of the Russian of public-service standards.
    rule: 'en/officialese',
    text: 'The service recipient sends a form. Service recipients are legal entities. A complaint is subject to consideration by the authorized body.',
    expected: [
      { text: 'The service recipient sends', suggestion: 'You send' },
      { text: 'Service recipients', suggestion: 'Applicants' },
      { text: 'is subject to consideration', suggestion: 'will be considered' },
      { text: 'the authorized body', suggestion: 'the agency' },
    ],
  },
  {
    // The connective, not the manner adverb.
    rule: 'en/officialese',
    text: 'The rules changed. Accordingly, we moved. Such cases will be dealt with accordingly.',
    expected: [{ text: 'Accordingly', suggestion: 'So' }],
  },
  {
    rule: 'en/officialese',
    // "Because of" only where the phrase opens its clause; after another participle than an arrest's, nothing.
    text: 'Two men were arrested in connection with the attack. In connection with the holidays, the office is shut. He was held while drunk and armed in connection with the fight. We have questions in connection with the fee. A man was held on Monday, in connection with the fire.',
    expected: [
      { text: 'in connection with', suggestion: 'linked to' },
      { text: 'In connection with', suggestion: 'Because of' },
      { text: 'in connection with', occurrence: 2, suggestion: null },
      { text: 'in connection with', occurrence: 3, suggestion: 'linked to' },
      { text: 'in connection with', occurrence: 4, suggestion: 'linked to' },
    ],
  },
  {
    // Calques of «текущего года»; "to date" but not "up to date".
    rule: 'en/officialese',
    text: 'Finish by 1 October of the current year. To date, 78% is done. Keep your details up to date.',
    expected: [
      { text: 'of the current year', suggestion: 'this year' },
      { text: 'To date', suggestion: 'So far' },
    ],
  },
  {
    // In quotation marks "concerning" is the adjective: a preposition has its noun phrase right after it.
    rule: 'en/officialese',
    text: 'He said it was "concerning" that the plant closed. Write to us concerning the fee.',
    expected: [{ text: 'concerning', occurrence: 2, suggestion: 'about' }],
  },
  {
    // "Comprised of" keeps one "of"; "comprises" alone takes one.
    rule: 'en/officialese',
    text: 'A committee comprised of ministers met. The set comprises three parts.',
    expected: [
      { text: 'comprised of', suggestion: 'made up of' },
      { text: 'comprises', suggestion: 'consists of' },
    ],
  },
  {
    // After a determiner a past form is a participle before its noun; the legal naming idiom as a whole.
    rule: 'en/officialese',
    text: 'We check the submitted documents. She submitted the form to the portal (hereinafter referred to as the portal).',
    expected: [
      { text: 'submitted', suggestion: 'sent' },
      { text: 'submitted', occurrence: 2, suggestion: 'sent' },
      { text: 'hereinafter referred to as' },
    ],
  },
  {
    // Each form of a verb gets the plain verb in the same form.
    rule: 'en/officialese',
    text: 'The ministry will endeavour to facilitate the process. Citizens who reside abroad have already submitted their forms, and we ascertained the facts in accordance with the law.',
    expected: [
      { text: 'endeavour to', suggestion: 'try to' },
      { text: 'facilitate', suggestion: 'help' },
      { text: 'reside', suggestion: 'live' },
      { text: 'submitted', suggestion: 'sent' },
      { text: 'ascertained', suggestion: 'found out' },
      { text: 'in accordance with', suggestion: 'under' },
    ],
  },
  {
    // The verb "effect" (a payment) is officialese; the noun is not.
    rule: 'en/officialese',
    text: 'Payment is effected by bank transfer. To effect a payment, call us. The effects of the new law are clear.',
    expected: [
      { text: 'is effected', suggestion: 'is made' },
      { text: 'To effect', suggestion: 'To make' },
    ],
  },
  {
    // `notBefore`: "demonstrated against" is a protest; "submitted by means of" leaves "by means of" its own.
    rule: 'en/officialese',
    text: 'Protesters demonstrated against the law, and the study demonstrated that it works. Forms submitted by means of the portal arrive first.',
    expected: [
      { text: 'demonstrated', occurrence: 2, suggestion: 'showed' },
      { text: 'submitted', suggestion: 'sent' },
      { text: 'by means of', suggestion: 'using' },
    ],
  },
  {
    // GOV.UK "words to avoid": only in the senses it warns about.
    rule: 'en/officialese',
    text: 'Going forward, the new rules will impact key priorities, and we will leverage our data to tackle fraud.',
    expected: [
      { text: 'Going forward', suggestion: 'From now on' },
      { text: 'will impact', suggestion: 'will affect' },
      { text: 'key priorities', suggestion: 'important priorities' },
      { text: 'leverage', suggestion: 'use' },
      { text: 'tackle', suggestion: 'deal with' },
    ],
  },
  {
    // "Best" and "main" want a determiner that picks out their noun; after a degree word "best" has no place.
    rule: 'en/officialese',
    text: 'We chose optimal routes. Ours is the optimal route. The level is optimal. A more optimal plan is due. These were key factors. The key factors were cost and time.',
    expected: [
      { text: 'optimal', suggestion: 'the best' },
      { text: 'optimal', occurrence: 2, suggestion: 'best' },
      { text: 'optimal', occurrence: 3, suggestion: 'best' },
      { text: 'optimal', occurrence: 4, suggestion: null },
      { text: 'key factors', suggestion: 'important factors' },
      { text: 'key factors', occurrence: 2, suggestion: 'main factors' },
    ],
  },
  {
    // "Indicate that": a person says, evidence shows, a participle after a comma shows; another noun, nothing.
    rule: 'en/officialese',
    text: 'Her support indicates that she agrees. Figures indicate that demand is rising. Demand rose, indicating that prices fell.',
    expected: [
      { text: 'indicates', suggestion: null },
      { text: 'indicate', occurrence: 2, suggestion: 'show' },
      { text: 'indicating', suggestion: 'showing' },
    ],
  },
  {
    // A body is set up, a legacy is not; "almost only", "reimagined for" and "so creating" are no English.
    rule: 'en/officialese',
    text: 'We must establish a legacy. The council will establish a working group. The rich almost exclusively eat white bread. Cycling was reimagined as a means of relaxation. Bikes are used as a means of transport. It serves as a means of reducing costs. The land sank, thereby creating a bowl. We cut waste and thereby save money. The rule thereby ends the scheme.',
    expected: [
      { text: 'establish', suggestion: null },
      { text: 'establish', occurrence: 2, suggestion: 'set up' },
      { text: 'exclusively', suggestion: null },
      { text: 'as a means of', suggestion: null },
      { text: 'as a means of', occurrence: 2, suggestion: 'for' },
      { text: 'as a means of', occurrence: 3, suggestion: 'as a way of' },
      { text: 'thereby', suggestion: 'in this way' },
      { text: 'thereby', occurrence: 2, suggestion: 'so' },
      { text: 'thereby', occurrence: 3, suggestion: 'in this way' },
    ],
  },
  {
    // "Requiring" that opens its clause lays a duty whose doer is out of sight; after its noun it is a need.
    rule: 'en/officialese',
    text: 'The bill makes changes, including: requiring a yearly report. It is a task requiring patience. It is hard, requiring skill.',
    expected: [
      { text: 'requiring', suggestion: null },
      { text: 'requiring', occurrence: 2, suggestion: 'needing' },
      { text: 'requiring', occurrence: 3, suggestion: 'needing' },
    ],
  },
  {
    // Nouns and other senses: proof of purchase, a utility bill, the impact, an informed choice, the key.
    rule: 'en/officialese',
    text: 'Bring your proof of purchase and a recent utility bill. The impact on families will be small, so you can make an informed choice.',
    expected: [],
  },
  {
    rule: 'en/officialese',
    text: 'The key to the office is at reception. Foster carers can apply to foster a second child.',
    expected: [],
  },
  {
    // Words from the GOV.UK and Plain English Campaign lists; a furnished flat and "once upon a time" are plain.
    rule: 'en/officialese',
    text: 'Please furnish your particulars upon arrival. The council undertook a review of the furnished flat. Once upon a time, funds were allocated owing to demand. It takes a week, upon which we decide.',
    expected: [
      { text: 'furnish', suggestion: 'give' },
      { text: 'particulars', suggestion: 'details' },
      { text: 'upon', suggestion: 'on' },
      { text: 'undertook a review of', suggestion: 'reviewed' },
      { text: 'were allocated', suggestion: 'were set aside' },
      { text: 'owing to', suggestion: 'because of' },
      // "After which", not "on which".
      { text: 'upon which', suggestion: 'after which' },
    ],
  },
  {
    // A light verb and an action noun in each of the verb's forms, the plain verb in the same form; a noun
    // whose plain verb takes an object goes with its "of" or "into".
    rule: 'en/officialese',
    text: 'The council gave consideration to the plan. The team carried out an inspection. We conducted a review of the rules. She has taken a decision. Police are conducting an investigation into the fire. The centre provides assistance to families. She made a payment of 200 pounds. We had a discussion about the budget. The sides reached an agreement with the union.',
    expected: [
      { text: 'gave consideration to', suggestion: 'considered' },
      { text: 'carried out an inspection', suggestion: 'inspected' },
      { text: 'conducted a review of', suggestion: 'reviewed' },
      { text: 'taken a decision', suggestion: 'decided' },
      { text: 'conducting an investigation into', suggestion: 'investigating' },
      { text: 'provides assistance to', suggestion: 'helps' },
      { text: 'made a payment of', suggestion: 'paid' },
      { text: 'had a discussion about', suggestion: 'discussed' },
      { text: 'reached an agreement with', suggestion: 'reached a deal with' },
    ],
  },
  {
    // Meetings, consultations and account taken in any form; "ensure compliance with" as a whole, since "make
    // sure compliance with" is no English, and "ensure" alone gets "make sure" only before a clause.
    rule: 'en/officialese',
    text: 'We took into account your comments. We will hold a meeting with residents. They held a consultation on the plan. The board is holding discussions about the budget. You must ensure compliance with the rules. We made a recommendation that fees fall. We ensure the safety of your data. Please ensure all fields are filled in.',
    expected: [
      { text: 'took into account', suggestion: 'considered' },
      { text: 'hold a meeting with', suggestion: 'meet' },
      { text: 'held a consultation on', suggestion: 'consulted on' },
      { text: 'holding discussions about', suggestion: 'discussing' },
      { text: 'ensure compliance with', suggestion: 'follow' },
      { text: 'made a recommendation that', suggestion: 'recommended that' },
      // "Make sure" needs a clause after it: not before a noun alone.
      { text: 'ensure', occurrence: 2, suggestion: null },
      { text: 'ensure', occurrence: 3, suggestion: 'make sure' },
    ],
  },
  {
    // Account taken in the passive, with its "be" (the passive rule then has nothing to add), and opening a
    // clause, where it is a preposition; notice of a thing, arrangements and payment effected.
    rule: 'en/officialese',
    text: 'Your views are taken into account. Costs are not taken into account. Taking into account the weather, we stayed home. We set the fee, taking into account your income. Your request will be given careful consideration. You must give notification of any change. We made arrangements for the visit. We will make arrangements to collect it. The bank will effect payment within 5 days. We held a consultation with residents.',
    expected: [
      { text: 'are taken into account', suggestion: 'are considered' },
      { text: 'are not taken into account', suggestion: 'are not considered' },
      { text: 'Taking into account', suggestion: 'Considering' },
      { text: 'taking into account', suggestion: 'considering' },
      { text: 'be given careful consideration', suggestion: 'be carefully considered' },
      { text: 'give notification of', suggestion: 'report' },
      { text: 'made arrangements for', suggestion: 'arranged' },
      { text: 'make arrangements to', suggestion: 'arrange to' },
      { text: 'effect payment', suggestion: 'pay' },
      { text: 'held a consultation with', suggestion: 'consulted' },
    ],
  },
  {
    // An adjective of the noun becomes the plain verb's adverb where one reads right; where none does ("a
    // detailed review", "due consideration") or the light verb's object follows ("a recommendation to"), the
    // phrase has nothing to paste.
    rule: 'en/officialese',
    text: 'The group made a direct impact on the town. We conducted a thorough review of the rules. The board gave careful consideration to the plan. The law had a major impact on farmers. She made a formal complaint. Inspectors carry out regular inspections of farms. The agency is conducting a detailed review of the case. The board gave due consideration to the request. The panel made a recommendation to the minister.',
    expected: [
      { text: 'made a direct impact on', suggestion: 'directly affected' },
      { text: 'conducted a thorough review of', suggestion: 'thoroughly reviewed' },
      { text: 'gave careful consideration to', suggestion: 'carefully considered' },
      { text: 'had a major impact on', suggestion: 'greatly affected' },
      { text: 'made a formal complaint', suggestion: 'formally complained' },
      { text: 'carry out regular inspections of', suggestion: 'regularly inspect' },
      { text: 'conducting a detailed review of', suggestion: null },
      { text: 'gave due consideration to', suggestion: null },
      { text: 'made a recommendation to', suggestion: null },
    ],
  },
  {
    // Look-alikes: an adjective not listed ("a good decision", "a final decision" is idiom), the noun "effect",
    // notice that ends a job or a lease, a plain "made a recommendation".
    rule: 'en/officialese',
    text: 'We made a good decision. The board made a final decision on the plan. The effect payment delays have on firms is large. She gave notice yesterday. The landlord gave notice to the tenant. The panel made a recommendation. The council took further action.',
    expected: [],
  },
  {
    // Passive light verbs whose text names no one to act: the passive alone, said once.
    rule: 'en/passive',
    text: 'The payment must be made within 10 days. A decision will be taken next week. An inspection was carried out. Your views are taken into account.',
    expected: [{ text: 'be made' }, { text: 'be taken' }, { text: 'was carried out' }],
  },
  {
    // "used", "prepared", "committed" and states like "closed" are passives before an agent or (the first
    // three) any word but the one that makes them "accustomed", "ready", "devoted"; "hereby" and "either"
    // may stand between.
    rule: 'en/passive',
    text: 'The form is used by employers. We are used to it. The report was prepared in May. We are prepared to help. The office is closed. It was closed by the police. The offence was committed on Friday. We are committed to openness. You are hereby warned. He is either fined or warned.',
    expected: [
      { text: 'is used' },
      { text: 'was prepared' },
      // With its doer after it, the passive is offered in the active, over the whole clause.
      { text: 'It was closed by the police', suggestion: 'The police closed it' },
      { text: 'was committed' },
      { text: 'are hereby warned' },
      { text: 'is either fined' },
    ],
  },
  {
    // In a relative clause, a verb after the doer's comma is the main clause's: the clause ends there, and
    // the active is offered; a phrase after the comma may describe the doer instead, and blocks it.
    rule: 'en/passive',
    text: 'The board, which was chaired by the director, met twice. The report, which was drafted by the clerk, recommended changes. The form, which was signed by Ann Lee, the head of the unit, is valid.',
    expected: [
      { text: 'was chaired by the director', suggestion: 'the director chaired' },
      { text: 'was drafted by the clerk', suggestion: 'the clerk drafted' },
      { text: 'was signed', suggestion: null },
    ],
  },
  {
    // "determined" is resolute before "to" and after a person; otherwise someone decided it.
    rule: 'en/passive',
    text: 'The amount is determined by the court. We are determined to help. She was determined. The fee will be determined annually.',
    expected: [
      { text: 'The amount is determined by the court', suggestion: 'The court determines the amount' },
      { text: 'be determined' },
    ],
  },
  {
    // Ready or devoted is what a person is: "prepared for" and a closing "prepared" or "committed" are states
    // after a personal subject, passives after a thing.
    rule: 'en/passive',
    text: 'A summary will be prepared. We were prepared. You must be fully prepared for the exam. Meals are prepared for children. The offence was committed. They are committed.',
    expected: [{ text: 'be prepared' }, { text: 'are prepared' }, { text: 'was committed' }],
  },
  {
    // A meeting named by whose it is has no verb to paste; "meeting" as a noun alone is no light verb.
    rule: 'en/officialese',
    text: 'They held a meeting of the board. The meeting was long. We are meeting with residents.',
    expected: [],
  },
  {
    // A review or an assessment without the object its verb needs, a thing made easy, and the nouns after
    // their verbs are left alone.
    rule: 'en/officialese',
    text: 'We conducted a review last year. The company makes payments easy. The review of the rules was published. An inspection was carried out. The decision made by the panel is final. Staff are making decisions daily.',
    expected: [],
  },
  {
    // "Proceeding from" (translated «исходя из») means "based on"; proceeding alone still means going ahead.
    rule: 'en/officialese',
    text: 'The tax is set proceeding from the cadastral value. We are proceeding with the plan.',
    expected: [
      { text: 'proceeding from', suggestion: 'based on' },
      { text: 'proceeding', occurrence: 2, suggestion: 'going ahead' },
    ],
  },
  {
    // "Magnitude" only as "the magnitude of" (size): a magnitude 7.5 quake and orders of magnitude are measures.
    rule: 'en/officialese',
    text: 'A magnitude 7.5 quake struck, and drones are orders of magnitude away from that. We do not yet know the magnitude of the damage.',
    expected: [{ text: 'the magnitude of', suggestion: 'the size of' }],
  },
  {
    // The adjective "concerning", first-person "shall" and "highly anticipated" are plain English.
    rule: 'en/officialese',
    text: 'It is concerning that we shall see the highly anticipated results late. Write to us concerning the fee. The tenant shall pay the rent, and we anticipated the delay.',
    expected: [
      { text: 'concerning', occurrence: 2, suggestion: 'about' },
      { text: 'shall', occurrence: 2, suggestion: 'must' },
      { text: 'anticipated', occurrence: 2, suggestion: 'expected' },
    ],
  },
  {
    // Translated from «имеют право на получение», «запрещается», «установленном законодательством».
    rule: 'en/officialese',
    text: 'Citizens have the right to receive a card. They have the right to silence. It is prohibited to transfer the card. The fee is paid at the rate established by the legislation.',
    expected: [
      { text: 'It is prohibited to', suggestion: 'You must not' },
      { text: 'established by the legislation', suggestion: 'set by law' },
    ],
  },
  {
    // Letters translated from «Сообщаем, что», «Обращаем ваше внимание»: cut, or one word; the reader is told.
    rule: 'en/officialese',
    text: 'We inform you that the office moved. Kindly be advised that fees rose. We would like to draw your attention to the new rules. For more detailed information, call us. You will be informed that it is ready.',
    expected: [
      { text: 'We inform you that' },
      { text: 'Kindly be advised that' },
      { text: 'We would like to draw your attention to', suggestion: 'Note' },
      { text: 'more detailed information', suggestion: 'more information' },
      { text: 'be informed that', suggestion: 'be told that' },
    ],
  },
  {
    // A noun or an "-ing" form follows: "to" would paste "to improving".
    rule: 'en/officialese',
    text: 'We met with a view to improving services and for the purposes of housing benefit.',
    expected: [
      { text: 'with a view to', suggestion: 'for' },
      { text: 'for the purposes of', suggestion: 'for' },
    ],
  },
  {
    // Before a verb's -ing form the purpose is "to" and its base ("for assisting them" would be a reason), the
    // plain verb for an officialese one; a verb not listed has nothing to paste.
    rule: 'en/officialese',
    text: 'Use a proxy for the purpose of assisting them to vote. We ask for the purpose of checking your identity. It is for the purpose of cataloguing items.',
    expected: [
      { text: 'for the purpose of assisting', suggestion: 'to help' },
      { text: 'for the purpose of checking', suggestion: 'to check' },
      { text: 'for the purpose of', occurrence: 3, suggestion: null },
    ],
  },
  {
    // "Assisted" before a service's noun names the service; as a verb it is "helped". "Participating" before a
    // name is a plain adjective, no finding. What the agency sends, the reader gets: "When you get your licence".
    rule: 'en/officialese',
    text: 'Assisted collections are free. Ask for an assisted collection. Staff assisted residents. Ask at participating Post Office branches. Upon receipt of your new licence, destroy the old one. On receipt of your form we will write to you.',
    expected: [
      { text: 'assisted', occurrence: 2, suggestion: 'helped' },
      { text: 'Upon receipt of', suggestion: 'When you get' },
      { text: 'On receipt of', suggestion: 'When we get' },
    ],
  },
  {
    // A report or a request is "dealt with"; "done" only after "be" or "have", never as a past.
    rule: 'en/jargon',
    text: 'Reports received late will not be actioned. We actioned your request.',
    expected: [
      { text: 'actioned', suggestion: 'dealt with' },
      { text: 'actioned', occurrence: 2, suggestion: 'dealt with' },
    ],
  },
  {
    // A duty is "must", its absence "do not have to" (not "not needed to"); a thing required is needed.
    rule: 'en/officialese',
    text: 'You are required to pay. You are not required to attend. No fee is required to apply.',
    expected: [
      { text: 'are required to', suggestion: 'must' },
      { text: 'are not required to', suggestion: 'do not have to' },
      { text: 'is required', suggestion: 'is needed' },
    ],
  },
  {
    // "Tackle" the verb, not the noun of sport after a number, a determiner or an adjective, nor the sport's
    // tackle of someone named; likewise the nouns "encounters" and "assist". One faces a problem one encounters,
    // not a storm.
    rule: 'en/officialese',
    text: 'He made 18 tackles, and his tackle on Kane was fair. The new plan tackles poverty. He had six total tackles Monday. He was sent off for tackling Smith late. We must tackle Leeds’s housing crisis. Most of those encounters end well. It came from a Jones assist. Staff assist the public. You may encounter technical problems. The ship is encountering rough seas.',
    expected: [
      { text: 'tackles', occurrence: 2, suggestion: 'deals with' },
      { text: 'tackling', suggestion: null },
      { text: 'tackle', occurrence: 5, suggestion: 'deal with' },
      { text: 'assist', occurrence: 2, suggestion: 'help' },
      { text: 'encounter', occurrence: 2, suggestion: 'face' },
      { text: 'encountering', suggestion: null },
    ],
  },
  {
    // "The applicant" becomes "you" with the verb that agrees with it, and with a phrase of its own after "is"
    // in one finding: pasted alone, "You" left "You is obliged to", "must" an order to nobody in particular.
    rule: 'en/officialese',
    text: 'The applicant is notified by text. The applicant submits the form. The applicant is obliged to pay. The applicant must sign it. The service recipient is entitled to a refund. The applicant is in receipt of a pension. The applicant bears the cost.',
    expected: [
      // With the passive it runs into, one finding: both words pasted at once.
      { text: 'The applicant is notified', suggestion: 'You are told' },
      { text: 'The applicant submits', suggestion: 'You send' },
      { text: 'The applicant is obliged to', suggestion: 'You must' },
      { text: 'The applicant', occurrence: 4, suggestion: 'You' },
      { text: 'The service recipient is entitled to', suggestion: 'You have a right to' },
      { text: 'The applicant is in receipt of', suggestion: 'You have' },
    ],
  },
  {
    // A past form after a noun and before a preposition or a stop is a participle («указанный в заявлении»).
    rule: 'en/officialese',
    text: 'The address indicated in the application must match. As indicated above, the fee is fixed. She indicated that she agrees.',
    expected: [
      { text: 'indicated', suggestion: 'shown' },
      { text: 'indicated', occurrence: 2, suggestion: 'shown' },
      // Before "that" it reports what someone said.
      { text: 'indicated', occurrence: 3, suggestion: 'said' },
    ],
  },
  {
    // Whole agency documents: a cause that necessitates makes necessary, it does not need; a duty whose subject's
    // head stands before "of" ("Holders of a … consent"); a thing needed there is a purpose; "extra" before a
    // noun with its amount; consultation carried out. The near cases keep "needed", "More" and "done".
    rule: 'en/officialese',
    text: 'These changes are necessitated by new rules. Changes were necessitated. Holders of a street trading consent are required to submit a form. Proof of address is required to register. No fee is required to apply. Additional costs of £120 apply. Additional documents are needed. Consultation will be undertaken with residents. The tidying will be undertaken.',
    expected: [
      { text: 'are necessitated by', suggestion: 'are made necessary by' },
      { text: 'were necessitated', suggestion: 'were needed' },
      { text: 'are required to', suggestion: 'must' },
      { text: 'submit', suggestion: 'send' },
      { text: 'is required to', suggestion: 'is needed to' },
      { text: 'is required', occurrence: 2, suggestion: 'is needed' },
      { text: 'Additional', suggestion: 'Extra' },
      { text: 'Additional', occurrence: 2, suggestion: 'More' },
      { text: 'be undertaken', suggestion: 'be carried out' },
      { text: 'be undertaken', occurrence: 2, suggestion: 'be done' },
    ],
  },
  {
    // Officialese of whole agency documents with its plain words, and the near cases: a named subject after
    // "Should", found in possession, elapsed time, no fee payable, "came together with", issues outstanding (unresolved), the noun "disregard",
    // political operatives.
    rule: 'en/officialese',
    text: 'Should access not be granted, we will charge. Should Congress change hands, he will lose. Following vaccination, rest. You must be in possession of a licence. Write the date of expiry. Once 28 days have elapsed, appeal. Elapsed time is shown. The fee is payable in advance. No fee is payable. The sum is due and payable now. Send it together with your passport. They came together with friends. The case is held in abeyance. It is necessary for the owner to sign. It will be of short duration. If the balance remains outstanding, we will write. Issues remain outstanding. Please disregard the earlier email. He showed a disregard for safety. Each case is looked at on an individual basis. Operatives will visit. Republican operatives met. Passengers in possession of a ticket may travel. He was found in possession of a knife.',
    expected: [
      { text: 'Should access not be granted', suggestion: 'If access is not granted' },
      { text: 'Following', suggestion: 'After' },
      { text: 'be in possession of', suggestion: 'have' },
      { text: 'date of expiry', suggestion: 'expiry date' },
      { text: 'elapsed', suggestion: 'passed' },
      { text: 'is payable', suggestion: 'must be paid' },
      { text: 'is payable', occurrence: 2, suggestion: 'is due' },
      { text: 'due and payable', suggestion: 'due' },
      { text: 'together with', suggestion: 'with' },
      { text: 'is held in abeyance', suggestion: 'is put on hold' },
      { text: 'It is necessary for', suggestion: null },
      { text: 'of short duration', suggestion: 'short' },
      { text: 'remains outstanding', suggestion: 'is still unpaid' },
      { text: 'remain outstanding', suggestion: 'are still unresolved' },
      { text: 'disregard', suggestion: 'ignore' },
      { text: 'on an individual basis', suggestion: 'individually' },
      { text: 'Operatives', suggestion: 'Workers' },
      { text: 'in possession of', occurrence: 2, suggestion: 'with' },
    ],
  },
  {
    // "Remains outstanding" is unpaid after a money word anywhere earlier in its sentence, unresolved after a
    // matter to settle (also where the matter is about money); a record that "remains outstanding" is
    // excellent, and before a noun it is the adjective.
    rule: 'en/officialese',
    text: 'The balance shown on your statement, including the late payment charge, remains outstanding. The question of the fee remains outstanding. Your rent, due on 1 May, remained outstanding in June. Her record, like her pay, remains outstanding. The balance remains outstanding work. His work remains outstanding.',
    expected: [
      { text: 'remains outstanding', suggestion: 'is still unpaid' },
      { text: 'remains outstanding', occurrence: 2, suggestion: 'is still unresolved' },
      { text: 'remained outstanding', suggestion: 'was still unpaid' },
    ],
  },
  {
    // "Should" and a subject before "be" is "If" with "is" or "are" where the last word tells the number; a
    // subject that does not ("the staff", "the required documents"), another verb ("fail"), or a question
    // keeps "Should" with nothing to paste, or is left alone.
    rule: 'en/officialese',
    text: 'Should the payment be late, we will charge a fee. Should any documents be missing, we will call. Should they be late, call us. Should the staff be late, call us. Should the applicant fail to attend, we will close the case. Should the council be consulted on this? Should there be a problem, call us.',
    expected: [
      { text: 'Should the payment be', suggestion: 'If the payment is' },
      { text: 'Should any documents be', suggestion: 'If any documents are' },
      { text: 'Should they be', suggestion: 'If they are' },
      { text: 'Should', occurrence: 4, suggestion: null },
      { text: 'Should', occurrence: 5, suggestion: null },
      { text: 'the applicant', suggestion: 'you' },
    ],
  },
  {
    // "Subject to" a process after "be" is the process done ("will be subject to inspection" → "will be
    // inspected"); other processes, and "is subject to repayment", want a rewrite; a levy ("subject to tax"),
    // "subject to the usual checks" and a news report's ban are left alone.
    rule: 'en/officialese',
    text: 'Your premises will be subject to inspection. Your case may be subject to review of the rules. Loans are subject to repayment. Income is subject to tax. Bags will be subject to the usual checks. He was subject to a travel ban. You will be subject to a reduction in priority.',
    expected: [
      { text: 'be subject to inspection', suggestion: 'be inspected' },
      { text: 'be subject to', occurrence: 2, suggestion: null },
      { text: 'are subject to', suggestion: null },
      { text: 'be subject to', occurrence: 4, suggestion: null },
    ],
  },
  {
    // To advise the one told of a thing is to tell them about it, and "Please advise us if" is "tell us if";
    // the people's own "of" before "to" and a verb, and advising a thing ("the use of gloves"), are advice.
    rule: 'en/officialese',
    text: 'Please advise the Tribunal office of any change. Please advise us if your address changes. We advised residents of the area to stay in. We advise the use of gloves.',
    expected: [
      { text: 'advise the Tribunal office of', suggestion: 'tell the Tribunal office about' },
      { text: 'advise', occurrence: 2, suggestion: 'tell' },
    ],
  },
  {
    // Exceeding a figure is being more than it, and "not exceeding" one is "up to" it; a person who exceeds a
    // speed, "exceed expectations" and "exceeded", whose number is unclear, are left alone.
    rule: 'en/officialese',
    text: 'Where your tax bill exceeds £1,000, pay in instalments. Bags must not exceed 10 kg. You may be fined an amount not exceeding £500. If a driver exceeds 70 mph, he is fined. Results continue to exceed expectations. The cost exceeded £500.',
    expected: [
      { text: 'exceeds', suggestion: 'is more than' },
      { text: 'exceed', occurrence: 2, suggestion: 'be more than' },
      { text: 'not exceeding', suggestion: 'of up to' },
    ],
  },
  {
    // After the noun measured "not exceeding" is "of up to" ("an income up to £7,400" drops the link); set off
    // by a comma it is "up to".
    rule: 'en/officialese',
    text: 'You must have an annual net earned income not exceeding £7,400. Payments, not exceeding £500, are made monthly.',
    expected: [
      { text: 'not exceeding', suggestion: 'of up to' },
      { text: 'not exceeding', occurrence: 2, suggestion: 'up to' },
    ],
  },
  {
    // "Furnish someone with a thing" is "give someone a thing": the paste takes the "with" in; with other words
    // before a "with" ("furnish the room with alarms") "give" would leave it hanging, and nothing is pasted.
    rule: 'en/officialese',
    text: 'Guests are required to furnish the proprietor with their full name. The hotel furnishes each guest with a form. You must furnish the room with smoke alarms. Records may be kept in electronic format.',
    expected: [
      { text: 'are required to', suggestion: 'must' },
      { text: 'furnish the proprietor with', suggestion: 'give the proprietor' },
      { text: 'furnishes each guest with', suggestion: 'gives each guest' },
      { text: 'furnish', occurrence: 3, suggestion: null },
      { text: 'in electronic format', suggestion: 'electronically' },
    ],
  },
  {
    // Records are kept, not maintained; a road that is maintained is looked after, and left alone.
    rule: 'en/officialese',
    text: 'You must maintain adequate records. Failure to maintain accurate accounts may lead to a penalty. The council maintains the roads. Records are maintained by the office.',
    expected: [
      { text: 'maintain', suggestion: 'keep' },
      { text: 'Failure to', suggestion: null },
      { text: 'maintain', occurrence: 2, suggestion: 'keep' },
      { text: 'Records are maintained by the office', suggestion: 'Records are kept by the office' },
    ],
  },
  {
    // After "a" or "an" the replacement takes its own article; "more" takes none.
    rule: 'en/officialese',
    text: 'An additional fee applies to a supplementary form with an erroneous entry. Additional documents are needed.',
    expected: [
      { text: 'An additional', suggestion: 'An extra' },
      { text: 'a supplementary', suggestion: 'an extra' },
      { text: 'an erroneous', suggestion: 'a wrong' },
      { text: 'Additional', suggestion: 'More' },
    ],
  },
  {
    // Press releases translated from Russian: «информирует, что», «напоминает, что», «в рамках», «в сфере»,
    // «принять меры», «органы внутренних дел», «по месту жительства», «интернет-ресурс».
    rule: 'en/officialese',
    text: 'The Ministry informs that within the framework of the programme in the field of health it will take measures. It reminds that you must notify the internal affairs bodies and get vaccinated at the place of residence. Results are posted on an Internet resource on a quarterly basis.',
    expected: [
      { text: 'informs that', suggestion: 'says that' },
      { text: 'within the framework of', suggestion: 'as part of' },
      { text: 'in the field of', suggestion: 'in' },
      { text: 'take measures', suggestion: 'act' },
      { text: 'reminds that', suggestion: 'reminds people that' },
      { text: 'notify', suggestion: 'tell' },
      { text: 'the internal affairs bodies', suggestion: 'the police' },
      { text: 'at the place of residence', suggestion: 'where you live' },
      { text: 'an Internet resource', suggestion: 'a website' },
      { text: 'on a quarterly basis', suggestion: 'every quarter' },
    ],
  },
  {
    // "Kindly" before a request; "is deemed" after "be"; "etc" leaves the reader guessing; «просят», «влечёт».
    rule: 'en/officialese',
    text: 'Kindly submit your passport, birth certificate etc. An incomplete application is deemed withdrawn. Drivers are kindly requested to use other routes: delays entail fines.',
    expected: [
      { text: 'Kindly', suggestion: 'Please' },
      { text: 'submit', suggestion: 'send' },
      { text: 'etc' },
      { text: 'is deemed', suggestion: 'is treated as' },
      { text: 'are kindly requested to', suggestion: 'should' },
      { text: 'entail', suggestion: 'mean' },
    ],
  },
  {
    // «В связи с праздниками», «ознакомился с ходом», «не достигшие 18 лет», «составила»; the noun "amounts".
    rule: 'en/officialese',
    text: 'In connection with the holidays, the akim got acquainted with the work. People under the age of 18 pay less. The salary amounted to 350,000 tenge. Amounts to be refunded are listed.',
    expected: [
      { text: 'In connection with', suggestion: 'Because of' },
      { text: 'got acquainted with', suggestion: 'looked at' },
      { text: 'under the age of', suggestion: 'under' },
      { text: 'amounted to', suggestion: 'came to' },
    ],
  },
  {
    // «в порядке, установленном законодательством», «местные исполнительные органы», «за счёт бюджета»,
    // «в электронной форме», «со дня поступления», «на территории», «с участием».
    rule: 'en/officialese',
    text: 'Local executive bodies carry out work on roads at the expense of the state budget. The result is issued in electronic form within 5 days from the date of receipt of the application. Violators are fined in the manner prescribed by law. A meeting was held with the participation of parents on the territory of the school.',
    expected: [
      { text: 'Local executive bodies', suggestion: 'Local authorities' },
      { text: 'carry out work on', suggestion: 'work on' },
      { text: 'at the expense of the state budget', suggestion: "at the state's expense" },
      { text: 'in electronic form', suggestion: 'electronically' },
      { text: 'from the date of receipt of', suggestion: 'after we get' },
      { text: 'in the manner prescribed by law', suggestion: 'under the law' },
      { text: 'with the participation of', suggestion: 'with' },
      { text: 'on the territory of', suggestion: 'in' },
    ],
  },
  {
    // GOV.UK's words to avoid, in their senses: bridges are strengthened, a program opens a dialogue.
    rule: 'en/officialese',
    text: 'We will strengthen our dialogue with business, transforming services. We need to strengthen the bridge. Close the dialogue to go on.',
    expected: [
      { text: 'strengthen', suggestion: 'improve' },
      { text: 'dialogue with', suggestion: 'talks with' },
      { text: 'transforming', suggestion: 'changing' },
    ],
  },
  {
    // A question with "shall", "kindly" as manner, prices "at present", a dialogue box.
    rule: 'en/officialese',
    text: 'Shall we start? Goods are sold at present prices. She spoke kindly to them. The applicant who applied first gets the place.',
    expected: [],
  },
  {
    // A replacement fits the article around it: "the status quo" → "the current situation" (not "the the …"),
    // "a win-win" → "good for everyone"; before a noun ("a win-win deal"), nothing to paste.
    rule: 'en/jargon',
    text: 'We must keep the status quo. It can be a win-win. It is a win-win deal.',
    expected: [
      { text: 'status quo', suggestion: 'current situation' },
      { text: 'a win-win', suggestion: 'good for everyone' },
      { text: 'win-win', occurrence: 2, suggestion: null },
    ],
  },
  {
    // "Per se" in a parenthesis is "as such"; "I reach out to" in the present is a gesture, not a call.
    rule: 'en/jargon',
    text: 'I am not after anything, per se, but thanks. Rules per se are fine. I reach out to my opponents today. Please reach out to our office.',
    expected: [
      { text: 'per se', suggestion: 'as such' },
      { text: 'per se', occurrence: 2, suggestion: 'as such' },
      { text: 'reach out to', suggestion: null },
      { text: 'reach out to', occurrence: 2, suggestion: 'contact' },
    ],
  },
  {
    rule: 'en/jargon',
    text: 'We will touch base with every stakeholder and share our learnings with the team.',
    expected: [
      { text: 'touch base', suggestion: 'get in touch' },
      { text: 'stakeholder', suggestion: 'partner' },
      { text: 'learnings', suggestion: 'lessons' },
    ],
  },
  {
    rule: 'en/jargon',
    text: 'The allowance of 500,000 tenge per annum is paid pro rata to part-time staff, inter alia teachers.',
    expected: [
      { text: 'per annum', suggestion: 'a year' },
      { text: 'pro rata', suggestion: 'in proportion' },
      { text: 'inter alia', suggestion: 'among other things' },
    ],
  },
  {
    rule: 'en/jargon',
    text: 'Call us if your internet bandwidth is too low. We will talk to the people involved before we change the service.',
    expected: [],
  },
  {
    // Inside officialese to cut ("Please be informed that"), a passive is one finding too many.
    rule: 'en/passive',
    text: 'Please be informed that the office was moved.',
    expected: [{ text: 'was moved' }],
  },
  {
    rule: 'en/passive',
    text: 'Your application was rejected because the form is often sent without a photo.',
    expected: [{ text: 'was rejected' }, { text: 'is often sent' }],
  },
  {
    rule: 'en/passive',
    text: 'Your old card is being cancelled, and the new ID card will be given to you at the centre.',
    expected: [{ text: 'is being cancelled' }, { text: 'be given' }],
  },
  {
    rule: 'en/passive',
    text: 'The amount is based on your income and was not changed last year.',
    expected: [{ text: 'is based' }, { text: 'was not changed' }],
  },
  {
    // A phrasal verb's particle is part of the passive; a preposition after it is not.
    rule: 'en/passive',
    text: 'The check is carried out by staff, and the office was set up in 2010. The card was sent to you.',
    expected: [{ text: 'is carried out' }, { text: 'was set up' }, { text: 'was sent' }],
  },
  {
    // Where a thing is and what it is made of are states; what a sum is based on was decided by someone.
    rule: 'en/passive',
    text: 'We are based in Almaty, and the centre is made of brick. The amount is based on your income. This is called a review, and you will be called by us. It is known that fees rise.',
    expected: [
      { text: 'is based' },
      { text: 'you will be called by us', suggestion: 'we will call you' },
      { text: 'is known' },
    ],
  },
  {
    // Adjectives in -ed after "be": feelings, states, family status.
    rule: 'en/passive',
    text: 'We are interested in your views. The centre is closed on Sundays, and you are entitled to free care if you are married or retired.',
    expected: [],
  },
  {
    rule: 'en/passive',
    text: 'There is need for reform, and this is indeed urgent. I am tired of queues and worried about the fee.',
    expected: [],
  },
  {
    // States and feelings with no doer to name; the real passive next to them is still found.
    rule: 'en/passive',
    text: 'Two billion people are malnourished, and he is addicted to his phone. He was dismayed by the results, and the fans were stopped at the gate.',
    expected: [{ text: 'were stopped' }],
  },
  {
    // A second infinitive or a relative clause that refers to the noun far along the clause still keeps the
    // words to paste out: "must use … and to report", "met representatives …, during which" would not read.
    rule: 'en/officialese',
    text: 'Recipients are required to use the funds they receive solely for the purposes approved and to report on them. The council held a meeting with representatives of the residents associations, during which roads were discussed.',
    expected: [
      { text: 'are required to', suggestion: null },
      { text: 'solely', suggestion: 'only' },
      { text: 'held a meeting with', suggestion: null },
    ],
  },
  {
    // "cease to" + verb wants "stop" + a gerund: nothing to paste. A particular applicant, told of in the past
    // (a court's press release), is no reader to call "you"; one in the present is.
    rule: 'en/officialese',
    text: "The provisions will cease to have effect. The shop ceased trading. The applicant submitted the form late, and the applicant's claim for compensation in the amount of 2 million tenge was dismissed. The court upheld the applicant's appeal. The applicant's documents are returned within 3 days.",
    expected: [
      { text: 'cease', suggestion: null },
      { text: 'ceased', suggestion: 'stopped' },
      { text: 'submitted', suggestion: 'sent' },
      { text: 'in the amount of', suggestion: 'of' },
      { text: "The applicant's", suggestion: 'Your' },
    ],
  },
  {
    // The get-passive, also with an adverb between and a second object ("got charged a fee").
    rule: 'en/passive',
    text: 'He got fired last week. Your claim will get approved soon, but a form gets rejected if it is late. I would get charged a fee. The money got quickly spent.',
    expected: [
      { text: 'got fired' },
      { text: 'get approved' },
      { text: 'gets rejected' },
      { text: 'get charged' },
      { text: 'got quickly spent' },
    ],
  },
  {
    // "get" as "become" with a state or a change of one's own ("get bloated": an adjective after "be" too) or
    // an injury, "get" as "receive" before its object, an instruction to the reader and a check the reader
    // arranges are no get-passives.
    rule: 'en/passive',
    text: 'Staff who get injured at work can claim. She got choked up. Some people get bloated after meals. They got married in May. Let us get started. I get tired easily, and she got used to it. You will get written confirmation. We got detailed answers. Get vaccinated at your clinic. Please get registered first. You can get tested at any clinic. He got carried away.',
    expected: [],
  },
  {
    // A question puts the subject between "be" and the participle: a pronoun, a noun phrase (a plural or a
    // mass noun without a determiner) or a name.
    rule: 'en/passive',
    text: 'When was it founded? Was the form sent? Why was my application refused? How is the pension calculated? When was Miramar founded? Has the fee been paid? Are walk-in visitors accepted? How is tax calculated?',
    expected: [
      { text: 'was it founded' },
      { text: 'Was the form sent' },
      { text: 'was my application refused' },
      { text: 'is the pension calculated' },
      { text: 'was Miramar founded' },
      { text: 'been paid' },
      { text: 'Are walk-in visitors accepted' },
      { text: 'is tax calculated' },
    ],
  },
  {
    // Not questions with a passive: what a thing is ("What is the amount paid …?" asks about the amount), a
    // noun phrase with a second determiner, a state, a statement.
    rule: 'en/passive',
    text: 'What is the amount paid to applicants? Is this the address given on the form? Is the office closed on Monday? Are you interested? Was the form in the box.',
    expected: [],
  },
  {
    rule: 'en/double-negative',
    text: 'It is not uncommon for payments to arrive late, and it is not impossible to change the date.',
    expected: [{ text: 'not uncommon' }, { text: 'not impossible' }],
  },
  {
    rule: 'en/double-negative',
    text: 'The scheme is not without risk. You cannot fail to notice the change. We cannot not reply. It is not notable.',
    expected: [{ text: 'not without' }, { text: 'cannot fail' }, { text: 'cannot not' }],
  },
  {
    // "Un-" words that are no negation, and reversing verbs.
    rule: 'en/double-negative',
    text: 'Do not unplug the terminal. You cannot apply until Friday, and not under another name.',
    expected: [],
  },
  {
    // "Difficult, if not impossible" is a hedge, not a double negative.
    rule: 'en/double-negative',
    text: 'Life would be difficult, if not impossible, without water.',
    expected: [],
  },
  {
    // 27 words.
    rule: 'en/long-sentence',
    text: 'If you have lost your identity card, you should report the loss to the police and then apply for a new card at any public service centre.',
    expected: [
      {
        text: 'If you have lost your identity card, you should report the loss to the police and then apply for a new card at any public service centre.',
      },
    ],
  },
  {
    // 24 words.
    rule: 'en/long-sentence',
    text: 'If you have lost your identity card, report the loss to the police and apply for a new card at any public service centre.',
    expected: [],
  },
  {
    // 36 words: very long, so not reported as merely long.
    rule: 'en/long-sentence',
    text: 'Applicants who wish to obtain a replacement identity card after the loss or theft of the document must bring a written statement, a photograph and proof of payment of the state fee to the service centre.',
    expected: [],
  },
  {
    // 36 words.
    rule: 'en/very-long-sentence',
    text: 'Applicants who wish to obtain a replacement identity card after the loss or theft of the document must bring a written statement, a photograph and proof of payment of the state fee to the service centre.',
    expected: [
      {
        text: 'Applicants who wish to obtain a replacement identity card after the loss or theft of the document must bring a written statement, a photograph and proof of payment of the state fee to the service centre.',
      },
    ],
  },
  {
    // 27 words.
    rule: 'en/very-long-sentence',
    text: 'If you have lost your identity card, you should report the loss to the police and then apply for a new card at any public service centre.',
    expected: [],
  },
  {
    rule: 'en/long-paragraph',
    text: 'Apply online. Bring your passport. Pay the fee. Wait for a text. Collect your card. Check your details.',
    expected: [
      {
        text: 'Apply online. Bring your passport. Pay the fee. Wait for a text. Collect your card. Check your details.',
      },
    ],
  },
  {
    rule: 'en/long-paragraph',
    text: 'Apply online. Bring your passport. Pay the fee.\n\nWait for a text. Collect your card. Check your details.',
    expected: [],
  },
  {
    rule: 'en/long-word',
    text: 'We will consider the recommendations of the interdepartmental commission.',
    expected: [{ text: 'recommendations' }, { text: 'interdepartmental' }],
  },
  {
    // A compound is as long as its longest part: "customer-focused" joins two short words; a long part is
    // still long.
    rule: 'en/long-word',
    text: 'Our customer-focused service replaces the interdepartmental-style reviews.',
    expected: [{ text: 'interdepartmental-style' }],
  },
  {
    // Long words everyone knows.
    rule: 'en/long-word',
    text: 'Bring your identification and the information we sent you to the university.',
    expected: [],
  },
  {
    // A name inside a sentence has no shorter word; the same word opening a sentence is the writer's choice.
    rule: 'en/long-word',
    text: 'People near Semipalatinsk read the Epidemiological Bulletin. Epidemiological data are rare.',
    expected: [{ text: 'Epidemiological', occurrence: 2 }],
  },
  {
    // Named steps no plainer word stands for, and the words that spell out an abbreviation in brackets after them;
    // the same long word with no abbreviation after it is still flagged.
    rule: 'en/long-word',
    text: 'Ask for a mandatory reconsideration. You may need a colonoscopy. Use the faecal immunochemical test (FIT) kit. An immunochemical test is simple.',
    expected: [{ text: 'immunochemical', occurrence: 2 }],
  },
  {
    // A heading is a label ("Intermediary services"); the same word in a sentence is the writer's choice.
    rule: 'en/long-word',
    text: '## Intermediary services\n\nIntermediary fees depend on your income.',
    expected: [{ text: 'Intermediary', occurrence: 2 }],
  },
  {
    // Defined in the next sentence ("MCI means …"), after a comma or a colon; not three sentences later.
    rule: 'en/undefined-abbreviation',
    text: 'The amount is set in MCI. MCI means monthly calculation index. Go to a PSC, a Public Service Centre. Enter your IIN: your individual identification number. Ask the TC. It is open daily. The TC (Tax Committee) replies.',
    expected: [{ text: 'TC' }],
  },
  {
    // A heading may use it before the text under it spells it out; if the text does not, the heading's use is
    // the first undefined one.
    rule: 'en/undefined-abbreviation',
    text: 'How to apply at a PSC\n\nAt a PSC (Public Service Centre) you can apply in person.\n\nWriting to the DWP\n\nThe DWP replies by post.',
    expected: [{ text: 'DWP' }],
  },
  {
    // Broadcasters and the forms of a company are known by their letters; an agency's own and a company's are not.
    rule: 'en/undefined-abbreviation',
    text: 'He told NBC and MSNBC that the DWP would pay Kazakh Oil LLP and KEGOC JSC.',
    expected: [{ text: 'DWP' }, { text: 'KEGOC' }],
  },
  {
    // Only the first use of an abbreviation that was never spelled out.
    rule: 'en/undefined-abbreviation',
    text: 'Go to the PSC with your ID. The PSC is open until 8 pm.',
    expected: [{ text: 'PSC' }],
  },
  {
    rule: 'en/undefined-abbreviation',
    text: 'Send the form to HMRC or the DWP. HMRC will reply by email.',
    expected: [{ text: 'HMRC' }, { text: 'DWP' }],
  },
  {
    // A plural "s" is not part of the abbreviation.
    rule: 'en/undefined-abbreviation',
    text: 'Local NGOs and ATMs are listed on the map.',
    expected: [{ text: 'NGO' }],
  },
  {
    // "(hereinafter the “PSC”)" and "(or DVLA)" define it too; a bracket with other words in it does not.
    rule: 'en/undefined-abbreviation',
    text: 'The Public Service Centre (hereinafter the “PSC”) accepts applications. Licences come from the Driver and Vehicle Licensing Agency (or DVLA). Ask at the PSC (see DWP guidance).',
    expected: [{ text: 'DWP' }],
  },
  {
    // Full names that spell the abbreviation out, before "or" or in a bracket soon after it; a time zone.
    rule: 'en/undefined-abbreviation',
    text: 'Keep it in a personal online data store, or POD. Schools teach STEM subjects (science, technology, engineering and maths) from 09:30 BST. Ask the LEA.',
    expected: [{ text: 'LEA' }],
  },
  {
    rule: 'en/undefined-abbreviation',
    text: 'Go to a Public Service Centre (PSC) with your ID. The PSC is open until 8 pm, and the UN office is next door.',
    expected: [],
  },
  {
    // Short everyday words in a shouted phrase are shouting, not abbreviations; FBI and MP are known to all;
    // a code with a number (flight MH370) is a name.
    rule: 'en/undefined-abbreviation',
    text: 'She wrote: "THANK YOU FOR STANDING UP TO THE LAW." The FBI and a local MP wrote to the DWP about flight MH370.',
    expected: [{ text: 'DWP' }],
  },
  {
    // A form number (V5C), a number with its unit (5MB), a date or time mask and the everyday GP, DVLA and MOT
    // are nothing to spell out; one repeated letter outside a mask still is.
    rule: 'en/undefined-abbreviation',
    text: 'Send the V5C, a file under 5MB and your date of birth as DD/MM/YYYY at HH:MM to the DVLA. Ask your GP about the MOT. The DD team replies.',
    expected: [{ text: 'DD', occurrence: 2 }],
  },
  {
    // A heading in capitals is shouted, not three abbreviations: its everyday words give it away.
    rule: 'en/undefined-abbreviation',
    text: 'HOW TO APPLY\n\nApply at a PSC (Public Service Centre).',
    expected: [],
  },
  {
    // A keyword to reply or text is shown in capitals; the same capitals elsewhere shout.
    rule: 'en/all-caps',
    text: 'Cancel by replying CANCEL to this message. Text "STOP" to 60060. You can CANCEL it online.',
    expected: [{ text: 'CANCEL', occurrence: 2 }],
  },
  {
    rule: 'en/all-caps',
    text: 'HOW TO APPLY\n\nApply at a PSC (Public Service Centre).',
    expected: [{ text: 'HOW TO APPLY' }],
  },
  {
    // A document's formula label on a line of its own is no shouting; the same word inside a sentence is.
    rule: 'en/all-caps',
    text: 'PRESS RELEASE\n\nThe Council sent a NOTICE to all homes.\n\nNOTICE\n\nThe road closes on Monday.',
    expected: [{ text: 'NOTICE' }],
  },
  {
    // The letters of a case reference with slashes and a UK postcode's halves are codes, not abbreviations;
    // the same letters in prose are.
    rule: 'en/undefined-abbreviation',
    text: 'Your reference is HB/2024/08812. Write to the Town Hall, Northfield NF1 2AB. The DWP pays HB.',
    expected: [{ text: 'DWP' }, { text: 'HB', occurrence: 2 }],
  },
  {
    rule: 'en/all-caps',
    text: 'You MUST bring the ORIGINAL documents.',
    expected: [{ text: 'MUST' }, { text: 'ORIGINAL' }],
  },
  {
    // Abbreviations are not shouting.
    rule: 'en/all-caps',
    text: 'Send a PDF of the form to HMRC, NATO or the UNICEF office.',
    expected: [],
  },
  {
    // A Cyrillic «а» in the last syllable.
    rule: 'en/mixed-script',
    text: 'Welcome to Kazakhstаn, the ninth largest country in the world.',
    expected: [{ text: 'Kazakhstаn', suggestion: 'Kazakhstan' }],
  },
  {
    // Each part of a hyphenated word is in one script.
    rule: 'en/mixed-script',
    text: 'Welcome to Kazakhstan. Check the SMS-хабарлама on your phone.',
    expected: [],
  },
  {
    rule: 'en/repeated-word',
    text: 'Bring the the form to the centre.',
    expected: [{ text: 'the the', suggestion: 'the' }],
  },
  {
    rule: 'en/repeated-word',
    text: 'He said that that form is the right one. They had had enough of the queue.',
    expected: [],
  },
  {
    // A phrasal verb's particle and then a preposition are no doubled word; a doubled preposition is.
    rule: 'en/repeated-word',
    text: 'The form must be filled in in capitals. Hand it in in person, or log on on Monday. Put it in in the box.',
    expected: [],
  },
  {
    rule: 'en/repeated-word',
    text: 'You can apply in in person.',
    expected: [{ text: 'in in', suggestion: 'in' }],
  },
  {
    // A doubled name inside a sentence is the name; a doubled word at the start of a sentence is still a slip.
    rule: 'en/repeated-word',
    text: 'The Mau Mau rebellion began near the Roa Roa Hotel. The The form was lost.',
    expected: [{ text: 'The The' }],
  },
  {
    rule: 'en/hidden-verb',
    text: 'The State Corporation carries out the acceptance of documents. Please provide confirmation of your address. We undertook the digitisation of records.',
    expected: [
      { text: 'carries out the acceptance of' },
      { text: 'provide confirmation of' },
      { text: 'undertook the digitisation of' },
    ],
  },
  {
    // The action noun as a passive's subject, with "carried out" or "conducted": nothing to paste, as the verb
    // must be made from the noun.
    rule: 'en/hidden-verb',
    text: 'The processing of your application is carried out by the regional office. The assessment of your claim will be carried out within 10 days. The inspection of the premises was usually conducted by the council.',
    expected: [
      { text: 'The processing of your application is carried out', suggestion: null },
      { text: 'The assessment of your claim will be carried out', suggestion: null },
      { text: 'The inspection of the premises was usually conducted', suggestion: null },
    ],
  },
  {
    // A passive of another clause, or of a subject that is no action noun, is no hidden verb.
    rule: 'en/hidden-verb',
    text: 'The inspection of the site showed that work was carried out. Checks are carried out by staff. The building of the year was conducted in May.',
    expected: [],
  },
  {
    // The passive inside an action noun's hidden verb is part of it; alone it stays.
    rule: 'en/passive',
    text: 'The processing of your application is carried out by the regional office. Checks are carried out by staff.',
    expected: [{ text: 'are carried out', suggestion: null }],
  },
  {
    // Nouns that name things, and an action noun without "of", are left alone.
    rule: 'en/hidden-verb',
    text: 'Make an appointment of your choice. Provide a copy of the document. Give your statement of income. We carried out the inspection yesterday. Given the introduction of the law, fees rose.',
    expected: [],
  },
  {
    // Checks carried out are checked, with the object after "on" or "of"; a bare plural after "and" is another
    // noun the plain verb would leave without a verb ("inspected and repairs"): nothing to paste there.
    rule: 'en/officialese',
    text: 'We carry out checks on every claim. We carried out a check of your identity. We carry out checks before we pay. We carried out inspections and repairs. We carried out inspections of the roof.',
    expected: [
      { text: 'carry out checks on', suggestion: 'check' },
      { text: 'carried out a check of', suggestion: 'checked' },
      { text: 'carry out checks', occurrence: 2, suggestion: 'check' },
      { text: 'carried out inspections', suggestion: null },
      { text: 'carried out inspections of', suggestion: 'inspected' },
    ],
  },
  {
    // "Mandatory" is "required" after "be" and before a noun; before "to" and a verb nothing fits in place, and a
    // name, a named step and a term of law keep it.
    rule: 'en/officialese',
    text: 'Registration is mandatory. Fill in every mandatory field. Staff must complete mandatory training. It is mandatory to register. The Mandatory Provident Fund pays out. You can ask for a mandatory reconsideration. He got a mandatory life sentence.',
    expected: [
      { text: 'mandatory', suggestion: 'compulsory' },
      { text: 'mandatory', occurrence: 2, suggestion: 'required' },
      { text: 'mandatory', occurrence: 3, suggestion: 'required' },
      { text: 'mandatory', occurrence: 4, suggestion: null },
    ],
  },
  {
    // Cause and effect both said as nouns, with "result in" or "lead to": the clause up to the second noun.
    rule: 'en/nominal-cause',
    text: 'The submission of an appeal will result in the suspension of the decision. The closure of the road led to the cancellation of the match. The refusal of a permit may lead to the immediate closure of the shop.',
    expected: [
      { text: 'The submission of an appeal will result in the suspension', suggestion: null },
      { text: 'The closure of the road led to the cancellation', suggestion: null },
      { text: 'The refusal of a permit may lead to the immediate closure', suggestion: null },
    ],
  },
  {
    // "The submission of" with nothing to paste is part of the nominal cause around it; alone it stays.
    rule: 'en/officialese',
    text: 'The submission of an appeal will result in the suspension of the decision. The submission of an appeal will result in delays.',
    expected: [{ text: 'The submission of', occurrence: 2, suggestion: null }],
  },
  {
    // A name holds no action noun, a result that is no action is left, and a comma ends the first phrase.
    rule: 'en/nominal-cause',
    text: 'The Department of Education results in maths rose. The submission of an appeal will result in delays. The submission of an appeal, in most cases, will result in the suspension of the decision.',
    expected: [],
  },
  {
    rule: 'en/nominal-chain',
    text: 'We aim at the improvement of the provision of services to families.',
    expected: [{ text: 'improvement of the provision of services' }],
  },
  {
    // "Notify X of Y": the last "of" is the verb's, and its object alone is no chain; after another verb it is.
    rule: 'en/nominal-chain',
    text: 'Notify the majority of government departments of the death. We support the improvement of the provision of services.',
    expected: [{ text: 'improvement of the provision of services' }],
  },
  {
    // One plain noun inside a chain ("the fact of") and a participle before its noun do not end it; a plain
    // noun with one nominalisation is no chain ("the development of the city of London").
    rule: 'en/nominal-chain',
    text: 'On the establishment of the fact of incompleteness of the submitted documents, we refuse. The development of the city of London was slow.',
    expected: [{ text: 'establishment of the fact of incompleteness of the submitted documents' }],
  },
  {
    // A plain noun may head a chain whose two links are nominalisations; with one plain link it is none.
    rule: 'en/nominal-chain',
    text: 'Places go by the date of submission of the application. Ask for the rest of the population of the region.',
    expected: [{ text: 'date of submission of the application' }],
  },
  {
    // Power given to do something is leave to do it: "allow", not "help", before an infinitive; elsewhere both.
    rule: 'en/officialese',
    text: 'The reforms empower councils to set fees. Councils are empowered to set fees. We want to empower young people.',
    expected: [
      { text: 'empower', suggestion: 'allow' },
      { text: 'are empowered', suggestion: 'are allowed' },
      { text: 'empower', occurrence: 3, suggestion: 'help' },
    ],
  },
  {
    // Staff deployed to a place are sent there, resources put to use are used; troops and software are deployed
    // in plain English (GOV.UK).
    rule: 'en/officialese',
    text: 'The ministry deployed extra staff to the border. We deployed extra resources to cut waiting times. Troops were deployed to the region. The team will deploy the software update on Monday.',
    expected: [
      { text: 'deployed', suggestion: 'sent' },
      { text: 'deployed', occurrence: 2, suggestion: 'used' },
    ],
  },
  {
    // "Constitute" is "be" in the form its subject wants: "are" after a plural, "be" after a modal, nothing after
    // "does not" or in a past after a plural; after "be" it is set up or made up.
    rule: 'en/officialese',
    text: 'These acts constitute an offence. It may constitute an offence. This does not constitute advice. These payments constituted income. Failure to pay constituted an offence. The panel was constituted in 2010. The board is constituted of five members.',
    expected: [
      { text: 'constitute', suggestion: 'are' },
      { text: 'constitute', occurrence: 2, suggestion: 'be' },
      { text: 'constitute', occurrence: 3, suggestion: null },
      { text: 'constituted', suggestion: null },
      { text: 'constituted', occurrence: 2, suggestion: 'was' },
      { text: 'was constituted', suggestion: 'was set up' },
      { text: 'is constituted of', suggestion: 'is made up of' },
    ],
  },
  {
    // What is in compliance with a rule complies with it; the plain verbs' senses of "going forward",
    // "implement", "retaining" and "strengthen" are no officialese.
    rule: 'en/officialese',
    text: 'The firm is in compliance with the rules. Work is done in compliance with the regulations. Traffic is moving forward slowly. Going forward, apply online. Use a sharp implement to open it. We will implement the plan. The retaining wall fell. Engineers are strengthening the old bridge.',
    expected: [
      { text: 'is in compliance with', suggestion: 'complies with' },
      { text: 'in compliance with', occurrence: 2, suggestion: 'in line with' },
      { text: 'Going forward', suggestion: 'From now on' },
      { text: 'implement', occurrence: 2, suggestion: 'carry out' },
    ],
  },
  {
    // "Deliver" for abstract things (GOV.UK): outcomes are achieved, a strategy carried out, promises kept;
    // parcels, services, plans handed over and results sent by email are delivered.
    rule: 'en/officialese',
    text: 'The council will deliver its housing strategy by 2030. The programme delivered better outcomes for young people. We will deliver on our promises. The strategy will be delivered by 2030. We deliver parcels on Monday. Services are delivered by the council. Please deliver the plans to the planning office. Results will be delivered by email.',
    expected: [
      { text: 'deliver', suggestion: 'carry out' },
      { text: 'delivered', suggestion: 'achieved' },
      { text: 'deliver on', suggestion: 'keep' },
      { text: 'will be delivered', suggestion: 'will be carried out' },
    ],
  },
  {
    // "Combat" and "drive out" as verbs of policy; the noun of war and a drive out of somewhere are plain.
    rule: 'en/officialese',
    text: 'The unit will combat fraud. The council has combated fly-tipping for years. Soldiers returned to combat last week. He received close combat training. New rules will drive out rogue landlords. We drive out slowly. Drive out of the car park.',
    expected: [
      { text: 'combat', suggestion: 'fight' },
      { text: 'combated', suggestion: 'fought' },
      { text: 'drive out', suggestion: 'get rid of' },
    ],
  },
  {
    // The guides' simple words, as verbs where the word is also a noun ("attempts", "purchase"), and not in the
    // names and senses that are plain ("frequently asked questions", "further to the north").
    rule: 'en/officialese',
    text: 'This is also referred to as the basic rate. Applicants frequently forget to sign. Read our frequently asked questions. Everyone can apply, irrespective of age. Further to your letter of 2 May, we enclose a form. Walk further to the north. We will attempt to call you. Repeated attempts to call you failed. You can purchase a permit online. Keep proof of purchase.',
    expected: [
      { text: 'is also referred to as', suggestion: 'is also called' },
      { text: 'frequently', suggestion: 'often' },
      { text: 'irrespective of', suggestion: 'regardless of' },
      { text: 'Further to', suggestion: 'After' },
      { text: 'attempt to', suggestion: 'try to' },
      { text: 'purchase', suggestion: 'buy' },
    ],
  },
  {
    // Sending on, asking, expecting, putting off, easing and allowing, where the words are verbs of that sense:
    // "look forward", "your request", "defer to the court", "a deferred pension", "enable cookies" are plain.
    rule: 'en/officialese',
    text: 'Please forward the letter to your employer. We look forward to your reply. Your documents were despatched on 4 May. City dispatched Brighton. You can request a copy of your records. We request that you reply. Your request will be answered. We envisage that the work will finish in May. The plan envisages 200 new homes. You can defer your payment. The court will defer to Parliament. You may get a deferred pension. The grant will alleviate pressure on families. This enables you to pay online. Enable cookies in your browser.',
    expected: [
      { text: 'forward', suggestion: 'send' },
      { text: 'were despatched', suggestion: 'were sent' },
      { text: 'request', suggestion: 'ask for' },
      { text: 'request', occurrence: 2, suggestion: 'ask' },
      { text: 'envisage', suggestion: 'expect' },
      { text: 'envisages', suggestion: null },
      { text: 'defer', suggestion: 'put off' },
      { text: 'alleviate', suggestion: 'reduce' },
      { text: 'enables', suggestion: 'allows' },
    ],
  },
  {
    // A streamlined shape, a disease that progressed, plans delivered in person and a drive out every morning are
    // plain; streamlining a process and progressing a claim are not.
    rule: 'en/officialese',
    text: 'The car has a streamlined shape. We have streamlined the process. We are progressing your claim. The disease progressed the same way. He delivered the plans in person. She drives out every morning.',
    expected: [
      { text: 'streamlined', occurrence: 2, suggestion: 'simplified' },
      { text: 'progressing your', suggestion: null },
    ],
  },
  {
    // A body's name is no chain of hidden verbs; a chain ends at a name, as in Russian and Kazakh.
    rule: 'en/nominal-chain',
    text: 'The Ministry of Labour and Social Protection of Population of the Republic of Kazakhstan met. We check the application of the rules of Protection of Population.',
    expected: [],
  },
  {
    // One "of" is not a chain.
    rule: 'en/nominal-chain',
    text: 'We will improve the provision of services to families.',
    expected: [],
  },
  {
    rule: 'en/nominal-chain',
    text: 'The improvement of the provision of public services will be monitored.',
    expected: [{ text: 'improvement of the provision of public services' }],
  },
  {
    // A relative clause opened by a preposition says where someone is registered, and a thing's condition after
    // a relative is a state: no one acts. With a doer after "by", or in a main clause, it is an act.
    rule: 'en/passive',
    text: 'Vote in the ward in which the elector is registered. Bins that are overloaded or contaminated stay. Bins that are damaged by the crew are replaced. Your car is registered.',
    expected: [{ text: 'are damaged' }, { text: 'are replaced' }, { text: 'is registered', occurrence: 2 }],
  },
  {
    // A degree's level and a legal form or test have no shorter word: "undergraduate", "charitable incorporated
    // organisation", "ordinarily resident", an "unconditional offer", a way to pay ("cryptocurrency"); other
    // long words are still flagged.
    rule: 'en/long-word',
    text: 'Undergraduate students of charitable incorporated organisations must be ordinarily resident. It is an intermediary. Pay by cryptocurrency with an unconditional offer.',
    expected: [{ text: 'intermediary' }],
  },
  {
    // Words with no shorter one that a notice must use as they are ("eligibility", "laboratory", "accommodation",
    // "contaminated"), and terms of art ("an affordability assessment"); another long word still is flagged.
    rule: 'en/long-word',
    text: 'Check your eligibility. It was tested by an accredited laboratory. Accommodation providers must keep records. The supply may be contaminated. We do an affordability assessment. We check affordability. It is an intermediary.',
    expected: [{ text: 'affordability', occurrence: 2 }, { text: 'intermediary' }],
  },
  {
    // A condition that may hold ("may have been contaminated") is a state no one is known to have caused; with a
    // doer after "by", or another verb ("may have been rejected"), it is a passive still. The statutory
    // definition "sleeping accommodation is provided for reward" is a term of art.
    rule: 'en/passive',
    text: 'The supply may have been contaminated. The supply may have been contaminated by sewage. Your claim may have been rejected. Premises where sleeping accommodation is provided for reward. Meals are provided free.',
    expected: [
      { text: 'been contaminated', occurrence: 2 },
      { text: 'been rejected' },
      { text: 'are provided' },
    ],
  },
  {
    // One finding per word: a passive with nothing to paste holds the bare officialese participle inside it
    // ("are required under … to"), and a number "required in the event that" one asks is needed ("be needed");
    // "notify … of" outside a passive is still officialese. Customers notified of a lifting are told of it
    // (review 21: the second "of" is the lifting's).
    rule: 'en/officialese',
    text: 'Customers will be notified of the lifting of the notice. You are required under the Regulations 2012 to train. Keep it, as it will be required in the event that you call. Notify us of any change.',
    expected: [
      { text: 'be notified', suggestion: 'be told' },
      { text: 'be required', suggestion: 'be needed' },
      { text: 'in the event that', suggestion: 'if' },
      { text: 'Notify us of', suggestion: 'Tell us about' },
    ],
  },
  {
    // The passive stays, with the advice to recast the words it holds.
    rule: 'en/passive',
    text: 'Customers will be notified of the lifting of the notice. You are required under the Regulations 2012 to train.',
    expected: [{ text: 'are required' }],
  },
  {
    // A long participle inside a passive is recast with it: one finding ("be communicated"); in the active,
    // or a long adverb before the participle ("was eventually evacuated"), the long word is its own finding.
    rule: 'en/long-word',
    text: 'A decision will be communicated to you. We communicated the decision. The town was eventually evacuated.',
    expected: [{ text: 'communicated', occurrence: 2 }, { text: 'eventually' }],
  },
  {
    // Misses of the fifteenth review, each with a near case that keeps nothing to paste or another paste:
    // "make a decision on your behalf" is for whom (not "on your claim"), "of the utmost importance" after
    // "be" (not after a noun), a repair effected (to a thing: "make a repair"), "in consultation with", a stock
    // apology, "It is not necessary to" opening a sentence (not in an "if" clause), and "entitled to receive"
    // after "be" (not before "and").
    rule: 'en/officialese',
    text: 'Name two people to make a decision on your behalf. We will make a decision on your claim. It is of the utmost importance that you boil water. These are matters of the utmost importance. We will effect a repair within 5 days. We will effect a repair to the lamp. It was agreed in consultation with the board. We sincerely apologise for any inconvenience caused. It is not necessary to reapply. If it is not necessary to cancel, wait. Children may be entitled to receive free meals. You may be entitled to receive and keep the grant.',
    expected: [
      { text: 'make a decision', suggestion: 'decide' },
      { text: 'make a decision', occurrence: 2, suggestion: null },
      { text: 'of the utmost importance', suggestion: 'very important' },
      { text: 'of the utmost importance', occurrence: 2, suggestion: null },
      { text: 'effect a repair', suggestion: 'repair' },
      { text: 'effect a repair', occurrence: 2, suggestion: 'make a repair' },
      { text: 'in consultation with', suggestion: 'with' },
      { text: 'sincerely apologise for any inconvenience caused', suggestion: 'are sorry for the trouble' },
      { text: 'It is not necessary to', suggestion: 'You do not need to' },
      { text: 'it is not necessary to', suggestion: null },
      { text: 'entitled to receive', suggestion: 'entitled to' },
    ],
  },
  {
    // "Deemed consent" and a "nominated representative" are organ donation law's terms; "deemed" elsewhere is
    // officialese still.
    rule: 'en/officialese',
    text: 'The law works by deemed consent. Deemed consent does not apply to children. Tell your nominated representative. The claim is deemed to be withdrawn.',
    expected: [{ text: 'is deemed', suggestion: 'is considered' }],
  },
  {
    // "Ordinarily" is "usually", but "ordinarily resident" is a legal test of where someone lives.
    rule: 'en/officialese',
    text: 'We do not ordinarily charge. You must be ordinarily resident.',
    expected: [{ text: 'ordinarily', suggestion: 'usually' }],
  },
  {
    // Legal officialese with a plain word that fits in place, and the near cases it leaves: a verb "save", winds
    // that prevail, "applicable" after a linking verb, a court case's name.
    rule: 'en/officialese',
    text: 'Save in exceptional circumstances, we keep it. Save for a deposit. Give an undertaking to pay. The fee is inclusive of VAT. It is £5 inclusive of VAT. The rules applicable to landlords are strict. It seems applicable to them. Use the prevailing rate. The prevailing winds are westerly. The rules become effective in May. Do it as set out in the guidance. The fees are as set out in the table. Standing charges applicable to gas rose. In the case of children, ask us. In the case of Smith v Jones the court ruled. Pay within 14 days of receipt of this notice. Book via the online booking system.',
    expected: [
      { text: 'Save in exceptional', suggestion: 'Except in exceptional' },
      { text: 'Give an undertaking', suggestion: 'Promise' },
      { text: 'is inclusive of', suggestion: 'includes' },
      { text: 'inclusive of', occurrence: 2, suggestion: 'including' },
      { text: 'applicable to', suggestion: 'for' },
      { text: 'prevailing', suggestion: 'current' },
      { text: 'become effective', suggestion: 'start' },
      { text: 'as set out in', suggestion: 'as in' },
      { text: 'as set out in', occurrence: 2, suggestion: 'in' },
      { text: 'applicable to', occurrence: 3, suggestion: 'for' },
      { text: 'In the case of', suggestion: 'For' },
      { text: 'of receipt of', suggestion: 'of getting' },
      { text: 'via', suggestion: 'through' },
    ],
  },
  {
    // Flagged with nothing to paste: "thereat", a condition opened by "subject to" or "in the case of a", costs
    // incurred. "Subject to" inside its clause and losses incurred are left alone.
    rule: 'en/officialese',
    text: 'We met thereat. Subject to approval, we pay. Prices are subject to tax. In the case of a dispute, call us. Costs incurred are repaid. You may incur costs. Switch without incurring exit fees. The team incurred losses.',
    expected: [
      { text: 'thereat', suggestion: null },
      { text: 'Subject to', suggestion: null },
      { text: 'In the case of', suggestion: null },
      { text: 'incurred', suggestion: null },
      { text: 'incur', occurrence: 2, suggestion: null },
      { text: 'incurring', suggestion: null },
    ],
  },
  {
    // "You" for the applicant only where the sentence does not go on naming them in the third person ("he or
    // she", "his", "her") or as "the applicant" again: pasted alone, the pronouns would point at someone else.
    // Nor after "the applicant" left as it is earlier in the sentence ("…, the office will call you" would mix).
    rule: 'en/officialese',
    text: "The applicant must show that he or she has funds. The applicant must show a passport. The applicant is required to prove that his income is enough. The applicant is required to sign. If the applicant is unable to attend, the office will call the applicant. If the applicant is unable to attend, the office will call. The applicant's passport must show her name. The applicant's form is here.",
    expected: [
      { text: 'The applicant', suggestion: null },
      { text: 'The applicant', occurrence: 2, suggestion: 'You' },
      { text: 'The applicant is required to', suggestion: null },
      { text: 'The applicant is required to', occurrence: 2, suggestion: 'You must' },
      { text: 'the applicant is unable to', suggestion: null },
      { text: 'the applicant', occurrence: 2, suggestion: null },
      { text: 'the applicant is unable to', occurrence: 2, suggestion: 'you cannot' },
      { text: "The applicant's", suggestion: null },
      { text: "The applicant's", occurrence: 2, suggestion: 'Your' },
    ],
  },
  {
    // A benefit "payable to" people, or payable at all, "is paid": "must be paid" is for a fee the reader owes.
    // "Notify" with more than one or two words before "of" has no "tell … about" to paste.
    rule: 'en/officialese',
    text: 'Child Benefit is payable to any parent. Maternity Allowance is payable for 39 weeks. The fee is payable within 30 days. You must notify the Child Benefit Office of any change. Notify the council of any change.',
    expected: [
      { text: 'is payable', suggestion: 'is paid' },
      { text: 'is payable', occurrence: 2, suggestion: 'is paid' },
      { text: 'is payable', occurrence: 3, suggestion: 'must be paid' },
      { text: 'notify', suggestion: null },
      { text: 'Notify the council of', suggestion: 'Tell the council about' },
    ],
  },
  {
    // Terms of art (naturalisation, participatory budgeting), a role named on passport forms (countersignatory),
    // everyday adverbs (electrically, alternatively, anonymously, electronically) and words with no shorter one
    // (investigators, disciplinary) are no long words to replace; another long word still is.
    rule: 'en/long-word',
    text: 'Apply for naturalisation. Participatory budgeting is a process. A countersignatory must sign. Use electrically powered pumps. The grant is discretionary. Alternatively, report it anonymously to investigators; it is issued electronically and may lead to disciplinary action.',
    expected: [{ text: 'discretionary' }],
  },
  {
    // Officialese of notices and press releases, with the plain words that fit in place; nothing to paste for
    // "of fundamental importance" and "subject to recovery". Near cases left alone: "located" with its object,
    // a place described after a comma, a person "elected to" a board, a position in a queue.
    rule: 'en/officialese',
    text: 'You must be in a position to show it. Water is off between the hours of 9 and 3. Homes located on Mill Lane lose water. We located the leak on the roof. Palu, located at the end of a bay, was hit. Keep a sufficient quantity of water. The Council apologises for any inconvenience caused. This assists in the prevention of fraud. In circumstances where travel is urgent, call us. Care is of fundamental importance. It shows our commitment to the achievement of net zero. The Council is pleased to announce a new park. We take this opportunity to thank residents. People resident within the area can vote. You may elect not to receive payments. She was elected to the board. Overpayments are subject to recovery. Your position in the queue is 4.',
    expected: [
      { text: 'be in a position to', suggestion: 'be able to' },
      { text: 'between the hours of', suggestion: 'between' },
      { text: 'located on', suggestion: 'on' },
      { text: 'a sufficient quantity of', suggestion: 'enough' },
      { text: 'apologises for any inconvenience caused', suggestion: 'is sorry for the trouble' },
      { text: 'assists in the prevention of', suggestion: 'helps prevent' },
      { text: 'In circumstances where', suggestion: 'Where' },
      { text: 'of fundamental importance', suggestion: null },
      { text: 'commitment to the achievement of', suggestion: 'commitment to reaching' },
      { text: 'is pleased to announce', suggestion: 'announces' },
      { text: 'take this opportunity to thank', suggestion: 'thank' },
      { text: 'resident within', suggestion: 'living in' },
      { text: 'elect not to', suggestion: 'choose not to' },
      { text: 'subject to recovery', suggestion: null },
    ],
  },
  {
    // A benefit "payable to" people is paid to them; a fee "payable to" an office is still the reader's duty.
    rule: 'en/officialese',
    text: 'Child Benefit is payable to anyone who is responsible for a child. The fee is payable to the Home Office. Fees are payable to the council.',
    expected: [
      { text: 'is payable', suggestion: 'is paid' },
      { text: 'is payable', occurrence: 2, suggestion: 'must be paid' },
      { text: 'are payable', suggestion: 'must be paid' },
    ],
  },
  {
    // A verbal noun after "the" has no plain -ing to paste ("the getting of"); "ascertain that" is to check, and a
    // passive one is found, not checked; a thing meets a standard; an amount is calculated based on a figure.
    // The near cases keep their pastes: the verb "obtaining", "ascertained the facts", "comply with the rules",
    // "write with reference to".
    rule: 'en/officialese',
    text: 'Checks include the obtaining of references. We are obtaining references. Test vehicles to ascertain that they comply with the minimum road safety and environmental standards. We will ascertain whether you qualify. We ascertained the facts. It was ascertained that he left. You must comply with the rules. Fees are calculated with reference to the estimated cost. Write to us with reference to your claim.',
    expected: [
      { text: 'obtaining', suggestion: null },
      { text: 'obtaining', occurrence: 2, suggestion: 'getting' },
      { text: 'ascertain', suggestion: 'check' },
      { text: 'comply with', suggestion: 'meet' },
      { text: 'ascertain', occurrence: 2, suggestion: 'check' },
      { text: 'ascertained', suggestion: 'found out' },
      { text: 'was ascertained', suggestion: null },
      { text: 'comply with', occurrence: 2, suggestion: 'follow' },
      { text: 'with reference to', suggestion: 'based on' },
      { text: 'with reference to', occurrence: 2, suggestion: 'about' },
    ],
  },
  {
    // Common words with no plainer one ("discrimination", "representation", "specifications", "satisfactory"),
    // terms of art (habitual residence, a viability assessment, the national eligibility criteria, domiciliary
    // care), and a term a sentence names to explain it are no finding; "habitually" alone and the same word
    // where nothing defines it still are.
    rule: 'en/long-word',
    text: 'Legal aid covers discrimination and representation. Send the specifications. The work was satisfactory. You must have been habitually resident here. He habitually arrives late. A viability assessment is needed. Check the national eligibility criteria. We fund domiciliary care. This support is known as intermediate care. We offer intermediate care.',
    expected: [
      { text: 'habitually', occurrence: 2 },
      { text: 'intermediate', occurrence: 2 },
    ],
  },
  {
    // A child "looked after by the local authority" is a legal status, and someone "currently" enrolled or
    // registered is in a state; a garden looked after by volunteers, a doer after "by", and "registered" alone
    // are passives still.
    rule: 'en/passive',
    text: 'We may contact you about a child who is looked after by the local authority. The garden is looked after by volunteers. Ask the school at which they are currently enrolled. You are currently registered with a GP. You are currently employed by the council. You are registered with a GP.',
    expected: [
      { text: 'is looked', occurrence: 2 },
      { text: 'You are currently employed by the council' },
      { text: 'are registered' },
    ],
  },
  {
    // "Permitted development" is a term of planning law; "not permitted" elsewhere is "not allowed".
    rule: 'en/officialese',
    text: 'Minor works may fall within permitted development rights. Smoking is not permitted here.',
    expected: [{ text: 'is not permitted', suggestion: 'is not allowed' }],
  },
  {
    // Officialese of agency notices with the plain words that fit in place, and the near cases with nothing to
    // paste: a duty to someone, a penalty's imposition, doubt that is not the reader's, "by way of" a means,
    // "make a declaration" with no object.
    rule: 'en/officialese',
    text: 'Registrants are under an obligation to report changes. We are under an obligation to the court. It is needed for the erection of new dwellings. This may lead to the imposition of a penalty. In some instances you may have to pay. Keep it so as to avoid a fine. Drive slowly so as not to cause harm. Notwithstanding the foregoing, you may apply. In cases of uncertainty, contact us. In case of doubt, we recommend that you apply. In case of doubt the court decides. You can pay by way of a bank transfer. By way of example, a shed needs no consent. Keepers may avail themselves of this option. You must make a declaration of your income. He made a declaration that he was resident. You must make a declaration to HMRC.',
    expected: [
      { text: 'are under an obligation to', suggestion: 'must' },
      { text: 'are under an obligation to', occurrence: 2, suggestion: null },
      { text: 'the erection of', suggestion: 'building' },
      { text: 'the imposition of', suggestion: null },
      { text: 'In some instances', suggestion: 'Sometimes' },
      { text: 'so as to', suggestion: 'to' },
      { text: 'so as not to', suggestion: 'not to' },
      { text: 'Notwithstanding', suggestion: 'Despite' },
      { text: 'the foregoing', suggestion: 'this' },
      { text: 'In cases of uncertainty', suggestion: 'If you are unsure' },
      { text: 'In case of doubt', suggestion: 'If you are unsure' },
      { text: 'In case of doubt', occurrence: 2, suggestion: null },
      { text: 'by way of', suggestion: null },
      { text: 'By way of example', suggestion: 'For example' },
      { text: 'avail themselves of', suggestion: 'use' },
      { text: 'make a declaration of', suggestion: 'declare' },
      { text: 'made a declaration that', suggestion: 'declared that' },
      { text: 'make a declaration', occurrence: 2, suggestion: null },
    ],
  },
  {
    // Social care's "service users" are the people who use the service, except after a determiner; a
    // register's "registrants" has no one plain word.
    rule: 'en/jargon',
    text: 'Service users can ask for a review. Our service users like it. Registrants must attend. Users can ask.',
    expected: [
      { text: 'Service users', suggestion: 'People who use the service' },
      { text: 'service users', suggestion: null },
      { text: 'Registrants', suggestion: null },
    ],
  },
  {
    // People are told ("be told"), amendments announced and a death reported; a passive whose subject is none
    // of them keeps its passive finding alone. "Informed that" after "be" and an adverb is "told that". A
    // time counted from receipt of what the agency sends is "of getting", from an application nothing. An
    // obligation is met. A main clause about "the scholar" gets "they"; one with "you" keeps "you" first.
    // "Or additional" is "or extra", never the number's "or more"; "additional needs" is a term of education.
    rule: 'en/officialese',
    text: 'Applicants will be notified. Any amendments will be notified. The death must be notified. The date of the sale will be notified. The caller is then informed that payment is due. You must appeal within 28 days of receipt of this notice. We decide within 12 weeks of receipt of a completed application. In the event of failure to comply with this obligation, the scholar will be liable. In the event of failure to pay, you will be charged. Tell us about conditions or additional support. Tell us about any additional needs.',
    expected: [
      { text: 'be notified', suggestion: 'be told' },
      { text: 'be notified', occurrence: 2, suggestion: 'be announced' },
      { text: 'be notified', occurrence: 3, suggestion: 'be reported' },
      { text: 'is then informed that', suggestion: 'is then told that' },
      { text: 'of receipt of', suggestion: 'of getting' },
      { text: 'of receipt of', occurrence: 2, suggestion: null },
      { text: 'In the event of failure to', suggestion: 'If they do not' },
      { text: 'comply with', suggestion: 'meet' },
      { text: 'In the event of failure to', occurrence: 2, suggestion: 'If you do not' },
      { text: 'additional', suggestion: 'extra' },
    ],
  },
  {
    // A preposition's "to" before a determiner ("prior to the auction") is not the "to" a later infinitive
    // repeats ("or to amend"): "before". An infinitive's "to" repeated keeps the modal from pasting.
    rule: 'en/officialese',
    text: 'The Council may withdraw the lot prior to the auction or to amend the conditions. You are required to use the funds and to report on them.',
    expected: [
      { text: 'prior to', suggestion: 'before' },
      { text: 'are required to', suggestion: null },
    ],
  },
  {
    // A doer in -ly ("the family") or named by a participle ("the accused") is a noun phrase the active can
    // open with; a progressive passive ("are being received") keeps its tense ("are receiving").
    rule: 'en/passive',
    text: 'The death should be registered by the family. The form was signed by the accused. Calls are being received by the residents.',
    expected: [
      {
        text: 'The death should be registered by the family',
        suggestion: 'The family should register the death',
      },
      { text: 'The form was signed by the accused', suggestion: 'The accused signed the form' },
      { text: 'Calls are being received by the residents', suggestion: 'The residents are receiving calls' },
    ],
  },
  {
    // Officialese of agency notices the fourteenth review found unflagged, and the near cases: staff who "are
    // experienced" are skilled, "pending" after "is" is a state, "liable to change" is "likely to", "up to the
    // value of" is "up to", "the deceased's" keeps its possessive.
    rule: 'en/officialese',
    text: 'A high volume of calls is currently being experienced. Our staff are experienced. We hold it pending receipt of your documents. It is pending receipt of your report. Callers purporting to represent us may ring. The caller advises the recipient that it is urgent. A call of this nature is a scam. Ask as to whether it is real. We pay on a termly basis. You will be liable to repay the award. Prices are liable to change. Vouchers to the value of £50 are free. Claims up to the value of £500 are paid. It runs during the period 27 July to 21 August. Publish it via the addendum. A relative of the deceased can apply. The deceased’s estate pays.',
    expected: [
      { text: 'being experienced', suggestion: null },
      { text: 'pending receipt of', suggestion: 'until we get' },
      { text: 'pending receipt of', occurrence: 2, suggestion: null },
      { text: 'purporting to represent', suggestion: 'claiming to be from' },
      { text: 'advises', suggestion: 'tells' },
      { text: 'of this nature', suggestion: 'like this' },
      { text: 'as to whether', suggestion: 'whether' },
      { text: 'on a termly basis', suggestion: 'each term' },
      { text: 'be liable to', suggestion: 'have to' },
      { text: 'to the value of', suggestion: 'worth' },
      { text: 'up to the value of', suggestion: 'up to' },
      { text: 'during the period', suggestion: 'from' },
      { text: 'via', suggestion: 'in' },
      { text: 'the deceased', suggestion: 'the person who died' },
    ],
  },
  {
    // "Tell" needs a person or a body told: a change notified is reported, an amendment announced, any other
    // thing has nothing to paste; a person, a body or a name keeps "tell".
    rule: 'en/officialese',
    text: 'We notified the amendments to all tenants. We notified the changes. We notified the decision. We notify that the office is closed. We will notify the council. You must notify your GP. He notified the Dog Warden Service.',
    expected: [
      { text: 'notified', suggestion: 'announced' },
      { text: 'notified', occurrence: 2, suggestion: 'reported' },
      { text: 'notified', occurrence: 3, suggestion: null },
      { text: 'notify', suggestion: null },
      { text: 'notify', occurrence: 2, suggestion: 'tell' },
      { text: 'notify', occurrence: 3, suggestion: 'tell' },
      { text: 'notified', occurrence: 4, suggestion: 'told' },
    ],
  },
  {
    // A term the sentence explains in a short gloss in brackets right after it, or names in brackets right after
    // its plain words, is kept with its gloss; a bracket that is no gloss (a number, "after hospital") explains
    // nothing.
    rule: 'en/long-word',
    text: 'Ask about intermediate care (short-term care after hospital). We offer short-term care (intermediate care) at home. Ask about intermediate care (up to 6 weeks). Ask about intermediate care (after hospital).',
    expected: [
      { text: 'intermediate', occurrence: 3 },
      { text: 'intermediate', occurrence: 4 },
    ],
  },
  {
    rule: 'en/jargon',
    text: 'Talk to stakeholders (the people involved) first. Talk to the people involved (stakeholders) first. Talk to stakeholders (see page 4) first.',
    expected: [{ text: 'stakeholders', occurrence: 3, suggestion: 'people involved' }],
  },
  {
    // A progressive passive with a doer takes the progressive active, "be" agreeing with the doer; without a
    // doer, nothing to paste. A bare plural with a participle's phrase after it ("Dogs found straying") is the
    // active's object whole; a participle before a determiner ("Dogs said to bite") is not read so.
    rule: 'en/passive',
    text: 'Your application is being processed by our team. The road is being resurfaced. The forms were being checked by two officers. The forms are being scanned by the staff. Dogs found straying will be seized by the Dog Warden Service. Dogs said to bite will be seized by the warden. Your form is being checked by me.',
    expected: [
      {
        text: 'Your application is being processed by our team',
        suggestion: 'Our team is processing your application',
      },
      { text: 'is being resurfaced', suggestion: null },
      {
        text: 'The forms were being checked by two officers',
        suggestion: 'Two officers were checking the forms',
      },
      {
        text: 'The forms are being scanned by the staff',
        suggestion: 'The staff are scanning the forms',
      },
      {
        text: 'Dogs found straying will be seized by the Dog Warden Service',
        suggestion: 'The Dog Warden Service will seize dogs found straying',
      },
      { text: 'be seized', occurrence: 2, suggestion: null },
      { text: 'Your form is being checked by me', suggestion: 'I am checking your form' },
    ],
  },
  {
    // A plural with an adjective or a noun before it and no determiner is the active's object, lower-cased
    // where it opened the sentence ("Stray dogs", "Parking fines", "Local people"); a name ("London Councils"),
    // a people's adjective whose capital may be its own ("British citizens") and an adverb opening the sentence
    // ("Meanwhile applications") get nothing to paste.
    rule: 'en/passive',
    text: 'Stray dogs will be seized by the Dog Warden Service. Parking fines are issued by the council. If local people were consulted by the council, you can say so. London Councils will be consulted by the department. British citizens will be contacted by the embassy. Meanwhile applications will be reviewed by the panel.',
    expected: [
      {
        text: 'Stray dogs will be seized by the Dog Warden Service',
        suggestion: 'The Dog Warden Service will seize stray dogs',
      },
      { text: 'Parking fines are issued by the council', suggestion: 'The council issues parking fines' },
      {
        text: 'local people were consulted by the council',
        suggestion: 'the council consulted local people',
      },
      { text: 'be consulted', suggestion: null },
      { text: 'be contacted', suggestion: null },
      { text: 'be reviewed', suggestion: null },
    ],
  },
  {
    // "This remains outstanding" after a sentence about money owed is still unpaid; after one about a
    // complaint, or in the next paragraph, the pronoun's debt is not known: left alone.
    rule: 'en/officialese',
    text: 'You owe £320 in council tax. This remains outstanding. You have two unpaid bills. They remain outstanding. We wrote to you about your complaint. This remains outstanding.',
    expected: [
      { text: 'remains outstanding', suggestion: 'is still unpaid' },
      { text: 'remain outstanding', suggestion: 'are still unpaid' },
    ],
  },
  {
    // Who gets it is the main clause's subject: residents or an employer who act on it get it themselves, so
    // neither "we" nor "you" pastes in; applicants the agency sends something to are not acting, and we get it.
    rule: 'en/officialese',
    text: 'Upon receipt of an evacuation order, residents are required to leave at once. The employer must reply upon receipt of the form. Upon receipt of your payment, applicants will be sent a receipt.',
    expected: [
      { text: 'Upon receipt of', suggestion: null },
      { text: 'are required to', suggestion: 'must' },
      { text: 'upon receipt of', suggestion: null },
      { text: 'Upon receipt of', occurrence: 2, suggestion: 'When we get' },
    ],
  },
  {
    // A ban reported to others after "that" keeps its person ("remind residents that you must not" switches
    // it); after "note that" the reader is told, but "that do not" is no English; alone, an imperative fits.
    rule: 'en/officialese',
    text: 'We remind residents that it is prohibited to cross flooded roads. Please note that it is prohibited to smoke here. It is forbidden to swim.',
    expected: [
      { text: 'it is prohibited to', suggestion: null },
      { text: 'Please note that', suggestion: null },
      { text: 'it is prohibited to', occurrence: 2, suggestion: 'you must not' },
      { text: 'It is forbidden to', suggestion: 'You must not' },
    ],
  },
  {
    // "The applicant" named earlier in the sentence, left as it is, is a third person: "your" after it would mix
    // the persons. Alone in its sentence the applicant is the reader. A document confirms an address.
    rule: 'en/officialese',
    text: "The applicant must bring a document confirming the applicant's place of residence. Bring a copy of the applicant's passport. Your place of residence must be in the city.",
    expected: [
      { text: 'The applicant', suggestion: null },
      { text: "the applicant's", suggestion: null },
      { text: 'place of residence', suggestion: 'address' },
      { text: "the applicant's", occurrence: 2, suggestion: 'your' },
      { text: 'place of residence', occurrence: 2, suggestion: 'home' },
    ],
  },
  {
    // Nothing is sent in person: an appeal is made, other things have no one word; without "in person", sent.
    rule: 'en/officialese',
    text: 'The appeal may be submitted by post, by email or in person. Documents may be submitted by post or in person. The form may be submitted by post.',
    expected: [
      { text: 'be submitted', suggestion: 'be made' },
      { text: 'be submitted', occurrence: 2, suggestion: null },
      { text: 'be submitted', occurrence: 3, suggestion: 'be sent' },
    ],
  },
  {
    // Terms of art: a legal entity (company law), a procedure's name, the named places and orders of an
    // evacuation, a statutory kind of incident; "evacuation" alone is still long. One long word is flagged once
    // per sentence.
    rule: 'en/long-word',
    text: 'You may trade without forming a legal entity. Apply for deregistration. Find the nearest evacuation point and the evacuation route. Report occupational diseases. Ask for help with evacuation. Recommendations follow recommendations.',
    expected: [{ text: 'evacuation', occurrence: 3 }, { text: 'Recommendations' }],
  },
  {
    // Declared bankrupt is a status a court gives; declared the winner is a passive still.
    rule: 'en/passive',
    text: 'Persons who have been declared bankrupt may not register. He was declared the winner.',
    expected: [{ text: 'was declared' }],
  },
  {
    // After a modal, a right to act is "be able to", a right to a thing "have a right to"; "entitled to
    // receive" keeps its own entry.
    rule: 'en/officialese',
    text: 'You will be entitled to challenge the fine. You may be entitled to a refund. You may be entitled to receive free meals.',
    expected: [
      { text: 'be entitled to', suggestion: 'be able to' },
      { text: 'be entitled to', occurrence: 2, suggestion: 'have a right to' },
      { text: 'entitled to receive', suggestion: 'entitled to' },
    ],
  },
  {
    // Periods, places and deadlines said the long way; a condition met by the reader, and by someone else.
    rule: 'en/officialese',
    text: 'Keep records for a minimum period of three years. Homes located within the flood zone must prepare. Floods come during the period from March to May. After the expiry of this period, ask again. Pay within the established deadlines. Children who are resident in the area come first. You may register subject to compliance with the criteria. Licences are issued subject to compliance with the rules. Non-compliance with the rules may lead to a fine.',
    expected: [
      { text: 'for a minimum period of', suggestion: 'for at least' },
      { text: 'located within', suggestion: 'in' },
      { text: 'during the period from', suggestion: 'from' },
      { text: 'After the expiry of', suggestion: 'After the end of' },
      { text: 'within the established deadlines', suggestion: 'on time' },
      { text: 'are resident in', suggestion: 'live in' },
      { text: 'subject to compliance with', suggestion: 'if you meet' },
      { text: 'subject to compliance with', occurrence: 2, suggestion: null },
      { text: 'Non-compliance with', suggestion: null },
    ],
  },
  {
    // A repair or replacement "of" the goods is to repair or replace them; without "of" the verbs lack an
    // object. Obligations are met; a dream is fulfilled.
    rule: 'en/officialese',
    text: 'We will carry out a repair or replacement of the goods. We will carry out a repair or replacement. The employer failed to fulfil its obligations. She fulfilled her dream.',
    expected: [
      { text: 'carry out a repair or replacement of', suggestion: 'repair or replace' },
      { text: 'carry out a repair or replacement', occurrence: 2, suggestion: null },
      { text: 'fulfil', suggestion: 'meet' },
    ],
  },
  {
    // Seventeenth review, wrong pastes: handed over at a place nothing is "sent at", and an application is made
    // by the parent; a passive infinitive after "are required to" takes "must"; requirements are met "in line
    // with" them, not "under"; a noun with its passive participle is no "if there is"; grounds around buildings
    // are not inside them; set aside "for" a use; the police are no "we"; an order against a person; details
    // are given. The near cases keep their pastes: "sent" elsewhere, "needed", "under" a law, "if there is a
    // fire", "in", "named as", "for" the damage, "shown in" a form.
    rule: 'en/officialese',
    text: 'Applications may be submitted at any Public Service Centre. An application must be submitted by a parent. Documents must be submitted at the reception desk. Documents must be submitted online. The following documents are required to be provided: a form. No fee is required to be paid. Proof of address of the tenant is required to register. Attach a photo in accordance with the established requirements. We act in accordance with the law. In the event of any discrepancy being identified, we stop. In the event of a fire, leave. Clear footpaths on the territory of residential buildings. Nothing grows on the territory of the country. Keep areas designated for the storage of bins clear. The site was designated as a reserve. Upon receipt of a report, the police are obliged to attend. The court may issue an order in respect of the perpetrator. You can make a claim in respect of the damage. Please indicate your full name. Check the number indicated in the application.',
    expected: [
      { text: 'be submitted', suggestion: 'be made' },
      { text: 'be submitted', occurrence: 2, suggestion: 'be made' },
      { text: 'be submitted', occurrence: 3, suggestion: 'be handed in' },
      { text: 'be submitted', occurrence: 4, suggestion: 'be sent' },
      { text: 'are required to', suggestion: 'must' },
      { text: 'is required to', suggestion: null },
      { text: 'is required to', occurrence: 2, suggestion: 'is needed to' },
      { text: 'in accordance with', suggestion: 'in line with' },
      { text: 'in accordance with', occurrence: 2, suggestion: 'under' },
      { text: 'In the event of', suggestion: null },
      { text: 'In the event of', occurrence: 2, suggestion: 'If there is' },
      { text: 'on the territory of', suggestion: 'around' },
      { text: 'on the territory of', occurrence: 2, suggestion: 'in' },
      { text: 'designated', suggestion: 'set aside' },
      { text: 'was designated', suggestion: 'was named' },
      { text: 'Upon receipt of', suggestion: null },
      { text: 'are obliged to', suggestion: 'must' },
      { text: 'in respect of', suggestion: 'against' },
      { text: 'in respect of', occurrence: 2, suggestion: 'for' },
      { text: 'indicate', suggestion: 'give' },
      { text: 'indicated', suggestion: 'shown' },
    ],
  },
  {
    // "Deceased" after "be" is a state (dead), not an act done by anyone: no passive. A death certified is one.
    rule: 'en/passive',
    text: 'Where the other parent is deceased, bring the certificate. The death was certified by a doctor.',
    expected: [{ text: 'was certified' }],
  },
  {
    // "Psychological help" is the service's name and a "constitutional right" a legal term: no shorter word.
    rule: 'en/long-word',
    text: 'We give free psychological help. A psychologist will call. It is a constitutional right. The grant is discretionary.',
    expected: [{ text: 'discretionary' }],
  },
  {
    // Seventeenth review, misses: "Following the conclusion of", "with the use of", a season's "period", "via"
    // a mobile application, "Failure to" before an offence, "on a 24-hour basis", "remit" money, hidden verbs on
    // what is handed over, "at the time of submission of the application" (which holds its noun chain), and
    // "simultaneously" where "at the same time" fits. Near cases: a case remitted, "our remit", "the
    // presentation of the award", "simultaneously" before its verb or "with" (the long word's finding).
    rule: 'en/officialese',
    text: 'Following the conclusion of a contract, register it. It was bought with the use of a loan. Clear it during the winter period. Report it by calling 109 or via the city mobile application. Failure to comply with the above requirements constitutes an administrative offence. Centres operate on a 24-hour basis. Employers withhold and remit contributions. The case went back and was remitted to the tribunal. It is within our remit. Entry does not need the presentation of documents. The presentation of the award was moving. Late payment leads to the accrual of a penalty. Be present at the time of submission of the application. You cannot join two clinics simultaneously. It simultaneously raises prices. The charge is registered simultaneously with the transfer.',
    expected: [
      { text: 'Following', suggestion: 'After' },
      { text: 'with the use of', suggestion: 'using' },
      { text: 'during the winter period', suggestion: 'in winter' },
      { text: 'via', suggestion: 'through' },
      { text: 'Failure to', suggestion: null },
      { text: 'comply with', suggestion: 'meet' },
      { text: 'the above', suggestion: 'these' },
      { text: 'constitutes', suggestion: 'is' },
      { text: 'on a 24-hour basis', suggestion: '24 hours a day' },
      { text: 'remit', suggestion: 'pay' },
      { text: 'the presentation of', suggestion: null },
      { text: 'the accrual of', suggestion: null },
      { text: 'at the time of submission of the application', suggestion: 'when you apply' },
      { text: 'simultaneously', suggestion: 'at the same time' },
    ],
  },
  {
    rule: 'en/nominal-chain',
    // A chain inside an officialese phrase that rewrites it is left to that finding; elsewhere it stands.
    text: 'Be present at the time of submission of the application. We checked the time of submission of the application.',
    expected: [{ text: 'time of submission of the application', occurrence: 2 }],
  },
  {
    // "Notified" before a later phrase's "of" ("accordingly with an indication of the reasons") is told; before
    // its own "of" after a body ("notify the Child Benefit Office of"), nothing to paste. A "personal reception
    // of citizens" is meeting them.
    rule: 'en/officialese',
    text: 'Applicants will be notified accordingly with an indication of the reasons. Please notify the Child Benefit Office of any change. The Akim will conduct a personal reception of citizens.',
    expected: [
      { text: 'be notified', suggestion: 'be told' },
      { text: 'accordingly', suggestion: null },
      { text: 'with an indication of the reasons', suggestion: 'with the reasons' },
      { text: 'notify', suggestion: null },
      { text: 'conduct a personal reception of', suggestion: 'personally meet' },
    ],
  },
  {
    // The eighteenth review. A body named as the main clause's subject gets what is received: neither "you" nor
    // "we" pastes in. An adverb between "are" and "required to" keeps its place after "must"; "hereby" goes.
    // What a summons requires (attendance, presence) is a legal duty, which "needed" would weaken. A condition
    // requiring something obliges it. A right to be treated well is no possibility: "can be treated" is wrong.
    // The oath of allegiance and the pledge are the statutory steps of a citizenship ceremony.
    rule: 'en/officialese',
    text: 'Upon receipt of a complete application, the Registry will reach a decision. Upon receipt of your payment, HMRC sends a receipt. On receipt of this letter, you must pay the fee. You are hereby required to attend the Crown Court. You are also required to bring the letter. Proof of address is also required to register. Your attendance is required at the hearing. Consent is required before work starts. A condition will normally be imposed requiring the planting of a new tree. Any person requiring help should call. All patients are entitled to be treated with dignity. You are entitled to claim a refund. The oath of allegiance and the pledge are made at the ceremony. They pledged to stay.',
    expected: [
      { text: 'Upon receipt of', suggestion: null },
      { text: 'Upon receipt of', occurrence: 2, suggestion: null },
      { text: 'On receipt of', suggestion: 'When you get' },
      { text: 'are hereby required to', suggestion: 'must' },
      { text: 'are also required to', suggestion: 'must also' },
      { text: 'is also required to', suggestion: 'is also needed to' },
      { text: 'is required', occurrence: 2, suggestion: 'is needed' },
      { text: 'requiring', suggestion: null },
      { text: 'Any person', suggestion: 'Anyone' },
      { text: 'requiring', occurrence: 2, suggestion: 'needing' },
      { text: 'are entitled to', suggestion: null },
      { text: 'are entitled to', occurrence: 2, suggestion: 'can' },
      { text: 'pledged', suggestion: 'promised' },
    ],
  },
  {
    // A heading "Making a complaint" (a line with no full stop) is no finding: "Complaining" alone reads as
    // moaning. In running text, and after a word in a heading, it is "complaining".
    rule: 'en/officialese',
    text: 'Making a complaint\n\nMaking a complaint is easy.\n\nTips on making a complaint\n\nMaking complaints',
    expected: [
      { text: 'Making a complaint', occurrence: 2, suggestion: 'Complaining' },
      { text: 'making a complaint', suggestion: 'complaining' },
    ],
  },
  {
    // A right to be treated or heard states the right itself, not a passive to recast; "needs to be treated"
    // is one.
    rule: 'en/passive',
    text: 'All patients are entitled to be treated with dignity. You have the right to be heard. Patients need to be treated quickly.',
    expected: [{ text: 'be treated', occurrence: 2, suggestion: null }],
  },
  {
    // Officialese the eighteenth review found unflagged, with a near case each that keeps its result.
    rule: 'en/officialese',
    text: 'We give the reasons therefor. We therefore stop. Attend within 90 days of the issuance of the invitation. Tell us well in advance of the hearing. You are a witness in the above proceedings. It has exceptions prescribed by law. Pay in the manner prescribed by law. Farmers in occupation of a holding can apply. Offenders may be liable to an unlimited fine. Offenders may be liable to prosecution. Offenders are liable to a fine. Offenders will be liable to a fine. You will be informed accordingly. Please act accordingly.',
    expected: [
      { text: 'therefor', suggestion: null },
      { text: 'issuance', suggestion: 'issue' },
      { text: 'in advance of', suggestion: 'before' },
      { text: 'in the above proceedings', suggestion: 'in this case' },
      { text: 'prescribed by law', suggestion: 'set by law' },
      { text: 'in the manner prescribed by law', suggestion: 'under the law' },
      { text: 'in occupation of', suggestion: 'occupying' },
      { text: 'be liable to', suggestion: 'have to pay' },
      { text: 'be liable to prosecution', suggestion: 'be prosecuted' },
      { text: 'be informed', suggestion: 'be told' },
      { text: 'accordingly', suggestion: null },
    ],
  },
  {
    // Wrong pastes the nineteenth review found, with a near case each that keeps its result: a limit is kept,
    // not met, and a requirement met; "expedited" before a procedure is "fast-track", before another noun
    // nothing to paste unless a subject makes it the verb, "sped up";
    // "whereby" after a comma has no "by which"; "shall not be held liable" is a future; what a person
    // indicated they gave; one informed is told.
    rule: 'en/officialese',
    text: 'You must comply with all applicable bag limits and closed seasons. You must comply with the rules on minimum standards. You must comply with the requirements of the Act. An expedited service is available for an additional fee, whereby the apostille is issued in a day. It is a system whereby applicants pay later. The expedited procedure is short. Your case was expedited. We offer expedited delivery for a fee. We expedited delivery last week. The Ministry shall not be held liable for any loss. The Ministry shall not sell it. Use the bank account indicated by the taxpayer. The trend indicated by the data is clear. You will be informed of the decision. You are well informed.',
    expected: [
      { text: 'comply with', suggestion: 'follow' },
      { text: 'comply with', occurrence: 2, suggestion: 'follow' },
      { text: 'comply with', occurrence: 3, suggestion: 'meet' },
      { text: 'An expedited', suggestion: 'A fast-track' },
      { text: 'an additional', suggestion: 'an extra' },
      { text: 'whereby', suggestion: null },
      { text: 'whereby', occurrence: 2, suggestion: 'by which' },
      { text: 'expedited', occurrence: 2, suggestion: 'fast-track' },
      { text: 'was expedited', suggestion: 'was sped up' },
      { text: 'expedited', occurrence: 4, suggestion: null },
      { text: 'expedited', occurrence: 5, suggestion: 'sped up' },
      { text: 'shall', suggestion: 'will' },
      { text: 'shall', occurrence: 2, suggestion: 'must' },
      { text: 'indicated by', suggestion: 'given by' },
      { text: 'indicated by', occurrence: 2, suggestion: 'shown by' },
      { text: 'be informed', suggestion: 'be told' },
    ],
  },
  {
    // "Apostilled" is the Hague Convention procedure's verb, a term: its passive in a heading question is no
    // finding; another passive beside it stays one.
    rule: 'en/passive',
    text: 'Which documents can be apostilled? Which documents can be sent?',
    expected: [{ text: 'be sent', suggestion: null }],
  },
  {
    // Officialese the nineteenth review found unflagged, with a near case that keeps its result: "a minimum of"
    // a count is "at least", "with a minimum of fuss" an idiom.
    rule: 'en/officialese',
    text: 'It is sold within the territory of Kazakhstan. We work in cooperation with the police. You need a minimum of two references. Do it with a minimum of fuss. Pay over a period of six months. Classes run in an online format. Tell us without delay. This confers entitlement to a pension. Where this proves unsuccessful, call us. Ask a medical practitioner. Send papers evidencing your income. Affix a photo to the form.',
    expected: [
      { text: 'within the territory of', suggestion: 'in' },
      { text: 'in cooperation with', suggestion: 'with' },
      { text: 'a minimum of', suggestion: 'at least' },
      { text: 'over a period of', suggestion: 'over' },
      { text: 'in an online format', suggestion: 'online' },
      { text: 'without delay', suggestion: 'at once' },
      { text: 'confers entitlement to', suggestion: 'gives a right to' },
      { text: 'Where this proves unsuccessful', suggestion: 'If this does not work' },
      { text: 'medical practitioner', suggestion: 'doctor' },
      { text: 'evidencing', suggestion: 'showing' },
      { text: 'Affix', suggestion: 'Attach' },
    ],
  },
  // en/doubled-number: a number in digits and again in words in brackets; the digits stay, once.
  {
    rule: 'en/doubled-number',
    text: 'We will reply within 5 (five) working days. You have ten (10) days to appeal and must send twenty-five (25) copies of one hundred and five (105) pages, in one or two (2) envelopes.',
    expected: [
      { text: '5 (five)', suggestion: '5' },
      { text: 'ten (10)', suggestion: '10' },
      { text: 'twenty-five (25)', suggestion: '25' },
      { text: 'one hundred and five (105)', suggestion: '105' },
      { text: 'two (2)', suggestion: '2' },
    ],
  },
  {
    // The article of "a hundred" counts one: the paste takes it too.
    rule: 'en/doubled-number',
    text: 'It takes a hundred (100) days.',
    expected: [{ text: 'a hundred (100)', suggestion: '100' }],
  },
  {
    // A unit in the brackets stays, unless a sign before or after the digits says it.
    rule: 'en/doubled-number',
    text: 'The fee is 5000 (five thousand pounds), the fine £50 (fifty pounds) and the rate 5% (five per cent) on 1,500 (one thousand five hundred) items.',
    expected: [
      { text: '5000 (five thousand pounds)', suggestion: '5000 pounds' },
      { text: '50 (fifty pounds)', suggestion: '50' },
      { text: '5% (five per cent)', suggestion: '5%' },
      { text: '1,500 (one thousand five hundred)', suggestion: '1,500' },
    ],
  },
  {
    // A title, a count of something else, words not worth the digits, an ordinal: not a number doubled.
    rule: 'en/doubled-number',
    text: 'See Section 5 (Eligibility) and clause 2 (two paragraphs). Apply within 5 (six) days, on day 5 (fifth). Type a (1) in box 25 (twenty, five).',
    expected: [],
  },
];
