import { clean, termOf } from '../search/analyze.js';
import { formatPhrases, type LexiconRecord } from '../search/lexicon.js';
import { segmentJapanese } from '../search/lunr-ja.js';
import { foldKana } from '../search/normalize.js';
import { isFunctionTerm } from '../search/function-words.js';
import { computeRelated } from '../search/related.js';
import {
  categoryLabels,
  createSearchIndex,
  entryTexts,
  fingerprint,
  isPhrasingTerm,
  phrasingsFingerprint,
  PREBUILT_FORMAT,
  type IndexedFaq,
  type PrebuiltIndex,
} from '../search/search-index.js';
import { encodeSegments } from '../search/segments-codec.js';
import { keyOf } from '../search/synonyms.js';
import { loadAnalyzer, type Morpheme, type MorphologicalAnalyzer } from './morphology.js';
import { loadThesaurus, type Thesaurus } from './thesaurus.js';

/**
 * Prebuilds the search index of a FAQ at build time (the bundled FAQ in rollup.config.mjs, a
 * city's own data with `line-gov-faq build`): each entry cut into words by a morphological
 * analyzer, and what queries need of its analysis. Throws AnalyzerMissingError when kuromoji is
 * not installed.
 */
export async function prebuildIndex(faq: IndexedFaq): Promise<PrebuiltIndex> {
  const [analyzer, thesaurus] = await Promise.all([loadAnalyzer(), loadThesaurus()]);
  return prebuildWith(faq, analyzer, thesaurus);
}

// Parts of speech that carry grammar, not content (IPADIC's names).
const FUNCTION_POS = new Set(['助詞', '助動詞', '記号', '接続詞', '連体詞', '感動詞', 'フィラー', 'その他']);
const DEPENDENT = new Set(['非自立', '代名詞', '特殊']);
// Verbs and adjectives that frame a question rather than say what it is about.
const FRAME_WORDS = new Set([
  'する',
  'ある',
  'いる',
  'なる',
  'できる',
  '出来る',
  '教える',
  'くださる',
  '下さる',
  '思う',
  '言う',
  'いう',
  'よい',
  'いい',
  '良い',
  '知る',
  '分かる',
  'わかる',
  'いただく',
  '頂く',
  'おる',
]);

const HAN = /[\p{Script=Han}々]/u;
const hanCount = (text: string) => [...text].filter((c) => HAN.test(c)).length;

/**
 * Whether a reading is long enough to stand for its word without being mistaken for grammar:
 * three kana, or two for a word of two kanji (「地図」 チズ), never two for one kanji (「会」 カイ).
 */
const readingIsKey = (reading: string, surface: string) =>
  foldKana(reading).length >= 3 || (foldKana(reading).length === 2 && hanCount(surface) >= 2);

/** A word of the FAQ's text with its index term. */
type Word = Morpheme & { term: string | undefined };

