// The command as npm ships it: packed into a tarball, unpacked into a project's node_modules
// beside the dependencies it declares, the bin that package.json names runs from the tarball's files alone.
// Packing runs no scripts: `npm test` builds first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { fixtures } from '../fixtures/check/harness.mjs';
import { packedApp } from './packed-app.mjs';

const run = promisify(execFile);

/** @type {{ project: string, remove: () => Promise<void> }} */
let app;
/** @type {string} */
let project;

before(async () => {
  app = await packedApp('rr-customer-bin-');
  project = app.project;
  await cp(join(fixtures, 'seed-with-regions.html'), join(project, 'page.html'));
});

after(async () => {
  if (app) await app.remove();
});

test("the packed package's bin checks a page", async () => {
  const pkg = JSON.parse(await readFile(join(project, 'node_modules/rr-customer/package.json'), 'utf8'));
  const bin = join(project, 'node_modules/rr-customer', pkg.bin['rr-customer']);
  const { stdout, stderr } = await run(process.execPath, [bin, 'check', 'page.html'], { cwd: project });
  assert.equal(stderr, '');
  assert.match(stdout, /^page\.html\n {2}<rr-customer> at line 24: would send setCustomer\n/);
  assert.match(stdout, /^1 page, 1 <rr-customer>; 1 would send$/m);
});
