import { AUDIENCES } from '../internal/audiences.ts';
import type { LanguageCode } from '../internal/rules/types.ts';

/** The kinds of JSON value a field may hold or be given. */
export type JsonType = 'number' | 'text' | 'object' | 'list' | 'boolean' | 'null' | 'other';

/**
 * What is wrong with a field of an audience or glossary file, as its schema found it: zod's own messages are
 * English only (it has no Kazakh), and the command's user reads Kazakh or Russian.
 */
export type JsonProblem =
  | { kind: 'missing' }
  | { kind: 'type'; expected: JsonType; got: JsonType }
  | { kind: 'atLeast' | 'moreThan' | 'atMost' | 'lessThan'; limit: number }
  | { kind: 'empty' }
  | { kind: 'tooLong'; limit: number }
  | { kind: 'unknownFields'; fields: readonly string[] }
  | { kind: 'other' };

/** What `heard-check` itself says (usage, input errors), in the language of its user. */
export interface CliMessages {
  usage: string;
  oneOf: (option: string, allowed: readonly string[], got: string) => string;
  audienceChoice: (got: string) => string;
  cannotReadAudience: (file: string, reason: string) => string;
  /** An audience file that is not JSON, with where its first error is. */
  audienceNotJson: (file: string, line: number, column: number) => string;
  /** An audience file whose JSON is not a profile: `reason` names the field and says what is wrong with it. */
  audienceInvalid: (file: string, reason: string) => string;
  /** A JSON file's first error, where it is. */
  notJson: (line: number, column: number) => string;
  /** A field of a JSON file that does not fit its schema. */
  jsonProblem: (problem: JsonProblem) => string;
  noInput: string;
  cannotRead: (file: string, reason: string) => string;
  /** Plain words for the system's error codes when a file cannot be read. */
  readErrors: { ENOENT: string; EISDIR: string; EACCES: string };
  notText: (file: string, format: string | undefined) => string;
  /** A .docx or .odt file whose text cannot be read (damaged, encrypted, an unusual form of ZIP). */
  unreadableDocument: (file: string, format: 'Word' | 'OpenDocument') => string;
  notUtf8: (file: string) => string;
  /** A file that is not UTF-8 but reads as Russian in Windows-1251, and was read so. */
  readAsWindows1251: (file: string) => string;
  stdinTwice: string;
  stdinName: string;
  empty: (file: string | undefined) => string;
  noProse: (file: string) => string;
  seeHelp: string;
  unknownOption: (option: string) => string;
  badGlossary: (file: string, reason: string) => string;
  needsValue: (option: string, values: string) => string;
  takesNoValue: (option: string) => string;
  /** A folder given with no text file in it or its subfolders. */
  noTextFiles: (folder: string) => string;
  /** An input over `MAX_INPUT_BYTES` (10 MB). */
  tooLarge: (file: string) => string;
  /** `--disable` named a rule no pack has. */
  unknownRule: (id: string) => string;
}

const audiences = Object.keys(AUDIENCES).join(', ');
const options =
  '[--language kk|ru|en|auto] [--audience ID|FILE.json] [--format text|json|github]\n' +
  '                   [--fail-on error|warning|audience] [--ui-language kk|ru|en]\n' +
  '                   [--glossary FILE.json] [--disable RULE]... FILE|FOLDER...';

