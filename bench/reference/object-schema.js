// The object schema: the least a component on lit's core can weigh when it checks
// setCustomer's argument as one zod/mini object, as the element did before it checked each
// field on its own. A bare ReactiveElement and that schema, without messages or logic;
// exported and defined so that the bundler keeps both.
import { ReactiveElement } from '@lit/reactive-element';
import * as z from 'zod/mini';

const pairs = z.array(z.object({ name: z.string(), value: z.string() }));

export const customerSchema = z.object({
  customerId: z.string(),
  email: z.optional(z.email()),
  phone: z.optional(z.string().check(z.regex(/^(?=(?:\D*\d){7,15}\D*$)\+?\d+(?: ?\(\d+\) ?\d+)?(?:[ -]\d+)*$/))),
  customData: z.optional(pairs),
  defaultStockId: z.optional(z.string().check(z.maxLength(50))),
  softLinks: z.optional(pairs),
  isAgreedToReceiveMarketingMail: z.optional(z.boolean()),
});

export class ObjectSchemaElement extends ReactiveElement {}

customElements.define('bench-object-schema', ObjectSchemaElement);
