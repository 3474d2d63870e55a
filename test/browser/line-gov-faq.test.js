import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/line-gov-faq.js';
import { smallFaq } from '../fixtures/small-faq.js';
import { FaqHarness, toggleEvents } from './harness.js';

const CITY = new URL('../fixtures/city-faq.json', import.meta.url).href;
/** The test FAQ's categories, in data order, and how many questions it has. */
const CATEGORIES = smallFaq.categories.map((c) => c.label);
const COUNT = smallFaq.entries.length;

async function widget(template = html`<line-gov-faq .data=${smallFaq}></line-gov-faq>`) {
  const element = await fixture(template);
  await element.ready;
  await element.updateComplete;
  return { element, faq: new FaqHarness(element) };
}

// Only when needed: WebKit refuses more than 100 address changes in 10 seconds.
afterEach(() => {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});

describe('<line-gov-faq> with no query', () => {
  it('shows every question grouped under its category heading, in data order', async () => {
    const { faq } = await widget();
    expect(faq.questions()).to.have.length(COUNT);
    expect(faq.headings()).to.deep.equal(CATEGORIES);
    expect(faq.questions()[0]).to.equal('行政においてLINEを活用するメリットは何ですか?');
    expect(faq.status).to.equal(`${COUNT}件の質問があります`);
  });

  it('keeps answers closed until opened', async () => {
    const { faq } = await widget();
    expect(faq.openQuestions()).to.deep.equal([]);
    const answer = faq.details('高齢者でもLINEを使えますか?').querySelector('[part~="answer"]');
    expect(answer.textContent).to.contain('65歳以上');
    expect(answer.checkVisibility()).to.equal(false);
  });
});

