import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { FaqData } from '../../data/faq-types.js';
import type { FaqMarkup } from '../../data/read-faq-markup.js';
import { loadFaq, type FaqLoadResult } from '../../data/load-faq.js';
import { describeLoadFailure } from '../../data/load-failure-message.js';
import { validateFaq } from '../../data/validate-faq.js';
import { stringsFor, type UiStrings } from '../../i18n/strings.js';
import { prebuiltRefusal, type FaqSearchIndex } from '../../search/search-index.js';
import { emit } from './events.js';
import { indexFor } from './index-cache.js';

/**
 * Where the FAQ shown comes from: the newest of `src` and `data` that was set, else the default:
 * the FAQ markup inside the element, else the bundled FAQ.
 */
export type FaqSource = { kind: 'default' } | { kind: 'src'; url: string } | { kind: 'data'; value: unknown };

export const DEFAULT_SOURCE: FaqSource = Object.freeze({ kind: 'default' });

/** No data yet: `src` is loading (or failed), or the bundled FAQ is being imported. */
export const NO_DATA: FaqData = Object.freeze({ lang: 'ja', categories: [], entries: [] });

/** Data ready to show, with what its source adds. */
type Loaded = { ok: true; data: FaqData; prebuilt: unknown; open?: string[]; bundled?: boolean };
type LoadResult = Loaded | Extract<FaqLoadResult, { ok: false }>;

/** How a run of the load task ended (aborted runs end in nothing: a newer one took over). */
type LoadOutcome =
  | { kind: 'ready'; entryCount: number }
  | { kind: 'failed'; message: string; problems?: string[]; url?: string; status?: number }
  | { kind: 'no-index'; message: string };

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
 * the search index. A `@lit/task` whose argument is the source: a new source aborts the run of
 * the previous one, and only the newest run may show data, fire `faq-ready` or `faq-error`.
 * Moving the element (disconnect, then connect) does not abort a run, so it cannot be left
 * waiting for an answer it threw away.
 */
export class FaqSourceController {
  /** The FAQ shown; NO_DATA until data arrives. */
  faq: FaqData = NO_DATA;
  /** The FAQ shown is the bundled one (the placeholder's example queries fit it). */
  bundled = false;
  /** Its search index, once built. */
  index: FaqSearchIndex | undefined;
  /** Data is on its way from `src`. */
  loading = false;
  /**
   * What residents are told after a failure (the details go to the console and faq-error):
   * `data` when new data could not be shown, `search` when shown data could not be indexed.
   */
  failed: 'data' | 'search' | undefined;

  private source: FaqSource = DEFAULT_SOURCE;
  /** The FAQ shown came from the default source (markup or bundled). */
  private shownDefault = false;
  private prebuilt: unknown;
  private readonly task: Task<[FaqSource], LoadOutcome>;

  constructor(
    private readonly host: FaqSourceHost,
    private readonly callbacks: FaqSourceCallbacks,
  ) {
    this.task = new Task(host, {
      args: () => [this.source] as [FaqSource],
      task: ([source], { signal }) => this.run(source, signal),
      onComplete: (outcome) => this.report(outcome),
    });
  }

  /** Sets the source; the newest one set wins, whichever of `src` and `data` it is. */
  setSource(source: FaqSource): void {
    this.source = source;
    this.host.requestUpdate();
  }

  /**
   * Nothing to show: no data has arrived yet, or `src` asks for other data than the default FAQ
   * still shown (it is on its way, or it failed). Invalid `data` alone keeps what was shown.
   */
  get awaiting(): boolean {
    return this.faq === NO_DATA || (this.source.kind === 'src' && this.shownDefault);
  }

  /**
   * Resolves when the newest source's data and index are usable, or it failed. Never rejects:
   * a run that a newer source aborted is waited past.
   */
  async settled(): Promise<void> {
    // An element never connected has not started loading, and would not until it is.
    if (!this.host.isConnected && this.task.status === TaskStatus.INITIAL) return;
    await this.host.updateComplete;
    while (this.task.status === TaskStatus.PENDING) {
      await this.task.taskComplete.catch(() => undefined);
      await this.host.updateComplete;
    }
  }

