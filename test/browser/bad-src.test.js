import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';
import { jsonUrl, watchPageErrors } from './page-errors.js';

const fixtureUrl = (name) => new URL(`../fixtures/${name}`, import.meta.url).href;
const city = { lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a', question: '質問', answer: '回答' }] };

const FAILURES = [
  ['404', '/no/such/faq.json', 'HTTP 404'],
  ['500', '/test-api/status/500', 'HTTP 500'],
  ['network failure', '/test-api/drop', 'サーバーから応答がありませんでした'],
  ['invalid JSON', fixtureUrl('not-json.json'), 'JSON形式ではありません'],
  ['missing fields', jsonUrl({ lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a' }] }), '"question"'],
  ['wrong types', jsonUrl({ lang: 'ja', categories: [{ id: 'a', label: 'A' }], entries: [{ id: 'x', category: 'a', question: 42, answer: ['回答'] }] }), 'question'],
  ['duplicate ids', fixtureUrl('city-faq.invalid.json'), 'used twice'],
  ['unknown category', jsonUrl({ ...city, entries: [{ ...city.entries[0], category: 'parks' }] }), '"parks"'],
  ['an empty FAQ', jsonUrl({ ...city, entries: [] }), '"entries"'],
  ['not an object', jsonUrl('[1, 2, 3]'), 'JSON object'],
];

describe('bad src', () => {
  let watcher;
  beforeEach(() => (watcher = watchPageErrors()));
  afterEach(() => watcher.stop());

  for (const [name, src, detail] of FAILURES) {
    it(`${name}: shows a message, fires faq-error, throws nothing`, async () => {
      const element = await fixture(html`<line-gov-faq src=${src}></line-gov-faq>`);
      const event = await oneEvent(element, 'faq-error');
      await element.updateComplete;
      const faq = new FaqHarness(element);
      expect(faq.errorBox.textContent).to.contain('FAQを読み込めませんでした。');
      expect(faq.errorBox.textContent).to.contain(detail);
      expect(event.detail.message).to.contain(detail);
      expect(faq.questions()).to.deep.equal([]);
      expect(watcher.errors).to.deep.equal([]);
    });
  }

  it('speaks the current UI language', async () => {
    const element = await fixture(html`<line-gov-faq lang="en" src="/test-api/status/500"></line-gov-faq>`);
    await oneEvent(element, 'faq-error');
    await element.updateComplete;
    expect(new FaqHarness(element).errorBox.textContent).to.contain('The FAQ could not be loaded.');
  });

  it('keeps the previous data visible when a new src fails', async () => {
    const element = await fixture(html`<line-gov-faq src=${fixtureUrl('city-faq.json')}></line-gov-faq>`);
    await element.ready;
    element.src = '/test-api/status/500';
    await oneEvent(element, 'faq-error');
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.errorBox).to.exist;
    expect(faq.questions()).to.have.length(3);
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
    await new Promise((resolve) => setTimeout(resolve, 1200));
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
