import { describe, expect, it } from 'vitest';
import { fitsInPlaceRussian } from '../../../plain/languages/ru/fits.ts';

/** `[before, finding, suggestion, after]`: the finding is pasted over with the suggestion. */
type Paste = [string, string, string, string];

const fits = ([before, text, suggestion, after]: Paste) =>
  fitsInPlaceRussian(suggestion, { before, text, after });

describe('a Russian paste keeps the agreements around it', () => {
  it.each<Paste>([
    // A modifier before the noun, across the finding's edge.
    ['Успешная ', 'реализация', 'выполнение', ' проекта важна.'],
    ['Каждый ', 'стейкхолдер', 'участники', ' получит отчёт.'],
    // A participle past a comma after its noun.
    ['В соответствии с ', 'Правилами', 'Правилам', ', утвержденными решением маслихата.'],
    ['Обязанность возлагается на лицо: ', 'юридическое лицо', 'организация', ', пригласившее иностранца.'],
    // A subject and its past verb or short participle, after it (past its genitive) or before it.
    ['', 'Реализация', 'Выполнение', ' проекта завершена в срок.'],
    ['В 2024 году будет осуществлена ', 'оптимизация', 'улучшение', ' маршрутной сети.'],
    ['Проверка ', 'была проведена', 'провели', ' в марте.'],
    // A preposition and the case of the word after it.
    ['Документы подаются ', 'в соответствии с', 'согласно', ' законом.'],
    ['Письма от ', 'стейкхолдеров', 'участники', ' пришли.'],
  ])('withholds «%s[%s → %s]%s»', (...paste) => {
    expect(fits(paste)).toBe(false);
  });

  it.each<Paste>([
    ['Успешное ', 'осуществление', 'выполнение', ' проекта важно.'],
    ['Наши ', 'стейкхолдеры', 'участники', ' получат отчёт.'],
    ['', 'Дедлайн', 'Срок', ', установленный приказом, прошёл.'],
    ['', 'Данная', 'Эта', ' программа принята.'],
    // A plural active verb reads a subject whose accusative is its nominative as its object.
    ['Данное предложение ', 'принято', 'приняли', ', срок сохранён.'],
    // Past the clause's end nothing agrees.
    ['Успешная. ', 'реализация', 'выполнение', ' проекта.'],
    // A word the tables cannot read withholds nothing: «людей» is no nominative.
    ['Повышение будет взиматься с ', 'физических лиц', 'людей', ' и фирм.'],
  ])('keeps «%s[%s → %s]%s»', (...paste) => {
    expect(fits(paste)).toBe(true);
  });
});
