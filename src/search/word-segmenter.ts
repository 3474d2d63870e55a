/**
 * Splits Japanese (and mixed) text into words with the platform's `Intl.Segmenter`: the
 * browser's own dictionary-based word breaker (ICU in Chromium, WebKit and Node; Firefox's own
 * since 125), so no segmenter model is downloaded. Documents of the bundled FAQ are cut at
 * build time by a morphological analyzer, and query words are found in the index's lexicon,
 * so this cut serves data indexed in the browser; character bigrams cover the places where
 * engines cut differently.
 */
export class WordSegmenter {
  // Made when first needed: a Japanese word segmenter loads its dictionary (measured: page load
  // to first list 25 ms later when made up front), and a prebuilt index never needs it.
  private segmenter: Intl.Segmenter | null | undefined;

  /** The pieces of `text`, in order, together exactly `text` (punctuation included). */
  segment(text: string): string[] {
    this.segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
    if (!this.segmenter) return text.match(SCRIPT_RUNS) ?? [];
    const out: string[] = [];
    for (const { segment } of this.segmenter.segment(text)) out.push(segment);
    return out;
  }
}

// Without Intl.Segmenter (browsers before 2024 in Firefox's case): runs of one script, so
// 「回覧板を使いたい」 gives 回覧板 | を | 使 | いたい; bigrams do the rest.
const SCRIPT_RUNS =
  /[\p{Script=Han}々〆ヶ]+|[\p{Script=Katakana}ー]+|\p{Script=Hiragana}+|[^\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々〆ヶ]+/gu;
