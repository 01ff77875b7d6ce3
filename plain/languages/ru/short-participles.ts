/**
 * Short passive participles of what agencies report done («заявление рассмотрено», «в приёме отказано»,
 * «справка выдана»), each with the impersonal active that says the same without the passive: the past third
 * person plural («рассмотрели», «отказали», «выдали»), and after «будет» the future («рассмотрят»). A closed
 * list, written masculine short form : past plural : future plural, because neither is built from the
 * participle with certainty (утверждён → утвердили, проведён → провели, выдан → выдадут); the participle's
 * other forms are built (-а, -о, -ы). Forms are
 * written with е for ё, as words are matched. States («предусмотрен», «расположен», «обязан») are not here,
 * nor «запрещён», «разрешён»: «Въезд запрещён» is a standing rule, not an act («запретили»).
 */
const PARTICIPLES = `
  рассмотрен:рассмотрели:рассмотрят отказан:отказали:откажут принят:приняли:примут выдан:выдали:выдадут
  направлен:направили:направят утвержден:утвердили:утвердят установлен:установили:установят
  получен:получили:получат зарегистрирован:зарегистрировали:зарегистрируют оформлен:оформили:оформят
  назначен:назначили:назначат одобрен:одобрили:одобрят предоставлен:предоставили:предоставят
  выявлен:выявили:выявят проведен:провели:проведут завершен:завершили:завершат выполнен:выполнили:выполнят
  исполнен:исполнили:исполнят начислен:начислили:начислят оплачен:оплатили:оплатят выплачен:выплатили:выплатят
  продлен:продлили:продлят приостановлен:приостановили:приостановят прекращен:прекратили:прекратят
  отменен:отменили:отменят изменен:изменили:изменят внесен:внесли:внесут подписан:подписали:подпишут
  подан:подали:подадут опубликован:опубликовали:опубликуют размещен:разместили:разместят
  создан:создали:создадут возбужден:возбудили:возбудят задержан:задержали:задержат доставлен:доставили:доставят
  привлечен:привлекли:привлекут наложен:наложили:наложат вынесен:вынесли:вынесут признан:признали:признают
  определен:определили:определят аннулирован:аннулировали:аннулируют проверен:проверили:проверят
  подтвержден:подтвердили:подтвердят уведомлен:уведомили:уведомят приглашен:пригласили:пригласят
  обработан:обработали:обработают отправлен:отправили:отправят передан:передали:передадут
  возвращен:вернули:вернут закреплен:закрепили:закрепят согласован:согласовали:согласуют
  разработан:разработали:разработают подготовлен:подготовили:подготовят заключен:заключили:заключат
  расторгнут:расторгли:расторгнут погашен:погасили:погасят перечислен:перечислили:перечислят
  зачислен:зачислили:зачислят отчислен:отчислили:отчислят уволен:уволили:уволят освобожден:освободили:освободят
  лишен:лишили:лишат восстановлен:восстановили:восстановят обжалован:обжаловали:обжалуют сделан:сделали:сделают
  решен:решили:решат уплачен:уплатили:уплатят вручен:вручили:вручат изъят:изъяли:изымут
  построен:построили:построят отремонтирован:отремонтировали:отремонтируют высажен:высадили:высадят
`;

const IMPERSONAL = new Map<string, { past: string; future: string }>();
for (const entry of PARTICIPLES.trim().split(/\s+/u)) {
  const [masculine = '', past = '', future = ''] = entry.split(':');
  // -ен takes -ена, -ено, -ены; -ан, -ят, -ут their own vowel: выдана, принята, расторгнута.
  for (const ending of ['', 'а', 'о', 'ы']) IMPERSONAL.set(masculine + ending, { past, future });
}

/** A listed short passive participle's impersonal active, the past third person plural («выдана» → «выдали»). */
export const impersonalOfParticiple = (form: string): string | undefined => IMPERSONAL.get(form)?.past;

/** The same participle's future third person plural, for «будет выдана» («выдадут»). */
export const futureOfParticiple = (form: string): string | undefined => IMPERSONAL.get(form)?.future;

/** Infinitives the past plural does not give by «-ли» → «-ть»: a stem in a consonant. */
const INFINITIVES = new Map([
  ['провели', 'провести'],
  ['внесли', 'внести'],
  ['вынесли', 'вынести'],
  ['привлекли', 'привлечь'],
  ['расторгли', 'расторгнуть'],
]);

/**
 * The same participle's infinitive, for «может быть выдана», «должно быть принято» («могут выдать», «нужно
 * принять»): from the past plural («выдали» → «выдать»).
 */
export function infinitiveOfParticiple(form: string): string | undefined {
  const past = IMPERSONAL.get(form)?.past;
  if (past === undefined) return undefined;
  return INFINITIVES.get(past) ?? (/[аеиоуыя]ли$/u.test(past) ? `${past.slice(0, -2)}ть` : undefined);
}

/** A future third person plural in the singular: «рассмотрят» → «рассмотрит», «откажут» → «откажет». */
export function futureSingular(plural: string): string {
  if (plural.endsWith('дадут')) return `${plural.slice(0, -5)}даст`;
  // «привлекут» → «привлечёт», spelt with е.
  if (plural.endsWith('кут')) return `${plural.slice(0, -3)}чет`;
  if (/[ая]т$/u.test(plural)) return `${plural.slice(0, -2)}ит`;
  if (/[уюя]т$/u.test(plural)) return `${plural.slice(0, -2)}ет`;
  return plural;
}
