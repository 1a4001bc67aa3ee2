import { readSource } from '../../core/read-text.js';
import { CUSTOMER_ATTRIBUTES } from '../../core/customer-fields.js';
import type { CustomerFields, NamedValue } from '../../core/read-customer.js';
import { attributeOf, elementChildren, isHtml, type TreeElement } from './page-tree.js';

/** One `<rr-customer>` of a page, read as the element reads itself in a browser. */
export interface FoundCustomer {
  /** Where its start tag is in the page, from 1. */
  readonly line: number | undefined;
  /** Its fields: an attribute's text as it is, `undefined` when the attribute is absent. */
  readonly fields: CustomerFields;
  /** Its `src` attribute, where the element fetches the customer from; `undefined` when absent or empty, which is no source. */
  readonly src: string | undefined;
  /** Its direct `<rr-soft-link>` children, in order. */
  readonly softLinks: readonly NamedValue[];
  /** Its direct `<rr-custom-data>` children, in order. */
  readonly customData: readonly NamedValue[];
}

// What the element's #children() gives: `getAttribute`, so `null` for an absent attribute.
const pairsOf = (customer: TreeElement, tagName: string): NamedValue[] =>
  elementChildren(customer)
    .filter((child) => child.tagName === tagName)
    .map((child) => ({ name: attributeOf(child, 'name'), value: attributeOf(child, 'value') }));

function fieldsOf(customer: TreeElement): CustomerFields {
  const fields: Record<string, string | undefined> = {};
  for (const [attribute, field] of Object.entries(CUSTOMER_ATTRIBUTES)) {
    fields[field] = attributeOf(customer, attribute) ?? undefined;
  }
  // The list properties have no attributes: markup cannot set them.
  return fields;
}

/**
 * Every `<rr-customer>` among `elements` (a page's live elements, in tree order), with what it
 * would read. Only HTML elements count: an `<rr-customer>` inside `<svg>` is never upgraded.
 */
export const findCustomers = (elements: readonly TreeElement[]): FoundCustomer[] =>
  elements
    .filter((element) => isHtml(element, 'rr-customer'))
    .map((customer) => ({
      line: customer.sourceCodeLocation?.startLine,
      fields: fieldsOf(customer),
      src: readSource(attributeOf(customer, 'src')),
      softLinks: pairsOf(customer, 'rr-soft-link'),
      customData: pairsOf(customer, 'rr-custom-data'),
    }));
