import { bigrams, clean, isJapanese, words, type Word } from './analyze.js';
import { normalize } from './normalize.js';

/**
 * A piece of a query that a result must account for: one word, or a word written as several
 * segments where one of them is a single character (「高齢|者」, 「友|だち」), which TinySegmenter
 * may cut differently inside a document.
 */
export interface QueryUnit {
  /** The segmented terms, as the index stores them. */
  terms: string[];
  /** Two-character pieces of the unit's Japanese text; they stand in for the terms. */
  bigrams: string[];
  /** The last unit of a query still being typed: its last term also matches as a prefix. */
  prefix: boolean;
  /** Only grammar (hiragana) words, or a lone letter or digit: not required. */
  grammatical: boolean;
}

const JAPANESE_RUNS = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々〆ヶ]+/gu;
// A prefix of one character matches too much to mean anything.
const MIN_PREFIX = 2;

/**
 * Turns what a person typed into query units. Every character is text: nothing here is query
 * syntax, so `LINE:`, `~`, `^2` or `*` are just (mostly ignored) characters.
 */
export function analyzeQuery(query: string): QueryUnit[] {
  const typed = words(query);
  if (typed.length === 0) return [];
  const stillTyping = !/[\s\p{P}]$/u.test(query);
  const units: QueryUnit[] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const text = run.map((w) => w.term).join('');
    units.push({
      terms: run.map((w) => w.term),
      bigrams: isJapanese(text) ? bigrams(text) : [],
      prefix: false,
      // A lone letter or digit (「~2」 leaves 「2」) says too little to be required.
      grammatical: run.every((w) => w.grammatical) || /^[a-z0-9]$/.test(text),
    });
    run = [];
  };
  for (const word of typed) {
    const previous = run[run.length - 1];
    const glue = previous && word.joined && isJapanese(previous.term) && isJapanese(word.term) && (previous.term.length === 1 || word.term.length === 1);
    if (!glue) flush();
    run.push(word);
  }
  flush();

  // A query of hiragana alone (「りっちめにゅー」) cannot be segmented into content words:
  // let each run of Japanese characters stand as one unit, matched through its bigrams.
  if (units.every((u) => u.grammatical)) {
    const latin = units.filter((u) => !isJapanese(u.terms.join('')));
    const runs = [...normalize(clean(query)).matchAll(JAPANESE_RUNS)].map(([text]) => ({
      terms: [text],
      bigrams: bigrams(text),
      prefix: false,
      grammatical: false,
    }));
    units.splice(0, units.length, ...runs, ...latin);
  }
  const last = units[units.length - 1];
  if (stillTyping && last && last.terms[last.terms.length - 1].length >= MIN_PREFIX) last.prefix = true;
  return units;
}
