import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

// Browser tests drive the built bundle (dist/), exactly what a web page loads: lunr and
// lunr-languages are CommonJS, which the test server does not convert, and testing the bundle
// also proves the build. `npm test` builds first.
export default {
  files: 'test/browser/**/*.test.js',
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
