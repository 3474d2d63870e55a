/** One category of questions, e.g. `{ id: 'line-pay', label: 'LINE Pay' }`. */
export interface FaqCategory {
  /** Stable id, used by the `categories` and `category` attributes. */
  id: string;
  /** Label shown on the category filter and heading. */
  label: string;
}

/** One question with its answer. `answer` is plain text: line breaks are kept, URLs become links. */
export interface FaqEntry {
  /** Stable, URL-safe id; the deep-link anchor (`#id`). */
  id: string;
  /** Id of the entry's category. */
  category: string;
  question: string;
  answer: string;
  /** Extra words the entry should be found by; not shown. */
  keywords?: string[];
  /**
   * How people ask for the entry in their own words (「市のLINEって無料?」, "is it free"): searched,
   * weighing less than the question; not shown.
   */
  phrasings?: string[];
  /** Shown first, under 「よく見られている質問」, unless the element's `featured` attribute names others. */
  featured?: boolean;
}

/** A whole FAQ, in the format of `data/faq.schema.json`. */
/** The page a FAQ's text was taken from. */
export interface FaqSource {
  /** Who published it, e.g. `LINEヤフー株式会社`. */
  publisher: string;
  title?: string;
  /** An http(s) address. */
  url: string;
  /** The day it was copied, `YYYY-MM-DD`. */
  captured?: string;
}

export interface FaqData {
  /** Language of the FAQ text (BCP 47), e.g. `ja`. */
  lang: string;
  title?: string;
  /** Date the content was last checked, `YYYY-MM-DD`. */
  updated?: string;
  /** Where the text comes from, when it is someone else's: shown as a 出典 line. */
  source?: FaqSource;
  categories: FaqCategory[];
  /** Groups of words taken as one in search, e.g. `[['無償', '無料']]`. */
  synonyms?: string[][];
  entries: FaqEntry[];
}
