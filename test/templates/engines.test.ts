// <rr-customer> as real template engines print it. Each page is one engine's template,
// rendered in Node by the test server (render-plugin.mjs) from a record a store really has,
// and loaded here in an iframe with the built element and the stand-in tracker. Each case
// states its outcome exactly: the one call queued (or none), the rr-customer-invalid detail
// (or none), and their order. No value is printed: payloads are compared by expectSameData,
// which reports shapes only.
import { expect } from '@esm-bundle/chai';
import { closeFixtures, expectSameData, openFixture, turns, type FixturePage } from '../support/fixture-page.js';
import { waitFor } from '../support/wait-for.js';
import {
  ENGINE_NAMES,
  ENGINE_TITLES,
  PRINTED,
  PRINTED_PATH,
  pagePath,
  templatePages,
  type Outcome,
  type TemplatePage,
} from './cases.mjs';

interface RecordedEvent {
  readonly type: 'rr-customer-send' | 'rr-customer-invalid' | 'rr-customer-error';
  readonly detail: unknown;
}

interface InvalidDetail {
  readonly issues: readonly { readonly code: string; readonly field: string; readonly message: string }[];
  readonly sent: boolean;
}

type TemplatePageWindow = FixturePage & {
  templatePage?: {
    readonly events: readonly RecordedEvent[];
    readonly errors: readonly string[];
    readonly rejections: readonly string[];
  };
};

/** Loads a rendered page and waits until the element has spoken and the tracker has run. */
async function load(page: TemplatePage) {
  const view = (await openFixture(pagePath(page))) as TemplatePageWindow;
  expect(view.document.title, 'the page rendered').to.match(/^rr-customer rendered by /);
  const record = await waitFor(() => view.templatePage, 3000, 'the page recorder');
  const tracker = await waitFor(() => view.standInTracker, 3000, 'the stand-in tracker to load');
  await waitFor(() => record.events.length > 0, 3000, 'an event from <rr-customer>');
  // A second call or report would come within these turns.
  await turns(5);
  return { record, calls: tracker.calls, customers: view.document.querySelectorAll('rr-customer').length };
}

function expectOutcome(actual: Awaited<ReturnType<typeof load>>, expected: Outcome): void {
  const { record, calls } = actual;
  expect(actual.customers, '<rr-customer> elements on the page').to.equal(1);
  expect(record.errors, 'errors on the page').to.deep.equal([]);
  expect(record.rejections, 'unhandled rejections on the page').to.deep.equal([]);

  const order = record.events.map((event) => event.type);
  const expectedOrder = [
    ...(expected.payload ? (['rr-customer-send'] as const) : []),
    ...(expected.invalid ? (['rr-customer-invalid'] as const) : []),
  ];
  expect(order, 'the events, in order').to.deep.equal(expectedOrder);

  // The case's own statement holds together: the invalid event says sent exactly when a call goes out.
  if (expected.invalid)
    expect(expected.invalid.sent, 'the case: sent is whether a payload is expected').to.equal(
      expected.payload !== null,
    );

  expectSameData(calls, expected.payload ? [expected.payload] : [], 'the setCustomer calls');
  const sends = record.events.filter((event) => event.type === 'rr-customer-send').map((event) => event.detail);
  expectSameData(sends, expected.payload ? [expected.payload] : [], 'the rr-customer-send details');

  const invalid = record.events.find((event) => event.type === 'rr-customer-invalid')?.detail as
    InvalidDetail | undefined;
  if (!expected.invalid || !invalid) return;
  expect(invalid.sent, 'detail.sent').to.equal(expected.invalid.sent);
  // Codes and fields are the contract; a message is for people and may be reworded.
  expect(
    invalid.issues.map((issue) => [issue.field, issue.code]),
    'the issues, as [field, code] in order',
  ).to.deep.equal(expected.invalid.issues);
}

const pages = templatePages();

describe('templates: what each engine prints', () => {
  it('prints what the table says for a missing name, null, false, true and a number', async () => {
    const response = await fetch(PRINTED_PATH);
    expect(response.ok, 'the printed values served').to.equal(true);
    expect(await response.json()).to.deep.equal(PRINTED);
  });
});

for (const engine of ENGINE_NAMES) {
  describe(`templates: ${ENGINE_TITLES[engine]}`, function () {
    // Each page is rendered on request, on a machine other test runs may share.
    this.timeout(15000);
    afterEach(closeFixtures);
    for (const page of pages.filter((each) => each.engine === engine && each.kind !== 'printed')) {
      it(page.title, async () => expectOutcome(await load(page), page.expected));
    }
  });
}

describe('templates: what other languages print, passed through the engine nearest in syntax', function () {
  this.timeout(15000);
  afterEach(closeFixtures);
  for (const page of pages.filter((each) => each.kind === 'printed')) {
    it(`${page.title} (via ${page.engine})`, async () => expectOutcome(await load(page), page.expected));
  }
});
