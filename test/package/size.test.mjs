// The CDN builds carry everything inlined: each must stay within its budget over the wire,
// the measured size plus at most 2%, and never above 8 KiB for a build. The source's module
// is loaded only by pages whose element has `src`, and has a budget of its own.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const BUDGETS = {
  'dist/rr-customer.js': 8192,
  'dist/rr-customer.iife.js': 8192,
  'dist/rr-customer-source.js': 762,
};

for (const [file, budget] of Object.entries(BUDGETS)) {
  test(`${file} is at most ${budget} bytes after gzip -9`, async (t) => {
    const source = await readFile(new URL(`../../${file}`, import.meta.url));
    const gzipped = gzipSync(source, { level: 9 }).length;
    const margin = gzipped <= budget ? `${budget - gzipped} to spare` : `${gzipped - budget} over`;
    const figures = `${file}: ${source.length} bytes, ${gzipped} bytes gzip -9, budget ${budget} (${margin})`;
    t.diagnostic(figures);
    assert.ok(gzipped <= budget, figures);
  });
}
