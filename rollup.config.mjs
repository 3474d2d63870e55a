import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { tsImport } from 'tsx/esm/api';
import license from 'rollup-plugin-license';

const BUNDLED_INDEX = 'virtual:line-gov-faq/bundled-index';

/**
 * Prebuilds the search index of the bundled FAQ at build time, with the morphological analyzer
 * and thesaurus that never reach the browser (src/prebuild/). Made once for the two builds of a
 * `rollup -c` that need it: each tsImport loads the analyzer afresh, which takes seconds.
 */
function bundledIndex() {
  return {
    name: 'bundled-index',
    resolveId: (source) => (source === BUNDLED_INDEX ? `\0${BUNDLED_INDEX}` : null),
    async load(id) {
      if (id !== `\0${BUNDLED_INDEX}`) return null;
      this.addWatchFile('data/faq.ja.json');
      const text = await readFile('data/faq.ja.json', 'utf8');
      if (bundledIndexModule?.text !== text) bundledIndexModule = { text, code: prebuiltModule(text) };
      return bundledIndexModule.code;
    },
  };
}
/** The last module made by bundledIndex, with the data it was made from. */
let bundledIndexModule;
async function prebuiltModule(faqText) {
  const { prebuildIndex } = await tsImport('./src/prebuild/prebuild.ts', import.meta.url);
  return `export default ${JSON.stringify(await prebuildIndex(JSON.parse(faqText)))};`;
}

/**
 * The bundled FAQ without its phrasings' text: their terms are in the prebuilt index (several
 * times smaller), which the widget uses when the data has no phrasings of its own.
 */
function bundledFaqWithoutPhrasings() {
  return {
    name: 'bundled-faq-without-phrasings',
    transform(code, id) {
      if (!id.endsWith('data/faq.ja.json')) return null;
      const faq = JSON.parse(code);
      for (const entry of faq.entries) delete entry.phrasings;
      return { code: JSON.stringify(faq), map: null };
    },
  };
}

/**
 * For pages that bring their own FAQ (markup, `src`, `data`): the classic script without the
 * bundled FAQ. A widget left without data says so, as any failed load does.
 */
function withoutBundledFaq() {
  const stub = '\0line-gov-faq/no-bundled-faq';
  return {
    name: 'without-bundled-faq',
    resolveId: (source) => (source.endsWith('/data/bundled-faq.js') ? stub : null),
    load: (id) => (id === stub ? 'export const bundledFaq = null, bundledPrebuiltIndex = null;' : null),
  };
}

// importHelpers off: the decorator helper is inlined rather than imported from tslib, which
// would otherwise land in dist/lib/node_modules/, a folder npm leaves out of packages.
// Source maps only where asked for (the package modules).
const typescriptPlugin = (options = {}) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    outDir: 'dist',
    noEmitOnError: true,
    importHelpers: false,
    sourceMap: false,
    ...options,
  });

const minify = () => terser({ format: { comments: false }, ecma: 2021, compress: { passes: 3 } });

/**
 * A bundled package as its notice names it: name, version, licence and author, from its package.json.
 * Named by the build rather than collected as modules load: the module build renders its files
 * in parallel, and a file's notice would otherwise depend on which of them was rendered first.
 */
