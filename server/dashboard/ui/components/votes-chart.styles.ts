import { css } from 'lit';
import { sharedStyles } from '../styles/shared.styles.ts';

export const styles = [
  sharedStyles,
  css`
    figure {
      margin: 0 0 1.5rem;
    }
    figcaption {
      margin-block-end: 0.5rem;
    }
    .plot {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25rem 0.5rem;
      align-items: stretch;
    }
    .y-axis {
      display: flex;
      flex-direction: column;
      justify-content: space-between;
      text-align: end;
      font-variant-numeric: tabular-nums;
      color: var(--muted);
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: 12rem;
      border-inline-start: 1px solid var(--border);
      border-block-end: 1px solid var(--border);
    }
    .yes {
      fill: var(--yes);
    }
    .no {
      fill: var(--no);
    }
    .x-axis {
      grid-column: 2;
      display: flex;
      justify-content: space-between;
      color: var(--muted);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      padding: 0;
      margin: 0.5rem 0 0;
      list-style: none;
    }
    .swatch {
      display: inline-block;
      inline-size: 1rem;
      block-size: 1rem;
      margin-inline-end: 0.375rem;
      vertical-align: middle;
      border: 1px solid #0b0c0c;
    }
    .swatch.yes {
      background: var(--yes);
    }
    .swatch.no {
      background: var(--no);
    }
    @media (forced-colors: active) {
      .yes {
        fill: CanvasText;
      }
      .no {
        fill: Highlight;
      }
      .swatch {
        forced-color-adjust: none;
      }
      .swatch.yes {
        background: CanvasText;
      }
      .swatch.no {
        background: Highlight;
      }
    }
  `,
];
