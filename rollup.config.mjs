import { readFile } from 'node:fs/promises';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { tsImport } from 'tsx/esm/api';

const BUNDLED_INDEX = 'virtual:line-gov-faq/bundled-index';

/** Prebuilds the search index of the bundled FAQ with the same code the page runs. */
function bundledIndex() {
  return {
    name: 'bundled-index',
    resolveId: (source) => (source === BUNDLED_INDEX ? `\0${BUNDLED_INDEX}` : null),
    async load(id) {
      if (id !== `\0${BUNDLED_INDEX}`) return null;
      this.addWatchFile('data/faq.ja.json');
      const { prebuildIndex } = await tsImport('./src/search/search-index.ts', import.meta.url);
      const faq = JSON.parse(await readFile('data/faq.ja.json', 'utf8'));
      return `export default ${JSON.stringify(prebuildIndex(faq.entries))};`;
    },
  };
}

const typescriptPlugin = () =>
  typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], outDir: 'dist', noEmitOnError: true });

export default [
  /** The self-contained bundle a web page loads with one script tag: Lit, Lunr, data and index inside. */
  {
    input: 'src/index.ts',
    output: { file: 'dist/line-gov-faq.js', format: 'es', sourcemap: true },
    plugins: [
      bundledIndex(),
      nodeResolve({ browser: true }),
      commonjs(),
      json({ preferConst: true, compact: true }),
      typescriptPlugin(),
      terser({ format: { comments: false }, ecma: 2021 }),
    ],
  },
  /** The command-line tool (package bin): validates FAQ files and prebuilds their index. */
  {
    input: 'src/cli/main.ts',
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true },
    external: [/^node:/],
    plugins: [nodeResolve({ preferBuiltins: true }), commonjs(), json({ preferConst: true }), typescriptPlugin()],
  },
];
