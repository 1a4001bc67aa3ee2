// The Custom Elements Manifest (dist/custom-elements.json) and the editor data made from it:
// VS Code's html.customData file and JetBrains' web-types. `npm run build` runs this after
// tsc, so that every file describes the JavaScript that ships in dist/lib.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

const outdir = 'dist';

/** The manifest points at src/*.ts, which is not shipped: point it at the built dist/lib/*.js. */
const shippedPath = (path) => path.replace(/^(?:\.?\/)?(?:src\/)?(?!dist\/)(.*)\.[jt]s$/, 'dist/lib/$1.js');

/**
 * Makes the manifest describe what a user of the package gets:
 * - module paths name the shipped dist/lib/*.js, not src/*.ts;
 * - no `#private` members;
 * - only the events documented with `@fires` (the analyzer also takes the variable of
 *   `new CustomEvent(type, …)` in a helper for an event named "type").
 */
function describeShippedApi() {
  return {
    name: 'rr-customer-shipped-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = shippedPath(module.path);
        for (const declaration of module.declarations ?? []) {
          if (declaration.members)
            declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
          const references = [
            declaration.superclass,
            ...[...(declaration.members ?? []), ...(declaration.attributes ?? [])].map((item) => item.inheritedFrom),
          ];
          for (const reference of references) if (reference?.module) reference.module = shippedPath(reference.module);
        }
        for (const exported of module.exports ?? []) {
          if (exported.declaration?.module) exported.declaration.module = shippedPath(exported.declaration.module);
        }
      }
    },
  };
}

export default {
  // The element modules only; the JSX typings (react.ts, …) and the helpers hold no elements.
  globs: ['src/index.ts', 'src/element/*.ts'],
  outdir,
  // ReactiveElement's `static properties` map properties to attributes, as LitElement's do.
  litelement: true,
  // package.json names the manifest itself (`customElements`); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    describeShippedApi(),
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: null,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir,
      webTypesFileName: 'web-types.json',
      excludeCss: true,
      packageJson: false,
      // Lets the IDE go from a tag to its class in the shipped code.
      modulePathTemplate: (_name, modulePath) => `./${modulePath}`,
      hideLogs: true,
    }),
  ],
};
