import type { FaqCategory, FaqData, FaqEntry, FaqSource } from './faq-types.js';

/**
 * The FAQ written as plain HTML inside the element, readable before any script runs (by
 * people, crawlers and browsers without JavaScript), and the data the widget upgrades:
 *
 * ```html
 * <line-gov-faq>
 *   <section data-category="line-pay">
 *     <h2>LINE Pay</h2>
 *     <details id="pay-taxes"><summary>税金を払えますか?</summary><p>…</p></details>
 *   </section>
 *   <script type="application/json" data-faq-index>{"synonyms": …, "index": …}</script>
 * </line-gov-faq>
 * ```
 *
 * Each `<details>` whose first child is a `<summary>` is an entry: the summary is the question,
 * the rest the answer, the `id` the entry id (`data-keywords`, 、 or comma separated, its
 * keywords; `data-featured`, shown first). Entries inside an element with `data-category` belong to that category, labelled
 * by its first h2–h6; without such groups all entries form one category. A `<p data-faq-source>`
 * (its `data-publisher`, `data-title`, `data-captured` and link) says whose text it is. The optional JSON
 * script carries the prebuilt search index and synonyms (`line-gov-faq render` writes it).
 *
 * Markup is read as text and links only, never rendered as HTML: a `<br>` becomes a line break,
 * a paragraph (any block element) a blank line, a link its address (after its text, when that
 * differs).
 */
export interface FaqMarkup {
  data: FaqData;
  /** The prebuilt search index from the JSON script, if any (checked when the index is built). */
  prebuilt?: unknown;
  /** Ids of the entries open in the markup (a deep link, or a reader who opened one). */
  open: string[];
}

/**
 * The in-page address of a category's section in the markup (`#faq-category-line-pay`), which its
 * table of contents links to; once upgraded, the widget chooses that category for it.
 */
export const categoryAnchor = (id: string) => `faq-category-${id}`;

/** How a FAQ's source is named in its 出典 line, by the widget and in the markup: 発行者「ページ名」. */
export const sourceName = (source: FaqSource): string => (source.title ? `${source.publisher}「${source.title}」` : source.publisher);

/** Id of the one category of markup without `data-category` groups. */
export const UNGROUPED_CATEGORY = 'faq';

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
const SKIPPED = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BUTTON|INPUT|SELECT|TEXTAREA|SVG|IMG|IFRAME|OBJECT|EMBED)$/;

// Ids as the data format allows them (deep-link anchors); others are replaced by `q<position>`.
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * The FAQ in `host`'s own markup, or null when it has no entry (`<details>` with a `<summary>`).
 * `label` names the one category of markup without groups.
 */
export function readFaqMarkup(host: Element, lang: string, label: string): FaqMarkup | null {
  const entryElements = [...host.querySelectorAll('details')].filter((details) => details.firstElementChild?.tagName === 'SUMMARY');
  if (entryElements.length === 0) return null;
  const categories: FaqCategory[] = [];
  const known = new Map<Element, string>();
  const usedIds = new Set<string>();
  const open: string[] = [];
  const entries: FaqEntry[] = entryElements.map((details, position) => {
    const group = details.parentElement?.closest('[data-category]');
    const category = group && host.contains(group) ? categoryOf(group, categories, known) : UNGROUPED_CATEGORY;
    const entry: FaqEntry = {
      id: uniqueId(SLUG.test(details.id) ? details.id : `q${position + 1}`, usedIds),
      category,
      question: lines(textOf(details.firstElementChild!)).join(' '),
      answer: answerOf(details),
    };
    const keywords = details.dataset.keywords?.split(/[、,]/).map((k) => k.trim()).filter(Boolean);
    if (keywords?.length) entry.keywords = keywords;
    if (details.hasAttribute('data-featured')) entry.featured = true;
    if (details.open) open.push(entry.id);
    return entry;
  });
  if (entries.some((e) => e.category === UNGROUPED_CATEGORY)) categories.unshift({ id: UNGROUPED_CATEGORY, label });
  const data: FaqData = { lang, categories, entries };
  const source = sourceOf(host);
  if (source) data.source = source;
  const extra = indexScript(host);
  if (Array.isArray(extra?.synonyms)) data.synonyms = extra.synonyms as string[][];
  return extra?.index === undefined ? { data, open } : { data, open, prebuilt: extra.index };
}

