import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { smallFaq } from '../fixtures/small-faq.js';
import { FaqHarness } from './harness.js';
import { watchPageErrors } from './page-errors.js';

async function widget(template) {
  const element = await fixture(template);
  await element.ready;
  await element.updateComplete;
  return { element, faq: new FaqHarness(element) };
}

// The test runner's own page address carries parameters of its own: each test puts it back.
const pageAddress = location.pathname + location.search;
afterEach(() => {
  if (location.pathname + location.search + location.hash !== pageAddress) history.replaceState(null, '', pageAddress);
  sessionStorage.clear();
});

/** The page address with `params` added (and `hash`), as a link from elsewhere would open it. */
function openPageWith(params, hash = '') {
  const url = new URL(pageAddress, location.href);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(null, '', url.pathname + url.search + hash);
}

const param = (name) => new URL(location.href).searchParams.get(name);

/** The feedback box under an opened answer. */
const feedbackOf = (faq, question) => faq.details(question).querySelector('[part~="feedback"]');

/** Opens an answer and says it helped, then closes it and opens it again. */
async function sayHelpfulAndReopen(faq, question) {
  await faq.toggle(question);
  feedbackOf(faq, question).querySelector('button').click();
  await faq.element.updateComplete;
  await faq.toggle(question);
  await faq.toggle(question);
}

