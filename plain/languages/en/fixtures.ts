import type { RuleFixture } from '../../internal/rules/types.ts';

/** Every English rule on a text it must flag exactly so, and on a near-miss it must leave alone. */
export const fixtures: RuleFixture[] = [
  {
    rule: 'en/officialese',
    text: 'In order to renew your passport, you must utilise the online form prior to 1 May.',
    expected: [
      { text: 'In order to', suggestion: 'to' },
      { text: 'utilise', suggestion: 'use' },
      { text: 'prior to', suggestion: 'before' },
    ],
  },
  {
    rule: 'en/officialese',
    text: 'We will commence the review once the applicant has been notified in accordance with the rules.',
    expected: [
      { text: 'commence', suggestion: 'start' },
      { text: 'applicant', suggestion: 'you' },
      { text: 'notified', suggestion: 'tell' },
      { text: 'in accordance with', suggestion: 'under' },
    ],
  },
  {
    rule: 'en/officialese',
    text: 'Use the form to start your application. We will reply in two weeks.',
    expected: [],
  },
  {
    rule: 'en/jargon',
    text: 'Going forward, we will leverage our stakeholder network.',
    expected: [
      { text: 'Going forward', suggestion: 'from now on' },
      { text: 'leverage', suggestion: 'use' },
      { text: 'stakeholder', suggestion: 'people affected' },
    ],
  },
  {
    rule: 'en/jargon',
    text: 'We will talk to the people affected before we change the service.',
    expected: [],
  },
  {
    rule: 'en/passive',
    text: 'Your application was rejected because the form is often sent without a photo.',
    expected: [{ text: 'was rejected' }, { text: 'is often sent' }],
  },
  {
    rule: 'en/passive',
    text: 'The new ID card will be given to you at the centre.',
    expected: [{ text: 'be given' }],
  },
  {
    rule: 'en/passive',
    text: 'We are interested in your views. I was tired after the long queue.',
    expected: [],
  },
  {
    rule: 'en/double-negative',
    text: 'It is not uncommon for payments to arrive late, and it is not impossible to change the date.',
    expected: [{ text: 'not uncommon' }, { text: 'not impossible' }],
  },
  {
    rule: 'en/double-negative',
    text: 'Payments often arrive late. You can change the date until Friday.',
    expected: [],
  },
  {
    rule: 'en/long-sentence',
    text: 'If you have lost your identity card, you should report the loss to the police and then apply for a new card at any public service centre near you.',
    expected: [
      {
        text: 'If you have lost your identity card, you should report the loss to the police and then apply for a new card at any public service centre near you.',
      },
    ],
  },
  {
    rule: 'en/long-sentence',
    text: 'If you have lost your identity card, report it to the police. Then apply for a new card at any public service centre.',
    expected: [],
  },
  {
    rule: 'en/very-long-sentence',
    text: 'Applicants who wish to obtain a replacement identity card following the loss or theft of the original document are required to submit a written statement, a photograph and proof of payment of the state fee at the service centre.',
    expected: [
      {
        text: 'Applicants who wish to obtain a replacement identity card following the loss or theft of the original document are required to submit a written statement, a photograph and proof of payment of the state fee at the service centre.',
      },
    ],
  },
  {
    rule: 'en/very-long-sentence',
    text: 'If you have lost your identity card, you should report the loss to the police and then apply for a new card at any public service centre near you.',
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
    text: 'The unconstitutionality of the decision was confirmed.',
    expected: [{ text: 'unconstitutionality' }],
  },
  { rule: 'en/long-word', text: 'Bring your identification and the information we sent you.', expected: [] },
  {
    rule: 'en/undefined-abbreviation',
    text: 'Go to the PSC with your ID. The PSC is open until 8 pm.',
    expected: [{ text: 'PSC' }],
  },
  {
    rule: 'en/undefined-abbreviation',
    text: 'Go to a Public Service Centre (PSC) with your ID. The PSC is open until 8 pm.',
    expected: [],
  },
  {
    rule: 'en/all-caps',
    text: 'You MUST bring the ORIGINAL documents.',
    expected: [{ text: 'MUST' }, { text: 'ORIGINAL' }],
  },
  { rule: 'en/all-caps', text: 'Bring your ID and a PDF of the form to the UN office.', expected: [] },
  {
    rule: 'en/mixed-script',
    text: 'Welcome to Kazakhstаn, the ninth largest country.',
    expected: [{ text: 'Kazakhstаn', suggestion: 'Kazakhstan' }],
  },
  {
    rule: 'en/mixed-script',
    text: 'Welcome to Kazakhstan. Send an SMS-хабарлама if you like.',
    expected: [],
  },
  {
    rule: 'en/repeated-word',
    text: 'Bring the the form to the centre.',
    expected: [{ text: 'the the', suggestion: 'the' }],
  },
  {
    rule: 'en/repeated-word',
    text: 'He said that that form is the right one. They had had enough.',
    expected: [],
  },
  {
    rule: 'en/nominal-chain',
    text: 'We aim at the improvement of the provision of services to families.',
    expected: [{ text: 'improvement of the provision of services' }],
  },
  { rule: 'en/nominal-chain', text: 'We want to improve how we serve families.', expected: [] },
];
