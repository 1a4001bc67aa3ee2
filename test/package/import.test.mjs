// The npm build (dist/lib, tsc's output, named by package.json exports) must import cleanly where there is no DOM and no
// custom element registry of the browser's: in Node, as a server renders a page.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const globals = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));

test('the package imports by its name in Node, with no DOM and no customElements', async () => {
  // Node has none of these; say so, so that a test runner that adds them is noticed.
  for (const name of ['window', 'document', 'customElements', 'HTMLElement', 'MutationObserver']) {
    assert.equal(typeof globals[name], 'undefined', `Node has no ${name} before the import`);
  }

  // By name, through package.json exports, as a server-rendering user imports it. The name
  // is a variable so that type-checking, which runs before the build, does not look for it.
  const packageName = 'rr-customer';
  const module = /** @type {Record<string, unknown>} */ (await import(packageName));

  for (const name of ['RrCustomerElement', 'RrSoftLinkElement', 'RrCustomDataElement']) {
    assert.equal(typeof module[name], 'function', `${name} is exported`);
  }
  assert.equal(typeof globals.window, 'undefined', 'the import made no window');
  assert.equal(typeof globals.document, 'undefined', 'the import made no document');

  // lit's server build puts a stand-in registry on globalThis; where one is, the elements are
  // in it, as a server renderer looks them up.
  const registry = /** @type {CustomElementRegistry | undefined} */ (globals.customElements);
  if (registry) {
    assert.equal(registry.get('rr-customer'), module.RrCustomerElement);
    assert.equal(registry.get('rr-soft-link'), module.RrSoftLinkElement);
    assert.equal(registry.get('rr-custom-data'), module.RrCustomDataElement);
  }

  // Nothing the import started fails later.
  await new Promise((resolve) => setTimeout(resolve, 0));
});
