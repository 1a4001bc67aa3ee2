import type { CustomerPayload } from './customer-payload.js';
import { RrCustomDataElement } from './rr-custom-data-element.js';
import { RrCustomerElement } from './rr-customer-element.js';
import type { CustomerErrorDetail, CustomerInvalidDetail } from './rr-customer-events.js';
import { RrSoftLinkElement } from './rr-soft-link-element.js';

// Children first, so that they are upgraded before the parent first reads them.
const elements = {
  'rr-soft-link': RrSoftLinkElement,
  'rr-custom-data': RrCustomDataElement,
  'rr-customer': RrCustomerElement,
};

// The script may be loaded twice, or both builds may share a page, and on a server there is
// no registry at all: define each name only where it is free.
if (typeof customElements !== 'undefined') {
  for (const [name, element] of Object.entries(elements)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rr-customer': RrCustomerElement;
    'rr-soft-link': RrSoftLinkElement;
    'rr-custom-data': RrCustomDataElement;
  }
  interface HTMLElementEventMap {
    'rr-customer-send': CustomEvent<CustomerPayload>;
    'rr-customer-invalid': CustomEvent<CustomerInvalidDetail>;
    'rr-customer-error': CustomEvent<CustomerErrorDetail>;
  }
}

export { RrCustomDataElement, RrCustomerElement, RrSoftLinkElement };
