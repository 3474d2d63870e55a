// Finds a Firefox already on this machine, as find-chromium.mjs does for Chromium: FIREFOX_PATH
// wins, then the usual names. The browser tests drive it with puppeteer-core over WebDriver BiDi,
// which needs no driver binary and no browser download.
import { findExecutable } from './find-chromium.mjs';

/** @returns {string} the path of a Firefox binary; throws a helpful error if none. */
export function findFirefox(env = process.env) {
  return findExecutable({
    env,
    variable: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    help:
      'No Firefox found for the browser tests. Install it with `sudo apt-get install -y firefox-esr` ' +
      '(Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary.',
  });
}

if (process.argv[1]?.endsWith('find-firefox.mjs')) {
  try {
    console.log(findFirefox());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
