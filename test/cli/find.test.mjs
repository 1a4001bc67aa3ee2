// The check command finds <rr-customer> in the tree a browser builds (parse5), not in the
// text: these pages are each a trap for a reading of the text. What each element reads is
// its own attributes and its direct <rr-soft-link> / <rr-custom-data> children. Failures name
// where the data differs, never its (made-up) values.
import { test } from 'node:test';
import { assertSame } from '../fixtures/check/harness.mjs';

const { liveElements, parsePage } = await import(new URL('../../dist/lib/cli/page/page-tree.js', import.meta.url).href);
const { findCustomers } = await import(new URL('../../dist/lib/cli/page/find-customers.js', import.meta.url).href);
const { findScripts } = await import(new URL('../../dist/lib/cli/page/find-scripts.js', import.meta.url).href);

/** @param {string} html */
const customersOf = (html) => findCustomers(liveElements(parsePage(html)));
/** @param {string} html */
const scriptsOf = (html) => findScripts(liveElements(parsePage(html)));

test('fields are the attributes as written, undefined when absent; the list properties have no markup', () => {
  const [customer] = customersOf('<rr-customer customer-id=" x-1 " email="" default-stock-id="msk"></rr-customer>');
  assertSame(
    customer.fields,
    {
      customerId: ' x-1 ',
      email: '',
      phone: undefined,
      defaultStockId: 'msk',
      isAgreedToReceiveMarketingMail: undefined,
    },
    'the fields',
  );
  assertSame(customer.softLinks, [], 'the soft links');
  assertSame(customer.customData, [], 'the custom data');
  assertSame(customer.line, 1, 'the line');
});

test('attribute names are read in any case, the first of two wins, and character references are decoded', () => {
  const [customer] = customersOf(
    '<RR-CUSTOMER CUSTOMER-ID="a&amp;b" customer-id="second" Email="x&#64;example.com"></RR-CUSTOMER>',
  );
  assertSame(customer.fields.customerId, 'a&b', 'the first customer-id, decoded');
  assertSame(customer.fields.email, 'x@example.com', 'Email, decoded');
});

test('children: direct ones only, in order, with null for an absent name or value', () => {
  const [customer] = customersOf(`<rr-customer customer-id="c">
    <rr-soft-link name="a" value="1"></rr-soft-link>
    <div><rr-soft-link name="nested" value="2"></rr-soft-link></div>
    <rr-custom-data value="3"></rr-custom-data>
    <rr-custom-data name="n"></rr-custom-data>
    <rr-soft-link name="b" value="4"></rr-soft-link>
  </rr-customer>`);
  assertSame(
    customer.softLinks,
    [
      { name: 'a', value: '1' },
      { name: 'b', value: '4' },
    ],
    'the soft links',
  );
  assertSame(
    customer.customData,
    [
      { name: null, value: '3' },
      { name: 'n', value: null },
    ],
    'the custom data',
  );
});

test('a self-closing child is no such thing in HTML: the next child lands inside it, as in a browser', () => {
  const [customer] = customersOf(`<rr-customer customer-id="c">
    <rr-soft-link name="a" value="1"/>
    <rr-soft-link name="b" value="2"/>
  </rr-customer>`);
  assertSame(customer.softLinks, [{ name: 'a', value: '1' }], 'the soft links');
});

test('inert and foreign markup holds no customer: <template>, <svg>, <noscript>, <textarea>, comments', () => {
  const html = `
    <template><rr-customer customer-id="in-template"></rr-customer></template>
    <svg><rr-customer customer-id="in-svg"></rr-customer></svg>
    <noscript><rr-customer customer-id="in-noscript"></rr-customer></noscript>
    <textarea><rr-customer customer-id="in-textarea"></rr-customer></textarea>
    <!-- <rr-customer customer-id="in-comment"></rr-customer> -->`;
  assertSame(customersOf(html), [], 'the customers');
});

test('a declarative shadow root is live: its <rr-customer> counts, in shadow-including tree order', () => {
  const customers = customersOf(`
    <div>
      <template shadowrootmode="open"><rr-customer customer-id="in-shadow"></rr-customer></template>
      <rr-customer customer-id="light"></rr-customer>
    </div>
    <div><template shadowrootmode="open"></template><template shadowrootmode="open"><rr-customer customer-id="second-root"></rr-customer></template></div>
    <table><template shadowrootmode="open"><rr-customer customer-id="no-host"></rr-customer></template></table>`);
  assertSame(
    customers.map((/** @type {{ fields: { customerId: string } }} */ customer) => customer.fields.customerId),
    ['in-shadow', 'light'],
    'the customers',
  );
});

test('error recovery as a browser does it: an unclosed <rr-customer> takes what follows, a table fosters it out', () => {
  const [unclosed] = customersOf('<p><rr-customer customer-id="c"><rr-custom-data name="a" value="1">');
  assertSame(unclosed.customData, [{ name: 'a', value: '1' }], 'the unclosed one');
  const [fostered] = customersOf('<table><tr><rr-customer customer-id="t"></rr-customer><td>x</td></tr></table>');
  assertSame(fostered.fields.customerId, 't', 'the fostered one');
});

test('two on a page, nested ones too, in document order', () => {
  const customers = customersOf(
    '<rr-customer customer-id="outer"><rr-customer customer-id="inner"></rr-customer></rr-customer><rr-customer customer-id="last"></rr-customer>',
  );
  assertSame(
    customers.map((/** @type {{ fields: { customerId: string } }} */ customer) => customer.fields.customerId),
    ['outer', 'inner', 'last'],
    'the customers',
  );
});

test('scripts: the ones a browser runs, classic or module, by src or inline', () => {
  const scripts = scriptsOf(`
    <script src=" /a.js "></script>
    <script type="module" src="/b.js"></script>
    <script type="text/JavaScript">inline()</script>
    <script language="javascript">legacy()</script>
    <script type="MODULE">import '/c.js'</script>
    <script type="application/ld+json">{"not": "run"}</script>
    <script type="text/template"><script src="/not-run.js"></script>
    <script nomodule src="/fallback.js"></script>
    <script src="">empty src: runs nothing</script>
    <template><script src="/in-template.js"></script></template>`);
  assertSame(
    scripts,
    [
      { kind: 'classic', src: '/a.js', text: '' },
      { kind: 'module', src: '/b.js', text: '' },
      { kind: 'classic', src: undefined, text: 'inline()' },
      { kind: 'classic', src: undefined, text: 'legacy()' },
      { kind: 'module', src: undefined, text: "import '/c.js'" },
    ],
    'the scripts',
  );
});
