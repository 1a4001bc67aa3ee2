import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import type { CustomerInvalidDetail, CustomerPayload } from '../../src/index.js';
import { freshTracker, mount, newCustomerId, recordEvents, settle } from '../support/page.js';

/** Records console.warn for the length of a test. */
function captureWarnings(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => (console.warn = original) };
}

/** A report's issues as code and field: what listeners match on, rather than the wording. */
const codesOf = (detail: CustomerInvalidDetail | undefined) =>
  detail?.issues.map(({ code, field }) => ({ code, field }));

describe('when it sends', () => {
  it('sends at first connection, and each call fires rr-customer-send with the payload', async () => {
    const tracker = freshTracker();
    const sent = recordEvents<CustomerPayload>('rr-customer-send');
    const id = newCustomerId();
    await mount(`<rr-customer customer-id="${id}" email="a@b.co"></rr-customer>`);
    sent.stop();
    tracker.load();
    expect(sent.details).to.deep.equal([{ customerId: id, email: 'a@b.co' }]);
    expect(tracker.calls).to.deep.equal(sent.details);
  });

  it('a listener that edits the event detail does not change the queued call', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const edit = (event: Event) => {
      const detail = (event as CustomEvent<CustomerPayload>).detail;
      detail.email = 'edited@example.com';
      detail.softLinks?.push({ name: 'edited', value: 'yes' });
    };
    document.addEventListener('rr-customer-send', edit);
    await mount(
      `<rr-customer customer-id="${id}" email="a@b.co"><rr-soft-link name="a" value="1"></rr-soft-link></rr-customer>`,
    );
    document.removeEventListener('rr-customer-send', edit);
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id, email: 'a@b.co', softLinks: [{ name: 'a', value: '1' }] }]);
  });

  it('rr-customer-send bubbles out of a shadow root', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const seen: unknown[] = [];
    host.addEventListener('rr-customer-send', (event) => seen.push((event as CustomEvent).detail));
    const id = newCustomerId();
    shadow.innerHTML = `<rr-customer customer-id="${id}"></rr-customer>`;
    document.body.append(host);
    await settle();
    expect(seen).to.deep.equal([{ customerId: id }]);
  });

  it('sends again when an attribute changes, appears or goes away', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}" email="a@b.co"></rr-customer>`);
    element.setAttribute('email', 'c@d.co');
    await settle();
    element.setAttribute('phone', '71112223344');
    await settle();
    element.removeAttribute('email');
    await settle();
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id, email: 'a@b.co' },
      { customerId: id, email: 'c@d.co' },
      { customerId: id, email: 'c@d.co', phone: '71112223344' },
      { customerId: id, phone: '71112223344' },
    ]);
  });

  it('sends again when a child appears, changes or goes away', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    const link = document.createElement('rr-soft-link');
    link.name = 'card';
    link.value = '1';
    element.append(link);
    await settle();
    link.value = '2';
    await settle();
    link.setAttribute('name', 'club');
    await settle();
    const data = document.createElement('rr-custom-data');
    data.setAttribute('name', 'tier');
    data.setAttribute('value', 'gold');
    element.append(data);
    await settle();
    link.remove();
    await settle();
    data.removeAttribute('value');
    await settle();
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id },
      { customerId: id, softLinks: [{ name: 'card', value: '1' }] },
      { customerId: id, softLinks: [{ name: 'card', value: '2' }] },
      { customerId: id, softLinks: [{ name: 'club', value: '2' }] },
      { customerId: id, customData: { tier: 'gold' }, softLinks: [{ name: 'club', value: '2' }] },
      { customerId: id, customData: { tier: 'gold' } },
      { customerId: id },
    ]);
  });

  it('makes one call for many changes in one task', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    for (let i = 0; i < 20; i += 1) element.setAttribute('email', `user${i}@example.com`);
    element.phone = '+7 111 222 33 44';
    element.insertAdjacentHTML('beforeend', '<rr-soft-link name="a" value="1"></rr-soft-link>');
    element.querySelector('rr-soft-link')?.setAttribute('value', '2');
    element.defaultStockId = 'msk';
    await settle();
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id },
      {
        customerId: id,
        email: 'user19@example.com',
        phone: '+7 111 222 33 44',
        defaultStockId: 'msk',
        softLinks: [{ name: 'a', value: '2' }],
      },
    ]);
  });

  it('does not send an equal payload again on re-render, move, or remove and re-add', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = await mount(
      `<rr-customer customer-id="${id}"><rr-soft-link name="a" value="1"></rr-soft-link></rr-customer>`,
    );
    element.requestUpdate();
    await settle();
    element.setAttribute('customer-id', ` ${id} `); // the same once trimmed
    element.querySelector('rr-soft-link')?.setAttribute('value', '1');
    await settle();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await settle();
    element.remove();
    await settle();
    document.body.append(element);
    await settle();
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id, softLinks: [{ name: 'a', value: '1' }] }]);
  });

  it('a new element with the payload this page sent last sends nothing', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const first = await mount(`<rr-customer customer-id="${id}" email="a@b.co"></rr-customer>`);
    first.remove();
    await mount(`<rr-customer email="a@b.co" customer-id="${id}"></rr-customer>`);
    tracker.load();
    expect(tracker.calls).to.have.length(1);
  });

  it('a detached element sends nothing, even when it changes', async () => {
    const tracker = freshTracker();
    const sent = recordEvents('rr-customer-send');
    const element = document.createElement('rr-customer');
    element.customerId = newCustomerId();
    element.append(document.createElement('rr-soft-link'));
    await settle();
    const attached = await mount(`<rr-customer customer-id="${newCustomerId()}"></rr-customer>`);
    attached.remove(); // removed before anything about it changed
    attached.email = 'late@example.com';
    attached.insertAdjacentHTML('beforeend', '<rr-custom-data name="a" value="b"></rr-custom-data>');
    await settle();
    const removedAtOnce = document.createElement('rr-customer');
    removedAtOnce.customerId = newCustomerId();
    document.body.append(removedAtOnce);
    removedAtOnce.remove(); // in the same task: it never settled on the page
    await settle();
    sent.stop();
    tracker.load();
    expect(tracker.calls).to.have.length(1);
    expect(sent.details).to.have.length(1);
  });

  it('sends what changed while detached once it is back', async () => {
    const tracker = freshTracker();
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    element.remove();
    element.insertAdjacentHTML('beforeend', '<rr-custom-data name="a" value="b"></rr-custom-data>');
    await settle();
    document.body.append(element);
    await settle();
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id }, { customerId: id, customData: { a: 'b' } }]);
  });
});

