// What the framework tests need from the test server beyond TypeScript: React's CommonJS
// packages as ES modules, Vue with its template compiler, and .svelte files compiled on request.
import rollupCommonjsModule from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { compile } from 'svelte/compiler';
import { templateRenderPlugin } from '../templates/render-plugin.mjs';

/** @typedef {import('@web/test-runner').TestRunnerPlugin} Plugin */

// The package's types describe a CommonJS module; imported as an ES module it is the function.
const rollupCommonjs = /** @type {typeof rollupCommonjsModule.default} */ (
  /** @type {unknown} */ (rollupCommonjsModule)
);

// React ships only CommonJS whose entry points choose a build from process.env.NODE_ENV.
// The CommonJS plugin needs a whole bundle to link such modules (served file by file it
// cannot tell CommonJS from ES modules across files), so Rollup bundles the entry points the
// tests import, once, into shared chunks: one copy of React serves react-dom and the server
// renderer alike. Each entry re-exports by name what the matching build assigns to `exports`.
/** @type {Record<string, string>} */
const reactEntries = {
  react: 'react/cjs/react.development.js',
  'react/jsx-runtime': 'react/cjs/react-jsx-runtime.development.js',
  'react-dom': 'react-dom/cjs/react-dom.development.js',
  'react-dom/client': 'react-dom/cjs/react-dom-client.development.js',
  'react-dom/server': 'react-dom/cjs/react-dom-server-legacy.browser.development.js',
};
const REACT_PREFIX = '/__react__/';
const ENTRY_PREFIX = '\0react-entry:';

/** @param {string} specifier */
const chunkName = (specifier) => specifier.replace('/', '__');

/**
 * The names a React build exports: `exports.name = …`, at any depth of indentation.
 * @param {string} build
 */
function exportNames(build) {
  const source = readFileSync(new URL(`../../node_modules/${build}`, import.meta.url), 'utf8');
  return [...new Set(Array.from(source.matchAll(/^\s*exports\.([\w$]+)\s*=/gm), (match) => match[1]))];
}

/** @returns {Promise<Map<string, string>>} file name → code */
async function bundleReact() {
  const bundle = await rollup({
    input: Object.fromEntries(
      Object.keys(reactEntries).map((specifier) => [chunkName(specifier), ENTRY_PREFIX + specifier]),
    ),
    plugins: [
      {
        name: 'react-entries',
        resolveId: (id) => (id.startsWith(ENTRY_PREFIX) ? id : null),
        load(id) {
          if (!id.startsWith(ENTRY_PREFIX)) return null;
          const specifier = id.slice(ENTRY_PREFIX.length);
          const names = exportNames(reactEntries[specifier] ?? '');
          return `import build from '${specifier}';\nexport default build;\nexport const { ${names.join(', ')} } = build;\n`;
        },
      },
      {
        // React's development build: it checks hydration and says what does not match.
        name: 'react-node-env',
        transform: (code) =>
          code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"development"') : null,
      },
      nodeResolve({ exportConditions: ['browser'], browser: true }),
      rollupCommonjs(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  });
  await bundle.close();
  return new Map(output.map((file) => [file.fileName, file.type === 'chunk' ? file.code : String(file.source)]));
}

/** @returns {Plugin} */
function reactAsEsModules() {
  /** @type {Promise<Map<string, string>> | undefined} */
  let files;
  return {
    name: 'react-as-es-modules',
    resolveImport({ source }) {
      return source in reactEntries ? `${REACT_PREFIX}${chunkName(source)}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(REACT_PREFIX)) return undefined;
      files ??= bundleReact();
      const body = (await files).get(context.path.slice(REACT_PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}

// `vue` resolves to its runtime-only build for bundlers, which has no template compiler and
// reads process.env. The browser build carries the compiler and needs nothing defined.
/** @returns {Plugin} */
function vueWithCompiler() {
  return {
    name: 'vue-with-compiler',
    resolveImport: ({ source }) => (source === 'vue' ? '/node_modules/vue/dist/vue.esm-browser.js' : undefined),
  };
}

// A .svelte file is compiled when the browser asks for it, as a bundler's Svelte plugin would;
// its imports of svelte's runtime are then resolved like any other module's.
/** @returns {Plugin} */
function svelteOnRequest() {
  return {
    name: 'svelte-on-request',
    resolveMimeType: (context) => (context.path.endsWith('.svelte') ? 'js' : undefined),
    transform(context) {
      if (!context.path.endsWith('.svelte') || typeof context.body !== 'string') return undefined;
      const { js } = compile(context.body, { filename: context.path, generate: 'client' });
      return { body: js.code };
    },
  };
}

/** @type {Plugin[]} */
export const frameworkPlugins = [reactAsEsModules(), vueWithCompiler(), svelteOnRequest(), templateRenderPlugin()];
