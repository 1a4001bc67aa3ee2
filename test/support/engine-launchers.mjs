// web-test-runner's launcher for each engine of engines.mjs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from './chromium-flags.mjs';
import { engineParts, startWebKitDriver, webkitCapabilities } from './engines.mjs';

/**
 * WebKitWebDriver with the GTK MiniBrowser, in an Xvfb display of its own: the driver and the
 * display start with the first test file and stop with the run. One test file at a time, each
 * in the window itself rather than in an iframe, as in the other engines.
 */
class WebKitLauncher extends WebdriverLauncher {
  /** @type {Promise<Awaited<ReturnType<typeof startWebKitDriver>>> | undefined} */
  #driver;
  /** @type {{ port?: number }} */
  #options;
  concurrency = 1;

  constructor() {
    const options = { hostname: '127.0.0.1', port: 0, capabilities: webkitCapabilities() };
    super(/** @type {import('@wdio/types').Capabilities.WebdriverIOConfig} */ (options));
    this.#options = options;
  }

  /**
   * @override
   * @param {import('@web/test-runner-core').TestRunnerCoreConfig} config
   */
  async initialize(config) {
    // The webdriver launcher runs files in iframes unless the run's concurrency is 1.
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
  }

  /**
   * @override
   * @param {string} id
   * @param {string} url
   */
  async startSession(id, url) {
    this.#driver ??= startWebKitDriver();
    this.#options.port = (await this.#driver).port;
    return super.startSession(id, url);
  }

  /** @override */
  async stop() {
    await super.stop();
    const driver = this.#driver;
    this.#driver = undefined;
    (await driver?.catch(() => undefined))?.stop();
  }
}

/** @type {Record<import('./engines.mjs').EngineName, () => import('@web/test-runner').BrowserLauncher>} */
const LAUNCHERS = {
  // The leak test reads the heap after a forced collection, so the test browser exposes gc.
  chromium: () => {
    const launcher = chromeLauncher({
      launchOptions: {
        executablePath: engineParts.chromium().browser.path,
        args: [...chromiumFlags, '--js-flags=--expose-gc'],
      },
    });
    launcher.name = 'Chromium';
    return launcher;
  },
  firefox: () => {
    const launcher = chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: engineParts.firefox().browser.path, headless: true },
    });
    launcher.name = 'Firefox';
    return launcher;
  },
  webkit: () => new WebKitLauncher(),
};

/**
 * One launcher per engine, by name.
 * @param {readonly import('./engines.mjs').EngineName[]} engines
 */
export function testLaunchers(engines) {
  return Object.fromEntries(engines.map((engine) => [engine, LAUNCHERS[engine]()]));
}
