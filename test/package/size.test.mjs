// The CDN builds carry everything inlined; each must stay within 7.5 KiB over the wire.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const BUDGET = 7680;

for (const file of ['dist/rr-customer.js', 'dist/rr-customer.iife.js']) {
  test(`${file} is at most ${BUDGET} bytes after gzip -9`, async (t) => {
    const source = await readFile(new URL(`../../${file}`, import.meta.url));
    const gzipped = gzipSync(source, { level: 9 }).length;
    const margin = gzipped <= BUDGET ? `${BUDGET - gzipped} to spare` : `${gzipped - BUDGET} over`;
    const figures = `${file}: ${source.length} bytes, ${gzipped} bytes gzip -9, budget ${BUDGET} (${margin})`;
    t.diagnostic(figures);
    assert.ok(gzipped <= BUDGET, figures);
  });
}
