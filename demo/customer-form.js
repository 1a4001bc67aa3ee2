// The form and the live element it drives. The form is the only writer of the element, so it
// alone can count its own changes; an edit that changed nothing is not reported at all.
import { ATTRIBUTES, CONSENT, CUSTOM_DATA, HOLD, SOFT_LINK } from './customer-state.js';

/** @typedef {import('./customer-state.js').PairTag} PairTag */
/** @typedef {import('./customer-state.js').Pair} Pair */
/** @typedef {import('./customer-state.js').CustomerState} CustomerState */

/**
 * @typedef {object} FormParts
 * @property {HTMLFormElement} form
 * @property {HTMLSelectElement} consentChoice the consent control: what templates print, from absent to free text
 * @property {HTMLInputElement} consentText
 * @property {HTMLInputElement} holdToggle the checkbox that stands for the element's `hold` attribute
 * @property {HTMLTemplateElement} rowTemplate
 * @property {Record<PairTag, HTMLUListElement>} pairLists
 */
/**
 * @typedef {object} FormOptions
 * @property {Record<string, CustomerState>} presets by the name a button's data-preset gives
 * @property {() => void} onEdit told of each edit that changed the element
 */

/** The attributes typed into a text field; the consent attribute has a control of its own. */
const TEXT_ATTRIBUTES = ATTRIBUTES.filter((name) => name !== CONSENT);
/** How long typing may pause before the element is updated; `change` updates it at once. */
const TYPING_PAUSE_MS = 350;
const CONSENT_ABSENT = ':absent';
const CONSENT_EMPTY = ':empty';
const CONSENT_OTHER = ':other';

/**
 * @param {Element} row
 * @param {'name' | 'value'} field
 */
function rowInput(row, field) {
  const input = row.querySelector(`input[data-field="${field}"]`);
  if (!(input instanceof HTMLInputElement)) throw new Error(`A row has no ${field} input.`);
  return input;
}

export class CustomerForm {
  /** Counts the changes the form made to the element, to tell whether an edit changed anything. */
  #changes = 0;
  /**
   * Each row of the form and the child element it drives.
   * @type {Map<HTMLLIElement, Element>}
   */
  #rowChildren = new Map();
  #typingTimer = 0;

  /**
   * @param {FormParts} parts
   * @param {Element} customer the live element
   * @param {FormOptions} options
   */
  constructor(parts, customer, { presets, onEdit }) {
    this.parts = parts;
    this.customer = customer;
    this.onEdit = onEdit;
    const { form, consentChoice, consentText } = parts;

    // Free text starts from a word no reading knows, which a template might well print.
    consentChoice.addEventListener('change', () => {
      consentText.hidden = consentChoice.value !== CONSENT_OTHER;
      if (consentText.hidden) return;
      if (!consentText.value) consentText.value = 'subscribed';
      consentText.focus();
    });

    form.addEventListener('input', () => {
      clearTimeout(this.#typingTimer);
      this.#typingTimer = window.setTimeout(() => this.#applyNow(), TYPING_PAUSE_MS);
    });
    form.addEventListener('change', () => this.#applyNow());
    form.addEventListener('submit', (event) => event.preventDefault());

    form.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button) return;
      const tag = button.dataset.add;
      const preset = button.dataset.preset;
      if (tag === SOFT_LINK || tag === CUSTOM_DATA) {
        this.#change(() => rowInput(this.#addRow(tag, { name: '', value: '' }), 'name').focus());
      } else if (button.dataset.action === 'remove') {
        const row = button.closest('li');
        if (row && this.#rowChildren.has(row)) this.#change(() => this.#removeRow(row));
      } else if (preset) {
        const state = presets[preset];
        if (!state) return;
        clearTimeout(this.#typingTimer);
        this.#change(() => this.load(state));
      }
    });
  }

  /**
   * Puts a whole state into the form and onto the element; `hold` stays as the visitor set it.
   * @param {CustomerState} state
   */
  load(state) {
    const { customer } = this;
    for (const name of TEXT_ATTRIBUTES) {
      const value = state.attributes[name] ?? null;
      this.#control(name).value = value ?? '';
      this.#setExactly(customer, name, value);
    }
    const consent = state.attributes[CONSENT] ?? null;
    this.#showConsent(consent);
    this.#setExactly(customer, CONSENT, consent);
    for (const row of [...this.#rowChildren.keys()]) this.#removeRow(row);
    // Whatever else the element held (the markup's whitespace, say) goes too.
    if (customer.childNodes.length) {
      customer.replaceChildren();
      this.#changes += 1;
    }
    for (const pair of state.softLinks) this.#addRow(SOFT_LINK, pair);
    for (const pair of state.customData) this.#addRow(CUSTOM_DATA, pair);
  }

  /**
   * Makes a change from the form, and reports what came of it if it changed the element.
   * @param {() => void} apply
   */
  #change(apply) {
    const before = this.#changes;
    apply();
    if (this.#changes !== before) this.onEdit();
  }

  #applyNow() {
    clearTimeout(this.#typingTimer);
    this.#change(() => this.#applyForm());
  }

  /** Copies the form onto the element: attributes, then each row's child. */
  #applyForm() {
    for (const name of TEXT_ATTRIBUTES) this.#setFromField(this.customer, name, this.#control(name).value);
    this.#setExactly(this.customer, CONSENT, this.#consentValue());
    this.#setExactly(this.customer, HOLD, this.parts.holdToggle.checked ? '' : null);
    for (const [row, child] of this.#rowChildren) {
      this.#setExactly(child, 'name', rowInput(row, 'name').value);
      this.#setExactly(child, 'value', rowInput(row, 'value').value);
    }
  }

  /** @param {string} attribute */
  #control(attribute) {
    const element = this.parts.form.elements.namedItem(attribute);
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) {
      throw new Error(`The form has no control for ${attribute}.`);
    }
    return element;
  }

