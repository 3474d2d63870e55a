import { css } from 'lit';

// Colours are custom properties with defaults that meet WCAG AA (4.5:1) for the text they
// colour, light and dark. LINE green (#06C755) is 2.3:1 on white, so the default accent is a
// darker green (#00703c, 6.2:1).
//
// Light or dark follows the page, not only the visitor's OS: light-dark() picks by the
// color-scheme the host inherits, so a page that never declared dark support (most municipal
// sites) shows a light widget to a visitor in dark mode. `theme` forces one. Browsers without
// light-dark() get the light colours.
//
// Sizes are in em of the widget's own font size: the text size around it (a site's 文字サイズ
// switch sets the body's), never below 16px, so a page's `html { font-size: 62.5% }` cannot
// shrink them.
export const styles = css`
  :host {
    --_accent: var(--line-gov-faq-accent, #00703c);
    --_on-accent: var(--line-gov-faq-on-accent, #fff);
    --_text: var(--line-gov-faq-text, #1a1a1a);
    --_muted: var(--line-gov-faq-muted, #5a6570);
    --_background: var(--line-gov-faq-background, #fff);
    --_surface: var(--line-gov-faq-surface, #f3f5f4);
    --_border: var(--line-gov-faq-border, #8a949c);
    --_link: var(--line-gov-faq-link, #0b57d0);
    --_mark: var(--line-gov-faq-mark, #fff3a3);
    --_radius: var(--line-gov-faq-radius, 6px);
    --_space: var(--line-gov-faq-spacing, 0.5em);
    display: block;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--line-gov-faq-accent, light-dark(#00703c, #4cd98a));
      --_on-accent: var(--line-gov-faq-on-accent, light-dark(#fff, #0d1a12));
      --_text: var(--line-gov-faq-text, light-dark(#1a1a1a, #e8eaed));
      --_muted: var(--line-gov-faq-muted, light-dark(#5a6570, #aab4bd));
      --_background: var(--line-gov-faq-background, light-dark(#fff, #16181a));
      --_surface: var(--line-gov-faq-surface, light-dark(#f3f5f4, #24282b));
      --_border: var(--line-gov-faq-border, light-dark(#8a949c, #7d8790));
      --_link: var(--line-gov-faq-link, light-dark(#0b57d0, #8ab4f8));
      --_mark: var(--line-gov-faq-mark, light-dark(#fff3a3, #5c4a00));
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * Text styles live on an inner wrapper, not on :host: a host page's rules for the element
   * itself (say '* { color: white; font-size: 8px }') beat :host, but cannot reach inside.
   * The widget is the container its layout responds to: a narrow sidebar gets the phone layout.
   */
  .root {
    display: block;
    container-type: inline-size;
    color: var(--_text);
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
    /* The text around the widget (a site's 文字サイズ「拡大」 sets it on body), never below 16 px. */
    font-size: max(var(--line-gov-faq-font-size, 1em), 16px);
    font-weight: normal;
    font-style: normal;
    line-height: 1.75;
    letter-spacing: 0.02em;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    text-align: start;
    /* Japanese lines break between phrases where the engine can tell them (「メリット」 stays whole). */
    word-break: auto-phrase;
    overflow-wrap: break-word;
  }
  /* A forced scheme may differ from the page: then the widget is a panel of its own colour. */
  :host([theme]) .root {
    background: var(--_background);
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.4;
    color: inherit;
    font-weight: bold;
  }
  .heading {
    font-size: 1.5em;
    margin-bottom: calc(var(--_space) * 2);
  }
  .category-heading {
    font-size: 1.25em;
    margin: 2em 0 0.5em;
  }
  .group:first-child .category-heading {
    margin-top: 0.5em;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    margin: 0;
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
    gap: 0.25em;
    margin-bottom: 0.75em;
  }
  .search-label {
    font-weight: bold;
  }
  input[type='search'] {
    width: 100%;
    min-height: 3em;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    font-size: max(1em, 16px); /* below 16px, mobile Safari zooms the page on focus */
    text-overflow: ellipsis;
  }
  input[type='search']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input[type='search']:focus-visible {
    border-color: var(--_accent);
  }

  /* Category filter: pills that wrap, or one row that scrolls sideways in a narrow widget */
  .categories {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.75em;
  }
  .category {
    display: inline-flex;
    align-items: baseline;
    gap: 0.375em;
    flex: none;
    min-height: 2.75em;
    padding: 0.375em 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    line-height: 1.4;
    white-space: nowrap;
    max-width: 100%;
  }
  /* Only a label longer than the whole row wraps, at a phrase boundary. */
  .category-label {
    white-space: normal;
    min-width: 0;
  }
  .category[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: bold;
  }
  .count {
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 40em) {
    /* A thin scrollbar: a sign that the row goes on, and a handle for a mouse. */
    .categories {
      flex-wrap: nowrap;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scrollbar-width: thin;
      /* The scrollbar's room, taken from the space under the row. */
      margin-bottom: 0.25em;
    }
    /*
     * One line in the row that scrolls: a label longer than the whole row ends in … (its button
     * is still named in full, and the list's heading shows it once chosen) rather than making one
     * two-line pill among one-line ones; a pill never outgrows the row, so it scrolls into view whole.
     */
    .category-label {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    /* Inside the ring's room: the scrolling row would cut a ring drawn outside the pill. */
    .category:focus-visible {
      outline-offset: -5px;
    }
    .category[aria-pressed='true']:focus-visible {
      outline-color: var(--_on-accent);
    }
    .searching .toggles {
      display: none;
    }
  }

  /* Status line and expand / collapse all */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    column-gap: 0.5em;
    margin-bottom: 0.25em;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .toggles {
    display: flex;
    gap: 1em;
  }
  .text-button,
  .action,
  .more {
    min-height: 2.75em;
    padding: 0.25em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  /* Text aligned with the status line above when the buttons wrap under it. */
  .text-button {
    padding-inline: 0;
  }
  .action,
  .more {
    border-color: var(--_border);
    text-decoration: none;
    color: var(--_text);
    background: var(--_surface);
    padding-inline: 1em;
  }
  .more {
    display: block;
    width: 100%;
    margin-top: 1em;
  }

  /* Questions and answers: thin dividers, Q and A in one column */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .item {
    margin: 0;
    border-bottom: 1px solid var(--_border);
  }
  details {
    scroll-margin-top: var(--line-gov-faq-scroll-margin, 0.5em);
  }
  /*
   * Q and A sit in one column of 1em at 0.5em from the edge, text from 2em. Not with
   * position: relative, which would paint the questions over a page's sticky header.
   */
  summary::before,
  .answer::before {
    width: 1em;
    font-weight: bold;
  }
  summary {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.75em 0.5em;
    cursor: pointer;
    list-style: none;
  }
  /* Only where a pointer hovers: on a phone, a tapped question would keep the hover look. */
  @media (hover: hover) {
    summary:hover {
      background: var(--_surface);
    }
    summary:hover .question-text {
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: 'Q';
    flex: none;
    color: var(--_accent);
  }
  /* A triangle of borders, not a rotated chevron: a transform would paint it over a page's sticky header. */
  summary::after {
    content: '';
    flex: none;
    margin: 0.7em 0.2em 0 0.25em;
    border: 0.35em solid transparent;
    border-top-color: currentColor;
    border-bottom-width: 0;
  }
  details[open] > summary::after {
    border-top-width: 0;
    border-bottom: 0.4em solid currentColor;
  }
  .question-body {
    flex: 1;
    /* Shrinks below its longest phrase, which then wraps (overflow-wrap) instead of overflowing. */
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .snippet {
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.6;
    /* At most three lines, however narrow the widget. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  details[open] .snippet {
    display: none;
  }
  /* Text from the data is isolated, so a bidirectional override in it stays inside it. */
  .question-text,
  .snippet,
  .answer,
  .category-label,
  .category-heading,
  .heading {
    unicode-bidi: isolate;
  }
  .answer {
    padding: 0 0.5em 1em 2em;
    white-space: pre-line;
    /* No last line of one or two characters, where the engine can avoid it. */
    text-wrap: pretty;
  }
  .answer::before {
    content: 'A';
    float: left;
    margin-left: -1.5em;
    color: var(--_muted);
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    word-break: break-all;
  }
  /* A phone number is read and dialled whole: never split over two lines. ('tel', not 'tel:': the
   * template minifier escapes the colon, which the template literal then drops.) */
  a[href^='tel'] {
    white-space: nowrap;
    word-break: keep-all;
  }
  .external {
    display: inline-block;
    margin-inline-start: 0.2em;
    vertical-align: -0.05em;
  }
  mark {
    background: var(--_mark);
    /* Not the muted colour of a snippet: it lacks contrast on the mark colour. */
    color: var(--_on-mark, var(--_text));
    border-radius: 2px;
    padding: 0 0.05em;
  }

  /* Related questions under an answer: a plain list */
  .related {
    margin: 0 0.5em 1em 2em;
  }
  .related-title {
    margin: 0;
    font-weight: bold;
  }
  .related ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .related a {
    display: inline-block;
    padding-block: 0.5em;
    word-break: normal;
  }

  /* Was this answer helpful? Buttons as in the empty state, after the answer's column. */
  .feedback {
    margin: 0 0.5em 1em 2em;
  }
  .feedback-choices {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .feedback-question {
    margin-inline-end: 0.5em;
    font-weight: bold;
  }
  /* はい and いいえ wrap together: on a phone, one alone on the next line reads as a separate choice. */
  .feedback-buttons {
    display: inline-flex;
    gap: 0.5em;
  }
  .feedback-thanks,
  .contact {
    margin: 0;
  }
  .near .contact,
  .empty .contact {
    margin: 1em 0 0;
  }
  .contact a {
    display: inline-block;
    padding-block: 0.25em;
  }

  /* Empty and error states */
  .empty,
  .error {
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .empty p,
  .error p {
    margin: 0 0 0.5em;
  }
  .empty-title {
    font-weight: bold;
  }
  .empty-actions,
  .way-on {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  .way-on {
    margin-bottom: 0;
    padding: 0;
    list-style: none;
  }
  .empty .way-on-title {
    margin: 1em 0 0;
  }
  .featured {
    margin-bottom: 1.5em;
  }
  .featured ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .featured a {
    /* A block: the list's bullet then sits by the first line of a question that wraps. */
    display: block;
    padding-block: 0.25em;
    color: var(--_link);
    text-underline-offset: 0.2em;
  }
  .empty + .featured {
    margin-top: 1.5em;
  }
  /* A long label wraps inside its button rather than out of a narrow box. */
  .way-on li {
    max-width: 100%;
  }
  .way-on .action {
    max-width: 100%;
    white-space: normal;
    text-align: start;
  }
  .error {
    border: 2px solid #c5221f;
    margin-bottom: 1em;
  }

  .source {
    margin: 1.5em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Printed, the FAQ is a document: every question with its answer (see onPrint), no controls. */
  @media print {
    .search,
    .categories,
    .bar,
    .featured,
    .related,
    .more,
    summary::after {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
    .category-heading {
      break-after: avoid;
    }
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
