import { expect } from '@open-wc/testing';

/**
 * A phone page in the demo's municipal style with the markup `line-gov-faq render` writes at the
 * top, under the page heading: first without the script (what a reader sees while it loads).
 */
async function markupPage({ width = 375, height = 812 } = {}) {
  const demo = await (await fetch('/demo/markup.html')).text();
  const markup = /<line-gov-faq>[\s\S]*<\/line-gov-faq>/.exec(demo)[0];
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <base href="${location.origin}/demo/"><link rel="stylesheet" href="demo.css"></head>
    <body><main id="main" class="wrap"><h1>よくある質問</h1>${markup}</main></body></html>`;
  return framed(html, width, height);
}

/** `html` as a page in a frame of `width` × `height`, once it has loaded. */
async function framed(html, width = 375, height = 812) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Sums the layout shifts the page reports from now on (Chromium reports them; others null). */
function watchShifts(window) {
  if (!window.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift')) return () => null;
  let total = 0;
  const observer = new window.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  });
  observer.observe({ type: 'layout-shift' });
  return () => {
    total += observer.takeRecords().reduce((sum, entry) => sum + entry.value, 0);
    observer.disconnect();
    return total;
  };
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Loads the widget's script into the page in `frame`, and resolves with the widget once its FAQ is on screen. */
async function upgrade(frame) {
  const { contentWindow: window, contentDocument: page } = frame;
  const script = page.createElement('script');
  script.type = 'module';
  script.src = `${location.origin}/dist/line-gov-faq.js`;
  page.head.append(script);
  await window.customElements.whenDefined('line-gov-faq');
  const element = page.querySelector('line-gov-faq');
  await element.ready;
  await element.updateComplete;
  await frames();
  return element;
}

let frame;
afterEach(() => frame?.remove());

describe('the page does not jump when the widget arrives', () => {
  it('with the recommended markup at the top of a phone page, the first question moves at most 24 px on upgrade', async () => {
    frame = await markupPage();
    const { contentWindow: window, contentDocument: document } = frame;
    await frames();
    const before = document.querySelector('line-gov-faq summary').getBoundingClientRect().top;
    const shifts = watchShifts(window);
    const element = await upgrade(frame);
    const after = element.shadowRoot.querySelector('summary').getBoundingClientRect().top;
    expect(Math.abs(after - before), `first question at ${before} px, then ${after} px`).to.be.at.most(24);
    const shift = shifts();
    if (shift !== null) expect(shift, 'cumulative layout shift').to.be.at.most(0.05);
  });

  it('on a page with the script only, the FAQ arrives in one step and nothing below it moves after', async () => {
    const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8">
      <base href="${location.origin}/demo/"><link rel="stylesheet" href="demo.css"></head>
      <body><main class="wrap"><h1>よくある質問</h1><line-gov-faq></line-gov-faq><p id="after">お問い合わせ先</p></main></body></html>`;
    frame = await framed(html);
    const { contentWindow: window, contentDocument: page } = frame;
    const after = page.getElementById('after');
    const places = [];
    let watching = true;
    const watch = () => {
      const top = Math.round(after.getBoundingClientRect().top);
      if (places.at(-1) !== top) places.push(top);
      if (watching) window.requestAnimationFrame(watch);
    };
    watch();
    await upgrade(frame);
    await frames();
    watching = false;
    // Where the text under the widget was before the script, then where the whole FAQ put it.
    expect(places, `the text under the widget was at ${places.join(', ')} px`).to.have.length(2);
  });
});