  /**
   * Sets an attribute to `value`, or takes it away when `value` is null.
   * @param {Element} element
   * @param {string} name
   * @param {string | null} value
   */
  #setExactly(element, name, value) {
    if (element.getAttribute(name) === value) return;
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
    this.#changes += 1;
  }

  /**
   * Sets an attribute from a text field. Emptying the field takes the attribute away; an
   * attribute that is present but empty, as a preset (or a template) prints it, stays so until
   * the field is typed in.
   * @param {Element} element
   * @param {string} name
   * @param {string} value
   */
  #setFromField(element, name, value) {
    if (value === '' && !element.getAttribute(name)) return;
    this.#setExactly(element, name, value === '' ? null : value);
  }

  /** The consent attribute the control stands for: null when absent. */
  #consentValue() {
    const { consentChoice, consentText } = this.parts;
    if (consentChoice.value === CONSENT_ABSENT) return null;
    if (consentChoice.value === CONSENT_EMPTY) return '';
    if (consentChoice.value === CONSENT_OTHER) return consentText.value;
    return consentChoice.value;
  }

  /** @param {string | null} value the consent attribute, null when absent */
  #showConsent(value) {
    const { consentChoice, consentText } = this.parts;
    const listed =
      value !== null &&
      !value.startsWith(':') &&
      Array.from(consentChoice.options).some((option) => option.value === value);
    if (value === null) consentChoice.value = CONSENT_ABSENT;
    else if (value === '') consentChoice.value = CONSENT_EMPTY;
    else if (listed) consentChoice.value = value;
    else {
      consentChoice.value = CONSENT_OTHER;
      consentText.value = value;
    }
    consentText.hidden = consentChoice.value !== CONSENT_OTHER;
  }

  /**
   * Adds a row to the form and its child to the element, with both attributes written out as
   * a template writes them. Soft links are kept before the custom data so that the markup reads
   * in the same order as the form.
   * @param {PairTag} tag
   * @param {Pair} pair
   */
  #addRow(tag, pair) {
    const fragment = /** @type {DocumentFragment} */ (this.parts.rowTemplate.content.cloneNode(true));
    const row = fragment.querySelector('li');
    if (!row) throw new Error('The row template has no <li>.');
    row.dataset.tag = tag;
    rowInput(row, 'name').value = pair.name;
    rowInput(row, 'value').value = pair.value;

    const child = document.createElement(tag);
    child.setAttribute('name', pair.name);
    child.setAttribute('value', pair.value);
    const firstCustomData = tag === SOFT_LINK ? this.customer.querySelector(`:scope > ${CUSTOM_DATA}`) : null;
    this.customer.insertBefore(child, firstCustomData);
    this.#changes += 1;

    this.#rowChildren.set(row, child);
    this.parts.pairLists[tag].append(row);
    return row;
  }

  /** @param {HTMLLIElement} row */
  #removeRow(row) {
    const child = this.#rowChildren.get(row);
    row.remove();
    child?.remove();
    this.#rowChildren.delete(row);
    this.#changes += 1;
  }
}
