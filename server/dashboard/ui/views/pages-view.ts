import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { PageRow, PageSort, PagesResponse, VotesOverTime } from '../../../../contract/admin.ts';
import { languageList, orNone, pageLabel, trendText } from '../components/cells.ts';
import { filterForm } from '../components/filter-form.ts';
import '../components/votes-chart.ts';
import { api, exportUrl } from '../internal/api.ts';
import { LoadController } from '../internal/load-controller.ts';
import { navigate, type Route, routeHref } from '../internal/router.ts';
import { DashboardView } from './dashboard-view.ts';
import { styles } from './pages-view.styles.ts';

const PAGE_SIZE = 50;

/** The direction each column sorts in first: the end that needs attention. */
const FIRST_ORDER: Record<Exclude<PageSort, 'priority'>, 'asc' | 'desc'> = {
  page: 'asc',
  votes: 'desc',
  usefulShare: 'asc',
  averageClarity: 'asc',
  readabilityGrade: 'desc',
  comments: 'desc',
  trend: 'asc',
};

/**
 * @summary The pages table of one site: votes, useful share, clarity, reading grade, comments and trend, sorted
 * by the server. By default pages that citizens and the engine both find hard come first. Sorting is done
 * with buttons in the column headers, and the sorted column carries `aria-sort`.
 */
export class PagesView extends DashboardView {
  static override styles = styles;

  /** Rows from "show more", appended to the first page of rows. */
  @state() private more: PageRow[] = [];
  /** Set when the user applied a filter: the next answer's row count is said, since the table changed silently. */
  private announceResult = false;

  private readonly pages = new LoadController<PagesResponse>(
    this,
    () => (this.filters.site ? JSON.stringify([this.filters, this.route.sort, this.route.order]) : undefined),
    async (signal) => {
      this.more = [];
      const answer = await api.pages(this.query(0), signal);
      if (this.announceResult) {
        this.announceResult = false;
        this.announce(answer.total ? this.t.showingPages(answer.rows.length, answer.total) : this.t.noPages);
      }
      return answer;
    },
    true,
  );

  private readonly votes = new LoadController<VotesOverTime>(
    this,
    () => (this.filters.site ? JSON.stringify(this.filters) : undefined),
    (signal) => {
      const { site, from, to, language } = this.filters;
      return api.votes({ site: site ?? '', from, to, language }, signal);
    },
  );

  private query(offset: number) {
    const { site, from, to, language } = this.filters;
    return {
      site: site ?? '',
      from,
      to,
      language,
      sort: this.route.sort ?? 'priority',
      order: this.route.order,
      limit: PAGE_SIZE,
      offset,
    };
  }

  private async showMore() {
    const loaded = this.pages.value;
    if (!loaded) return;
    try {
      const next = await api.pages(this.query(loaded.rows.length + this.more.length));
      this.more = [...this.more, ...next.rows];
      this.announce(this.t.showingPages(loaded.rows.length + this.more.length, loaded.total));
    } catch (error) {
      this.failed(error);
    }
  }

  private sortBy(column: Exclude<PageSort, 'priority'>, label: string) {
    const current = this.route.sort === column;
    const order = current ? (this.route.order === 'asc' ? 'desc' : 'asc') : FIRST_ORDER[column];
    navigate({ ...this.route, view: 'pages', sort: column, order });
    this.announce(this.t.sortedBy(label, order === 'asc'));
  }

  private header(column: Exclude<PageSort, 'priority'>, label: string, numeric = true) {
    const active = this.route.sort === column;
    const order = active ? (this.route.order ?? FIRST_ORDER[column]) : undefined;
    const ariaSort = order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : undefined;
    return html`<th scope="col" class=${numeric ? 'number' : ''} aria-sort=${ariaSort ?? nothing}>
      <button type="button" @click=${() => this.sortBy(column, label)}>
        ${label}<span class="arrow" aria-hidden="true">${order === 'asc' ? '▲' : order === 'desc' ? '▼' : ''}</span>
      </button>
    </th>`;
  }

