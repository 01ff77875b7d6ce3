import { css } from 'lit';
import { sharedStyles } from '../styles/shared.styles.ts';

export const styles = [
  sharedStyles,
  css`
    .site {
      border-block-start: 1px solid var(--border);
      padding-block: 0.5rem 1.5rem;
    }
    dl div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
    }
    dt {
      font-weight: 600;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .snippet {
      display: block;
      inline-size: min(100%, 60rem);
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
      font-size: 0.875rem;
      margin-block-end: 0.75rem;
    }
    h2[tabindex]:focus {
      outline: none;
    }
  `,
];
