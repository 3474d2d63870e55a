import { expect, waitUntil } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';

/** Puts `markup` in the page as a CMS would (parsed HTML, not a template), and waits for the widget. */
async function fromMarkup(markup) {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const element = host.querySelector('line-gov-faq');
  await element.updateComplete;
  const questionsAtFirstRender = new FaqHarness(element).questions();
  await element.ready;
  await element.updateComplete;
  return { host, element, faq: new FaqHarness(element), questionsAtFirstRender };
}

/** The <line-gov-faq> markup of the demo page built with `line-gov-faq render`. */
async function renderedDemoMarkup() {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/markup.html')).text(), 'text/html');
  return page.querySelector('line-gov-faq').outerHTML;
}

let cleanup = [];
afterEach(() => {
  cleanup.forEach((node) => node.remove());
  cleanup = [];
  history.replaceState(null, '', location.pathname + location.search);
});

describe('FAQ markup in the page (progressive enhancement)', () => {
  it('reads the rendered markup of the bundled FAQ back as the same data, and shows it at the first render', async () => {
    const bundled = await (await fetch('/data/faq.ja.json')).json();
    const { host, element, faq, questionsAtFirstRender } = await fromMarkup(await renderedDemoMarkup());
    cleanup.push(host);
    const strip = ({ id, category, question, answer, keywords }) => ({ id, category, question, answer, ...(keywords ? { keywords } : {}) });
    expect(element.data.entries.map(strip)).to.deep.equal(bundled.entries.map(strip));
    expect(element.data.categories).to.deep.equal(bundled.categories);
    expect(element.data.synonyms).to.deep.equal(bundled.synonyms);
    expect(element.data.source).to.deep.equal(bundled.source);
    // No empty or loading state between the markup and the widget: the list is there at once.
    expect(questionsAtFirstRender).to.deep.equal(bundled.entries.map((e) => e.question));
    expect(faq.headings()).to.deep.equal(bundled.categories.map((c) => c.label));
  });

  it('searches with the prebuilt index and synonyms the markup carries', async () => {
    const { host, faq } = await fromMarkup(await renderedDemoMarkup());
    cleanup.push(host);
    // Readings come from the prebuilt index only: 「じちたい」 is never written in kana in the FAQ.
    await faq.search('じちたい');
    expect(faq.questions().length).to.be.greaterThan(0);
    expect(faq.marks()).to.include('自治体');
    await faq.search('お年寄り');
    expect(faq.questions()[0]).to.equal('高齢者でもLINEを使えますか?');
  });

  it('keeps its prebuilt index when a CMS editor has collapsed or dropped the white space', async () => {
    // What editors do on saving: no line breaks or indentation between tags, no space before a link.
    const collapsed = (await renderedDemoMarkup())
      .replace(/>\s+</g, '><')
      .replace(/\s*\n\s*/g, ' ')
      .replace(/ +<a /g, '<a ');
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const { host, faq } = await fromMarkup(collapsed);
      cleanup.push(host);
      await faq.search('じちたい');
      expect(faq.marks()).to.include('自治体');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('says on the console when the index in the markup is not for its questions', async () => {
    const edited = (await renderedDemoMarkup()).replace('高齢者でもLINEを使えますか?', '高齢の方でもLINEを使えますか?');
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const { host } = await fromMarkup(edited);
      cleanup.push(host);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<line-gov-faq>: 検索用の索引は作成後に本文が変わったため使いません/);
    expect(warnings[0]).to.contain('line-gov-faq render');
  });

  it('keeps links and line breaks of answers, and reads other markup as text only', async () => {
    const { host, element, faq } = await fromMarkup(`<line-gov-faq>
      <details id="hours"><summary>窓口の<b>受付時間</b>は?</summary>
        <p>平日 8:30〜17:15 です。<br>土日は休みです。</p>
        <p>詳しくは<a href="https://example.jp/hours">こちら</a>、電話は <a href="tel:0120-000-000">0120-000-000</a>。</p>
        <p><img src="data:," alt="画像"><script>window.__markupRan = true</script><a href="javascript:alert(1)">危険</a></p>
      </details>
    </line-gov-faq>`);
    cleanup.push(host);
    expect(element.data.entries[0]).to.deep.equal({
      id: 'hours',
      category: 'faq',
      question: '窓口の受付時間は?',
      answer: '平日 8:30〜17:15 です。\n土日は休みです。\n\n詳しくはこちら (https://example.jp/hours)、電話は tel:0120-000-000。\n\n危険',
    });
    await faq.toggle('窓口の受付時間は?');
    const answer = faq.details('窓口の受付時間は?').querySelector('[part~="answer"]');
    expect([...answer.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.jp/hours',
      'tel:0120-000-000',
    ]);
    expect(faq.root.querySelectorAll('b, img, script')).to.have.length(0);
    expect(window.__markupRan).to.equal(undefined);
  });

  it('makes one category without filter or category heading when the markup has no groups', async () => {
    const { host, faq } = await fromMarkup(`<line-gov-faq>
      <details id="a"><summary>質問A</summary>回答A</details>
      <details id="b"><summary>質問B</summary>回答B</details>
    </line-gov-faq>`);
    cleanup.push(host);
    expect(faq.questions()).to.deep.equal(['質問A', '質問B']);
    expect(faq.categories()).to.deep.equal([]);
    expect(faq.headings()).to.deep.equal([]);
    expect(faq.status).to.equal('2件の質問があります');
  });

  it('groups entries by data-category, labelled by the group heading', async () => {
    const { host, element, faq } = await fromMarkup(`<line-gov-faq>
      <section data-category="tax"><h3>税金</h3><details id="t1"><summary>住民税の納付方法は?</summary>口座振替かコンビニで。</details></section>
      <div data-category="trash"><h3>ごみ</h3><details id="g1"><summary>粗大ごみの出し方は?</summary>予約制です。</details></div>
    </line-gov-faq>`);
    cleanup.push(host);
    expect(element.data.categories).to.deep.equal([
      { id: 'tax', label: '税金' },
      { id: 'trash', label: 'ごみ' },
    ]);
    expect(faq.categories().map((c) => c.label)).to.deep.equal(['すべて', '税金', 'ごみ']);
    await faq.search('粗大ごみ');
    expect(faq.questions()[0]).to.equal('粗大ごみの出し方は?');
  });

  it('opens the entry a deep link names, and entries open in the markup', async () => {
    history.replaceState(null, '', '#g1');
    const { host, faq } = await fromMarkup(`<line-gov-faq>
      <details id="t1" open><summary>住民税の納付方法は?</summary>口座振替かコンビニで。</details>
      <details id="g1"><summary>粗大ごみの出し方は?</summary>予約制です。</details>
      <details id="x1"><summary>転入届は?</summary>14日以内に。</details>
    </line-gov-faq>`);
    cleanup.push(host);
    await waitUntil(() => faq.openQuestions().length === 2);
    expect(faq.openQuestions()).to.deep.equal(['住民税の納付方法は?', '粗大ごみの出し方は?']);
  });

  it('takes a link from the markup’s table of contents to a category as choosing that category', async () => {
    const { host, faq } = await fromMarkup(await renderedDemoMarkup());
    cleanup.push(host);
    const link = [...host.querySelectorAll('[data-faq-categories] a')].find((a) => a.textContent === 'LINE Pay');
    location.hash = link.getAttribute('href');
    await waitUntil(() => faq.categories().find((c) => c.pressed)?.label === 'LINE Pay', 'the category was never chosen');
    expect(faq.headings()).to.deep.equal(['LINE Pay']);
    expect(faq.openQuestions()).to.deep.equal([]);
  });

  it('lets src win over markup', async () => {
    const src = new URL('../fixtures/city-faq.json', import.meta.url).href;
    const { host, faq } = await fromMarkup(
      `<line-gov-faq src="${src}"><details id="m"><summary>マークアップの質問</summary>回答</details></line-gov-faq>`,
    );
    cleanup.push(host);
    expect(faq.questions()).to.not.include('マークアップの質問');
    expect(faq.questions()).to.include('デモ市の公式アカウントを友だち追加するには?');
  });

  it('keeps the category heading level of the markup once upgraded (heading-level one above)', async () => {
    const { host, element } = await fromMarkup(`<line-gov-faq heading-level="3">
      <section data-category="tax"><h4>税金</h4><details id="t1"><summary>住民税は?</summary>回答</details></section>
      <section data-category="trash"><h4>ごみ</h4><details id="g1"><summary>粗大ごみは?</summary>回答</details></section>
    </line-gov-faq>`);
    cleanup.push(host);
    expect([...element.shadowRoot.querySelectorAll('.category-heading')].map((h) => h.tagName)).to.deep.equal(['H4', 'H4']);
  });
});
