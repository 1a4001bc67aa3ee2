// `npm run soak`: the test runner's own config, with room for RR_FC_RUNS=10000. The runner
// gives a test file two minutes by default; at 10,000 runs random-changes.test.ts alone takes
// several. Each test's own mocha timeout follows the run count (propertyTimeout).
//
// Imported by URL, not by name, so that the type check does not take in the runner's config
// (which is not written for it).
const { default: config } = await import(new URL('../../web-test-runner.config.mjs', import.meta.url).href);

export default {
  ...config,
  testsFinishTimeout: 60 * 60 * 1000,
  // One file at a time: the soak measures the properties, not the machine's other work.
  concurrency: 1,
};
