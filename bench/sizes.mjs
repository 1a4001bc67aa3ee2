// Bytes over the wire of the CDN builds, beside four references bundled in the same run
// exactly as rollup.config.mjs bundles ours: the floor of lit's core with zod's core checking
// one value at a time, lit's core with one zod/mini object schema, the naive pairing of
// LitElement with classic zod, and the hand-written script that reads the same markup and
// validates it with zod/mini (the change cost's second baseline).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';

const BUILDS = [
  { name: 'dist/rr-customer.js', file: 'dist/rr-customer.js' },
  { name: 'dist/rr-customer.iife.js', file: 'dist/rr-customer.iife.js' },
];
const REFERENCES = [
  { name: 'floor: ReactiveElement + zod core, one value at a time', input: 'bench/reference/floor.js' },
  { name: 'object schema: ReactiveElement + zod/mini object', input: 'bench/reference/object-schema.js' },
  { name: 'naive: LitElement + zod', input: 'bench/reference/naive.js' },
  { name: 'hand-written script + zod/mini', input: 'bench/reference/zod-script.js' },
];

// zod's sources carry comments rollup cannot place and a cycle of their own, as in
// rollup.config.mjs; any other warning means the reference is not built like ours.
function onwarn(warning) {
  const inZod = (id) => typeof id === 'string' && id.includes('node_modules/zod/');
  if (warning.code === 'INVALID_ANNOTATION' && inZod(warning.id)) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inZod)) return;
  throw new Error(`bench: building a reference warned: ${warning.message}`);
}

/** Bundles `input` into `file` as rollup.config.mjs bundles the CDN build. */
export async function bundle(input, file) {
  const build = await rollup({
    input,
    onwarn,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
  });
  await build.write({ file, format: 'es' });
  await build.close();
}

function measure(name, source) {
  const brotli = brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
  return [name, source.length, gzipSync(source, { level: 9 }).length, brotli.length];
}

/** One row per build: name, minified bytes, gzip -9 bytes, brotli (quality 11) bytes. */
export async function measureSizes() {
  const rows = [];
  for (const build of BUILDS) rows.push(measure(build.name, await readFile(build.file)));
  const dir = await mkdtemp(join(tmpdir(), 'rr-customer-bench-'));
  try {
    for (const reference of REFERENCES) {
      const file = join(dir, 'reference.js');
      await bundle(reference.input, file);
      rows.push(measure(reference.name, await readFile(file)));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}
