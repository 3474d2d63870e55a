import { expect, waitUntil } from '@open-wc/testing';
import { smallFaq } from '../fixtures/small-faq.js';
import { hostPage, SMALL_FAQ_SRC } from './host-page.js';

/** Relative luminance of a computed `rgb()` colour (WCAG). */
function luminance(color) {
  const [r, g, b] = color
    .match(/[\d.]+/g)
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const textOf = (faq) => getComputedStyle(faq.root.querySelector('.root')).color;
const isDarkText = (faq) => luminance(textOf(faq)) < 0.2;

/** How many rows the pills take: a pill below the bottom of another starts a new row. */
function rows(pills) {
  const boxes = pills.map((pill) => pill.getBoundingClientRect());
  const firstBottom = Math.min(...boxes.map((box) => box.bottom));
  return boxes.some((box) => box.top >= firstBottom) ? 2 : 1;
}

let frame;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});
async function page(options) {
  const opened = await hostPage(options);
  frame = opened.frame;
  return opened;
}

describe('colour scheme follows the page', () => {
  it('is light on a light-only page, even for a visitor in dark mode', async () => {
    const { faq, audit } = await page({ osScheme: 'dark' });
    expect(isDarkText(faq)).to.equal(true);
    expect(getComputedStyle(faq.root.querySelector('.root')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(await audit()).to.deep.equal([]);
  });

  it('is dark on a page that declares dark support, when the visitor is in dark mode', async () => {
    const head = '<style>:root { color-scheme: light dark; background: Canvas; color: CanvasText }</style>';
    const { faq, audit, osDark } = await page({ head, osScheme: 'dark' });
    expect(isDarkText(faq)).to.equal(!osDark);
    expect(await audit()).to.deep.equal([]);
  });

  it('is dark on a dark-only page, whatever the visitor prefers', async () => {
    const head = '<style>:root { color-scheme: dark; background: #111; color: #eee }</style>';
    const { faq, audit } = await page({ head, osScheme: 'light' });
    expect(isDarkText(faq)).to.equal(false);
    expect(await audit()).to.deep.equal([]);
  });

  it('theme="dark" on a light page is a dark panel with room around its text', async () => {
    const { faq, audit } = await page({ body: `<line-gov-faq src="${SMALL_FAQ_SRC}" theme="dark"></line-gov-faq>` });
    const root = getComputedStyle(faq.root.querySelector('.root'));
    expect(isDarkText(faq)).to.equal(false);
    expect(luminance(root.backgroundColor)).to.be.below(0.05);
    expect(parseFloat(root.paddingLeft)).to.be.at.least(16);
    expect(parseFloat(root.paddingTop)).to.be.at.least(16);
    expect(await audit()).to.deep.equal([]);
  });

  it('theme="light" on a dark page is a light panel', async () => {
    const head = '<style>:root { color-scheme: dark; background: #111; color: #eee }</style>';
    const { faq, audit } = await page({ head, body: `<line-gov-faq src="${SMALL_FAQ_SRC}" theme="light"></line-gov-faq>` });
    expect(isDarkText(faq)).to.equal(true);
    expect(luminance(getComputedStyle(faq.root.querySelector('.root')).backgroundColor)).to.be.above(0.9);
    expect(await audit()).to.deep.equal([]);
  });

  it('theme="auto" follows the visitor on any page', async () => {
    const { faq, osDark } = await page({ body: `<line-gov-faq src="${SMALL_FAQ_SRC}" theme="auto"></line-gov-faq>`, osScheme: 'dark' });
    expect(isDarkText(faq)).to.equal(!osDark);
  });
});

describe('phone layout, by the widget’s own width', () => {
  it('at 375 px, the filter is one row and the first result starts right under the search box', async () => {
    const { window, faq, audit } = await page({ width: 375, height: 740, head: '<style>body { margin: 16px }</style>' });
    const before = faq.root.querySelector('[part~="categories"]').getBoundingClientRect().height;
    faq.input.value = 'アカウント';
    faq.input.dispatchEvent(new window.InputEvent('input', { bubbles: true, composed: true }));
    await faq.element.updateComplete;
    const pills = [...faq.root.querySelectorAll('[part~="category"]')];
    expect(pills.length).to.be.greaterThan(2);
    expect(rows(pills)).to.equal(1);
    expect(before).to.be.below(70);
    const inputBottom = faq.input.getBoundingClientRect().bottom;
    const firstResult = faq.root.querySelector('[part~="item"]').getBoundingClientRect().top;
    expect(firstResult - inputBottom).to.be.at.most(120);
    expect(faq.element.scrollWidth).to.be.at.most(375 - 32);
    expect(await audit()).to.deep.equal([]);
  });

  it('at 375 px, each pill reached by keyboard is scrolled whole into view, and none is wider than the row', async () => {
    const { faq } = await page({ width: 375, head: '<style>body { margin: 16px }</style>' });
    const row = faq.root.querySelector('[part~="categories"]');
    for (const pill of faq.root.querySelectorAll('[part~="category"]')) {
      pill.focus();
      // Until the row has scrolled the pill into view (or a second has passed).
      const inView = () =>
        pill.getBoundingClientRect().right <= row.getBoundingClientRect().right + 0.5 &&
        pill.getBoundingClientRect().left >= row.getBoundingClientRect().left - 0.5;
      await waitUntil(inView, '', { timeout: 1000 }).catch(() => undefined);
      const [box, bounds] = [pill.getBoundingClientRect(), row.getBoundingClientRect()];
      expect(box.left, pill.textContent).to.be.at.least(bounds.left - 0.5);
      expect(box.right, pill.textContent).to.be.at.most(bounds.right + 0.5);
      const label = pill.querySelector('.category-label').getBoundingClientRect();
      expect(label.right, pill.textContent).to.be.at.most(box.right);
    }
    // One line each: a long label does not make one two-line pill among one-line ones.
    const heights = [...faq.root.querySelectorAll('[part~="category"]')].map((pill) => Math.round(pill.getBoundingClientRect().height));
    expect(new Set(heights).size, heights.join(', ')).to.equal(1);
  });

  it('a narrow sidebar in a wide window gets the same layout', async () => {
    const { faq } = await page({
      width: 1200,
      body: `<div style="width: 260px"><line-gov-faq src="${SMALL_FAQ_SRC}"></line-gov-faq></div>`,
    });
    const pills = [...faq.root.querySelectorAll('[part~="category"]')];
    expect(rows(pills)).to.equal(1);
    // The placeholder fits the box.
    const input = faq.input;
    const probe = faq.root.ownerDocument.createElement('span');
    probe.style.cssText = `font: ${getComputedStyle(input).font}; letter-spacing: ${getComputedStyle(input).letterSpacing}; position: absolute; white-space: nowrap`;
    probe.textContent = input.placeholder;
    faq.root.ownerDocument.body.append(probe);
    expect(probe.getBoundingClientRect().width).to.be.below(input.clientWidth - 20);
    probe.remove();
  });

  it('in a 630 px column on a desktop, every category is reachable by mouse wheel and arrow keys, and the row shows it goes on', async () => {
    const { faq, window } = await page({
      width: 1280,
      body: `<main style="width: 630px"><line-gov-faq src="${SMALL_FAQ_SRC}"></line-gov-faq></main>`,
    });
    const row = faq.root.querySelector('[part~="categories"]');
    const pills = [...row.querySelectorAll('[part~="category"]')];
    expect(row.scrollWidth).to.be.greaterThan(row.clientWidth);
    // The row's scrollbar is there to be seen and dragged.
    expect(getComputedStyle(row).scrollbarWidth).to.not.equal('none');
    // The wheel scrolls the row sideways, not the page.
    const event = new window.WheelEvent('wheel', { deltaY: 300, bubbles: true, cancelable: true, composed: true });
    pills[1].dispatchEvent(event);
    expect(row.scrollLeft).to.be.greaterThan(0);
    expect(event.defaultPrevented).to.equal(true);
    // Arrow keys move between pills, as in a toolbar; End reaches the last.
    pills[0].focus();
    const key = (name) =>
      faq.root.activeElement.dispatchEvent(
        new window.KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }),
      );
    key('ArrowRight');
    expect(faq.root.activeElement).to.equal(pills[1]);
    key('ArrowLeft');
    expect(faq.root.activeElement).to.equal(pills[0]);
    key('End');
    expect(faq.root.activeElement).to.equal(pills[pills.length - 1]);
    await waitUntil(
      () => pills[pills.length - 1].getBoundingClientRect().right <= row.getBoundingClientRect().right + 0.5,
      'the last pill was not scrolled into view',
      { timeout: 1000 },
    );
    key('Home');
    expect(faq.root.activeElement).to.equal(pills[0]);
  });

  it('a wide widget lets the filter wrap onto more rows', async () => {
    const { faq } = await page({ width: 900 });
    const pills = [...faq.root.querySelectorAll('[part~="category"]')];
    expect(rows(pills)).to.be.greaterThan(1);
    for (const pill of pills) expect(pill.getBoundingClientRect().right).to.be.at.most(900);
  });
});

