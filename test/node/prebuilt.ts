import faqJson from '../../data/faq.ja.json';
import type { FaqData } from '../../src/data/faq-types.js';
import { prebuildIndex } from '../../src/prebuild/prebuild.js';
import { createSearchIndex } from '../../src/search/search-index.js';

/** The bundled FAQ, its prebuilt analysis (made once per test process: the analyzer takes a second to load), and its index. */
export const faq = faqJson as FaqData;
export const prebuilt = await prebuildIndex(faq);
export const index = createSearchIndex(faq, prebuilt);