/** The 出典 line `line-gov-faq render` writes for data that names its source. */
function sourceOf(host: Element): FaqSource | undefined {
  const line = host.querySelector<HTMLElement>('[data-faq-source]');
  const url = line?.querySelector('a')?.getAttribute('href')?.trim();
  const publisher = line?.dataset.publisher?.trim();
  if (!line || !url || !/^https?:\/\//i.test(url) || !publisher) return undefined;
  const { title, captured } = line.dataset;
  return { publisher, url, ...(title ? { title } : {}), ...(captured ? { captured } : {}) };
}

function categoryOf(group: Element, categories: FaqCategory[], known: Map<Element, string>): string {
  const seen = known.get(group);
  if (seen !== undefined) return seen;
  const given = (group as HTMLElement).dataset.category?.trim() ?? '';
  const id = SLUG.test(given) ? given : `category-${categories.length + 1}`;
  const heading = group.querySelector('h2, h3, h4, h5, h6');
  if (!categories.some((c) => c.id === id)) categories.push({ id, label: heading ? lines(textOf(heading)).join(' ') : id });
  known.set(group, id);
  return id;
}

function uniqueId(id: string, used: Set<string>): string {
  let unique = id;
  for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
  used.add(unique);
  return unique;
}

function answerOf(details: HTMLDetailsElement): string {
  const nodes = [...details.childNodes];
  let text = '';
  for (const node of nodes.slice(nodes.indexOf(details.firstElementChild!) + 1)) text += textOf(node);
  return paragraphs(text);
}

/** Text of a node with `\n` where the markup breaks lines; links as their addresses. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  const tag = element.tagName.toUpperCase();
  if (SKIPPED.test(tag)) return '';
  if (tag === 'BR') return '\n';
  let inner = '';
  for (const child of element.childNodes) inner += textOf(child);
  if (tag === 'A') inner = linkText(inner.trim(), element.getAttribute('href')?.trim() ?? '');
  return BLOCK.test(tag) ? `${PARAGRAPH}${inner}${PARAGRAPH}` : inner;
}

// Marks a paragraph's edge while reading; paragraphs become blank lines at the end.
const PARAGRAPH = '\u2029';

/** A link as the plain-text answer holds it: the address, after its text when that differs. */
function linkText(text: string, href: string): string {
  if (!/^(https?:|mailto:|tel:)/i.test(href)) return text;
  const shown = href.replace(/^(mailto|tel):/i, '');
  if (!text || text === shown) return href;
  return sameUrl(text, href) ? text : `${text} (${href})`;
}

/** Whether a link's text is its address, as written (`https://Example.jp` for `https://example.jp/`). */
function sameUrl(text: string, href: string): boolean {
  try {
    return new URL(text).href === new URL(href).href;
  } catch {
    return false;
  }
}

/** Lines of text, each trimmed, empty ones dropped. */
function lines(text: string): string[] {
  return text.split(/[\n\u2029]/).map((line) => line.trim()).filter(Boolean);
}

/** Paragraphs separated by a blank line, lines within them by a line break. */
function paragraphs(text: string): string {
  return text
    .split(PARAGRAPH)
    .map((paragraph) => lines(paragraph).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

function indexScript(host: Element): { synonyms?: unknown; index?: unknown } | undefined {
  const script = host.querySelector('script[type="application/json"][data-faq-index]');
  if (!script) return undefined;
  try {
    const value: unknown = JSON.parse(script.textContent ?? '');
    return value && typeof value === 'object' ? (value as { synonyms?: unknown; index?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}
