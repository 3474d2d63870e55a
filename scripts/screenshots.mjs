#!/usr/bin/env node
/**
 * Takes the README's screenshots of the demo page in headless Chromium: `npm run screenshots`
 * (after `npm run build`). At 1280 px and at a 375 px phone, on a light-only page seen by a
 * visitor in dark mode (the widget stays light, as the page is) and on a page that declares dark
 * support (the widget follows it). Japanese text needs a CJK font on the machine (Debian:
 * `apt-get install fonts-ipafont-gothic` or `fonts-noto-cjk`). Then the setup page with a spreadsheet
 * chosen (SETUP_SHOTS), and the widget under a site's own switches (SITE_SHOTS).
 */
import { mkdir } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

/** The demo page made light-only, as most municipal sites are: no `color-scheme`, light colours. */
const LIGHT_ONLY_PAGE =
  ':root { color-scheme: normal !important; --page-bg: #fff !important; --page-text: #1a1a1a !important; --band: #0b3d2e !important; --link: #0b57d0 !important; }';

/**
 * The setup page (tools/setup.html) with a spreadsheet chosen: one that imports with notes, and
 * one with problems. `node scripts/screenshots.mjs setup` takes only these.
 */
const SETUP_SHOTS = [
  { file: 'setup-loaded-desktop.png', sheet: 'city.utf8.csv', width: 1280, height: 900, fullPage: true },
  { file: 'setup-loaded-phone.png', sheet: 'city.utf8.csv', width: 375, height: 1400, scrollTo: 'check-heading' },
  { file: 'setup-problems-phone.png', sheet: 'problems.csv', width: 375, height: 740, scrollTo: 'check-heading' },
];

/**
 * The widget as a municipal site's own switches and layouts leave it: the 背景色 choices (black
 * with yellow text, blue with white), 文字サイズ「拡大」, a 630 px content column, and the printed
 * page. `node scripts/screenshots.mjs site` takes only these.
 */
const SITE_SHOTS = [
  {
    file: 'site-black-yellow.png',
    style:
      ':root { color-scheme: normal !important; --page-bg: #000 !important; --page-text: #ff0 !important; --link: #ff0 !important; --band: #000 !important; --band-text: #ff0 !important; }',
    width: 375,
    height: 740,
    query: 'スタンプ',
  },
  {
    file: 'site-blue-white.png',
    style:
      ':root { color-scheme: normal !important; --page-bg: #0033a0 !important; --page-text: #fff !important; --link: #fff !important; --band: #0033a0 !important; }',
    width: 375,
    height: 740,
    open: true,
  },
  { file: 'site-enlarged-text.png', style: `${LIGHT_ONLY_PAGE} body { font-size: 120% !important; }`, width: 375, height: 740, open: true },
  { file: 'site-narrow-column.png', style: `${LIGHT_ONLY_PAGE} main.wrap { max-width: 630px !important; }`, width: 1280, height: 800 },
  { file: 'site-print.png', style: LIGHT_ONLY_PAGE, width: 800, height: 1100, print: true },
];

const SHOTS = [
  { file: 'desktop-light-page.png', page: 'light', width: 1280, height: 1000 },
  { file: 'desktop-dark-page.png', page: 'dark', width: 1280, height: 1000 },
  { file: 'phone-search-light-page.png', page: 'light', width: 375, height: 740, query: 'りっちめにゅー' },
  { file: 'phone-search-dark-page.png', page: 'dark', width: 375, height: 740, query: 'スタンプ 作り方' },
];

await mkdir('docs/screenshots', { recursive: true });
const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
/** Once the last frames are painted: the screenshot into docs/screenshots/, and the page closed. */
async function save(page, file, options = {}) {
  await new Promise((resolve) => setTimeout(resolve, 200));
  await page.screenshot({ path: `docs/screenshots/${file}`, ...options });
  await page.close();
  console.log(`docs/screenshots/${file}`);
}

const only = process.argv[2];
try {
  for (const shot of only === 'site' || !only ? SITE_SHOTS : []) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: shot.width < 500 ? 2 : 1 });
    await page.goto(`${origin}/demo/index.html`, { waitUntil: 'networkidle0' });
    await page.addStyleTag({ content: shot.style });
    if (shot.print) await page.emulateMediaType('print');
    await page.evaluate(async ({ query, open, print }) => {
      const element = document.querySelector('line-gov-faq');
      await element.ready;
      // The page's colours are taken when its class or style changes; an added stylesheet is neither.
      document.body.classList.add('switched');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const root = element.shadowRoot;
      if (query) {
        const input = root.querySelector('input');
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      if (open) root.querySelector('summary').click();
      if (print) window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 16);
    }, shot);
    await save(page, shot.file);
  }
  for (const shot of only ? [] : SHOTS) {
    const page = await browser.newPage();
    // The visitor is in dark mode in every shot: what the widget shows depends on the page.
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: shot.width < 500 ? 2 : 1 });
    await page.goto(`${origin}/demo/index.html`, { waitUntil: 'networkidle0' });
    if (shot.page === 'light') await page.addStyleTag({ content: LIGHT_ONLY_PAGE });
    await page.evaluate(async ({ query }) => {
      const element = document.querySelector('line-gov-faq');
      await element.ready;
      if (query) {
        const input = element.shadowRoot.querySelector('input');
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await element.updateComplete;
        window.scrollTo(0, input.getBoundingClientRect().top + window.scrollY - 60);
      } else {
        element.shadowRoot.querySelector('summary').click();
        await element.updateComplete;
        window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 16);
      }
    }, shot);
    await save(page, shot.file);
  }
  for (const shot of only === 'setup' || !only ? SETUP_SHOTS : []) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: shot.width < 500 ? 2 : 1 });
    await page.goto(`${origin}/tools/setup.html`, { waitUntil: 'networkidle0' });
    const input = await page.$('#sheet-file');
    await input.uploadFile(`test/fixtures/setup/${shot.sheet}`);
    await page.waitForFunction(() => /件/.test(document.getElementById('summary').textContent));
    await page.evaluate(async (id) => {
      await document.querySelector('line-gov-faq')?.ready;
      if (id) window.scrollTo(0, document.getElementById(id).getBoundingClientRect().top + window.scrollY - 8);
    }, shot.scrollTo);
    await save(page, shot.file, { fullPage: Boolean(shot.fullPage) });
  }
} finally {
  await browser.close();
  await server.stop();
}
