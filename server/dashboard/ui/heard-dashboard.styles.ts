import { css } from 'lit';
import { sharedStyles } from './styles/shared.styles.ts';

export const styles = [
  sharedStyles,
  css`
    header button.skip {
      position: absolute;
      inset-inline-start: 0.5rem;
      inset-block-start: -10rem;
      padding: 0.75rem 1rem;
      background: #fff;
      color: var(--accent);
      z-index: 1;
    }
    header button.skip:focus {
      inset-block-start: 0.5rem;
    }
    header {
      background: #0b2e59;
      color: #fff;
      border-block-end: 4px solid #1d70b8;
    }
    header a {
      color: #fff;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      align-items: center;
      justify-content: space-between;
      max-inline-size: 80rem;
      margin: 0 auto;
      padding: 0.5rem 1rem;
    }
    .brand {
      margin: 0;
      font-size: 1.125rem;
    }
    .app {
      font-weight: 700;
      margin-inline-end: 0.25rem;
    }
    .languages,
    .account {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    header button {
      color: #fff;
      background: transparent;
      border-color: #fff;
    }
    header button[aria-pressed='true'] {
      color: #0b2e59;
      background: #fff;
    }
    header button.secondary {
      color: #fff;
      background: transparent;
    }
    nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5rem;
      max-inline-size: 80rem;
      margin: 0 auto;
      padding: 0 1rem;
      list-style: none;
    }
    nav a {
      display: inline-flex;
      align-items: center;
      min-block-size: 44px;
      font-weight: 600;
    }
    nav a[aria-current='page'] {
      text-decoration-thickness: 4px;
      text-underline-offset: 6px;
    }
    main {
      max-inline-size: 80rem;
      margin: 0 auto;
      padding: 1rem 1rem 4rem;
    }
    h1 {
      font-size: clamp(1.5rem, 1rem + 2.5vw, 2rem);
      line-height: 1.2;
      margin: 1rem 0;
    }
    h1:focus {
      outline: none;
    }
    h1:focus-visible {
      outline: 3px solid var(--focus);
    }
    .problem:not(:empty) {
      border-inline-start: 6px solid var(--danger);
      padding: 0.5rem 1rem;
      margin-block-end: 1rem;
      font-weight: 600;
    }
    @media (forced-colors: active) {
      header button[aria-pressed='true'] {
        forced-color-adjust: none;
        color: HighlightText;
        background: Highlight;
      }
      nav a[aria-current='page'] {
        text-decoration-thickness: 4px;
      }
    }
  `,
];
