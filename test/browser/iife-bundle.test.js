import { expect } from '@open-wc/testing';

describe('the classic-script bundle', () => {
  it('defines the element when loaded with <script src defer>', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/iife.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const element = frame.contentDocument.querySelector('line-gov-faq');
      await frame.contentWindow.customElements.whenDefined('line-gov-faq');
      await element.ready;
      await element.updateComplete;
      const questions = [...element.shadowRoot.querySelectorAll('summary')].map((s) => s.textContent.trim());
      expect(questions).to.deep.equal(['キャッシュレス決済を導入するにはどうすればよいですか?', 'LINE Payの導入状況が分かるものはありますか?']);
    } finally {
      frame.remove();
    }
  });
});