/** The prebuilt index of a FAQ, with a given analyzer and (optionally) thesaurus. */
export function prebuildWith(faq: IndexedFaq, analyzer: MorphologicalAnalyzer, thesaurus: Thesaurus | null): PrebuiltIndex {
  const analyzed = new Map<string, Word[]>();
  const analyze = (piece: string): Word[] => {
    let found = analyzed.get(piece);
    if (!found) analyzed.set(piece, (found = analyzePiece(piece, analyzer)));
    return found;
  };
  const cut = (text: string): Word[][] => clean(text).split(/\s+/).filter(Boolean).map(analyze);

  const segments: string[][] = [];
  const pieces: Word[][] = [];
  // Words of questions, keywords and category labels: what entries are about, and so what people
  // search for. Only these get readings and synonyms, which keeps the index small.
  const headlines = new Set<Word[]>();
  const label = categoryLabels(faq);
  for (const entry of faq.entries) {
    segments.push(
      entryTexts({ ...entry, categoryLabel: label(entry) }).map((text, field) => {
        const words = cut(text);
        pieces.push(...words);
        if (field !== 1) for (const piece of words) headlines.add(piece);
        return encodeSegments(words.flat().map((w) => w.surface));
      }),
    );
  }
  // Phrasings ship as the distinct content terms of each entry's: words people use for it. They
  // add no readings, word forms or synonyms of their own (2 KB more for no better figures; and
  // 所管's reading was found in 「としょかん」): the FAQ's own words have them.
  const phrasingTerms = faq.entries.map((entry) => {
    const words = (Array.isArray(entry.phrasings) ? entry.phrasings : []).flatMap((phrasing) => cut(String(phrasing))).flat();
    return [...new Set(words.filter((w) => w.term && !isFunction(w) && isPhrasingTerm(w.term)).map((w) => w.term!))];
  });

  const vocabulary = new Set<string>();
  const contentTerms = new Set<string>();
  for (const word of pieces.flat()) {
    if (!word.term) continue;
    vocabulary.add(word.term);
    if (!isFunction(word)) contentTerms.add(word.term);
  }
  const records = new RecordSet(vocabulary);
  const readingOf = (text: string): string | undefined => {
    const words = analyze(clean(text).replace(/\s+/g, ''));
    return words.every((w) => w.reading) ? words.map((w) => w.reading).join('') : undefined;
  };

  // Readings of words and compounds; the forms of verbs and adjectives.
  const read: Array<{ terms: string[]; reading: string; surface: string }> = [];
  const addReading = (terms: string[], reading: string, surface: string) => {
    records.addReading(terms, reading, surface);
    if (readingIsKey(reading, surface) && surface.length >= 2) read.push({ terms, reading, surface });
  };
  const lemmas = new Map<string, { terms: Set<string>; readings: Set<string>; conjugation: string }>();
  for (const piece of pieces) {
    const headline = headlines.has(piece);
    for (const word of piece) {
      if (!word.term || isFunction(word)) continue;
      if ((word.pos === '動詞' || word.pos === '形容詞') && word.posDetail === '自立') {
        const lemma = lemmas.get(word.base) ?? { terms: new Set<string>(), readings: new Set<string>(), conjugation: word.conjugation };
        lemma.terms.add(word.term);
        if (word.reading && HAN.test(word.surface)) lemma.readings.add(word.reading);
        lemmas.set(word.base, lemma);
      } else if (headline && word.reading && HAN.test(word.surface)) addReading([word.term], word.reading, word.surface);
    }
    // A compound needs a reading of its own only where a part's reading is too short to be a
    // key by itself (「会」 of 「自治会」): otherwise a query's reading is cut into the parts' readings.
    for (const compound of headline ? compounds(piece) : []) {
      if (!compound.every((w) => w.reading) || compound.every((w) => !HAN.test(w.surface) || readingIsKey(w.reading!, w.surface))) continue;
      addReading(
        compound.map((w) => w.term!),
        compound.map((w) => w.reading).join(''),
        compound.map((w) => w.surface).join(''),
      );
    }
  }
  // Every form of a verb or adjective stands for all of its forms in the FAQ: 「増やしたい」,
  // 「増やせる」 and 「ふやす」 all find 「増やす」 and 「増やし」.
  const inflections = new RecordSet(vocabulary);
  for (const [base, { terms, readings, conjugation }] of lemmas) {
    const phrases = [...terms].map((term) => [term]);
    const stem = stemOf(base, conjugation);
    for (const form of [base, stem]) if (form && (form.length >= 2 || HAN.test(form))) inflections.add(phrases, keyOf(form));
    for (const term of terms) inflections.add(phrases, term);
    if (!HAN.test(base)) continue;
    const baseReading = readingOf(base);
    const stemReading = stem && baseReading ? baseReading.slice(0, baseReading.length - (base.length - stem.length)) : undefined;
    for (const reading of [...readings, baseReading, stemReading])
      if (reading && foldKana(reading).length >= 3) inflections.add(phrases, foldKana(reading));
  }

  const weak = new RecordSet(vocabulary, records, inflections);
  if (thesaurus) restrictThesaurus(thesaurus, headlines, lemmas, weak);
  // What an IME may have made of the FAQ's words: 「新生」 typed for 申請 (read alike). Words the
  // FAQ has itself, or that stand for another of its words, are left alone.
  const homophones = new RecordSet(vocabulary, records, inflections, weak);
  for (const { terms, reading, surface } of read)
    for (const word of analyzer.homophones?.(reading) ?? [])
      // An IME's wrong choice is as long as the right one: 「新生」 for 申請, not 「使用人」 for 承認.
      if (word !== surface && word.length === surface.length) homophones.add([terms], keyOf(word));
  const prebuilt: PrebuiltIndex = {
    format: PREBUILT_FORMAT,
    text: fingerprint(faq),
    segments,
    lexicon: records.toRecords(),
    inflections: inflections.toRecords(),
    thesaurus: weak.toRecords(),
    homophones: homophones.toRecords(),
    // Function words of the run-time list are known as such already.
    function: [...vocabulary].filter((term) => !contentTerms.has(term) && !isFunctionTerm(term)).sort(),
  };
  if (phrasingTerms.some((terms) => terms.length > 0)) {
    // Sorted: 0.5 KB gzip less than in order of use.
    prebuilt.phrasings = phrasingTerms.map((terms) => terms.sort().join(' '));
    prebuilt.phrasingsText = phrasingsFingerprint(faq.entries);
  }
  const index = createSearchIndex(faq, prebuilt);
  prebuilt.related = faq.entries.map((_, ref) => computeRelated(index, ref));
  return prebuilt;
}

/** One piece of text (no spaces) as words; the run-time segmenter's cut where the analyzer's does not fit. */
function analyzePiece(piece: string, analyzer: MorphologicalAnalyzer): Word[] {
  let morphemes = analyzer.analyze(piece);
  if (morphemes.map((m) => m.surface).join('') !== piece) {
    morphemes = segmentJapanese(piece).map((surface) => ({ surface, base: surface, pos: '未知語', posDetail: '', conjugation: '' }));
  }
  return morphemes.map((m) => ({ ...m, term: termOf(m.surface) }));
}

