import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli.js';
import { renderFaqMarkup } from '../../src/cli/render-markup.js';
import type { FaqData } from '../../src/data/faq-types.js';
import { PREBUILT_FORMAT } from '../../src/search/search-index.js';
import { faq, prebuilt } from './prebuilt.js';
import { shiftJis } from './shift-jis.js';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const hostile: FaqData = {
  lang: 'ja',
  categories: [{ id: 'c', label: '<b>分類</b> & "引用"' }],
  synonyms: [['</script><script>alert(1)</script>', '無料']],
  entries: [
    {
      id: 'x',
      category: 'c',
      question: '<img src=x onerror=alert(1)>は?',
      answer: '1行目\n2行目 https://example.jp/a?b=1&c=2\n\n次の段落 javascript:alert(1)',
    },
  ],
};

test('render escapes every text of the data and keeps the JSON script closed', () => {
  const html = renderFaqMarkup(hostile, { prebuilt: { note: '</script>' } });
  assert.match(html, /<h3>&lt;b&gt;分類&lt;\/b&gt; &amp; &quot;引用&quot;<\/h3>/);
  assert.match(html, /<summary>&lt;img src=x onerror=alert\(1\)&gt;は\?<\/summary>/);
  assert.equal(html.match(/<\/script>/g)?.length, 1, 'only the JSON script’s own end tag');
  assert.match(html, /<p>1行目<br>\n2行目 <a href="https:\/\/example\.jp\/a\?b=1&amp;c=2">https:\/\/example\.jp\/a\?b=1&amp;c=2<\/a><\/p>/);
  assert.match(html, /<p>次の段落 javascript:alert\(1\)<\/p>/, 'an unsafe scheme stays text');
  const json = /<script type="application\/json" data-faq-index>(.*)<\/script>/.exec(html)![1];
  assert.deepEqual(JSON.parse(json), { synonyms: hostile.synonyms, index: { note: '</script>' } });
});

test('render puts every entry under its category, in data order, with its id and keywords', () => {
  const html = renderFaqMarkup(faq);
  const ids = [...html.matchAll(/<details id="([^"]+)"/g)].map((m) => m[1]);
  const byCategory = faq.categories.flatMap((c) => faq.entries.filter((e) => e.category === c.id).map((e) => e.id));
  assert.deepEqual(ids, byCategory);
  assert.equal(html.match(/<h3>/g)?.length, faq.categories.length);
  assert.match(html, /<details id="how-many-users" data-keywords="ユーザー数、利用者数、利用状況">/);
});

test('render holds the place of the widget’s controls: the search box, the categories as links to their sections, the count', () => {
  const html = renderFaqMarkup(faq);
  assert.match(html, /<label>質問を検索<br><input type="search" disabled [^>]*><\/label>/);
  const links = [...html.matchAll(/<a href="#(faq-category-[^"]+)">([^<]+)<\/a>/g)];
  assert.deepEqual(
    links.map((m) => m[2]),
    faq.categories.map((c) => c.label),
  );
  for (const [, anchor] of links) assert.match(html, new RegExp(`<section data-category="[^"]+" id="${anchor}">`));
  assert.match(html, new RegExp(`<p data-faq-status>${faq.entries.length}件の質問があります</p>`));
  // One category: nothing to choose, no links; English data, English words.
  const single = renderFaqMarkup({ ...hostile, lang: 'en' });
  assert.doesNotMatch(single, /data-faq-categories/);
  assert.match(single, /<label>Search questions<br>/);
});

test('line-gov-faq render prints a city’s markup, and refuses invalid data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'line-gov-faq-render-'));
  const city = join(dir, 'city.json');
  const index = { format: PREBUILT_FORMAT, text: 'stale', segments: [] };
  writeFileSync(city, JSON.stringify({ ...hostile, index }));
  const printed = await run('render', city, '--heading-level', '4');
  assert.equal(printed.status, 0);
  // The element's own heading level one above, so its category headings stay <h4> once upgraded.
  assert.match(printed.out, /^<line-gov-faq heading-level="3">\n/);
  assert.match(printed.out, /\n {2}<section data-category="c" id="faq-category-c">\n {4}<h4>/);
  assert.ok(printed.out.includes(`"index":${JSON.stringify(index)}`), 'the file’s own prebuilt index is embedded');
  const out = join(dir, 'out.html');
  assert.equal((await run('render', city, '-o', out)).status, 0);
  assert.equal(
    readFileSync(out, 'utf8').trimEnd(),
    printed.out.replace(' heading-level="3"', '').replace('<h4>', '<h3>').replace('</h4>', '</h3>'),
  );
  writeFileSync(city, JSON.stringify({ ...hostile, entries: [] }));
  const refused = await run('render', city);
  assert.equal(refused.status, 1);
  assert.match(refused.err, /entries/);
  assert.equal((await run('render', city, '--heading-level', '9')).status, 2);
  // Read as validate and build read files: Shift_JIS refused by name, not rendered as mojibake.
  writeFileSync(city, shiftJis(JSON.stringify({ ...hostile, index })));
  const sjis = await run('render', city);
  assert.equal(sjis.status, 1);
  assert.match(sjis.err, /Shift_JIS/);
  assert.equal(sjis.out, '');
});

test('the demo page built with render is current', () => {
  const page = readFileSync(new URL('../../demo/markup.html', import.meta.url), 'utf8');
  const markup = /<!-- line-gov-faq render: start -->\n([\s\S]*)<!-- line-gov-faq render: end -->/.exec(page)?.[1];
  assert.equal(markup, renderFaqMarkup(faq, { prebuilt, headingLevel: 3 }), 'run: npm run build && node scripts/render-demo.mjs');
});
