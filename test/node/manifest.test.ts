// Checks custom-elements.json against the package as `npm pack` would publish it (run after the
// build, as `npm test` does): editors and tools read it from the installed package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packed as packList } from './packed.js';

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

interface Reference {
  name: string;
  module?: string;
  package?: string;
}
interface Member {
  kind: string;
  name: string;
  privacy?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  superclass?: Reference;
  members?: Member[];
  events?: Array<{ name: string; type?: { text: string } }>;
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Array<{ kind: string; name: string; declaration: Reference }>;
}

const manifest: { modules: Module[] } = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));
const packed = new Set(packList().files.map((f) => f.path));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'line-gov-faq')!;

test('the package ships the manifest that package.json names', () => {
  assert.ok(packed.has(pkg.customElements), pkg.customElements);
});

test('every module of the manifest is a file the package ships, with its types beside it', () => {
  const references = manifest.modules.flatMap((m) => [
    m.path,
    ...(m.exports ?? []).map((e) => e.declaration.module),
    ...(m.declarations ?? []).flatMap((d) => (d.superclass?.package ? [] : [d.superclass?.module])),
  ]);
  for (const path of references.filter((p): p is string => p !== undefined)) {
    assert.ok(packed.has(path), `${path} is in the package`);
    assert.ok(packed.has(path.replace(/\.js$/, '.d.ts')), `${path} has its .d.ts`);
  }
});

test('the manifest lists public members only, each declared public in the shipped types', () => {
  const types = read(manifestPathOf(element));
  assert.ok(element.members && element.members.length > 0);
  for (const member of element.members) {
    assert.ok(member.privacy === undefined || member.privacy === 'public', `${member.name} is ${member.privacy}`);
    assert.doesNotMatch(types, new RegExp(`^\\s*(private|protected) ${member.name}\\b`, 'm'), `${member.name} is public in the .d.ts`);
  }
  for (const name of ['query', 'src', 'data', 'ready'])
    assert.ok(
      element.members.some((m) => m.name === name),
      name,
    );
});

test('every event has its detail type, as the shipped event map declares it', () => {
  const eventMap = read('dist/lib/components/line-gov-faq/events.d.ts');
  assert.ok(element.events && element.events.length > 0);
  for (const event of element.events) {
    assert.match(event.type?.text ?? '', /^CustomEvent<\{ .+ \}>$/, event.name);
    assert.match(eventMap, new RegExp(`'${event.name}': CustomEvent<`), `${event.name} is in LineGovFaqEventMap`);
  }
  const search = element.events.find((e) => e.name === 'faq-search');
  assert.equal(search?.type?.text, 'CustomEvent<{ query: string; resultCount: number; near: boolean }>');
});

test('the manifest names the module that defines the tag, and the package entry exports the class', () => {
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: m.path, ...e })),
  );
  assert.deepEqual(
    definitions.map((d) => [d.name, d.module, d.declaration.name]),
    [['line-gov-faq', 'dist/lib/components/line-gov-faq/line-gov-faq.js', 'LineGovFaq']],
  );
  assert.match(read(definitions[0].module), /customElements\.define\('line-gov-faq', LineGovFaq\)/);
  const entry = manifest.modules.find((m) => m.path === pkg.exports['.'].default.replace(/^\.\//, ''));
  assert.ok(
    entry?.exports?.some((e) => e.name === 'LineGovFaq' && e.declaration.module === manifestPathOf(element).replace(/\.d\.ts$/, '.js')),
  );
});

/** The shipped .d.ts of the module declaring `declaration`. */
function manifestPathOf(declaration: Declaration): string {
  const module = manifest.modules.find((m) => m.declarations?.includes(declaration));
  assert.ok(module, declaration.name);
  return module.path.replace(/\.js$/, '.d.ts');
}
