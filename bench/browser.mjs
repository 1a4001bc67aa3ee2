// Headless Debian Chromium through puppeteer-core, with the flags the test runner uses.
import { existsSync } from 'node:fs';
import process from 'node:process';
import puppeteer from 'puppeteer-core';
import { chromiumFlags } from '../test/support/chromium-flags.mjs';

// Where chrome-launcher looks on Linux: $CHROME_PATH first, then the usual binaries.
const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function launchBrowser() {
  const executablePath = CANDIDATES.find((path) => path && existsSync(path));
  if (!executablePath) throw new Error('bench: no Chromium found; set CHROME_PATH');
  return puppeteer.launch({ executablePath, headless: true, args: chromiumFlags });
}
