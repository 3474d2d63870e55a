import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';
import { jsonUrl, watchPageErrors } from './page-errors.js';

const fixtureUrl = (name) => new URL(`../fixtures/${name}`, import.meta.url).href;
const city = { lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a', question: '質問', answer: '回答' }] };

const NOTICE = '現在、よくある質問を表示できません。しばらくしてから、もう一度お試しください。';

/** JSON bytes with 「ごみ」 in Shift_JIS, as a Japanese Windows tool saves it. */
function shiftJisJson() {
  const ascii = (text) => [...text].map((c) => c.charCodeAt(0));
  const gomi = [0x82, 0xb2, 0x82, 0xdd];
  const bytes = [
    ...ascii('{"lang":"ja","categories":[{"id":"a","label":"'),
    ...gomi,
    ...ascii('"}],"entries":[{"id":"x","category":"a","question":"'),
    ...gomi,
    ...ascii('?","answer":"'),
    ...gomi,
    ...ascii('"}]}'),
  ];
  return URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/json' }));
}

// [case, src, what the webmaster is told (faq-error and the console)]
const FAILURES = [
  ['404', '/no/such/faq.json', 'サーバーの応答は HTTP 404 Not Found でした'],
  ['500', '/test-api/status/500', 'HTTP 500'],
  ['network failure', '/test-api/drop', 'サーバーから応答がありませんでした'],
  ['invalid JSON', fixtureUrl('not-json.json'), 'JSONとして読めません'],
  ['a Shift_JIS file', shiftJisJson(), '文字コードが UTF-8 ではありません（Shift_JIS のようです）'],
  ['missing fields', jsonUrl({ lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a' }] }), '2件の問題'],
  [
    'wrong types',
    jsonUrl({ lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a', question: 42, answer: ['回答'] }] }),
    '2件の問題',
  ],
  ['duplicate ids', fixtureUrl('city-faq.invalid.json'), '問題があります'],
  ['unknown category', jsonUrl({ ...city, entries: [{ ...city.entries[0], category: 'parks' }] }), '1件の問題'],
  ['an empty FAQ', jsonUrl({ ...city, entries: [] }), '1件の問題'],
  ['not an object', jsonUrl('[1, 2, 3]'), '1件の問題'],
];

/** Records what the widget tells the webmaster on the console. */
function watchConsole() {
  const original = console.error;
  const lines = [];
  console.error = (...args) => lines.push(args.join(' '));
  return { lines, stop: () => (console.error = original) };
}

describe('bad src', () => {
  let watcher;
  let consoleWatch;
  beforeEach(() => {
    watcher = watchPageErrors();
    consoleWatch = watchConsole();
  });
  afterEach(() => {
    watcher.stop();
    consoleWatch.stop();
  });

  for (const [name, src, detail] of FAILURES) {
    it(`${name}: residents get a short notice and no search box; the webmaster gets the details`, async () => {
      const element = await fixture(html`<line-gov-faq src=${src}></line-gov-faq>`);
      const event = await oneEvent(element, 'faq-error');
      await element.updateComplete;
      const faq = new FaqHarness(element);
      expect(faq.errorBox.textContent.trim()).to.equal(NOTICE);
      expect(faq.questions()).to.deep.equal([]);
      expect(faq.input, 'no search box while there is nothing to search').to.equal(null);
      expect(faq.root.querySelector('[part~="categories"]')).to.equal(null);
      expect(event.detail.message).to.contain(detail);
      expect(event.detail.notice).to.equal(NOTICE);
      expect(event.detail.url).to.contain(src.replace(/^\//, ''));
      expect(consoleWatch.lines.join('\n')).to.contain(detail);
      expect(watcher.errors).to.deep.equal([]);
    });
  }

  it('an HTTP error names the status and the URL, not "no answer"', async () => {
    const element = await fixture(html`<line-gov-faq src="/no/such/faq.json"></line-gov-faq>`);
    const { detail } = await oneEvent(element, 'faq-error');
    expect(detail.status).to.equal(404);
    expect(detail.message).to.contain('/no/such/faq.json');
    expect(detail.message).not.to.contain('応答がありませんでした');
  });

  it('every problem of invalid data goes to faq-error with its path, in one pass', async () => {
    const bad = {
      lang: 'ja',
      categories: [{ id: 'a', label: 'A' }],
      entries: [
        { id: 'x', category: 'a', question: '', answer: '回答' },
        { id: 'x', category: 'b', question: '質問', answer: '回答' },
        { id: 'y', category: 'a', question: '質問2' },
      ],
    };
    const element = await fixture(html`<line-gov-faq src=${jsonUrl(bad)}></line-gov-faq>`);
    const { detail } = await oneEvent(element, 'faq-error');
    expect(detail.problems).to.deep.equal([
      '/entries/0/question（ID「x」）: 「question（質問）」が空です。',
      '/entries/1/id（ID「x」）: 質問のID「x」が2回使われています。',
      '/entries/1/category（ID「x」）: カテゴリ「b」は categories にありません。',
      '/entries/2/answer（ID「y」）: 「answer（回答）」がありません。',
    ]);
  });

  it('a file saved with a BOM is shown like one without', async () => {
    const src = URL.createObjectURL(new Blob(['\uFEFF' + JSON.stringify(city)], { type: 'application/json' }));
    const element = await fixture(html`<line-gov-faq src=${src}></line-gov-faq>`);
    await element.ready;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.errorBox).to.equal(null);
    expect(faq.questions()).to.deep.equal(['質問']);
  });

  it('speaks the current UI language', async () => {
    const element = await fixture(html`<line-gov-faq lang="en" src="/test-api/status/500"></line-gov-faq>`);
    const { detail } = await oneEvent(element, 'faq-error');
    await element.updateComplete;
    expect(new FaqHarness(element).errorBox.textContent.trim()).to.equal('The FAQ cannot be shown right now. Please try again later.');
    expect(detail.message).to.contain('the server answered HTTP 500');
  });

  it('keeps the previous data visible when a new src fails', async () => {
    const element = await fixture(html`<line-gov-faq src=${fixtureUrl('city-faq.json')}></line-gov-faq>`);
    await element.ready;
    element.src = '/test-api/status/500';
    await oneEvent(element, 'faq-error');
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.errorBox.textContent.trim()).to.equal('最新のよくある質問を読み込めませんでした。以前の内容を表示しています。');
    expect(faq.questions()).to.have.length(3);
    expect(faq.input, 'the data shown can still be searched').to.exist;
    expect(watcher.errors).to.deep.equal([]);
  });

  it('shows the loading state during a slow response', async () => {
    const element = await fixture(html`<line-gov-faq src="/test-api/slow/600"></line-gov-faq>`);
    const faq = new FaqHarness(element);
    expect(faq.status).to.equal('FAQを読み込んでいます…');
    expect(faq.root.querySelector('.content').getAttribute('aria-busy')).to.equal('true');
    await element.ready;
    await element.updateComplete;
    expect(faq.questions()).to.have.length(3);
    expect(faq.root.querySelector('.content').getAttribute('aria-busy')).to.equal('false');
  });

  it('lets the newest src win over a slower, older one', async () => {
    const element = await fixture(html`<line-gov-faq src="/test-api/slow/800?file=city-faq.json"></line-gov-faq>`);
    element.src = jsonUrl(city);
    await element.ready;
    // The same slow request, started after the element's: once it has answered, so has the
    // element's (which a correct widget has aborted).
    await (await fetch('/test-api/slow/800?file=city-faq.json')).text();
    await element.updateComplete;
    expect(new FaqHarness(element).questions()).to.deep.equal(['質問']);
    expect(watcher.errors).to.deep.equal([]);
  });

  it('recovers when src is fixed', async () => {
    const element = await fixture(html`<line-gov-faq src="/no/such/faq.json"></line-gov-faq>`);
    await oneEvent(element, 'faq-error');
    element.src = fixtureUrl('city-faq.json');
    await element.ready;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    await waitUntil(() => faq.questions().length === 3);
    expect(faq.errorBox).to.equal(null);
  });
});

describe('one language for everything the widget says', () => {
  let watcher;
  beforeEach(() => (watcher = watchPageErrors()));
  afterEach(() => watcher.stop());

  it('on an English page, the box, faq-error and the console all speak English', async () => {
    const logged = [];
    const error = console.error;
    console.error = (...args) => logged.push(args.join(' '));
    try {
      const host = await fixture(html`<div lang="en"></div>`);
      const element = document.createElement('line-gov-faq');
      element.src = '/no/such/faq.json';
      const failed = oneEvent(element, 'faq-error');
      host.append(element);
      const { detail } = await failed;
      await element.updateComplete;
      expect(detail.notice).to.equal('The FAQ cannot be shown right now. Please try again later.');
      expect(new FaqHarness(element).root.textContent).to.contain(detail.notice);
      expect(detail.message).to.match(/404/);
      expect(detail.message).to.not.match(/[\u3040-\u30ff]/);
    } finally {
      console.error = error;
    }
    expect(logged.join('\n')).to.not.match(/[\u3040-\u30ff]/);
  });

  it('after a newer src fails, faq-error tells residents what the box tells them: the earlier FAQ is shown', async () => {
    const element = await fixture(html`<line-gov-faq .data=${city}></line-gov-faq>`);
    await element.ready;
    const failed = oneEvent(element, 'faq-error');
    element.src = '/no/such/faq.json';
    const { detail } = await failed;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.questions()).to.deep.equal(['質問']);
    expect(detail.notice).to.not.equal(NOTICE);
    expect(faq.root.querySelector('[role="alert"], .error, .notice')?.textContent ?? faq.root.textContent).to.contain(detail.notice);
  });
});

describe('every failure while loading ends in the notice and faq-error', () => {
  let watcher;
  beforeEach(() => (watcher = watchPageErrors()));
  afterEach(() => watcher.stop());

  it('a throw while loading (a part of the script failing after a redeploy, say), not only a failed request', async () => {
    const realFetch = window.fetch;
    // A response whose body cannot be read as bytes: reading it throws.
    window.fetch = async () => ({ ok: true, url: '/stubbed/faq.json', arrayBuffer: async () => -1 });
    try {
      const host = await fixture(html`<div></div>`);
      const element = document.createElement('line-gov-faq');
      element.src = '/stubbed/faq.json';
      const failed = oneEvent(element, 'faq-error');
      host.append(element);
      const { detail } = await failed;
      await element.updateComplete;
      expect(detail.notice).to.equal(NOTICE);
      expect(detail.message).to.contain('/stubbed/faq.json');
      expect(new FaqHarness(element).root.textContent).to.contain(NOTICE);
    } finally {
      window.fetch = realFetch;
    }
    expect(watcher.errors).to.deep.equal([]);
  });
});
