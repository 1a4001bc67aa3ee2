import type { CustomerPayload } from '../core/customer-payload.js';
import { RrCustomDataElement } from './rr-custom-data-element.js';
import { RrCustomerElement } from './rr-customer-element.js';
import type { CustomerErrorDetail, CustomerInvalidDetail } from './rr-customer-events.js';
import { RrSoftLinkElement } from './rr-soft-link-element.js';

// The script may be loaded twice, or both builds may share a page, and on a server there is
// no registry at all: define each name only where it is free. Children first, so that they
// are upgraded before the parent first reads them. Three literal calls, so that the Custom
// Elements Manifest analyzer reads each definition as it is.
if (typeof customElements !== 'undefined') {
  if (!customElements.get('rr-soft-link')) customElements.define('rr-soft-link', RrSoftLinkElement);
  if (!customElements.get('rr-custom-data')) customElements.define('rr-custom-data', RrCustomDataElement);
  if (!customElements.get('rr-customer')) customElements.define('rr-customer', RrCustomerElement);
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
