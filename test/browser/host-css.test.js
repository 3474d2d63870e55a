import { fixture, html, expect } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';
import { smallFaq } from '../fixtures/small-faq.js';
import { FaqHarness } from './harness.js';

// What old CMS themes do to every element on the page.
const HOSTILE_CSS = `
  * { color: #fff !important; background: #fff !important; font-size: 8px !important; line-height: 0.8 !important;
      letter-spacing: -2px !important; text-transform: uppercase !important; box-sizing: content-box !important; }
  html { font-size: 6px !important; }
  button, input { display: none !important; width: 0 !important; height: 0 !important; }
  a { display: none !important; pointer-events: none !important; }
  mark { background: transparent !important; color: inherit !important; }
  details, summary { display: inline !important; }
  ul, li { list-style: square inside !important; margin: 50px !important; }
`;

describe('hostile host CSS', () => {
  let style;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());

  it('leaves a readable, usable widget', async () => {
    const element = await fixture(html`<line-gov-faq .data=${smallFaq}></line-gov-faq>`);
    await element.ready;
    await element.updateComplete;
    const faq = new FaqHarness(element);
    const input = faq.input;
    expect(input.getBoundingClientRect().height).to.be.at.least(44);
    const question = faq.root.querySelector('summary');
    const style = getComputedStyle(question);
    expect(parseFloat(style.fontSize)).to.be.at.least(16);
    expect(style.color).not.to.equal(getComputedStyle(faq.root.querySelector('.item')).backgroundColor);
    await faq.search('リッチメニュー');
    const mark = faq.root.querySelector('mark');
    expect(getComputedStyle(mark).backgroundColor).to.equal('rgb(255, 243, 163)');
    await faq.toggle('リッチメニューとは何ですか?');
    const link = faq.details('リッチメニューとは何ですか?').querySelector('a');
    expect(getComputedStyle(link).display).not.to.equal('none');
    await expect(element).to.be.accessible();
  });
});
