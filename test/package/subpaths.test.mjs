// The subpaths package.json exports besides ".", imported by the package's name as a user
// would. The JSX typings are types only: at run time each is an empty module, so importing
// one by mistake costs nothing, and none of them can add code to the CDN bundle.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const globals = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));

for (const framework of ['react', 'preact', 'vue']) {
  test(`rr-customer/${framework} imports as an empty module: the typings carry no code`, async () => {
    // A variable, so that type-checking, which runs before the build, does not look for it.
    const specifier = `rr-customer/${framework}`;
    const module = await import(specifier);
    assert.deepEqual(Object.keys(module), []);
    assert.equal(typeof globals.window, 'undefined', 'the import made no window');

    const code = await readFile(new URL(`dist/lib/frameworks/${framework}.js`, root), 'utf8');
    assert.equal(code.trim(), 'export {};', `dist/lib/frameworks/${framework}.js is empty`);
  });
}

test('the typings share a module that is as empty at run time', async () => {
  const code = await readFile(new URL('dist/lib/frameworks/framework-types.js', root), 'utf8');
  assert.equal(code.trim(), 'export {};');
});

test('rr-customer/custom-elements.json imports as JSON: the manifest, for tools that import it', async () => {
  const specifier = 'rr-customer/custom-elements.json';
  const { default: manifest } = await import(specifier, { with: { type: 'json' } });
  const onDisk = JSON.parse(await readFile(new URL('dist/custom-elements.json', root), 'utf8'));
  assert.deepEqual(manifest, onDisk);
  assert.ok(Array.isArray(manifest.modules) && manifest.modules.length > 0, 'the manifest lists modules');
});
