import { html, nothing } from 'lit';
import type { AdminSite } from '../../../../contract/admin.ts';
import type { Filters } from '../internal/router.ts';
import type { Translation } from '../translations/index.ts';

/** What the filter form shows and where its choice goes. */
export interface FilterFormOptions {
  t: Translation;
  sites: readonly AdminSite[];
  filters: Filters;
  /** The range the server answered for (its default when the URL names none), shown in the date fields. */
  shownRange?: { from: string; to: string } | undefined;
  /** Offer the site choice (the page-detail view is about one site's page). */
  site?: boolean;
  /** Offer dates and language (responsiveness has neither). */
  range?: boolean;
  /** The collector's time zone (from `GET /me`): the dates are its days, the times its clock's. */
  timeZone?: string | undefined;
  onChange: (filters: Filters) => void;
}

/**
 * The filter form shared by the pages, page and responsiveness views. It applies on submit, not on each change,
 * so keyboard users can set several fields (and date inputs can be typed) before the table reloads.
 */
export function filterForm(options: FilterFormOptions) {
  const { t, sites, filters, shownRange } = options;
  const offerSite = options.site ?? true;
  const offerRange = options.range ?? true;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    const next: Filters = {};
    const site = offerSite ? text('site') : filters.site;
    let from = offerRange ? text('from') : filters.from;
    let to = offerRange ? text('to') : filters.to;
    // A range typed backwards means the same days; the server would refuse it.
    if (from && to && from > to) [from, to] = [to, from];
    const language = offerRange ? text('language') : filters.language;
    if (site) next.site = site;
    if (from) next.from = from;
    if (to) next.to = to;
    if (language === 'kk' || language === 'ru' || language === 'en') next.language = language;
    options.onChange(next);
  };
  return html`<form class="filters" @submit=${submit} aria-label=${t.filters}>
    ${
      offerSite
        ? html`<div class="field">
          <label for="filter-site">${t.site}</label>
          <select id="filter-site" name="site">
            ${sites.map((s) => html`<option value=${s.id} ?selected=${s.id === filters.site}>${s.name}</option>`)}
          </select>
        </div>`
        : nothing
    }
    ${
      offerRange
        ? html`<div class="field">
            <label for="filter-from">${t.from}</label>
            <input id="filter-from" name="from" type="date" min="2000-01-01" max="2999-12-31" aria-describedby="days-zone" .value=${filters.from ?? shownRange?.from ?? ''} />
          </div>
          <div class="field">
            <label for="filter-to">${t.to}</label>
            <input id="filter-to" name="to" type="date" min="2000-01-01" max="2999-12-31" aria-describedby="days-zone" .value=${filters.to ?? shownRange?.to ?? ''} />
          </div>
          <p class="hint" id="days-zone">${options.timeZone ? t.timesInZone(options.timeZone) : ''}</p>
          <div class="field">
            <label for="filter-language">${t.feedbackLanguage}</label>
            <select id="filter-language" name="language">
              <option value="" ?selected=${!filters.language}>${t.allLanguages}</option>
              ${(['kk', 'ru', 'en'] as const).map(
                (language) =>
                  html`<option value=${language} ?selected=${filters.language === language}>
                    ${t.languageNames[language]}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    <div class="field"><button type="submit">${t.show}</button></div>
  </form>`;
}
