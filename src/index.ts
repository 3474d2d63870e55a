/**
 * The package entry: defines <line-gov-faq> and exports its public types. The search core is
 * the subpath `line-gov-faq/search`.
 * @module
 */
export { LineGovFaq } from './components/line-gov-faq/line-gov-faq.js';
export type {
  FaqSearchDetail,
  FaqToggleDetail,
  FaqCategoryDetail,
  FaqErrorDetail,
  FaqReadyDetail,
  LineGovFaqEventMap,
} from './components/line-gov-faq/events.js';
export type { FaqData, FaqEntry, FaqCategory } from './data/faq-types.js';
export { validateFaq } from './data/validate-faq.js';
export type { FaqProblem, FaqValidation } from './data/validate-faq.js';