describe('searching', () => {
  it('shows results ranked best first, with matches marked', async () => {
    const { faq } = await widget();
    await faq.search('リッチメニュー');
    expect(faq.questions()[0]).to.equal('リッチメニューとは何ですか?');
    expect(faq.headings()).to.deep.equal([]);
    expect(faq.marks(faq.item('リッチメニューとは何ですか?'))).to.include('リッチメニュー');
    expect(faq.status).to.equal(`${faq.questions().length}件の質問が見つかりました`);
  });

  it('finds half-width and hiragana spellings', async () => {
    const { faq } = await widget();
    await faq.search('ﾘｯﾁﾒﾆｭｰ');
    const halfWidth = faq.questions();
    await faq.search('りっちめにゅー');
    expect(faq.questions()).to.deep.equal(halfWidth);
    expect(halfWidth[0]).to.equal('リッチメニューとは何ですか?');
  });

  it('updates the category counts to the matches of the query', async () => {
    const { faq } = await widget();
    const before = faq.categories();
    expect(before[0]).to.deep.equal({ label: 'すべて', count: COUNT, pressed: true });
    await faq.search('相談');
    const after = faq.categories();
    expect(after[0].count).to.equal(faq.questions().length);
    expect(after.find((c) => c.label === 'LINE 相談').count).to.be.greaterThan(0);
    // Categories without results step aside while searching, and come back after.
    expect(after.every((c) => c.count > 0)).to.equal(true);
    expect(after.find((c) => c.label === 'LINEスタンプ')).to.equal(undefined);
    await faq.search('');
    expect(faq.categories().find((c) => c.label === 'LINEスタンプ').count).to.equal(1);
  });

  it('shows a no-results message with the query and ways out', async () => {
    const { faq } = await widget();
    await faq.search('ラーメン');
    expect(faq.questions()).to.deep.equal([]);
    expect(faq.emptyState.textContent).to.contain('「ラーメン」に一致する質問は見つかりませんでした。');
    expect(faq.status).to.equal('該当する質問はありません');
    faq.button('検索をクリア').click();
    await faq.element.updateComplete;
    expect(faq.questions()).to.have.length(COUNT);
    expect(faq.input.value).to.equal('');
  });

  it('shows questions that hold only part of the query under their own heading', async () => {
    const { faq } = await widget();
    await faq.search('リッチメニュー 着信音');
    expect(faq.questions()[0]).to.equal('リッチメニューとは何ですか?');
    expect(faq.headings()).to.include('関連する可能性のある質問');
    expect(faq.status).to.match(/^完全に一致する質問はありませんが、関連する可能性のある質問が[1-9]\d*件あります$/);
    await faq.search('リッチメニュー');
    expect(faq.headings()).to.not.include('関連する可能性のある質問');
  });

  it('follows one or two answers with the closest other questions, under the near-match heading', async () => {
    const { faq } = await widget();
    await faq.search('相談 虐待');
    expect(faq.status).to.match(/^1件の質問が見つかりました（ほかに関連する可能性のある質問が[12]件）$/);
    expect(faq.questions()[0]).to.equal('LINE相談とは何ですか?');
    const near = faq.root.querySelector('.group.near');
    expect(near.querySelector('h3, h4, h5, h6').textContent).to.equal('関連する可能性のある質問');
    // The answer's list comes before the near matches, in the document as on screen.
    const answerList = faq.root.querySelector('ul[part~="list"]');
    expect(answerList.compareDocumentPosition(near) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(answerList.closest('.near')).to.equal(null);
  });

  it('clears the search with Escape', async () => {
    const { faq } = await widget();
    await faq.search('VOOM');
    expect(faq.questions().length).to.be.lessThan(COUNT);
    faq.input.focus();
    await sendKeys({ press: 'Escape' });
    await faq.element.updateComplete;
    expect(faq.input.value).to.equal('');
    expect(faq.questions()).to.have.length(COUNT);
  });

  it('updates as the person types, key by key', async () => {
    const { faq } = await widget();
    faq.input.focus();
    await sendKeys({ type: 'voom' });
    await faq.element.updateComplete;
    expect(faq.element.query).to.equal('voom');
    expect(faq.questions()[0]).to.equal('LINE VOOMを使うメリットを教えてください。');
  });

  it('treats Lunr query syntax as text', async () => {
    const { faq } = await widget();
    for (const query of ['LINE:', '~', '^2', '*', 'title:VOOM', '+-']) {
      await faq.search(query);
      expect(faq.status).to.match(
        /^[1-9]\d*件の質問が見つかりました(（ほかに関連する可能性のある質問が[1-9]件）)?$|^該当する質問はありません$|^完全に一致/,
      );
    }
  });
});

describe('Japanese input (IME)', () => {
  it('does not search while a word is being composed, and searches when it is confirmed', async () => {
    const { faq } = await widget();
    const input = faq.input;
    input.focus();
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    input.value = 'けいさつ';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
    await faq.element.updateComplete;
    expect(faq.questions()).to.have.length(COUNT);
    input.value = '警察';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '警察' }));
    await faq.element.updateComplete;
    expect(faq.questions()).to.deep.equal(['警察連携時のLINE社窓口を教えてください。']);
  });

  it('ignores the Enter that confirms a conversion', async () => {
    const { faq } = await widget();
    await faq.search('警察');
    faq.input.focus();
    faq.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true }));
    faq.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, composed: true }));
    await faq.element.updateComplete;
    expect(faq.root.activeElement).to.equal(faq.input);
  });

  it('moves to the first result on a plain Enter', async () => {
    const { faq } = await widget();
    await faq.search('警察');
    faq.input.focus();
    await sendKeys({ press: 'Enter' });
    expect(faq.root.activeElement.querySelector('.question-text').textContent).to.equal('警察連携時のLINE社窓口を教えてください。');
  });
});

