/** English strings of the widget; the shape every other language must satisfy. */
export const en = {
  question: 'Was this page useful?',
  yes: 'Yes',
  no: 'No',
  // Saved, not delivered: the vote is queued in the browser and retried until the collector has it.
  recorded: 'Your answer has been saved.',
  previousAnswer: (answer: string) => `You answered “${answer}”. You can change your answer.`,
  thanks: 'Thank you for your feedback.',
  useful: (percent: number, votes: number) =>
    `${percent}% of ${votes} ${votes === 1 ? 'person' : 'people'} found this page useful.`,
  responsesHeading: 'You said, we did',
  // Beyond the last school year a grade number means nothing to a reader (Kazakhstan's schools have 11, US 12).
  readingLevel: (level: 'easy' | 'medium' | 'hard', grade: number) =>
    `Reading level: ${{ easy: 'easy', medium: 'medium', hard: 'hard' }[level]} — ${grade > 12 ? 'beyond school level' : `grade ${grade}`}`,
};

/** The keys and value types every language of the widget provides. */
export type Translation = typeof en;
