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
    entries('call').map(
      (entry) => JSON.parse(entry.querySelector('[data-payload]')?.textContent ?? 'null') as Record<string, unknown>,
    );

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

  /** Clicks one of the playground's presets. */
  const preset = (name: string) => find<HTMLButtonElement>(`[data-preset="${name}"]`).click();
  const liveElement = () => find<HTMLElement>('#live rr-customer');
  const markup = () => page().querySelector('#markup')?.textContent ?? '';

  /** Lets the page finish what an earlier edit started, so that its entries are in. */
  const settleLog = () => new Promise((resolve) => setTimeout(resolve, 100));

  /** Compares data without printing it. */
  function expectSame(actual: unknown, expected: unknown, what: string) {
    expect(JSON.stringify(actual) === JSON.stringify(expected), `${what} as expected`).to.equal(true);
  }

  /** Everything the page writes to its console, as text: the element's warnings, say. */
  const consoleLines: string[] = [];

  before(async () => {
    frame = document.createElement('iframe');
    frame.width = '1200';
    frame.height = '900';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    await loaded;
    // Every edit below comes after the load, so the console is watched from here on.
    const view = frame.contentWindow as (Window & typeof globalThis) | null;
    if (!view) throw new Error('the frame has no window');
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      view.console[method] = (...args: unknown[]) => void consoleLines.push(args.map(String).join(' '));
    }
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

  it('sends the rest without an invalid email, and names the left-out field on the call', async () => {
    const callsBefore = calls().length;
    const queuedBefore = entries('queued').length;
    const invalidBefore = entries('invalid').length;

    edit('#email', 'not an email');

    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.fields?.split(' ')).to.include('email');
    expect(entry.dataset.sent).to.equal('true');
    expect(entry.textContent).to.include('email must be a valid email address');
    expect(entry.textContent).to.include('went out without email');
    expect(entry.textContent).not.to.include('nothing queued');
    const queued = entries('queued')[queuedBefore];
    expect(queued?.dataset.leftOut?.split(' '), 'the fields the call left out').to.deep.equal(['email']);
    expect(queued?.querySelector('.left-out')?.textContent).to.include('email must be a valid email address');
    const latest = await waitFor(() => calls()[callsBefore], 4000, 'a new call in the log');
    expect(latest, 'the new call').not.to.have.property('email');
    expect(latest).to.have.property('customerId');
    expect(page().querySelector('[data-error-for="email"]')?.textContent).to.include('email');
  });

  it('sends again once the email is fixed, and clears the field error', async () => {
    const before = calls().length;
    const email = 'fixed.customer@example.com';

    edit('#email', email);

    const latest = await waitFor(() => calls().slice(before).at(-1), 4000, 'a new call in the log');
    expect(latest.email === email, 'the new call carries the fixed email').to.equal(true);
    expect(page().querySelector('[data-error-for="email"]')?.textContent).to.equal('');
  });

  it('says "nothing queued" for a guest ID, and "no new call" when the fix restores the last call', async () => {
    const callsBefore = calls().length;
    const customerId = find<HTMLInputElement>('#customer-id').value;
    const invalidBefore = entries('invalid').length;
    edit('#customer-id', 'guest');
    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.sent).to.equal('false');
    expect(entry.dataset.fields).to.equal('customerId');
    expect(entry.querySelector('.entry-title')?.textContent).to.include('nothing queued');
    expect(page().querySelector('[data-error-for="customerId"]')?.textContent).to.include('customerId');
    const infoBefore = entries('info').length;

    edit('#customer-id', customerId);

    const info = await waitFor(() => entries('info')[infoBefore], 4000, 'an info entry in the log');
    expect(info.textContent).to.include('No new call');
    expect(info.textContent).to.include('at its last call');
    expect(page().querySelector('[data-error-for="customerId"]')?.textContent).to.equal('');
    expect(calls()).to.have.length(callsBefore);
  });

  it('says "no new call" when an edit changes nothing the element reads, from its events alone', async () => {
    await settleLog();
    const callsBefore = calls().length;
    const invalidBefore = entries('invalid').length;
    const infoBefore = entries('info').length;

    find<HTMLButtonElement>('#add-custom-data').click(); // a row with no value yet

    const info = await waitFor(() => entries('info')[infoBefore], 4000, 'an info entry in the log');
    expect(info.textContent).to.include('No new call, and no new report');
    find<HTMLButtonElement>('#custom-data > li:last-child [data-action="remove"]').click();
    const back = await waitFor(() => entries('info')[infoBefore + 1], 4000, 'a second info entry in the log');
    expect(back.textContent).to.include('at its last call');
    expect(calls()).to.have.length(callsBefore);
    expect(entries('invalid')).to.have.length(invalidBefore);
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

  it('loads the guest preset into the form and the element: customer-id 0, nothing queued', async () => {
    await settleLog();
    const callsBefore = calls().length;
    const invalidBefore = entries('invalid').length;

    preset('guest');

    expect(find<HTMLInputElement>('#customer-id').value).to.equal('0');
    expect(find<HTMLSelectElement>('#is-agreed-to-receive-marketing-mail').value).to.equal('N');
    expect(liveElement().getAttribute('customer-id')).to.equal('0');
    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.sent).to.equal('false');
    expect(entry.dataset.fields).to.equal('customerId');
    expect(entry.querySelector('.entry-title')?.textContent).to.include('nothing queued');
    expect(entry.textContent).to.include('identifies no one');
    await settleLog();
    expect(calls()).to.have.length(callsBefore);
  });

  it('loads the 1C-Bitrix preset: Y reads as consent, the empty phone is left out, and nothing is invalid', async () => {
    const callsBefore = calls().length;
    const invalidBefore = entries('invalid').length;

    preset('bitrix');

    const latest = await waitFor(() => calls()[callsBefore], 4000, 'a new call in the log');
    expect(latest.isAgreedToReceiveMarketingMail).to.equal(true);
    expect(latest, 'the call').not.to.have.property('phone');
    expect(latest, 'the call').not.to.have.property('softLinks');
    expectSame(latest.customData, { UF_VIP: 'N', city: 'Moscow' }, 'the custom data');
    expect(liveElement().getAttribute('phone'), 'the element keeps the empty phone attribute').to.equal('');
    expect(markup()).to.include('is-agreed-to-receive-marketing-mail="Y"');
    await settleLog();
    expect(entries('invalid')).to.have.length(invalidBefore);
  });

  it('reads each consent value the control offers: empty, absent, N, Y, and free text', async () => {
    const consent = '#is-agreed-to-receive-marketing-mail';
    const sendAfter = async (choice: string, what: string) => {
      const before = calls().length;
      edit(consent, choice);
      return waitFor(() => calls()[before], 4000, `a call after ${what}`);
    };

    expect((await sendAfter(':empty', 'the empty attribute')).isAgreedToReceiveMarketingMail).to.equal(false);
    expect(liveElement().getAttribute('is-agreed-to-receive-marketing-mail')).to.equal('');
    expect(await sendAfter(':absent', 'no attribute'), 'the call').not.to.have.property(
      'isAgreedToReceiveMarketingMail',
    );
    expect(liveElement().hasAttribute('is-agreed-to-receive-marketing-mail')).to.equal(false);
    expect((await sendAfter('Y', 'Y')).isAgreedToReceiveMarketingMail).to.equal(true);
    expect((await sendAfter('N', 'N')).isAgreedToReceiveMarketingMail).to.equal(false);

    const callsBefore = calls().length;
    const invalidBefore = entries('invalid').length;
    edit(consent, ':other');
    expect(find<HTMLInputElement>('#consent-text').hidden, 'the free text field is hidden').to.equal(false);
    edit('#consent-text', 'maybe');
    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.fields?.split(' ')).to.include('isAgreedToReceiveMarketingMail');
    expect(entry.dataset.sent).to.equal('false');
    expect(liveElement().getAttribute('is-agreed-to-receive-marketing-mail')).to.equal('maybe');
    await settleLog();
    expect(calls()).to.have.length(callsBefore);
  });

  it('loads the unrendered template preset: its tags are refused, and nothing is queued', async () => {
    await settleLog();
    const callsBefore = calls().length;
    const invalidBefore = entries('invalid').length;

    preset('unrendered');

    expect(find<HTMLInputElement>('#customer-id').value).to.equal('{{ customer.id }}');
    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.sent).to.equal('false');
    expect(entry.dataset.fields?.split(' ')).to.include.members(['customerId', 'email', 'phone', 'customData']);
    expect(entry.textContent).to.include('template tag');
    expect(entry.querySelector('.entry-title')?.textContent).to.include('nothing queued');
    await settleLog();
    expect(calls()).to.have.length(callsBefore);
  });

  it('loads the half-rendered preset: the call goes out without the email, and the log says so', async () => {
    const callsBefore = calls().length;
    const queuedBefore = entries('queued').length;
    const invalidBefore = entries('invalid').length;

    preset('partial');

    const latest = await waitFor(() => calls()[callsBefore], 4000, 'a new call in the log');
    expect(latest.customerId).to.equal('5821');
    expect(latest.isAgreedToReceiveMarketingMail, 'empty consent').to.equal(false);
    expect(latest, 'the call').not.to.have.property('email');
    expect(latest, 'the call, phone None').not.to.have.property('phone');
    const queued = entries('queued')[queuedBefore];
    expect(queued?.dataset.leftOut).to.equal('email');
    expect(queued?.querySelector('.left-out')?.textContent).to.include('email holds a template tag');
    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.sent).to.equal('true');
    expect(entry.querySelector('.entry-title')?.textContent).to.include('without email');
    expect(page().querySelector('[data-error-for="email"]')?.textContent).to.include('template tag');
  });

  it('says "no new call" when another bad email leaves the same call, sent earlier without it', async () => {
    await settleLog();
    const callsBefore = calls().length;
    const queuedBefore = entries('queued').length;
    const invalidBefore = entries('invalid').length;

    edit('#email', '${user.email}');

    const entry = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(entry.dataset.sent).to.equal('true');
    expect(entry.querySelector('.entry-title')?.textContent).to.include(
      'no new call; an equal call went out earlier, without email',
    );
    await settleLog();
    expect(calls()).to.have.length(callsBefore);
    expect(entries('queued')).to.have.length(queuedBefore);
  });

  it('writes nothing of the presets to the console', () => {
    const values = ['1734', 'ivan.petrov@example.com', '5821', 'Moscow'];
    const leaked = consoleLines.filter((line) => values.some((value) => line.includes(value)));
    expect(leaked.length, 'console lines that hold a preset value').to.equal(0);
    expect(consoleLines.length, 'console lines, all from the element').to.be.at.least(1);
    expect(
      consoleLines.every((line) => line.startsWith('<rr-customer>:')),
      'only the element writes to the console',
    ).to.equal(true);
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
      // A new call, whatever the tests above left in the form.
      edit('#is-agreed-to-receive-marketing-mail', 'true');
      edit('#default-stock-id', 'kzn');
      const entry = await waitFor(() => entries('error')[errorsBefore], 4000, 'an error entry in the log');
      expect(entry.dataset.reason).to.equal('api-threw');
    } finally {
      view.rrApi = realApi;
    }
  });

  /** Checks or unchecks the hold toggle as a visitor would. */
  function toggleHold(checked: boolean) {
    const toggle = find<HTMLInputElement>('#hold');
    const view = page().defaultView;
    if (!view) throw new Error('the frame has no window');
    toggle.checked = checked;
    toggle.dispatchEvent(new view.Event('input', { bubbles: true }));
    toggle.dispatchEvent(new view.Event('change', { bubbles: true }));
  }

  /** Whether the live markup, which follows the element a moment later, shows the hold attribute. */
  const markupHolds = () => /(<rr-customer|\s)hold[\s>]/.test(markup());

  const heldEntries = () => entries('info').filter((entry) => entry.dataset.held === 'true');

  it('sends nothing while held, reports problems with sent: false, and sends once on release', async () => {
    const callsBefore = calls().length;
    const queuedBefore = entries('queued').length;
    const heldBefore = heldEntries().length;

    toggleHold(true);

    expect(liveElement().hasAttribute('hold'), 'the element holds').to.equal(true);
    await waitFor(markupHolds, 4000, 'hold in the live markup');
    await waitFor(() => heldEntries()[heldBefore], 4000, 'a held entry in the log');

    const invalidBefore = entries('invalid').length;
    edit('#email', 'held but not an email');
    const invalid = await waitFor(() => entries('invalid')[invalidBefore], 4000, 'an invalid entry in the log');
    expect(invalid.dataset.sent, 'sent while held').to.equal('false');
    expect(invalid.querySelector('.entry-title')?.textContent).to.include('(held)');

    const email = 'held.customer@example.com';
    edit('#email', email);
    await waitFor(() => heldEntries()[heldBefore + 1], 4000, 'a second held entry in the log');
    expect(calls(), 'calls while held').to.have.length(callsBefore);
    expect(entries('queued'), 'queued calls while held').to.have.length(queuedBefore);

    toggleHold(false);

    expect(liveElement().hasAttribute('hold'), 'the element still holds').to.equal(false);
    await waitFor(() => !markupHolds(), 4000, 'no hold in the live markup');
    const released = await waitFor(() => calls()[callsBefore], 4000, 'the call on release');
    expect(released.email === email, 'the released call carries the input edited while held').to.equal(true);
    // A later edit's call comes next: the release sent just one.
    edit('#default-stock-id', 'after-release');
    const next = await waitFor(() => calls()[callsBefore + 1], 4000, 'the call after the release');
    expect(next.defaultStockId).to.equal('after-release');
    expect(calls(), 'calls since the hold').to.have.length(callsBefore + 2);
    expect(entries('queued'), 'queued calls since the hold').to.have.length(queuedBefore + 2);
  });

  it("loads the cached-page preset: the source's customer is sent, never the cached markup's", async () => {
    const source = (await (await fetch('/demo/signed-in-customer.json')).json()) as Record<string, unknown>;
    const callsBefore = calls().length;
    const errorsBefore = entries('error').length;

    preset('cached');

    expect(find<HTMLInputElement>('#src').value).to.equal('./signed-in-customer.json');
    expect(liveElement().getAttribute('customer-id')).to.equal('cached-visitor');
    const sent = await waitFor(() => calls()[callsBefore], 4000, "the source's call in the log");
    expect(markup()).to.include('src="./signed-in-customer.json"');
    expect(sent.customerId === source.customerId, "the call names the source's customer").to.equal(true);
    expect(sent.email === source.email, "the call carries the source's email").to.equal(true);
    expect(sent.isAgreedToReceiveMarketingMail).to.equal(source.isAgreedToReceiveMarketingMail);
    expect(sent.defaultStockId, 'a field the source does not give comes from the markup').to.equal('msk');
    expect(
      calls().some((call) => call.customerId === 'cached-visitor'),
      'a call names the cached customer',
    ).to.equal(false);
    expect(entries('error'), 'error entries').to.have.length(errorsBefore);

    // Cleared, the field takes the source away: the markup is all the element has.
    edit('#src', '');
    expect(liveElement().hasAttribute('src'), 'the element keeps src').to.equal(false);
    const fromMarkup = await waitFor(() => calls()[callsBefore + 1], 4000, "the markup's call in the log");
    expect(fromMarkup.customerId).to.equal('cached-visitor');
  });

  it('logs rr-customer-error with source-failed when the source cannot answer', async () => {
    const callsBefore = calls().length;
    const errorsBefore = entries('error').length;

    // A page, not an endpoint: the answer is no JSON.
    edit('#src', './index.html');

    const entry = await waitFor(() => entries('error')[errorsBefore], 4000, 'an error entry in the log');
    expect(entry.dataset.reason).to.equal('source-failed');
    expect(entry.textContent).to.include('source-failed');
    expect(entry.textContent).to.include('not JSON');
    expect(calls(), 'calls after the failure').to.have.length(callsBefore);
    edit('#src', '');
  });
});