function isFunction(word: Morpheme): boolean {
  if (FUNCTION_POS.has(word.pos) || FRAME_WORDS.has(word.base)) return true;
  return (word.pos === '名詞' || word.pos === '動詞' || word.pos === '形容詞') && DEPENDENT.has(word.posDetail);
}

const isNounLike = (word: Word) =>
  Boolean(word.term) && ((word.pos === '名詞' && !DEPENDENT.has(word.posDetail) && word.posDetail !== '数') || word.pos === '接頭詞');

/** Runs of two or more nouns in a piece: compounds such as 「自治|会」, 「地方|公共|団体」. */
function compounds(piece: Word[]): Word[][] {
  const out: Word[][] = [];
  let run: Word[] = [];
  for (const word of [...piece, undefined]) {
    if (word && isNounLike(word)) {
      run.push(word);
      continue;
    }
    if (run.length >= 2) out.push(run);
    run = [];
  }
  return out;
}

/** The unchanging beginning of a verb or adjective: 「増やす」 → 「増や」, 「教える」 → 「教え」. */
function stemOf(base: string, conjugation: string): string | undefined {
  if (/^(五段|一段|形容詞)/.test(conjugation) && base.length >= 2) return base.slice(0, -1);
  return undefined;
}

/**
 * Thesaurus groups that touch the FAQ's words: each word (or compound) of the FAQ that a group
 * holds gets the group's other words as keys. Sudachi's expansion control is respected: a word
 * marked ambiguous (1) may be the FAQ's word but never a key, and a word marked 2 is never used.
 * Words that are themselves the FAQ's words are left alone: the FAQ tells them apart.
 */
function restrictThesaurus(
  thesaurus: Thesaurus,
  pieces: Iterable<Word[]>,
  lemmas: Map<string, { terms: Set<string> }>,
  out: RecordSet,
): void {
  const candidates = new Map<string, string[][]>();
  for (const piece of pieces) {
    for (const word of piece) {
      if (!word.term || isFunction(word) || word.surface.length < 2) continue;
      const lemma = lemmas.get(word.base);
      candidates.set(keyOf(word.base), lemma ? [...lemma.terms].map((t) => [t]) : [[word.term]]);
    }
    for (const compound of compounds(piece)) candidates.set(keyOf(compound.map((w) => w.surface).join('')), [compound.map((w) => w.term!)]);
  }
  for (const [key, phrases] of candidates) {
    const groups = thesaurus.get(key) ?? [];
    // A word in several groups has several senses (「スタンプ」: a LINE sticker, a seal): the
    // thesaurus cannot say which one the FAQ means, so none is used.
    if (groups.length !== 1) continue;
    for (const { word, expandControl } of groups[0]) {
      const alias = keyOf(word);
      // Latin spellings (「artificialintelligence」) are left out: residents type Japanese.
      if (expandControl !== 0 || alias === key || alias.length < 2 || /[a-z]/.test(alias)) continue;
      out.add(phrases, alias);
    }
  }
}

/** Lexicon records being collected: keys per phrase list. */
class RecordSet {
  private readonly keysOf = new Map<string, Set<string>>();
  private readonly allKeys = new Set<string>();
  /**
   * @param vocabulary the FAQ's index terms
   * @param stronger records that take precedence: keys they have, or that are the FAQ's own
   *   terms, are not added here (a thesaurus must not merge two words the FAQ tells apart)
   */
  private readonly stronger: RecordSet[];
  constructor(
    readonly vocabulary: ReadonlySet<string>,
    ...stronger: RecordSet[]
  ) {
    this.stronger = stronger;
  }

  add(phrases: readonly (readonly string[])[], key: string): void {
    this.addFormatted(formatPhrases(phrases), key);
  }

  addFormatted(phrases: string, key: string): void {
    // A term is a key for itself already; a lemma of one form needs no key for it.
    if (key === phrases) return;
    if (!key || (this.stronger.length > 0 && (this.vocabulary.has(key) || this.stronger.some((set) => set.has(key))))) return;
    const keys = this.keysOf.get(phrases) ?? new Set<string>();
    keys.add(key);
    this.keysOf.set(phrases, keys);
    this.allKeys.add(key);
  }

  /** A reading as a key, if long enough to be told apart from grammar. */
  addReading(terms: string[], reading: string, surface: string): void {
    if (readingIsKey(reading, surface)) this.add([terms], foldKana(reading));
  }

  has(key: string): boolean {
    return this.allKeys.has(key);
  }

  toRecords(): LexiconRecord[] {
    return [...this.keysOf].map(([phrases, keys]): LexiconRecord => [phrases, ...[...keys].sort()]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
}
