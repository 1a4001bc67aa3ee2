import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import process from 'node:process';
import { testLaunchers } from './test/support/engine-launchers.mjs';
import { selectedEngines } from './test/support/engines.mjs';
import { testCountReporter } from './test/support/test-count-reporter.mjs';
import { heapUsagePlugin } from './test/support/heap-usage-plugin.mjs';
import { sourceEndpoint } from './test/support/source-endpoint.mjs';
import { frameworkPlugins } from './test/frameworks/dev-server-plugins.mjs';

// Every test runs in Chromium, Firefox and WebKit (test/support/engines.mjs); RR_ENGINES picks
// fewer, and an engine it picks that is missing fails the run.
const engines = selectedEngines();
const launchers = testLaunchers(engines);

// The few tests that only one engine can run, by the runner's choice rather than a skip in the
// test; the README's test layout says why for each. Each has a counterpart that runs everywhere.
/** @type {Partial<Record<import('./test/support/engines.mjs').EngineName, string[]>>} */
const ENGINE_ONLY = {
  // Force a garbage collection and read the heap over Chromium's DevTools protocol.
  chromium: ['test/stress/churn-heap.test.ts', 'test/stress/warning-memory.test.ts'],
};

// `web-test-runner test/x.test.ts` names its own files, which replace `files` below, in every
// engine, but not the groups' files: then the groups stay out, and an engine-only file must be
// run in its group (`--group chromium-only`), never in the other engines.
const args = process.argv.slice(2);
const named = args
  .filter((arg) => !arg.startsWith('-') && /\.test\.[jt]sx?$/.test(arg))
  .map((arg) => arg.replace(/^\.\//, ''));
const focused = args.some((arg) => arg === '--group' || arg.startsWith('--group='));
for (const [engine, files] of Object.entries(ENGINE_ONLY)) {
  const misplaced = focused ? [] : files.filter((file) => named.includes(file));
  if (misplaced.length) {
    throw new Error(`${misplaced.join(', ')} runs only in ${engine}: npx web-test-runner --group ${engine}-only`);
  }
}
const groups =
  named.length && !focused
    ? []
    : Object.entries(ENGINE_ONLY)
        .filter(([engine]) => engine in launchers)
        .map(([engine, files]) => ({ name: `${engine}-only`, files, browsers: [launchers[engine]] }));

// Every test page loads the console guard (test/support/console-guard.ts) in <head>, after the
// runner's log capture and before the tests, so that no personal data reaches the output.
// RR_FC_SEED / RR_FC_RUNS replay or widen the property-based tests.
const testEnv = { fcSeed: process.env.RR_FC_SEED ?? null, fcRuns: process.env.RR_FC_RUNS ?? null };
const testRunnerHtml = (testFramework) => `<!DOCTYPE html><html><head>
<script>globalThis.rrTestEnv = ${JSON.stringify(testEnv)};</script>
<script type="module" src="/test/support/console-guard.ts"></script>
</head><body><script type="module" src="${testFramework}"></script></body></html>`;

export default {
  files: [
    'test/**/*.test.{ts,tsx,js}',
    ...Object.values(ENGINE_ONLY)
      .flat()
      .map((file) => `!${file}`),
  ],
  groups,
  nodeResolve: { exportConditions: ['browser', 'production'] },
  plugins: [
    ...frameworkPlugins,
    esbuildPlugin({ ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    heapUsagePlugin(),
  ],
  // The customer source's endpoint, for the tests of `src`.
  middleware: [sourceEndpoint],
  testRunnerHtml,
  browsers: Object.values(launchers),
  // All engines at once (the runner's default is two); starting three browsers together on
  // two cores can take a minute or more.
  concurrentBrowsers: Object.keys(launchers).length,
  browserStartTimeout: 120_000,
  // A file's whole run: churn takes a minute and more in WebKit on a busy machine, then waits
  // for the engine to collect what it dropped.
  testsFinishTimeout: 240_000,
  reporters: [defaultReporter(), testCountReporter()],
  testFramework: { config: { timeout: 5000 } },
};
