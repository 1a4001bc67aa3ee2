// Mutation testing of the pure core: `npm run mutate` (see CONTRIBUTING.md, "Mutation testing").
// Stryker mutates the TypeScript sources, all mutants at once behind a switch, compiles the core
// once into the sandbox's dist/lib/core, which the Node tables import, then runs each mutant
// against only the test files that reach it. Each test file is its own Node process (the tap
// runner reads node:test's TAP output), so a mutant in module-level code needs no reload.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['src/core/*.ts', '!src/core/*.d.ts'],
  // The core alone, emitted as `npm run build` emits it: the sandbox needs nothing else built.
  buildCommand: 'tsc -p src/core --noEmit false --outDir dist/lib/core',
  testRunner: 'tap',
  tap: {
    testFiles: ['test/core/*.test.mjs'],
    // node:test prints TAP when its output is not a terminal; say so, whatever Node's default.
    nodeArgs: ['--test-reporter=tap'],
  },
  coverageAnalysis: 'perTest',
  // Only what the build and the core's tests read is copied into the sandbox.
  ignorePatterns: [
    '/*',
    '!/src',
    '/src/*',
    '!/src/core',
    '!/test',
    '/test/*',
    '!/test/core',
    '!/package.json',
    '!/tsconfig.base.json',
  ],
  // Two cores, shared: never more than two workers, and slack enough that a mutant slowed by
  // other work is not taken for one that hangs.
  concurrency: 2,
  timeoutMS: 10000,
  thresholds: { high: 100, low: 95, break: 95 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
