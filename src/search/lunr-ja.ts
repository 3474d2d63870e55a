import lunr from 'lunr';
import japanese from 'lunr-languages/lunr.ja.js';
import { WordSegmenter } from './word-segmenter.js';

// lunr-languages plugins are UMD modules exporting `function (lunr)`: importing them does
// nothing until they are called. `ja` asks for two things when it is registered: stemmer
// support (only that it exists, plus its trimmer factory) and a `TinySegmenter` to construct.
// Both are given here in a few lines instead of the 10 KB (gzip) of lunr-languages' stemmer
// support and TinySegmenter: `ja` keeps its tokenizer, stop words and trimmer, and its
// tokenizer cuts with the platform's Intl.Segmenter. This is the only module that touches
// lunr-languages, so the order is right everywhere: Node, the browser bundle, build scripts.
type JapaneseLunr = typeof lunr & {
  ja?: { tokenizer(text: string): Array<{ toString(): string }>; stopWordFilter(token: unknown): unknown };
  stemmerSupport?: object;
  trimmerSupport?: { generateTrimmer(wordCharacters: string): lunr.PipelineFunction };
  TinySegmenter?: new () => { segment(text: string): string[] };
};
const withJapanese = lunr as JapaneseLunr;
if (!withJapanese.ja) {
  withJapanese.stemmerSupport ??= {};
  withJapanese.trimmerSupport ??= { generateTrimmer };
  withJapanese.TinySegmenter ??= WordSegmenter;
  japanese(lunr);
}
const { ja } = withJapanese as Required<JapaneseLunr>;

/** lunr-languages' trimmer factory: strips what is not a word character from both ends. */
function generateTrimmer(wordCharacters: string): lunr.PipelineFunction {
  const ends = new RegExp(`^[^${wordCharacters}0-9]+|[^${wordCharacters}0-9]+$`, 'g');
  return (token) => token.update((text) => text.replace(ends, ''));
}

/** Splits Japanese (and mixed) text into words, via lunr-languages `ja`'s tokenizer. */
export function segmentJapanese(text: string): string[] {
  return ja.tokenizer(text).map((token) => token.toString());
}

/** True for the particles and pronouns lunr-languages `ja` drops (は, が, の, これ, …). */
export function isJapaneseStopWord(word: string): boolean {
  return ja.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

export { lunr };
