import { css } from 'lit';
import { sharedStyles } from '../styles/shared.styles.ts';

export const styles = [
  sharedStyles,
  css`
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      align-items: flex-end;
    }
    /* A long site name must not widen a field, and the page, past a narrow screen. */
    .filters .field {
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .filters select {
      inline-size: 100%;
    }
    .filters .hint {
      flex-basis: 100%;
      margin-block: 0.25rem 0;
    }
    th button {
      color: var(--accent);
      background: transparent;
      border-color: transparent;
      padding-inline: 0.25rem;
      text-align: start;
      gap: 0.25rem;
    }
    th[aria-sort] button {
      text-decoration: underline;
      text-underline-offset: 4px;
    }
    .arrow {
      display: inline-block;
      inline-size: 1em;
    }
    .host {
      color: var(--muted);
    }
    .trend-down {
      color: var(--danger);
    }
    dl.summary {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 1rem;
      margin: 0 0 1.5rem;
    }
    dl.summary div {
      background: var(--surface);
      padding: 0.75rem 1rem;
      border-radius: 4px;
      border: 1px solid transparent;
    }
    dl.summary dt {
      color: var(--muted);
    }
    dl.summary dd {
      margin: 0;
      font-size: 1.5rem;
      font-weight: 700;
    }
    .feedback-list {
      list-style: none;
      padding: 0;
    }
    .feedback-list > li {
      border: 1px solid var(--border);
      border-radius: 4px;
      padding: 0.75rem 1rem;
      margin-block-end: 1rem;
    }
    .feedback-list h3:focus {
      outline: none;
    }
    .feedback-list h3:focus-visible {
      outline: 3px solid var(--focus);
    }
    .feedback-list blockquote {
      margin: 0.5rem 0;
      padding-inline-start: 0.75rem;
      border-inline-start: 4px solid var(--border);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    .meta dt {
      font-weight: 600;
    }
    .meta dd {
      margin: 0;
    }
    .meta div {
      display: flex;
      gap: 0.375rem;
    }
    .tags-form {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-end;
      margin-block-start: 0.5rem;
    }
    .tags-form .field {
      margin: 0;
    }
  `,
];
