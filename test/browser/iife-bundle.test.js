import { expect } from '@open-wc/testing';

/** Loads a test page in a frame; resolves to its <line-gov-faq> once settled, and the frame. */
async function widgetInFrame(url) {
  const frame = document.createElement('iframe');
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await frame.contentWindow.customElements.whenDefined('line-gov-faq');
  const element = frame.contentDocument.querySelector('line-gov-faq');
  await element.ready;
  await element.updateComplete;
  return { frame, element };
}

const texts = (nodes) => [...nodes].map((node) => node.textContent.trim());
/** The bundled FAQ, as the bundle was built from it. */
const bundled = await (await fetch(new URL('../../data/faq.ja.json', import.meta.url))).json();

describe('the classic-script bundle', () => {
  it('defines the element when loaded with <script src defer>', async () => {
    const { frame, element } = await widgetInFrame('/test/fixtures/iife.html');
    try {
      // The page shows the category line-pay.
      expect(texts(element.shadowRoot.querySelectorAll('summary'))).to.deep.equal(
        bundled.entries.filter((e) => e.category === 'line-pay').map((e) => e.question),
      );
    } finally {
      frame.remove();
    }
  });

  it('reads markup parsed after the element was upgraded (script in <head> without defer), deep link included', async () => {
    const { frame, element } = await widgetInFrame('/test/fixtures/iife-head-markup.html#g1');
    try {
      expect(texts(element.shadowRoot.querySelectorAll('summary'))).to.deep.equal(['住民税の納付方法は?', '粗大ごみの出し方は?']);
      expect(texts(element.shadowRoot.querySelectorAll('details[open] summary'))).to.deep.equal(['粗大ごみの出し方は?']);
    } finally {
      frame.remove();
    }
  });
});

describe('the classic script without the bundled FAQ (line-gov-faq.core.iife.js)', () => {
  it('shows and searches the FAQ markup of the page', async () => {
    const { frame, element } = await widgetInFrame('/test/fixtures/core-iife-markup.html');
    try {
      expect(texts(element.shadowRoot.querySelectorAll('summary'))).to.deep.equal(['住民税の納付方法は?', '粗大ごみの出し方は?']);
      element.query = '粗大ごみ';
      await element.updateComplete;
      expect(texts(element.shadowRoot.querySelectorAll('summary .question-text'))).to.deep.equal(['粗大ごみの出し方は?']);
    } finally {
      frame.remove();
    }
  });

  it('says the FAQ cannot be shown when the page gives it none', async () => {
    const { frame, element } = await widgetInFrame('/test/fixtures/core-iife-empty.html');
    try {
      expect(element.shadowRoot.querySelectorAll('summary').length).to.equal(0);
      expect(element.shadowRoot.querySelector('[part="error"]')?.textContent.trim() ?? '').to.not.equal('');
    } finally {
      frame.remove();
    }
  });
});
