import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import tinySegmenter from 'lunr-languages/tinyseg.js';
import japanese from 'lunr-languages/lunr.ja.js';

// lunr-languages plugins are UMD modules exporting `function (lunr)`: importing them does
// nothing until they are called, and `ja` needs the stemmer support and TinySegmenter first
// (otherwise: "lunr.TinySegmenter is not a constructor"). This is the only module that
// touches them, so the order is right everywhere: Node, the browser bundle, build scripts.
type JapaneseLunr = typeof lunr & {
  ja?: { tokenizer(text: string): Array<{ toString(): string }>; stopWordFilter(token: unknown): unknown };
};
const withJapanese = lunr as JapaneseLunr;
if (!withJapanese.ja) {
  stemmerSupport(lunr);
  tinySegmenter(lunr);
  japanese(lunr);
}
const { ja } = withJapanese as Required<JapaneseLunr>;

/** Splits Japanese (and mixed) text into words with TinySegmenter, via lunr-languages `ja`. */
export function segmentJapanese(text: string): string[] {
  return ja.tokenizer(text).map((token) => token.toString());
}

/** True for the particles and pronouns lunr-languages `ja` drops (は, が, の, これ, …). */
export function isJapaneseStopWord(word: string): boolean {
  return ja.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

export { lunr };
