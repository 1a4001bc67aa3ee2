import type { FieldName } from './customer-fields.js';

/** One soft link: a name the page knows the customer by elsewhere, and its value. */
export interface SoftLink {
  readonly name: string;
  readonly value: string;
}

/** What `<rr-customer>` passes to `rrApi.setCustomer`: Retail Rocket's parameters, those given and valid. */
export interface CustomerPayload {
  customerId: string;
  email?: string;
  phone?: string;
  customData?: Record<string, string>;
  defaultStockId?: string;
  softLinks?: SoftLink[];
  isAgreedToReceiveMarketingMail?: boolean;
}

// Written out above for readers of the .d.ts; the compiler holds its keys to the field table.
type SameKeys<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never] ? true : false;
type Holds<Check extends true> = Check;
export type PayloadKeysAreTheFields = Holds<SameKeys<keyof CustomerPayload, FieldName>>;
