// The engines the bench measures, as the tests run them (test/support/engines.mjs): headless
// Chromium with the test runner's flags and Firefox ESR, both through puppeteer-core, and
// WebKitGTK's MiniBrowser through WebKitWebDriver in an Xvfb display. RR_ENGINES picks fewer.
//
// Each engine gives pages with the few calls the bench makes, the same for all three:
// goto(url), evaluate(fn, ...args) (a returned promise is awaited), waitForFunction(fn), close().
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromiumFlags } from '../test/support/chromium-flags.mjs';
import { engineParts, startWebKitDriver, webkitCapabilities } from '../test/support/engines.mjs';

export { selectedEngines } from '../test/support/engines.mjs';

/**
 * @typedef {object} BenchPage
 * @property {(url: string) => Promise<void>} goto
 * @property {<T>(fn: (...args: any[]) => T, ...args: unknown[]) => Promise<Awaited<T>>} evaluate
 * @property {(fn: () => unknown) => Promise<void>} waitForFunction
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} BenchEngine
 * @property {string} name
 * @property {string} version what the browser says it is
 * @property {() => Promise<BenchPage>} newPage
 * @property {() => Promise<void>} close
 */

/** @param {import('puppeteer-core').Browser} browser @param {string} name @returns {Promise<BenchEngine>} */
async function viaPuppeteer(browser, name) {
  return {
    name,
    version: await browser.version(),
    newPage: async () => {
      const page = await browser.newPage();
      return {
        goto: async (url) => void (await page.goto(url)),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        waitForFunction: async (fn) => void (await page.waitForFunction(fn)),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** @returns {Promise<BenchEngine>} */
async function webkit() {
  const driver = await startWebKitDriver();
  try {
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      capabilities: webkitCapabilities(),
    });
    const { browserName, browserVersion } = /** @type {{ browserName?: string, browserVersion?: string }} */ (
      browser.capabilities
    );
    // One window: a WebDriver session drives one top-level page at a time.
    return {
      name: 'webkit',
      version: `WebKitGTK ${browserVersion} (${browserName})`,
      newPage: async () => ({
        goto: async (url) => void (await browser.navigateTo(url)),
        evaluate: (fn, ...args) => /** @type {Promise<any>} */ (browser.execute(fn, ...args)),
        waitForFunction: async (fn) => {
          await browser.waitUntil(async () => Boolean(await browser.execute(fn)), { timeout: 30_000, interval: 20 });
        },
        close: async () => void (await browser.navigateTo('about:blank')),
      }),
      close: async () => {
        try {
          await browser.deleteSession();
        } finally {
          driver.stop();
        }
      },
    };
  } catch (error) {
    driver.stop();
    throw error;
  }
}

/** @type {Record<import('../test/support/engines.mjs').EngineName, () => Promise<BenchEngine>>} */
const LAUNCH = {
  chromium: async () =>
    viaPuppeteer(
      await puppeteer.launch({
        executablePath: engineParts.chromium().browser.path,
        headless: true,
        args: chromiumFlags,
      }),
      'chromium',
    ),
  firefox: async () =>
    viaPuppeteer(
      await puppeteer.launch({
        browser: 'firefox',
        executablePath: engineParts.firefox().browser.path,
        headless: true,
      }),
      'firefox',
    ),
  webkit,
};

/** Starts one engine. @param {import('../test/support/engines.mjs').EngineName} name */
export function launchEngine(name) {
  return LAUNCH[name]();
}
