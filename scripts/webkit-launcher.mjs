// A @web/test-runner browser launcher for WebKitGTK, the engine closest to the iPhones most
// residents read municipal pages on. It starts Debian's WebKitWebDriver (package
// webkit2gtk-driver), which drives MiniBrowser, and speaks plain W3C WebDriver to it over HTTP:
// no client library and no browser download. MiniBrowser needs a display: run under
// `xvfb-run -a` (package xvfb). Without one the driver hangs on new-session instead of reporting,
// so each request has a deadline and `npm run test:webkit` has a hard timeout around it all.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { findExecutable } from './find-chromium.mjs';

/** @returns {string} the WebKitWebDriver binary (WEBKIT_WEBDRIVER_PATH overrides). */
export function findWebKitWebDriver(env = process.env) {
  return findExecutable({
    env,
    variable: 'WEBKIT_WEBDRIVER_PATH',
    names: ['WebKitWebDriver'],
    help:
      'No WebKitWebDriver found for the WebKit tests. Install it with ' +
      '`sudo apt-get install -y webkit2gtk-driver xvfb` (Debian/Ubuntu) or set WEBKIT_WEBDRIVER_PATH.',
  });
}

/** @returns {string} WebKitGTK's MiniBrowser (MINIBROWSER_PATH overrides). */
export function findMiniBrowser(env = process.env) {
  if (env.MINIBROWSER_PATH) return env.MINIBROWSER_PATH;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    const dirs = [lib, ...readdirSync(lib).map((name) => `${lib}/${name}`)];
    for (const dir of dirs) {
      for (const api of ['webkitgtk-6.0', 'webkit2gtk-4.1', 'webkit2gtk-4.0']) {
        const file = `${dir}/${api}/MiniBrowser`;
        if (existsSync(file)) return file;
      }
    }
  }
  throw new Error('No WebKitGTK MiniBrowser found (it comes with libwebkit2gtk); set MINIBROWSER_PATH.');
}

// WebDriver's code points for the keys tests press by name (WebDriver spec, "Keyboard actions").
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: ' ',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

class WebKitLauncher {
  name;
  // 'webdriver' makes @web/test-runner-commands' sendKeys call this.sendKeys(sessionId, keys).
  type = 'webdriver';
  concurrency = 1;
  #driver;
  #base;
  #session;
  #active = new Map();
  #starting;
  #colorScheme;

  /** @param {'light' | 'dark'} colorScheme MiniBrowser's appearance, which every page follows. */
  constructor(colorScheme) {
    this.#colorScheme = colorScheme;
    this.name = colorScheme === 'dark' ? 'WebKit (dark)' : 'WebKit';
  }

  async #request(method, path, body, timeoutMs = 60_000) {
    let response;
    try {
      response = await fetch(`${this.#base}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new Error(
        `WebKitWebDriver did not answer ${method} ${path} within ${timeoutMs / 1000} s (no display? run under xvfb-run -a): ${error.message}`,
      );
    }
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  #sessionPath(suffix) {
    return `/session/${this.#session}${suffix}`;
  }

  async #start() {
    const port = await freePort();
    this.#base = `http://127.0.0.1:${port}`;
    this.#driver = spawn(findWebKitWebDriver(), [`--port=${port}`], { stdio: 'ignore' });
    this.#driver.on('exit', () => (this.#driver = undefined));
    // The driver takes a moment to listen; poll its status rather than sleeping a fixed time.
    for (let attempt = 0; ; attempt++) {
      try {
        if ((await this.#request('GET', '/status', undefined, 1000)).ready) break;
      } catch (error) {
        if (attempt > 50 || !this.#driver) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const capabilities = {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: findMiniBrowser(),
          args: ['--automation', ...(this.#colorScheme === 'dark' ? ['--dark-mode'] : [])],
        },
      },
    };
    const { sessionId } = await this.#request('POST', '/session', { capabilities });
    this.#session = sessionId;
    // The same window size as the Chromium and Firefox runs (@web/test-runner-chrome's 800 × 600).
    await this.#request('POST', this.#sessionPath('/window/rect'), { width: 800, height: 600 });
  }

  initialize() {}

  async startSession(sessionId, url) {
    this.#starting ??= this.#start();
    await this.#starting;
    this.#active.set(sessionId, true);
    await this.#request('POST', this.#sessionPath('/url'), { url });
  }

  isActive(sessionId) {
    return this.#active.has(sessionId);
  }

  getBrowserUrl() {
    return this.#request('GET', this.#sessionPath('/url'));
  }

  async stopSession(sessionId) {
    this.#active.delete(sessionId);
    // A blank page stops timers and requests the finished test file left running.
    await this.#request('POST', this.#sessionPath('/url'), { url: 'about:blank' });
    return {};
  }

  async startDebugSession() {
    throw new Error('Debugging is not supported in WebKit; use the Chromium or Firefox run.');
  }

  /** Presses `keys` (characters, or names such as 'Tab' and 'Enter') in the focused element. */
  async sendKeys(sessionId, keys) {
    const actions = keys.flatMap((key) => {
      const value = KEYS[key] ?? key;
      return [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ];
    });
    await this.#request('POST', this.#sessionPath('/actions'), {
      actions: [{ type: 'key', id: 'keyboard', actions }],
    });
    await this.#request('DELETE', this.#sessionPath('/actions'));
  }

  async stop() {
    try {
      if (this.#session) await this.#request('DELETE', this.#sessionPath(''), undefined, 10_000);
    } finally {
      this.#driver?.kill();
    }
  }
}

/** @param {{ colorScheme?: 'light' | 'dark' }} options */
export function webkitLauncher({ colorScheme = 'light' } = {}) {
  return new WebKitLauncher(colorScheme);
}
