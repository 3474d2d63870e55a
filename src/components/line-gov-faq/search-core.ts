/**
 * The search core, loaded apart from the element: a page's first list needs none of it (Lunr,
 * the analysis and scoring, some 22 KB gzip). Asked for when a widget starts loading its data,
 * so that it arrives while the list is being shown; one request for every widget on the page.
 */
let core: Promise<typeof import('../../search/widget-core.js')> | undefined;
export const searchCore = () => (core ??= import('../../search/widget-core.js'));
