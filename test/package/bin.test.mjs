// The command as npm ships it: packed into a tarball, unpacked into a project's node_modules
// beside its dependencies, the bin that package.json names runs from the tarball's files alone.
// Packing runs no scripts: `npm test` builds first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { fixtures, root } from '../fixtures/check/harness.mjs';

const run = promisify(execFile);

/** @type {string} */
let project;

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'rr-customer-bin-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {
    cwd: root,
  });
  const [pack] = /** @type {{ filename: string }[]} */ (JSON.parse(stdout));
  assert.ok(pack, 'npm pack reported the tarball');
  const modules = join(project, 'node_modules');
  await mkdir(join(modules, 'rr-customer'), { recursive: true });
  await run('tar', ['-xzf', join(project, pack.filename), '-C', join(modules, 'rr-customer'), '--strip-components=1']);
  // The dependencies as an install would put them, taken from this checkout's node_modules.
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) await symlink(join(root, 'node_modules', name), join(modules, name));
  }
  await cp(join(fixtures, 'seed-with-regions.html'), join(project, 'page.html'));
});

after(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

test("the packed package's bin checks a page", async () => {
  const pkg = JSON.parse(await readFile(join(project, 'node_modules/rr-customer/package.json'), 'utf8'));
  const bin = join(project, 'node_modules/rr-customer', pkg.bin['rr-customer']);
  const { stdout, stderr } = await run(process.execPath, [bin, 'check', 'page.html'], { cwd: project });
  assert.equal(stderr, '');
  assert.match(stdout, /^page\.html\n {2}<rr-customer> at line 24: would send setCustomer\n/);
  assert.match(stdout, /^1 page, 1 <rr-customer>; 1 would send$/m);
});
