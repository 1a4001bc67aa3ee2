// The playground: a form drives the live <rr-customer> on the page, the markup it stands for
// is shown as text, and a log lists what the element queued, what the tracker received and
// what the element rejected. Everything the page shows back is the visitor's own input, and
// it is only ever put on the page as text: no module of the playground writes to the console.
//
// This module is the one the page loads. It finds the page's parts and connects the modules,
// which take what they work on as arguments: none of them looks anything up on the page.
import { CustomerForm } from './customer-form.js';
import { CUSTOM_DATA, SOFT_LINK, readCustomerState } from './customer-state.js';
import { ElementReports } from './element-reports.js';
import { EventLog } from './event-log.js';
import { LiveMarkup } from './live-markup.js';
import { presets } from './presets.js';
import { chooseTracker } from './tracker-choice.js';

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T }} type
 * @returns {T}
 */
function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`The playground's markup has no #${id}.`);
  return element;
}

const form = byId('editor', HTMLFormElement);
const live = byId('live', HTMLElement).querySelector('rr-customer');
if (!live) throw new Error('The playground has no live <rr-customer>.');
const customer = live;

const log = new EventLog(byId('call-log', HTMLOListElement), byId('log-empty', HTMLElement));
byId('clear-log', HTMLButtonElement).addEventListener('click', () => log.clear());

const markup = new LiveMarkup(customer, byId('markup', HTMLElement), byId('copy-markup', HTMLButtonElement));

document.addEventListener('securitypolicyviolation', (event) => {
  const blocked = event.blockedURI || 'inline code';
  log.add('error', `Blocked by the page's Content Security Policy (${event.effectiveDirective}): ${blocked}`);
});

const standIn = chooseTracker(byId('tracker-status', HTMLElement), log);

const reports = new ElementReports({ customer, form, log, openPayloads: !standIn });

// Registered after the stand-in's own load listener, so that its entry comes first.
window.addEventListener('load', () => {
  if (customElements.get('rr-customer')) return;
  log.add(
    'error',
    '<rr-customer> is not defined: /dist/rr-customer.js did not load. Run npm run build (npm start does).',
  );
});

// Start: the element's markup in the page is the example the form begins with.
const example = readCustomerState(customer);
const customerForm = new CustomerForm(
  {
    form,
    consentChoice: byId('is-agreed-to-receive-marketing-mail', HTMLSelectElement),
    consentText: byId('consent-text', HTMLInputElement),
    holdToggle: byId('hold', HTMLInputElement),
    rowTemplate: byId('pair-row', HTMLTemplateElement),
    pairLists: {
      [SOFT_LINK]: byId('soft-links', HTMLUListElement),
      [CUSTOM_DATA]: byId('custom-data', HTMLUListElement),
    },
  },
  customer,
  { presets: { ...presets, example }, onEdit: () => void reports.edited() },
);
customerForm.load(example);
markup.render();
