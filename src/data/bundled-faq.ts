import type { FaqData } from './faq-types.js';
import faq from '../../data/faq.ja.json';

/** The FAQ shipped with the widget: LINE Yahoo's よくある質問 for local governments (53 entries). */
export const bundledFaq: FaqData = faq;
