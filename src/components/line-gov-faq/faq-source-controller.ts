import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqData } from '../../data/faq-types.js';
import type { FaqMarkup } from '../../data/read-faq-markup.js';
import { loadFaq, type FaqLoadResult } from '../../data/load-faq.js';
import { describeLoadFailure } from '../../data/load-failure-message.js';
import { validateFaq } from '../../data/validate-faq.js';
import { stringsFor, type UiStrings } from '../../i18n/strings.js';
import type { FaqSearch } from '../../search/faq-search.js';
import { buildIndex, searchCore } from './search-core.js';
import { loadBundledFaq, type BundledFaq } from './bundled-faq-source.js';
import { emit } from './events.js';

/**
 * Where the FAQ shown comes from: the newest of `src` and `data` that was set, else the default:
 * the FAQ markup inside the element, else the bundled FAQ.
 */
export type FaqSource = { kind: 'default' } | { kind: 'src'; url: string } | { kind: 'data'; value: unknown };

export const DEFAULT_SOURCE: FaqSource = Object.freeze({ kind: 'default' });

/** No data yet: `src` is loading (or failed), or the bundled FAQ is being imported. */
export const NO_DATA: FaqData = Object.freeze({ lang: 'ja', categories: [], entries: [] });

/** What the widget shows of its data: one frozen object, replaced whole whenever any of it changes. */
export interface FaqSourceState {
  /** The FAQ shown; NO_DATA until data arrives. */
  readonly faq: FaqData;
  /** Its search index, once built. */
  readonly index: FaqSearch | undefined;
  /** The FAQ shown is the bundled one (the placeholder's example queries fit it). */
  readonly bundled: boolean;
  /** Data is on its way from `src`. */
  readonly loading: boolean;
  /**
   * Nothing to show: no data has arrived yet, or `src` asks for other data than the default FAQ
   * still shown (it is on its way, or it failed). Invalid `data` alone keeps what was shown.
   */
  readonly awaiting: boolean;
  /**
   * What residents are told after a failure (the details go to the console and faq-error):
   * `data` when new data could not be shown, `search` when shown data could not be indexed.
   */
  readonly failed: 'data' | 'search' | undefined;
}

const INITIAL_STATE: FaqSourceState = Object.freeze({
  faq: NO_DATA,
  index: undefined,
  bundled: false,
  loading: false,
  awaiting: true,
  failed: undefined,
});

/** Data ready to show, with what its source adds. */
type Loaded = { ok: true; data: FaqData; prebuilt: unknown; open?: string[]; bundled?: BundledFaq };
type LoadResult = Loaded | Extract<FaqLoadResult, { ok: false }>;

/** How a run ended; a run that a newer one aborted ends in nothing. */
type LoadOutcome =
  | { kind: 'ready'; entryCount: number }
  | { kind: 'failed'; message: string; problems?: string[]; url?: string; status?: number }
  | { kind: 'no-index'; message: string };

/** One source being loaded, checked and indexed. */
interface Run {
  readonly abort: AbortController;
  /** Resolves once the run has told the page how it ended, or was aborted. Never rejects. */
  readonly ended: Promise<unknown>;
}

/** The data on screen, with its index: they travel together. */
interface ShownData {
  readonly data: FaqData;
  readonly prebuilt: unknown;
  /** Set for the bundled FAQ, whose index is shared by the widgets of the page. */
  readonly bundled: BundledFaq | undefined;
  /** It came from the default source: a `src` then asks for other data. */
  readonly fromDefault: boolean;
  /** Aborted when other data takes its place on screen: its index is then no one's. */
  readonly replaced: AbortController;
  index?: Promise<FaqSearch>;
}

export interface FaqSourceCallbacks {
  /** The FAQ markup inside the element, or null. */
  readMarkup: () => FaqMarkup | null;
  /** New data is shown (before its index is built); `open` lists the entries to show open. */
  onData: (open: readonly string[]) => void;
}

export interface FaqSourceHost extends ReactiveControllerHost, HTMLElement {
  /** A query waiting for results: the index is then built at once, not after the first paint. */
  query: string;
  /** The widget's words, in the language it speaks: also those of the webmaster's messages and faq-error. */
  readonly uiStrings: UiStrings;
}

/**
 * The one owner of the widget's async state: loading `src` or checking `data`, then building
 * the search index. A run starts when the element is first connected and whenever a source is
 * set after that; it aborts the run before it, so only the newest run may show data, fire
 * `faq-ready` or `faq-error` (once). Moving the element (disconnect, then connect) leaves a run
 * be, so it cannot be left waiting for an answer it threw away. The data on screen keeps
 * building its index until other data takes its place, whichever run showed it.
 */
export class FaqSourceController implements ReactiveController {
  private current: FaqSourceState = INITIAL_STATE;
  private source: FaqSource = DEFAULT_SOURCE;
  private run: Run | undefined;
  private shown: ShownData | undefined;