describe('invalid input', () => {
  it('a bad customer ID queues nothing, and fires rr-customer-invalid with sent: false, bubbling and composed', async () => {
    const tracker = freshTracker();
    const warnings = captureWarnings();
    let event: CustomEvent<CustomerInvalidDetail> | undefined;
    document.addEventListener('rr-customer-invalid', (e) => (event = e as typeof event), { once: true });
    await mount(`<rr-customer email="secret-person@example.com"></rr-customer>`);
    warnings.restore();
    expect(tracker.calls).to.deep.equal([]);
    expect((window as { rrApiOnReady?: unknown[] }).rrApiOnReady ?? []).to.deep.equal([]);
    expect(event?.bubbles).to.equal(true);
    expect(event?.composed).to.equal(true);
    expect(Object.keys(event?.detail ?? {}).sort()).to.deep.equal(['issues', 'sent']);
    expect(event?.detail.sent).to.equal(false);
    expect(codesOf(event?.detail)).to.deep.equal([{ code: 'required', field: 'customerId' }]);
    expect(warnings.lines).to.deep.equal([
      '<rr-customer>: setCustomer was not queued; invalid: customerId. See the rr-customer-invalid event for details.',
    ]);
  });

  it('a bad optional field sends the rest: rr-customer-send first, then rr-customer-invalid with sent: true', async () => {
    const tracker = freshTracker();
    const warnings = captureWarnings();
    const id = newCustomerId();
    const order: string[] = [];
    const details: unknown[] = [];
    const listen = (event: Event) => {
      order.push(event.type);
      details.push((event as CustomEvent).detail);
    };
    document.addEventListener('rr-customer-send', listen);
    document.addEventListener('rr-customer-invalid', listen);
    await mount(
      `<rr-customer customer-id="${id}" email="broken" phone="71112223344"><rr-soft-link value="nameless"></rr-soft-link></rr-customer>`,
    );
    document.removeEventListener('rr-customer-send', listen);
    document.removeEventListener('rr-customer-invalid', listen);
    warnings.restore();
    tracker.load();
    expect(order).to.deep.equal(['rr-customer-send', 'rr-customer-invalid']);
    expect(details[0]).to.deep.equal({ customerId: id, phone: '71112223344' });
    const invalidDetail = details[1] as CustomerInvalidDetail;
    expect(invalidDetail.sent).to.equal(true);
    expect(codesOf(invalidDetail)).to.deep.equal([
      { code: 'invalid-email', field: 'email' },
      { code: 'pair-without-name', field: 'softLinks' },
    ]);
    expect(tracker.calls).to.deep.equal([{ customerId: id, phone: '71112223344' }]);
    expect(warnings.lines).to.deep.equal([
      '<rr-customer>: setCustomer was queued without the invalid email, softLinks. See the rr-customer-invalid event for details.',
    ]);
  });

  it('warns once per distinct invalid input, naming fields but never values', async () => {
    freshTracker();
    const warnings = captureWarnings();
    const secretEmail = 'hidden.person-at-example';
    const secretPhone = '+7 999 CALL ME';
    const secretId = newCustomerId();
    const element = await mount(
      `<rr-customer customer-id="${secretId}" email="${secretEmail}" phone="${secretPhone}"></rr-customer>`,
    );
    element.requestUpdate();
    element.setAttribute('email', ` ${secretEmail} `);
    await settle();
    await mount(`<rr-customer customer-id="${secretId}" email="${secretEmail}" phone="${secretPhone}"></rr-customer>`);
    element.setAttribute('email', 'other-at-example');
    await settle();
    element.setAttribute('email', secretEmail); // seen before, though not last
    await settle();
    // The same broken fields without the customer ID: a new input, and now nothing is queued.
    element.removeAttribute('customer-id');
    await settle();
    warnings.restore();
    expect(warnings.lines).to.have.length(3);
    for (const line of warnings.lines) {
      expect(line).to.contain('email').and.to.contain('phone');
      for (const secret of [secretEmail, secretPhone, secretId, 'other-at-example', '999'])
        expect(line).not.to.contain(secret);
    }
    expect(
      warnings.lines.slice(0, 2).every((line) => line.includes('was queued without the invalid email, phone')),
    ).to.equal(true);
    expect(warnings.lines[2]).to.contain('was not queued; invalid: customerId, email, phone');
  });

  it('sends once a blocking problem is fixed, unless that payload was the last one sent', async () => {
    const tracker = freshTracker();
    const warnings = captureWarnings();
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}" email="a@b.co"></rr-customer>`);
    element.isAgreedToReceiveMarketingMail = 'maybe';
    await settle();
    element.isAgreedToReceiveMarketingMail = undefined; // fixed back to what was sent last
    await settle();
    element.isAgreedToReceiveMarketingMail = 'perhaps';
    await settle();
    element.isAgreedToReceiveMarketingMail = 'yes';
    await settle();
    warnings.restore();
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id, email: 'a@b.co' },
      { customerId: id, email: 'a@b.co', isAgreedToReceiveMarketingMail: true },
    ]);
  });

  it('dedupes by the payload actually sent: a second bad value of a field left out sends nothing new', async () => {
    const tracker = freshTracker();
    const warnings = captureWarnings();
    const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
    const id = newCustomerId();
    const element = await mount(`<rr-customer customer-id="${id}" email="a@b.co"></rr-customer>`);
    element.email = 'broken';
    await settle();
    element.email = 'also broken'; // another input, but the same valid rest as the call just made
    await settle();
    element.email = 'a@b.co';
    await settle();
    warnings.restore();
    invalid.stop();
    tracker.load();
    expect(tracker.calls).to.deep.equal([
      { customerId: id, email: 'a@b.co' },
      { customerId: id },
      { customerId: id, email: 'a@b.co' },
    ]);
    expect(invalid.details.map((detail) => [detail.sent, detail.issues.map((issue) => issue.field)])).to.deep.equal([
      [true, ['email']],
      [true, ['email']],
    ]);
  });

  it('a new element whose valid rest the page sent last reports its issues with sent: true, and sends nothing', async () => {
    const tracker = freshTracker();
    const warnings = captureWarnings();
    const id = newCustomerId();
    const first = await mount(`<rr-customer customer-id="${id}"></rr-customer>`);
    first.remove();
    const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
    await mount(`<rr-customer customer-id="${id}" phone="12"></rr-customer>`);
    invalid.stop();
    warnings.restore();
    tracker.load();
    expect(tracker.calls).to.deep.equal([{ customerId: id }]);
    expect(invalid.details.map((detail) => [detail.sent, codesOf(detail)])).to.deep.equal([
      [true, [{ code: 'invalid-phone', field: 'phone' }]],
    ]);
  });

  it('fires rr-customer-invalid for each change that leaves the input invalid', async () => {
    freshTracker();
    const warnings = captureWarnings();
    const invalid = recordEvents('rr-customer-invalid');
    const element = await mount(`<rr-customer email="x"></rr-customer>`);
    element.email = 'y';
    await settle();
    element.requestUpdate(); // nothing changed: nothing to report
    await settle();
    element.customerId = 'guest';
    await settle();
    element.customerId = ' guest '; // another text, but the same value once read
    await settle();
    invalid.stop();
    warnings.restore();
    expect(invalid.details).to.have.length(3);
  });
});
