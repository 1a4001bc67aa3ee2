import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { testCountReporter } from './test/support/test-count-reporter.mjs';

// Debian's Chromium, found by chrome-launcher; as root it needs --no-sandbox, and this
// machine's closed network wants the background services off.
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // The leak test reads the heap after a forced collection.
  '--js-flags=--expose-gc',
];

export default {
  files: ['test/**/*.test.{ts,tsx,js}'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { args: chromeFlags } })],
  reporters: [defaultReporter(), testCountReporter()],
  testFramework: { config: { timeout: 5000 } },
};