  constructor(
    private readonly host: FaqSourceHost,
    private readonly callbacks: FaqSourceCallbacks,
  ) {
    host.addController(this);
  }

  /** What is shown; a new object after every change, so one comparison tells whether anything changed. */
  get state(): FaqSourceState {
    return this.current;
  }

  hostConnected(): void {
    // An element never connected has not started loading; later connections are moves.
    if (!this.run) this.start();
  }

  /** Sets the source; the newest one set wins, whichever of `src` and `data` it is. */
  setSource(source: FaqSource): void {
    this.source = source;
    if (this.run) this.start();
  }

  /**
   * Resolves when the newest source's data and index are usable, or it failed, and the element
   * shows it. Never rejects: a run that a newer source aborted is waited past.
   */
  async settled(): Promise<void> {
    for (let run = this.run; run; run = this.run) {
      await run.ended;
      await this.host.updateComplete;
      if (run === this.run) return;
    }
  }

  private start(): void {
    this.run?.abort.abort();
    const abort = new AbortController();
    const ended = this.execute(this.source, abort.signal).then(
      (outcome) => outcome && !abort.signal.aborted && this.report(outcome),
      // Whatever else throws ends as every failure does: the notice, faq-error and the console.
      (error) => !abort.signal.aborted && this.report({ kind: 'failed', message: messageOf(error) }),
    );
    this.run = { abort, ended };
  }

  /** Replaces the state with `changes` made to it, and asks the element to show it. */
  private set(changes: Partial<Omit<FaqSourceState, 'awaiting'>>): void {
    const next = { ...this.current, ...changes };
    const awaiting = next.faq === NO_DATA || (this.source.kind === 'src' && !!this.shown?.fromDefault);
    this.current = Object.freeze({ ...next, awaiting });
    this.host.requestUpdate();
  }

  /** Loads, shows and indexes the data of `source`; undefined when a newer run took over. */
  private async execute(source: FaqSource, signal: AbortSignal): Promise<LoadOutcome | undefined> {
    this.set({ loading: source.kind === 'src', failed: undefined });
    // Fetched while the data loads and shows; a failure is the index build's to report.
    searchCore().catch(() => undefined);
    // The run that showed the data on screen may have been aborted before it built the index;
    // that data stays while this run loads, and if this run fails. (Default data that a `src`
    // hides meanwhile is not indexed for nothing.)
    if (!this.current.awaiting) void this.indexShown();
    let loaded: LoadResult;
    try {
      const pending = this.load(source, signal);
      // Data at hand (`data`, markup) is shown at once, in the paint the element is in.
      loaded = pending instanceof Promise ? await pending : pending;
    } catch (error) {
      if (signal.aborted) return undefined;
      // Anything else that throws (a part of the script that fails to load after a redeploy)
      // ends as every failure does: the notice, faq-error and the console.
      const message = messageOf(error);
      const url = source.kind === 'src' ? source.url : source.kind === 'default' ? 'line-gov-faq (bundled FAQ)' : '';
      loaded = { ok: false, failure: { kind: 'network', url, message } };
    }
    if (signal.aborted) return undefined;
    if (!loaded.ok) {
      const { failure } = loaded;
      return {
        kind: 'failed',
        ...describeLoadFailure(failure, this.language()),
        ...('url' in failure && failure.url ? { url: failure.url } : {}),
        ...(failure.kind === 'http' ? { status: failure.status } : {}),
      };
    }
    this.show(loaded, source.kind === 'default');
    // The list comes first: the index is built once it is on screen, unless a query waits.
    if (!this.host.query.trim()) await afterNextPaint(this.host);
    if (signal.aborted) return undefined;
    try {
      const index = await this.indexShown();
      if (index && !signal.aborted) this.warnIfPrebuiltRefused(index);
    } catch (error) {
      if (signal.aborted) return undefined;
      // Valid data always indexes; if it ever does not, the list stays and search says why.
      return { kind: 'no-index', message: messageOf(error) };
    }
    return signal.aborted ? undefined : { kind: 'ready', entryCount: loaded.data.entries.length };
  }

  /** Puts loaded data on screen in place of what was there, whose index building then stops. */
  private show(loaded: Loaded, fromDefault: boolean): void {
    this.shown?.replaced.abort();
    this.shown = { data: loaded.data, prebuilt: loaded.prebuilt, bundled: loaded.bundled, fromDefault, replaced: new AbortController() };
    this.set({ faq: loaded.data, index: undefined, bundled: !!loaded.bundled, loading: false });
    this.callbacks.onData(loaded.open ?? []);
  }

  /**
   * The index of the data on screen, started if it has not been. It is built for as long as the
   * data is shown, and given to the state when ready, whichever run waits for it.
   */
  private indexShown(): Promise<FaqSearch> | undefined {
    const shown = this.shown;
    if (!shown) return undefined;
    if (!shown.index) {
      shown.index = shown.bundled?.index() ?? buildIndex(shown.data, shown.prebuilt, { signal: shown.replaced.signal });
      shown.index.then(
        (index) => this.shown === shown && this.set({ index }),
        // A failure is reported by the run that waits for the index, if it is still the newest.
        () => undefined,
      );
    }
    return shown.index;
  }

