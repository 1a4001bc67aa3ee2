// Headless Debian Chromium through puppeteer-core, with the flags the test runner uses.
import { existsSync } from 'node:fs';
import process from 'node:process';
import puppeteer from 'puppeteer-core';

// Where chrome-launcher looks on Linux: $CHROME_PATH first, then the usual binaries.
const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchBrowser() {
  const executablePath = CANDIDATES.find((path) => path && existsSync(path));
  if (!executablePath) throw new Error('bench: no Chromium found; set CHROME_PATH');
  return puppeteer.launch({ executablePath, headless: true, args: FLAGS });
}
