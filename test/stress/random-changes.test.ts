import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/index.js';
import { checkCustomer } from '../../src/check-customer.js';
import { readCustomer } from '../../src/customer-input.js';
import type { CustomerInvalidDetail, RrCustomerElement } from '../../src/index.js';
import {
  initialState,
  invalidEmail,
  invalidPhone,
  validEmail,
  validPhone,
  step,
  type Change,
  type FieldWrite,
} from '../support/customer-arbitraries.js';
import {
  canonical,
  expectedOutcome,
  FIELD_ATTRIBUTES,
  inputIdentity,
  seedRuleBreaks,
  type ChildModel,
  type FieldName,
  type ModelInput,
} from '../support/customer-model.js';
import { tasks } from '../support/next-task.js';
import { freshTracker, recordEvents } from '../support/page.js';
import { findPersonalData, syntheticCustomerId } from '../support/personal-data.js';
import { propertySettings, rule } from '../support/property-settings.js';

/** An element on the page, and the model of what the page gave it. */
interface Model {
  fields: Partial<Record<FieldName, unknown>>;
  customData: unknown;
  softLinks: unknown;
  children: ChildModel[];
}

interface Subject {
  element: RrCustomerElement;
  readonly container: HTMLElement;
  /** The nodes directly under the element, each holding its child model's element. */
  nodes: { top: Element; child: Element }[];
  readonly model: Model;
  /** The model before each step so far, for `undo`. */
  readonly history: Model[];
  /** The model's input identity at the last settled step: unchanged input must do nothing. */
  lastIdentity: string | undefined;
}

function writeField(subject: Subject, field: FieldName, write: FieldWrite): void {
  const { element, model } = subject;
  const attribute = FIELD_ATTRIBUTES[field];
  if (write.via === 'attribute') {
    element.setAttribute(attribute, write.text);
    model.fields[field] = write.text;
  } else if (write.via === 'remove-attribute') {
    // Removing an absent attribute changes nothing, not even a value set as a property.
    if (element.hasAttribute(attribute)) model.fields[field] = undefined;
    element.removeAttribute(attribute);
  } else {
    (element as unknown as Record<string, unknown>)[field] = write.value;
    model.fields[field] = write.value;
  }
}

function childNode(child: ChildModel): { top: Element; child: Element } {
  const element = document.createElement(child.tag);
  if (child.name !== null) element.setAttribute('name', child.name);
  if (child.value !== null) element.setAttribute('value', child.value);
  if (!child.nested) return { top: element, child: element };
  const wrapper = document.createElement('div');
  wrapper.append(element);
  return { top: wrapper, child: element };
}

const snapshot = (model: Model): Model => ({ ...model, fields: { ...model.fields }, children: [...model.children] });

/** Gives `element` the whole input of `state`, fields as properties, and its children anew. */
function impose(subject: Subject, element: RrCustomerElement, state: Model): void {
  for (const field of Object.keys(FIELD_ATTRIBUTES) as FieldName[]) {
    (element as unknown as Record<string, unknown>)[field] = state.fields[field];
  }
  element.customData = state.customData as RrCustomerElement['customData'];
  element.softLinks = state.softLinks as RrCustomerElement['softLinks'];
  for (const node of subject.nodes) node.top.remove();
  subject.nodes = state.children.map(childNode);
  element.append(...subject.nodes.map((node) => node.top));
  Object.assign(subject.model, snapshot(state));
}

function apply(subject: Subject, change: Change): void {
  const { element, model, nodes } = subject;
  switch (change.kind) {
    case 'field':
      writeField(subject, change.field, change.write);
      break;
    case 'customData':
      element.customData = change.value as RrCustomerElement['customData'];
      model.customData = change.value;
      break;
    case 'softLinks':
      element.softLinks = change.value as RrCustomerElement['softLinks'];
      model.softLinks = change.value;
      break;
    case 'add-child': {
      const at = change.at % (nodes.length + 1);
      const node = childNode(change.child);
      element.insertBefore(node.top, nodes[at]?.top ?? null);
      nodes.splice(at, 0, node);
      model.children.splice(at, 0, change.child);
      break;
    }
    case 'remove-child': {
      if (!nodes.length) break;
      const at = change.at % nodes.length;
      nodes[at]?.top.remove();
      nodes.splice(at, 1);
      model.children.splice(at, 1);
      break;
    }
    case 'child-attribute': {
      if (!nodes.length) break;
      const at = change.at % nodes.length;
      const node = nodes[at];
      const child = model.children[at];
      if (!node || !child) break;
      if (change.text === null) node.child.removeAttribute(change.attribute);
      else node.child.setAttribute(change.attribute, change.text);
      model.children[at] = { ...child, [change.attribute]: change.text };
      break;
    }
    case 'reconnect':
      element.remove();
      subject.container.append(element);
      break;
    case 'remount': {
      const fresh = document.createElement('rr-customer');
      subject.nodes = [];
      impose(subject, fresh, snapshot(model));
      element.replaceWith(fresh);
      subject.element = fresh;
      // A new element remembers no input of its own; only the page's last payload counts.
      subject.lastIdentity = undefined;
      break;
    }
    case 'undo': {
      const before = subject.history[subject.history.length - 2];
      if (before) impose(subject, element, before);
      break;
    }
  }
}

