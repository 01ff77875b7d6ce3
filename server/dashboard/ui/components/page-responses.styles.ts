import { css } from 'lit';
import { sharedStyles } from '../styles/shared.styles.ts';

export const styles = [
  sharedStyles,
  css`
    .responses {
      padding: 0;
      list-style: none;
    }
    .responses li {
      border-inline-start: 4px solid var(--accent);
      padding: 0.25rem 0.75rem;
      margin-block-end: 1rem;
    }
    .responses p {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0.25rem 0;
    }
  `,
];
