/** `faq-search`: the query changed and its results are shown. */
export interface FaqSearchDetail {
  query: string;
  /** Number of questions shown for the query (after the category filter). */
  resultCount: number;
  /** The questions shown only hold part of the query: near matches, shown under their own heading. */
  near: boolean;
}
/** `faq-toggle`: a person opened or closed an answer. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}
/** `faq-feedback`: a reader said whether an answer helped (the `feedback` attribute). */
export interface FaqFeedbackDetail {
  id: string;
  helpful: boolean;
}
/** `faq-category`: a person chose a category filter; `null` is 「すべて」. */
export interface FaqCategoryDetail {
  category: string | null;
}
/**
 * `faq-error`: data could not be loaded or is invalid. Residents see only `notice`; the rest is
 * for the webmaster (also logged to the console), in the widget's language.
 */
export interface FaqErrorDetail {
  /** What went wrong: the URL, the HTTP status, the number of problems. */
  message: string;
  /** The short notice shown to residents. */
  notice: string;
  /** The `src` URL that failed. */
  url?: string;
  /** The HTTP status the server answered with. */
  status?: number;
  /** Each problem found in invalid data, `/entries/3/question（ID「x」）: …`. */
  problems?: string[];
}
/** `faq-ready`: data and search index are usable. */
export interface FaqReadyDetail {
  entryCount: number;
}

export interface LineGovFaqEventMap {
  'faq-search': CustomEvent<FaqSearchDetail>;
  'faq-toggle': CustomEvent<FaqToggleDetail>;
  'faq-category': CustomEvent<FaqCategoryDetail>;
  'faq-feedback': CustomEvent<FaqFeedbackDetail>;
  'faq-error': CustomEvent<FaqErrorDetail>;
  'faq-ready': CustomEvent<FaqReadyDetail>;
}

/** Dispatches one of the widget's events: bubbling and composed, so the host page hears it. */
export function emit<K extends keyof LineGovFaqEventMap>(target: EventTarget, type: K, detail: LineGovFaqEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap extends LineGovFaqEventMap {}
}
