import type { CustomerFields } from './customer-input.js';

/**
 * Each attribute of `<rr-customer>` and the field it sets, as the element's `static properties`
 * declares them (that literal stays where it is, for the Custom Elements Manifest analyzer).
 * The `check` command reads markup through this map; `test/node/check-attributes.test.mjs`
 * holds it equal to the element's own. An attribute's text is the field's value as it is, `''`
 * included; an absent attribute leaves the field `undefined`.
 */
export const CUSTOMER_ATTRIBUTES = {
  'customer-id': 'customerId',
  email: 'email',
  phone: 'phone',
  'default-stock-id': 'defaultStockId',
  'is-agreed-to-receive-marketing-mail': 'isAgreedToReceiveMarketingMail',
} as const satisfies Record<string, keyof CustomerFields>;

