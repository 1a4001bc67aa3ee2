// Server rendering: a server imports the package by its name (say, to read its types or to
// share one module graph with the client) and renders <rr-customer> markup, with React's
// renderToString, Vue's server renderer or a plain HTML template. None may throw, and the markup must carry
// every value a server can put in HTML: attributes, and the children for the lists.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { createSSRApp } from 'vue';
import { renderToString as renderVueToString } from 'vue/server-renderer';
import { CustomerApp, customerHtml } from '../frameworks/ssr-markup.mjs';

/** @type {import('../frameworks/ssr-markup.mjs').ServerState} */
const state = {
  customerId: 'ssr-1',
  email: 'server@example.com',
  childLinks: [{ name: 'card', value: 'card-1' }],
  childData: [{ name: 'brand', value: 'Tom & "Jerry"' }],
};

const expected =
  '<rr-customer customer-id="ssr-1" email="server@example.com">' +
  '<rr-soft-link name="card" value="card-1"></rr-soft-link>' +
  '<rr-custom-data name="brand" value="Tom &amp; &quot;Jerry&quot;"></rr-custom-data>' +
  '</rr-customer>';

// The name is a variable so that type-checking, which runs before the build, does not look for it.
const packageName = 'rr-customer';

test('with the package imported by its name, React renderToString renders the markup', async () => {
  const module = /** @type {Record<string, unknown>} */ (await import(packageName));
  assert.equal(typeof module.RrCustomerElement, 'function');

  const html = renderToString(h(CustomerApp, { initial: state }));

  assert.equal(html, expected);
});

test('with the package imported by its name, a plain HTML template renders the same markup', async () => {
  await import(packageName);

  assert.equal(customerHtml(state), expected);
});

test("with the package imported by its name, Vue's renderToString renders the markup, leaving out object bindings", async () => {
  await import(packageName);
  const app = createSSRApp({
    template: `
      <rr-customer :customer-id="state.customerId" :email="state.email" :customData="{ tier: 'gold' }" @rr-customer-send="() => {}"
        ><rr-soft-link v-for="link in state.childLinks" :key="link.name" :name="link.name" :value="link.value"></rr-soft-link
        ><rr-custom-data v-for="data in state.childData" :key="data.name" :name="data.name" :value="data.value"></rr-custom-data
      ></rr-customer>`,
    data: () => ({ state }),
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('rr-');

  const html = await renderVueToString(app);

  // Vue marks each v-for list with a pair of comments, which its hydration reads.
  assert.equal(
    html,
    '<rr-customer customer-id="ssr-1" email="server@example.com">' +
      '<!--[--><rr-soft-link name="card" value="card-1"></rr-soft-link><!--]-->' +
      '<!--[--><rr-custom-data name="brand" value="Tom &amp; &quot;Jerry&quot;"></rr-custom-data><!--]-->' +
      '</rr-customer>',
  );
});
