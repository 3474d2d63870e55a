import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';
import { watchPageErrors } from './page-errors.js';

const CITY = new URL('../fixtures/city-faq.json', import.meta.url).href;
const city = () => fetch(CITY).then((response) => response.json());

/** Resolves after the update in which the element first shows `count` questions. */
async function shown(element, count) {
  const faq = new FaqHarness(element);
  while (faq.questions().length !== count) await new Promise((resolve) => requestAnimationFrame(resolve));
  return faq;
}

describe('the data shown and its search index travel together', () => {
  let watcher;
  beforeEach(() => (watcher = watchPageErrors()));
  afterEach(() => watcher.stop());

  it('a newer src that fails leaves the data on screen searchable', async () => {
    const element = await fixture(html`<line-gov-faq src=${CITY}></line-gov-faq>`);
    // The city's questions are on screen; their index is built after the next paint.
    await shown(element, 3);
    element.src = '/no/such/faq.json';
    await element.ready;
    const faq = new FaqHarness(element);
    await faq.search('友だち追加');
    await waitUntil(() => faq.status !== '検索の準備をしています…', 'search never became ready', { timeout: 3000 });
    expect(faq.questions()[0]).to.equal('デモ市の公式アカウントを友だち追加するには?');
  });

  it('data changed in place and set again is searched as it is now, not as it was', async () => {
    const data = await city();
    const element = await fixture(html`<line-gov-faq .data=${data}></line-gov-faq>`);
    await element.ready;
    data.entries[0] = { ...data.entries[0], id: 'renamed', question: 'ごみの出し方を教えてください。' };
    element.data = data;
    await element.ready;
    const faq = new FaqHarness(element);
    await faq.search('友だち追加');
    expect(faq.questions()).to.not.include('デモ市の公式アカウントを友だち追加するには?');
    await faq.search('ごみの出し方');
    expect(faq.questions()[0]).to.equal('ごみの出し方を教えてください。');
  });

  it('data given to the element before its definition ran (as frameworks do) is shown', async () => {
    const data = await city();
    // An element of a document without custom elements is not upgraded: `data` lands on the
    // plain element, as it does on a page whose script defines the element later.
    const element = document.implementation.createHTMLDocument('').createElement('line-gov-faq');
    element.data = data;
    const host = await fixture(html`<div></div>`);
    host.append(document.adoptNode(element));
    await element.ready;
    await element.updateComplete;
    expect(new FaqHarness(element).questions()).to.have.length(3);
    expect(element.data.entries[0].id).to.equal('how-to-add-friend');
    expect(watcher.errors).to.deep.equal([]);
  });
});

describe('work the page does not see', () => {
  it('a widget in a background tab becomes ready without waiting for the tab to be shown', async () => {
    const host = await fixture(html`<div></div>`);
    const element = document.createElement('line-gov-faq');
    element.data = await city();
    // A background tab: hidden, and animation frames never come.
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      const ready = new Promise((resolve) => element.addEventListener('faq-ready', () => resolve(true)));
      host.append(element);
      const late = new Promise((resolve) => setTimeout(() => resolve(false), 3000));
      expect(await Promise.race([ready, late]), 'faq-ready waited for the tab to be shown').to.equal(true);
    } finally {
      window.requestAnimationFrame = raf;
      delete document.visibilityState;
    }
  });
});
