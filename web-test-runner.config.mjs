import { readFile } from 'node:fs/promises';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

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
export default {
  files: 'test/browser/**/*.test.js',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  middleware: [misbehavingServer],
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
