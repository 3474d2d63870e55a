import type { FaqData } from './faq-types.js';
import faq from '../../data/faq.ja.json';
import prebuilt from 'virtual:line-gov-faq/bundled-index';

/** The FAQ shipped with the widget: LINE Yahoo's よくある質問 for local governments (53 entries). */
export const bundledFaq: FaqData = faq;

/** Its segmentation, prebuilt at build time (see rollup.config.mjs). */
export const bundledPrebuiltIndex = prebuilt;
