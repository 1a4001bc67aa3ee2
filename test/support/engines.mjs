// The three browser engines the tests and the bench run in, all from Debian packages:
// Chromium (`chromium`), Firefox ESR (`firefox-esr`, driven over WebDriver BiDi by
// puppeteer-core) and WebKit (`webkit2gtk-driver`: WebKitWebDriver and the GTK MiniBrowser,
// which has no headless mode and so draws into an Xvfb display of its own, from `xvfb`).
//
// RR_ENGINES picks some of them (`RR_ENGINES=chromium,firefox`); unset, it is all three. A
// picked engine that is not installed is an error, never a silent skip.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import process from 'node:process';

export const ENGINE_NAMES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);
/** @typedef {(typeof ENGINE_NAMES)[number]} EngineName */

const firstExisting = (/** @type {(string | undefined)[]} */ paths) => paths.find((path) => path && existsSync(path));

/** Where each engine's programs are, and the Debian package that provides each. */
export const engineParts = {
  chromium: () => ({
    // Where chrome-launcher looks on Linux: $CHROME_PATH first, then the usual binaries.
    browser: {
      path: firstExisting([
        process.env.CHROME_PATH,
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
      ]),
      package: 'chromium',
    },
  }),
  firefox: () => ({
    browser: {
      path: firstExisting([process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr']),
      package: 'firefox-esr',
    },
  }),
  webkit: () => ({
    driver: {
      path: firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']),
      package: 'webkit2gtk-driver',
    },
    browser: {
      path: firstExisting([
        process.env.WEBKIT_MINIBROWSER_PATH,
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      ]),
      package: 'libwebkit2gtk-4.1-0',
    },
    display: { path: firstExisting(['/usr/bin/Xvfb']), package: 'xvfb' },
  }),
};

/**
 * The engines RR_ENGINES names (all three when it is unset or empty), each checked to be
 * installed. Throws, naming what is missing, for an unknown name or a missing program.
 * @returns {EngineName[]}
 */
export function selectedEngines(value = process.env.RR_ENGINES) {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const picked = names.length ? [...new Set(names)] : [...ENGINE_NAMES];
  const unknown = picked.filter((name) => !ENGINE_NAMES.includes(/** @type {EngineName} */ (name)));
  if (unknown.length) {
    throw new Error(`RR_ENGINES: unknown engine ${unknown.join(', ')}; choose from ${ENGINE_NAMES.join(', ')}`);
  }
  const missing = [];
  for (const name of /** @type {EngineName[]} */ (picked)) {
    for (const [part, { path, package: pkg }] of Object.entries(engineParts[name]())) {
      if (!path) missing.push(`${name} needs its ${part} from the Debian package ${pkg}`);
    }
  }
  if (missing.length) {
    throw new Error(
      `${missing.join('; ')}. Install it (.ci/run does), or pick the engines you have, e.g. RR_ENGINES=chromium npm test`,
    );
  }
  return /** @type {EngineName[]} */ (picked);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts an Xvfb display of its own (Xvfb picks a free number and writes it to `-displayfd`,
 * so runs side by side never collide), then WebKitWebDriver on a free port drawing into it.
 * Resolves once the driver answers; `stop()` ends both processes, and so does this process's
 * exit.
 * @returns {Promise<{ port: number, display: string, stop(): void }>}
 */
export async function startWebKitDriver() {
  const parts = engineParts.webkit();
  if (!parts.driver.path || !parts.display.path) throw new Error('webkit: WebKitWebDriver or Xvfb is not installed');
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const stop = () => {
    for (const child of children.splice(0).reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
  };
  process.once('exit', stop);
  try {
    const xvfb = spawn(parts.display.path, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(xvfb);
    const display = await new Promise((resolve, reject) => {
      let text = '';
      let errors = '';
      xvfb.stdio[2]?.on('data', (chunk) => (errors += chunk));
      xvfb.stdio[3]?.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(`:${text.trim()}`);
      });
      xvfb.once('error', reject);
      xvfb.once('exit', (code) =>
        reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim().slice(-300)}`)),
      );
    });
    const port = await freePort();
    const driver = spawn(parts.driver.path, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    children.push(driver);
    const started = Date.now();
    for (;;) {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}) at start`);
      try {
        const status = await fetch(`http://127.0.0.1:${port}/status`);
        if (status.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() - started > 20_000) throw new Error('WebKitWebDriver did not answer within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return {
      port,
      display,
      stop: () => {
        process.off('exit', stop);
        stop();
      },
    };
  } catch (error) {
    stop();
    process.off('exit', stop);
    throw error;
  }
}

/** The WebDriver capabilities for the GTK MiniBrowser (WebDriver classic: it has no BiDi). */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: engineParts.webkit().browser.path, args: ['--automation'] },
  };
}
