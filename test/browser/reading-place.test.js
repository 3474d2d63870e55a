import { expect } from '@open-wc/testing';
import { FaqHarness } from './harness.js';

/**
 * A phone reading the rendered FAQ markup before the script arrives: a frame at 375 × 740 with
 * the demo's markup, scrolled so that `question` is `top` px below the window's top, and only
 * then the script. Resolves with the widget once it has taken over.
 */
async function readThenUpgrade(question, top) {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/markup.html')).text(), 'text/html');
  const markup = page.querySelector('line-gov-faq').outerHTML;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 375px; height: 740px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="ja"><meta charset="utf-8"><body><h1>市のページ</h1><p>${'本文。'.repeat(80)}</p>${markup}<p>${'本文。'.repeat(200)}</p>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow;
  const target = [...window.document.querySelectorAll('line-gov-faq details')].find(
    (d) => d.querySelector('summary').textContent === question,
  );
  window.scrollBy(0, target.getBoundingClientRect().top - top);
  const before = target.getBoundingClientRect().top;
  const script = window.document.createElement('script');
  script.type = 'module';
  script.src = `${location.origin}/dist/line-gov-faq.js`;
  window.document.head.append(script);
  await window.customElements.whenDefined('line-gov-faq');
  const element = window.document.querySelector('line-gov-faq');
  await element.updateComplete;
  return { frame, window, before, faq: new FaqHarness(element) };
}

let frame;
afterEach(() => frame?.remove());

describe('upgrading markup a resident is reading', () => {
  it('keeps the question being read where it was on the screen', async () => {
    const question = '地方公共団体プランと、通常の料金プランとの違いを教えてください。';
    const upgraded = await readThenUpgrade(question, 8);
    frame = upgraded.frame;
    expect(upgraded.before).to.be.closeTo(8, 1);
    const summary = upgraded.faq.details(question).querySelector('summary');
    expect(summary.getBoundingClientRect().top).to.be.closeTo(8, 2);
  });

  it('leaves the page alone when the reader has not scrolled into the FAQ', async () => {
    const upgraded = await readThenUpgrade('行政においてLINEを活用するメリットは何ですか?', 2000);
    frame = upgraded.frame;
    expect(upgraded.window.scrollY).to.equal(0);
  });
});
