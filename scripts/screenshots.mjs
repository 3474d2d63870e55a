#!/usr/bin/env node
/**
 * Takes the README's screenshots of the demo page in headless Chromium, light and dark:
 * `npm run screenshots` (after `npm run build`). Japanese text needs a CJK font on the machine
 * (Debian: `apt-get install fonts-noto-cjk`).
 */
import { mkdir } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const SHOTS = [
  { file: 'demo-light.png', scheme: 'light', width: 1000, height: 1100, query: '' },
  { file: 'demo-dark.png', scheme: 'dark', width: 1000, height: 1100, query: '' },
  { file: 'search-light.png', scheme: 'light', width: 420, height: 900, query: 'りっちめにゅー', open: true },
  { file: 'search-dark.png', scheme: 'dark', width: 420, height: 900, query: 'りっちめにゅー', open: true },
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
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
    await page.setViewport({ width: shot.width, height: shot.height });
    await page.goto(`${origin}/demo/index.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(async ({ query, open }) => {
      const element = document.querySelector('line-gov-faq');
      await element.ready;
      if (query) {
        const input = element.shadowRoot.querySelector('input');
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await element.updateComplete;
      }
      if (open) element.shadowRoot.querySelector('summary').click();
      await element.updateComplete;
      if (query) element.scrollIntoView();
    }, shot);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await page.screenshot({ path: `docs/screenshots/${shot.file}` });
    await page.close();
    console.log(`docs/screenshots/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
