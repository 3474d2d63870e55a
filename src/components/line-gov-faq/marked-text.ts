import { html, type TemplateResult } from 'lit';
import type { Range } from '../../search/highlight.js';
import { answerSegments } from '../../data/answer-segments.js';
import type { UiStrings } from '../../i18n/strings.js';

/** Text with its match ranges wrapped in `<mark>`. Everything is bound as text, never as HTML. */
export function markedText(text: string, ranges: readonly Range[]): Array<string | TemplateResult> {
  const out: Array<string | TemplateResult> = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) out.push(text.slice(cursor, start));
    out.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    cursor = end;
  }
  if (cursor < text.length) out.push(text.slice(cursor));
  return out;
}

/**
 * An answer: line breaks kept by CSS, web addresses as links that open in a new tab (said so,
 * and shown by an icon), phone numbers and mail addresses as plain links, matches marked.
 */
export function answerContent(answer: string, ranges: readonly Range[], strings: UiStrings) {
  return answerSegments(answer, ranges).map((segment) =>
    segment.kind === 'link' && !segment.external
      ? html`<a href=${segment.href} part="link">${segment.text}</a>`
      : segment.kind === 'link'
        ? html`<a href=${segment.href} target="_blank" rel="noopener noreferrer" part="link"
            >${segment.text}<span class="visually-hidden">${strings.externalLink}</span
            ><svg class="external" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
              <path d="M4.5 2H2v8h8V7.5M6.5 2H10v3.5M10 2 5.5 6.5" fill="none" stroke="currentColor" stroke-width="1.4" /></svg
          ></a>`
        : markedText(segment.text, segment.marks),
  );
}
