// The floor issue 23 sets for a large FAQ's index: a plain MiniSearch over the raw text, words cut
// by the browser's own Intl.Segmenter, as the search evaluation's peer (tools/eval) indexes it.
import MiniSearch from 'minisearch';

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const words = (text) => [...segmenter.segment(text.normalize('NFKC').toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);

export function buildMiniSearch(entries) {
  const engine = new MiniSearch({ fields: ['question', 'answer', 'keywords', 'phrasings'], storeFields: ['id'], tokenize: words });
  engine.addAll(
    entries.map((entry) => ({
      id: entry.id,
      question: entry.question,
      answer: entry.answer,
      keywords: (entry.keywords ?? []).join(' '),
      phrasings: (entry.phrasings ?? []).join('\n'),
    })),
  );
  return engine;
}