/** src/'s core, given the payload back as the element's fields, finds nothing wrong and sends it as it is. */
function passesSchema(payload: unknown): boolean {
  const check = checkCustomer(readCustomer(payload as Record<string, unknown>, [], []));
  return check.issues.length === 0 && canonical(check.payload) === canonical(payload);
}

describe('random input and random changes (property-based)', () => {
  it('each settled change makes one call, one rr-customer-invalid, or nothing for a reason the model gives', async function () {
    this.timeout(60_000);
    const tracker = freshTracker();
    tracker.load();
    const sent = recordEvents<unknown>('rr-customer-send');
    const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(`error ${event.error instanceof Error ? event.error.name : typeof event.error}`);
    const onRejection = () => uncaught.push('unhandled rejection');
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Invalid input warns; the lines are kept off the console here and checked below.
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));

    // The page remembers the payload it sent last, across elements: start from a known one.
    const known = { customerId: syntheticCustomerId() };
    const opener = Object.assign(document.createElement('rr-customer'), known);
    document.body.append(opener);
    await tasks(2);
    opener.remove();
    let lastSent = canonical(known);
    rule(tracker.calls.length === 1, 'the opening element sends its payload');

    const settings = propertySettings(300);
    console.log(`random-changes property: seed ${settings.seed}, ${settings.numRuns} runs`);
    let steps = 0;
    const outcomes = { sent: 0, invalid: 0, unchanged: 0, repeated: 0 };
    try {
      await fc.assert(
        fc.asyncProperty(initialState, fc.array(step, { maxLength: 8 }), async (initial, changes) => {
          const container = document.createElement('div');
          document.body.append(container);
          const element = document.createElement('rr-customer');
          const subject: Subject = {
            element,
            container,
            nodes: [],
            model: { fields: {}, customData: undefined, softLinks: undefined, children: [] },
            history: [],
            lastIdentity: undefined,
          };
          try {
            const opening: Change[] = [
              ...Object.entries(initial.fields).map(([field, write]) => ({ kind: 'field' as const, field: field as FieldName, write })),
              { kind: 'customData', value: initial.customData },
              { kind: 'softLinks', value: initial.softLinks },
              ...initial.children.map((child, at) => ({ kind: 'add-child' as const, child, at })),
            ];
            for (const change of opening) apply(subject, change);
            container.append(element);
            for (const batch of [[] as readonly Change[], ...changes]) {
              const before = { calls: tracker.calls.length, sends: sent.details.length, invalids: invalid.details.length };
              subject.history.push(snapshot(subject.model));
              for (const change of batch) apply(subject, change);
              await tasks(2);
              steps += 1;
              lastSent = checkStep(subject, before, lastSent);
              rule(uncaught.length === 0, `nothing uncaught (got: ${uncaught.join(', ')})`);
            }
          } finally {
            container.remove();
          }
        }),
        settings,
      );
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      sent.stop();
      invalid.stop();
    }
    console.log(
      `random-changes property: ${steps} settled steps: ${outcomes.sent} sent, ${outcomes.invalid} invalid, ` +
        `${outcomes.unchanged} unchanged input, ${outcomes.repeated} repeats of the last payload`,
    );
    for (const line of warnings) expect(findPersonalData(line), 'a warning names no personal data').to.deep.equal([]);
    // Each of the outcomes was met, the quiet ones included, so each rule above was put to the test.
    for (const [outcome, count] of Object.entries(outcomes)) expect(count, `${outcome} steps`).to.be.above(0);

    function checkStep(subject: Subject, before: { calls: number; sends: number; invalids: number }, last: string): string {
      const input: ModelInput = subject.model;
      const identity = inputIdentity(input);
      const outcome = expectedOutcome(input);
      const newCalls = tracker.calls.slice(before.calls);
      const newSends = sent.details.slice(before.sends);
      const newInvalids = invalid.details.slice(before.invalids);
      const unchanged = identity === subject.lastIdentity;
      subject.lastIdentity = identity;
      if (unchanged) {
        rule(newCalls.length + newSends.length + newInvalids.length === 0, 'an unchanged input does nothing');
        outcomes.unchanged += 1;
        return last;
      }
      if (!outcome.valid) {
        rule(newCalls.length === 0 && newSends.length === 0, 'an invalid input queues nothing');
        rule(newInvalids.length === 1, `an invalid input fires one rr-customer-invalid (got ${newInvalids.length}; model: ${outcome.fields.join(', ')})`);
        const fields = [...new Set(newInvalids[0]?.issues.map((issue) => issue.field))].sort();
        rule(canonical(fields) === canonical([...outcome.fields].sort()), `the issues name the fields the model finds invalid (got ${fields.join(', ')}; model: ${outcome.fields.join(', ')})`);
        outcomes.invalid += 1;
        return last;
      }
      rule(newInvalids.length === 0, `a valid input fires no rr-customer-invalid (issues: ${newInvalids[0]?.issues.map((issue) => issue.field).join(', ')})`);
      const expected = canonical(outcome.payload);
      if (expected === last) {
        rule(newCalls.length === 0 && newSends.length === 0, 'a payload equal to the last one sent is not sent again');
        outcomes.repeated += 1;
        return last;
      }
      rule(newCalls.length === 1, `a new payload makes exactly one call (got ${newCalls.length})`);
      rule(newSends.length === 1, `a new payload fires exactly one rr-customer-send (got ${newSends.length})`);
      const breaks = seedRuleBreaks(newCalls[0]);
      rule(breaks.length === 0, `the payload keeps the seed's rules (${breaks.join('; ')})`);
      rule(passesSchema(newCalls[0]), 'the payload passes customerSchema (custom data given back as pairs)');
      rule(canonical(Object.keys(newCalls[0] as object).sort()) === canonical(Object.keys(outcome.payload).sort()), 'the payload has exactly the keys given');
      rule(canonical(newCalls[0]) === expected, 'the call carries the payload the model computes');
      rule(canonical(newSends[0]) === expected, 'rr-customer-send carries the payload the model computes');
      outcomes.sent += 1;
      return expected;
    }
  });

  it('the model itself tells valid from invalid input (a check on the oracle)', () => {
    const base = { fields: { customerId: ' customer-1-abcdef ' }, customData: undefined, softLinks: undefined, children: [] };
    expect(expectedOutcome(base)).to.deep.equal({ valid: true, payload: { customerId: 'customer-1-abcdef' } });
    expect(expectedOutcome({ ...base, fields: { customerId: '  ' } })).to.deep.equal({ valid: false, fields: ['customerId'] });
    const link = (name: string | null, value: string | null): ChildModel => ({ tag: 'rr-soft-link', name, value, nested: false });
    expect(
      expectedOutcome({ ...base, softLinks: [{ name: 'card', value: 'p' }, { name: 'club', value: 'q' }], children: [link(' card ', 'c'), link('x', ' ')] }),
    ).to.deep.equal({ valid: true, payload: { customerId: 'customer-1-abcdef', softLinks: [{ name: 'club', value: 'q' }, { name: 'card', value: 'c' }] } });
    expect(expectedOutcome({ ...base, customData: [] }).valid).to.equal(false);
    expect(expectedOutcome({ ...base, customData: { tier: 5 } }).valid).to.equal(false);
    expect(expectedOutcome({ ...base, fields: { ...base.fields, isAgreedToReceiveMarketingMail: ' FALSE ' } })).to.deep.equal({
      valid: true,
      payload: { customerId: 'customer-1-abcdef', isAgreedToReceiveMarketingMail: false },
    });
    // The generators feed the model only what its narrow email and phone rules can judge.
    const judged = (field: 'email' | 'phone', value: string) =>
      expectedOutcome({ ...base, fields: { ...base.fields, [field]: value } }).valid;
    const settings = propertySettings(200);
    fc.assert(fc.property(validEmail, (email) => judged('email', email)), settings);
    fc.assert(fc.property(invalidEmail, (email) => !judged('email', email)), settings);
    fc.assert(fc.property(validPhone, (phone) => judged('phone', phone)), settings);
    fc.assert(fc.property(invalidPhone, (phone) => !judged('phone', phone)), settings);
  });
});