describe('category filter', () => {
  it('narrows the list to the chosen category and exposes the choice', async () => {
    const { faq } = await widget();
    await faq.chooseCategory('LINE Pay');
    expect(faq.questions()).to.deep.equal([
      'キャッシュレス決済を導入するにはどうすればよいですか?',
      'LINE Payの導入状況が分かるものはありますか?',
    ]);
    expect(faq.categoryButton('LINE Pay').getAttribute('aria-pressed')).to.equal('true');
    expect(faq.categoryButton('すべて').getAttribute('aria-pressed')).to.equal('false');
    expect(faq.element.category).to.equal('line-pay');
  });

  it('works with the keyboard', async () => {
    const { faq } = await widget();
    faq.categoryButton('LINEスタンプ').focus();
    await sendKeys({ press: 'Enter' });
    await faq.element.updateComplete;
    expect(faq.questions()).to.deep.equal(['友だち追加時にLINEスタンプを配るにはどうすればよいですか?']);
    faq.categoryButton('すべて').focus();
    // ' ', not 'Space': over WebDriver BiDi (Firefox) keys are named by the character they type.
    await sendKeys({ press: ' ' });
    await faq.element.updateComplete;
    expect(faq.questions()).to.have.length(COUNT);
  });

  it('offers to show all categories when the chosen one has no match', async () => {
    const { faq } = await widget();
    await faq.chooseCategory('LINE Pay');
    await faq.search('警察');
    expect(faq.emptyState.textContent).to.contain('「LINE Pay」カテゴリ内に該当する質問はありません。');
    faq.button('すべてのカテゴリを表示').click();
    await faq.element.updateComplete;
    expect(faq.questions()).to.deep.equal(['警察連携時のLINE社窓口を教えてください。']);
  });
});

describe('answers', () => {
  it('open and close with the keyboard', async () => {
    const { faq } = await widget();
    const summary = faq.details('高齢者でもLINEを使えますか?').querySelector('summary');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => faq.openQuestions().length === 1);
    expect(faq.openQuestions()).to.deep.equal(['高齢者でもLINEを使えますか?']);
    await sendKeys({ press: ' ' });
    await waitUntil(() => faq.openQuestions().length === 0);
  });

  it('all open and all close', async () => {
    const { faq } = await widget();
    faq.button('すべて開く').click();
    await faq.element.updateComplete;
    expect(faq.openQuestions()).to.have.length(COUNT);
    faq.button('すべて閉じる').click();
    await faq.element.updateComplete;
    expect(faq.openQuestions()).to.have.length(0);
  });

  it('keep their line breaks', async () => {
    const { faq } = await widget();
    const answer = faq.details('LINE公式アカウントの基本機能でできることを教えてください。').querySelector('[part~="answer"]');
    expect(getComputedStyle(answer).whiteSpace).to.equal('pre-line');
    expect(answer.textContent).to.contain('・友だちへのメッセージ一斉配信\n・LINE VOOM投稿');
  });

  it('turn URLs into links that open in a new tab, announced as external', async () => {
    const { faq } = await widget();
    const links = [...faq.root.querySelectorAll('[part~="answer"] a')];
    // One for each address in the test FAQ's answers.
    expect(links).to.have.length(9);
    for (const link of links) {
      expect(['http:', 'https:']).to.include(new URL(link.href).protocol);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.textContent).to.contain('新しいタブで開きます');
    }
    // An address in ASCII brackets ends before the closing one.
    const bracketed = links.find((a) => a.href.startsWith('https://counsel.example.jp'));
    expect(bracketed.getAttribute('href')).to.equal('https://counsel.example.jp/');
  });

  it('show unsafe schemes and markup as text', async () => {
    const { element, faq } = await widget();
    window.__pwned = false;
    element.data = {
      lang: 'ja',
      categories: [{ id: 'x', label: '<img src=x onerror="window.__pwned=true">' }],
      entries: [
        {
          id: 'evil',
          category: 'x',
          question: '<script>window.__pwned=true</script>',
          answer: 'javascript:window.__pwned=true data:text/html,hi <b>bold</b> https://ok.example/',
        },
      ],
    };
    await element.ready;
    await element.updateComplete;
    expect(faq.questions()).to.deep.equal(['<script>window.__pwned=true</script>']);
    expect(faq.root.querySelector('script, img, b')).to.equal(null);
    expect([...faq.root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://ok.example/']);
    await faq.toggle('<script>window.__pwned=true</script>');
    expect(window.__pwned).to.equal(false);
  });
});

