import puppeteer from 'puppeteer-core';
const [,, url, out, width = '1000', height = '1400', scheme = 'light'] = process.argv;
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
await page.setViewport({ width: +width, height: +height });
await page.goto(url, { waitUntil: 'networkidle0' });
if (process.env.TYPE) { await page.focus('line-gov-faq >>> input'); await page.keyboard.type(process.env.TYPE); await new Promise(r => setTimeout(r, 300)); }
if (process.env.CLICK) { await page.click(process.env.CLICK); await new Promise(r => setTimeout(r, 300)); }
await page.screenshot({ path: out });
await browser.close();
