import type { FaqData } from '../data/faq-types.js';
import { answerSegments, safeHref } from '../data/answer-segments.js';
import { stringsFor, type UiStrings } from '../i18n/strings.js';
import { categoryAnchor, sourceName } from '../data/read-faq-markup.js';

export interface RenderOptions {
  /** The prebuilt search index to embed (what `line-gov-faq build` writes as `index`). */
  prebuilt?: unknown;
  /**
   * Level of the category headings, 2–6 (default 3, as the widget's). Another level is also
   * given to the element as `heading-level` (one above), so its headings stay at this level
   * once the script has run.
   */
  headingLevel?: number;
  /** Attributes for the element, e.g. `{ related: '' }`; values are escaped. */
  attributes?: Record<string, string>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text for HTML content or a double-quoted attribute value. */
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/**
 * The FAQ as the markup `<line-gov-faq>` upgrades (see readFaqMarkup): questions and answers
 * readable before any script runs, by crawlers and without JavaScript. The search index and
 * synonyms travel in a JSON script the browser never executes; `<` is escaped inside it, so
 * no text of the data can end it.
 */
export function renderFaqMarkup(faq: FaqData, options: RenderOptions = {}): string {
  const level = Math.min(6, Math.max(2, Math.round(options.headingLevel ?? 3)));
  const given = level === 3 ? options.attributes : { 'heading-level': String(level - 1), ...options.attributes };
  const attributes = Object.entries(given ?? {})
    .map(([name, value]) => (value === '' ? ` ${escapeHtml(name)}` : ` ${escapeHtml(name)}="${escapeHtml(value)}"`))
    .join('');
  const out = [`<line-gov-faq${attributes}>`];
  const shown = faq.categories.filter((category) => faq.entries.some((entry) => entry.category === category.id));
  const s = stringsFor(faq.lang);
  out.push(...controlsPlace(faq, shown, s));
  for (const category of shown) {
    const entries = faq.entries.filter((entry) => entry.category === category.id);
    out.push(
      `  <section data-category="${escapeHtml(category.id)}" id="${escapeHtml(categoryAnchor(category.id))}">`,
      `    <h${level}>${escapeHtml(category.label)}</h${level}>`,
    );
    for (const entry of entries) {
      const keywords = entry.keywords?.length ? ` data-keywords="${escapeHtml(entry.keywords.join('、'))}"` : '';
      const featured = entry.featured ? ' data-featured' : '';
      out.push(
        `    <details id="${escapeHtml(entry.id)}"${keywords}${featured}>`,
        `      <summary>${escapeHtml(entry.question)}</summary>`,
      );
      for (const paragraph of entry.answer.split(/\n{2,}/)) out.push(`      <p>${answerHtml(paragraph)}</p>`);
      out.push('    </details>');
    }
    out.push('  </section>');
  }
  const source = faq.source && safeHref(faq.source.url) ? faq.source : undefined;
  if (source) {
    // The 出典 line the widget shows, readable before any script runs; readFaqMarkup takes it back.
    const data = Object.entries({ publisher: source.publisher, title: source.title, captured: source.captured })
      .filter(([, value]) => value)
      .map(([key, value]) => ` data-${key}="${escapeHtml(value!)}"`)
      .join('');
    const captured = source.captured ? escapeHtml(s.capturedOn(source.captured)) : '';
    out.push(
      `  <p data-faq-source${data}>${escapeHtml(s.sourceLabel)}<a href="${escapeHtml(source.url)}">${escapeHtml(sourceName(source))}</a>${captured}</p>`,
    );
  }
  const extra = { synonyms: faq.synonyms, index: options.prebuilt };
  if (extra.synonyms || extra.index)
    out.push(`  <script type="application/json" data-faq-index>${JSON.stringify(extra).replace(/</g, '\\u003c')}</script>`);
  out.push('</line-gov-faq>');
  return `${out.join('\n')}\n`;
}

/**
 * Where the widget's search box, category filter and count will be, in plain HTML a CMS keeps:
 * the categories as links to their sections (a table of contents without JavaScript), the
 * search box, disabled until the script runs, and the number of questions. They hold about the room the controls take, so
 * that the questions do not jump down when the widget takes over (it hides this markup).
 */
function controlsPlace(faq: FaqData, categories: FaqData['categories'], s: UiStrings): string[] {
  const out = [
    `  <p data-faq-search><label>${escapeHtml(s.searchLabel)}<br><input type="search" disabled placeholder="${escapeHtml(s.loading)}"></label></p>`,
  ];
  if (categories.length > 1) {
    out.push(`  <nav data-faq-categories aria-label="${escapeHtml(s.filterLabel)}">`);
    for (const category of categories)
      out.push(`    <a href="#${escapeHtml(categoryAnchor(category.id))}">${escapeHtml(category.label)}</a>`);
    out.push('  </nav>');
  }
  out.push(
    `  <p data-faq-status>${escapeHtml(s.totalCount(faq.entries.filter((e) => categories.some((c) => c.id === e.category)).length))}</p>`,
  );
  return out;
}

/** A paragraph with its line breaks and links: the same links the widget makes (answerSegments). */
function answerHtml(paragraph: string): string {
  return answerSegments(paragraph)
    .map((segment) =>
      segment.kind === 'link'
        ? `<a href="${escapeHtml(segment.href)}">${escapeHtml(segment.text)}</a>`
        : escapeHtml(segment.text).replace(/\n/g, '<br>\n'),
    )
    .join('');
}
