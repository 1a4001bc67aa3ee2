// What the playground's modules agree a customer is: the element's attributes and its two kinds of
// child, by name, and a way to read them off an element. No module here looks at the page, so the
// presets, the form and the markup can all lean on these names without importing one another.

/** @typedef {'rr-soft-link' | 'rr-custom-data'} PairTag */
/** @typedef {{ name: string, value: string }} Pair */
/**
 * @typedef {object} CustomerState
 * @property {Record<string, string>} attributes attribute name → value; a missing one is absent
 * @property {Pair[]} softLinks
 * @property {Pair[]} customData
 */
/** @typedef {{ field: string, message: string }} Issue */

/**
 * The element's text attributes, in the order the markup shows them. `src` is one: a preset
 * sets it as a cached page's template prints it, and clearing it is an edit like any other.
 */
export const ATTRIBUTES = [
  'src',
  'customer-id',
  'email',
  'phone',
  'default-stock-id',
  'is-agreed-to-receive-marketing-mail',
];
/**
 * The boolean gate a consent manager removes. It is no part of a customer: presets leave it as
 * the visitor set it, so that a preset can be tried while held.
 */
export const HOLD = 'hold';
export const CONSENT = 'is-agreed-to-receive-marketing-mail';
export const SOFT_LINK = 'rr-soft-link';
export const CUSTOM_DATA = 'rr-custom-data';

/**
 * @param {Element} element
 * @returns {CustomerState}
 */
export function readCustomerState(element) {
  /** @type {Record<string, string>} */
  const attributes = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) attributes[name] = value;
  }
  /** @param {string} tag */
  const pairs = (tag) =>
    Array.from(element.children)
      .filter((child) => child.localName === tag)
      .map((child) => ({ name: child.getAttribute('name') ?? '', value: child.getAttribute('value') ?? '' }));
  return { attributes, softLinks: pairs(SOFT_LINK), customData: pairs(CUSTOM_DATA) };
}
