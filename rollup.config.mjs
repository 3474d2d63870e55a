import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** The self-contained bundle a web page loads with one script tag: Lit, Lunr and the data inside. */
export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/line-gov-faq.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true }),
    commonjs(),
    json({ preferConst: true, compact: true }),
    typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], outDir: 'dist', noEmitOnError: true }),
    terser({ format: { comments: false }, ecma: 2021 }),
  ],
};
