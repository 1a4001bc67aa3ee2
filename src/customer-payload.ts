/** One soft link: a name the page knows the customer by elsewhere, and its value. */
export interface SoftLink {
  readonly name: string;
  readonly value: string;
}

/** What `<rr-customer>` passes to `rrApi.setCustomer`: the seed's parameters, those given and valid. */
export interface CustomerPayload {
  customerId: string;
  email?: string;
  phone?: string;
  customData?: Record<string, string>;
  defaultStockId?: string;
  softLinks?: SoftLink[];
  isAgreedToReceiveMarketingMail?: boolean;
}
