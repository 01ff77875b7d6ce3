import { css } from 'lit';

export const styles = css`
  :host {
    /* Defaults of the theming properties. Declared under private names: a --heard-* declared here would
       override the value a site sets on an ancestor (inheritance loses to the element's own value). */
    --_accent: var(--heard-accent, #1d4f91);
    --_text: var(--heard-text, #1b1b1b);
    --_background: var(--heard-background, #f3f5f8);
    --_surface: var(--heard-surface, #fff);
    --_on-accent: var(--heard-on-accent, #fff);
    --_radius: var(--heard-radius, 6px);
    --_focus: var(--heard-focus, #0b0c0c);
    display: block;
    position: relative;
    /* The question's height, which sites reserve before the script arrives (README): no layout shift. */
    min-block-size: 8rem;
    font: inherit;
    color: var(--_text);
  }
  :host([show-reading-level]) {
    /* The reading-level line above the question. */
    min-block-size: 9.5rem;
  }
  section {
    background: var(--_background);
    border-radius: var(--_radius);
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
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button.secondary,
  button[aria-pressed='false'] {
    color: var(--_accent);
    background: var(--_surface);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1rem;
    margin: 1rem 0 0.5rem;
  }
  .previous {
    margin: 0 0 0.75rem;
  }
  /* Read by screen readers, not shown. */
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button[aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
`;
