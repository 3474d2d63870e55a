import { smallFaq } from '../fixtures/small-faq.js';
import { FaqHarness } from './harness.js';
import { jsonUrl } from './page-errors.js';

/** The tests' own small FAQ, as a `src` that pages in frames can load. */
export const SMALL_FAQ_SRC = jsonUrl(smallFaq);

/**
 * The widget on a page of its own, in a frame: the page's stylesheet, `lang` and colour scheme
 * are the host's, as on a CMS page the widget does not control. `osScheme` is the frame's
 * `color-scheme`, which the visitor's OS preference (prefers-color-scheme) follows inside it in
 * Chromium and Firefox. The page is a blob: URL, so it has an address whose hash can change.
 */
export async function hostPage({
  head = '',
  body = `<line-gov-faq src="${SMALL_FAQ_SRC}"></line-gov-faq>`,
  lang = 'ja',
  width = 1000,
  height = 700,
  osScheme = 'light',
  hash = '',
} = {}) {
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>host</title>
    <script src="${location.origin}/node_modules/axe-core/axe.min.js"></script>
    <script type="module" src="${location.origin}/dist/line-gov-faq.js"></script>
    ${head}<body>${body}</body></html>`;
  const frame = document.createElement('iframe');
  frame.style.cssText = `color-scheme: ${osScheme}; width: ${width}px; height: ${height}px; border: 0`;
  frame.src = URL.createObjectURL(new Blob([html], { type: 'text/html' })) + hash;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow;
  await window.customElements.whenDefined('line-gov-faq');
  const element = window.document.querySelector('line-gov-faq');
  await element.ready;
  await element.updateComplete;
  const audit = async () => {
    const { violations } = await window.axe.run(element);
    return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  };
  return { frame, window, element, faq: new FaqHarness(element), audit, osDark: window.matchMedia('(prefers-color-scheme: dark)').matches };
}
