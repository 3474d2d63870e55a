// Made at build time by the `bundled-index` plugin in rollup.config.mjs from data/faq.ja.json.
declare module 'virtual:line-gov-faq/bundled-index' {
  const prebuilt: import('../search/search-index.js').PrebuiltIndex;
  export default prebuilt;
}
