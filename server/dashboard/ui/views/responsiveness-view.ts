import { html, nothing } from 'lit';
import type {
  OverallResponsiveness,
  ResponsivenessResponse,
  ResponsivenessRow,
} from '../../../../contract/admin.ts';
import { pageLabel } from '../components/cells.ts';
import { filterForm } from '../components/filter-form.ts';
import { api } from '../internal/api.ts';
import { LoadController } from '../internal/load-controller.ts';
import { navigate, routeHref } from '../internal/router.ts';
import { DashboardView } from './dashboard-view.ts';
import { styles } from './pages-view.styles.ts';

/**
 * @summary How quickly the agency answers negative feedback: per page, how long the oldest unanswered negative
 * feedback has waited and the median time from feedback to a published response. Longest wait first.
 */
export class ResponsivenessView extends DashboardView {
  static override styles = styles;

  private readonly data = new LoadController<ResponsivenessResponse>(
    this,
    () => (this.filters.site ? JSON.stringify([this.filters, this.route.by]) : undefined),
    (signal) => {
      const { site, from, to, language } = this.filters;
      return api.responsiveness(
        { site: site ?? '', from, to, language, sort: this.route.by ?? 'waiting', limit: 500 },
        signal,
      );
    },
  );

  override render() {
    const t = this.t;
    if (!this.sites.length) return html`<p>${this.isFullAdmin ? t.noSitesAdmin : t.noSites}</p>`;
    const loaded = this.data.value;
    const by = this.route.by ?? 'waiting';
    return html`<p>${t.responsivenessIntro}</p>
      ${filterForm({
        t,
        timeZone: this.me?.timeZone,
        sites: this.sites,
        filters: this.filters,
        shownRange: loaded?.overall,
        onChange: (filters) => navigate({ ...this.route, filters }),
      })}
      ${loaded ? this.overall(loaded.overall) : nothing}
      <h2>${t.pagesNowHeading}</h2>
      <p>${t.pagesNowIntro}</p>
      <div class="actions" role="group" aria-label=${t.orderLabel}>
        <a class="button ${by === 'waiting' ? '' : 'secondary'}" aria-current=${by === 'waiting' ? 'true' : 'false'}
          href=${routeHref({ ...this.route, by: 'waiting' })}>${t.sortWaiting}</a>
        <a class="button ${by === 'median' ? '' : 'secondary'}" aria-current=${by === 'median' ? 'true' : 'false'}
          href=${routeHref({ ...this.route, by: 'median' })}>${t.sortMedian}</a>
      </div>
      ${!loaded ? this.pending(this.data) : loaded.rows.length === 0 ? html`<p>${t.noNegativeFeedback}</p>` : this.table(loaded)}`;
  }

  /** The site-wide figures over the filtered range, computed by the server over every negative vote. */
  private overall(overall: OverallResponsiveness) {
    const t = this.t;
    const fmt = this.fmt;
    return html`<h2>${t.overallHeading(fmt.day(overall.from), fmt.day(overall.to))}</h2>
      <dl class="summary">
        <div><dt>${t.overallMedian}</dt><dd>${overall.medianResponseSeconds === null ? t.noAnswerYet : fmt.duration(overall.medianResponseSeconds)}</dd></div>
        <div><dt>${t.overallAnswered}</dt><dd>${t.answeredOf(fmt.number(overall.answered), fmt.number(overall.negative))}</dd></div>
      </dl>
      <p class="muted">${t.overallExplained}</p>`;
  }

  private table(loaded: ResponsivenessResponse) {
    const t = this.t;
    return html`<div class="table-scroll" role="region" aria-labelledby="responsiveness-caption" tabindex="0">
        <table>
          <caption id="responsiveness-caption" class="visually-hidden">${t.responsivenessTitle}</caption>
          <thead>
            <tr>
              <th scope="col">${t.columnPage}</th>
              <th scope="col" class="number" aria-sort=${this.route.by !== 'median' ? 'descending' : 'none'}>${t.columnWaiting}</th>
              <th scope="col">${t.columnOldest}</th>
              <th scope="col" class="number" aria-sort=${this.route.by === 'median' ? 'descending' : 'none'}>${t.columnMedian}</th>
              <th scope="col" class="number">${t.columnAnswered}</th>
            </tr>
          </thead>
          <tbody>
            ${loaded.rows.map((row) => this.row(row))}
          </tbody>
        </table>
      </div>`;
  }

  private row(row: ResponsivenessRow) {
    const t = this.t;
    const fmt = this.fmt;
    // The page as this view shows it: the same range and language.
    const href = routeHref({ view: 'page', filters: { ...this.filters, site: row.site }, page: row.page });
    return html`<tr>
      <th scope="row" class="page-url"><a href=${href}>${pageLabel(row.page)}</a></th>
      <td class="number">${row.waitingSeconds === null ? t.nothingWaiting : fmt.duration(row.waitingSeconds)}</td>
      <td>${row.oldestUnansweredAt === null ? t.none : html`<time datetime=${row.oldestUnansweredAt}>${fmt.dateTime(row.oldestUnansweredAt)}</time>`}</td>
      <td class="number">${row.medianResponseSeconds === null ? t.noAnswerYet : fmt.duration(row.medianResponseSeconds)}</td>
      <td class="number">${fmt.number(row.answered)}</td>
    </tr>`;
  }
}

if (!customElements.get('heard-responsiveness-view'))
  customElements.define('heard-responsiveness-view', ResponsivenessView);

declare global {
  interface HTMLElementTagNameMap {
    'heard-responsiveness-view': ResponsivenessView;
  }
}
