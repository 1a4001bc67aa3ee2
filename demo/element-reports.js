// What the element did with an edit. The playground never reads or judges the input itself:
// only the element's events say what it made of it, so they are logged, and marked on the form,
// here, and an edit they did not answer is explained from them too.
import { ATTRIBUTES, HOLD } from './customer-state.js';
import { issueList, payloadBlock } from './event-log.js';

/** @typedef {import('./customer-state.js').Issue} Issue */
/** @typedef {import('./event-log.js').EventLog} EventLog */

/**
 * @typedef {object} ReportParts
 * @property {Element} customer the live element
 * @property {HTMLFormElement} form where each field's errors are shown
 * @property {EventLog} log
 * @property {boolean} openPayloads whether a queued call's payload is shown unfolded: when no
 *   stand-in tracker logs the call it received, the queued one is all there is to see
 */

/** @param {readonly Issue[]} issues */
const fieldNames = (issues) => [...new Set(issues.map((issue) => issue.field))];

/** @param {HTMLFormElement} form */
function clearFieldErrors(form) {
  for (const message of form.querySelectorAll('[data-error-for]')) message.textContent = '';
  for (const field of form.querySelectorAll('[data-for].has-error')) field.classList.remove('has-error');
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/**
 * @param {HTMLFormElement} form
 * @param {readonly Issue[]} issues
 */
function showFieldErrors(form, issues) {
  clearFieldErrors(form);
  for (const { field, message } of issues) {
    const holder = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    if (holder) holder.textContent = holder.textContent ? `${holder.textContent} ${message}` : message;
    const box = form.querySelector(`[data-for="${CSS.escape(field)}"]`);
    box?.classList.add('has-error');
    box?.querySelector('.field > input, .field > select')?.setAttribute('aria-invalid', 'true');
  }
}

export class ElementReports {
  /** Counts the element's events, to tell whether an edit led to one. */
  #eventCount = 0;
  /**
   * The element exactly as it stood at its last call (see `#snapshot`), and whether that call
   * left nothing out.
   * @type {{ state: string, complete: boolean } | undefined}
   */
  #lastCall;
  /**
   * The log entry of a call queued in this very task: an rr-customer-invalid that follows it
   * at once, with `sent: true`, names what that call left out.
   * @type {HTMLLIElement | undefined}
   */
  #freshCall;
  /** The element's `src` at the last edit, to tell an edit that asks a new source. */
  #lastSrc;
  /** Whether the element held at the last edit, to say so once when the hold begins. */
  #wasHeld;

  /** @param {ReportParts} parts */
  constructor({ customer, form, log, openPayloads }) {
    this.customer = customer;
    this.form = form;
    this.log = log;
    this.#lastSrc = customer.getAttribute('src');
    this.#wasHeld = customer.hasAttribute(HOLD);

    // The element's events bubble out of it, so the document hears them all.
    document.addEventListener('rr-customer-send', (event) => {
      this.#eventCount += 1;
      this.#lastCall = { state: this.#snapshot(), complete: true };
      clearFieldErrors(form);
      const details = document.createElement('details');
      details.open = openPayloads;
      const summary = document.createElement('summary');
      summary.textContent = 'payload';
      details.append(summary, payloadBlock(/** @type {CustomEvent<unknown>} */ (event).detail));
      const entry = log.add('queued', 'rr-customer-send: setCustomer queued on rrApiOnReady', details);
      // A partial send reports its left-out fields right after this event, in the same task.
      this.#freshCall = entry;
      setTimeout(() => {
        if (this.#freshCall === entry) this.#freshCall = undefined;
      });
    });

    document.addEventListener('rr-customer-invalid', (event) => {
      this.#eventCount += 1;
      const { issues, sent } = /** @type {CustomEvent<{ issues: readonly Issue[], sent?: boolean }>} */ (event).detail;
      showFieldErrors(form, issues);
      const fields = fieldNames(issues).join(', ');
      let title = 'rr-customer-invalid: nothing queued';
      if (!sent && customer.hasAttribute(HOLD)) title += ' (held)';
      const freshCall = this.#freshCall;
      if (sent && freshCall) {
        // Name the left-out fields on the call itself, too.
        const note = document.createElement('div');
        note.className = 'left-out';
        note.append('Left out of this call:', issueList(issues));
        freshCall.append(note);
        freshCall.dataset.leftOut = fieldNames(issues).join(' ');
        this.#freshCall = undefined;
        if (this.#lastCall) this.#lastCall.complete = false;
        title = `rr-customer-invalid: the call just queued went out without ${fields}`;
      } else if (sent) {
        title = `rr-customer-invalid: no new call; an equal call went out earlier, without ${fields}`;
      }
      const entry = log.add('invalid', title, issueList(issues));
      entry.dataset.fields = fieldNames(issues).join(' ');
      entry.dataset.sent = String(Boolean(sent));
    });

    // Any reason is logged as the element gives it: the tracker's failures, and source-failed
    // for a customer source (src) that could not give an answer.
    document.addEventListener('rr-customer-error', (event) => {
      this.#eventCount += 1;
      const { reason, message } = /** @type {CustomEvent<{ reason: string, message: string }>} */ (event).detail;
      const entry = log.add('error', `rr-customer-error (${reason}): ${message}`);
      entry.dataset.reason = reason;
    });
  }

  /**
   * After an edit the element sends, reports, or says nothing. Only its events tell which: the
   * playground does not read the input itself. When it says nothing, it either reads its input
   * as before, or the call would equal the last one sent (it sends each payload once per page).
   * The two are told apart only when the element holds exactly what it held at its last call.
   */
  async edited() {
    const before = this.#eventCount;
    const src = this.customer.getAttribute('src');
    const asksSource = Boolean(src?.trim()) && src !== this.#lastSrc;
    this.#lastSrc = src;
    const held = this.customer.hasAttribute(HOLD);
    const holdBegins = held && !this.#wasHeld;
    this.#wasHeld = held;
    // The answer comes when the network says so: the send, or the error, follows on its own,
    // and a guest's answer sends and reports nothing at all.
    if (asksSource) {
      this.log.add(
        'info',
        'Asking the customer source (src): nothing is sent until it answers; ' +
          "a guest's answer (204, 401, 403, null or {}) sends nothing.",
      );
    }
    await this.#settle();
    if (!customElements.get('rr-customer')) return;
    const answered = this.#eventCount !== before;
    // Said when the hold begins, whatever the element reported, and after each silent edit.
    if (held && (holdBegins || !answered)) {
      const entry = this.log.add(
        'info',
        'Held: nothing is sent while hold is present. Uncheck hold to send the current input once.',
      );
      entry.dataset.held = 'true';
    } else if (answered || asksSource) {
      return;
    } else if (this.customer.hasAttribute('src')) {
      this.log.add(
        'info',
        "No new call: the source's fields take the place of the markup's, " +
          'or the call would equal the last one sent (it sends each payload once per page).',
      );
    } else if (this.#lastCall?.complete && this.#snapshot() === this.#lastCall.state) {
      clearFieldErrors(this.form);
      this.log.add(
        'info',
        'No new call: the element holds just what it held at its last call, and it sends each payload once per page.',
      );
    } else {
      this.log.add(
        'info',
        'No new call, and no new report: the element reads its input as it did before, ' +
          'or the call would equal the last one sent (it sends each payload once per page).',
      );
    }
  }

  /** The element's attributes and children exactly as they stand; no value is read or judged. */
  #snapshot() {
    const { customer } = this;
    return JSON.stringify([
      [HOLD, ...ATTRIBUTES].map((name) => customer.getAttribute(name)),
      Array.from(customer.children, (child) => [
        child.localName,
        child.getAttribute('name'),
        child.getAttribute('value'),
      ]),
    ]);
  }

  /** Lets mutation records, the element's update and its events run their course. */
  async #settle() {
    await new Promise((resolve) => setTimeout(resolve));
    await /** @type {{ updateComplete?: Promise<unknown> }} */ (this.customer).updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}
