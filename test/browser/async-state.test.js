import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';
import { hostPage } from './host-page.js';
import { watchPageErrors } from './page-errors.js';

const SIZE = 400;
const LAST_QUESTION = '粗大ごみの収集を予約するには?';

/**
 * A FAQ of `count` entries whose questions carry `tag` and their number in 〔〕, so that the work
 * done on each FAQ can be told apart; its last question is LAST_QUESTION, the only one about 粗大ごみ.
 */
function taggedFaq(tag, count) {
  const entries = Array.from({ length: count }, (_, n) => ({
    id: `${tag}-${n}`,
    category: 'a',
    question: n === count - 1 ? `〔${tag}-${n}〕${LAST_QUESTION}` : `〔${tag}-${n}〕住民票の写しを請求する方法を教えてください（その${n}）`,
    answer: '本人確認書類を持って市民課の窓口へお越しください。郵送やコンビニエンスストアでの交付、オンライン申請もできます。'.repeat(3),
  }));
  return { lang: 'ja', categories: [{ id: 'a', label: '手続き' }], entries };
}

/**
 * Which entries of the tagged FAQs an index build has analysed, by tag: the search core
 * normalizes (NFKC) each text of an entry before cutting it into words, as it does queries, so
 * String#normalize sees every entry the build reaches. Counting distinct entries leaves out the
 * calls that other work (bigrams, queries) makes on the same texts.
 */
function watchAnalysis() {
  const original = String.prototype.normalize;
  const seen = new Map();
  const waiting = [];
  String.prototype.normalize = function (...args) {
    const tag = /^〔(\w+)-(\d+)〕/.exec(this);
    if (tag) {
      if (!seen.has(tag[1])) seen.set(tag[1], new Set());
      seen.get(tag[1]).add(tag[2]);
      for (const wait of waiting.filter((w) => w.tag === tag[1])) wait.resolve();
    }
    return original.apply(this, args);
  };
  return {
    /** How many entries of the FAQ tagged `tag` have been analysed. */
    analysed: (tag) => seen.get(tag)?.size ?? 0,
    /** Resolves once the FAQ tagged `tag` is being analysed: its index build has begun. */
    started: (tag) => (seen.has(tag) ? Promise.resolve() : new Promise((resolve) => waiting.push({ tag, resolve }))),
    stop: () => (String.prototype.normalize = original),
  };
}

describe('work on data that has left the screen stops', () => {
  let analysis;
  let watcher;
  beforeEach(() => {
    analysis = watchAnalysis();
    watcher = watchPageErrors();
  });
  afterEach(() => {
    analysis.stop();
    watcher.stop();
  });

  it('data replaced by other data stops building its index', async () => {
    const element = await fixture(html`<line-gov-faq .data=${taggedFaq('old', SIZE)}></line-gov-faq>`);
    await analysis.started('old');
    // Twice as large: an index build of the old data that went on would end before this one.
    element.data = taggedFaq('new', 2 * SIZE);
    await element.ready;
    expect(analysis.analysed('new')).to.equal(2 * SIZE);
    expect(analysis.analysed('old'), 'entries of the replaced data analysed').to.be.below(SIZE);
    expect(watcher.errors).to.deep.equal([]);
  });

  it('data still on screen while a newer src loads gets its whole index, and stays searchable when that src fails', async () => {
    const element = await fixture(html`<line-gov-faq .data=${taggedFaq('shown', SIZE)}></line-gov-faq>`);
    await analysis.started('shown');
    const failed = oneEvent(element, 'faq-error');
    element.src = '/test-api/status/500';
    await failed;
    await element.ready;
    const faq = new FaqHarness(element);
    await faq.search('粗大ごみ');
    await waitUntil(() => faq.status !== '検索の準備をしています…', 'search never became ready', { timeout: 5000 });
    expect(faq.questions()[0]).to.equal(`〔shown-${SIZE - 1}〕${LAST_QUESTION}`);
    expect(analysis.analysed('shown')).to.equal(SIZE);
    expect(watcher.errors).to.deep.equal([]);
  });
});

describe('the state follows the source at once', () => {
  it('data read back just after it was set is the data set, not the data shown before', async () => {
    const element = await fixture(html`<line-gov-faq .data=${taggedFaq('first', 2)}></line-gov-faq>`);
    await element.ready;
    element.data = taggedFaq('second', 3);
    expect(element.data.entries.map((entry) => entry.id)).to.deep.equal(['second-0', 'second-1', 'second-2']);
    await element.updateComplete;
    expect(new FaqHarness(element).questions()).to.have.length(3);
  });

  it('a run started while the element is out of the document ends in one faq-ready, also when it is put back meanwhile', async () => {
    const host = await fixture(html`<div><line-gov-faq></line-gov-faq></div>`);
    const element = host.querySelector('line-gov-faq');
    await element.ready;
    element.remove();
    const ready = [];
    element.addEventListener('faq-ready', (event) => ready.push(event.detail.entryCount));
    element.data = taggedFaq('away', SIZE);
    host.append(element);
    await element.ready;
    await element.updateComplete;
    expect(ready).to.deep.equal([SIZE]);
    expect(new FaqHarness(element).questions()[0]).to.equal('〔away-0〕住民票の写しを請求する方法を教えてください（その0）');
  });
});

describe('the bundled FAQ is indexed once per page', () => {
  /**
   * How often the questions of the bundled FAQ were normalized on a page of its own with `count`
   * widgets showing it, once all are ready. Only questions that their cleaned form differs from
   * are counted (those with punctuation): the bigrams, built later from the cleaned text, are not.
   */
  async function questionsAnalysed(count) {
    const spy = `<script>
      const normalize = String.prototype.normalize;
      window.normalized = new Map();
      String.prototype.normalize = function (...args) {
        const text = String(this);
        window.normalized.set(text, (window.normalized.get(text) ?? 0) + 1);
        return normalize.apply(this, args);
      };
    </script>`;
    const page = await hostPage({ head: spy, body: '<line-gov-faq></line-gov-faq>'.repeat(count) });
    const widgets = [...page.window.document.querySelectorAll('line-gov-faq')];
    await Promise.all(widgets.map((widget) => widget.ready));
    const questions = page.faq.questions().filter((question) => /[^\p{L}\p{N}\s]/u.test(question));
    const total = questions.reduce((sum, question) => sum + (page.window.normalized.get(question) ?? 0), 0);
    page.frame.remove();
    return { questions: questions.length, total };
  }

  it('three widgets showing it analyse its questions as often as one widget does', async () => {
    const one = await questionsAnalysed(1);
    const three = await questionsAnalysed(3);
    expect(one.questions).to.be.above(0);
    expect(one.total).to.be.at.least(one.questions);
    expect(three).to.deep.equal(one);
  });
});