describe('a page with html { font-size: 62.5% }', () => {
  it('keeps every pill’s label and count apart and its padding at least 6 px', async () => {
    const head = '<style>html { font-size: 62.5% } body { font-size: 1.4rem }</style>';
    const { faq, audit } = await page({ head });
    for (const pill of faq.root.querySelectorAll('[part~="category"]')) {
      const style = getComputedStyle(pill);
      for (const side of ['Top', 'Bottom', 'Left', 'Right']) expect(parseFloat(style[`padding${side}`]), side).to.be.at.least(6);
      const label = pill.querySelector('.category-label').getBoundingClientRect();
      const count = pill.querySelector('.count').getBoundingClientRect();
      expect(count.left - label.right, pill.textContent).to.be.at.least(4);
    }
    expect(parseFloat(getComputedStyle(faq.root.querySelector('.root')).fontSize)).to.be.at.least(16);
    expect(await audit()).to.deep.equal([]);
  });
});

describe('result snippets', () => {
  it('a result found through its answer shows the words around the match, marked, inside its question control', async () => {
    const { window, faq, audit } = await page();
    faq.input.value = 'キーボードエリア';
    faq.input.dispatchEvent(new window.InputEvent('input', { bubbles: true, composed: true }));
    await faq.element.updateComplete;
    const summary = faq.root.querySelector('summary');
    const snippet = summary.querySelector('[part~="snippet"]');
    expect(summary.querySelector('.question-text mark')).to.equal(null);
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).to.include('キーボードエリア');
    expect(snippet.textContent.length).to.be.below(70);
    expect(getComputedStyle(snippet).display).to.not.equal('none');
    expect(await audit()).to.deep.equal([]);
    // Opened, the whole answer is there to read: the snippet steps aside.
    summary.click();
    await faq.element.updateComplete;
    expect(getComputedStyle(snippet).display).to.equal('none');
  });

  it('no snippet while browsing', async () => {
    const { faq } = await page();
    expect(faq.root.querySelector('[part~="snippet"]')).to.equal(null);
  });
});