describe("the playground's ?tracker=", function () {
  this.timeout(15000);

  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  type DemoWindow = Window &
    typeof globalThis & {
      rrApi?: unknown;
      rrApiOnReady?: unknown;
      demoTracker?: { loads: number; calls: number };
      trustedTypes?: { createPolicy(name: string, rules: object): unknown };
    };

  /** Opens the playground with `?tracker=<value>` and resolves once its load event has passed. */
  async function openDemo(tracker: string): Promise<DemoWindow> {
    const frame = document.createElement('iframe');
    frames.push(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/demo/index.html?${new URLSearchParams({ tracker })}`;
    document.body.append(frame);
    await loaded;
    const view = frame.contentWindow as DemoWindow | null;
    if (!view) throw new Error('the frame has no window');
    return view;
  }

  const logEntries = (view: DemoWindow, kind: string) =>
    Array.from(view.document.querySelectorAll<HTMLLIElement>(`#call-log > li[data-kind="${kind}"]`));

  const base = 'http://localhost:8000/demo/index.html?tracker=x';

  it("accepts Retail Rocket's hosts over https and paths on the page's own origin", async () => {
    const { judgeTrackerUrl } = await import('../../demo/tracker-url.js');
    const accepted = [
      'https://cdn.retailrocket.net/content/javascript/tracking.js',
      'https://cdn.retailrocket.ru/content/javascript/tracking.js',
      'https://retailrocket.ru/x.js',
      'https://retailrocket.net/x.js',
      'https://a.b.retailrocket.ru/x.js',
      'https://CDN.RetailRocket.NET/x.js',
      'https://cdn.retailrocket.net:443/x.js',
      '/test/fixtures/demo-tracker.js',
      'tracker.js',
      '../dist/x.js',
      'http://localhost:8000/x.js',
    ];
    const refused = accepted.filter((value) => !judgeTrackerUrl(value, base).ok);
    expect(refused, 'refused of the allowed URLs').to.deep.equal([]);
  });

  it('refuses every other host, scheme, port and user-info trick', async () => {
    const { judgeTrackerUrl } = await import('../../demo/tracker-url.js');
    const refusedValues = [
      'https://any.host/x.js',
      '//evil.example/x.js',
      '/\\evil.example/x.js',
      '\\\\evil.example/x.js',
      '/\\/evil.example/x.js',
      'https:evil.example/x.js',
      'https://retailrocket.ru.evil.example/x.js',
      'https://cdn.retailrocket.net.evil.example/x.js',
      'https://evilretailrocket.ru/x.js',
      'https://retailrocket.com/x.js',
      'http://cdn.retailrocket.net/x.js',
      'http://retailrocket.ru/x.js',
      'https://cdn.retailrocket.net:8443/x.js',
      'https://retailrocket.ru@evil.example/x.js',
      'https://cdn.retailrocket.net:443@evil.example/x.js',
      'https://evil.example\\@cdn.retailrocket.net/x.js',
      'https://evil.example#@cdn.retailrocket.net/x.js',
      'https://user:pass@cdn.retailrocket.net/x.js',
      'http://localhost:8000@evil.example/x.js',
      'http://user@localhost:8000/x.js',
      'http://localhost:8001/x.js',
      'https://localhost:8000/x.js',
      'http://127.0.0.1:8000/x.js',
      'javascript:alert(1)',
      'data:text/javascript,alert(1)',
      'blob:http://localhost:8000/0b3f5d0e-0000-4000-8000-000000000000',
      'ftp://cdn.retailrocket.net/x.js',
      'http://[::1]:8000/x.js',
    ];
    const accepted = refusedValues.filter((value) => judgeTrackerUrl(value, base).ok);
    expect(accepted, 'accepted of the refused URLs').to.deep.equal([]);
    // A page on no origin (file:) has no same-origin path either.
    expect(judgeTrackerUrl('x.js', 'file:///demo/index.html').ok).to.equal(false);
  });

  const refusedOnPage = [
    'https://any.host/x.js',
    '//evil.example/x.js',
    '/\\evil.example/x.js',
    'https://retailrocket.ru.evil.example/x.js',
    'http://cdn.retailrocket.net/x.js',
    'https://retailrocket.ru@evil.example/x.js',
  ];
  for (const value of refusedOnPage) {
    it(`says on the page that it refused ${value}, and loads nothing`, async () => {
      const view = await openDemo(value);
      const status = view.document.querySelector<HTMLElement>('#tracker-status');
      expect(status?.dataset.tracker).to.equal('refused');
      expect(status?.textContent).to.include('refused');
      const [entry, ...more] = logEntries(view, 'error');
      expect(more, 'further error entries').to.have.length(0);
      expect(entry?.textContent).to.include('?tracker= refused, and nothing loaded');

      // The test server adds its own web socket script to each page it serves.
      const scripts = Array.from(view.document.scripts, (script) => new URL(script.src, view.location.href).pathname);
      const ours = scripts.filter((path) => !path.startsWith('/__web-dev-server__'));
      expect(ours, 'the scripts on the page').to.deep.equal(['/demo/playground.js', '/dist/rr-customer.js']);
      const foreign = view.performance
        .getEntriesByType('resource')
        .map((timing) => new URL(timing.name))
        .filter((url) => url.origin !== view.location.origin);
      expect(
        foreign.map((url) => url.host),
        'resources fetched from other origins',
      ).to.deep.equal([]);
      // Not the stand-in either: the element's call waits in the queue, as it would for a tracker.
      expect(view.rrApi, 'rrApi').to.equal(undefined);
      await waitFor(() => Array.isArray(view.rrApiOnReady) && view.rrApiOnReady.length > 0, 4000, 'a queued call');
    });
  }

  it('loads a tracker from its own origin through its Trusted Types policy', async () => {
    const view = await openDemo('/test/fixtures/demo-tracker.js');
    await waitFor(() => view.demoTracker && view.demoTracker.calls > 0, 4000, 'the tracker to receive a call');
    expect(view.demoTracker?.loads, 'tracker loads').to.equal(1);
    expect(view.document.querySelector<HTMLElement>('#tracker-status')?.dataset.tracker).to.equal('real');
    await waitFor(
      () => logEntries(view, 'info').some((entry) => entry.textContent?.includes('Tracker script loaded')),
      4000,
      'the load in the log',
    );
    expect(
      logEntries(view, 'error').map((entry) => entry.textContent),
      'error entries',
    ).to.deep.equal([]);

    // Trusted Types are enforced: a plain string is no script URL, and no other policy may be made.
    let plainString: unknown;
    try {
      view.document.createElement('script').src = '/test/fixtures/demo-tracker.js';
    } catch (error) {
      plainString = error;
    }
    expect((plainString as Error | undefined)?.name, 'setting script.src from a string').to.equal('TypeError');
    let otherPolicy: unknown;
    try {
      view.trustedTypes?.createPolicy('another-policy', {});
    } catch (error) {
      otherPolicy = error;
    }
    expect((otherPolicy as Error | undefined)?.name, 'making another policy').to.equal('TypeError');
  });

  it("has a CSP that allows scripts only from its own origin and Retail Rocket's hosts, with Trusted Types", async () => {
    const view = await openDemo('');
    const meta = view.document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const directives = new Map(
      (meta?.getAttribute('content') ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name = '', ...values]) => [name, values]),
    );
    const rr = [
      'https://retailrocket.ru',
      'https://*.retailrocket.ru',
      'https://retailrocket.net',
      'https://*.retailrocket.net',
    ];
    expect(directives.get('script-src')).to.have.members(["'self'", ...rr]);
    for (const name of ['img-src', 'connect-src']) {
      for (const source of directives.get(name) ?? []) {
        expect(["'self'", 'data:', ...rr], `${name} ${source}`).to.include(source);
      }
    }
    expect(directives.get('default-src')).to.deep.equal(["'self'"]);
    expect(directives.get('require-trusted-types-for')).to.deep.equal(["'script'"]);
    expect(directives.get('trusted-types')).to.deep.equal(['rr-demo-tracker']);
    // The stand-in runs on a page with no ?tracker=, under that policy, with nothing blocked.
    await waitFor(() => view.document.querySelector('#call-log > li[data-kind="call"]'), 4000, 'a call in the log');
    expect(logEntries(view, 'error'), 'error entries').to.have.length(0);
  });
});
