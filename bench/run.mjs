// `npm run bench`: sizes, calls and timings of <rr-customer> beside its references, printed
// as markdown tables and written to bench/results.json. It reports; it never judges a timing.
// The sizes are measured once; calls and timings in each engine (RR_ENGINES picks fewer),
// one engine after another, so that they do not compete for the machine.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { launchEngine, selectedEngines } from './browser.mjs';
import { measureBurst } from './burst.mjs';
import { CHANGE_SAMPLES, measureChangeCost, measureKeysCost } from './change-cost.mjs';
import { serve } from './server.mjs';
import { bundle, measureSizes } from './sizes.mjs';
import { measureStartup, STARTUP_SAMPLES } from './startup.mjs';
import { printTable } from './table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const round = (value, digits) => Number(value.toFixed(digits));
const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const engines = selectedEngines();
// Other work on the machine skews every timing; the load at each engine's start is kept with
// its figures.
const load = round(loadavg()[0], 1);
const sizes = await measureSizes();

// The change page imports the zod script from /bench/build/, bundled as the CDN build is.
const build = await mkdtemp(join(tmpdir(), 'rr-customer-bench-'));
await bundle('bench/reference/zod-script.js', join(build, 'zod-script.js'));
const server = await serve(root, { 'bench/build/': build });
/** @type {Record<string, { version: string, load: number, timerStepUs: number }>} */
const measuredEngines = {};
const burst = [];
const changeCost = [];
const keysCost = [];
const startup = [];
try {
  for (const name of engines) {
    const label = ENGINE_LABELS[name];
    const engineLoad = round(loadavg()[0], 1);
    console.log(`bench: ${label} (load ${engineLoad})`);
    const engine = await launchEngine(name);
    try {
      burst.push([label, ...(await measureBurst(engine, server.origin))]);
      const { step, rows } = await measureChangeCost(engine, server.origin);
      for (const [size, element, zod, snippet, toZod, toSnippet, repeats] of rows) {
        changeCost.push([
          label,
          size,
          round(element * 1000, 1),
          round(zod * 1000, 1),
          round(snippet * 1000, 2),
          round(toZod, 1),
          round(toSnippet, 1),
          repeats,
        ]);
      }
      for (const [keys, ms, perThousand] of await measureKeysCost(engine, server.origin)) {
        keysCost.push([label, keys, round(ms, 2), round(perThousand, 2)]);
      }
      for (const [page, ms, later, ratio] of await measureStartup(engine, server.origin)) {
        startup.push([label, page, round(ms, 2), round(later, 2), round(ratio, 2)]);
      }
      measuredEngines[name] = { version: engine.version, load: engineLoad, timerStepUs: round(step * 1000, 1) };
    } finally {
      await engine.close();
    }
  }
} finally {
  await server.close();
  await rm(build, { recursive: true, force: true });
}

const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, load, node: process.version, engines: measuredEngines },
  tables: [
    {
      title: 'Size of each build, in bytes',
      columns: ['build', 'minified', 'gzip -9', 'brotli 11'],
      rows: sizes,
    },
    {
      title: 'Calls to setCustomer for one burst of attribute changes made in one task',
      columns: ['engine', 'changes', '<rr-customer>', 'snippet'],
      rows: burst,
    },
    {
      title: `One change to the call entering setCustomer, median of ${CHANGE_SAMPLES} samples, µs`,
      columns: [
        'engine',
        'children',
        '<rr-customer>',
        'zod script',
        'snippet',
        'element / zod script',
        'element / snippet',
        'changes per sample',
      ],
      rows: changeCost,
    },
    {
      title: `One change with custom data as a customData property of many keys, median of ${CHANGE_SAMPLES} samples, ms`,
      columns: ['engine', 'keys', '<rr-customer>', 'per 1,000 keys'],
      rows: keysCost,
    },
    {
      title: `Script tag to the first call, median of ${STARTUP_SAMPLES} fresh page loads, ms`,
      columns: ['engine', 'page', 'ms', 'later than snippet, ms', 'vs snippet'],
      rows: startup,
    },
  ],
};

const { machine } = results;
console.log(`\n${machine.cpus} × ${machine.cpu} (load ${machine.load}), Node ${machine.node}`);
for (const [name, { version, load: at, timerStepUs }] of Object.entries(machine.engines)) {
  console.log(`${ENGINE_LABELS[name]}: ${version}, timer step ${timerStepUs} µs, load ${at} at its start`);
}
for (const table of results.tables) printTable(table);
// One row to a line, so that a new run's diff reads like the table.
const json = JSON.stringify(results, null, 2).replace(
  /\[\n\s+([^[\]{}]*?)\n\s+\]/g,
  (_, row) => `[${row.split(/,\n\s+/).join(', ')}]`,
);
await writeFile('bench/results.json', `${json}\n`);
console.log('\nWritten to bench/results.json');

// Not a timing: one call per burst is the element's contract, so anything else is a bug.
for (const [label, changes, calls] of burst) {
  if (calls !== 1) {
    console.error(`bench: in ${label}, a burst of ${changes} changes made ${calls} calls, not 1`);
    process.exitCode = 1;
  }
}
