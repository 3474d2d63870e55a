#!/usr/bin/env node
/**
 * Where the self-contained bundle's bytes go: `npm run size:breakdown` (`-- --modules` lists the
 * largest modules too). Bundles it as the build does and minifies each module; a module's share
 * is what it adds to the gzip of the modules before it, in bundle order, so that the shares add
 * up to about the bundle's size (gzip shares context across modules: alone, each would count
 * more). Grouped: the bundled FAQ and its prebuilt index, Lunr, lunr-languages, Lit, and the
 * project's own code by folder.
 */
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import config from '../rollup.config.mjs';

const GROUPS = [
  [/data\/faq\.ja\.json$/, 'bundled FAQ (data/faq.ja.json)'],
  [/bundled-index$/, 'its prebuilt index'],
  [/node_modules\/lunr\//, 'Lunr'],
  [/node_modules\/lunr-languages\//, 'lunr-languages ja'],
  [/node_modules\/(lit|lit-html|lit-element|@lit)\//, 'Lit'],
  [/src\/components\//, 'own: element (src/components)'],
  [/src\/search\//, 'own: search core (src/search)'],
  [/src\/data\//, 'own: data loading and checks (src/data)'],
  [/src\/i18n\//, 'own: words in two languages (src/i18n)'],
];

const [bundle] = config;
const build = await rollup({ input: bundle.input, plugins: bundle.plugins.filter((plugin) => plugin.name !== 'terser'), onwarn: () => {} });
const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
const sizes = new Map();
const modules = [];
const gzipped = (text) => gzipSync(text, { level: 9 }).length;
let before = '';
let beforeSize = 0;
for (const [id, module] of Object.entries(output[0].modules)) {
  if (!module.code) continue;
  const code = (await minify(module.code, { module: true, compress: false, mangle: true })).code ?? '';
  const after = gzipped(before + code);
  const share = after - beforeSize;
  [before, beforeSize] = [before + code, after];
  const group = GROUPS.find(([pattern]) => pattern.test(id))?.[1] ?? 'other';
  sizes.set(group, (sizes.get(group) ?? 0) + share);
  modules.push([share, id.replace(/^.*node_modules\//, '').replace(`${process.cwd()}/`, '')]);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(8);
console.log('gzip, each module as it adds to the ones before it:');
for (const [group, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) console.log(`${kb(bytes)}  ${group}`);
const DATA = new Set(['bundled FAQ (data/faq.ja.json)', 'its prebuilt index']);
const data = [...sizes].filter(([group]) => DATA.has(group)).reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(`${kb(beforeSize)}  all (npm run size measures the built files themselves)`);
console.log(`${kb(beforeSize - data)}  of it code (own, Lit, Lunr)`);
console.log(`${kb(data)}  of it data (the bundled FAQ and its prebuilt index: line-gov-faq.bundled-faq.js in the module build)`);
if (process.argv.includes('--modules')) {
  console.log('\nlargest modules:');
  for (const [bytes, id] of modules.sort((a, b) => b[0] - a[0]).slice(0, 25)) console.log(`${kb(bytes)}  ${id}`);
}
