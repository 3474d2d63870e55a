#!/usr/bin/env node
/**
 * Prints layout figures of the built widget in headless Chromium, on a 375 px phone page (16 px
 * body margin) and on a page with `html { font-size: 62.5% }`: `npm run bench:layout` (after
 * `npm run build`). `node scripts/layout-figures.mjs <dir>` measures another checkout's build,
 * to compare before and after a change. Figures, not assertions: the tests hold the limits.
 */
import { resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const root = resolve(process.argv[2] ?? '.');
const QUERY = 'アカウント';

const server = await startDevServer({
  config: { rootDir: root, port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

async function measure({ width, head }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  // The page is served from the build's origin, as a module script needs.
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url() === `${origin}/layout.html`
      ? request.respond({
          contentType: 'text/html',
          body: `<!doctype html><html lang="ja"><meta charset="utf-8">${head}<body><line-gov-faq></line-gov-faq>
            <script type="module" src="/dist/line-gov-faq.js"></script>`,
        })
      : request.continue(),
  );
  await page.goto(`${origin}/layout.html`);
  const figures = await page.evaluate(async (query) => {
    await customElements.whenDefined('line-gov-faq');
    const element = document.querySelector('line-gov-faq');
    await element.ready;
    await element.updateComplete;
    const root = element.shadowRoot;
    const input = root.querySelector('input');
    const filterHeight = () => Math.round(root.querySelector('[part~="categories"]')?.getBoundingClientRect().height ?? 0);
    const firstResultOffset = () =>
      Math.round(root.querySelector('[part~="item"]').getBoundingClientRect().top - input.getBoundingClientRect().bottom);
    const pill = getComputedStyle(root.querySelector('[part~="category"]'));
    const gaps = [...root.querySelectorAll('[part~="category"]')].map(
      (b) => b.querySelector('.count').getBoundingClientRect().left - b.querySelector('.category-label').getBoundingClientRect().right,
    );
    const browsing = { filterHeight: filterHeight(), firstQuestionOffset: firstResultOffset() };
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    return {
      ...browsing,
      searchingFilterHeight: filterHeight(),
      firstResultOffset: firstResultOffset(),
      pillPadding: `${pill.paddingTop} ${pill.paddingRight}`,
      labelCountGap: `${Math.min(...gaps).toFixed(1)} px`,
      horizontalOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  }, QUERY);
  await page.close();
  return figures;
}

try {
  console.log(`build measured: ${root}/dist/line-gov-faq.js\n`);
  const phone = await measure({ width: 375, head: '<style>body { margin: 16px }</style>' });
  console.log('375 px phone page');
  console.log(`  category filter height, browsing / searching 「${QUERY}」: ${phone.filterHeight} / ${phone.searchingFilterHeight} px`);
  console.log(`  search box bottom → first question (browsing): ${phone.firstQuestionOffset} px`);
  console.log(`  search box bottom → first result (searching): ${phone.firstResultOffset} px`);
  console.log(`  horizontal overflow of the page: ${phone.horizontalOverflow} px`);
  const small = await measure({ width: 1000, head: '<style>html { font-size: 62.5% }</style>' });
  console.log('html { font-size: 62.5% }, 1000 px');
  console.log(`  pill padding (block inline): ${small.pillPadding}`);
  console.log(`  smallest gap between a pill's label and its count: ${small.labelCountGap}`);
} finally {
  await browser.close();
  await server.stop();
}
