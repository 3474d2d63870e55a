import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      // Written by scripts/release.mjs: the built bundles, for webmasters to download.
      'release/',
      // Written by scripts/compile-schema.mjs.
      'src/data/faq-schema-validator.generated.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/browser/**/*.js', 'demo/**/*.js', 'scripts/bench/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/components/**/*.ts', 'test/browser/**/*.js'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['test/browser/**/*.js'],
    languageOptions: { globals: globals.mocha },
    // Chai's property assertions (`expect(x).to.exist`) are expressions.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**/*.{ts,mjs}', 'tools/eval/**/*.ts', 'test/node/**/*.ts', 'src/cli/**/*.ts', 'src/prebuild/**/*.ts', '*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node scripts that hand functions to a browser page (page.evaluate).
    files: ['scripts/bench-browser.mjs', 'scripts/screenshots.mjs', 'scripts/layout-figures.mjs'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // `_name` marks a parameter a signature needs and the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Global interfaces are augmented by extending them (GlobalEventHandlersEventMap).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // The legacy %u-escaping globals: a call meant for an HTML escaper of the same name
      // otherwise compiles and writes %u30E4 into markup.
      'no-restricted-globals': [
        'error',
        { name: 'escape', message: 'Use escapeHtml (src/cli/render-markup.ts) or encodeURIComponent.' },
        { name: 'unescape', message: 'Use decodeURIComponent.' },
      ],
    },
  },
  prettier,
);
