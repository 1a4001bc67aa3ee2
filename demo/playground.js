// The playground: a form drives the live <rr-customer> on the page, the markup it stands for
// is shown as text, and a log lists what the element queued, what the tracker received and
// what the element rejected. Everything the page shows back is the visitor's own input, and
// it is only ever put on the page as text: nothing here writes to the console.
import { StandInTracker } from './stand-in-tracker.js';
import { judgeTrackerUrl, trackerPolicy } from './tracker-url.js';

/** @typedef {'rr-soft-link' | 'rr-custom-data'} PairTag */
/** @typedef {{ name: string, value: string }} Pair */
/**
 * @typedef {object} CustomerState
 * @property {Record<string, string>} attributes attribute name → value; a missing one is absent
 * @property {Pair[]} softLinks
 * @property {Pair[]} customData
 */
/** @typedef {{ field: string, message: string }} Issue */
/** @typedef {'call' | 'queued' | 'invalid' | 'info' | 'error'} EntryKind */

/** The element's attributes, in the order the form and the markup show them. */
const ATTRIBUTES = [
  'customer-id',
  'email',
  'phone',
  'default-stock-id',
  'is-agreed-to-receive-marketing-mail',
];
const CONSENT = 'is-agreed-to-receive-marketing-mail';
const SOFT_LINK = 'rr-soft-link';
const CUSTOM_DATA = 'rr-custom-data';
/** How long typing may pause before the element is updated; `change` updates it at once. */
const TYPING_PAUSE_MS = 350;

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
const markupView = byId('markup', HTMLElement);
const log = byId('call-log', HTMLOListElement);
const logEmpty = byId('log-empty', HTMLElement);
const trackerStatus = byId('tracker-status', HTMLElement);
const rowTemplate = byId('pair-row', HTMLTemplateElement);
const live = byId('live', HTMLElement).querySelector('rr-customer');
if (!live) throw new Error('The playground has no live <rr-customer>.');
const customer = live;

/** @type {Record<PairTag, HTMLUListElement>} */
const pairLists = {
  [SOFT_LINK]: byId('soft-links', HTMLUListElement),
  [CUSTOM_DATA]: byId('custom-data', HTMLUListElement),
};

/** Each row of the form and the child element it drives. */
/** @type {Map<HTMLLIElement, Element>} */
const rowChildren = new Map();

/** @param {string} attribute */
function control(attribute) {
  const element = form.elements.namedItem(attribute);
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) {
    throw new Error(`The form has no control for ${attribute}.`);
  }
  return element;
}

// ---------------------------------------------------------------------------------------
// Form ⇄ element

/** The attributes typed into a text field; the consent attribute has a control of its own. */
const TEXT_ATTRIBUTES = ATTRIBUTES.filter((name) => name !== CONSENT);

/** Counts the changes the form made to the element, to tell whether an edit changed anything. */
let elementChanges = 0;

/**
 * Sets an attribute to `value`, or takes it away when `value` is null.
 * @param {Element} element
 * @param {string} name
 * @param {string | null} value
 */
function setExactly(element, name, value) {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
  elementChanges += 1;
}

/**
 * Sets an attribute from a text field. Emptying the field takes the attribute away; an
 * attribute that is present but empty, as a preset (or a template) prints it, stays so until
 * the field is typed in.
 * @param {Element} element
 * @param {string} name
 * @param {string} value
 */
function setFromField(element, name, value) {
  if (value === '' && !element.getAttribute(name)) return;
  setExactly(element, name, value === '' ? null : value);
}

// The consent control: a list of what templates print, from absent to free text.
const consentChoice = byId('is-agreed-to-receive-marketing-mail', HTMLSelectElement);
const consentText = byId('consent-text', HTMLInputElement);
const CONSENT_ABSENT = ':absent';
const CONSENT_EMPTY = ':empty';
const CONSENT_OTHER = ':other';