  private async run(source: FaqSource, signal: AbortSignal): Promise<LoadOutcome> {
    this.loading = source.kind === 'src';
    this.failed = undefined;
    this.indexShownData();
    // The default data is read at once when it is markup, so the widget shows it in the same paint.
    let loaded: LoadResult;
    try {
      const pending = this.load(source, signal);
      loaded = pending instanceof Promise ? await pending : pending;
    } catch (error) {
      // Anything else that throws (a part of the script that fails to load after a redeploy)
      // ends as every failure does: the notice, faq-error and the console.
      signal.throwIfAborted();
      const message = (error as Error)?.message ?? String(error);
      const url = source.kind === 'src' ? source.url : source.kind === 'default' ? 'line-gov-faq (bundled FAQ)' : '';
      loaded = { ok: false, failure: { kind: 'network', url, message } };
    }
    signal.throwIfAborted();
    this.loading = false;
    if (!loaded.ok) {
      const { failure } = loaded;
      const report = describeLoadFailure(failure, this.language());
      return {
        kind: 'failed',
        ...report,
        ...('url' in failure && failure.url ? { url: failure.url } : {}),
        ...(failure.kind === 'http' ? { status: failure.status } : {}),
      };
    }
    this.faq = loaded.data;
    this.prebuilt = loaded.prebuilt;
    this.bundled = loaded.bundled ?? false;
    this.shownDefault = source.kind === 'default';
    this.index = undefined;
    this.callbacks.onData(loaded.open ?? []);
    this.host.requestUpdate();
    // The list comes first: the index is built once it is on screen, unless a query waits.
    if (!this.host.query.trim()) await afterNextPaint(this.host);
    signal.throwIfAborted();
    this.warnIfPrebuiltRefused(loaded.data, this.prebuilt);
    let index: FaqSearchIndex;
    try {
      index = await indexFor(loaded.data, this.prebuilt);
    } catch (error) {
      signal.throwIfAborted();
      // Valid data always indexes; if it ever does not, the list stays and search says why.
      return { kind: 'no-index', message: String((error as Error)?.message ?? error) };
    }
    signal.throwIfAborted();
    this.index = index;
    return { kind: 'ready', entryCount: loaded.data.entries.length };
  }

  /**
   * The data on screen gets its index even when the run that showed it was interrupted before
   * the index was ready: the newer source may fail, and the data shown then stays, searchable.
   */
  private indexShownData(): void {
    const data = this.faq;
    if (data === NO_DATA || this.index) return;
    indexFor(data, this.prebuilt).then(
      (index) => {
        if (this.faq !== data || this.index) return;
        this.index = index;
        this.host.requestUpdate();
      },
      // A failure is reported by the run that showed the data, or by the next one.
      () => undefined,
    );
  }

  /** The data of a source: synchronously when it is at hand (`data`, markup). */
  private load(source: FaqSource, signal: AbortSignal): LoadResult | Promise<LoadResult> {
    if (source.kind === 'src') return loadFaq(source.url, signal);
    if (source.kind === 'data') return checked(source.value, (source.value as { index?: unknown } | null)?.index);
    return this.markupData() ?? this.loadDefaultLater(signal);
  }

  /**
   * The markup, once the document is parsed (a classic script in <head> runs before the
   * element's content is), else the bundled FAQ: a module of its own that only widgets without
   * data load.
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
    const { bundledFaq, bundledPrebuiltIndex } = await import('../../data/bundled-faq.js');
    return { ok: true, data: bundledFaq, prebuilt: bundledPrebuiltIndex, bundled: true };
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
  private warnIfPrebuiltRefused(data: FaqData, prebuilt: unknown): void {
    const why = prebuiltRefusal(prebuilt, data);
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
    this.failed = outcome.kind === 'no-index' ? 'search' : 'data';
    if (outcome.kind === 'no-index') {
      console.error(`<line-gov-faq>: ${s.searchUnavailable} ${outcome.message}`);
      emit(this.host, 'faq-error', { message: `${s.searchUnavailable} ${outcome.message}`, notice: s.unavailableNotice });
      return;
    }
    console.error(`<line-gov-faq>: ${outcome.message}${outcome.problems ? `\n${outcome.problems.join('\n')}` : ''}`);
    const { kind: _, ...detail } = outcome;
    // What the box says: nothing can be shown, or the data shown before stays.
    emit(this.host, 'faq-error', { ...detail, notice: this.awaiting ? s.unavailableNotice : s.updateFailedNotice });
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
