import * as z from 'zod/mini';
import { PHONE_PATTERN } from './phone-pattern.js';

// Every message names the field and the rule, never the value: it reaches the console.
// Emptiness needs no check here: customerInput has already dropped empty values.
const text = (what: string) => z.string({ error: `${what} must be text` });

const pairsSchema = (what: string, shape: string) =>
  z.array(
    z.object(
      {
        name: z.string({ error: `each ${what} with a value needs a name, as text` }),
        value: text(`each ${what} value`),
      },
      { error: `each ${what} must be a { name, value } object` },
    ),
    { error: shape },
  );

/**
 * The argument of `rrApi.setCustomer`, as the seed document sets it out, checked on the
 * element's input (trimmed, with empty values left out). Custom data is checked as the list
 * of `{ name, value }` pairs the page wrote; `parseCustomer` folds it into one object.
 */
export const customerSchema = z.object({
  customerId: z.string({
    error: (issue) => (issue.input === undefined ? 'customerId is required' : 'customerId must be text'),
  }),
  email: z.optional(z.email({ error: 'email must be a valid email address' })),
  phone: z.optional(
    z.string({ error: 'phone must be text' }).check(
      z.regex(PHONE_PATTERN, 'phone must have 7 to 15 digits, written as in E.164 or as the seed examples'),
    ),
  ),
  customData: z.optional(pairsSchema('custom data', 'customData must be an object of names to text values')),
  defaultStockId: z.optional(
    z.string({ error: 'defaultStockId must be text' }).check(
      z.maxLength(50, 'defaultStockId must have at most 50 characters'),
    ),
  ),
  softLinks: z.optional(pairsSchema('soft link', 'softLinks must be a list of { name, value } objects')),
  isAgreedToReceiveMarketingMail: z.optional(
    z.boolean({ error: 'isAgreedToReceiveMarketingMail must be true, false, 1 or 0' }),
  ),
});

type CheckedInput = z.output<typeof customerSchema>;

/** What `<rr-customer>` passes to `rrApi.setCustomer`. */
export type CustomerPayload = Omit<CheckedInput, 'customData'> & { customData?: Record<string, string> };
