// What `npm publish` would ship, checked on one tarball packed from the built dist/: its file
// list, publint's rules and Are the Types Wrong's resolution checks; and the type tests, this
// time against the built .d.ts. `npm test` builds first; packing runs no scripts, so no second build.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

/** @type {string} */
let packDir;
/** @type {string} */
let tarball;
/** @type {string[]} */
let packedFiles;

before(async () => {
  packDir = await mkdtemp(join(tmpdir(), 'rr-customer-pack-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], {
    cwd: root,
  });
  const [pack] = /** @type {{ filename: string, files: { path: string }[] }[]} */ (JSON.parse(stdout));
  assert.ok(pack, 'npm pack reported the tarball');
  tarball = join(packDir, pack.filename);
  packedFiles = pack.files.map((file) => file.path).sort();
});

after(async () => {
  if (packDir) await rm(packDir, { recursive: true, force: true });
});

test('the tarball holds the built code, its types, the manifest, the editor data, README and LICENSE, and nothing else', async () => {
  // Every module in src/ ships as tsc's JavaScript and declarations; nothing else of the sources does.
  const modules = (await readdir(join(root, 'src'), { recursive: true }))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => name.slice(0, -3));
  const expected = [
    'LICENSE',
    'README.md',
    'package.json',
    'dist/rr-customer.js',
    'dist/rr-customer-source.js',
    'dist/rr-customer.iife.js',
    'dist/custom-elements.json',
    'dist/vscode.html-custom-data.json',
    'dist/web-types.json',
    ...modules.flatMap((name) => [`dist/lib/${name}.js`, `dist/lib/${name}.d.ts`]),
  ].sort();
  assert.deepEqual(packedFiles, expected);
});

test('publint finds nothing, not even a suggestion, in the tarball', async () => {
  const pack = { tarball: (await readFile(tarball)).buffer };
  const { messages, pkg } = await publint({ pack, strict: true, level: 'suggestion' });
  assert.deepEqual(
    messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`),
    [],
  );
});

test('Are the Types Wrong finds every entry point typed for ESM importers (profile esm-only)', async () => {
  // esm-only: the package is ESM only ("type": "module", no require condition), so a
  // require() from CommonJS (node16-cjs) and the pre-exports resolution (node10, which cannot
  // see subpaths such as rr-customer/react) are out of scope. The IIFE build is a classic
  // <script>, not a module to import, so it has no types to check.
  const args = [
    'attw',
    tarball,
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    './rr-customer.iife.js',
    '--format',
    'json',
  ];
  const result = await run('npx', args, { cwd: root }).catch((/** @type {{ stdout: string }} */ error) => error);
  const { analysis, problems } =
    /** @type {{ analysis: { types: unknown, entrypoints: Record<string, unknown> }, problems: Record<string, { kind: string, entrypoint: string, resolutionKind: string }[]> }} */ (
      JSON.parse(result.stdout)
    );
  // attw reports success for a package with no types at all; that is a failure here.
  assert.deepEqual(analysis.types, { kind: 'included' }, 'the package ships its own types');
  for (const entrypoint of ['.', './react', './preact', './vue', './rr-customer.js']) {
    assert.ok(entrypoint in analysis.entrypoints, `attw checked ${entrypoint}`);
  }
  const inScope = Object.values(problems)
    .flat()
    .filter((problem) => problem.resolutionKind !== 'node10' && problem.resolutionKind !== 'node16-cjs');
  assert.deepEqual(
    inScope.map((problem) => `${problem.kind} at ${problem.entrypoint} (${problem.resolutionKind})`),
    [],
  );
  assert.ok(!('code' in result), 'attw exits with 0');
});

test('the JSX typings type-check against the built .d.ts, imported by the package name', async () => {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const result = await run(process.execPath, [tsc, '-p', 'test/types/tsconfig.dist.json'], { cwd: root }).catch(
    (/** @type {{ stdout: string, code: number }} */ error) => error,
  );
  assert.equal(result.stdout, '', 'tsc reports no error');
});