describe('deep links', () => {
  it('open the entry named in the hash when the page loads', async () => {
    history.replaceState(null, '', '#rich-menu');
    const { faq } = await widget();
    expect(faq.openQuestions()).to.deep.equal(['リッチメニューとは何ですか?']);
  });

  it('follow hash changes, clearing a search that hides the entry', async () => {
    const { faq } = await widget();
    await faq.search('警察');
    location.hash = '#line-voom-benefits';
    await oneEvent(window, 'hashchange');
    await faq.element.updateComplete;
    expect(faq.input.value).to.equal('');
    expect(faq.openQuestions()).to.deep.equal(['LINE VOOMを使うメリットを教えてください。']);
    const top = faq.details('LINE VOOMを使うメリットを教えてください。').getBoundingClientRect().top;
    expect(top).to.be.within(-1, window.innerHeight);
  });

  it('write the opened entry into the address with replaceState', async () => {
    const { faq } = await widget();
    const length = history.length;
    await faq.toggle('警察連携時のLINE社窓口を教えてください。');
    expect(location.hash).to.equal('#police-contact');
    expect(history.length).to.equal(length);
    await faq.toggle('警察連携時のLINE社窓口を教えてください。');
    expect(location.hash).to.equal('');
  });

  it('still open an answer, and say so, when the browser refuses to change the address', async () => {
    // Safari throws a SecurityError after 100 replaceState calls in 10 seconds.
    const { element, faq } = await widget();
    const replaceState = history.replaceState;
    history.replaceState = () => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times per 10 seconds', 'SecurityError');
    };
    const toggles = [];
    element.addEventListener('faq-toggle', (event) => toggles.push(event.detail));
    try {
      await faq.toggle('警察連携時のLINE社窓口を教えてください。');
      expect(toggles).to.deep.equal([{ id: 'police-contact', open: true }]);
      expect(faq.openQuestions()).to.deep.equal(['警察連携時のLINE社窓口を教えてください。']);
    } finally {
      history.replaceState = replaceState;
    }
  });

  it('can be turned off with no-hash', async () => {
    history.replaceState(null, '', '#rich-menu');
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} no-hash></line-gov-faq>`);
    expect(faq.openQuestions()).to.deep.equal([]);
    await faq.toggle('警察連携時のLINE社窓口を教えてください。');
    expect(location.hash).to.equal('#rich-menu');
  });
});

describe('attributes', () => {
  it('categories shows and searches only those categories', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} categories="line-pay,consultation"></line-gov-faq>`);
    expect(faq.headings()).to.deep.equal(['LINE Pay', 'LINE 相談']);
    expect(faq.categories().map((c) => c.label)).to.deep.equal(['すべて', 'LINE Pay', 'LINE 相談']);
    await faq.search('リッチメニュー');
    expect(faq.questions()).to.deep.equal([]);
  });

  it('categories ignores unknown ids with a console warning', async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} categories="line-pay,parks"></line-gov-faq>`);
      expect(faq.headings()).to.deep.equal(['LINE Pay']);
      expect(warnings.join('\n')).to.contain('parks');
    } finally {
      console.warn = warn;
    }
  });

  it('category selects a category at start and when changed', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} category="stickers"></line-gov-faq>`);
    expect(faq.questions()).to.deep.equal(['友だち追加時にLINEスタンプを配るにはどうすればよいですか?']);
    element.setAttribute('category', 'line-pay');
    await element.updateComplete;
    expect(faq.questions()).to.have.length(2);
  });

  it('query searches at start and when changed', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} query="警察"></line-gov-faq>`);
    expect(faq.input.value).to.equal('警察');
    expect(faq.questions()).to.deep.equal(['警察連携時のLINE社窓口を教えてください。']);
    element.setAttribute('query', 'SOCDA');
    await element.updateComplete;
    expect(faq.questions()[0]).to.contain('SOCDA');
  });

  it('lang="en" shows the widget’s words in English, at start and when changed', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} lang="en"></line-gov-faq>`);
    expect(faq.status).to.equal(`${COUNT} questions`);
    expect(faq.root.querySelector('label').textContent).to.equal('Search questions');
    expect(faq.root.querySelector('.content').getAttribute('lang')).to.equal('ja');
    await faq.search('警察');
    expect(faq.status).to.equal('1 question found');
    element.lang = 'ja';
    await element.updateComplete;
    expect(faq.status).to.equal('1件の質問が見つかりました');
  });

  it('src loads another FAQ', async () => {
    const { faq } = await widget(html`<line-gov-faq src=${CITY}></line-gov-faq>`);
    expect(faq.questions()).to.deep.equal([
      'デモ市の公式アカウントを友だち追加するには?',
      '受け取るお知らせを選べますか?',
      'ごみ収集日の通知は届きますか?',
    ]);
    await faq.search('ごみ');
    expect(faq.questions()[0]).to.equal('ごみ収集日の通知は届きますか?');
  });

  it('src shows a loading state while fetching', async () => {
    const element = await fixture(html`<line-gov-faq src=${CITY}></line-gov-faq>`);
    const faq = new FaqHarness(element);
    expect(faq.status).to.equal('FAQを読み込んでいます…');
    expect(faq.root.querySelector('.content').getAttribute('aria-busy')).to.equal('true');
    await element.ready;
  });

  it('src that fails shows an error and fires faq-error, without throwing', async () => {
    const element = await fixture(html`<line-gov-faq src="/no/such/faq.json"></line-gov-faq>`);
    const { detail } = await oneEvent(element, 'faq-error');
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(detail.message).to.contain('HTTP 404');
    expect(faq.errorBox.getAttribute('role')).to.equal('alert');
    expect(faq.errorBox.textContent.trim()).to.equal('現在、よくある質問を表示できません。しばらくしてから、もう一度お試しください。');
  });

  it('heading, hide-search and hide-filter', async () => {
    const { faq } = await widget(
      html`<line-gov-faq .data=${smallFaq} heading="よくある質問" heading-level="3" hide-search hide-filter></line-gov-faq>`,
    );
    expect(faq.root.querySelector('h3[part~="heading"]').textContent).to.equal('よくある質問');
    expect(faq.root.querySelector('h4.category-heading')).to.exist;
    expect(faq.input).to.equal(null);
    expect(faq.root.querySelector('[part~="categories"]')).to.equal(null);
  });
});

