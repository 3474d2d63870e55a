import { readFile } from 'node:fs/promises';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { findFirefox } from './scripts/find-firefox.mjs';

/**
 * Endpoints that misbehave on purpose, for tests of `src` failures:
 * /test-api/status/500 answers with that status; /test-api/slow/800?file=city-faq.json answers
 * with a fixture after 800 ms; /test-api/drop closes the connection without an answer.
 */
async function misbehavingServer(ctx, next) {
  const match = /^\/test-api\/(status|slow|drop)(?:\/(\d+))?$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, number] = match;
  if (kind === 'status') {
    ctx.status = Number(number);
    ctx.body = 'failure on purpose';
  } else if (kind === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(number)));
    const file = String(ctx.query.file ?? 'city-faq.json').replace(/[^\w.-]/g, '');
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL(`./test/fixtures/${file}`, import.meta.url));
  } else {
    ctx.req.socket.destroy();
  }
}

// Browser tests drive the built bundle (dist/), exactly what a web page loads: lunr and
// lunr-languages are CommonJS, which the test server does not convert, and testing the bundle
// also proves the build. `npm test` builds first.
/**
 * /test/fixtures/csp/trusted-types.html?policies=lit-html,line-gov-faq is served with a policy
 * that requires Trusted Types and allows the named policies (a header, as sites send it).
 */
async function trustedTypesPolicy(ctx, next) {
  await next();
  if (ctx.path !== '/test/fixtures/csp/trusted-types.html') return;
  const policies = String(ctx.query.policies ?? '')
    .replace(/[^\w,-]/g, '')
    .split(',')
    .join(' ');
  ctx.set(
    'Content-Security-Policy',
    `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${policies}`,
  );
}

export default {
  files: 'test/browser/**/*.test.js',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  middleware: [misbehavingServer, trustedTypesPolicy],
  testFramework: { config: { timeout: 20000 } },
  browsers: browsers(process.env.TEST_BROWSERS ?? 'chromium,firefox'),
};

/**
 * The engines residents use that can run here: Debian's Chromium over CDP and Firefox ESR over
 * WebDriver BiDi, both through puppeteer-core (given as `puppeteer`, the launcher drives the
 * named browser instead of looking for Chrome). WebKitGTK needs a display, so it runs on its own
 * under xvfb-run: `npm run test:webkit`, web-test-runner.webkit.config.mjs.
 * TEST_BROWSERS=firefox (comma-separated) runs one engine while working on it.
 */
function browsers(names) {
  const launchers = {
    chromium: () =>
      chromeLauncher({
        launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
      }),
    firefox: () =>
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true },
        createPage: async ({ context }) => toleratingOldBidi(await context.newPage()),
      }),
  };
  return names.split(',').map((name) => {
    const launcher = launchers[name.trim()];
    if (!launcher) throw new Error(`TEST_BROWSERS: unknown browser "${name}" (chromium, firefox)`);
    return launcher();
  });
}

/**
 * puppeteer-core 24's setViewport also sends emulation.setScreenOrientationOverride, which
 * Firefox ESR 140 does not know yet. The viewport itself is set by a separate command sent
 * alongside it, so only the orientation (not used by any test) is lost when that one is refused.
 */
function toleratingOldBidi(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = (viewport) =>
    setViewport(viewport).catch((error) => {
      if (!String(error?.message).includes('unknown command emulation.setScreenOrientationOverride')) {
        throw error;
      }
    });
  return page;
}
