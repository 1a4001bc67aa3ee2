// The hand-written alternative to <rr-customer> that validates: a page script that reads the
// same attributes and <rr-soft-link> / <rr-custom-data> children from an element, trims them,
// leaves out what is empty, checks the payload with zod/mini (one object schema, as the
// element's first version had it, without its messages), and queues the call as the seed's snippet
// does. It keeps no state: no deduplication, no observer, no events. The bench bundles it as
// rollup.config.mjs bundles ours and times it beside the element and the bare snippet.
import * as z from 'zod/mini';

const PHONE = /^(?=(?:\D*\d){7,15}\D*$)\+?\d+(?: ?\(\d+\) ?\d+)?(?:[ -]\d+)*$/;
const pairs = z.array(z.object({ name: z.string(), value: z.string() }));

const customerSchema = z.object({
  customerId: z.string(),
  email: z.optional(z.email()),
  phone: z.optional(z.string().check(z.regex(PHONE))),
  customData: z.optional(pairs),
  defaultStockId: z.optional(z.string().check(z.maxLength(50))),
  softLinks: z.optional(pairs),
  isAgreedToReceiveMarketingMail: z.optional(z.boolean()),
});

/** @param {Element} element @param {string} name */
const text = (element, name) => element.getAttribute(name)?.trim() || undefined;

/** @param {Element} element @param {string} tag */
function childPairs(element, tag) {
  const found = [];
  for (const child of element.children) {
    if (child.localName !== tag) continue;
    const value = text(child, 'value');
    if (value !== undefined) found.push({ name: text(child, 'name'), value });
  }
  return found;
}

/**
 * Reads `element`'s markup, validates it and queues `rrApi.setCustomer`; returns whether the
 * markup was valid (nothing is queued when it is not).
 * @param {Element} element
 */
export function queueFromMarkup(element) {
  const consent = text(element, 'is-agreed-to-receive-marketing-mail');
  const input = {
    customerId: text(element, 'customer-id'),
    email: text(element, 'email'),
    phone: text(element, 'phone'),
    customData: childPairs(element, 'rr-custom-data'),
    defaultStockId: text(element, 'default-stock-id'),
    softLinks: childPairs(element, 'rr-soft-link'),
    isAgreedToReceiveMarketingMail:
      consent === undefined
        ? undefined
        : /^(?:true|1)$/i.test(consent)
          ? true
          : /^(?:false|0)$/i.test(consent)
            ? false
            : consent,
  };
  // Only what the page gave: no undefined, no empty list.
  const given = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
  const checked = customerSchema.safeParse(given);
  if (!checked.success) return false;
  const { customData, ...rest } = checked.data;
  /** @type {Record<string, unknown>} */
  const payload = { ...rest };
  if (customData) payload.customData = Object.fromEntries(customData.map(({ name, value }) => [name, value]));
  const page =
    /** @type {Window & { rrApiOnReady?: (() => void)[], rrApi?: { setCustomer(payload: unknown): void } }} */ (window);
  (page.rrApiOnReady = page.rrApiOnReady || []).push(function () {
    try {
      page.rrApi?.setCustomer(payload);
    } catch {
      // As in the seed's snippet.
    }
  });
  return true;
}