describe('events', () => {
  it('faq-search carries the query and the result count', async () => {
    const { element, faq } = await widget();
    const searched = oneEvent(element, 'faq-search');
    await faq.search('警察');
    const { detail, bubbles, composed } = await searched;
    expect(detail).to.deep.equal({ query: '警察', resultCount: 1, near: false });
    expect(bubbles && composed).to.equal(true);
    const cleared = oneEvent(element, 'faq-search');
    await faq.search('');
    expect((await cleared).detail).to.deep.equal({ query: '', resultCount: COUNT, near: false });
  });

  it('faq-toggle carries the id and the open state', async () => {
    const { element, faq } = await widget();
    const toggled = oneEvent(element, 'faq-toggle');
    await faq.toggle('リッチメニューとは何ですか?');
    const { detail } = await toggled;
    expect(detail).to.deep.equal({ id: 'rich-menu', open: true });
  });

  it('faq-category carries the chosen category, null for all', async () => {
    const { element, faq } = await widget();
    const chosen = oneEvent(element, 'faq-category');
    await faq.chooseCategory('LINE Pay');
    expect((await chosen).detail).to.deep.equal({ category: 'line-pay' });
    const all = oneEvent(element, 'faq-category');
    await faq.chooseCategory('すべて');
    expect((await all).detail).to.deep.equal({ category: null });
  });

  it('faq-ready fires when data and index are usable', async () => {
    const element = document.createElement('line-gov-faq');
    element.setAttribute('src', CITY);
    const ready = oneEvent(element, 'faq-ready');
    document.body.append(element);
    try {
      expect((await ready).detail).to.deep.equal({ entryCount: 3 });
    } finally {
      element.remove();
    }
  });
});

