import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  type FeedbackItem,
  type FeedbackList,
  type FeedbackStatus,
  FeedbackStatusSchema,
  isConcealed,
  type PageDetail,
  type VotesOverTime,
} from '../../../../contract/admin.ts';
import type { PublishedResponseSchema } from '../../../../contract/feedback.ts';
import { languageList, orNone, trendText } from '../components/cells.ts';
import '../components/page-responses.ts';
import { filterForm } from '../components/filter-form.ts';
import type { ResponsesChangedEvent } from '../events.ts';
import '../components/votes-chart.ts';
import type * as z from 'zod/mini';
import { api, exportUrl } from '../internal/api.ts';
import { LoadController } from '../internal/load-controller.ts';
import { navigate, routeHref } from '../internal/router.ts';
import { DASHBOARD_LANGUAGES, type DashboardLanguage } from '../translations/index.ts';
import { DashboardView } from './dashboard-view.ts';
import { styles } from './pages-view.styles.ts';

type PublishedResponse = z.infer<typeof PublishedResponseSchema>;

/** What an editor can turn an item into, by its current status. */
const MODERATION_ACTIONS: Record<FeedbackStatus, FeedbackStatus[]> = {
  new: ['reviewed', 'spam', 'hidden'],
  reviewed: ['new', 'spam', 'hidden'],
  spam: ['new', 'reviewed'],
  hidden: ['reviewed', 'spam'],
};

/**
 * @summary One page in detail: its numbers and trend, votes per day, the reasons citizens gave, its reading
 * grade, the feedback with moderation, and the responses the agency published on it. Comments are
 * rendered as text bindings, so whatever a citizen typed is never parsed as HTML.
 */
export class PageDetailView extends DashboardView {
  static override styles = styles;

  @state() private statusFilter: FeedbackStatus | undefined;
  @state() private voteFilter: 'yes' | 'no' | undefined;
  /** Items after "show more", and edits made here, on top of the first loaded page. */
  @state() private items: FeedbackItem[] | undefined;
  @state() private nextCursor: string | null = null;
  @state() private responses: PublishedResponse[] | undefined;

  private get page(): string | undefined {
    return this.route.page;
  }

  private readonly detail = new LoadController<PageDetail>(
    this,
    () => (this.filters.site && this.page ? JSON.stringify([this.filters, this.page]) : undefined),
    async (signal) => {
      // A new page or filter (not a reload after moderation): drop what belonged to the previous one.
      if (!this.detail.value) this.responses = undefined;
      const detail = await api.page(this.queryFor(), signal);
      this.responses = detail.responses;
      return detail;
    },
  );

  private readonly votes = new LoadController<VotesOverTime>(
    this,
    () => (this.filters.site && this.page ? JSON.stringify([this.filters, this.page]) : undefined),
    (signal) => api.votes(this.queryFor(), signal),
  );

  private readonly feedback = new LoadController<FeedbackList>(
    this,
    () =>
      this.filters.site && this.page
        ? JSON.stringify([this.filters, this.page, this.statusFilter, this.voteFilter])
        : undefined,
    async (signal) => {
      if (!this.feedback.value) this.items = undefined;
      const list = await api.feedback(this.feedbackQuery(), signal);
      this.items = list.items;
      this.nextCursor = list.nextCursor;
      return list;
    },
  );

  private queryFor() {
    const { site, from, to, language } = this.filters;
    return { site: site ?? '', from, to, language, page: this.page ?? '' };
  }

  override render() {
    const t = this.t;
    const detail = this.detail.value;
    const back = routeHref({ view: 'pages', filters: this.filters });
    return html`<p><a href=${back}>${t.backToPages}</a></p>
      ${filterForm({
        t,
        timeZone: this.me?.timeZone,
        sites: this.sites,
        filters: this.filters,
        shownRange: detail,
        site: false,
        onChange: (filters) =>
          navigate({ ...this.route, filters: { ...filters, site: this.filters.site ?? '' } }),
      })}
      ${detail ? this.renderSummary(detail) : this.pending(this.detail)}
      <h2>${t.chartTitle}</h2>
      ${
        this.votes.value
          ? html`<heard-votes-chart .data=${this.votes.value} .language=${this.language} label=${t.chartTitle}></heard-votes-chart>`
          : this.pending(this.votes)
      }
      ${detail ? this.renderReasons(detail) : nothing} ${detail ? this.renderReadability(detail) : nothing}
      <heard-page-responses
        .language=${this.language}
        .me=${this.me}
        .route=${this.route}
        .responses=${this.responses ?? []}
        .defaultLanguage=${this.pageLanguage()}
        @heard-responses-changed=${(e: ResponsesChangedEvent) => {
          this.responses = e.detail.responses;
        }}
      ></heard-page-responses> ${this.renderFeedback()} ${this.renderExport()}`;
  }

