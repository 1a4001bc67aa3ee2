// The check command, its parser (parse5) and its glob (tinyglobby) are for Node: the CDN files
// must not carry a byte of them. Each CDN file is bundled again here, in memory, from
// rollup.config.mjs; the bundle must be the very file the build wrote, and every module in it
// must be one of the element's own (dist/lib/*.js, no folder below) or its two dependencies.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { test } from 'node:test';
import { rollup } from 'rollup';
import { root } from '../fixtures/check/harness.mjs';

// By a URL, so that type-checking does not take in the config itself.
const configs = /** @type {import('rollup').RollupOptions[]} */ (
  (await import(new URL('../../rollup.config.mjs', import.meta.url).href)).default
);

// The element's modules, and lit's core and zod, which the CDN files inline.
const ALLOWED = [
  /^dist\/lib\/(?:index|(?:core|element)\/[^/]+)\.js$/,
  /^node_modules\/@lit\/reactive-element\//,
  /^node_modules\/zod\//,
];

// Beside each build, the one module it loads when an element first has a source (`src`):
// the module build splits it off, and the classic build imports that same file.
const SOURCE_CHUNK = 'dist/rr-customer-source.js';
const SOURCE_MODULES = ['dist/lib/element/customer-source.js', 'dist/lib/core/source-answer.js'];

for (const config of configs) {
  const output = /** @type {import('rollup').OutputOptions} */ (config.output);
  const file = output.file ?? `${output.dir}/${output.entryFileNames}`;
  test(`${file} holds no module of the check command, nor its dependencies`, async () => {
    const bundle = await rollup({ input: config.input, plugins: config.plugins, onwarn: config.onwarn });
    try {
      const [chunk, ...others] = (await bundle.generate(output)).output;
      assert.ok(chunk.type === 'chunk');
      const built = await readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
      assert.ok(chunk.code === built, `the bundle made here is ${file} as built, byte for byte`);
      const modulesOf = (/** @type {import('rollup').OutputChunk} */ part) =>
        part.moduleIds.map((id) => relative(root, id).replaceAll('\\', '/'));
      const modules = modulesOf(chunk);
      assert.ok(modules.includes('dist/lib/core/check-customer.js'), 'the core is in it');
      assert.ok(!modules.some((module) => SOURCE_MODULES.includes(module)), "the source's fetching is not in it");
      if (output.file) {
        assert.equal(others.length, 0, 'the classic build splits nothing off');
        assert.ok(
          chunk.code.includes(`"./${SOURCE_CHUNK.slice('dist/'.length)}"`),
          "it imports the module build's source file",
        );
      } else {
        assert.deepEqual(
          others.map((part) => `${output.dir}/${part.fileName}`),
          [SOURCE_CHUNK],
          'the module build splits off the source file alone',
        );
        const [source] = others;
        assert.ok(source?.type === 'chunk');
        assert.deepEqual(
          modulesOf(source).sort(),
          [...SOURCE_MODULES].sort(),
          'the source file holds its fetching alone',
        );
        assert.deepEqual(source.imports, [], 'and imports nothing, so the classic build can load it too');
        assert.ok(source.code === (await readFile(new URL(`../../${SOURCE_CHUNK}`, import.meta.url), 'utf8')));
      }
      const foreign = modules.filter((module) => !ALLOWED.some((allowed) => allowed.test(module)));
      assert.deepEqual(foreign, [], 'only the element, lit and zod');
      assert.ok(
        !modules.some((module) => /\/cli\/|parse5|tinyglobby|fdir|picomatch|entities/.test(module)),
        'nothing of the command',
      );
      // The map of attribute names serves only the command; both of its calls are marked pure.
      const fields = Object.entries(chunk.modules).find(([id]) => id.endsWith('/core/customer-fields.js'));
      assert.ok(fields, 'the field table is in it');
      assert.doesNotMatch(fields[1].code ?? '', /CUSTOMER_ATTRIBUTES|\.flatMap\(/, 'nor the attribute map');
    } finally {
      await bundle.close();
    }
  });
}
