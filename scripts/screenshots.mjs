#!/usr/bin/env node
/**
 * Takes the README's screenshots of the demo page in headless Chromium: `npm run screenshots`
 * (after `npm run build`). At 1280 px and at a 375 px phone, on a light-only page seen by a
 * visitor in dark mode (the widget stays light, as the page is) and on a page that declares dark
 * support (the widget follows it). Japanese text needs a CJK font on the machine (Debian:
 * `apt-get install fonts-ipafont-gothic` or `fonts-noto-cjk`). Then the setup page with a spreadsheet
 * chosen (SETUP_SHOTS).
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
const onlySetup = process.argv[2] === 'setup';
try {
  for (const shot of onlySetup ? [] : SHOTS) {
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
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
  for (const shot of SETUP_SHOTS) {
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
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.screenshot({ path: `docs/screenshots/${shot.file}`, fullPage: Boolean(shot.fullPage) });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