describe('was this answer helpful? (feedback)', () => {
  it('is not asked without the feedback attribute', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq}></line-gov-faq>`);
    await faq.toggle('リッチメニューとは何ですか?');
    expect(feedbackOf(faq, 'リッチメニューとは何ですか?')).to.equal(null);
  });

  it('asks under an opened answer, with two buttons grouped under the question', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} feedback></line-gov-faq>`);
    expect(faq.root.querySelector('[part~="feedback"]')).to.equal(null);
    await faq.toggle('リッチメニューとは何ですか?');
    const box = feedbackOf(faq, 'リッチメニューとは何ですか?');
    const group = box.querySelector('[role="group"]');
    expect(faq.root.getElementById(group.getAttribute('aria-labelledby')).textContent).to.equal('この回答は役に立ちましたか？');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => [b.type, b.textContent.trim()])).to.deep.equal([
      ['button', 'はい'],
      ['button', 'いいえ'],
    ]);
    for (const button of buttons) {
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height)).to.be.at.least(24);
    }
  });

  it('fires faq-feedback, thanks the reader in a live region and keeps focus on the thanks', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} feedback></line-gov-faq>`);
    await faq.toggle('リッチメニューとは何ですか?');
    const box = feedbackOf(faq, 'リッチメニューとは何ですか?');
    const status = box.querySelector('[role="status"]');
    expect(status.textContent.trim()).to.equal('');
    const no = [...box.querySelectorAll('button')].find((b) => b.textContent.trim() === 'いいえ');
    no.focus();
    const answered = oneEvent(element, 'faq-feedback');
    no.click();
    const { detail, bubbles, composed } = await answered;
    expect(detail).to.deep.equal({ id: 'rich-menu', helpful: false });
    expect(bubbles && composed).to.equal(true);
    await element.updateComplete;
    expect(box.querySelector('button')).to.equal(null);
    // The same live region, there before the choice, now says thanks.
    expect(box.querySelector('[role="status"]')).to.equal(status);
    expect(status.textContent.trim()).to.equal('ご意見ありがとうございました。');
    expect(status.contains(faq.root.activeElement)).to.equal(true);
    expect(document.activeElement).to.equal(element);
  });

  it('remembers the choice for that answer for the rest of the visit', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} feedback></line-gov-faq>`);
    await sayHelpfulAndReopen(faq, 'リッチメニューとは何ですか?');
    expect(feedbackOf(faq, 'リッチメニューとは何ですか?').querySelector('button')).to.equal(null);
    expect(feedbackOf(faq, 'リッチメニューとは何ですか?').textContent).to.contain('ご意見ありがとうございました。');
    // Another answer is still asked about.
    await faq.toggle('高齢者でもLINEを使えますか?');
    expect(feedbackOf(faq, '高齢者でもLINEを使えますか?').querySelectorAll('button')).to.have.length(2);
    // The widget of the next page view (same page, same FAQ) knows it too.
    element.remove();
    history.replaceState(null, '', pageAddress);
    const next = await widget(html`<line-gov-faq .data=${smallFaq} feedback></line-gov-faq>`);
    await next.faq.toggle('リッチメニューとは何ですか?');
    expect(feedbackOf(next.faq, 'リッチメニューとは何ですか?').querySelector('button')).to.equal(null);
    // Another FAQ with the same ids is another matter.
    const data = {
      lang: 'ja',
      title: '別のFAQ',
      categories: [{ id: 'a', label: 'A' }],
      entries: [{ id: 'rich-menu', category: 'a', question: '別の質問', answer: '回答' }],
    };
    history.replaceState(null, '', pageAddress);
    const other = await widget(html`<line-gov-faq feedback .data=${data}></line-gov-faq>`);
    await other.faq.toggle('別の質問');
    expect(feedbackOf(other.faq, '別の質問').querySelectorAll('button')).to.have.length(2);
  });

  it('works and remembers when the browser refuses storage', async () => {
    const errors = watchPageErrors();
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} feedback></line-gov-faq>`);
      await sayHelpfulAndReopen(faq, 'リッチメニューとは何ですか?');
      expect(feedbackOf(faq, 'リッチメニューとは何ですか?').textContent).to.contain('ご意見ありがとうございました。');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
      errors.stop();
    }
    expect(errors.errors).to.deep.equal([]);
  });

  it('speaks English with lang="en"', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} feedback lang="en"></line-gov-faq>`);
    await faq.toggle('リッチメニューとは何ですか?');
    const box = feedbackOf(faq, 'リッチメニューとは何ですか?');
    expect(box.querySelector('[role="group"]').textContent.replace(/\s+/g, ' ').trim()).to.equal('Was this answer helpful? Yes No');
    box.querySelector('button').click();
    await element.updateComplete;
    expect(box.textContent.trim()).to.equal('Thank you for your feedback.');
  });

  it('passes an accessibility audit before and after the choice', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} feedback></line-gov-faq>`);
    await faq.toggle('リッチメニューとは何ですか?');
    await expect(element).to.be.accessible();
    feedbackOf(faq, 'リッチメニューとは何ですか?').querySelector('button').click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});

describe('a way on when nothing fits (contact-href, contact-label)', () => {
  const contactLink = (scope) => scope?.querySelector('a[part~="contact"]') ?? null;

  it('adds the city’s own next step to the no-results box', async () => {
    const { faq } = await widget(
      html`<line-gov-faq .data=${smallFaq} contact-href="/contact/" contact-label="お問い合わせフォーム"></line-gov-faq>`,
    );
    expect(contactLink(faq.root)).to.equal(null);
    await faq.search('パスポート');
    const link = contactLink(faq.emptyState);
    expect(link.textContent.trim()).to.equal('お問い合わせフォーム');
    expect(link.href).to.equal(new URL('/contact/', location.href).href);
  });

  it('adds it under near matches, alone or after answers, and not to answers alone', async () => {
    const { faq } = await widget(
      html`<line-gov-faq
        .data=${smallFaq}
        contact-href="https://city.example.jp/form"
        contact-label="お問い合わせフォーム"
      ></line-gov-faq>`,
    );
    await faq.search('リッチメニュー 着信音');
    expect(contactLink(faq.root.querySelector('.group.near')).href).to.equal('https://city.example.jp/form');
    await faq.search('相談 虐待');
    expect(contactLink(faq.root.querySelector('.group.near')).textContent.trim()).to.equal('お問い合わせフォーム');
    await faq.search('リッチメニュー');
    expect(faq.root.querySelector('.group.near')).to.equal(null);
    expect(contactLink(faq.root)).to.equal(null);
  });

  it('has a label of its own when only the address is given, in the widget’s language', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} contact-href="tel:0120-000-000"></line-gov-faq>`);
    await faq.search('パスポート');
    expect(contactLink(faq.emptyState).textContent.trim()).to.equal('お問い合わせ');
    expect(contactLink(faq.emptyState).getAttribute('href')).to.equal('tel:0120-000-000');
    const english = await widget(html`<line-gov-faq .data=${smallFaq} lang="en" contact-href="mailto:faq@city.example.jp"></line-gov-faq>`);
    await english.faq.search('パスポート');
    expect(contactLink(english.faq.emptyState).textContent.trim()).to.equal('Contact us');
  });

  it('refuses an address that would run script, with a console warning', async () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const { faq } = await widget(
        html`<line-gov-faq .data=${smallFaq} contact-href=" javascript:alert(1)" contact-label="押して"></line-gov-faq>`,
      );
      await faq.search('パスポート');
      expect(faq.emptyState.querySelector('a')).to.equal(null);
      expect(faq.emptyState.textContent).to.not.contain('押して');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('contact-href'))).to.have.length(1);
  });

  it('shows nothing without contact-href', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} contact-label="お問い合わせフォーム"></line-gov-faq>`);
    await faq.search('パスポート');
    expect(faq.emptyState.textContent).to.not.contain('お問い合わせフォーム');
  });
});

describe('searches the page address can carry (search-param)', () => {
  it('searches for the address’s query on load, once the index is ready', async () => {
    openPageWith({ q: '粗大ごみ リッチメニュー' });
    const searches = [];
    const { faq } = await widget(
      html`<line-gov-faq .data=${smallFaq} search-param="q" @faq-search=${(e) => searches.push(e.detail)}></line-gov-faq>`,
    );
    await waitUntil(() => searches.length > 0);
    expect(faq.input.value).to.equal('粗大ごみ リッチメニュー');
    expect(faq.questions()[0]).to.equal('リッチメニューとは何ですか?');
    expect(searches[0].query).to.equal('粗大ごみ リッチメニュー');
    expect(searches[0].resultCount).to.equal(faq.questions().length);
  });

  it('writes the query as the reader types, once typing pauses, keeping the other parameters and the hash', async () => {
    openPageWith({ page: '2' }, '#top');
    const lengthBefore = history.length;
    const written = [];
    const replaceState = history.replaceState;
    history.replaceState = function (...args) {
      written.push(String(args[2]));
      return replaceState.apply(this, args);
    };
    try {
      const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} search-param="q"></line-gov-faq>`);
      await faq.search('ス');
      await faq.search('スタ');
      await faq.search('スタンプ');
      expect(param('q')).to.equal(null);
      await waitUntil(() => param('q') === 'スタンプ', 'the query is written', { timeout: 3000 });
      expect(written).to.have.length(1);
      expect(param('page')).to.equal('2');
      expect(location.hash).to.equal('#top');
      await faq.search('');
      await waitUntil(() => !new URL(location.href).searchParams.has('q'), 'the parameter is removed', { timeout: 3000 });
      expect(param('page')).to.equal('2');
      expect(location.hash).to.equal('#top');
    } finally {
      history.replaceState = replaceState;
    }
    expect(history.length).to.equal(lengthBefore);
  });

  it('still tells the page of each search at once, searches that found nothing included', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} search-param="q"></line-gov-faq>`);
    const searched = oneEvent(element, 'faq-search');
    await faq.search('パスポート');
    const { detail } = await searched;
    expect(detail).to.deep.equal({ query: 'パスポート', resultCount: 0, near: false });
    await waitUntil(() => param('q') === 'パスポート', 'the query is written', { timeout: 3000 });
  });

  it('leaves the address alone without the attribute', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq}></line-gov-faq>`);
    // A second widget that writes its query: timers of one delay run in the order they were set,
    // so once its parameter is in the address, the first widget's time to write has passed.
    const { faq: writer } = await widget(html`<line-gov-faq .data=${smallFaq} search-param="other"></line-gov-faq>`);
    const before = location.href;
    await faq.search('スタンプ');
    await writer.search('スタンプ');
    await waitUntil(() => param('other') === 'スタンプ', 'the second widget never wrote its query', { timeout: 3000 });
    const after = new URL(location.href);
    after.searchParams.delete('other');
    expect(after.href).to.equal(before);
  });

  it('keeps deep links working beside it', async () => {
    const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} search-param="q"></line-gov-faq>`);
    await faq.search('リッチメニュー');
    await waitUntil(() => param('q') === 'リッチメニュー', 'the query is written', { timeout: 3000 });
    await faq.toggle('リッチメニューとは何ですか?');
    expect(location.hash).to.equal('#rich-menu');
    expect(param('q')).to.equal('リッチメニュー');
    await faq.search('リッチメニュー とは');
    await waitUntil(() => param('q') === 'リッチメニュー とは', 'the query is written', { timeout: 3000 });
    expect(location.hash).to.equal('#rich-menu');
    expect(faq.openQuestions()).to.include('リッチメニューとは何ですか?');
    expect(element.query).to.equal('リッチメニュー とは');
  });

  it('opens the question the hash names among the results of the address’s query', async () => {
    openPageWith({ q: 'リッチメニュー' }, '#switchable-rich-menu');
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} search-param="q"></line-gov-faq>`);
    await waitUntil(() => faq.openQuestions().length > 0, 'the linked question opens');
    expect(faq.input.value).to.equal('リッチメニュー');
    expect(faq.openQuestions()).to.deep.equal(['変動リッチメニューとは何ですか?']);
    expect(faq.questions()[0]).to.equal('リッチメニューとは何ですか?');
  });

  it('lets two widgets with different parameters each keep their own', async () => {
    openPageWith({ q: 'リッチメニュー', faq2: 'スタンプ' });
    const element = await fixture(
      html`<div>
        <line-gov-faq .data=${smallFaq} search-param="q"></line-gov-faq><line-gov-faq .data=${smallFaq} search-param="faq2"></line-gov-faq>
      </div>`,
    );
    const [first, second] = [...element.querySelectorAll('line-gov-faq')];
    await Promise.all([first.ready, second.ready]);
    await first.updateComplete;
    await second.updateComplete;
    expect(new FaqHarness(first).input.value).to.equal('リッチメニュー');
    expect(new FaqHarness(second).input.value).to.equal('スタンプ');
    await new FaqHarness(second).search('VOOM');
    await waitUntil(() => param('faq2') === 'VOOM', 'the second widget writes its parameter', { timeout: 3000 });
    expect(param('q')).to.equal('リッチメニュー');
    expect(first.query).to.equal('リッチメニュー');
  });

  it('throws nothing into the page on odd addresses', async () => {
    const errors = watchPageErrors();
    try {
      history.replaceState(null, '', `${pageAddress}${pageAddress.includes('?') ? '&' : '?'}q=%E0%A4%A&q=2`);
      const { element, faq } = await widget(html`<line-gov-faq .data=${smallFaq} search-param="q"></line-gov-faq>`);
      await element.updateComplete;
      expect(faq.input.value).to.be.a('string');
      await faq.search('<img src=x onerror=alert(1)>');
      await waitUntil(() => param('q') === '<img src=x onerror=alert(1)>', 'the query is written as text', { timeout: 3000 });
      expect(faq.root.querySelector('img')).to.equal(null);
    } finally {
      errors.stop();
    }
    expect(errors.errors).to.deep.equal([]);
  });
});
