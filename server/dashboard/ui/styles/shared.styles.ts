import { css } from 'lit';

/**
 * What every view shares: 44 px targets, a focus ring that survives forced colours, tables that scroll on
 * their own at 400 % zoom instead of the page, and a visually hidden class for screen-reader-only text.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --accent: #1d4f91;
    --accent-text: #fff;
    --danger: #a4262c;
    --border: #6b7280;
    --muted: #4b5563;
    --surface: #f3f5f8;
    --focus: #ffbf47;
    --yes: #1d4f91;
    --no: #c2410c;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.375rem;
    margin: 2rem 0 0.75rem;
  }
  h3 {
    font-size: 1.125rem;
    margin: 1.5rem 0 0.5rem;
  }
  p {
    max-inline-size: 70ch;
  }
  a {
    color: var(--accent);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px #0b0c0c;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--accent-text);
    background: var(--accent);
    border: 2px solid var(--accent);
    border-radius: 4px;
    cursor: pointer;
    text-decoration: none;
  }
  button.secondary,
  .button.secondary {
    color: var(--accent);
    background: #fff;
  }
  button.danger {
    color: #fff;
    background: var(--danger);
    border-color: var(--danger);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  label:has(> input[type='checkbox']) {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    font-weight: 400;
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    min-block-size: 0;
    margin: 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  .hint {
    display: block;
    color: var(--muted);
    margin: 0 0 0.25rem;
    font-weight: 400;
  }
  input,
  select,
  textarea {
    min-block-size: 44px;
    max-inline-size: 100%;
    padding: 0.375rem 0.5rem;
    font: inherit;
    color: inherit;
    background: #fff;
    border: 2px solid var(--border);
    border-radius: 4px;
  }
  textarea {
    inline-size: min(100%, 40rem);
    min-block-size: 6rem;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--danger);
  }
  .field {
    margin-block-end: 1rem;
  }
  .error {
    color: var(--danger);
    font-weight: 600;
  }
  .error-summary {
    border: 4px solid var(--danger);
    padding: 0.75rem 1rem;
    margin-block-end: 1.5rem;
  }
  .error-summary h2 {
    margin-block-start: 0;
    font-size: 1.125rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-block-end: 1rem;
  }
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
    /* The containing block of the visually hidden labels in its cells: without it they escape the scroller
       and widen the page past 320 px (WCAG 1.4.10). */
    position: relative;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem;
    border-block-end: 1px solid var(--border);
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .page-url {
    overflow-wrap: anywhere;
  }
  th.page-url {
    /* Narrow screens scroll the table rather than break an address into a letter per line. */
    min-inline-size: 12rem;
  }
  .muted {
    color: var(--muted);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    button,
    .button {
      border-color: ButtonText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
