import { expect } from '@esm-bundle/chai';

// The playground as a visitor meets it: /demo/index.html in a frame, loading the built
// dist/rr-customer.js and the stand-in tracker. The assertions read only what the page shows.
// Values in failure messages stay out: they would name the (example) customer.

/** Polls `predicate` until it gives a truthy value, and resolves with that value. */
async function waitFor<T>(predicate: () => T, timeoutMs = 4000, what = 'the condition'): Promise<NonNullable<T>> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = predicate();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the demo playground', function () {
  this.timeout(15000);

  let frame: HTMLIFrameElement;
  const page = () => {
    const document = frame.contentDocument;
    if (!document) throw new Error('the frame has no document');
    return document;
  };

  /** The log's entries of one kind, oldest first. */
  const entries = (kind: string) =>
    Array.from(page().querySelectorAll<HTMLLIElement>(`#call-log > li[data-kind="${kind}"]`)).sort(
      (a, b) => Number(a.dataset.seq) - Number(b.dataset.seq),
    );

  /** The payloads of the calls the stand-in tracker received, oldest first. */
  const calls = () =>
    entries('call').map((entry) => JSON.parse(entry.querySelector('[data-payload]')?.textContent ?? 'null') as Record<string, unknown>);

  /** The one element that `selector` names in the playground. */
  function find<T extends Element>(selector: string): T {
    const element = page().querySelector<T>(selector);
    if (!element) throw new Error(`the playground has no ${selector}`);
    return element;
  }

  /** Types into a control as a visitor would: the value changes, then `input`, then `change`. */
  function edit(selector: string, value: string) {
    const control = find<HTMLInputElement | HTMLSelectElement>(selector);
    const view = page().defaultView;
    if (!view) throw new Error('the frame has no window');
    control.focus();
    control.value = value;
    control.dispatchEvent(new view.Event('input', { bubbles: true }));
    control.dispatchEvent(new view.Event('change', { bubbles: true }));
  }

  before(async () => {
    frame = document.createElement('iframe');
    frame.width = '1200';
    frame.height = '900';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await loaded;
  });

  after(() => frame.remove());

  it('logs the first call the stand-in tracker receives', async () => {
    await waitFor(() => calls().length > 0, 4000, 'the first call in the log');
    const customerId = find<HTMLInputElement>('#customer-id').value;
    const [first] = calls();
    expect(first?.customerId === customerId, 'the first call names the customer in the form').to.equal(true);
    expect(entries('error'), 'error entries').to.have.length(0);
  });

  it('logs a new call with an edited email', async () => {
    await waitFor(() => calls().length > 0, 4000, 'the first call in the log');
    const before = calls().length;
    const email = 'edited.customer@example.com';

    edit('#email', email);

    const latest = await waitFor(() => calls().slice(before).at(-1), 4000, 'a new call in the log');
    expect(latest.email === email, 'the new call carries the edited email').to.equal(true);
    const markup = page().querySelector('#markup')?.textContent ?? '';
    expect(markup.includes(`email="${email}"`), 'the live markup shows the edited email').to.equal(true);
  });

  it('logs an invalid email as an error naming the field, and queues nothing', async () => {
    const callsBefore = calls().length;
    const invalidBefore = entries('invalid').length;

    edit('#email', 'not an email');

    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.fields?.split(' ')).to.include('email');
    expect(entry.textContent).to.include('email must be a valid email address');
    expect(page().querySelector('[data-error-for="email"]')?.textContent).to.include('email');
    expect(calls()).to.have.length(callsBefore);
  });

  it('sends again once the email is fixed, and clears the field error', async () => {
    const before = calls().length;
    const email = 'fixed.customer@example.com';

    edit('#email', email);

    const latest = await waitFor(() => calls().slice(before).at(-1), 4000, 'a new call in the log');
    expect(latest.email === email, 'the new call carries the fixed email').to.equal(true);
    expect(page().querySelector('[data-error-for="email"]')?.textContent).to.equal('');
  });

  it('says why nothing is sent when a fix restores the last payload sent', async () => {
    const callsBefore = calls().length;
    const email = find<HTMLInputElement>('#email').value;
    const invalidBefore = entries('invalid').length;
    edit('#email', 'still not an email');
    await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    const infoBefore = entries('info').length;

    edit('#email', email);

    const entry = await waitFor(() => entries('info')[infoBefore], 4000, 'an info entry in the log');
    expect(entry.textContent).to.include('equals the last one sent');
    expect(page().querySelector('[data-error-for="email"]')?.textContent).to.equal('');
    expect(calls()).to.have.length(callsBefore);
  });

  it('adds a soft link row as an <rr-soft-link> child and sends it', async () => {
    const before = calls().length;
    const rows = () => page().querySelectorAll('#soft-links > li');
    const rowCount = rows().length;

    find<HTMLButtonElement>('#add-soft-link').click();
    expect(rows()).to.have.length(rowCount + 1);
    edit('#soft-links > li:last-child [data-field="name"]', 'giftCard');
    edit('#soft-links > li:last-child [data-field="value"]', 'G-42');

    const latest = await waitFor(() => calls().slice(before).at(-1), 4000, 'a new call in the log');
    expect(latest.softLinks).to.deep.include({ name: 'giftCard', value: 'G-42' });
    expect(page().querySelectorAll('#live rr-customer > rr-soft-link')).to.have.length(rowCount + 1);
  });

  it('reports a consent value that is not true, false, 1 or 0', async () => {
    const invalidBefore = entries('invalid').length;

    edit('#is-agreed-to-receive-marketing-mail', 'yes');

    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.fields?.split(' ')).to.include('isAgreedToReceiveMarketingMail');
  });

  it('logs an rr-customer-error when the tracker fails a call', async () => {
    const view = page().defaultView as unknown as { rrApi: unknown };
    const realApi = view.rrApi;
    view.rrApi = {
      setCustomer() {
        throw new Error('tracker failure');
      },
    };
    try {
      const errorsBefore = entries('error').length;
      edit('#is-agreed-to-receive-marketing-mail', 'true'); // the test above left it invalid
      edit('#default-stock-id', 'spb');
      const entry = await waitFor(() => entries('error')[errorsBefore], 4000, 'an error entry in the log');
      expect(entry.dataset.reason).to.equal('api-threw');
    } finally {
      view.rrApi = realApi;
    }
  });
});