  private renderSummary(detail: PageDetail) {
    const t = this.t;
    const fmt = this.fmt;
    const row = detail.row;
    return html`<h2>${t.summaryHeading}</h2>
      <dl class="summary">
        <div><dt>${t.columnVotes}</dt><dd>${fmt.number(row.votes)}</dd></div>
        <div><dt>${t.columnUseful}</dt><dd>${orNone(t, row.usefulShare, fmt.percent)}</dd></div>
        <div><dt>${t.columnClarity}</dt><dd>${orNone(t, row.averageClarity, (v) => fmt.number(v, 1))}</dd></div>
        <div><dt>${t.columnGrade}</dt><dd>${orNone(t, row.readabilityGrade, (v) => fmt.number(v, 1))}</dd></div>
        <div><dt>${t.columnComments}</dt><dd>${fmt.number(row.comments)}</dd></div>
        <div><dt>${t.columnTrend}</dt><dd>${trendText(t, row.trend)}</dd></div>
        <div><dt>${t.columnLanguages}</dt><dd>${languageList(t, row.languages)}</dd></div>
      </dl>`;
  }

  private renderReasons(detail: PageDetail) {
    const t = this.t;
    const fmt = this.fmt;
    const counts = Object.entries(detail.reasons)
      .filter(([, count]) => (count ?? 0) > 0)
      .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0)) as [keyof typeof t.reasons, number][];
    const total = detail.row.votes;
    return html`<h2 id="reasons-heading">${t.reasonsHeading}</h2>
      ${
        counts.length === 0
          ? html`<p>${t.noReasons}</p>`
          : html`<div class="table-scroll" role="region" aria-labelledby="reasons-heading" tabindex="0">
            <table aria-labelledby="reasons-heading">
            <thead>
              <tr>
                <th scope="col">${t.columnReason}</th>
                <th scope="col" class="number">${t.columnSubmissions}</th>
                <th scope="col" class="number">${t.columnShareOfVotes}</th>
              </tr>
            </thead>
            <tbody>
              ${counts.map(
                ([reason, count]) =>
                  html`<tr>
                    <th scope="row">${t.reasons[reason]}</th>
                    <td class="number">${fmt.number(count)}</td>
                    <td class="number">${total ? fmt.percent(count / total) : ''}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          </div>`
      }`;
  }

  private renderReadability(detail: PageDetail) {
    const t = this.t;
    const grade = detail.row.readabilityGrade;
    return html`<h2>${t.readabilityHeading}</h2>
      <p>
        ${
          grade === null
            ? t.readabilityUnknown
            : t.readabilityMeasured(this.fmt.number(grade, 1), detail.readabilityMeasurements)
        }
      </p>
      <p class="muted">${t.gradeScale}</p>`;
  }

  private renderFeedback() {
    const t = this.t;
    const items = this.items;
    return html`<h2>${t.feedbackHeading}</h2>
      <form class="actions" @submit=${this.filterFeedback}>
        <div class="field">
          <label for="status-filter">${t.statusFilter}</label>
          <select id="status-filter" name="status">
            <option value="" ?selected=${!this.statusFilter}>${t.allStatuses}</option>
            ${FeedbackStatusSchema.options.map(
              (s) => html`<option value=${s} ?selected=${this.statusFilter === s}>${t.statuses[s]}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="vote-filter">${t.voteFilter}</label>
          <select id="vote-filter" name="vote">
            <option value="" ?selected=${!this.voteFilter}>${t.allVotes}</option>
            <option value="no" ?selected=${this.voteFilter === 'no'}>${t.voteNo}</option>
            <option value="yes" ?selected=${this.voteFilter === 'yes'}>${t.voteYes}</option>
          </select>
        </div>
        <div class="field"><button type="submit">${t.show}</button></div>
      </form>
      ${
        !items || (this.feedback.loading && !this.feedback.value)
          ? this.pending(this.feedback)
          : items.length === 0
            ? html`<p>${t.noFeedback}</p>`
            : html`<ul class="feedback-list">
              ${repeat(
                items,
                (item) => item.id,
                (item) => this.renderItem(item),
              )}
            </ul>`
      }
      ${
        this.nextCursor
          ? html`<button type="button" class="secondary" @click=${() => void this.showMoreFeedback()}>${t.showMore}</button>`
          : nothing
      }`;
  }

  private feedbackQuery() {
    return { ...this.queryFor(), status: this.statusFilter, vote: this.voteFilter };
  }

  private filterFeedback(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const status = FeedbackStatusSchema.options.find((s) => s === data.get('status'));
    const chosen = data.get('vote');
    const vote = chosen === 'yes' || chosen === 'no' ? chosen : undefined;
    // The same filter again still reloads: items moderated here (hidden, spam) then leave the list.
    const unchanged = status === this.statusFilter && vote === this.voteFilter;
    this.statusFilter = status;
    this.voteFilter = vote;
    if (unchanged) void this.feedback.reload();
  }

  private async showMoreFeedback() {
    if (!this.nextCursor) return;
    try {
      const list = await api.feedback({ ...this.feedbackQuery(), cursor: this.nextCursor });
      this.items = [...(this.items ?? []), ...list.items];
      this.nextCursor = list.nextCursor;
    } catch (error) {
      this.failed(error);
    }
  }

  private renderItem(item: FeedbackItem) {
    const t = this.t;
    const fmt = this.fmt;
    const headingId = `item-${item.id}`;
    return html`<li aria-labelledby=${headingId}>
      <h3 id=${headingId} tabindex="-1">${item.vote === 'yes' ? t.voteYes : t.voteNo} — <time datetime=${item.receivedAt}>${fmt.dateTime(item.receivedAt)}</time></h3>
      <dl class="meta">
        <div><dt>${t.status}:</dt><dd>${t.statuses[item.status]}</dd></div>
        <div><dt>${t.clarity}:</dt><dd>${item.clarity === null ? t.none : t.clarityValue(item.clarity)}</dd></div>
        <div><dt>${t.reasonsLabel}:</dt><dd>${item.reasons.length ? item.reasons.map((r) => t.reasons[r]).join(', ') : t.none}</dd></div>
        <div><dt>${t.language}:</dt><dd>${t.languageNames[item.language]}</dd></div>
        ${item.tags.length ? html`<div><dt>${t.tags}:</dt><dd>${item.tags.join(', ')}</dd></div>` : nothing}
      </dl>
      ${
        item.comment === null
          ? html`<p class="muted">${isConcealed(item.status) ? t.commentHiddenFromViewers : t.noComment}</p>`
          : html`${isConcealed(item.status) ? html`<p class="muted">${t.commentHidden}</p>` : nothing}
              <blockquote lang=${item.language}>${item.comment}</blockquote>`
      }
      ${this.canModerate ? this.renderModeration(item) : nothing}
    </li>`;
  }

  private renderModeration(item: FeedbackItem) {
    const t = this.t;
    const label: Record<FeedbackStatus, string> = {
      new: t.markNew,
      reviewed: t.markReviewed,
      spam: t.markSpam,
      hidden: t.hideComment,
    };
    const tagsId = `tags-${item.id}`;
    return html`<div class="actions">
        ${MODERATION_ACTIONS[item.status]
          // Hiding is about the comment; without one there is nothing to hide.
          .filter((status) => status !== 'hidden' || item.comment !== null)
          .map(
            (status) =>
              html`<button type="button" class="secondary" @click=${() => void this.moderate(item, { status })}>
              ${label[status]}
            </button>`,
          )}
      </div>
      <form class="tags-form" @submit=${(e: SubmitEvent) => this.saveTags(e, item)}>
        <div class="field">
          <label for=${tagsId}>${t.tags}</label>
          <span class="hint" id=${`${tagsId}-hint`}>${t.tagsHint}</span>
          <input id=${tagsId} name="tags" .value=${item.tags.join(', ')} aria-describedby=${`${tagsId}-hint`} />
        </div>
        <button type="submit" class="secondary">${t.saveTags}</button>
      </form>`;
  }

  private saveTags(event: SubmitEvent, item: FeedbackItem) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget as HTMLFormElement).get('tags') ?? '');
    const tags = [
      ...new Set(
        raw
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
    ];
    void this.moderate(item, { tags });
  }

  private async moderate(item: FeedbackItem, patch: { status?: FeedbackStatus; tags?: string[] }) {
    const t = this.t;
    try {
      const updated = await api.moderate(item.id, patch);
      this.items = this.items?.map((i) => (i.id === updated.id ? updated : i));
      this.announce(patch.status ? t.statusChanged(t.statuses[updated.status]) : t.tagsSaved);
      // Spam stops counting, so the numbers above change.
      if (patch.status) {
        void this.detail.reload();
        void this.votes.reload();
        // The pressed button is replaced by other actions; the item's heading is a stable place for focus.
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`#item-${updated.id}`)?.focus();
      }
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * The page's language: the filter's, else the one most of the range's feedback was given in (the server
   * counts it over the whole range), else its URL's first segment, else the dashboard's.
   */
  private pageLanguage(): DashboardLanguage {
    if (this.filters.language) return this.filters.language;
    const counted = this.detail.value?.row.languages[0]?.language;
    if (counted) return counted;
    const segment = this.page ? new URL(this.page).pathname.split('/')[1] : undefined;
    return DASHBOARD_LANGUAGES.find((l) => l === segment) ?? this.language;
  }

  private renderExport() {
    const t = this.t;
    const { site, from, to, language } = this.filters;
    if (!site || !this.page) return nothing;
    const query = { site, from, to, language, page: this.page };
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

if (!customElements.get('heard-page-detail-view'))
  customElements.define('heard-page-detail-view', PageDetailView);

declare global {
  interface HTMLElementTagNameMap {
    'heard-page-detail-view': PageDetailView;
  }
}
