// Serves each template case as a page: /test/templates/rendered/<engine>/<case>.html is that
// engine's template rendered in Node, as the site's server would, inside a page that loads
// the built element and the stand-in tracker. /test/templates/printed.json is what each
// engine prints for a missing value, null, false, true and a number.
import { PAGE_PREFIX, PRINTED_PATH, templatePages } from './cases.mjs';

/** @typedef {import('@web/test-runner').TestRunnerPlugin} Plugin */
/** @typedef {import('./cases.mjs').TemplatePage} TemplatePage */

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

// The recorder first, as a classic script, so that it hears the first event; then the
// console guard the test pages have, the module build, and the tracker, deferred as sites
// load Retail Rocket's.
/** @param {TemplatePage} page @param {string} body */
const wrap = (page, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>rr-customer rendered by ${escapeHtml(page.engine)}: ${escapeHtml(page.name)}</title>
<script src="/test/templates/record-page.js"></script>
<script type="module" src="/test/support/console-guard.ts"></script>
<script type="module" src="/dist/rr-customer.js"></script>
<script type="module" src="/test/fixtures/stand-in-tracker-loader.js"></script>
</head>
<body>
${body}
</body>
</html>
`;

/** @returns {Plugin} */
export function templateRenderPlugin() {
  /** @type {Map<string, TemplatePage>} */
  const pages = new Map(templatePages().map((page) => [`${PAGE_PREFIX}${page.engine}/${page.name}.html`, page]));
  /** @type {Promise<typeof import('./engines.mjs')> | undefined} */
  let engines;
  return {
    name: 'template-render',
    async serve(context) {
      if (context.path === PRINTED_PATH) {
        engines ??= import('./engines.mjs');
        const { ENGINES } = await engines;
        const printed = Object.fromEntries(
          Object.entries(ENGINES).map(([name, engine]) => [
            name,
            {
              missing: engine.print(undefined, false),
              null: engine.print(null, true),
              false: engine.print(false, true),
              true: engine.print(true, true),
              number: engine.print(42, true),
            },
          ]),
        );
        return { body: JSON.stringify(printed), type: 'json' };
      }
      const page = pages.get(context.path);
      if (!page) return undefined;
      engines ??= import('./engines.mjs');
      const engine = (await engines).ENGINES[page.engine];
      let body;
      try {
        body = page.render === 'unrendered' ? engine.source : engine.render(page.render.customer, page.render.store);
      } catch (error) {
        // The page says so in its title; the error's own text may quote the template.
        context.status = 500;
        return {
          body: `<!doctype html><title>render failed: ${escapeHtml(error instanceof Error ? error.name : 'an error')}</title>`,
          type: 'html',
        };
      }
      return { body: wrap(page, body), type: 'html' };
    },
  };
}
