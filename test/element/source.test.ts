import { expect } from '@esm-bundle/chai';
import { RrCustomerElement } from '../../src/index.js';
import { newCustomerId } from '../support/page.js';
import {
  answering,
  heldAnswer,
  heldState,
  observeEachTest,
  place,
  releaseAnswer,
  uniqueKey,
  waitUntilArrived,
} from '../support/source-test-helpers.js';
import { waitFor } from '../support/wait-for.js';

describe('src: the customer from a private endpoint', () => {
  const observed = observeEachTest();
  let seen: ReturnType<typeof observed>;
  beforeEach(() => {
    seen = observed();
  });

  it("sends the customer the source answers, in place of the markup's fields; the rest of the markup stays", async () => {
    const id = newCustomerId();
    const element = place(
      `<rr-customer src="${answering({ customerId: id, email: 'anna@example.com' })}" customer-id="cached-visitor" phone="+71112223344"></rr-customer>`,
    );
    await element.refresh();
    expect(seen.tracker.calls).to.deep.equal([{ customerId: id, email: 'anna@example.com', phone: '+71112223344' }]);
    expect(seen.sends).to.deep.equal(seen.tracker.calls);
  });

  it("reads the answer's values as the properties are read: numbers, customData and softLinks beside the children", async () => {
    const element = place(
      `<rr-customer src="${answering({
        customerId: 4242,
        customData: { tier: 'gold', city: 'Kazan' },
        softLinks: [{ name: 'card', value: 77 }],
        isAgreedToReceiveMarketingMail: false,
        unknownKey: 'ignored',
      })}"><rr-custom-data name="city" value="Moscow"></rr-custom-data></rr-customer>`,
    );
    await element.refresh();
    expect(seen.tracker.calls).to.deep.equal([
      {
        customerId: '4242',
        customData: { tier: 'gold', city: 'Moscow' },
        softLinks: [{ name: 'card', value: '77' }],
        isAgreedToReceiveMarketingMail: false,
      },
    ]);
  });

  it("a key given as null is not given, and still takes the place of the markup's value", async () => {
    const id = newCustomerId();
    const element = place(
      `<rr-customer src="${answering({ customerId: id, email: null })}" email="cached@example.com"></rr-customer>`,
    );
    await element.refresh();
    expect(seen.tracker.calls).to.deep.equal([{ customerId: id }]);
  });

  it("sends the visitor's cookies with the request", async () => {
    const session = newCustomerId();
    document.cookie = `rr_session=${session}; path=/`;
    try {
      const element = place('<rr-customer src="/source/cookie"></rr-customer>');
      await element.refresh();
      expect(seen.tracker.calls).to.deep.equal([{ customerId: session }]);
    } finally {
      document.cookie = 'rr_session=; path=/; max-age=0';
    }
  });

  it('asks for JSON', async () => {
    const element = place('<rr-customer src="/source/accept"></rr-customer>');
    await element.refresh();
    expect(seen.tracker.calls).to.have.length(1);
    expect((seen.tracker.calls[0] as { customerId: string }).customerId).to.contain('application/json');
  });

  it('never takes the answer from the HTTP cache, even one the endpoint marks cacheable', async () => {
    const key = uniqueKey();
    const element = place(`<rr-customer src="/source/counter?key=${key}"></rr-customer>`);
    await element.refresh();
    await element.refresh();
    const ids = seen.tracker.calls.map((call) => (call as { customerId: string }).customerId);
    expect(ids.length).to.be.at.least(2);
    expect(new Set(ids).size).to.equal(ids.length, 'each request reached the endpoint');
  });

  const guests: [string, string][] = [
    ['a status of 204', answering(null, 204)],
    ['a status of 401', answering({ customerId: 'someone' }, 401)],
    ['a status of 403', answering({ customerId: 'someone' }, 403)],
    ['a body of null', answering(null)],
    ['a body of {}', answering({})],
    ['a body of unknown keys only', answering({ id: 'someone', name: 'Anna' })],
  ];
  for (const [what, src] of guests) {
    it(`${what} is a guest: nothing is sent, whatever the markup holds, and nothing is reported`, async () => {
      const element = place(`<rr-customer src="${src}" customer-id="${newCustomerId()}"></rr-customer>`);
      await element.refresh();
      expect(seen.tracker.calls).to.deep.equal([]);
      expect(seen.sends).to.deep.equal([]);
      expect(seen.invalid).to.deep.equal([]);
      expect(seen.errors).to.deep.equal([]);
      expect(seen.warnings).to.deep.equal([]);
    });
  }

  const failures: [string, string, RegExp][] = [
    ['a status of 500', answering({ customerId: 'someone' }, 500), /answered 500/],
    ['a status of 404', answering(null, 404), /answered 404/],
    ['a body that is not JSON', '/source/answer?body=anna%40example.com%20%7B', /not JSON/],
    ['a body that is a list', answering([{ customerId: 'someone' }]), /not a JSON object/],
    ['a body that is text', answering('anna@example.com'), /not a JSON object/],
    ['a body over 64 KiB', '/source/big?kib=70', /over 64 KiB/],
    ['an endpoint that cannot be reached', 'http://127.0.0.1:1/customer.json', /could not be reached/],
  ];
  for (const [what, src, message] of failures) {
    it(`${what} sends nothing and fires rr-customer-error source-failed, quoting nothing of the body`, async () => {
      const element = place(`<rr-customer src="${src}" customer-id="${newCustomerId()}"></rr-customer>`);
      await element.refresh();
      expect(seen.tracker.calls).to.deep.equal([]);
      expect(seen.sends).to.deep.equal([]);
      expect(seen.errors.length).to.be.at.least(1);
      for (const error of seen.errors) {
        expect(error.reason).to.equal('source-failed');
        expect(error.message).to.match(message);
        expect(error.message).not.to.match(/anna|someone|example/);
      }
    });
  }

  it('no full answer within the time limit is a failure, and nothing is sent', async () => {
    const limit = RrCustomerElement.sourceTimeout;
    RrCustomerElement.sourceTimeout = 200;
    try {
      const key = uniqueKey();
      const element = place(
        `<rr-customer src="${heldAnswer(key, { customerId: newCustomerId() })}" customer-id="${newCustomerId()}"></rr-customer>`,
      );
      await waitFor(() => seen.errors.length > 0, 5000, 'rr-customer-error');
      expect(seen.errors[0]).to.deep.equal({
        reason: 'source-failed',
        message: 'The customer source did not answer within 0.2 s',
      });
      await waitFor(async () => (await heldState(key)).aborted, 5000, 'the endpoint to see the request given up');
      expect(seen.tracker.calls).to.deep.equal([]);
      expect(element.isConnected).to.equal(true);
    } finally {
      RrCustomerElement.sourceTimeout = limit;
    }
  });

  it("sends nothing until the source has answered: a cached page's own markup never goes out first", async () => {
    const key = uniqueKey();
    const id = newCustomerId();
    place(`<rr-customer src="${heldAnswer(key, { customerId: id })}" customer-id="cached-visitor"></rr-customer>`);
    await waitUntilArrived(key);
    expect(seen.tracker.calls).to.deep.equal([]);
    expect(seen.sends).to.deep.equal([]);
    await releaseAnswer(key);
    await waitFor(() => seen.sends.length > 0, 5000, 'rr-customer-send');
    expect(seen.tracker.calls).to.deep.equal([{ customerId: id }]);
  });

  it('a changed src aborts the request in flight, and only the latest answer counts', async () => {
    const key = uniqueKey();
    const latest = newCustomerId();
    const element = place(`<rr-customer src="${heldAnswer(key, { customerId: newCustomerId() })}"></rr-customer>`);
    await waitUntilArrived(key);
    element.src = answering({ customerId: latest });
    await waitFor(() => seen.sends.length > 0, 5000, 'the answer to the new src');
    await waitFor(async () => (await heldState(key)).aborted, 5000, 'the old request to be aborted');
    await releaseAnswer(key);
    await element.refresh();
    expect(seen.tracker.calls).to.deep.equal([{ customerId: latest }]);
  });

  it('disconnecting aborts the request', async () => {
    const key = uniqueKey();
    const element = place(`<rr-customer src="${heldAnswer(key, { customerId: newCustomerId() })}"></rr-customer>`);
    await waitUntilArrived(key);
    element.remove();
    await waitFor(async () => (await heldState(key)).aborted, 5000, 'the request to be aborted');
    await releaseAnswer(key);
    expect(seen.tracker.calls).to.deep.equal([]);
  });

  it('refresh() asks again, as after a login without a reload, and settles once that answer is handled', async () => {
    const key = uniqueKey();
    const element = place(`<rr-customer src="/source/counter?key=${key}"></rr-customer>`);
    await element.refresh();
    const before = seen.tracker.calls.length;
    await element.refresh();
    expect(seen.tracker.calls.length).to.equal(before + 1);
    expect(seen.tracker.calls.at(-1)).to.deep.equal({ customerId: `n-${key}-${before + 1}` });
  });

  it('refresh() without a source resolves at once and sends nothing more; an empty src is no source', async () => {
    const id = newCustomerId();
    const element = place(`<rr-customer src="  " customer-id="${id}"></rr-customer>`);
    await element.updateComplete;
    await element.refresh();
    expect(seen.tracker.calls).to.deep.equal([{ customerId: id }]);
  });

  it('refresh() never rejects, even when the source fails', async () => {
    const element = place(`<rr-customer src="${answering(null, 500)}"></rr-customer>`);
    await element.refresh();
    expect(seen.errors.map((error) => error.reason)).to.include('source-failed');
  });
});
