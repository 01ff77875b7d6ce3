import { html, LitElement, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import type { VotesOverTime } from '../../../../contract/admin.ts';
import { formatter } from '../internal/format.ts';
import { type DashboardLanguage, translation } from '../translations/index.ts';
import { styles } from './votes-chart.styles.ts';

/** Width of one day's slot in the SVG's own units; bars take most of it, the rest is the gap. */
const SLOT = 10;
const BAR = 8;
const HEIGHT = 100;

/**
 * @summary Yes and no votes per day as stacked bars, drawn by hand in SVG. Screen readers get a one-sentence
 * summary as the image's name and every number in a visually hidden table; colour is backed by a legend and
 * by a fixed stacking order (yes below, no above), and forced-colours mode switches to system colours.
 */
export class VotesChart extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) data: VotesOverTime | undefined;
  @property({ attribute: false }) language: DashboardLanguage = 'en';
  /** The chart's name (the view has a heading for it). */
  @property() label = '';

  override render() {
    const data = this.data;
    if (!data) return nothing;
    const t = translation(this.language);
    const fmt = formatter(this.language);
    const yes = data.days.reduce((sum, d) => sum + d.yes, 0);
    const no = data.days.reduce((sum, d) => sum + d.no, 0);
    const max = Math.max(1, ...data.days.map((d) => d.yes + d.no));
    const busiest = data.days.reduce<(typeof data.days)[number] | undefined>(
      (best, d) => (!best || d.yes + d.no > best.yes + best.no ? d : best),
      undefined,
    );
    const summary = `${t.chartSummary(fmt.number(yes), fmt.number(no), fmt.day(data.from), fmt.day(data.to))}${
      busiest && yes + no > 0 ? ` ${t.chartBusiestDay(fmt.day(busiest.day), busiest.yes + busiest.no)}` : ''
    }`;
    const width = Math.max(1, data.days.length) * SLOT;
    const scale = (n: number) => (n / max) * HEIGHT;
    const first = data.days[0];
    const last = data.days[data.days.length - 1];
    return html`<figure>
      <figcaption id="summary">${summary}</figcaption>
      <div class="plot">
        <div class="y-axis" aria-hidden="true"><span>${fmt.number(max)}</span><span>0</span></div>
        <svg
          role="img"
          aria-label=${this.label}
          aria-describedby="summary"
          viewBox=${`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          focusable="false"
        >
          ${data.days.map((d, i) => {
            const x = i * SLOT + (SLOT - BAR) / 2;
            const yesHeight = scale(d.yes);
            const noHeight = scale(d.no);
            // The title is a hover tooltip for sighted mouse users; screen readers get the table below.
            return svg`<g>
              <title>${t.chartDay(fmt.day(d.day), fmt.number(d.yes), fmt.number(d.no))}</title>
              <rect class="yes" x=${x} y=${HEIGHT - yesHeight} width=${BAR} height=${yesHeight}></rect>
              <rect class="no" x=${x} y=${HEIGHT - yesHeight - noHeight} width=${BAR} height=${noHeight}></rect>
            </g>`;
          })}
        </svg>
        <div class="x-axis" aria-hidden="true">
          <span>${first ? fmt.shortDay(first.day) : ''}</span><span>${last ? fmt.shortDay(last.day) : ''}</span>
        </div>
      </div>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch yes"></span>${t.yes}</li>
        <li><span class="swatch no"></span>${t.no}</li>
      </ul>
      <table class="visually-hidden">
        <caption>${this.label}</caption>
        <thead>
          <tr><th scope="col">${t.day}</th><th scope="col">${t.yes}</th><th scope="col">${t.no}</th></tr>
        </thead>
        <tbody>
          ${data.days.map(
            (d) => html`<tr><th scope="row">${fmt.day(d.day)}</th><td>${d.yes}</td><td>${d.no}</td></tr>`,
          )}
        </tbody>
      </table>
    </figure>`;
  }
}

if (!customElements.get('heard-votes-chart')) customElements.define('heard-votes-chart', VotesChart);

declare global {
  interface HTMLElementTagNameMap {
    'heard-votes-chart': VotesChart;
  }
}
