import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FaqCategory, FaqData, FaqEntry } from '../../data/faq-types.js';
import { categoryAnchor, readFaqMarkup, sourceName, UNGROUPED_CATEGORY } from '../../data/read-faq-markup.js';
import { stringsFor, type UiStrings } from '../../i18n/strings.js';
import type { FaqSearch } from '../../search/faq-search.js';
import type { SearchHit } from '../../search/search.js';
import { emit } from './events.js';
import { DEFAULT_SOURCE, FaqSourceController, type FaqSourceState } from './faq-source-controller.js';
import { answerContent, markedText } from './marked-text.js';
import { safeHref } from '../../data/answer-segments.js';
import { excerpt } from '../../search/excerpt.js';
import { scrollIntoViewBelowOverlays } from './scroll-into-view.js';
import { readingPlace, restoreReadingPlace, type ReadingPlace } from './reading-place.js';
import { styles } from './line-gov-faq.styles.js';
import { HashLinkController } from './hash-link-controller.js';
import { StructuredDataController } from './structured-data-controller.js';
import { PageColors } from './page-colors.js';
import { PrintMode } from './print-mode.js';
import { answerFeedback } from './answer-feedback.js';
import { FeedbackMemory } from './feedback-memory.js';
import { SearchParamController } from './search-param-controller.js';

/**
 * How many questions are rendered before a 「さらに表示」 button, which only large FAQs reach:
 * all of a typical FAQ is listed, while search results, re-rendered on every keystroke, are
 * held to fewer, as search widgets show them: ten, a screen or two on a phone (with 5,000
 * entries, 20 instead of 50 took the keystroke → rendered p95 from 69 to 43 ms in bench:browser;
 * 10 instead of 20 took its p50 from 14 to 12 ms there, and the p95 of a typing harness from
 * about 38 to 31 ms).
 */
const PAGE_SIZE = { browse: 100, results: 10 };

interface ShownEntry {
  entry: FaqEntry;
  /** Match ranges to mark, worked out when the entry is rendered (a page shows a few of many). */
  highlights?: SearchHit['highlights'];
  /** A near match (see SearchHit.near): listed under its own heading, after any answers. */
  near?: boolean;
}

const NO_HIGHLIGHTS: SearchHit['highlights'] = { question: [], answer: [] };

