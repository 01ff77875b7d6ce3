import { css } from 'lit';

export const styles = css`
  :host {
    --heard-accent: #1d4f91;
    --heard-text: #1b1b1b;
    --heard-background: #f3f5f8;
    --heard-radius: 6px;
    display: block;
    /* Reserve the widget's height so the page does not shift when it renders. */
    min-block-size: 5.5rem;
    font: inherit;
    color: var(--heard-text);
  }
  section {
    background: var(--heard-background);
    border-radius: var(--heard-radius);
    padding: 1rem 1.25rem;
  }
  .level {
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
  }
  h2 {
    font-size: 1.125rem;
    margin: 0 0 0.75rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  button {
    min-inline-size: 44px;
    min-block-size: 44px;
    padding: 0.5rem 1.25rem;
    font: inherit;
    color: #fff;
    background: var(--heard-accent);
    border: 2px solid var(--heard-accent);
    border-radius: var(--heard-radius);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid #ffbf47;
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