describe('find in page', () => {
  it('keeps closed answers in native <details> so the browser can find and open them', async () => {
    const { faq } = await widget();
    const answer = faq.details('警察連携時のLINE社窓口を教えてください。').querySelector('[part~="answer"]');
    expect(answer.closest('details').open).to.equal(false);
    expect(answer.textContent).to.contain('都道府県警察本部');
    expect(getComputedStyle(answer).display).not.to.equal('none');
  });
});

describe('layout', () => {
  it('makes controls at least 44 px tall', async () => {
    const { faq } = await widget();
    for (const control of faq.root.querySelectorAll('button, summary, input')) {
      expect(control.getBoundingClientRect().height, control.textContent).to.be.at.least(44);
    }
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const { element } = await widget(html`<div style="width: 320px"><line-gov-faq .data=${smallFaq}></line-gov-faq></div>`).then(
      ({ element: wrapper }) => ({
        element: wrapper.firstElementChild,
      }),
    );
    await element.ready;
    await element.updateComplete;
    const details = [...element.shadowRoot.querySelectorAll('details')];
    const opened = toggleEvents(details);
    details.forEach((d) => (d.open = true));
    await opened;
    await element.updateComplete;
    expect(element.scrollWidth).to.be.at.most(320);
  });
});

describe('large FAQs', () => {
  const big = {
    lang: 'ja',
    categories: [{ id: 'c', label: 'カテゴリ' }],
    entries: Array.from({ length: 120 }, (_, i) => ({
      id: `q${i + 1}`,
      category: 'c',
      question: `質問${i + 1} 手続き`,
      answer: `回答${i + 1}`,
    })),
  };

  it('render 100 questions, then more on request', async () => {
    const { element, faq } = await widget();
    element.data = big;
    await element.ready;
    await element.updateComplete;
    expect(faq.questions()).to.have.length(100);
    faq.button('さらに表示（残り20件）').click();
    await element.updateComplete;
    expect(faq.questions()).to.have.length(120);
  });

  it('render 10 search results at a time, then more on request', async () => {
    const { element, faq } = await widget();
    element.data = big;
    await element.ready;
    await faq.search('手続き');
    expect(faq.questions()).to.have.length(10);
    expect(faq.status).to.equal('120件の質問が見つかりました');
    faq.button('さらに表示（残り110件）').click();
    await element.updateComplete;
    expect(faq.questions()).to.have.length(20);
  });

  it('show a deep-linked question beyond the first page', async () => {
    const { element, faq } = await widget();
    element.data = big;
    await element.ready;
    location.hash = '#q110';
    await oneEvent(window, 'hashchange');
    await element.updateComplete;
    expect(faq.openQuestions()).to.deep.equal(['質問110 手続き']);
  });
});