describe('deep links on a page with a sticky header', () => {
  const header = '<header style="position: sticky; top: 0; height: 60px; background: #036; color: #fff">Site</header>';
  const filler = '<div style="height: 900px">page text</div>';
  const target = 'rich-menu';

  async function questionTopBelowHeader(head) {
    const { window, faq, audit } = await page({
      head,
      body: `${header}${filler}<line-gov-faq src="${SMALL_FAQ_SRC}"></line-gov-faq>${filler}`,
      hash: `#${target}`,
    });
    // The widget scrolls to the question after its update: until the page stops moving.
    let last;
    await waitUntil(
      () => new Promise((resolve) => window.requestAnimationFrame(() => resolve(last === (last = window.scrollY)))),
      'the page never stopped scrolling',
      { timeout: 2000 },
    );
    const summary = faq.details(faq.openQuestions()[0]).querySelector('summary');
    const headerBottom = window.document.querySelector('header').getBoundingClientRect().bottom;
    expect(await audit()).to.deep.equal([]);
    return { top: summary.getBoundingClientRect().top, headerBottom, open: faq.openQuestions() };
  }

  it('honours the page’s scroll-padding-top', async () => {
    const { top, headerBottom, open } = await questionTopBelowHeader('<style>html { scroll-padding-top: 70px }</style>');
    expect(open).to.deep.equal(['リッチメニューとは何ですか?']);
    expect(top).to.be.at.least(headerBottom);
    expect(top).to.be.below(headerBottom + 40);
  });

  it('keeps the question clear of the header on a page that set no scroll padding', async () => {
    const { top, headerBottom } = await questionTopBelowHeader('');
    expect(top).to.be.at.least(headerBottom);
    expect(top).to.be.below(headerBottom + 40);
  });
});

