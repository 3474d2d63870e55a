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

  it('reads markup parsed after the element was upgraded (script in <head> without defer), deep link included', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/iife-head-markup.html#g1';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const element = frame.contentDocument.querySelector('line-gov-faq');
      await element.ready;
      await element.updateComplete;
      const questions = [...element.shadowRoot.querySelectorAll('summary')].map((s) => s.textContent.trim());
      expect(questions).to.deep.equal(['住民税の納付方法は?', '粗大ごみの出し方は?']);
      const open = [...element.shadowRoot.querySelectorAll('details[open] summary')].map((s) => s.textContent.trim());
      expect(open).to.deep.equal(['粗大ごみの出し方は?']);
    } finally {
      frame.remove();
    }
  });
});