/** The consent attribute the control stands for: null when absent. */
function consentValue() {
  if (consentChoice.value === CONSENT_ABSENT) return null;
  if (consentChoice.value === CONSENT_EMPTY) return '';
  if (consentChoice.value === CONSENT_OTHER) return consentText.value;
  return consentChoice.value;
}

/** @param {string | null} value the consent attribute, null when absent */
function showConsent(value) {
  const listed =
    value !== null && !value.startsWith(':') && Array.from(consentChoice.options).some((option) => option.value === value);
  if (value === null) consentChoice.value = CONSENT_ABSENT;
  else if (value === '') consentChoice.value = CONSENT_EMPTY;
  else if (listed) consentChoice.value = value;
  else {
    consentChoice.value = CONSENT_OTHER;
    consentText.value = value;
  }
  consentText.hidden = consentChoice.value !== CONSENT_OTHER;
}

// Free text starts from a word no reading knows, which a template might well print.
consentChoice.addEventListener('change', () => {
  consentText.hidden = consentChoice.value !== CONSENT_OTHER;
  if (consentText.hidden) return;
  if (!consentText.value) consentText.value = 'subscribed';
  consentText.focus();
});

/**
 * @param {Element} element
 * @returns {CustomerState}
 */
function readElement(element) {
  /** @type {Record<string, string>} */
  const attributes = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) attributes[name] = value;
  }
  /** @param {string} tag */
  const pairs = (tag) =>
    Array.from(element.children)
      .filter((child) => child.localName === tag)
      .map((child) => ({ name: child.getAttribute('name') ?? '', value: child.getAttribute('value') ?? '' }));
  return { attributes, softLinks: pairs(SOFT_LINK), customData: pairs(CUSTOM_DATA) };
}

/**
 * Adds a row to the form and its child to the element, with both attributes written out as
 * a template writes them. Soft links are kept before the custom data so that the markup reads
 * in the same order as the form.
 * @param {PairTag} tag
 * @param {Pair} pair
 */
function addRow(tag, pair) {
  const fragment = /** @type {DocumentFragment} */ (rowTemplate.content.cloneNode(true));
  const row = fragment.querySelector('li');
  if (!row) throw new Error('The row template has no <li>.');
  row.dataset.tag = tag;
  rowInput(row, 'name').value = pair.name;
  rowInput(row, 'value').value = pair.value;

  const child = document.createElement(tag);
  child.setAttribute('name', pair.name);
  child.setAttribute('value', pair.value);
  const firstCustomData = tag === SOFT_LINK ? customer.querySelector(`:scope > ${CUSTOM_DATA}`) : null;
  customer.insertBefore(child, firstCustomData);
  elementChanges += 1;

  rowChildren.set(row, child);
  pairLists[tag].append(row);
  return row;
}

/** @param {HTMLLIElement} row */
function removeRow(row) {
  const child = rowChildren.get(row);
  row.remove();
  child?.remove();
  rowChildren.delete(row);
  elementChanges += 1;
}

/**
 * @param {Element} row
 * @param {'name' | 'value'} field
 */
function rowInput(row, field) {
  const input = row.querySelector(`input[data-field="${field}"]`);
  if (!(input instanceof HTMLInputElement)) throw new Error(`A row has no ${field} input.`);
  return input;
}

/**
 * Puts a whole state into the form and onto the element.
 * @param {CustomerState} state
 */
function loadState(state) {
  for (const name of TEXT_ATTRIBUTES) {
    const value = state.attributes[name] ?? null;
    control(name).value = value ?? '';
    setExactly(customer, name, value);
  }
  const consent = state.attributes[CONSENT] ?? null;
  showConsent(consent);
  setExactly(customer, CONSENT, consent);
  for (const row of [...rowChildren.keys()]) removeRow(row);
  // Whatever else the element held (the markup's whitespace, say) goes too.
  if (customer.childNodes.length) {
    customer.replaceChildren();
    elementChanges += 1;
  }
  for (const pair of state.softLinks) addRow(SOFT_LINK, pair);
  for (const pair of state.customData) addRow(CUSTOM_DATA, pair);
}