describe('a page’s sticky header', () => {
  it('stays above the questions scrolling under it', async () => {
    const header = '<header style="position: sticky; top: 0; height: 60px; background: #036; color: #fff">Site</header>';
    const { window, faq } = await page({
      body: `${header}<line-gov-faq src="${SMALL_FAQ_SRC}"></line-gov-faq><div style="height: 900px"></div>`,
    });
    await faq.toggle('LINEがどのくらい使われているか教えてください。');
    for (const part of ['summary', '.answer', '.question-text']) {
      const box = faq.details('LINEがどのくらい使われているか教えてください。').querySelector(part).getBoundingClientRect();
      window.scrollBy(0, box.top - 20);
      expect(window.document.elementFromPoint(box.left + 10, 30)?.tagName, part).to.equal('HEADER');
      // The open/close marker at the end of the question too.
      expect(window.document.elementFromPoint(box.right - 12, 30)?.tagName, `${part}, right end`).to.equal('HEADER');
    }
  });
});

describe('the page’s own hash', () => {
  it('is never replaced: a page that uses #faq for a tab keeps it when a question opens', async () => {
    const { window, faq, audit } = await page({ hash: '#faq' });
    await faq.toggle('リッチメニューとは何ですか?');
    expect(window.location.hash).to.equal('#faq');
    expect(await audit()).to.deep.equal([]);
    await faq.toggle('リッチメニューとは何ですか?');
    expect(window.location.hash).to.equal('#faq');
  });

  it('is written when empty, and replaced when it names another of the widget’s questions', async () => {
    const { window, faq } = await page();
    await faq.toggle('リッチメニューとは何ですか?');
    expect(window.location.hash).to.equal('#rich-menu');
    await faq.toggle('変動リッチメニューとは何ですか?');
    expect(window.location.hash).to.equal('#switchable-rich-menu');
  });
});

describe('two widgets on one page', () => {
  it('make no two landmarks of one name', async () => {
    const { window, audit } = await page({
      body: `<line-gov-faq src="${SMALL_FAQ_SRC}"></line-gov-faq><aside><line-gov-faq src="${SMALL_FAQ_SRC}" categories="line-pay"></line-gov-faq></aside>`,
    });
    const second = window.document.querySelectorAll('line-gov-faq')[1];
    await second.ready;
    expect(await audit()).to.deep.equal([]);
    const { violations } = await window.axe.run(window.document);
    expect(violations.filter((v) => v.id === 'landmark-unique')).to.deep.equal([]);
  });
});

describe('the filter while searching', () => {
  it('steps aside when every result is in one category, as there is nothing to narrow', async () => {
    const { window, faq } = await page();
    faq.input.value = 'VOOM';
    faq.input.dispatchEvent(new window.InputEvent('input', { bubbles: true, composed: true }));
    await faq.element.updateComplete;
    expect(faq.questions().length).to.be.greaterThan(0);
    const shown = faq.questions();
    const categories = new Set(smallFaq.entries.filter((e) => shown.includes(e.question)).map((e) => e.category));
    expect(categories.size).to.equal(1);
    expect(faq.categories()).to.deep.equal([]);
  });
});

