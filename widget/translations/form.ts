// Strings of the follow-up form, in their own module: it loads with the form, after the first vote.
import type { Reason } from '../../contract/form-rules.ts';
import { type PersonalDataKind, REDACTION_MARK } from '../../contract/pii.ts';
import type { WidgetLanguage } from './index.ts';

/** The follow-up form's strings; every language provides each key. */
export interface FormTranslation {
  detailsHeading: string;
  /** Takes the citizen back to the question to choose the other answer. */
  changeAnswer: string;
  clarityLegend: string;
  /**
   * Names of the five points of the clarity scale, from hardest to easiest. A point's accessible name is its
   * visible digit and its name ("3 — Neither easy nor hard"), so speech users can say what they see.
   */
  clarity: readonly [string, string, string, string, string];
  reasonsLegend: { yes: string; no: string };
  reasons: Record<Reason, string>;
  commentLabel: string;
  commentHint: string;
  notAppeal: string;
  appealLink: string;
  send: string;
  /** Announced while the details are on their way (a comment waits for the anti-bot minimum time). */
  sending: string;
  skip: string;
  confirmHeading: string;
  confirmText: string;
  /** Said when the comment, with personal data replaced, was longer than allowed and its end was cut. */
  shortened: string;
  edit: string;
  honeypot: string;
  /** What the preview shows in place of each kind of personal data (the wire keeps the contract's marks). */
  marks: Record<PersonalDataKind, string>;
}

const en: FormTranslation = {
  detailsHeading: 'Thank you. Tell us more (optional)',
  changeAnswer: 'Change answer',
  clarityLegend: 'How easy was this page to understand?',
  clarity: ['Very hard', 'Hard', 'Neither easy nor hard', 'Easy', 'Very easy'],
  reasonsLegend: { yes: 'What helped?', no: 'What went wrong?' },
  reasons: {
    'found-what-i-needed': 'I found what I needed',
    clear: 'It was clear',
    'hard-to-understand': 'Hard to understand',
    'out-of-date': 'Out of date',
    'missing-information': 'Information is missing',
    'something-broken': 'Something doesn’t work',
    other: 'Other',
  },
  commentLabel: 'Comment (optional)',
  commentHint:
    'Do not include personal details such as your name, phone number, IIN or address. We cannot reply to comments here.',
  notAppeal: 'This form is not an official appeal.',
  appealLink: 'Submit an official appeal',
  send: 'Send',
  sending: 'Sending…',
  skip: 'Skip',
  confirmHeading: 'Check before sending',
  confirmText: 'We removed personal details from your comment. This is what we will send:',
  shortened:
    'With personal details replaced, your comment became longer than allowed, so its end was cut off. To shorten it yourself, edit the comment.',
  edit: 'Edit comment',
  honeypot: 'Leave this field empty',
  // The wire's own marks are English.
  marks: REDACTION_MARK,
};

const ru: FormTranslation = {
  detailsHeading: 'Спасибо. Расскажите подробнее (необязательно)',
  changeAnswer: 'Изменить ответ',
  clarityLegend: 'Насколько легко было понять эту страницу?',
  clarity: ['Очень трудно', 'Трудно', 'Ни трудно, ни легко', 'Легко', 'Очень легко'],
  reasonsLegend: { yes: 'Что помогло?', no: 'Что не так?' },
  reasons: {
    'found-what-i-needed': 'Нашлось то, что нужно',
    clear: 'Всё понятно',
    'hard-to-understand': 'Трудно понять',
    'out-of-date': 'Информация устарела',
    'missing-information': 'Не хватает информации',
    'something-broken': 'Что-то не работает',
    other: 'Другое',
  },
  commentLabel: 'Комментарий (необязательно)',
  commentHint:
    'Не указывайте личные данные: имя, номер телефона, ИИН или адрес. Здесь мы не отвечаем на комментарии.',
  notAppeal: 'Эта форма — не официальное обращение.',
  appealLink: 'Подать официальное обращение',
  send: 'Отправить',
  sending: 'Отправляем…',
  skip: 'Пропустить',
  confirmHeading: 'Проверьте перед отправкой',
  confirmText: 'Мы убрали из комментария личные данные. Будет отправлено:',
  shortened:
    'После замены личных данных комментарий стал длиннее допустимого, поэтому его конец обрезан. Чтобы сократить его самостоятельно, измените комментарий.',
  edit: 'Изменить комментарий',
  honeypot: 'Оставьте это поле пустым',
  marks: {
    email: '[эл. почта]',
    phone: '[телефон]',
    iin: '[ИИН]',
    card: '[карта]',
    document: '[документ]',
    name: '[ФИО]',
    address: '[адрес]',
    plate: '[госномер]',
  },
};

// «Пікір» is the citizen's feedback as a whole (the thank-you says it); the comment field is «түсініктеме».
const kk: FormTranslation = {
  detailsHeading: 'Рахмет. Толығырақ айтып беріңіз (міндетті емес)',
  changeAnswer: 'Жауапты өзгерту',
  clarityLegend: 'Бұл бетті түсіну қаншалықты оңай болды?',
  clarity: ['Өте қиын', 'Қиын', 'Қиын да, оңай да емес', 'Оңай', 'Өте оңай'],
  reasonsLegend: { yes: 'Не көмектесті?', no: 'Не дұрыс болмады?' },
  reasons: {
    'found-what-i-needed': 'Керек ақпаратты таптым',
    clear: 'Бәрі түсінікті',
    'hard-to-understand': 'Түсіну қиын',
    'out-of-date': 'Ақпарат ескірген',
    'missing-information': 'Ақпарат жетіспейді',
    'something-broken': 'Бір нәрсе жұмыс істемейді',
    other: 'Басқа',
  },
  commentLabel: 'Түсініктеме (міндетті емес)',
  commentHint:
    'Атыңызды, телефон нөміріңізді, ЖСН-іңізді немесе мекенжайыңызды жазбаңыз. Бұл жерде түсініктемелерге жауап бермейміз.',
  notAppeal: 'Бұл форма ресми өтініш емес.',
  appealLink: 'Ресми өтініш беру',
  send: 'Жіберу',
  sending: 'Жіберіліп жатыр…',
  skip: 'Өткізіп жіберу',
  confirmHeading: 'Жібермес бұрын тексеріңіз',
  confirmText: 'Түсініктемеңізден жеке деректерді алып тастадық. Жіберілетін мәтін:',
  shortened:
    'Жеке деректер ауыстырылған соң түсініктеме рұқсат етілгеннен ұзын болып шықты, сондықтан оның соңы қысқартылды. Өзіңіз қысқартқыңыз келсе, түсініктемені өзгертіңіз.',
  edit: 'Түсініктемені өзгерту',
  honeypot: 'Бұл өрісті бос қалдырыңыз',
  marks: {
    email: '[эл. пошта]',
    phone: '[телефон]',
    iin: '[ЖСН]',
    card: '[карта]',
    document: '[құжат]',
    name: '[аты-жөні]',
    address: '[мекенжай]',
    // «Көлік нөмірі», the car's number, as people say it; «мемлекеттік нөмір белгісі» is the traffic police's.
    plate: '[көлік нөмірі]',
  },
};

const FORM_TRANSLATIONS: Record<WidgetLanguage, FormTranslation> = { kk, ru, en };

/** The form's strings for a language. */
export function formTranslation(language: WidgetLanguage): FormTranslation {
  return FORM_TRANSLATIONS[language];
}
