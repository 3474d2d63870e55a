import { fixture, html, expect } from '@open-wc/testing';
import '../../dist/line-gov-faq.js';

const shadow = (el) => el.shadowRoot;
/** The bundled FAQ, as the bundle was built from it. */
const bundled = await (await fetch(new URL('../../data/faq.ja.json', import.meta.url))).json();

describe('the built bundle', () => {
  it('defines <line-gov-faq>', () => {
    expect(customElements.get('line-gov-faq')).to.be.a('function');
  });

  it('shows every question of the bundled FAQ, in its order', async () => {
    const el = await fixture(html`<line-gov-faq></line-gov-faq>`);
    // The module build loads the bundled FAQ from the file beside it.
    await el.ready;
    const questions = [...shadow(el).querySelectorAll('[part~="question"]')].map((q) => q.textContent.trim());
    expect(questions).to.deep.equal(bundled.entries.map((e) => e.question));
  });

  it('does not throw when the script is loaded a second time', async () => {
    await import(`../../dist/line-gov-faq.js?again`);
    expect(customElements.get('line-gov-faq')).to.be.a('function');
  });
});
