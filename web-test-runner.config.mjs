import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumFlags } from './test/support/chromium-flags.mjs';
import { testCountReporter } from './test/support/test-count-reporter.mjs';
import { heapUsagePlugin } from './test/support/heap-usage-plugin.mjs';
import { frameworkPlugins } from './test/frameworks/dev-server-plugins.mjs';

// chrome-launcher finds Debian's Chromium by itself; the leak test reads the heap after a
// forced collection, so the test browser exposes gc.
const chromeFlags = [...chromiumFlags, '--js-flags=--expose-gc'];

// Every test page loads the console guard (test/support/console-guard.ts) in <head>, after the
// runner's log capture and before the tests, so that no personal data reaches the output.
// RR_FC_SEED / RR_FC_RUNS replay or widen the property-based tests.
const testEnv = { fcSeed: process.env.RR_FC_SEED ?? null, fcRuns: process.env.RR_FC_RUNS ?? null };
const testRunnerHtml = (testFramework) => `<!DOCTYPE html><html><head>
<script>globalThis.rrTestEnv = ${JSON.stringify(testEnv)};</script>
<script type="module" src="/test/support/console-guard.ts"></script>
</head><body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  files: ['test/**/*.test.{ts,tsx,js}'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    ...frameworkPlugins,
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    heapUsagePlugin(),
  ],
  testRunnerHtml,
  browsers: [chromeLauncher({ launchOptions: { args: chromeFlags } })],
  reporters: [defaultReporter(), testCountReporter()],
  testFramework: { config: { timeout: 5000 } },
};
