import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// The CDN builds: everything inlined, minified, for browsers only. The npm build is
// dist/lib, emitted by tsc with lit's core and zod left as dependencies.
const input = 'dist/lib/index.js';
const plugins = [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  terser({ ecma: 2020, module: true, format: { comments: false } }),
];

export default [
  { input, plugins, output: { file: 'dist/rr-customer.js', format: 'es' } },
  { input, plugins, output: { file: 'dist/rr-customer.iife.js', format: 'iife', name: 'RrCustomer' } },
];
