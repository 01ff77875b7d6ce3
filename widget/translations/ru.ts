import type { Translation } from './en.ts';

/** Russian strings of the widget. */
export const ru: Translation = {
  question: 'Была ли эта страница полезной?',
  yes: 'Да',
  no: 'Нет',
  thanks: 'Спасибо за отзыв.',
};
