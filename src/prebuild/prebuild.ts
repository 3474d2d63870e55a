import { prebuildIndex as prebuildSegments } from '../search/search-index.js';
import type { FaqData } from '../data/faq-types.js';
export async function prebuildIndex(faq: Pick<FaqData, 'entries' | 'synonyms'>) {
  return prebuildSegments(faq);
}