describe('language of the widget’s own words', () => {
  it('follows <html lang="en"> when the widget has no lang', async () => {
    const { faq, audit } = await page({ lang: 'en' });
    expect(faq.root.querySelector('.search-label').textContent).to.equal('Search questions');
    expect(faq.status).to.equal(`${smallFaq.entries.length} questions`);
    expect(await audit()).to.deep.equal([]);
  });

  it('its own lang wins over the page’s', async () => {
    const { faq } = await page({ lang: 'en', body: `<line-gov-faq src="${SMALL_FAQ_SRC}" lang="ja"></line-gov-faq>` });
    expect(faq.root.querySelector('.search-label').textContent).to.equal('質問を検索');
  });
});

describe('text size follows the page', () => {
  const questionSize = (faq) => parseFloat(getComputedStyle(faq.root.querySelector('.question-text')).fontSize);
  const rootSize = (faq) => parseFloat(getComputedStyle(faq.root.querySelector('.root')).fontSize);

  it('the site’s 文字サイズ「拡大」 (a larger body font) makes the widget’s text larger too', async () => {
    const { faq } = await page({ head: '<style>body { font-size: 120%; }</style>' });
    expect(rootSize(faq)).to.be.closeTo(19.2, 0.1);
    expect(questionSize(faq)).to.be.at.least(19.2 - 0.1);
  });

  it('on a 62.5 % root, the README’s example of 1.125em gives 18 px, and text is never below 16 px', async () => {
    const site = '<style>html { font-size: 62.5%; } body { font-size: 1.6rem; }</style>';
    const larger = await page({ head: `${site}<style>line-gov-faq { --line-gov-faq-font-size: 1.125em; }</style>` });
    expect(rootSize(larger.faq)).to.be.closeTo(18, 0.1);
    frame.remove();
    const small = await page({ head: '<style>html { font-size: 62.5%; }</style>' });
    expect(rootSize(small.faq)).to.equal(16);
  });
});

describe('the site’s 背景色 switch', () => {
  const SWITCH = `<style>
    body.black { background: #000; color: #ff0; }
    body.blue { background: #1e3a8a; color: #fff; }
  </style>`;
  const rootColor = (faq) => getComputedStyle(faq.root.querySelector('.root')).color;

  for (const [name, scheme, text] of [
    ['black with yellow text', 'black', 'rgb(255, 255, 0)'],
    ['blue with white text', 'blue', 'rgb(255, 255, 255)'],
  ]) {
    it(`${name}: the widget takes the page's colours and every state keeps its contrast`, async () => {
      const { faq, audit, element } = await page({
        head: SWITCH,
        body: `<body class="${scheme}"><line-gov-faq src="${SMALL_FAQ_SRC}" featured="rich-menu"></line-gov-faq>`,
      });
      expect(rootColor(faq)).to.equal(text);
      expect(await audit()).to.deep.equal([]);
      await faq.search('リッチメニュー');
      expect(faq.marks().length).to.be.greaterThan(0);
      expect(await audit()).to.deep.equal([]);
      await faq.search('');
      await faq.chooseCategory('LINE公式アカウント');
      expect(await audit()).to.deep.equal([]);
      await faq.chooseCategory('すべて');
      await faq.search('パスポート');
      expect(await audit()).to.deep.equal([]);
      // A theme makes it a panel of its own again.
      element.setAttribute('theme', 'light');
      await element.updateComplete;
      await element.updateComplete;
      expect(rootColor(faq)).to.equal('rgb(26, 26, 26)');
    });
  }

  it('follows the switch when the visitor uses it, and back', async () => {
    const { faq, window } = await page({ head: SWITCH });
    expect(rootColor(faq)).to.equal('rgb(26, 26, 26)');
    window.document.body.className = 'black';
    await waitUntil(() => rootColor(faq) === 'rgb(255, 255, 0)', 'the widget never took the switch’s colours');
    window.document.body.className = '';
    await waitUntil(() => rootColor(faq) === 'rgb(26, 26, 26)', 'the widget never let the switch’s colours go');
  });
});
