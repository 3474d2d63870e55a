import { fixture, html, expect } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { smallFaq } from '../fixtures/small-faq.js';

const scripts = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
const questionsIn = (script) => JSON.parse(script.textContent).mainEntity.map((q) => q.name);

describe('structured data', () => {
  it('adds nothing without the attribute', async () => {
    const element = await fixture(html`<line-gov-faq .data=${smallFaq}></line-gov-faq>`);
    await element.ready;
    expect(scripts()).to.have.length(0);
  });

  it('adds one FAQPage for the questions shown, updates it and removes it with the widget', async () => {
    const element = await fixture(html`<line-gov-faq .data=${smallFaq} structured-data categories="line-pay"></line-gov-faq>`);
    await element.ready;
    await element.updateComplete;
    expect(scripts()).to.have.length(1);
    const [script] = scripts();
    expect(JSON.parse(script.textContent)['@type']).to.equal('FAQPage');
    expect(questionsIn(script)).to.deep.equal([
      'キャッシュレス決済を導入するにはどうすればよいですか?',
      'LINE Payの導入状況が分かるものはありますか?',
    ]);

    element.categories = 'line-pay,stickers';
    await element.updateComplete;
    expect(scripts()).to.have.length(1);
    expect(questionsIn(scripts()[0])).to.have.length(3);

    element.query = 'キャッシュ';
    await element.updateComplete;
    expect(questionsIn(scripts()[0])).to.have.length(3);

    element.remove();
    expect(scripts()).to.have.length(0);
    document.body.append(element);
    await element.updateComplete;
    expect(scripts()).to.have.length(1);
    element.removeAttribute('structured-data');
    await element.updateComplete;
    expect(scripts()).to.have.length(0);
    element.remove();
  });

  it('follows data loaded from src', async () => {
    const element = await fixture(
      html`<line-gov-faq structured-data src=${new URL('../fixtures/city-faq.json', import.meta.url).href}></line-gov-faq>`,
    );
    await element.ready;
    await element.updateComplete;
    expect(scripts()).to.have.length(1);
    const data = JSON.parse(scripts()[0].textContent);
    expect(data.name).to.equal('デモ市 LINE公式アカウントのよくある質問');
    expect(data.mainEntity).to.have.length(3);
    element.remove();
  });
});
