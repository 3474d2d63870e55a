import lunr from 'lunr';
import japanese from 'lunr-languages/lunr.ja.js';
import { WordSegmenter } from './word-segmenter.js';

// lunr-languages plugins are UMD modules exporting `function (lunr)`: a plugin registers its
// language on the Lunr object it is given. In the npm build Lunr is the application's own
// (external), and the page or application may use it with its own languages: the plugin is
// given a Lunr of its own here, which reads Lunr's classes through its prototype but takes every write (`ja`, the
// pipeline functions it registers, stemmer support) on itself, so the application's Lunr is
// left exactly as it was. `ja` asks for stemmer support (only that it exists, plus its trimmer
// factory) and a `TinySegmenter` to construct: given in a few lines instead of the 10 KB (gzip)
// of lunr-languages' stemmer support and TinySegmenter. `ja` keeps its tokenizer, stop words
// and trimmer; its tokenizer cuts with the platform's Intl.Segmenter (see WordSegmenter).
interface JapaneseSupport {
  tokenizer(text: string): Array<{ toString(): string }>;
  stopWordFilter(token: lunr.Token): lunr.Token | undefined;
}
const scoped = Object.assign(Object.create(lunr), {
  // Pipeline functions are registered for serializing pipelines: this index has none.
  Pipeline: { registerFunction: () => undefined },
  stemmerSupport: {},
  trimmerSupport: { generateTrimmer },
  TinySegmenter: WordSegmenter,
}) as typeof lunr & { ja: JapaneseSupport };
japanese(scoped);
const { ja } = scoped;

/** lunr-languages' trimmer factory: strips what is not a word character from both ends. */
function generateTrimmer(wordCharacters: string): lunr.PipelineFunction {
  const ends = new RegExp(`^[^${wordCharacters}0-9]+|[^${wordCharacters}0-9]+$`, 'g');
  return (token) => token.update((text) => text.replace(ends, ''));
}

/** Splits Japanese (and mixed) text into words, via lunr-languages `ja`'s tokenizer. */
export function segmentJapanese(text: string): string[] {
  return ja.tokenizer(text).map((token) => token.toString());
}

/**
 * True for the particles and pronouns lunr-languages `ja` drops (は, が, の, これ, …): not
 * indexed. Each is also one of the function words (function-words.ts; a test checks it), which
 * a query's words are weighed against.
 */
export function isJapaneseStopWord(word: string): boolean {
  return ja.stopWordFilter(new lunr.Token(word, {})) === undefined;
}

export { lunr };
