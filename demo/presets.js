// Data only, so that a preset can be added, or checked against a real template's output,
// without reading any of the page's code. Each key is a preset button's data-preset.

/**
 * Typical template output to try. Each fills the form, and so the live element; the log
 * then shows what the element made of it.
 * @type {Record<string, import('./customer-state.js').CustomerState>}
 */
export const presets = {
  // A store's template for a visitor who is not signed in: the user ID is 0.
  guest: {
    attributes: {
      'customer-id': '0',
      email: '',
      phone: '',
      'default-stock-id': 'msk',
      'is-agreed-to-receive-marketing-mail': 'N',
    },
    softLinks: [],
    customData: [],
  },
  // 1C-Bitrix stores flags as Y/N and prints a missing phone as nothing.
  bitrix: {
    attributes: {
      'customer-id': '1734',
      email: 'ivan.petrov@example.com',
      phone: '',
      'default-stock-id': 's1',
      'is-agreed-to-receive-marketing-mail': 'Y',
    },
    softLinks: [{ name: 'loyaltyCard', value: '' }],
    customData: [
      { name: 'UF_VIP', value: 'N' },
      { name: 'city', value: 'Moscow' },
    ],
  },
  // A template that reached the page without being rendered at all.
  unrendered: {
    attributes: {
      'customer-id': '{{ customer.id }}',
      email: '{{ customer.email }}',
      phone: '{{ customer.phone }}',
      'is-agreed-to-receive-marketing-mail': '{{ customer.accepts_marketing }}',
    },
    softLinks: [],
    customData: [{ name: 'tier', value: '{{ customer.tier }}' }],
  },
  // Rendered, but one variable was missing from the context; Python printed None for another.
  partial: {
    attributes: {
      'customer-id': '5821',
      email: '{{ user.email }}',
      phone: 'None',
      'default-stock-id': 'spb',
      'is-agreed-to-receive-marketing-mail': '',
    },
    softLinks: [],
    customData: [{ name: 'tier', value: 'silver' }],
  },
  // A page from a full-page cache: its markup names whoever was signed in when it was cached.
  // src names the store's private endpoint (here a static file); its customer is the one sent.
  cached: {
    attributes: {
      src: './signed-in-customer.json',
      'customer-id': 'cached-visitor',
      email: 'cached.visitor@example.com',
      'default-stock-id': 'msk',
      'is-agreed-to-receive-marketing-mail': 'false',
    },
    softLinks: [],
    customData: [],
  },
};