  private row(row: PageRow) {
    const t = this.t;
    const fmt = this.fmt;
    const detail: Route = { view: 'page', filters: this.filters, page: row.page };
    return html`<tr>
      <th scope="row" class="page-url"><a href=${routeHref(detail)}>${pageLabel(row.page)}</a></th>
      <td>${languageList(t, row.languages)}</td>
      <td class="number">${fmt.number(row.votes)}</td>
      <td class="number">${orNone(t, row.usefulShare, fmt.percent)}</td>
      <td class="number">${orNone(t, row.averageClarity, (v) => fmt.number(v, 1))}</td>
      <td class="number">${orNone(t, row.readabilityGrade, (v) => fmt.number(v, 1))}</td>
      <td class="number">${fmt.number(row.comments)}</td>
      <td>${trendText(t, row.trend)}</td>
    </tr>`;
  }

  override render() {
    const t = this.t;
    const fmt = this.fmt;
    if (!this.sites.length) return html`<p>${this.isFullAdmin ? t.noSitesAdmin : t.noSites}</p>`;
    const loaded = this.pages.value;
    const rows = loaded ? [...loaded.rows, ...this.more] : [];
    const sorted = this.route.sort && this.route.sort !== 'priority';
    return html`${filterForm({
      t,
      timeZone: this.me?.timeZone,
      sites: this.sites,
      filters: this.filters,
      shownRange: loaded,
      onChange: (filters) => {
        this.announceResult = true;
        navigate({ ...this.route, filters });
      },
    })}
      <h2 id="chart-heading">${t.chartTitle}</h2>
      ${
        this.votes.value
          ? html`<heard-votes-chart
            .data=${this.votes.value}
            .language=${this.language}
            label=${t.chartTitle}
          ></heard-votes-chart>`
          : this.pending(this.votes)
      }
      <h2>${t.pagesTitle}</h2>
      <div class="actions">
        <p>${t.priorityExplained}</p>
        ${
          sorted
            ? html`<a class="button secondary" href=${routeHref({ view: 'pages', filters: this.filters })}>${t.hardFirst}</a>`
            : nothing
        }
      </div>
      ${
        !loaded
          ? this.pending(this.pages)
          : rows.length === 0
            ? html`<p>${t.noPages}</p>`
            : html`<div class="table-scroll" role="region" aria-labelledby="pages-caption" tabindex="0"
                aria-busy=${this.pages.loading ? 'true' : 'false'}>
                <table>
                  <caption id="pages-caption">${t.pagesCaption(fmt.day(loaded.from), fmt.day(loaded.to))}</caption>
                  <thead>
                    <tr>
                      ${this.header('page', t.columnPage, false)}
                      <th scope="col">${t.columnLanguages}</th>
                      ${this.header('votes', t.columnVotes)}
                      ${this.header('usefulShare', t.columnUseful)} ${this.header('averageClarity', t.columnClarity)}
                      ${this.header('readabilityGrade', t.columnGrade)} ${this.header('comments', t.columnComments)}
                      ${this.header('trend', t.columnTrend, false)}
                    </tr>
                  </thead>
                  <tbody>
                    ${rows.map((row) => this.row(row))}
                  </tbody>
                </table>
              </div>
              <div class="actions">
                <p>${t.showingPages(rows.length, loaded.total)}</p>
                ${
                  rows.length < loaded.total
                    ? html`<button type="button" class="secondary" @click=${() => void this.showMore()}>${t.showMore}</button>`
                    : nothing
                }
              </div>`
      }
      ${this.exportLinks()}`;
  }

  private exportLinks() {
    const t = this.t;
    const { site, from, to, language } = this.filters;
    if (!site) return nothing;
    const query = { site, from, to, language };
    return html`<h2>${t.exportTitle}</h2>
      <p>${t.exportIntro}</p>
      <div class="actions">
        <a class="button secondary" href=${exportUrl({ ...query, format: 'csv' })} download>${t.exportCsv}</a>
        <a class="button secondary" href=${exportUrl({ ...query, format: 'json' })} download>${t.exportJson}</a>
        ${
          this.canModerate
            ? html`<a class="button secondary" href=${exportUrl({ ...query, format: 'csv', hiddenComments: 'include' })} download>${t.exportCsvWithHidden}</a>`
            : nothing
        }
      </div>`;
  }
}

if (!customElements.get('heard-pages-view')) customElements.define('heard-pages-view', PagesView);

declare global {
  interface HTMLElementTagNameMap {
    'heard-pages-view': PagesView;
  }
}
