// `npm run bench`: sizes, calls and timings of <rr-customer> beside its references, printed
// as markdown tables and written to bench/results.json. It reports; it never judges a timing.
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { measureBurst } from './burst.mjs';
import { CHANGE_SAMPLES, measureChangeCost } from './change-cost.mjs';
import { serve } from './server.mjs';
import { measureSizes } from './sizes.mjs';
import { measureStartup, STARTUP_SAMPLES } from './startup.mjs';
import { printTable } from './table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const round = (value, digits) => Number(value.toFixed(digits));

// Other work on the machine skews every timing; the load at the start is kept with the figures.
const load = round(loadavg()[0], 1);
const sizes = await measureSizes();
const server = await serve(root);
const browser = await launchBrowser();
let burst, changeCost, startup, chromium;
try {
  chromium = await browser.version();
  burst = await measureBurst(browser, server.origin);
  changeCost = await measureChangeCost(browser, server.origin);
  startup = await measureStartup(browser, server.origin);
} finally {
  await browser.close();
  await server.close();
}

const results = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, load, node: process.version, chromium },
  tables: [
    {
      title: 'Size of each build, in bytes',
      columns: ['build', 'minified', 'gzip -9', 'brotli 11'],
      rows: sizes,
    },
    {
      title: 'Calls to setCustomer for one burst of attribute changes made in one task',
      columns: ['changes', '<rr-customer>', 'snippet'],
      rows: [burst],
    },
    {
      title: `One change to the call entering setCustomer, median of ${CHANGE_SAMPLES} samples, µs`,
      columns: ['children', '<rr-customer>', 'snippet', 'element / snippet', 'changes per sample'],
      rows: changeCost.map(([size, element, snippet, ratio, repeats]) => [
        size, round(element * 1000, 1), round(snippet * 1000, 2), round(ratio, 1), repeats,
      ]),
    },
    {
      title: `Script tag to the first call, median of ${STARTUP_SAMPLES} fresh page loads, ms`,
      columns: ['page', 'ms', 'later than snippet, ms', 'vs snippet'],
      rows: startup.map(([name, ms, later, ratio]) => [name, round(ms, 2), round(later, 2), round(ratio, 2)]),
    },
  ],
};

const { machine } = results;
console.log(`\n${machine.cpus} × ${machine.cpu} (load ${machine.load}), Node ${machine.node}, ${machine.chromium}`);
for (const table of results.tables) printTable(table);
// One row to a line, so that a new run's diff reads like the table.
const json = JSON.stringify(results, null, 2).replace(/\[\n\s+([^[\]{}]*?)\n\s+\]/g, (_, row) => `[${row.split(/,\n\s+/).join(', ')}]`);
await writeFile('bench/results.json', `${json}\n`);
console.log('\nWritten to bench/results.json');

// Not a timing: one call per burst is the element's contract, so anything else is a bug.
if (burst[1] !== 1) {
  console.error(`bench: a burst of ${burst[0]} changes made ${burst[1]} calls, not 1`);
  process.exitCode = 1;
}