/** Copies the form onto the element: attributes, then each row's child. */
function applyForm() {
  for (const name of TEXT_ATTRIBUTES) setFromField(customer, name, control(name).value);
  setExactly(customer, CONSENT, consentValue());
  for (const [row, child] of rowChildren) {
    setExactly(child, 'name', rowInput(row, 'name').value);
    setExactly(child, 'value', rowInput(row, 'value').value);
  }
}

// ---------------------------------------------------------------------------------------
// Presets: what real templates print

/**
 * Typical template output to try. Each fills the form, and so the live element; the log
 * then shows what the element made of it.
 * @type {Record<string, CustomerState>}
 */
const PRESETS = {
  // A store's template for a visitor who is not signed in: the user ID is 0.
  guest: {
    attributes: { 'customer-id': '0', email: '', phone: '', 'default-stock-id': 'msk', [CONSENT]: 'N' },
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
      [CONSENT]: 'Y',
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
      [CONSENT]: '{{ customer.accepts_marketing }}',
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
      [CONSENT]: '',
    },
    softLinks: [],
    customData: [{ name: 'tier', value: 'silver' }],
  },
};

// ---------------------------------------------------------------------------------------
// What the element did with an edit

/** Counts the element's events, to tell whether an edit led to one. */
let eventCount = 0;
/**
 * The element exactly as it stood at its last call (see `snapshot`), and whether that call
 * left nothing out.
 * @type {{ state: string, complete: boolean } | undefined}
 */
let lastCall;
/**
 * The log entry of a call queued in this very task: an rr-customer-invalid that follows it
 * at once, with `sent: true`, names what that call left out.
 * @type {HTMLLIElement | undefined}
 */
let freshCall;

/** The element's attributes and children exactly as they stand; no value is read or judged. */
function snapshot() {
  return JSON.stringify([
    ATTRIBUTES.map((name) => customer.getAttribute(name)),
    Array.from(customer.children, (child) => [child.localName, child.getAttribute('name'), child.getAttribute('value')]),
  ]);
}

/** Lets mutation records, the element's update and its events run their course. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve));
  await /** @type {{ updateComplete?: Promise<unknown> }} */ (customer).updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

/**
 * After an edit the element sends, reports, or says nothing. Only its events tell which: the
 * playground does not read the input itself. When it says nothing, it either reads its input
 * as before, or the call would equal the last one sent (it sends each payload once per page).
 * The two are told apart only when the element holds exactly what it held at its last call.
 */
async function edited() {
  const before = eventCount;
  await settle();
  if (eventCount !== before || !customElements.get('rr-customer')) return;
  if (lastCall?.complete && snapshot() === lastCall.state) {
    clearFieldErrors();
    addEntry('info', 'No new call: the element holds just what it held at its last call, and it sends each payload once per page.');
  } else {
    addEntry(
      'info',
      'No new call, and no new report: the element reads its input as it did before, or the call would equal the last one sent (it sends each payload once per page).',
    );
  }
}

let typingTimer = 0;

/**
 * Makes a change from the form, and reports what came of it if it changed the element.
 * @param {() => void} apply
 */
function change(apply) {
  const before = elementChanges;
  apply();
  if (elementChanges !== before) void edited();
}

function applyNow() {
  clearTimeout(typingTimer);
  change(applyForm);
}

form.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = window.setTimeout(applyNow, TYPING_PAUSE_MS);
});
form.addEventListener('change', applyNow);
form.addEventListener('submit', (event) => event.preventDefault());

form.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button) return;
  const tag = button.dataset.add;
  const preset = button.dataset.preset;
  if (tag === SOFT_LINK || tag === CUSTOM_DATA) {
    change(() => rowInput(addRow(tag, { name: '', value: '' }), 'name').focus());
  } else if (button.dataset.action === 'remove') {
    const row = button.closest('li');
    if (row && rowChildren.has(row)) change(() => removeRow(row));
  } else if (preset) {
    const state = preset === 'example' ? example : PRESETS[preset];
    if (!state) return;
    clearTimeout(typingTimer);
    change(() => loadState(state));
  }
});