describe('related questions', () => {
  it('are not shown unless asked for', async () => {
    const { faq } = await widget();
    await faq.toggle('リッチメニューとは何ですか?');
    expect(faq.root.querySelector('[part~="related"]')).to.equal(null);
  });

  it('appear under an opened answer and lead to the question', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} related></line-gov-faq>`);
    await faq.toggle('リッチメニューとは何ですか?');
    const related = faq.details('リッチメニューとは何ですか?').querySelector('[part~="related"]');
    const links = [...related.querySelectorAll('a')];
    expect(related.textContent).to.contain('関連する質問');
    expect(links.length).to.be.within(1, 3);
    const target = links.find((a) => a.textContent === '変動リッチメニューとは何ですか?');
    expect(target.getAttribute('href')).to.equal('#switchable-rich-menu');
    target.click();
    await faq.focusOn('変動リッチメニューとは何ですか?');
    expect(faq.openQuestions()).to.include('変動リッチメニューとは何ですか?');
    expect(faq.root.activeElement.textContent.trim()).to.equal('変動リッチメニューとは何ですか?');
  });
});

describe('featured questions', () => {
  it('shows the questions the page names first, in its order, while nothing is searched or filtered', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} featured="rich-menu, no-such-id, elderly-users"></line-gov-faq>`);
    const block = faq.root.querySelector('[part~="featured"]');
    expect(block.querySelector('h3').textContent).to.equal('よく見られている質問');
    const links = [...block.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(['リッチメニューとは何ですか?', '高齢者でもLINEを使えますか?']);
    expect(block.querySelector('ul').getAttribute('aria-labelledby')).to.equal('featured-heading');
    links[1].click();
    await faq.focusOn('高齢者でもLINEを使えますか?');
    expect(faq.openQuestions()).to.include('高齢者でもLINEを使えますか?');
    expect(faq.root.activeElement.textContent.trim()).to.equal('高齢者でもLINEを使えますか?');
    // Every question stays in its category: the featured block links to them, it does not copy them.
    expect(faq.questions()).to.have.length(COUNT);
    await faq.search('リッチメニュー');
    expect(faq.root.querySelector('[part~="featured"]')).to.equal(null);
    await faq.search('パスポート');
    expect(faq.root.querySelector('.empty + [part~="featured"]')).to.exist;
    await faq.search('');
    await faq.chooseCategory('LINE Pay');
    expect(faq.root.querySelector('[part~="featured"]')).to.equal(null);
  });

  it('without the attribute, shows the questions the data marks featured (a spreadsheet column, data-featured in markup)', async () => {
    const data = {
      lang: 'ja',
      categories: [{ id: 'a', label: 'A' }],
      entries: [
        { id: 'x', category: 'a', question: '一つ目の質問', answer: '回答' },
        { id: 'y', category: 'a', question: '二つ目の質問', answer: '回答', featured: true },
      ],
    };
    const { faq } = await widget(html`<line-gov-faq .data=${data}></line-gov-faq>`);
    expect([...faq.root.querySelectorAll('[part~="featured"] a')].map((a) => a.textContent)).to.deep.equal(['二つ目の質問']);
    const { faq: fromMarkup } = await widget(
      html`<line-gov-faq
        ><details id="p">
          <summary>マークアップの質問</summary>
          <p>回答</p>
        </details>
        <details id="q" data-featured>
          <summary>見てほしい質問</summary>
          <p>回答</p>
        </details></line-gov-faq
      >`,
    );
    expect([...fromMarkup.root.querySelectorAll('[part~="featured"] a')].map((a) => a.textContent)).to.deep.equal(['見てほしい質問']);
  });

  it('shows nothing of the kind without the attribute', async () => {
    const { faq } = await widget();
    expect(faq.root.querySelector('[part~="featured"]')).to.equal(null);
  });
});

describe('no results', () => {
  it('leads on: the filter steps aside and the box offers every category once, to browse', async () => {
    const { element, faq } = await widget();
    await faq.search('パスポート');
    expect(faq.emptyState).to.not.equal(null);
    expect(faq.categories()).to.deep.equal([]);
    const buttons = [...faq.emptyState.querySelectorAll('button')].map((b) => b.textContent.trim());
    expect(buttons[0]).to.equal('検索をクリア');
    expect(buttons.slice(1)).to.deep.equal(CATEGORIES);
    const list = faq.emptyState.querySelector('ul');
    expect(list.getAttribute('aria-labelledby')).to.equal('way-on');
    expect(faq.root.getElementById('way-on').textContent).to.equal('カテゴリから探す');
    // On a phone, the longest label wraps inside the box.
    element.style.width = '320px';
    const box = faq.emptyState.getBoundingClientRect();
    for (const button of faq.emptyState.querySelectorAll('button'))
      expect(button.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
    element.style.width = '';
    [...faq.emptyState.querySelectorAll('button')].find((b) => b.textContent.trim() === 'LINE Pay').click();
    await waitUntil(() => faq.root.activeElement?.closest('summary'), 'no question took the focus');
    expect(faq.input.value).to.equal('');
    expect(faq.questions()).to.have.length(2);
    expect(faq.root.activeElement.closest('summary')).to.exist;
  });
});
