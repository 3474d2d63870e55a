import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import faqJson from '../../data/faq.ja.json';
import type { FaqData } from '../../src/data/faq-types.js';
import { prebuildIndex } from '../../src/prebuild/prebuild.js';
import { createSearchIndex, fingerprint, PREBUILT_FORMAT, type PrebuiltIndex } from '../../src/search/search-index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run build` writes the bundled FAQ's prebuilt analysis (rollup.config.mjs, bundledIndex). */
const BUILT = `${root}dist/lib/_virtual/bundled-index.js`;
/** What that analysis is made of: the data, the code that analyses it, and the analyzer's version. */
const MADE_OF = ['data/faq.ja.json', 'src/prebuild', 'src/search', 'rollup.config.mjs', 'package-lock.json'];

const mtime = (path: string) => statSync(path).mtimeMs;
const newest = (path: string): number =>
  statSync(path).isDirectory() ? Math.max(...readdirSync(path).map((name) => newest(`${path}/${name}`))) : mtime(path);

/**
 * The build's analysis when it is at least as new as everything it is made of, else a fresh one:
 * loading the morphological analyzer and thesaurus takes seconds in each test process, and
 * `npm test` builds before the Node tests, so most runs never load them here.
 */
async function bundledPrebuilt(faq: FaqData): Promise<PrebuiltIndex> {
  let built: PrebuiltIndex | undefined;
  try {
    if (mtime(BUILT) >= Math.max(...MADE_OF.map((path) => newest(root + path)))) {
      built = (await import(pathToFileURL(BUILT).href)).default;
    }
  } catch {
    // Not built yet: made below.
  }
  if (built?.format === PREBUILT_FORMAT && built.text === fingerprint(faq)) return built;
  return prebuildIndex(faq);
}

/** The bundled FAQ, its prebuilt analysis, and its index. */
export const faq = faqJson as FaqData;
export const prebuilt = await bundledPrebuilt(faq);
export const index = createSearchIndex(faq, prebuilt);
