import { fixture, html, expect } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';

const CITY = new URL('../fixtures/city-faq.json', import.meta.url).href;
const sourceLine = (element) => element.shadowRoot.querySelector('[part~="source"]');
/** Where the bundled FAQ's text comes from, as its data says. */
const { source } = await (await fetch(new URL('../../data/faq.ja.json', import.meta.url))).json();

async function ready(element) {
  await element.ready;
  await element.updateComplete;
  return element;
}

describe('whose words these are: the 出典 line', () => {
  it('names LINE Yahoo, its page and the day it was copied under the bundled FAQ', async () => {
    const element = await ready(await fixture(html`<line-gov-faq></line-gov-faq>`));
    const line = sourceLine(element);
    const [year, month, day] = source.captured.split('-').map(Number);
    expect(line.textContent.replace(/\s+/g, '')).to.equal(
      `出典：${source.publisher}「${source.title}」（${year}年${month}月${day}日時点）`,
    );
    expect(line.querySelector('a').getAttribute('href')).to.equal(source.url);
  });

  it('speaks the widget’s language', async () => {
    const element = await ready(await fixture(html`<line-gov-faq lang="en"></line-gov-faq>`));
    expect(sourceLine(element).textContent.replace(/\s+/g, ' ').trim()).to.equal(
      `Source: ${source.publisher}「${source.title}」 (as of ${source.captured})`,
    );
  });

  it('is hidden by hide-source', async () => {
    const element = await ready(await fixture(html`<line-gov-faq hide-source></line-gov-faq>`));
    expect(sourceLine(element)).to.equal(null);
  });

  it('is not shown for a city’s own data, which names no source', async () => {
    const element = await ready(await fixture(html`<line-gov-faq src=${CITY}></line-gov-faq>`));
    expect(element.shadowRoot.querySelectorAll('summary').length).to.be.above(0);
    expect(sourceLine(element)).to.equal(null);
  });

  it('shows a source the data names only as a web link', async () => {
    const data = await fetch(CITY).then((response) => response.json());
    data.source = { publisher: 'デモ県', url: 'https://example.jp/faq' };
    const element = await ready(await fixture(html`<line-gov-faq .data=${data}></line-gov-faq>`));
    expect(sourceLine(element).textContent.replace(/\s+/g, '')).to.equal('出典：デモ県');
    // A source that is not a web address is refused with the data, as any invalid field is.
    const errors = [];
    const bad = { ...data, source: { publisher: 'x', url: 'javascript:alert(1)' } };
    const refused = await ready(await fixture(html`<line-gov-faq .data=${bad} @faq-error=${(e) => errors.push(e.detail)}></line-gov-faq>`));
    expect(errors.flatMap((detail) => detail.problems)).to.deep.equal([
      '/source/url: 「url（出典のページ）」は https:// で始まるページのアドレスにしてください（「javascript:alert(1)」）。',
    ]);
    expect(sourceLine(refused) === null, 'no 出典 line').to.equal(true);
  });
});
