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

// Fetching the customer from a source (`src`) is one module that imports nothing the element
// holds; both builds load it beside themselves only when an element first has a source, so
// that the pages without one never download it.
export const SOURCE_CHUNK = 'rr-customer-source.js';
const isSourceModule = (id) => typeof id === 'string' && /[\\/]element[\\/]customer-source\.js$/.test(id);

// A classic script cannot split: it imports the module build's file, resolved against the
// script's own address, which is only known while the script first runs.
const sourceBesideTheScript = {
  name: 'source-beside-the-script',
  resolveDynamicImport(specifier, importer) {
    if (typeof specifier === 'string' && specifier.endsWith('/customer-source.js') && importer) {
      return { id: `./${SOURCE_CHUNK}`, external: true };
    }
    return null;
  },
  renderDynamicImport({ targetModuleId }) {
    return targetModuleId === `./${SOURCE_CHUNK}` ? { left: 'import(new URL(', right: ',rrCustomerScript))' } : null;
  },
};

// zod's sources carry comments rollup cannot place and a cycle of their own: noise that is
// not ours to fix. Everything else still warns.
function onwarn(warning, warn) {
  const inZod = (id) => typeof id === 'string' && id.includes('node_modules/zod/');
  if (warning.code === 'INVALID_ANNOTATION' && inZod(warning.id)) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(inZod)) return;
  warn(warning);
}

export default [
  {
    input,
    plugins: plugins(true),
    onwarn,
    output: {
      dir: 'dist',
      entryFileNames: 'rr-customer.js',
      chunkFileNames: SOURCE_CHUNK,
      manualChunks: (id) => (isSourceModule(id) ? 'source' : undefined),
      format: 'es',
    },
  },
  {
    input,
    plugins: [sourceBesideTheScript, ...plugins(false)],
    onwarn,
    output: {
      file: 'dist/rr-customer.iife.js',
      format: 'iife',
      name: 'RrCustomer',
      intro: 'var rrCustomerScript = document.currentScript.src;',
    },
  },
];
