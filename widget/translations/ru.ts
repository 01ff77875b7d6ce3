import type { Translation } from './en.ts';

const RU_PLURAL = new Intl.PluralRules('ru');

/** Russian strings of the widget. */
export const ru: Translation = {
  question: 'Была ли эта страница полезной?',
  yes: 'Да',
  no: 'Нет',
  recorded: 'Ваш ответ сохранён.',
  previousAnswer: (answer: string) => `Ваш ответ: «${answer}». Его можно изменить.`,
  thanks: 'Спасибо за отзыв.',
  // «из 21 человека», «из 22 человек», «из 25 человек»: genitive after «из» by plural category.
  useful: (percent: number, votes: number) =>
    `${percent}% из ${votes} ${RU_PLURAL.select(votes) === 'one' ? 'человека' : 'человек'} считают эту страницу полезной.`,
  responsesHeading: 'Вы сказали — мы сделали',
  readingLevel: (level: 'easy' | 'medium' | 'hard', grade: number) =>
    `Уровень текста: ${{ easy: 'простой', medium: 'средний', hard: 'сложный' }[level]} — ${grade > 11 ? 'выше школьной программы' : `${grade} класс`}`,
};
