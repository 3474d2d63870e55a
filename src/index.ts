export { LineGovFaq } from './components/line-gov-faq/line-gov-faq.js';
export type { FaqData, FaqEntry, FaqCategory } from './data/faq-types.js';
export { validateFaq } from './data/validate-faq.js';
export type { FaqProblem, FaqValidation } from './data/validate-faq.js';