/**
 * A searchable FAQ about using LINE in local government, for Japanese municipal websites.
 * Shows the FAQ written as `<details>` markup inside it (see `line-gov-faq render`), else the
 * bundled FAQ (LINE Yahoo's よくある質問 for local governments), unless given other data.
 *
 * @tagname line-gov-faq
 * @summary Searchable, accessible FAQ with category filters and collapsible answers.
 *
 * @attr query - Initial search text; the `query` property follows what the person types.
 * @attr category - Id of the category selected at first (e.g. `line-pay`).
 * @attr categories - Comma-separated category ids to show and search; others are hidden. Unknown ids are ignored with a console warning.
 * @attr src - URL of FAQ data in the format of `data/faq.schema.json`, loaded instead of the bundled FAQ.
 * @attr lang - Language of the widget's own words: `ja` or `en`; when absent, the nearest `lang` around the widget (e.g. `<html lang="en">`), else `ja`. The FAQ text stays as the data has it.
 * @attr theme - `light`, `dark` or `auto` (the visitor's OS setting) forces a colour scheme, shown as a panel with its own background. When absent, the widget is dark only where the page declares dark support (its `color-scheme`) and the visitor's OS is dark.
 * @attr placeholder - Placeholder of the search box (default: example queries for the bundled FAQ).
 * @attr heading - Optional heading shown above the widget.
 * @attr heading-level - Level of that heading, 1–6 (default 2); category headings are one level below.
 * @attr hide-search - Hides the search box.
 * @attr hide-filter - Hides the category filter.
 * @attr no-hash - Turns deep links off: the widget neither reads nor writes the URL hash. Even without it, the widget writes the hash only when it is empty or names one of its questions: a hash the page uses itself is never replaced.
 * @attr related - Shows up to three related questions (computed from the FAQ's words) under each opened answer.
 * @attr featured - Comma-separated ids of questions shown first, under 「よく見られている質問」, while nothing is searched or filtered, and offered when a search finds nothing. Unknown ids are ignored. Without it, the entries the data marks `featured` are.
 * @attr hide-source - Hides the 出典 line under a FAQ whose data names its source (the bundled FAQ is LINE Yahoo's text, and says so by default).
 * @attr feedback - Asks 「この回答は役に立ちましたか？ はい / いいえ」 under each opened answer; a choice fires `faq-feedback`, thanks the reader and is remembered for that answer for the rest of the visit (sessionStorage).
 * @attr contact-href - Address of the city's own next step (a contact form, `tel:`, `mailto:`), linked where a search found nothing or only near matches. Only http(s), mailto, tel and relative addresses are linked.
 * @attr contact-label - Text of that link (default 「お問い合わせ」).
 * @attr search-param - Name of a parameter of the page address that holds the query (e.g. `q`): read on load (`faq.html?q=粗大ごみ` searches at once) and written as the reader types (history.replaceState, once typing pauses), for site-search reports such as GA4's.
 * @attr structured-data - Adds a schema.org FAQPage (`<script type="application/ld+json">`) for the questions shown to the document head, kept up to date and removed with the widget. Use it on one widget per page.
 *
 * @fires faq-search - The query changed and its results are shown; `detail: { query, resultCount, near }` (`near`: near matches only).
 * @fires faq-toggle - A person opened or closed an answer; `detail: { id, open }`.
 * @fires faq-feedback - A reader said whether an opened answer helped (`feedback` attribute); `detail: { id, helpful }`.
 * @fires faq-category - A person chose a category filter; `detail: { category }` (`null` for all).
 * @fires faq-error - Data could not be loaded or is invalid; `detail: { message, notice, url?, status?, problems? }`: residents see only `notice`, the rest is for the webmaster (also on the console).
 * @fires faq-ready - Data and search index are usable; `detail: { entryCount }`.
 *
 * @csspart base - The wrapper of everything inside the widget.
 * @csspart heading - The optional heading.
 * @csspart search - The search input.
 * @csspart categories - The group of category filter buttons.
 * @csspart category - Each category filter button.
 * @csspart status - The live region with the number of questions found.
 * @csspart list - Each list of questions.
 * @csspart item - Each question and answer.
 * @csspart question - The control that opens an answer (it holds the question text).
 * @csspart snippet - Under a search result whose match is in its answer, the part of the answer around the match.
 * @csspart answer - Each answer.
 * @csspart mark - Highlighted matches.
 * @csspart link - Links in answers.
 * @csspart related - The list of related questions under an opened answer.
 * @csspart feedback - The 「役に立ちましたか」 question and its thanks under an opened answer (see the `feedback` attribute).
 * @csspart contact - The link to the city's contact page where nothing fits (see `contact-href`).
 * @csspart featured - The featured questions (see the `featured` attribute).
 * @csspart source - The 出典 line: who published the FAQ's text, and where (data with a `source`).
 * @csspart empty - The box shown when nothing matches.
 * @csspart error - The box shown when data cannot be loaded.
 *
 * @cssprop --line-gov-faq-accent - Accent colour of controls, focus rings and selected filters (default #00703c, 6.2:1 on white).
 * @cssprop --line-gov-faq-on-accent - Text colour on the accent (default white).
 * @cssprop --line-gov-faq-text - Text colour.
 * @cssprop --line-gov-faq-muted - Secondary text colour.
 * @cssprop --line-gov-faq-background - Background colour.
 * @cssprop --line-gov-faq-surface - Background of questions and controls.
 * @cssprop --line-gov-faq-border - Border colour.
 * @cssprop --line-gov-faq-link - Link colour.
 * @cssprop --line-gov-faq-mark - Background of highlighted matches.
 * @cssprop --line-gov-faq-font-family - Font stack (default: Japanese system fonts).
 * @cssprop --line-gov-faq-font-size - Base font size (default 1rem).
 * @cssprop --line-gov-faq-radius - Corner radius.
 * @cssprop --line-gov-faq-spacing - Base spacing unit (default 0.5em).
 * @cssprop --line-gov-faq-scroll-margin - Space kept above a question a deep link scrolls to (default 0.5em). The page's `scroll-padding-top` is honoured too, and a sticky or fixed header over the question is scrolled clear of.
 */