  /** The data of a source: synchronously when it is at hand (`data`, markup). */
  private load(source: FaqSource, signal: AbortSignal): LoadResult | Promise<LoadResult> {
    if (source.kind === 'src') return loadFaq(source.url, signal);
    if (source.kind === 'data') return checked(source.value, (source.value as { index?: unknown } | null)?.index);
    return this.markupData() ?? this.loadDefaultLater(signal);
  }

  /**
   * The markup, once the document is parsed (a classic script in <head> runs before the
   * element's content is), else the bundled FAQ.
   */
  private async loadDefaultLater(signal: AbortSignal): Promise<LoadResult> {
    if (document.readyState === 'loading') {
      await new Promise<void>((resolve, reject) => {
        document.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
      const fromMarkup = this.markupData();
      if (fromMarkup) return fromMarkup;
    }
    // A `src` or `data` set before the element was defined (frameworks set properties before
    // custom elements upgrade) reaches it in its first update and replaces this run: the bundled
    // FAQ is then not fetched for nothing.
    await this.host.updateComplete;
    signal.throwIfAborted();
    const bundled = await loadBundledFaq();
    if (!bundled) return { ok: false, failure: { kind: 'no-bundled-faq' } };
    return { ok: true, data: bundled.data, prebuilt: bundled.prebuilt, bundled };
  }

  /** The FAQ markup inside the element, checked, or null when there is none. */
  private markupData(): LoadResult | null {
    const markup = this.callbacks.readMarkup();
    return markup && checked(markup.data, markup.prebuilt, markup.open);
  }

  /**
   * A prebuilt index that does not fit its FAQ (the questions were edited after `render` or
   * `build`, or another version made it) is not used, and search then lacks readings and the
   * thesaurus: the webmaster is told how to make a new one.
   */
  private warnIfPrebuiltRefused(index: FaqSearch): void {
    const why = index.prebuiltRefusal;
    if (why === 'text' || why === 'format') console.warn(`<line-gov-faq>: ${this.host.uiStrings.prebuiltRefused(why)}`);
  }

  private language(): 'ja' | 'en' {
    return this.host.uiStrings === stringsFor('en') ? 'en' : 'ja';
  }

  /** Runs for the newest source only: tells the page, and the webmaster on the console. */
  private report(outcome: LoadOutcome): void {
    if (outcome.kind === 'ready') {
      emit(this.host, 'faq-ready', { entryCount: outcome.entryCount });
      return;
    }
    const s = this.host.uiStrings;
    this.set({ loading: false, failed: outcome.kind === 'no-index' ? 'search' : 'data' });
    if (outcome.kind === 'no-index') {
      console.error(`<line-gov-faq>: ${s.searchUnavailable} ${outcome.message}`);
      emit(this.host, 'faq-error', { message: `${s.searchUnavailable} ${outcome.message}`, notice: s.unavailableNotice });
      return;
    }
    console.error(`<line-gov-faq>: ${outcome.message}${outcome.problems ? `\n${outcome.problems.join('\n')}` : ''}`);
    const { kind: _, ...detail } = outcome;
    // What the box says: nothing can be shown, or the data shown before stays.
    emit(this.host, 'faq-error', { ...detail, notice: this.current.awaiting ? s.unavailableNotice : s.updateFailedNotice });
  }
}

/**
 * Untrusted data checked, as a load result. The widget keeps a copy: the caller's object may be
 * changed in place and set again, and the index of the data shown must be the data shown.
 */
function checked(data: unknown, prebuilt: unknown, open?: string[]): LoadResult {
  const result = validateFaq(data);
  if (!result.ok) return { ok: false, failure: { kind: 'invalid', problems: result.problems } };
  return { ok: true, data: copyOf(result.data), prebuilt, open };
}

const messageOf = (error: unknown): string => String((error as Error)?.message ?? error);

function copyOf(data: FaqData): FaqData {
  try {
    return structuredClone(data);
  } catch {
    // Something valid data may carry besides (a function in a property of its own) is not cloneable.
    return JSON.parse(JSON.stringify(data)) as FaqData;
  }
}

/** Resolves after the element has rendered and the browser has had a frame to paint it. */
async function afterNextPaint(host: ReactiveControllerHost): Promise<void> {
  await host.updateComplete;
  // A hidden tab paints nothing and gives no animation frames: it waits for nothing either, or
  // faq-ready would wait until the tab is shown.
  // A tab hidden while waiting gets there by the timer, which background tabs slow but run.
  await new Promise<void>((resolve) => {
    if (document.visibilityState === 'hidden') return setTimeout(resolve, 0);
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });
}
