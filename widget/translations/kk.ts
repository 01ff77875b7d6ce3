import type { Translation } from './en.ts';

/** Kazakh strings of the widget. */
export const kk: Translation = {
  question: 'Бұл бет пайдалы болды ма?',
  yes: 'Иә',
  no: 'Жоқ',
  thanks: 'Пікіріңізге рахмет.',
};
