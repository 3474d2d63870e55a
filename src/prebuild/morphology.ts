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
}

interface KuromojiToken {
  surface_form: string;
  basic_form: string;
  reading?: string;
  pos: string;
  pos_detail_1: string;
  conjugated_type: string;
}
interface KuromojiModule {
  builder(options: { dicPath: string }): {
    build(callback: (error: Error | null, tokenizer: { tokenize(text: string): KuromojiToken[] }) => void): void;
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
    const tokenizer = await new Promise<{ tokenize(text: string): KuromojiToken[] }>((resolve, reject) =>
      kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built))),
    );
    return {
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