// ---------------------------------------------------------------------------------------
// Field errors

function clearFieldErrors() {
  for (const message of form.querySelectorAll('[data-error-for]')) message.textContent = '';
  for (const field of form.querySelectorAll('[data-for].has-error')) field.classList.remove('has-error');
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/** @param {readonly Issue[]} issues */
function showFieldErrors(issues) {
  clearFieldErrors();
  for (const { field, message } of issues) {
    const holder = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    if (holder) holder.textContent = holder.textContent ? `${holder.textContent} ${message}` : message;
    const box = form.querySelector(`[data-for="${CSS.escape(field)}"]`);
    box?.classList.add('has-error');
    box?.querySelector('.field > input, .field > select')?.setAttribute('aria-invalid', 'true');
  }
}

// ---------------------------------------------------------------------------------------
// The live markup, as text

/**
 * @param {string} value
 */
function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** @typedef {[text: string, token?: 'tag' | 'attr' | 'value']} Piece */

/**
 * @param {Element} element
 * @param {string[]} order the attributes to show first
 * @returns {Piece[][]} one list of pieces per attribute
 */
function attributePieces(element, order) {
  const names = element.getAttributeNames();
  names.sort((a, b) => rank(a) - rank(b));
  /** @param {string} name */
  function rank(name) {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  }
  return names.map((name) => [
    [name, 'attr'],
    ['='],
    [`"${escapeAttribute(element.getAttribute(name) ?? '')}"`, 'value'],
  ]);
}

/** @returns {Piece[]} */
function markupPieces() {
  const indent = '  ';
  /** @type {Piece[]} */
  const pieces = [];
  const attributes = attributePieces(customer, ATTRIBUTES);
  const oneLine = attributes.map((parts) => parts.map(([text]) => text).join('')).join(' ');
  pieces.push(['<rr-customer', 'tag']);
  if (attributes.length && oneLine.length <= 60) {
    for (const parts of attributes) pieces.push([' '], ...parts);
  } else {
    for (const parts of attributes) pieces.push([`\n${indent}`], ...parts);
  }
  pieces.push(['>', 'tag']);
  for (const child of customer.children) {
    pieces.push([`\n${indent}`], [`<${child.localName}`, 'tag']);
    for (const parts of attributePieces(child, ['name', 'value'])) pieces.push([' '], ...parts);
    pieces.push(['>', 'tag'], [`</${child.localName}>`, 'tag']);
  }
  if (customer.children.length) pieces.push(['\n']);
  pieces.push(['</rr-customer>', 'tag']);
  return pieces;
}

let markupText = '';

function renderMarkup() {
  const pieces = markupPieces();
  markupText = pieces.map(([text]) => text).join('');
  markupView.replaceChildren(
    ...pieces.map(([text, token]) => {
      if (!token) return document.createTextNode(text);
      const span = document.createElement('span');
      span.className = `token-${token}`;
      span.textContent = text;
      return span;
    }),
  );
}

new MutationObserver(renderMarkup).observe(customer, { attributes: true, childList: true, subtree: true });

const copyButton = byId('copy-markup', HTMLButtonElement);
copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(markupText);
    copyButton.textContent = 'Copied';
  } catch {
    getSelection()?.selectAllChildren(markupView);
    copyButton.textContent = 'Selected';
  }
  setTimeout(() => (copyButton.textContent = 'Copy'), 1500);
});

// ---------------------------------------------------------------------------------------
// The log

let entryCount = 0;

/** @type {Record<EntryKind, string>} */
const BADGES = { call: 'setCustomer', queued: 'queued', invalid: 'invalid', info: 'info', error: 'error' };

