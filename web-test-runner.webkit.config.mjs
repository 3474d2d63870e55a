import config from './web-test-runner.config.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

// The browser suite in WebKitGTK (see scripts/webkit-launcher.mjs); `npm run test:webkit` runs
// it under xvfb-run with a hard timeout. WebKit does not let a frame's color-scheme set
// prefers-color-scheme inside it, which the dark-mode audits rely on in the other engines, so
// the accessibility tests run a second time with MiniBrowser itself in dark mode:
// WEBKIT_COLOR_SCHEME=dark.
const dark = process.env.WEBKIT_COLOR_SCHEME === 'dark';

export default {
  ...config,
  files: dark ? 'test/browser/accessibility.test.js' : config.files,
  browsers: [webkitLauncher({ colorScheme: dark ? 'dark' : 'light' })],
};