const MESSAGES: Record<LanguageCode, CliMessages> = {
  en: {
    usage: `Usage: heard-check ${options} (- for standard input)
Checks texts for plain language in Kazakh, Russian and English; .html and .md files are read as prose,
Word (.docx) and OpenDocument (.odt) files as their text. A folder stands for the .txt, .md, .html, .docx and
.odt files in it and its subfolders (not hidden ones or node_modules).
Audiences: ${audiences}, or a JSON file with a custom profile.
--fail-on takes a list (error,audience); audience: the text misses its audience's targets.
--format github prints the findings as GitHub Actions annotations on the files' lines.
Exit codes: 0 passed, 1 --fail-on was met, 2 usage or input error. --version prints the version.`,
    oneOf: (option, allowed, got) => `--${option} must be one of ${allowed.join(', ')}, got "${got}"`,
    audienceChoice: (got) => `--audience must be one of ${audiences} or a .json file, got "${got}"`,
    cannotReadAudience: (file, reason) => `cannot read audience file ${file}: ${reason}`,
    audienceNotJson: (file, line, column) =>
      `audience file ${file} is not valid JSON (line ${line}, column ${column})`,
    audienceInvalid: (file, reason) => `audience file ${file}: ${reason}`,
    notJson: (line, column) => `not valid JSON (line ${line}, column ${column})`,
    jsonProblem: (p) => {
      const names: Record<JsonType, string> = {
        number: 'a number',
        text: 'text',
        object: 'an object { … }',
        list: 'a list [ … ]',
        boolean: 'true or false',
        null: 'null',
        other: 'another value',
      };
      switch (p.kind) {
        case 'missing':
          return 'required, but missing';
        case 'type':
          return `expected ${names[p.expected]}, got ${names[p.got]}`;
        case 'atLeast':
          return `must be ${p.limit} or more`;
        case 'moreThan':
          return `must be more than ${p.limit}`;
        case 'atMost':
          return `must be ${p.limit} or less`;
        case 'lessThan':
          return `must be less than ${p.limit}`;
        case 'empty':
          return 'must not be empty';
        case 'tooLong':
          return `must be at most ${p.limit} characters long`;
        case 'unknownFields':
          return `unknown field${p.fields.length > 1 ? 's' : ''} ${p.fields.map((f) => `"${f}"`).join(', ')}`;
        default:
          return 'invalid value';
      }
    },
    noInput: 'no input: give one or more files, or - for standard input',
    cannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
    readErrors: {
      ENOENT: 'no such file',
      EISDIR: 'it is a folder; name the files in it',
      EACCES: 'permission denied',
    },
    notText: (file, format) =>
      `${file} is not a text file${format ? ` (${format})` : ''}: save it as plain text (.txt) in UTF-8`,
    unreadableDocument: (file, format) =>
      `${file} is a ${format} file whose text cannot be read (damaged or encrypted): save it again, or as plain text (.txt) in UTF-8`,
    notUtf8: (file) => `${file} is not UTF-8 text (Windows-1251?): save it in UTF-8`,
    readAsWindows1251: (file) => `${file} is not UTF-8; read as Windows-1251 (Russian Windows' "ANSI")`,
    stdinTwice: '- (standard input) can be given only once',
    stdinName: 'standard input',
    empty: (file) => `${file ?? 'standard input'} is empty`,
    noProse: (file) => `${file} has no words to check (only markup, numbers or signs)`,
    seeHelp: '(see heard-check --help)',
    unknownOption: (option) => `unknown option ${option}`,
    badGlossary: (file, reason) => `glossary file ${file}: ${reason}`,
    needsValue: (option, values) => `${option} needs a value${values ? `: ${values}` : ''}`,
    takesNoValue: (option) => `${option} takes no value`,
    noTextFiles: (folder) => `${folder} has no .txt, .md, .html, .docx or .odt files to check`,
    tooLarge: (file) => `${file} is larger than 10 MB: check it in smaller parts`,
    unknownRule: (id) =>
      `--disable: no rule has the id "${id}" (ids look like ru/passive-reflexive; each finding in the JSON report names its rule)`,
  },
  ru: {
    usage: `Использование: heard-check ${options} (- — стандартный ввод)
Проверяет тексты на казахском, русском и английском языках на ясность; файлы .html и .md читаются как текст страницы,
файлы Word (.docx) и OpenDocument (.odt) — как их текст. Папка — это файлы .txt, .md, .html, .docx и .odt в ней
и во вложенных папках (кроме скрытых и node_modules).
Аудитории: ${audiences} или JSON-файл со своим профилем.
--fail-on принимает список (error,audience); audience — текст не подходит своей аудитории.
--format github выводит замечания как аннотации GitHub Actions к строкам файлов.
Коды выхода: 0 — проверка пройдена, 1 — сработал --fail-on, 2 — ошибка в параметрах или входных данных.`,
    oneOf: (option, allowed, got) =>
      `--${option}: допустимые значения: ${allowed.join(', ')}; указано «${got}»`,
    audienceChoice: (got) => `--audience: допустимые значения: ${audiences} или файл .json; указано «${got}»`,
    cannotReadAudience: (file, reason) => `не удаётся прочитать файл аудитории ${file}: ${reason}`,
    audienceNotJson: (file, line, column) =>
      `файл аудитории ${file} — не JSON (строка ${line}, столбец ${column})`,
    audienceInvalid: (file, reason) => `файл аудитории ${file}: ${reason}`,
    notJson: (line, column) => `не JSON (строка ${line}, столбец ${column})`,
    jsonProblem: (p) => {
      // Each name with its gender, for «нужен/нужна/нужно» and «указан/указана/указано».
      const names: Record<JsonType, [name: string, gender: 'm' | 'f' | 'n']> = {
        number: ['число', 'n'],
        text: ['строка', 'f'],
        object: ['объект { … }', 'm'],
        list: ['список [ … ]', 'm'],
        boolean: ['true или false', 'n'],
        null: ['null', 'n'],
        other: ['другое значение', 'n'],
      };
      const needed = { m: 'нужен', f: 'нужна', n: 'нужно' };
      const given = { m: 'указан', f: 'указана', n: 'указано' };
      switch (p.kind) {
        case 'missing':
          return 'обязательное поле не указано';
        case 'type': {
          const [expected, expectedGender] = names[p.expected];
          const [got, gotGender] = names[p.got];
          return `${needed[expectedGender]} ${expected}, ${given[gotGender]} ${got}`;
        }
        case 'atLeast':
          return `должно быть не меньше ${p.limit}`;
        case 'moreThan':
          return `должно быть больше ${p.limit}`;
        case 'atMost':
          return `должно быть не больше ${p.limit}`;
        case 'lessThan':
          return `должно быть меньше ${p.limit}`;
        case 'empty':
          return 'не должно быть пустым';
        case 'tooLong':
          return `должно быть не длиннее ${p.limit} знаков`;
        case 'unknownFields':
          return `${p.fields.length > 1 ? 'неизвестные поля' : 'неизвестное поле'} ${p.fields.map((f) => `«${f}»`).join(', ')}`;
        default:
          return 'недопустимое значение';
      }
    },
    noInput: 'нет входных данных: укажите один или несколько файлов или - для стандартного ввода',
    cannotRead: (file, reason) => `не удаётся прочитать ${file}: ${reason}`,
    readErrors: {
      ENOENT: 'нет такого файла',
      EISDIR: 'это папка; укажите файлы в ней',
      EACCES: 'нет доступа',
    },
    notText: (file, format) =>
      `${file} — не текстовый файл${format ? ` (${format})` : ''}: сохраните его как обычный текст (.txt) в UTF-8`,
    unreadableDocument: (file, format) =>
      `${file} — файл ${format}, текст которого не удалось прочитать (он повреждён или зашифрован): сохраните его заново или как обычный текст (.txt) в UTF-8`,
    notUtf8: (file) => `${file} — не текст в UTF-8 (Windows-1251?): сохраните его в UTF-8`,
    readAsWindows1251: (file) => `${file} — не UTF-8; прочитан как Windows-1251 («ANSI» русской Windows)`,
    stdinTwice: '- (стандартный ввод) можно указать только один раз',
    stdinName: 'стандартный ввод',
    empty: (file) => (file ? `файл ${file} пуст` : 'стандартный ввод пуст'),
    noProse: (file) => `в ${file} нет слов для проверки (только разметка, числа или знаки)`,
    seeHelp: '(см. heard-check --help)',
    unknownOption: (option) => `неизвестный параметр ${option}`,
    badGlossary: (file, reason) => `файл глоссария ${file}: ${reason}`,
    needsValue: (option, values) =>
      `у параметра ${option} нет значения${values ? `; допустимые значения: ${values}` : ''}`,
    takesNoValue: (option) => `параметр ${option} указывается без значения`,
    noTextFiles: (folder) => `в папке ${folder} нет файлов .txt, .md, .html, .docx или .odt для проверки`,
    tooLarge: (file) => `${file}: больше 10 МБ; проверьте текст по частям`,
    unknownRule: (id) =>
      `--disable: нет правила «${id}» (имена правил вида ru/passive-reflexive; каждое замечание в отчёте JSON называет своё правило)`,
  },
  kk: {
    usage: `Қолданылуы: heard-check ${options} (- — стандартты енгізу)
Қазақ, орыс және ағылшын тілдеріндегі мәтіндердің түсініктілігін тексереді; .html және .md файлдары бет мәтіні ретінде,
Word (.docx) және OpenDocument (.odt) файлдары өз мәтіні ретінде оқылады. Қалта берілсе, оның және ішкі
қалталарының .txt, .md, .html, .docx, .odt файлдары тексеріледі (жасырын қалталар мен node_modules қалтасы қаралмайды).
Аудиториялар: ${audiences} немесе өз профиліңіз бар JSON файлы.
--fail-on тізім қабылдайды (error,audience); audience — мәтін аудиториясына сай келмейді.
--format github ескертулерді файл жолдарына GitHub Actions аннотациялары ретінде шығарады.
Шығу кодтары: 0 — тексеруден өтті, 1 — --fail-on шарты орындалды, 2 — параметрлерде не кіріс деректерінде қате.`,
    oneOf: (option, allowed, got) => `--${option}: ${allowed.join(', ')} болуы керек, берілгені «${got}»`,
    audienceChoice: (got) => `--audience: ${audiences} не .json файлы болуы керек, берілгені «${got}»`,
    cannotReadAudience: (file, reason) => `${file} аудитория файлын оқу мүмкін емес: ${reason}`,
    audienceNotJson: (file, line, column) =>
      `${file} аудитория файлы JSON емес (${line}-жол, ${column}-баған)`,
    audienceInvalid: (file, reason) => `${file} аудитория файлы: ${reason}`,
    notJson: (line, column) => `JSON емес (${line}-жол, ${column}-баған)`,
    jsonProblem: (p) => {
      const names: Record<JsonType, string> = {
        number: 'сан',
        text: 'мәтін',
        object: 'нысан { … }',
        list: 'тізім [ … ]',
        boolean: 'true не false',
        null: 'null',
        other: 'басқа мән',
      };
      // «санынан» after a number: the case ending of a numeral would follow its spoken form.
      switch (p.kind) {
        case 'missing':
          return 'міндетті өріс берілмеген';
        case 'type':
          return `${names[p.expected]} болуы керек, берілгені — ${names[p.got]}`;
        case 'atLeast':
          return `кемінде ${p.limit} болуы керек`;
        case 'moreThan':
          return `${p.limit} санынан үлкен болуы керек`;
        case 'atMost':
          return `ең көбі ${p.limit} болуы керек`;
        case 'lessThan':
          return `${p.limit} санынан кіші болуы керек`;
        case 'empty':
          return 'бос болмауы керек';
        case 'tooLong':
          return `ең көбі ${p.limit} таңба болуы керек`;
        case 'unknownFields':
          return `${p.fields.length > 1 ? 'белгісіз өрістер' : 'белгісіз өріс'}: ${p.fields.map((f) => `«${f}»`).join(', ')}`;
        default:
          return 'мәні жарамсыз';
      }
    },
    noInput: 'кіріс жоқ: бір не бірнеше файлды немесе стандартты енгізу үшін - белгісін беріңіз',
    cannotRead: (file, reason) => `${file} файлын оқу мүмкін емес: ${reason}`,
    readErrors: {
      ENOENT: 'мұндай файл жоқ',
      EISDIR: 'бұл — қалта; ішіндегі файлдарды көрсетіңіз',
      EACCES: 'рұқсат жоқ',
    },
    notText: (file, format) =>
      `${file} — мәтіндік файл емес${format ? ` (${format})` : ''}: оны UTF-8 кодындағы қарапайым мәтін (.txt) ретінде сақтаңыз`,
    unreadableDocument: (file, format) =>
      `${file} — мәтіні оқылмайтын ${format} файлы (бүлінген не шифрланған): оны қайта сақтаңыз немесе UTF-8 кодындағы қарапайым мәтін (.txt) ретінде сақтаңыз`,
    notUtf8: (file) => `${file} — UTF-8 мәтіні емес (Windows-1251?): оны UTF-8 кодында сақтаңыз`,
    readAsWindows1251: (file) =>
      `${file} — UTF-8 емес; Windows-1251 ретінде оқылды (орыс Windows-ының «ANSI» кодтамасы)`,
    stdinTwice: '- (стандартты енгізу) бір-ақ рет берілуі мүмкін',
    stdinName: 'стандартты енгізу',
    empty: (file) => (file ? `${file} файлы бос` : 'стандартты енгізу бос'),
    noProse: (file) => `${file} ішінде тексеретін сөз жоқ (тек белгілеу, сан не таңба)`,
    seeHelp: '(heard-check --help командасын қараңыз)',
    unknownOption: (option) => `белгісіз параметр: ${option}`,
    badGlossary: (file, reason) => `${file} глоссарий файлы: ${reason}`,
    needsValue: (option, values) =>
      `${option} параметрінің мәні берілмеген${values ? `; болуы мүмкін мәндер: ${values}` : ''}`,
    takesNoValue: (option) => `${option} параметрі мәнсіз беріледі`,
    noTextFiles: (folder) => `${folder} қалтасында тексеретін .txt, .md, .html, .docx не .odt файлы жоқ`,
    tooLarge: (file) => `${file}: көлемі 10 МБ-тан асады; мәтінді бөліп тексеріңіз`,
    unknownRule: (id) =>
      `--disable: «${id}» деген ереже жоқ (ереже атауы ru/passive-reflexive түрінде жазылады; JSON есебіндегі әр ескертпе өз ережесін атайды)`,
  },
};

/** The messages for a UI language. */
export function cliMessages(ui: LanguageCode): CliMessages {
  return MESSAGES[ui];
}

/** The user's language from a POSIX locale (LC_ALL, LC_MESSAGES, LANG: "kk_KZ.UTF-8"); English otherwise. */
export function localeLanguage(locale: string | undefined): LanguageCode {
  const code = locale?.slice(0, 2).toLowerCase();
  return code === 'kk' || code === 'ru' ? code : 'en';
}