export class LineGovFaq extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: the package then needs no decorator helper
  // (tslib) at run time, and the bundle is smaller.
  static override properties = {
    query: {},
    category: { reflect: true },
    categories: {},
    // Its own accessor: setting it must take effect at once, so that the newest of `src` and
    // `data` wins even when both are set before the next update.
    src: { noAccessor: true },
    // Declared, with its own accessor too, so that a value set before the element was defined
    // (frameworks set properties before custom elements upgrade) is given to the setter.
    data: { attribute: false, noAccessor: true },
    lang: { reflect: true },
    theme: { reflect: true },
    placeholder: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideSearch: { type: Boolean, attribute: 'hide-search' },
    hideFilter: { type: Boolean, attribute: 'hide-filter' },
    hideSource: { type: Boolean, attribute: 'hide-source' },
    noHash: { type: Boolean, attribute: 'no-hash' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    related: { type: Boolean },
    featured: {},
    feedback: { type: Boolean },
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    searchParam: { attribute: 'search-param' },
    open: { state: true, attribute: false },
    pages: { state: true, attribute: false },
  };

  /** Search text. Set it to search; it follows what the person types. */
  query = '';

  /** Selected category id, or empty for all. */
  category = '';

  /** Comma-separated ids of the categories to show and search; empty for all. */
  categories = '';

  /** URL of FAQ data to load instead of the bundled FAQ. */
  get src(): string {
    return this.srcUrl;
  }
  set src(value: string) {
    const old = this.srcUrl;
    this.srcUrl = value ?? '';
    if (this.srcUrl === old) return;
    this.source.setSource(this.srcUrl ? { kind: 'src', url: this.srcUrl } : DEFAULT_SOURCE);
    this.requestUpdate('src', old);
  }
  private srcUrl = '';

  /** Language of the widget's own words: `ja` or `en`; when empty, the nearest `lang` around the widget. */
  override lang!: string;

  /** `light`, `dark` or `auto` forces a colour scheme; unset follows the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /** Adds a schema.org FAQPage (JSON-LD) for the questions shown to the document head. */
  structuredData = false;

  /** Shows up to three related questions under each opened answer. */
  related = false;

  /** Comma-separated ids of the questions shown first, and offered when a search finds nothing. */
  featured = '';

  /** Asks whether each opened answer helped; the choice fires `faq-feedback`. */
  feedback = false;

  /** Address linked where nothing fits (http(s), mailto, tel or relative; anything else is refused). */
  contactHref = '';

  /** Text of the contact link; 「お問い合わせ」 when empty. */
  contactLabel = '';

  /** Name of the page address's parameter that holds the query (read on load, written as the reader types). */
  searchParam = '';

  /** Placeholder of the search box; by default example queries for the bundled FAQ, else a generic hint. */
  placeholder = '';

  heading = '';

  headingLevel = 2;

  hideSearch = false;

  hideFilter = false;

  /** Hides the 出典 line of data that names its source. */
  hideSource = false;

  noHash = false;

  /**
   * The FAQ shown (the bundled FAQ unless `src` or this property gives other data). Setting it
   * validates the data; invalid data is refused with a visible error and a `faq-error` event.
   */
  get data(): FaqData {
    return this.source.state.faq;
  }
  set data(value: FaqData) {
    this.source.setSource({ kind: 'data', value });
  }

  /**
   * The words the widget says, in the one language it speaks: its `lang`, else the nearest
   * `lang` around it; Japanese by default. The list, the notices, `faq-error` and the console.
   * @internal
   */
  get uiStrings(): UiStrings {
    return stringsFor(this.lang || this.closest('[lang]')?.getAttribute('lang'));
  }

  /**
   * Resolves when the data being shown (the newest of `src` and `data`) and its search index
   * are usable, or when loading failed. Never rejects.
   */
  get ready(): Promise<void> {
    return this.source.settled();
  }

  /** Loading, checking and indexing the data: the one owner of the widget's async state. */
  private readonly source: FaqSourceController = new FaqSourceController(this, {
    readMarkup: () => {
      const lang = this.closest<HTMLElement>('[lang]:not(line-gov-faq)')?.lang || 'ja';
      return readFaqMarkup(this, lang, this.heading || this.uiStrings.allCategories);
    },
    onData: (open) => {
      this.open = new Set(open);
      this.pages = 1;
      this.updateComplete.then(() => this.links.follow());
    },
  });
  /**
   * The source's state this update shows, taken in willUpdate: what is derived from it and what
   * is rendered agree, and the handlers of what is on screen act on the data they were shown with.
   */
  private shownState: FaqSourceState = this.source.state;
  private get faq(): FaqData {
    return this.shownState.faq;
  }
  private get index(): FaqSearch | undefined {
    return this.shownState.index;
  }
  private open = new Set<string>();
  /** How many pages of questions are shown. */
  private pages = 1;

  private strings: UiStrings = stringsFor('ja');
  private allowed: FaqCategory[] = [];
  /** `category` when it is one of the categories shown, else '' (all). */
  private activeCategory = '';
  private hits: SearchHit[] | undefined;

  /** The results are near matches only (see SearchHit.near). */
  private get near(): boolean {
    return this.hits?.[0]?.near ?? false;
  }
  private shown: ShownEntry[] = [];
  private counts = new Map<string | null, number>();
  private lastSearch = '';

  constructor() {
    super();
    // The questions this widget shows, described for search engines when asked for. The
    // controller registers itself with the element and needs no other reference.
    new StructuredDataController(this, () =>
      this.structuredData && !this.awaitingData ? { faq: this.faq, entries: this.entriesInAllowedCategories() } : null,
    );
  }

  /** The page's colours, taken on a site's 背景色 switch (see PageColors). */
  private readonly pageColors = new PageColors(this, () => this.renderRoot.querySelector<HTMLElement>('.root'));

  /** While the page prints, every question of the categories shown, open. */
  private readonly print = new PrintMode(this, () => {
    this.requestUpdate();
    this.performUpdate();
  });
  /** The answers rated during this visit, for this page and FAQ. */
  private readonly feedbackGiven = new FeedbackMemory(() => this.src || this.faq.title || '');

  private readonly addressQuery = new SearchParamController(
    this,
    () => this.searchParam ?? '',
    () => this.query ?? '',
  );

  /** `contact-href` when it is safe to link to. */
  private contactUrl: string | null = null;

  private readonly links = new HashLinkController(
    this,
    () => !this.noHash,
    (id) => this.openLinked(id),
    (id) => this.faq.entries.some((e) => e.id === id) || this.faq.categories.some((c) => categoryAnchor(c.id) === id),
    (id) => this.entriesInAllowedCategories().some((e) => e.id === id) || !!this.linkedCategory(id),
  );

  /** The category shown that an address names through the markup's table of contents, if any. */
  private linkedCategory(id: string): FaqCategory | undefined {
    return this.allowed.find((c) => categoryAnchor(c.id) === id);
  }

  private allowedEntries: { allowed: FaqCategory[]; entries: FaqEntry[] } | undefined;

  /** The entries of the categories shown, kept while the data and categories stay the same. */
  private entriesInAllowedCategories(): FaqEntry[] {
    if (this.allowedEntries?.allowed !== this.allowed) {
      const ids = new Set(this.allowed.map((c) => c.id));
      this.allowedEntries = { allowed: this.allowed, entries: this.faq.entries.filter((e) => ids.has(e.category)) };
    }
    return this.allowedEntries.entries;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A search linked to (a QR code on a poster), run once the index is ready, like the `query` attribute.
    const linked = this.hasUpdated ? null : this.addressQuery.read();
    if (linked !== null) this.query = linked;
    if (changed.has('theme')) this.pageColors.check();
    if (changed.has('contactHref')) {
      const href = (this.contactHref ?? '').trim();
      this.contactUrl = href ? safeHref(href, document.baseURI) : null;
      if (href && !this.contactUrl)
        console.warn(
          `<line-gov-faq>: contact-href "${href}" is not an http(s), mailto, tel or relative address; no contact link is shown.`,
        );
    }
    this.strings = this.uiStrings;
    const before = this.shownState;
    this.shownState = this.source.state;
    // Data from `src` is on its way: the category attributes are for it, not for the bundled FAQ.
    const { awaiting } = this.shownState;
    const dataChanged = this.faq !== before.faq || awaiting !== before.awaiting;
    const indexChanged = this.index !== before.index;
    if (dataChanged || changed.has('categories')) this.allowed = this.allowedCategories(!awaiting);
    const allowed = !this.category || this.allowed.some((c) => c.id === this.category);
    if (!allowed && !awaiting && (changed.has('category') || dataChanged || changed.has('categories')))
      console.warn(`<line-gov-faq>: category "${this.category}" is not among the categories shown; showing all.`);
    this.activeCategory = allowed ? this.category : '';
    if (dataChanged || indexChanged || ['query', 'categories', 'category'].some((key) => changed.has(key))) this.computeResults();
  }

  /** Where the reader was in the markup this widget takes over, until the first render. */
  private place?: ReadingPlace;

  override connectedCallback(): void {
    // Measured before super attaches the shadow root, which hides the markup.
    if (!this.hasUpdated) this.place = readingPlace(this);
    super.connectedCallback();
  }

  protected override firstUpdated(): void {
    const place = this.place;
    this.place = undefined;
    // Once the updates the first one asked for are done too (still before the next paint); a
    // deep link, if any, scrolls to its question after this.
    if (place) this.updateComplete.then(() => restoreReadingPlace(place, this.itemElement(place.id)));
    this.links.follow();
  }

  /**
   * The default FAQ is on its way (the module build's file beside the script): the widget takes
   * no room yet, not even the margins a page gives it, so that the page moves once, when the
   * whole FAQ arrives. Inline, as a page's rules for the element beat the widget's :host rules.
   */
  private get arriving(): boolean {
    return this.shownState.awaiting && !this.shownState.loading && !this.shownState.failed;
  }
  private displayBefore: string | undefined;

  protected override updated(): void {
    if (this.arriving && this.displayBefore === undefined) {
      this.displayBefore = this.style.getPropertyValue('display');
      this.style.setProperty('display', 'none');
    } else if (!this.arriving && this.displayBefore !== undefined) {
      // An empty value removes the property.
      this.style.setProperty('display', this.displayBefore);
      if (!this.getAttribute('style')) this.removeAttribute('style');
      this.displayBefore = undefined;
    }
    // One faq-search per distinct query, once its results are on screen (clearing counts too).
    const query = this.query.trim();
    if (this.index && query !== this.lastSearch) {
      this.lastSearch = query;
      emit(this, 'faq-search', { query: this.query, resultCount: this.shown.length, near: this.near });
    }
  }

  // ---- data -------------------------------------------------------------------------------

  private allowedCategories(warn: boolean): FaqCategory[] {
    const all = this.faq.categories;
    const wanted = this.categories
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (wanted.length === 0) return all;
    const unknown = wanted.filter((id) => !all.some((c) => c.id === id));
    if (unknown.length > 0 && warn) console.warn(`<line-gov-faq>: unknown categories ignored: ${unknown.join(', ')}`);
    const chosen = all.filter((c) => wanted.includes(c.id));
    return chosen.length > 0 ? chosen : all;
  }

  // ---- results ----------------------------------------------------------------------------

  private computeResults(): void {
    const allowedIds = new Set(this.allowed.map((c) => c.id));
    const query = this.query.trim();
    this.hits = query && this.index ? this.index.search(query, { categories: allowedIds }) : undefined;
    const pool: ShownEntry[] = this.hits
      ? this.hits
      : this.faq.entries.filter((e) => allowedIds.has(e.category)).map((entry) => ({ entry }));
    this.counts = new Map([[null, pool.length]]);
    for (const { entry } of pool) this.counts.set(entry.category, (this.counts.get(entry.category) ?? 0) + 1);
    this.shown = this.activeCategory ? pool.filter((s) => s.entry.category === this.activeCategory) : pool;
  }

  /** How many of the shown questions are rendered. */
  private limit(): number {
    return this.pages * (this.hits ? PAGE_SIZE.results : PAGE_SIZE.browse);
  }

  // ---- deep links -------------------------------------------------------------------------

  /** Opens the entry a deep link names, if this widget shows it, clearing filters that hide it. */
  private openLinked(id: string): void {
    const category = this.linkedCategory(id);
    if (category) {
      this.query = '';
      this.category = category.id;
      this.pages = 1;
      this.updateComplete.then(() => scrollIntoViewBelowOverlays(this, this));
      return;
    }
    const position = this.faq.entries.findIndex((e) => e.id === id);
    const entry = this.faq.entries[position];
    if (!entry || !this.allowed.some((c) => c.id === entry.category)) return;
    if (!this.shown.some((s) => s.entry.id === id)) {
      this.query = '';
      this.category = '';
    }
    this.open = new Set(this.open).add(id);
    this.pages = Math.max(this.pages, Math.ceil((position + 1) / PAGE_SIZE.browse));
    this.updateComplete.then(() => {
      const item = this.itemElement(id);
      if (item) scrollIntoViewBelowOverlays(item, this);
    });
  }

  private itemElement(id: string): HTMLDetailsElement | null {
    return this.renderRoot.querySelector<HTMLDetailsElement>(`details[data-id="${CSS.escape(id)}"]`);
  }

  // ---- events from the template -------------------------------------------------------------

  private onInput(event: InputEvent): void {
    // While an IME composes a word, the text is not what the person means yet: searching each
    // step would make the results jump. The search runs when composition ends.
    if (event.isComposing) return;
    this.setQuery((event.target as HTMLInputElement).value);
  }

  private onCompositionEnd(event: CompositionEvent): void {
    this.setQuery((event.target as HTMLInputElement).value);
  }

  private setQuery(value: string): void {
    this.query = value;
    this.pages = 1;
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    // keyCode 229 is the Enter (or other key) that confirms a conversion in some IMEs that
    // report isComposing false.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      event.stopPropagation();
      (event.target as HTMLInputElement).value = '';
      this.setQuery('');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('summary')?.focus();
    }
  }

  /** Arrow keys, Home and End move between the pills, as in a toolbar (Tab still reaches each). */
  private onCategoryKeydown(event: KeyboardEvent): void {
    const pills = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[part~="category"]')];
    const at = pills.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const rtl = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowDown: 1, ArrowLeft: rtl ? 1 : -1, ArrowUp: -1 }[event.key];
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? pills.length - 1 : step ? at + step : -1;
    if (next < 0 || next >= pills.length) return;
    event.preventDefault();
    pills[next].focus();
  }

  /**
   * In a narrow widget the pills are one row that scrolls sideways: a mouse wheel scrolls it
   * (a mouse has no other way there), while the row can still move; then the page scrolls.
   */
  private onCategoryWheel(event: WheelEvent): void {
    const row = event.currentTarget as HTMLElement;
    if (row.scrollWidth <= row.clientWidth || Math.abs(event.deltaX) >= Math.abs(event.deltaY)) return;
    const before = row.scrollLeft;
    row.scrollLeft += event.deltaY;
    if (row.scrollLeft !== before) event.preventDefault();
  }

  private selectCategory(id: string): void {
    if (this.activeCategory === id) return;
    this.category = id;
    this.pages = 1;
    emit(this, 'faq-category', { category: id || null });
  }

  private onToggle(event: Event, id: string): void {
    const open = (event.target as HTMLDetailsElement).open;
    // Toggles the widget caused itself (expand all, deep links) are already in `open`; printing
    // opens every answer for the paper only.
    if (this.open.has(id) === open || this.print.active) return;
    const next = new Set(this.open);
    if (open) next.add(id);
    else next.delete(id);
    this.open = next;
    this.links.write(id, open);
    emit(this, 'faq-toggle', { id, open });
  }

  private setAllOpen(open: boolean): void {
    const next = new Set(this.open);
    for (const { entry } of this.shown.slice(0, this.limit())) {
      if (open) next.add(entry.id);
      else next.delete(entry.id);
    }
    this.open = next;
  }

  private clearSearch(): void {
    this.setQuery('');
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  }

  private showAllCategories(): void {
    this.selectCategory('');
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="category"][aria-pressed="true"]')?.focus());
  }

  // ---- rendering ----------------------------------------------------------------------------

  /** No data to show: `src` has not arrived (or failed), or the default data is on its way. */
  private get awaitingData(): boolean {
    return this.shownState.awaiting;
  }

  override render() {
    const s = this.strings;
    const awaiting = this.awaitingData;
    if (this.arriving) return nothing;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div class="root ${this.hits ? 'searching' : ''}" part="base">
      ${this.heading ? heading(level, this.heading, 'heading') : nothing} ${this.hideSearch || awaiting ? nothing : this.renderSearch(s)}
      ${this.hideFilter || awaiting || this.allowed.length < 2 || this.filterIdle() ? nothing : this.renderFilter(s)}
      ${this.renderStatus(s, awaiting)}
      ${
        this.shownState.failed
          ? // Residents are told only that the FAQ cannot be shown; the details are for the
            // webmaster, on the console and in faq-error.
            html`<div class="error" role="alert" part="error">
              <p>${this.shownState.failed === 'search' ? s.searchUnavailable : awaiting ? s.unavailableNotice : s.updateFailedNotice}</p>
            </div>`
          : nothing
      }
      <div class="content" lang=${this.faq.lang} aria-busy=${this.shownState.loading ? 'true' : 'false'}>
        ${awaiting ? nothing : this.renderContent(s, level + 1)}
      </div>
      ${awaiting || this.hideSource ? nothing : this.renderSource(s)}
    </div>`;
  }

  /** Whose words these are, when the data says they are someone else's (the bundled FAQ's are LINE Yahoo's). */
  private renderSource(s: UiStrings) {
    const source = this.faq.source;
    const href = source && safeHref(source.url);
    if (!source || !href) return nothing;
    return html`<p class="source" part="source">
      ${s.sourceLabel}<a href=${href} lang=${this.faq.lang}>${sourceName(source)}</a>${source.captured ? s.capturedOn(source.captured) : ''}
    </p>`;
  }

  private renderSearch(s: UiStrings) {
    // Not a search landmark: the box filters this FAQ, while the page has its own site search (and
    // two widgets would make two landmarks of one name).
    return html`<div class="search">
      <label for="search" class="search-label">${s.searchLabel}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        spellcheck="false"
        placeholder=${this.placeholder || (this.shownState.bundled ? s.searchPlaceholder : s.searchPlaceholderGeneric)}
        aria-describedby="status"
        .value=${this.query}
        @input=${this.onInput}
        @compositionend=${this.onCompositionEnd}
        @keydown=${this.onSearchKeydown}
      />
    </div>`;
  }

  /** Searching, and the filter could narrow nothing: no results, or all in one category not chosen. */
  private filterIdle(): boolean {
    return !!this.hits && !this.activeCategory && this.counts.size <= 2;
  }

  private renderFilter(s: UiStrings) {
    const button = (id: string, label: string) => {
      const count = this.counts.get(id || null) ?? 0;
      return html`<button
        type="button"
        part="category"
        class="category"
        aria-pressed=${this.activeCategory === id ? 'true' : 'false'}
        @click=${() => this.selectCategory(id)}
      >
        <span class="category-label">${label}</span> <span class="count">${s.countSuffix(count)}</span>
      </button>`;
    };
    // While searching, only the categories that hold results (and the one chosen) are offered.
    const offered = this.hits ? this.allowed.filter((c) => this.counts.has(c.id) || c.id === this.activeCategory) : this.allowed;
    // In a narrow widget the row scrolls sideways: a pill reached by Tab is brought whole into view,
    // where the browser would leave one half outside.
    return html`<div
      class="categories"
      role="group"
      aria-label=${s.filterLabel}
      part="categories"
      @focusin=${(e: FocusEvent) => (e.target as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' })}
      @keydown=${this.onCategoryKeydown}
      @wheel=${this.onCategoryWheel}
    >
      ${button('', s.allCategories)} ${offered.map((c) => button(c.id, c.label))}
    </div>`;
  }

  private renderStatus(s: UiStrings, awaiting: boolean) {
    let text: string;
    if (this.shownState.loading) text = s.loading;
    else if (awaiting) text = '';
    else if (this.query.trim() && !this.index) text = s.preparingSearch;
    else if (this.hits && this.near && this.shown.length > 0) text = s.nearMatchCount(this.shown.length);
    else if (this.hits) {
      const near = this.shown.filter((item) => item.near).length;
      text = near > 0 ? s.resultWithNearCount(this.shown.length - near, near) : s.resultCount(this.shown.length);
    } else text = s.totalCount(this.shown.length);
    return html`<div class="bar">
      <p id="status" class="status" role="status" part="status">${text}</p>
      ${
        this.shown.length > 0 && !awaiting
          ? html`<div class="toggles">
              <button type="button" class="text-button" @click=${() => this.setAllOpen(true)}>${s.expandAll}</button>
              <button type="button" class="text-button" @click=${() => this.setAllOpen(false)}>${s.collapseAll}</button>
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderContent(s: UiStrings, level: number) {
    if (this.print.active) {
      const all = this.entriesInAllowedCategories().map((entry) => ({ entry }));
      return this.renderGroups(this.allowed, all, level);
    }
    if (this.query.trim() && !this.index) return nothing;
    if (this.shown.length === 0) return this.renderEmpty(s, level);
    const visible = this.shown.slice(0, this.limit());
    const more = this.shown.length - visible.length;
    const answers = visible.filter((item) => !item.near);
    const nearMatches = visible.filter((item) => item.near);
    const list = this.hits
      ? html`${
          answers.length > 0
            ? html`<ul class="list" part="list">
                ${answers.map((item) => this.renderItem(item))}
              </ul>`
            : nothing
        }
        ${
          nearMatches.length > 0
            ? // Near matches answer only part of the query: said so by a heading, not only by the count.
              html`<div class="group near">
                ${heading(level, s.nearMatches, 'category-heading', 'near-matches')}
                <ul class="list" part="list" aria-labelledby="near-matches">
                  ${nearMatches.map((item) => this.renderItem(item))}
                </ul>
                ${this.renderContact(s)}
              </div>`
            : nothing
        }`
      : this.renderGroups(
          this.allowed.filter((c) => !this.activeCategory || c.id === this.activeCategory),
          visible,
          level,
        );
    return html`${!this.hits && !this.activeCategory ? this.renderFeatured(s, level) : nothing}${list}
    ${more > 0 ? html`<button type="button" class="more" @click=${() => this.pages++}>${s.showMore(more)}</button>` : nothing}`;
  }

  /** Questions under their category headings, in the data's order of categories. */
  private renderGroups(categories: FaqCategory[], items: ShownEntry[], level: number) {
    return categories.map((category) => {
      const inCategory = items.filter((item) => item.entry.category === category.id);
      if (inCategory.length === 0) return nothing;
      // Markup without groups is one unnamed category: no heading of its own.
      if (category.id === UNGROUPED_CATEGORY && this.allowed.length === 1)
        return html`<ul class="list" part="list">
          ${inCategory.map((item) => this.renderItem(item))}
        </ul>`;
      // Groups are not sections: as landmarks, seven categories (or two widgets showing one)
      // would crowd a screen reader's list of the page's regions. The heading names the list.
      return html`<div class="group">
        ${heading(level, category.label, 'category-heading', `group-${category.id}`)}
        <ul class="list" part="list" aria-labelledby="group-${category.id}">
          ${inCategory.map((item) => this.renderItem(item))}
        </ul>
      </div>`;
    });
  }

  private renderItem({ entry, highlights }: ShownEntry) {
    const { question, answer } = highlights ?? NO_HIGHLIGHTS;
    return keyed(
      entry.id,
      html`<li class="item" part="item">
        <details
          data-id=${entry.id}
          ?open=${this.print.active || this.open.has(entry.id)}
          @toggle=${(e: Event) => this.onToggle(e, entry.id)}
        >
          <summary part="question" class="question">
            <span class="question-body"
              ><span class="question-text">${markedText(entry.question, question)}</span
              >${this.hits ? this.renderSnippet(entry.answer, answer) : nothing}</span
            >
          </summary>
          <div class="answer" part="answer">${answerContent(entry.answer, answer, this.strings)}</div>
          ${
            this.feedback && this.open.has(entry.id)
              ? answerFeedback(entry.id, this.feedbackGiven.recall(entry.id), this.strings, (helpful) =>
                  this.giveFeedback(entry.id, helpful),
                )
              : nothing
          }
          ${this.related && this.open.has(entry.id) ? this.renderRelated(entry) : nothing}
        </details>
      </li>`,
    );
  }

  /** Why a result was found when its match is in the answer: the words around it, marked. */
  private renderSnippet(answer: string, ranges: SearchHit['highlights']['answer']) {
    const part = excerpt(answer, ranges);
    return part
      ? html`<span class="snippet" part="snippet"
          >${part.cutBefore ? '…' : ''}${markedText(part.text, part.ranges)}${part.cutAfter ? '…' : ''}</span
        >`
      : nothing;
  }

  private renderRelated(entry: FaqEntry) {
    if (!this.index) return nothing;
    const allowed = new Set(this.allowed.map((c) => c.id));
    const related = this.index.related(entry.id).filter((other) => allowed.has(other.category));
    if (related.length === 0) return nothing;
    const s = this.strings;
    return html`<div class="related" part="related">
      <p class="related-title" id="related-${entry.id}">${s.relatedQuestions}</p>
      <ul aria-labelledby="related-${entry.id}">
        ${related.map(
          (other) =>
            html`<li><a href="#${encodeURIComponent(other.id)}" @click=${(e: Event) => this.goTo(e, other.id)}>${other.question}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  /** Remembers a reader's answer to 「役に立ちましたか」, tells the page, and moves focus to the thanks. */
  private giveFeedback(id: string, helpful: boolean): void {
    if (this.feedbackGiven.recall(id) !== undefined) return;
    this.feedbackGiven.remember(id, helpful);
    emit(this, 'faq-feedback', { id, helpful });
    this.requestUpdate();
    this.updateComplete.then(() => this.itemElement(id)?.querySelector<HTMLElement>('.feedback-thanks')?.focus());
  }

  /** The city's own next step (`contact-href`) where the FAQ has no answer. */
  private renderContact(s: UiStrings) {
    return this.contactUrl
      ? html`<p class="contact">${s.contactLead}<a href=${this.contactUrl} part="contact">${this.contactLabel || s.contactLabel}</a></p>`
      : nothing;
  }

  /** Opens another question (a related one), shows it even if filtered out, and moves focus to it. */
  private goTo(event: Event, id: string): void {
    event.preventDefault();
    this.openLinked(id);
    this.links.write(id, true);
    emit(this, 'faq-toggle', { id, open: true });
    this.updateComplete.then(() => this.itemElement(id)?.querySelector('summary')?.focus());
  }

  private renderEmpty(s: UiStrings, level: number) {
    const query = this.query.trim();
    const category = this.allowed.find((c) => c.id === this.activeCategory);
    return html`<div class="empty" part="empty">
        ${query ? html`<p class="empty-title">${withText(s.noResults, query)}</p>` : nothing}
        ${category ? html`<p>${withText(s.noResultsInCategory, category.label)}</p>` : nothing}
        <p>${s.noResultsHint}</p>
        <div class="empty-actions">
          ${query ? html`<button type="button" class="action" @click=${this.clearSearch}>${s.clearSearch}</button>` : nothing}
          ${category ? html`<button type="button" class="action" @click=${this.showAllCategories}>${s.showAllCategories}</button>` : nothing}
        </div>
        ${query && this.allowed.length > 1 ? this.renderWayOn(s) : nothing} ${this.renderContact(s)}
      </div>
      ${query ? this.renderFeatured(s, level) : nothing}`;
  }

  /** The questions the page wants seen first (`featured`), those of the categories shown. */
  private featuredEntries(): FaqEntry[] {
    const allowed = new Set(this.allowed.map((c) => c.id));
    const ids = [...new Set(this.featured.split(',').map((id) => id.trim()))].filter(Boolean);
    // The attribute names them; without it, the data's own marks (a spreadsheet column) do.
    const chosen =
      ids.length > 0
        ? ids.map((id) => this.faq.entries.find((entry) => entry.id === id))
        : this.faq.entries.filter((entry) => entry.featured);
    return chosen.filter((entry): entry is FaqEntry => entry !== undefined && allowed.has(entry.category));
  }

  /** Links to the featured questions: each opens its question in the list and moves focus there. */
  private renderFeatured(s: UiStrings, level: number) {
    const featured = this.featuredEntries();
    if (featured.length === 0) return nothing;
    return html`<div class="featured" part="featured">
      ${heading(level, s.featuredQuestions, 'category-heading', 'featured-heading')}
      <ul aria-labelledby="featured-heading">
        ${featured.map(
          (entry) =>
            html`<li><a href="#${encodeURIComponent(entry.id)}" @click=${(e: Event) => this.goTo(e, entry.id)}>${entry.question}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  /** A search that found nothing at all still leads somewhere: every category, to browse. */
  private renderWayOn(s: UiStrings) {
    return html`<p class="way-on-title" id="way-on">${s.browseByCategory}</p>
      <ul class="way-on" aria-labelledby="way-on">
        ${this.allowed.map(
          (c) => html`<li><button type="button" class="action" @click=${() => this.browseCategory(c.id)}>${c.label}</button></li>`,
        )}
      </ul>`;
  }

  /** Leaves the search for one category's questions, the first of them focused. */
  private browseCategory(id: string): void {
    this.setQuery('');
    this.selectCategory(id);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('summary')?.focus());
  }
}

/**
 * A UI sentence with text from elsewhere (the query, a label from the data) in place of `{}`,
 * in a <bdi> so that a stray right-to-left override in that text cannot reorder the sentence.
 */
function withText(sentence: string, text: string) {
  const [before, after = ''] = sentence.split('{}');
  return html`${before}<bdi>${text}</bdi>${after}`;
}

/** A heading of a level chosen at run time (`<h${n}>` cannot be written in a Lit template). */
function heading(level: number, text: string, part: string, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class=${part} id=${ifDefined(id)}>${text}</h1>`;
    case 2:
      return html`<h2 part=${part} class=${part} id=${ifDefined(id)}>${text}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part} id=${ifDefined(id)}>${text}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part} id=${ifDefined(id)}>${text}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part} id=${ifDefined(id)}>${text}</h5>`;
    default:
      return html`<h6 part=${part} class=${part} id=${ifDefined(id)}>${text}</h6>`;
  }
}
