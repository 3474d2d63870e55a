import { css } from 'lit';

// Colours are custom properties with defaults that meet WCAG AA (4.5:1) for the text they
// colour, in light and dark mode. LINE green (#06C755) is 2.3:1 on white, so the default
// accent is a darker green (#00703c, 6.2:1).
export const styles = css`
  :host {
    --_accent: var(--line-gov-faq-accent, #00703c);
    --_on-accent: var(--line-gov-faq-on-accent, #ffffff);
    --_text: var(--line-gov-faq-text, #1a1a1a);
    --_muted: var(--line-gov-faq-muted, #5a6570);
    --_background: var(--line-gov-faq-background, #ffffff);
    --_surface: var(--line-gov-faq-surface, #f5f7f6);
    --_border: var(--line-gov-faq-border, #8a949c);
    --_link: var(--line-gov-faq-link, #0b57d0);
    --_mark: var(--line-gov-faq-mark, #fff3a3);
    --_radius: var(--line-gov-faq-radius, 8px);
    --_space: var(--line-gov-faq-spacing, 0.5rem);
    display: block;
    color-scheme: light dark;
  }
  /*
   * Text styles live on an inner wrapper, not on :host: a host page's rules for the element
   * itself (say '* { color: white; font-size: 8px }') beat :host, but cannot reach inside.
   */
  .root {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_background);
    font-family: var(
      --line-gov-faq-font-family,
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      'BIZ UDPGothic',
      'Noto Sans JP',
      'Yu Gothic UI',
      Meiryo,
      system-ui,
      sans-serif
    );
    /* Never below 16px, even where the page shrinks its root font size. */
    font-size: var(--line-gov-faq-font-size, max(1rem, 16px));
    font-weight: normal;
    font-style: normal;
    line-height: 1.75;
    letter-spacing: 0.02em;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    overflow-wrap: anywhere;
    text-align: start;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--line-gov-faq-accent, #4cd98a);
      --_on-accent: var(--line-gov-faq-on-accent, #0d1a12);
      --_text: var(--line-gov-faq-text, #e8eaed);
      --_muted: var(--line-gov-faq-muted, #aab4bd);
      --_background: var(--line-gov-faq-background, #16181a);
      --_surface: var(--line-gov-faq-surface, #202326);
      --_border: var(--line-gov-faq-border, #7d8790);
      --_link: var(--line-gov-faq-link, #8ab4f8);
      --_mark: var(--line-gov-faq-mark, #5c4a00);
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: calc(var(--_space) * 3) 0 var(--_space);
    line-height: 1.4;
    color: inherit;
  }
  .heading {
    font-size: 1.5em;
    margin-top: 0;
  }
  .category-heading {
    font-size: 1.15em;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }
  button,
  input {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button {
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Search */
  .search {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .search-label {
    font-weight: bold;
  }
  input[type='search'] {
    width: 100%;
    min-height: 48px;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    font-size: max(1em, 16px); /* below 16px, mobile Safari zooms the page on focus */
  }
  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input[type='search']:focus-visible {
    border-color: var(--_accent);
  }

  /* Category filter */
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: 44px;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    border: 2px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    text-align: start;
    line-height: 1.4;
  }
  .category[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: bold;
  }
  .count {
    white-space: nowrap;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  /* Status line and expand / collapse all */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .toggles {
    display: flex;
    gap: var(--_space);
  }
  .text-button,
  .action,
  .more {
    min-height: 44px;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .action,
  .more {
    border-color: var(--_border);
    text-decoration: none;
    color: var(--_text);
    background: var(--_surface);
    padding-inline: calc(var(--_space) * 2);
  }
  .more {
    display: block;
    width: 100%;
    margin-top: calc(var(--_space) * 2);
  }

  /* Questions and answers */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .item {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  summary {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    min-height: 44px;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: bold;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: 'Q';
    flex: none;
    font-weight: bold;
    color: var(--_accent);
  }
  summary::after {
    content: '';
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin: 0.45em 0.2em 0 auto;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 0.15s ease;
  }
  details[open] > summary {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  details[open] > summary::after {
    transform: rotate(-135deg);
    margin-top: 0.75em;
  }
  .question-text {
    flex: 1;
  }
  /* Text from the data is isolated, so a bidirectional override in it stays inside it. */
  .question-text,
  .answer,
  .category-label,
  .category-heading,
  .heading {
    unicode-bidi: isolate;
  }
  .answer {
    padding: calc(var(--_space) * 1.5);
    white-space: pre-line;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    word-break: break-all;
  }
  .external {
    display: inline-block;
    margin-inline-start: 0.2em;
    vertical-align: -0.05em;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 2px;
    padding: 0 0.05em;
  }

  /* Related questions under an answer */
  .related {
    margin: 0 calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .related-title,
  .suggestions-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: bold;
  }
  .related ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .related li {
    min-height: 44px;
    display: list-item;
    padding-block: calc(var(--_space) / 2);
  }
  .related a {
    word-break: normal;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* Empty and error states */
  .empty,
  .error {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty p,
  .error p {
    margin: 0 0 var(--_space);
  }
  .empty-title {
    font-weight: bold;
  }
  .empty-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .error {
    border-color: #c5221f;
    margin-bottom: calc(var(--_space) * 2);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
