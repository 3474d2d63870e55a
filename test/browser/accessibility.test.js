import { fixture, html, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/line-gov-faq.js';
import { smallFaq } from '../fixtures/small-faq.js';
import { FaqHarness } from './harness.js';
import { hostPage, SMALL_FAQ_SRC } from './host-page.js';

async function widget(template = html`<line-gov-faq .data=${smallFaq}></line-gov-faq>`) {
  const element = await fixture(template);
  await element.ready;
  await element.updateComplete;
  return { element, faq: new FaqHarness(element) };
}

/**
 * A widget in a frame whose `color-scheme` is `colorScheme`: inside it, prefers-color-scheme
 * follows the frame in every engine, where emulating the media feature needs Chromium's CDP.
 * The page in it declares dark support, so that the widget shows its dark colours in dark mode.
 * Resolves once the widget (made from `markup`) is ready, with an `audit()` that runs axe inside
 * the frame and lists the violations.
 */
function widgetInScheme(colorScheme, markup) {
  const head = '<style>:root { color-scheme: light dark; background: Canvas; color: CanvasText }</style>';
  return hostPage({ osScheme: colorScheme, head, body: `<main>${markup}</main>`, width: 800, height: 600 });
}

/**
 * The schemes this engine can show: both where a frame's color-scheme sets prefers-color-scheme
 * inside it (Chromium, Firefox); WebKit does not do that, so there only the browser's own
 * appearance, and the WebKit run audits dark mode in a second pass with the browser in dark mode.
 */
async function colorSchemesShown() {
  const own = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const other = own === 'dark' ? 'light' : 'dark';
  const frame = document.createElement('iframe');
  frame.style.colorScheme = other;
  frame.srcdoc = '<!doctype html><title>probe</title>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const followsFrame = frame.contentWindow.matchMedia(`(prefers-color-scheme: ${other})`).matches;
  frame.remove();
  return followsFrame ? ['light', 'dark'] : [own];
}

for (const colorScheme of await colorSchemesShown()) {
  describe(`accessibility audit (axe), ${colorScheme} mode`, () => {
    let frame;
    afterEach(() => frame?.remove());

    async function audited(markup = `<line-gov-faq src="${SMALL_FAQ_SRC}"></line-gov-faq>`) {
      const widget = await widgetInScheme(colorScheme, markup);
      frame = widget.frame;
      expect(widget.frame.contentWindow.matchMedia(`(prefers-color-scheme: ${colorScheme})`).matches).to.equal(true);
      return widget;
    }

    it('initial state has no violations', async () => {
      const { audit } = await audited();
      expect(await audit()).to.deep.equal([]);
    });

    it('featured questions, and answers followed by near matches, have no violations', async () => {
      const { faq, audit } = await audited(`<line-gov-faq src="${SMALL_FAQ_SRC}" featured="rich-menu,elderly-users"></line-gov-faq>`);
      expect(await audit()).to.deep.equal([]);
      await faq.search('相談 虐待');
      expect(await audit()).to.deep.equal([]);
    });

    it('nothing found at all, with the categories and featured questions offered, has no violations', async () => {
      const { faq, audit } = await audited(`<line-gov-faq src="${SMALL_FAQ_SRC}" featured="rich-menu,elderly-users"></line-gov-faq>`);
      await faq.search('パスポート');
      expect(await audit()).to.deep.equal([]);
    });

    it('searching state has no violations', async () => {
      const { faq, audit } = await audited();
      await faq.search('リッチメニュー');
      expect(await audit()).to.deep.equal([]);
    });

    it('no-results state has no violations', async () => {
      const { faq, audit } = await audited();
      await faq.chooseCategory('LINE Pay');
      await faq.search('ラーメン');
      expect(await audit()).to.deep.equal([]);
    });

    it('expanded state (with related questions) has no violations', async () => {
      const { element, faq, audit } = await audited(`<line-gov-faq src="${SMALL_FAQ_SRC}" related></line-gov-faq>`);
      await faq.search('相談');
      faq.button('すべて開く').click();
      await element.updateComplete;
      expect(await audit()).to.deep.equal([]);
    });

    it('error state has no violations', async () => {
      const { faq, audit } = await audited('<line-gov-faq src="/no/such/faq.json"></line-gov-faq>');
      expect(faq.errorBox).to.exist;
      expect(await audit()).to.deep.equal([]);
    });
  });
}

describe('keyboard', () => {
  it('reaches search, filters, expand/collapse and questions in order with Tab', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} categories="line-pay,consultation"></line-gov-faq>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    faq.element.before(before);
    before.focus();
    const order = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      const active = faq.root.activeElement;
      order.push(active?.getAttribute('part') ?? active?.className ?? active?.tagName);
    }
    before.remove();
    expect(order).to.deep.equal(['search', 'category', 'category', 'category', 'text-button', 'text-button', 'question']);
  });

  it('has a visible focus indicator on every control', async () => {
    const { faq } = await widget();
    faq.input.focus();
    await sendKeys({ press: 'Tab' });
    const style = getComputedStyle(faq.root.activeElement);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('labels the search box and the filter group', async () => {
    const { faq } = await widget();
    expect(faq.input.labels[0].textContent).to.equal('質問を検索');
    expect(faq.root.querySelector('[part~="categories"]').getAttribute('aria-label')).to.equal('カテゴリで絞り込む');
    expect(faq.root.querySelector('[part~="status"]').getAttribute('role')).to.equal('status');
  });
});

describe('keyboard only', () => {
  const active = (faq) => faq.root.activeElement;
  const tab = async (faq, times = 1) => {
    for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
    await faq.element.updateComplete;
    return active(faq);
  };

  it('searches, filters, opens answers, follows into links and recovers from no results', async () => {
    const { faq } = await widget(html`<line-gov-faq .data=${smallFaq} categories="line-pay,consultation"></line-gov-faq>`);
    faq.input.focus();
    await sendKeys({ type: 'LINE' });
    await faq.element.updateComplete;
    expect(faq.questions().length).to.be.greaterThan(2);

    // Filters: すべて, LINE Pay, LINE 相談
    expect((await tab(faq)).textContent).to.contain('すべて');
    expect((await tab(faq)).textContent).to.contain('LINE Pay');
    await sendKeys({ press: 'Enter' });
    await faq.element.updateComplete;
    expect(faq.questions()).to.have.length(2);

    // すべて開く, then the first question, then the link in its answer
    const expandAll = await tab(faq, 2);
    expect(expandAll.textContent.trim()).to.equal('すべて開く');
    await sendKeys({ press: 'Enter' });
    await faq.element.updateComplete;
    expect(faq.openQuestions()).to.have.length(2);
    const question = await tab(faq, 2);
    expect(question.getAttribute('part')).to.equal('question');
    const link = await tab(faq);
    expect(link.tagName).to.equal('A');
    expect(link.closest('details')).to.equal(question.closest('details'));

    // Back to the search box, a query with no results, and the way out
    faq.input.focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ type: 'ラーメン' });
    await faq.element.updateComplete;
    expect(faq.emptyState).to.exist;
    let control = active(faq);
    while (control && control.textContent.trim() !== '検索をクリア') control = await tab(faq);
    await sendKeys({ press: 'Enter' });
    await faq.element.updateComplete;
    expect(faq.input.value).to.equal('');
    expect(active(faq)).to.equal(faq.input);
  });
});
