import { fixture, html, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';

const CITY = new URL('../fixtures/city-faq.json', import.meta.url).href;
const city = () => fetch(CITY).then((response) => response.json());

async function widget(data, attributes = '') {
  const holder = await fixture(html`<div style="width: 20em"></div>`);
  holder.innerHTML = `<line-gov-faq ${attributes}></line-gov-faq>`;
  const element = holder.firstElementChild;
  element.data = data;
  await element.ready;
  await element.updateComplete;
  return new FaqHarness(element);
}

/** The style rules of the widget's shadow root whose selector is `selector`. */
function rulesFor(root, selector) {
  const found = [];
  const walk = (rules) => {
    for (const rule of rules) {
      if (rule.selectorText?.split(/\s*,\s*/).includes(selector)) found.push(rule);
      if (rule.cssRules) walk(rule.cssRules);
    }
  };
  for (const sheet of [...root.adoptedStyleSheets, ...root.styleSheets]) walk(sheet.cssRules);
  return found;
}

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }).catch(() => {}));

  it('prints every question with its answer open, whatever was searched or chosen, and puts the page back after', async () => {
    const data = await city();
    const faq = await widget(data);
    await faq.chooseCategory('お知らせ配信');
    await faq.search('ごみ');
    const before = faq.questions();
    expect(before.length).to.be.below(data.entries.length);

    window.dispatchEvent(new Event('beforeprint'));
    // Synchronously: window.print() lays the page out right after beforeprint.
    expect(faq.openQuestions()).to.deep.equal(data.entries.map((entry) => entry.question));
    expect(faq.root.querySelectorAll('.answer').length).to.equal(data.entries.length);

    window.dispatchEvent(new Event('afterprint'));
    await faq.element.updateComplete;
    expect(faq.questions()).to.deep.equal(before);
    expect(faq.openQuestions()).to.deep.equal([]);
    expect(faq.input.value).to.equal('ごみ');
    // Opening the answers for paper is no reader's choice: no address written, no event.
    expect(location.hash).to.equal('');
  });

  it('leaves out the search box, the filter and the buttons on paper', async () => {
    const faq = await widget(await city(), 'featured="choose-notices"');
    // The rules that hide them, checked as rules: not every engine here can emulate print media.
    const hidden = ['.search', '.categories', '.bar', '.featured', '.more'];
    for (const selector of hidden) {
      const printRules = rulesFor(faq.root, selector).filter((rule) => rule.parentRule?.media?.mediaText === 'print');
      expect(printRules, selector).to.not.be.empty;
    }
    // And, where the engine can emulate it, as what the printed page shows.
    const emulated = await emulateMedia({ media: 'print' }).then(
      () => true,
      () => false,
    );
    if (emulated && matchMedia('print').matches) {
      for (const part of ['search', 'categories', 'status', 'featured'])
        expect(faq.root.querySelector(`[part~="${part}"]`).checkVisibility(), part).to.equal(false);
    }
  });
});

describe('phones and Japanese text', () => {
  it('shows the hover look of a question only where a pointer can hover', async () => {
    const faq = await widget(await city());
    const hovers = rulesFor(faq.root, 'summary:hover');
    expect(hovers).to.not.be.empty;
    for (const rule of hovers) expect(rule.parentRule?.conditionText ?? rule.parentRule?.media?.mediaText).to.match(/hover:\s*hover/);
  });

  it('keeps はい and いいえ on one line, in columns of every phone width', async () => {
    const faq = await widget(await city(), 'feedback');
    await faq.toggle(faq.questions()[0]);
    const [yes, no] = faq.root.querySelectorAll('[part~="feedback"] button');
    for (let width = 18; width <= 36; width += 0.5) {
      faq.element.parentElement.style.width = `${width}em`;
      expect(no.getBoundingClientRect().top, `${width}em`).to.equal(yes.getBoundingClientRect().top);
    }
  });

  it('never breaks a phone number in the middle, even in a narrow column', async () => {
    const data = await city();
    data.entries[0].answer =
      'お問い合わせは、デモ市役所デジタル推進課（平日8時30分から17時15分まで） tel:0120-123-456-789 へお電話ください。';
    const faq = await widget(data);
    await faq.toggle(data.entries[0].question);
    const link = faq.root.querySelector('a[href^="tel:"]');
    faq.element.parentElement.style.width = '9em';
    // One line box: the number wraps as a whole to the next line.
    expect(link.getClientRects().length, `${link.outerHTML} ${getComputedStyle(link).whiteSpace}`).to.equal(1);
  });

  it('breaks answers at phrase boundaries and avoids a last line of one character, where the engine can', async () => {
    const faq = await widget(await city());
    await faq.toggle(faq.questions()[0]);
    const answer = getComputedStyle(faq.root.querySelector('.answer'));
    if (CSS.supports('text-wrap', 'pretty')) expect(answer.textWrap ?? answer.textWrapStyle).to.match(/pretty/);
    if (CSS.supports('word-break', 'auto-phrase')) expect(answer.wordBreak).to.equal('auto-phrase');
  });
});
