import type { Translation } from './en.ts';

/** Kazakh strings of the widget. */
export const kk: Translation = {
  question: 'Бұл бет пайдалы болды ма?',
  yes: 'Иә',
  no: 'Жоқ',
  recorded: 'Жауабыңыз сақталды.',
  previousAnswer: (answer: string) => `Сіздің жауабыңыз: «${answer}». Оны өзгертуге болады.`,
  thanks: 'Пікіріңізге рахмет.',
  useful: (percent: number, votes: number) => `${votes} адамның ${percent}%-ы бұл бетті пайдалы деп санайды.`,
  responsesHeading: 'Сіз айттыңыз — біз жасадық',
  readingLevel: (level: 'easy' | 'medium' | 'hard', grade: number) =>
    `Мәтін деңгейі: ${{ easy: 'жеңіл', medium: 'орташа', hard: 'күрделі' }[level]} — ${grade > 11 ? 'мектеп бағдарламасынан жоғары' : `${grade}-сынып`}`,
};