/**
 * Adds one entry at the top of the log. Text only: nothing is parsed as HTML.
 * @param {EntryKind} kind
 * @param {string} title
 * @param {Node} [body]
 * @returns {HTMLLIElement}
 */
function addEntry(kind, title, body) {
  entryCount += 1;
  const entry = document.createElement('li');
  entry.className = `entry entry-${kind}`;
  entry.dataset.kind = kind;
  entry.dataset.seq = String(entryCount);

  const heading = document.createElement('div');
  heading.className = 'entry-heading';
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = BADGES[kind];
  const text = document.createElement('span');
  text.className = 'entry-title';
  text.textContent = title;
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString([], { hour12: false });
  heading.append(badge, text, time);
  entry.append(heading);
  if (body) entry.append(body);

  log.prepend(entry);
  logEmpty.hidden = true;
  return entry;
}

/**
 * @param {unknown} payload
 * @param {string} [prefix] shown before the JSON, as in the code that makes the call
 */
function payloadBlock(payload, prefix) {
  const pre = document.createElement('pre');
  pre.className = 'code payload';
  const code = document.createElement('code');
  if (prefix) {
    const call = document.createElement('span');
    call.className = 'token-call';
    call.textContent = prefix;
    code.append(call);
  }
  const json = document.createElement('span');
  json.dataset.payload = '';
  json.textContent = JSON.stringify(payload, null, 2);
  code.append(json);
  if (prefix) code.append(')');
  pre.append(code);
  return pre;
}

byId('clear-log', HTMLButtonElement).addEventListener('click', () => {
  log.replaceChildren();
  logEmpty.hidden = false;
});

/**
 * The issues as a list: each field's name and what is wrong with it, as text. The element
 * never quotes a value in them.
 * @param {readonly Issue[]} issues
 */
function issueList(issues) {
  const list = document.createElement('ul');
  list.className = 'issues';
  for (const { field, message } of issues) {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = field;
    item.append(name, ` · ${message}`);
    list.append(item);
  }
  return list;
}

/** @param {readonly Issue[]} issues */
const fieldNames = (issues) => [...new Set(issues.map((issue) => issue.field))];

// The element's events bubble out of it, so the document hears them all.
document.addEventListener('rr-customer-send', (event) => {
  eventCount += 1;
  lastCall = { state: snapshot(), complete: true };
  clearFieldErrors();
  const details = document.createElement('details');
  details.open = !standIn;
  const summary = document.createElement('summary');
  summary.textContent = 'payload';
  details.append(summary, payloadBlock(/** @type {CustomEvent<unknown>} */ (event).detail));
  const entry = addEntry('queued', 'rr-customer-send: setCustomer queued on rrApiOnReady', details);
  // A partial send reports its left-out fields right after this event, in the same task.
  freshCall = entry;
  setTimeout(() => {
    if (freshCall === entry) freshCall = undefined;
  });
});

document.addEventListener('rr-customer-invalid', (event) => {
  eventCount += 1;
  const { issues, sent } = /** @type {CustomEvent<{ issues: readonly Issue[], sent?: boolean }>} */ (event).detail;
  showFieldErrors(issues);
  const fields = fieldNames(issues).join(', ');
  let title = 'rr-customer-invalid: nothing queued';
  if (sent && freshCall) {
    // Name the left-out fields on the call itself, too.
    const note = document.createElement('div');
    note.className = 'left-out';
    note.append('Left out of this call:', issueList(issues));
    freshCall.append(note);
    freshCall.dataset.leftOut = fieldNames(issues).join(' ');
    freshCall = undefined;
    if (lastCall) lastCall.complete = false;
    title = `rr-customer-invalid: the call just queued went out without ${fields}`;
  } else if (sent) {
    title = `rr-customer-invalid: no new call; an equal call went out earlier, without ${fields}`;
  }
  const entry = addEntry('invalid', title, issueList(issues));
  entry.dataset.fields = fieldNames(issues).join(' ');
  entry.dataset.sent = String(Boolean(sent));
});

