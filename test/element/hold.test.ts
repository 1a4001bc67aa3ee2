import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { newCustomerId } from '../support/page.js';
import { answering, observeEachTest, place } from '../support/source-test-helpers.js';

describe('hold: a gate for consent managers', () => {
  const observed = observeEachTest();
  let seen: ReturnType<typeof observed>;
  beforeEach(() => {
    seen = observed();
  });

  it('while present, nothing reaches rr-customer-send or the queue', async () => {
    const element = place(`<rr-customer hold customer-id="${newCustomerId()}" email="anna@example.com"></rr-customer>`);
    await element.updateComplete;
    expect(element.hold).to.equal(true);
    expect(seen.sends).to.deep.equal([]);
    expect((window as { rrApiOnReady?: unknown }).rrApiOnReady).to.satisfy(
      (queue: unknown) => !Array.isArray(queue) || queue.length === 0,
    );
    expect(seen.tracker.calls).to.deep.equal([]);
  });

  it('issues are still reported while held, with sent: false', async () => {
    const element = place(`<rr-customer hold customer-id="${newCustomerId()}" phone="not a phone"></rr-customer>`);
    await element.updateComplete;
    expect(seen.invalid).to.have.length(1);
    expect(seen.invalid[0]?.sent).to.equal(false);
    expect(seen.invalid[0]?.issues.map(({ code, field }) => [code, field])).to.deep.equal([['invalid-phone', 'phone']]);
    expect(seen.tracker.calls).to.deep.equal([]);
  });

  it('once removed, the current input is sent once; holding and releasing again sends nothing more', async () => {
    const id = newCustomerId();
    const element = place(`<rr-customer hold customer-id="${id}"></rr-customer>`);
    await element.updateComplete;
    element.removeAttribute('hold');
    await element.updateComplete;
    expect(seen.tracker.calls).to.deep.equal([{ customerId: id }]);
    element.hold = true;
    await element.updateComplete;
    element.hold = false;
    await element.updateComplete;
    expect(seen.tracker.calls).to.deep.equal([{ customerId: id }]);
    expect(seen.sends).to.deep.equal([{ customerId: id }]);
  });

  it('a change made while held is sent as the latest data, and only it', async () => {
    const element = place(`<rr-customer hold customer-id="${newCustomerId()}"></rr-customer>`);
    await element.updateComplete;
    const latest = newCustomerId();
    element.customerId = newCustomerId();
    await element.updateComplete;
    element.customerId = latest;
    element.email = 'anna@example.com';
    await element.updateComplete;
    expect(seen.tracker.calls).to.deep.equal([]);
    element.hold = false;
    await element.updateComplete;
    expect(seen.tracker.calls).to.deep.equal([{ customerId: latest, email: 'anna@example.com' }]);
  });

  it('released with issues, the rest is sent and rr-customer-invalid says so with sent: true', async () => {
    const id = newCustomerId();
    const element = place(`<rr-customer hold customer-id="${id}" phone="not a phone"></rr-customer>`);
    await element.updateComplete;
    element.hold = false;
    await element.updateComplete;
    expect(seen.tracker.calls).to.deep.equal([{ customerId: id }]);
    expect(seen.invalid.map(({ sent }) => sent)).to.deep.equal([false, true]);
    expect(seen.warnings, 'the console warns once for one input').to.have.length(1);
  });

  it('holds the customer from a source as well, and sends it once released', async () => {
    const id = newCustomerId();
    const element = place(`<rr-customer hold src="${answering({ customerId: id })}"></rr-customer>`);
    await element.refresh();
    expect(seen.tracker.calls).to.deep.equal([]);
    element.hold = false;
    await element.updateComplete;
    expect(seen.tracker.calls).to.deep.equal([{ customerId: id }]);
  });

  it("the recipe: a consent manager's callback removes hold from every rr-customer[hold]", async () => {
    const first = newCustomerId();
    const second = newCustomerId();
    const elements = [
      place(`<rr-customer hold customer-id="${first}"></rr-customer>`),
      place(`<rr-customer hold customer-id="${second}"></rr-customer>`),
    ];
    await Promise.all(elements.map((element) => element.updateComplete));
    const onConsent = () =>
      document.querySelectorAll('rr-customer[hold]').forEach((element) => element.removeAttribute('hold'));
    onConsent();
    await Promise.all(elements.map((element) => element.updateComplete));
    expect(seen.tracker.calls).to.deep.equal([{ customerId: first }, { customerId: second }]);
  });
});
