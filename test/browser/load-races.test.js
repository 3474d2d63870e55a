import { fixture, html, expect, nextFrame } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { FaqHarness } from './harness.js';
import { jsonUrl, watchPageErrors } from './page-errors.js';

// The slow endpoint answers with test/fixtures/city-faq.json (3 questions) after the delay.
const SLOW_SRC = '/test-api/slow/500?file=city-faq.json';
const other = {
  lang: 'ja',
  categories: [{ id: 'a', label: 'A' }],
  entries: [{ id: 'x', category: 'a', question: '別のデータの質問', answer: '回答' }],
};

/** Every faq-ready the element fires, from now on. */
function readyEvents(element) {
  const events = [];
  element.addEventListener('faq-ready', (e) => events.push(e.detail));
  return events;
}

describe('load lifecycle races', () => {
  let watcher;
  beforeEach(() => (watcher = watchPageErrors()));
  afterEach(() => watcher.stop());

  it('moving the element to another parent while src loads does not leave it loading', async () => {
    const [first, second] = [
      ...(
        await fixture(
          html`<div>
            <section></section>
            <section></section>
          </div>`,
        )
      ).children,
    ];
    const element = document.createElement('line-gov-faq');
    element.src = SLOW_SRC;
    first.append(element);
    await element.updateComplete;
    second.append(element);
    await element.ready;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.root.querySelector('.content').getAttribute('aria-busy')).to.equal('false');
    expect(faq.status).to.equal('3件の質問があります');
    expect(faq.questions()).to.have.length(3);
  });

  it('removing and re-adding the element while src loads does not leave it loading', async () => {
    const host = await fixture(html`<div></div>`);
    const element = document.createElement('line-gov-faq');
    element.src = SLOW_SRC;
    host.append(element);
    await element.updateComplete;
    element.remove();
    host.append(element);
    await element.ready;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.root.querySelector('.content').getAttribute('aria-busy')).to.equal('false');
    expect(faq.questions()).to.have.length(3);
  });

  it('src set just after the element is connected gives one faq-ready, for that data only', async () => {
    const host = await fixture(html`<div></div>`);
    const element = document.createElement('line-gov-faq');
    const events = readyEvents(element);
    // As a framework does: create, connect, then set properties.
    host.append(element);
    element.src = SLOW_SRC;
    await element.ready;
    expect(events).to.deep.equal([{ entryCount: 3 }]);
  });

  it('src set after the first render: the bundled FAQ’s faq-ready never fires once src takes over', async () => {
    const host = await fixture(html`<div></div>`);
    const element = document.createElement('line-gov-faq');
    const events = readyEvents(element);
    host.append(element);
    await element.updateComplete;
    element.src = SLOW_SRC;
    await element.ready;
    expect(events.at(-1)).to.deep.equal({ entryCount: 3 });
    expect(events.filter((e) => e.entryCount !== 3)).to.deep.equal([]);
  });

  it('data set while an older src request is in flight is not overwritten by its response', async () => {
    const element = await fixture(html`<line-gov-faq src=${SLOW_SRC}></line-gov-faq>`);
    const events = readyEvents(element);
    element.data = other;
    await element.ready;
    // The same slow request, started after the element's: once it has answered, so has the
    // element's (which a correct widget has aborted).
    await (await fetch(SLOW_SRC)).text();
    await nextFrame();
    await element.updateComplete;
    const faq = new FaqHarness(element);
    expect(faq.questions()).to.deep.equal(['別のデータの質問']);
    expect(events).to.deep.equal([{ entryCount: 1 }]);
    expect(watcher.errors).to.deep.equal([]);
  });

  it('the newest of src and data wins, also the other way round', async () => {
    const element = await fixture(html`<line-gov-faq></line-gov-faq>`);
    element.data = other;
    element.src = jsonUrl({ ...other, entries: [{ ...other.entries[0], question: 'src の質問' }] });
    await element.ready;
    await element.updateComplete;
    expect(new FaqHarness(element).questions()).to.deep.equal(['src の質問']);
  });
});

describe('data in other languages and links', () => {
  it('an English dataset is searched in English: "collecting garbage" finds "When is burnable garbage collected?"', async () => {
    const response = await fetch(new URL('../fixtures/city-faq.en.json', import.meta.url));
    const element = await fixture(html`<line-gov-faq lang="en"></line-gov-faq>`);
    element.data = await response.json();
    await element.ready;
    const faq = new FaqHarness(element);
    await faq.search('collecting garbage');
    expect(faq.questions()[0]).to.equal('When is burnable garbage collected?');
    await faq.search('pay taxes');
    expect(faq.questions()[0]).to.equal('How can I pay my resident tax?');
  });

  it('tel: and mailto: links read as the number and the address, without the new-tab sign', async () => {
    const element = await fixture(html`<line-gov-faq></line-gov-faq>`);
    element.data = {
      lang: 'ja',
      categories: [{ id: 'a', label: 'A' }],
      entries: [
        {
          id: 'x',
          category: 'a',
          question: '問い合わせ先は?',
          answer: '電話 tel:0120-000-000 または mailto:info@example.jp、詳しくは https://example.jp/ へ。',
        },
      ],
    };
    await element.ready;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    await faq.toggle('問い合わせ先は?');
    const links = [...faq.root.querySelectorAll('[part~="link"]')];
    expect(
      links.map((a) => [a.textContent.trim(), a.getAttribute('href'), a.getAttribute('target'), Boolean(a.querySelector('svg'))]),
    ).to.deep.equal([
      ['0120-000-000', 'tel:0120-000-000', null, false],
      ['info@example.jp', 'mailto:info@example.jp', null, false],
      ['https://example.jp/（外部サイト・新しいタブで開きます）', 'https://example.jp/', '_blank', true],
    ]);
    await expect(element).to.be.accessible();
  });
});

describe('ready', () => {
  it('resolves at once for an element that was never connected, and after loading once it is', async () => {
    const element = document.createElement('line-gov-faq');
    element.src = SLOW_SRC;
    await element.ready;
    expect(element.data.entries).to.have.length(0);
    const host = await fixture(html`<div></div>`);
    host.append(element);
    await element.ready;
    expect(element.data.entries).to.have.length(3);
  });
});