document.addEventListener('rr-customer-error', (event) => {
  const { reason, message } = /** @type {CustomEvent<{ reason: string, message: string }>} */ (event).detail;
  const entry = addEntry('error', `rr-customer-error (${reason}): ${message}`);
  entry.dataset.reason = reason;
});

document.addEventListener('securitypolicyviolation', (event) => {
  const blocked = event.blockedURI || 'inline code';
  addEntry('error', `Blocked by the page's Content Security Policy (${event.effectiveDirective}): ${blocked}`);
});

// ---------------------------------------------------------------------------------------
// The tracker: the stand-in, or a real script named by ?tracker= (see tracker-url.js)

/** A link back to the playground with the stand-in tracker. */
function standInLink() {
  const link = document.createElement('a');
  link.href = location.pathname;
  link.textContent = 'use the stand-in';
  return link;
}

/**
 * Refuses the tracker that ?tracker= names: says so on the page and loads nothing, neither
 * that script nor the stand-in, so that the page never seems to run a tracker it does not.
 * @param {string} reason
 */
function refuseTracker(reason) {
  trackerStatus.dataset.tracker = 'refused';
  trackerStatus.replaceChildren('Tracker refused, none loaded · ', standInLink());
  addEntry('error', `?tracker= refused, and nothing loaded: ${reason}`);
}

/**
 * Loads the tracker script at `url`. Where the browser has Trusted Types, `script.src` takes
 * only what the page's policy makes, and the policy checks the URL once more.
 * @param {URL} url
 */
function loadTracker(url) {
  const script = document.createElement('script');
  try {
    const policy = trackerPolicy(window);
    script.src = policy ? /** @type {string} */ (policy.createScriptURL(url.href)) : url.href;
  } catch (error) {
    refuseTracker(error instanceof Error ? error.message : 'the page refused the script URL.');
    return;
  }
  trackerStatus.dataset.tracker = 'real';
  trackerStatus.replaceChildren(`Tracker: ${url.href} · `, standInLink());
  script.async = true;
  script.addEventListener('load', () => addEntry('info', `Tracker script loaded from ${url.href}. Its calls are not shown here.`));
  script.addEventListener('error', () => addEntry('error', `The tracker script at ${url.href} did not load.`));
  document.head.append(script);
}

/** @type {StandInTracker | undefined} */
let standIn;

function useStandIn() {
  const tracker = new StandInTracker(window, (payload) => {
    const snapshot = JSON.parse(JSON.stringify(payload));
    // The element announces the call right after queuing it: log the call after that.
    queueMicrotask(() => addEntry('call', 'received by the stand-in tracker', payloadBlock(snapshot, 'rrApi.setCustomer(')));
  });
  standIn = tracker;
  trackerStatus.textContent = 'Stand-in tracker · add ?tracker=<url> to load a real one';
  // A tracker loads after the page, as the real one does: what the element queued waits.
  window.addEventListener('load', () => {
    const queue = /** @type {{ rrApiOnReady?: unknown }} */ (/** @type {unknown} */ (window)).rrApiOnReady;
    const waiting = Array.isArray(queue) ? queue.length : 0;
    addEntry('info', `Stand-in tracker loaded; it runs the ${waiting} queued call${waiting === 1 ? '' : 's'}.`);
    tracker.load();
  });
}

const trackerParam = new URLSearchParams(location.search).get('tracker');
if (!trackerParam) {
  useStandIn();
} else {
  const verdict = judgeTrackerUrl(trackerParam, location.href);
  if (verdict.ok) loadTracker(verdict.url);
  else refuseTracker(`${trackerParam} · ${verdict.reason}`);
}

window.addEventListener('load', () => {
  if (customElements.get('rr-customer')) return;
  addEntry('error', '<rr-customer> is not defined: /dist/rr-customer.js did not load. Run npm run build (npm start does).');
});

// ---------------------------------------------------------------------------------------
// Start: the element's markup in the page is the example the form begins with.

const example = readElement(customer);
loadState(example);
renderMarkup();
