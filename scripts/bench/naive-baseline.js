// The way Lunr is usually dropped into a page, for comparison: lunr.ja registered, an index built
// from the FAQ at page load, the query string handed to index.search.
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import tinySegmenter from 'lunr-languages/tinyseg.js';
import japanese from 'lunr-languages/lunr.ja.js';

stemmerSupport(lunr);
tinySegmenter(lunr);
japanese(lunr);

export function buildNaiveIndex(entries) {
  return lunr(function () {
    this.use(lunr.ja);
    this.ref('id');
    this.field('question', { boost: 3 });
    this.field('answer');
    for (const entry of entries) this.add(entry);
  });
}

export function searchNaive(index, query) {
  try {
    return index.search(query);
  } catch {
    return [];
  }
}
