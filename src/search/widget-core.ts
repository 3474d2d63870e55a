/**
 * What the element takes from the search core, in one module: the module build makes it a file
 * of its own (line-gov-faq.search.js, with Lunr), which the widget needs only once its first
 * list is on screen.
 */
export { FaqSearch } from './faq-search.js';
