import { fixture, html, expect } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';

const shadow = (el) => el.shadowRoot;

describe('the built bundle', () => {
  it('defines <line-gov-faq>', () => {
    expect(customElements.get('line-gov-faq')).to.be.a('function');
  });

  it('shows the 53 questions of the bundled FAQ', async () => {
    const el = await fixture(html`<line-gov-faq></line-gov-faq>`);
    await el.ready;
    const questions = [...shadow(el).querySelectorAll('[part~="question"]')].map((q) => q.textContent.trim());
    expect(questions).to.have.length(53);
    expect(questions[0]).to.equal('行政においてLINEを活用するメリットは何ですか?');
    expect(questions).to.include('地域の自治会や回覧板における活用法はありますか?');
  });

  it('does not throw when the script is loaded a second time', async () => {
    await import(`../../dist/line-gov-faq.js?again`);
    expect(customElements.get('line-gov-faq')).to.be.a('function');
  });
});
