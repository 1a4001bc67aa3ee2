import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// The CDN builds: everything inlined, minified, for browsers only. The npm build is
// dist/lib, emitted by tsc with lit's core and zod left as dependencies.
const input = 'dist/lib/index.js';
// `module` lets terser drop top-level names, which the classic script's global needs kept.
const plugins = (module) => [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  terser({ ecma: 2020, module, format: { comments: false } }),
];

// zod's sources carry comments rollup cannot place and a cycle of their own: noise that is
// not ours to fix. Everything else still warns.
function onwarn(warning, warn) {
  const inZod = (id) => typeof id === 'string' && id.includes('node_modules/zod/');
  if (warning.code === 'INVALID_ANNOTATION' && inZod(warning.id)) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inZod)) return;
  warn(warning);
}

export default [
  { input, plugins: plugins(true), onwarn, output: { file: 'dist/rr-customer.js', format: 'es' } },
  {
    input,
    plugins: plugins(false),
    onwarn,
    output: { file: 'dist/rr-customer.iife.js', format: 'iife', name: 'RrCustomer' },
  },
];
