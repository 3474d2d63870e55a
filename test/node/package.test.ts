// Checks what `npm run build` made for people who install the package (run after the build,
// as `npm test` does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));

test('every export of package.json points to a built file', () => {
  const targets = Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((t) =>
    typeof t === 'string' ? [t] : Object.values(t),
  );
  for (const target of [...targets, pkg.main, pkg.types, pkg.bin['line-gov-faq'], pkg.customElements]) {
    assert.ok(existsSync(new URL(`../../${target}`, import.meta.url)), `${target} exists (run npm run build)`);
  }
});

test('the search core loads in Node from the package subpath and finds answers', async () => {
  // The package's own name, resolved through its "exports", as a user's code would import it.
  const specifier = 'line-gov-faq/search';
  const core = await import(specifier);
  const faq = JSON.parse(read('data/faq.ja.json'));
  const index = core.createSearchIndex(faq);
  assert.equal(core.search(index, 'りっちめにゅー')[0].entry.id, 'rich-menu');
});

test('the package modules leave Lit and Lunr to the consumer’s bundler', () => {
  const element = read('dist/lib/components/line-gov-faq/line-gov-faq.component.js');
  assert.match(element, /from 'lit'/);
  assert.match(read('dist/lib/search/lunr-ja.js'), /from 'lunr'/);
  assert.ok(!existsSync(new URL('../../dist/lib/node_modules', import.meta.url)), 'no copied node_modules');
});

test('the types declare the tag and the events', () => {
  assert.match(
    read('dist/lib/components/line-gov-faq/line-gov-faq.d.ts'),
    /interface HTMLElementTagNameMap[\s\S]*'line-gov-faq': LineGovFaq/,
  );
  assert.match(read('dist/lib/components/line-gov-faq/events.d.ts'), /interface GlobalEventHandlersEventMap extends LineGovFaqEventMap/);
});

test('custom-elements.json describes the public surface from the JSDoc', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules
    .flatMap((m: { declarations: unknown[] }) => m.declarations)
    .find((d: { tagName?: string }) => d.tagName === 'line-gov-faq');
  assert.ok(element, 'line-gov-faq is declared');
  const names = (list: Array<{ name: string }> = []) => list.map((x) => x.name);
  for (const attribute of [
    'query',
    'category',
    'categories',
    'src',
    'lang',
    'no-hash',
    'structured-data',
    'feedback',
    'contact-href',
    'contact-label',
    'search-param',
  ])
    assert.ok(names(element.attributes).includes(attribute), attribute);
  assert.deepEqual(names(element.events).sort(), ['faq-category', 'faq-error', 'faq-feedback', 'faq-ready', 'faq-search', 'faq-toggle']);
  for (const part of ['search', 'categories', 'category', 'list', 'item', 'question', 'answer', 'feedback', 'contact'])
    assert.ok(names(element.cssParts).includes(part), part);
  for (const property of [
    '--line-gov-faq-accent',
    '--line-gov-faq-text',
    '--line-gov-faq-background',
    '--line-gov-faq-font-family',
    '--line-gov-faq-radius',
    '--line-gov-faq-spacing',
  ])
    assert.ok(names(element.cssProperties).includes(property), property);
});

test('the analyzer and thesaurus of the build are never installed with the element', () => {
  for (const name of ['kuromoji', 'sudachi-synonyms-dictionary']) {
    assert.ok(!(name in (pkg.dependencies ?? {})), `${name} is not a dependency`);
    assert.equal(pkg.peerDependenciesMeta?.[name]?.optional, true, `${name} is an optional peer`);
  }
  const bundle = read('dist/line-gov-faq.js');
  assert.doesNotMatch(bundle, /kuromoji|sudachi/i);
  assert.ok(!existsSync(new URL('../../dist/lib/prebuild', import.meta.url)), 'the package modules leave the build-time analysis out');
});

test('the package modules load the bundled FAQ only when a widget has no data of its own', () => {
  // The bundled FAQ is loaded for the element's source controller by bundled-faq-source.ts.
  const loader = read('dist/lib/components/line-gov-faq/bundled-faq-source.js');
  assert.match(loader, /import\('\.\.\/\.\.\/data\/bundled-faq\.js'\)/, 'a dynamic import, a chunk of its own in the user’s bundle');
  for (const module of [loader, read('dist/lib/components/line-gov-faq/line-gov-faq.component.js')]) {
    const staticImports = [...module.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1]);
    assert.ok(!staticImports.some((path) => /bundled-faq|faq\.ja\.json/.test(path)), staticImports.join(', '));
  }
  assert.ok(!/faq\.ja\.json|bundled-faq/.test(read('dist/lib/index.js')));
  assert.ok(existsSync(new URL('../../dist/lib/data/bundled-faq.js', import.meta.url)), 'importable as line-gov-faq/bundled-faq');
});

test('the bundles say whose code they hold, and the licence texts travel beside them', () => {
  const notices = read('dist/THIRD-PARTY-LICENSES.txt');
  for (const name of ['line-gov-faq.js', 'line-gov-faq.iife.js']) {
    const banner = /^\/\*![\s\S]*?\*\//.exec(read(`dist/${name}`))?.[0] ?? '';
    for (const dependency of ['lit-html', '@lit/reactive-element', 'lunr ', 'lunr-languages']) {
      assert.ok(banner.includes(dependency), `${name} names ${dependency}`);
      assert.ok(notices.includes(`${dependency.trim()} `), `THIRD-PARTY-LICENSES.txt has ${dependency}`);
    }
    assert.match(banner, /LY Corporation/);
  }
  // Lit's BSD-3-Clause notice, which binary redistributions must reproduce.
  assert.match(notices, /Copyright \(c\) 2017 Google LLC/);
  assert.ok(existsSync(new URL('../../LICENSE', import.meta.url)), 'LICENSE');
});
