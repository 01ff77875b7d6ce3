import { html } from 'lit';
import type { LanguageVotes, Trend } from '../../../../contract/admin.ts';
import type { Translation } from '../translations/index.ts';

/** A page address shown short: the host muted, then the path, which is what editors recognise. */
export function pageLabel(url: string) {
  try {
    const { host, pathname, search } = new URL(url);
    return html`<span class="host">${host}</span>${pathname}${search}`;
  } catch {
    return url;
  }
}

/** A nullable number, or the word for "none" (a dash means nothing to a screen reader). */
export function orNone(t: Translation, value: number | null, show: (value: number) => string): string {
  return value === null ? t.none : show(value);
}

/** A page's feedback languages, most votes first ("Russian, Kazakh"), or the word for "none". */
export function languageList(t: Translation, languages: readonly LanguageVotes[]): string {
  return languages.length ? languages.map((l) => t.languageNames[l.language]).join(', ') : t.none;
}

/** Votes each week needs before a change in its share of useful votes is shown. */
const TREND_MIN_VOTES = 5;

/** The change in the useful share over the last 7 days, in words with an arrow that is only decoration. */
export function trendText(t: Translation, trend: Trend) {
  const change = trend.usefulShareChange;
  if (trend.votesLast7 === 0) return html`<span class="muted">${t.trendNoRecent}</span>`;
  if (trend.votesPrevious7 === 0) return html`<span class="muted">${t.trendNoEarlier}</span>`;
  // A share of two or three votes swings by tens of points: no change is told below a handful each week.
  if (change === null || Math.min(trend.votesLast7, trend.votesPrevious7) < TREND_MIN_VOTES)
    return html`<span class="muted">${t.trendUnknown}</span>`;
  const points = Math.round(Math.abs(change) * 100);
  if (points === 0) return html`${t.trendSame}`;
  return change > 0
    ? html`<span aria-hidden="true">↑ </span>${t.trendUp(points)}`
    : html`<span class="trend-down"><span aria-hidden="true">↓ </span>${t.trendDown(points)}</span>`;
}

/**
 * A button's visible text with what it acts on for screen readers: "Delete (eGov)". The visible words start
 * the accessible name, so speech users can say what they see (WCAG 2.5.3).
 */
export function actionLabel(visible: string, target: string) {
  return html`${visible}<span class="visually-hidden"> (${target})</span>`;
}
