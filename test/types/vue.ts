// Vue template typings of the three elements, checked as Volar / vue-tsc reads a global
// component: bindings against the instance's `$props`, `@event` listeners against `$emit`.
// Each `@ts-expect-error` marks a mistake the typings must reject.
import type {} from 'rr-customer/vue';
import type { GlobalComponents } from 'vue';
import type { CustomerPayload, RrCustomerElement, RrSoftLinkElement } from 'rr-customer';

type Instance<Name extends keyof GlobalComponents> = InstanceType<GlobalComponents[Name]>;
type Bindings<Name extends keyof GlobalComponents> = Instance<Name>['$props'];

export const attributes: Bindings<'rr-customer'> = {
  'customer-id': '42',
  email: 'a@example.com',
  phone: '+15551234567',
  'default-stock-id': 'Moscow',
  'is-agreed-to-receive-marketing-mail': 'true',
  key: 'customer',
  ref: 'customer',
  class: 'tracked',
};

// Frameworks pass IDs and counters as numbers: the properties take them, and send their text.
export const numericProperties: Bindings<'rr-customer'> = {
  customerId: 42,
  phone: 79112223344,
  customData: { visits: 3 },
  softLinks: [{ name: 'card', value: 123 }],
};

export const properties: Bindings<'rr-customer'> = {
  customerId: '42',
  defaultStockId: 'Moscow',
  isAgreedToReceiveMarketingMail: true,
  customData: { tier: 'gold' },
  softLinks: [{ name: 'card', value: '123' }],
  // What Vue's compiler makes of @rr-customer-send and the other two.
  onRrCustomerSend: (event) => acceptPayload(event.detail),
  onRrCustomerInvalid: (event) => event.detail.issues.map((issue) => issue.field),
  onRrCustomerError: (event) =>
    event.detail.reason satisfies 'queue-replaced' | 'api-missing' | 'api-threw' | 'source-failed',
};

export const children: [Bindings<'rr-soft-link'>, Bindings<'rr-custom-data'>] = [
  { name: 'card', value: '123' },
  { name: 'tier', value: 'gold' },
];

// A template ref is the element itself.
export const element: RrCustomerElement = {} as Instance<'rr-customer'>;
export const child: RrSoftLinkElement = {} as Instance<'rr-soft-link'>;

export function listeners(emit: Instance<'rr-customer'>['$emit']): void {
  emit('rr-customer-send', new CustomEvent<CustomerPayload>('rr-customer-send', { detail: { customerId: '42' } }));
  emit('rr-customer-invalid', new CustomEvent('rr-customer-invalid', { detail: { issues: [], sent: false } }));
  // @ts-expect-error -- rr-customer-send carries the payload, not issues
  emit('rr-customer-send', new CustomEvent('rr-customer-send', { detail: { issues: [] } }));
  // @ts-expect-error -- the element fires no such event
  emit('rr-customer-sent', new CustomEvent('rr-customer-sent'));
}

export const mistakes: Bindings<'rr-customer'>[] = [
  // @ts-expect-error -- attributes are text, not numbers
  { 'customer-id': 42 },
  // @ts-expect-error -- customData is an object of text values, not a string
  { customData: 'tier=gold' },
  // @ts-expect-error -- customData values are text or numbers, not booleans
  { customData: { tier: true } },
  // @ts-expect-error -- every soft link needs a name
  { softLinks: [{ value: '123' }] },
  // @ts-expect-error -- rr-customer-invalid carries issues, not a payload
  { onRrCustomerInvalid: (event) => acceptPayload(event.detail) },
  // @ts-expect-error -- the typings are closed: a misspelt property is an error
  { customerID: '42' },
];

// @ts-expect-error -- a child's value is text
export const badChild: Bindings<'rr-custom-data'> = { name: 'tier', value: 1 };

function acceptPayload(payload: CustomerPayload): CustomerPayload {
  return payload;
}
