// The check command reads <rr-customer> markup through CUSTOMER_ATTRIBUTES; the element reads
// its attributes through its own `static properties`. They must name the same attributes, each
// setting the same field, and the element must take each attribute's text as it is.
import assert from 'node:assert/strict';
import { test } from 'node:test';

const { CUSTOMER_ATTRIBUTES } = await import(new URL('../../dist/lib/core/customer-fields.js', import.meta.url).href);
const { RrCustomerElement } = await import(
  new URL('../../dist/lib/element/rr-customer-element.js', import.meta.url).href
);

// Beside the parameters, the element observes how it is fed and gated: `src` and `hold`,
// which the command reads on its own terms.
test("the map names exactly the element's observed attributes of the parameters, in its order", () => {
  assert.deepEqual([...Object.keys(CUSTOMER_ATTRIBUTES), 'src', 'hold'], RrCustomerElement.observedAttributes);
});

test('each attribute sets the field the map names, with its text as it is', () => {
  for (const [attribute, field] of Object.entries(CUSTOMER_ATTRIBUTES)) {
    const options = RrCustomerElement.elementProperties.get(field);
    assert.ok(options, `the element has a property ${field}`);
    // Lit's default attribute name is the property's name in lower case.
    const name = typeof options.attribute === 'string' ? options.attribute : field.toLowerCase();
    assert.equal(name, attribute, `${field} is set by the attribute ${attribute}`);
    const fromAttribute = options.converter?.fromAttribute;
    assert.equal(typeof fromAttribute, 'function', `${field} has its own converter`);
    assert.equal(fromAttribute(' some text '), ' some text ', `${attribute}: the text as it is`);
    assert.equal(fromAttribute(''), '', `${attribute}: '' stays ''`);
    assert.equal(fromAttribute(null), undefined, `${attribute}: absent is undefined`);
  }
});
