// The naive pairing: the usual choice of a full LitElement and classic zod, with the same
// schema shape as the element's first, single object schema and no logic; exported and defined so that the
// bundler keeps both.
import { LitElement } from 'lit';
import * as z from 'zod';

const pairs = z.array(z.object({ name: z.string(), value: z.string() }));

export const customerSchema = z.object({
  customerId: z.string(),
  email: z.email().optional(),
  phone: z
    .string()
    .regex(/^(?=(?:\D*\d){7,15}\D*$)\+?\d+(?: ?\(\d+\) ?\d+)?(?:[ -]\d+)*$/)
    .optional(),
  customData: pairs.optional(),
  defaultStockId: z.string().max(50).optional(),
  softLinks: pairs.optional(),
  isAgreedToReceiveMarketingMail: z.boolean().optional(),
});

export class NaiveElement extends LitElement {}

customElements.define('bench-naive', NaiveElement);