function described(name) {
  const { version, license: licence, author } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
  const by = typeof author === 'string' ? author.replace(/\s*[<(].*$/, '') : author?.name;
  return `${name} ${version} (${licence}${by ? `, ${by}` : ''})`;
}

/** The packages in the widget's bundles. */
const WIDGET_PACKAGES = ['@lit/reactive-element', 'lit-html', 'lit-element', 'lunr', 'lunr-languages'];

/**
 * Whose words these are, in what a page downloads: a short notice at the top of each bundle (Lit's
 * BSD-3-Clause asks for its notice in binary redistributions), and every bundled package's licence
 * text in a file that goes wherever the bundles go (`licences`, in dist/; the release copies it).
 */
const notices = ({ licences, bundledFaq, packages }) =>
  license({
    banner: {
      commentStyle: 'ignored',
      content: `line-gov-faq <%= pkg.version %> | MIT License
Includes: ${packages.map(described).join('; ')};
their licence texts are in ${licences}.${
        bundledFaq
          ? `
The bundled FAQ text is LY Corporation's (LINEヤフー株式会社, https://linegov.com/faq/index.php) and not under the MIT License.`
          : ''
      }`,
    },
    thirdParty: {
      output: {
        file: `dist/${licences}`,
        template: (dependencies) =>
          dependencies.map((d) => `${d.name} ${d.version} (${d.license})\n${'='.repeat(60)}\n${(d.licenseText ?? '').trim()}\n`).join('\n'),
      },
    },
  });

export default [
  /**
   * The bundles a web page loads with one script tag: Lit, Lunr, data and index inside. An ES
   * module, and a classic script for CMSs that strip type="module". No source maps: minified
   * Lit, Lunr and data would make them several times the bundle's size, and whoever debugs the
   * widget reads the package modules, which map to the shipped src/.
   * The ES module keeps the bundled FAQ (its text and prebuilt index, a third of the download) in a
   * file of its own beside it, which only a widget without markup, `src` or `data` loads, and the
   * search core with Lunr in another, which no page needs for its first list; the classic script
   * cannot load files of its own, so it holds both.
   */
  {
    input: 'src/index.ts',
    output: [
      {
        dir: 'dist',
        format: 'es',
        entryFileNames: 'line-gov-faq.js',
        // Fixed names a webmaster can upload beside the script: .bundled-faq.js and .search.js.
        chunkFileNames: ({ name }) => `line-gov-faq.${name === 'widget-core' ? 'search' : name}.js`,
      },
      { file: 'dist/line-gov-faq.iife.js', format: 'iife', name: 'LineGovFaq', inlineDynamicImports: true },
    ],
    plugins: [
      bundledIndex(),
      bundledFaqWithoutPhrasings(),
      nodeResolve({ browser: true }),
      commonjs(),
      json({ preferConst: true, compact: true }),
      typescriptPlugin(),
      minifyHTML(),
      minify(),
      notices({ licences: 'THIRD-PARTY-LICENSES.txt', bundledFaq: true, packages: WIDGET_PACKAGES }),
    ],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/line-gov-faq.core.iife.js', format: 'iife', name: 'LineGovFaq', inlineDynamicImports: true },
    plugins: [
      withoutBundledFaq(),
      nodeResolve({ browser: true }),
      commonjs(),
      typescriptPlugin(),
      minifyHTML(),
      minify(),
      notices({ licences: 'THIRD-PARTY-LICENSES.txt', bundledFaq: false, packages: WIDGET_PACKAGES }),
    ],
  },
  /**
   * The npm package's modules: one file per source module with its .d.ts, Lit and Lunr left as
   * dependencies for the consumer's bundler, the search core importable on its own (also in Node).
   * Their maps point at src/, which the package ships, rather than copying it (sourcesContent).
   */
  {
    input: { index: 'src/index.ts', 'search/index': 'src/search/index.ts' },
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      sourcemapExcludeSources: true,
    },
    external: (id) => /^(lit|@lit\/[^/]+|lunr|lunr-languages)(\/|$)/.test(id),
    plugins: [
      bundledIndex(),
      bundledFaqWithoutPhrasings(),
      json({ preferConst: true, compact: true }),
      // include/exclude are relative to rootDir unless filterRoot says otherwise.
      typescriptPlugin({
        outDir: 'dist/lib',
        declaration: true,
        declarationDir: 'dist/lib',
        rootDir: 'src',
        filterRoot: '.',
        exclude: ['src/cli/**', 'src/prebuild/**', 'src/setup/**'],
        sourceMap: true,
        // TypeScript writes a map's sources relative to the output folder, Rollup reads them
        // relative to the source file: with a sourceRoot, both agree on src/.
        sourceRoot: fileURLToPath(new URL('./src/', import.meta.url)),
      }),
    ],
  },
  /**
   * The setup page's code (tools/setup.html, copied to release/): the spreadsheet import of the
   * command-line tool, with the xlsx reader made for browsers, as a classic script, so that the
   * page works when opened from disk. The reader stays here, out of the widget's bundles.
   */
  {
    input: 'src/setup/setup-page.ts',
    output: { file: 'dist/setup.js', format: 'iife' },
    plugins: [
      nodeResolve({ browser: true }),
      commonjs(),
      json({ preferConst: true, compact: true }),
      typescriptPlugin(),
      minify(),
      notices({ licences: 'setup.THIRD-PARTY-LICENSES.txt', bundledFaq: false, packages: ['read-excel-file', 'fflate'] }),
    ],
  },
  /**
   * The command-line tool (package bin): validates FAQ files and prebuilds their index. The
   * analyzer and thesaurus stay outside: optional packages, loaded only by `build`.
   */
  {
    input: 'src/cli/main.ts',
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    external: [/^node:/, 'kuromoji', 'sudachi-synonyms-dictionary'],
    plugins: [nodeResolve({ preferBuiltins: true }), commonjs(), json({ preferConst: true }), typescriptPlugin()],
  },
];
