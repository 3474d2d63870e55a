// Finds a Chromium already on this machine. Test tools normally download their own browser,
// which cannot work on machines without general internet access, so the project uses the
// system package instead: CHROME_PATH wins, then the usual names on the PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first executable among `names` (in /usr/bin, then on the PATH), or the file the environment
 * `variable` names, which must then be executable. Throws `help` when none is found.
 * @returns {string}
 */
export function findExecutable({ env = process.env, variable, names, help }) {
  const chosen = env[variable];
  if (chosen) {
    if (isExecutable(chosen)) return chosen;
    throw new Error(`${variable} is set to ${chosen}, which is not an executable file.`);
  }
  const dirs = ['/usr/bin', ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const name of names) {
    for (const dir of dirs) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  throw new Error(help);
}

/** @returns {string} the path of a Chromium or Chrome binary; throws a helpful error if none. */
export function findChromium(env = process.env) {
  return findExecutable({
    env,
    variable: 'CHROME_PATH',
    names: NAMES,
    help:
      'No Chromium found for the browser tests. Install it with `sudo apt-get install -y chromium` ' +
      '(Debian/Ubuntu) or set CHROME_PATH to a Chromium or Chrome binary.',
  });
}

/** Flags for a headless browser on a closed network, run as root in CI containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (process.argv[1]?.endsWith('find-chromium.mjs')) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
