import { createRequire } from 'node:module';
import path from 'node:path';

/** One word as the morphological analyzer (kuromoji, IPADIC) sees it. */
export interface Morpheme {
  surface: string;
  /** Dictionary form (「増やし」 → 「増やす」); the surface when the analyzer has none. */
  base: string;
  /** Reading in katakana; undefined for words the dictionary lacks (Latin words, rare names). */
  reading?: string;
  /** Part of speech and its first detail: 名詞/一般, 動詞/自立, 助詞/格助詞, … */
  pos: string;
  posDetail: string;
  /** Conjugation class of verbs and adjectives: 五段・サ行, 一段, 形容詞・アウオ段, … */
  conjugation: string;
}

export interface MorphologicalAnalyzer {
  analyze(text: string): Morpheme[];
  /**
   * The dictionary's common nouns written in kanji alone and read `reading` (katakana): what an
   * IME may offer for it (「シンセイ」: 申請, 新生, 神聖, …).
   */
  homophones?(reading: string): readonly string[];
}

interface KuromojiToken {
  surface_form: string;
  basic_form: string;
  reading?: string;
  pos: string;
  pos_detail_1: string;
  conjugated_type: string;
}
interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
  /** kuromoji's dictionary: token ids by trie value, and each token's CSV features. */
  token_info_dictionary?: { target_map?: Record<string, number[]>; getFeatures(id: number): string };
}
interface KuromojiModule {
  builder(options: { dicPath: string }): {
    build(callback: (error: Error | null, tokenizer: KuromojiTokenizer) => void): void;
  };
}

/** Why the analyzer could not be loaded, for the message that says how to install it. */
export class AnalyzerMissingError extends Error {
  constructor(cause: unknown) {
    super(
      'The Japanese morphological analyzer (npm package kuromoji) is not installed. It is needed only to build an index: ' +
        'npm install --save-dev kuromoji sudachi-synonyms-dictionary',
      { cause },
    );
    this.name = 'AnalyzerMissingError';
  }
}

let loading: Promise<MorphologicalAnalyzer> | undefined;

/**
 * Loads kuromoji with its IPADIC dictionary (about 1 s, once per process). It is an optional
 * dependency of the build and the command-line tool, never of the element: 40 MB installed.
 */
export function loadAnalyzer(): Promise<MorphologicalAnalyzer> {
  return (loading ??= (async () => {
    const require = createRequire(import.meta.url);
    let kuromoji: KuromojiModule;
    let dicPath: string;
    try {
      kuromoji = require('kuromoji') as KuromojiModule;
      dicPath = path.join(path.dirname(require.resolve('kuromoji')), '..', 'dict');
    } catch (error) {
      loading = undefined;
      throw new AnalyzerMissingError(error);
    }
    const tokenizer = await new Promise<KuromojiTokenizer>((resolve, reject) =>
      kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))),
    );
    let byReading: Map<string, string[]> | undefined;
    return {
      homophones: (reading) => (byReading ??= nounsByReading(tokenizer)).get(reading) ?? [],
      analyze: (text) =>
        tokenizer.tokenize(text).map((token) => ({
          surface: token.surface_form,
          base: token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form,
          reading: token.reading && token.reading !== '*' ? token.reading : undefined,
          pos: token.pos,
          posDetail: token.pos_detail_1,
          conjugation: token.conjugated_type,
        })),
    };
  })());
}

const KANJI_WORD = /^[\p{Script=Han}々]{2,}$/u;

/**
 * Every common noun of two or more kanji in IPADIC (about 1 s to read its 390,000 entries),
 * by reading. Proper nouns and numbers are left out: an IME offers them last.
 */
function nounsByReading(tokenizer: KuromojiTokenizer): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const dictionary = tokenizer.token_info_dictionary;
  for (const ids of Object.values(dictionary?.target_map ?? {})) {
    for (const id of ids) {
      // surface, part of speech and its details, conjugation, base form, reading, pronunciation
      const [surface, pos, detail, , , , , , reading] = dictionary!.getFeatures(id).split(',');
      if (!reading || pos !== '名詞' || detail === '固有名詞' || detail === '数' || !KANJI_WORD.test(surface)) continue;
      const list = out.get(reading);
      if (!list) out.set(reading, [surface]);
      else if (!list.includes(surface)) list.push(surface);
    }
  }
  return out;
}
