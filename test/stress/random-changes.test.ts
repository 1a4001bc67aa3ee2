import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/index.js';
import { checkCustomer } from '../../src/core/check-customer.js';
import { readCustomer } from '../../src/core/read-customer.js';
import type { CustomerInvalidDetail, RrCustomerElement } from '../../src/index.js';
import {
  initialState,
  invalidEmail,
  invalidPhone,
  validEmail,
  validPhone,
  validPhoneNumber,
  step,
  type Change,
  type FieldWrite,
} from '../support/customer-arbitraries.js';
import {
  canonical,
  expectedOutcome,
  FIELD_ATTRIBUTES,
  inputIdentity,
  PLACEHOLDERS,
  seedRuleBreaks,
  type ChildModel,
  type FieldName,
  type ModelInput,
} from '../support/customer-model.js';
import { tasks } from '../support/next-task.js';
import { freshTracker, recordEvents } from '../support/page.js';
import { findPersonalData, syntheticCustomerId } from '../support/personal-data.js';
import { propertySettings, propertyTimeout, rule } from '../support/property-settings.js';

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
    case 'same-kind': {
      const current =
        change.target === 'customData' || change.target === 'softLinks'
          ? model[change.target]
          : model.fields[change.target];
      const next = sameKind(current, change.target);
      if (next === NO_SUCH_VALUE) break;
      if (change.target === 'customData' || change.target === 'softLinks') {
        (element as unknown as Record<string, unknown>)[change.target] = next;
        model[change.target] = next;
      } else {
        writeField(subject, change.target, { via: 'property', value: next });
      }
      break;
    }
    case 'undo': {
      const before = subject.history[subject.history.length - 2];
      if (before) impose(subject, element, before);
      break;
    }
  }
}

const NO_SUCH_VALUE = Symbol('no value of the same kind');

/**
 * Another value of the same kind as `value`, where that kind is one the element knows only as
 * a kind: a boolean, Infinity, an object or a function where text belongs, and for the two list
 * properties also text, a number, a list (customData) or an object of another kind.
 */
function sameKind(value: unknown, target: string): unknown {
  const list = target === 'softLinks' || target === 'customData';
  if (typeof value === 'boolean') return target === 'isAgreedToReceiveMarketingMail' ? NO_SUCH_VALUE : !value;
  if (typeof value === 'function') return () => 'another function';
  if (value === Infinity || value === -Infinity) return -value;
  if (list && typeof value === 'number' && !Number.isNaN(value)) return value + 1;
  // Text that is given (not blank, no placeholder) stays given with a letter more.
  if (
    list &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    !PLACEHOLDERS.some((word) => word.toLowerCase() === value.trim().toLowerCase())
  ) {
    return `${value}z`;
  }
  if (typeof value !== 'object' || value === null) return NO_SUCH_VALUE;
  if (!list) return Array.isArray(value) ? { other: 'object' } : ['another', 'list'];
  if (target === 'customData' && Array.isArray(value)) return [...(value as unknown[]), 'more'];
  if (target === 'customData' && value instanceof Map) return new Map([['other', 'map']]);
  if (target === 'softLinks' && !Array.isArray(value)) return { other: 'object' };
  // A record or a list: its entries count one by one, so no other value is the same.
  return NO_SUCH_VALUE;
}

/** src/'s core, given the payload back as the element's fields, finds nothing wrong and sends it as it is. */
function passesSchema(payload: unknown): boolean {
  const check = checkCustomer(readCustomer(payload as Record<string, unknown>, [], []));
  return check.issues.length === 0 && canonical(check.payload) === canonical(payload);
}

const sortedFields = (fields: readonly string[]) => canonical([...fields].sort());

/**
 * The texts the page gave, trimmed, that a message could be caught quoting: those of 8
 * characters or more, since shorter ones (a guest's `anon`, a name `tier`) may be words of
 * the fixed messages themselves.
 */
function givenTexts(input: ModelInput): string[] {
  const texts: unknown[] = [
    ...Object.values(input.fields),
    ...input.children.flatMap((child) => [child.name, child.value]),
  ];
  for (const property of [input.customData, input.softLinks]) {
    try {
      if (Array.isArray(property))
        texts.push(
          ...property.flatMap((entry: unknown) =>
            entry && typeof entry === 'object' ? Object.values(entry) : [entry],
          ),
        );
      else if (property && typeof property === 'object') texts.push(...Object.entries(property).flat());
      else texts.push(property);
    } catch {
      // A value that throws when read gave no text.
    }
  }
  // A placeholder is no value of the customer's; a message may well name the kind `undefined`.
  const placeholders = new Set(PLACEHOLDERS.map((text) => text.toLowerCase()));
  return texts.flatMap((text) =>
    typeof text === 'string' && text.trim().length >= 8 && !placeholders.has(text.trim().toLowerCase())
      ? [text.trim()]
      : [],
  );
}

/** What one settled step made, read from the recorders. */
interface StepRecord {
  readonly calls: unknown[];
  readonly sends: unknown[];
  readonly invalids: CustomerInvalidDetail[];
  /** The event types in the order they fired. */
  readonly order: string[];
  readonly warnings: string[];
}

/** How long one fast-check run of the random-changes property may take on a slow, shared machine. */
const BUDGET_PER_RUN_MS = 150;

describe('random input and random changes (property-based)', () => {
  it('each settled change makes the call, the report or nothing that the model gives', async function () {
    const settings = propertySettings(300, 'random-changes property');
    this.timeout(propertyTimeout(settings, BUDGET_PER_RUN_MS));
    const tracker = freshTracker();
    tracker.load();
    const sent = recordEvents<unknown>('rr-customer-send');
    const invalid = recordEvents<CustomerInvalidDetail>('rr-customer-invalid');
    const order: string[] = [];
    const onEvent = (event: Event) => void order.push(event.type);
    document.addEventListener('rr-customer-send', onEvent);
    document.addEventListener('rr-customer-invalid', onEvent);
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) =>
      uncaught.push(`error ${event.error instanceof Error ? event.error.name : typeof event.error}`);
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

    let steps = 0;
    const outcomes = {
      sent: 0,
      'sent with fields left out': 0,
      blocked: 0,
      unchanged: 0,
      'repeat of the last payload': 0,
      'repeat of the last payload, with fields left out': 0,
    };
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
              ...Object.entries(initial.fields).map(([field, write]) => ({
                kind: 'field' as const,
                field: field as FieldName,
                write,
              })),
              { kind: 'customData', value: initial.customData },
              { kind: 'softLinks', value: initial.softLinks },
              ...initial.children.map((child, at) => ({ kind: 'add-child' as const, child, at })),
            ];
            for (const change of opening) apply(subject, change);
            container.append(element);
            for (const batch of [[] as readonly Change[], ...changes]) {
              const before = {
                calls: tracker.calls.length,
                sends: sent.details.length,
                invalids: invalid.details.length,
                order: order.length,
                warnings: warnings.length,
              };
              subject.history.push(snapshot(subject.model));
              for (const change of batch) apply(subject, change);
              await tasks(2);
              steps += 1;
              const calls = tracker.calls.slice(before.calls);
              try {
                lastSent = checkStep(
                  subject,
                  {
                    calls,
                    sends: sent.details.slice(before.sends),
                    invalids: invalid.details.slice(before.invalids),
                    order: order.slice(before.order),
                    warnings: warnings.slice(before.warnings),
                  },
                  lastSent,
                );
              } finally {
                // The page remembers what it sent last across runs. When a step breaks a rule,
                // keep the model's memory of it true all the same, so that the runs fast-check
                // makes while shrinking start from what the page really sent.
                if (calls.length) lastSent = canonical(calls.at(-1));
              }
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
      document.removeEventListener('rr-customer-send', onEvent);
      document.removeEventListener('rr-customer-invalid', onEvent);
      sent.stop();
      invalid.stop();
    }
    console.log(
      `random-changes property: ${steps} settled steps: ` +
        Object.entries(outcomes)
          .map(([outcome, count]) => `${count} ${outcome}`)
          .join(', '),
    );
    for (const line of warnings) expect(findPersonalData(line), 'a warning names no personal data').to.deep.equal([]);
    // Each of the outcomes was met, the quiet ones included, so each rule above was put to the test.
    for (const [outcome, count] of Object.entries(outcomes)) expect(count, `${outcome} steps`).to.be.above(0);

    function checkStep(subject: Subject, step: StepRecord, last: string): string {
      const input: ModelInput = subject.model;
      const identity = inputIdentity(input);
      const outcome = expectedOutcome(input);
      const unchanged = identity === subject.lastIdentity;
      subject.lastIdentity = identity;
      const { calls, sends, invalids } = step;
      if (unchanged) {
        rule(calls.length + sends.length + invalids.length === 0, 'an unchanged input does nothing');
        outcomes.unchanged += 1;
        return last;
      }

      const expectedIssues = outcome.issues.map(({ code, field }) => `${field} ${code}`);
      const fields = outcome.issues.map((issue) => issue.field);
      const report = invalids[0];
      if (fields.length) {
        rule(
          invalids.length === 1,
          `an input with problems fires one rr-customer-invalid (got ${invalids.length}; model: ${fields.join(', ')})`,
        );
        const reported = report?.issues.map((issue) => issue.field) ?? [];
        const got = report?.issues.map(({ code, field }) => `${field} ${code}`) ?? [];
        rule(
          sortedFields(got) === sortedFields(expectedIssues),
          `the issues give one code and field per problem, as the model finds (got ${got.join(', ')}; model: ${expectedIssues.join(', ')})`,
        );
        rule(
          report?.sent === (outcome.payload !== undefined),
          `detail.sent says whether the rest went out (got ${String(report?.sent)})`,
        );
        const quotable = givenTexts(input);
        for (const issue of report?.issues ?? []) {
          rule(
            typeof issue.message === 'string' && !quotable.some((text) => issue.message.includes(text)),
            `the ${issue.field} message quotes no value`,
          );
        }
        rule(step.warnings.length <= 1, `one warning at most (got ${step.warnings.length})`);
        const line = step.warnings[0];
        if (line !== undefined) {
          const named = [...new Set(reported)].join(', ');
          const says = outcome.payload
            ? `was queued without the invalid ${named}.`
            : `was not queued; invalid: ${named}.`;
          rule(
            line.includes(says),
            `the warning says ${outcome.payload ? 'which fields were left out' : 'that nothing was queued'}, naming the fields`,
          );
        }
      } else {
        rule(
          invalids.length === 0,
          `an input without problems fires no rr-customer-invalid (issues: ${report?.issues.map((issue) => issue.field).join(', ')})`,
        );
      }

      if (outcome.payload === undefined) {
        rule(calls.length === 0 && sends.length === 0, 'a blocked input queues nothing');
        outcomes.blocked += 1;
        return last;
      }
      const expected = canonical(outcome.payload);
      if (expected === last) {
        rule(calls.length === 0 && sends.length === 0, 'a payload equal to the last one sent is not sent again');
        outcomes[fields.length ? 'repeat of the last payload, with fields left out' : 'repeat of the last payload'] +=
          1;
        return last;
      }
      rule(calls.length === 1, `a new payload makes exactly one call (got ${calls.length})`);
      rule(sends.length === 1, `a new payload fires exactly one rr-customer-send (got ${sends.length})`);
      if (fields.length) {
        rule(
          canonical(step.order) === canonical(['rr-customer-send', 'rr-customer-invalid']),
          'rr-customer-send fires first, then rr-customer-invalid',
        );
      }
      const breaks = seedRuleBreaks(calls[0]);
      rule(breaks.length === 0, `the payload keeps the seed's rules (${breaks.join('; ')})`);
      rule(passesSchema(calls[0]), "the payload passes src's own check when given back to it");
      rule(
        canonical(Object.keys(calls[0] as object).sort()) === canonical(Object.keys(outcome.payload).sort()),
        'the payload has exactly the keys of the valid rest',
      );
      rule(canonical(calls[0]) === expected, 'the call carries exactly the valid rest the model computes');
      rule(canonical(sends[0]) === expected, 'rr-customer-send carries the payload the model computes');
      outcomes[fields.length ? 'sent with fields left out' : 'sent'] += 1;
      return expected;
    }
  });

  it('the model itself reads the contract as issue 8 states it (a check on the oracle)', function () {
    const id = 'customer-1-abcdef';
    const base: ModelInput = {
      fields: { customerId: ` ${id} ` },
      customData: undefined,
      softLinks: undefined,
      children: [],
    };
    const withFields = (fields: ModelInput['fields']): ModelInput => ({
      ...base,
      fields: { ...base.fields, ...fields },
    });
    expect(expectedOutcome(base)).to.deep.equal({ payload: { customerId: id }, issues: [] });
    for (const missing of ['  ', 'None', '<no value>', NaN, undefined]) {
      expect(expectedOutcome({ ...base, fields: { customerId: missing } }), String(missing)).to.deep.equal({
        payload: undefined,
        issues: [{ code: 'required', field: 'customerId' }],
      });
    }
    for (const guest of ['0', ' GUEST ', 'n/a', '{}', 0, -1, -0, true]) {
      expect(expectedOutcome({ ...base, fields: { customerId: guest } }).payload, String(guest)).to.equal(undefined);
    }
    expect(expectedOutcome({ ...base, fields: { customerId: 42 } }).payload).to.deep.equal({ customerId: '42' });
    expect(expectedOutcome({ ...base, fields: { customerId: 'id-{{ x }}' } }).payload).to.equal(undefined);
    expect(expectedOutcome({ ...base, fields: { customerId: '😀'.repeat(1000) } }).payload).to.deep.equal({
      customerId: '😀'.repeat(1000),
    });
    expect(expectedOutcome({ ...base, fields: { customerId: '😀'.repeat(1001) } }).payload).to.equal(undefined);
    // The email rule is the browser's, after IDNA; an email address is no soft link.
    for (const email of ['anna@пример.рф', 'a@b', "o'brien@example.com"])
      expect(expectedOutcome(withFields({ email })).issues, email).to.deep.equal([]);
    for (const email of ['someone@do-.com', `a@${'b'.repeat(64)}.com`, 'anna@пример.рф:80'])
      expect(expectedOutcome(withFields({ email })).issues, email).to.deep.equal([
        { code: 'invalid-email', field: 'email' },
      ]);
    expect(expectedOutcome(withFields({ phone: '+7.111.222.33.44' })).issues).to.deep.equal([]);
    expect(expectedOutcome({ ...base, softLinks: [{ name: 'mail', value: 'a@b.co' }] })).to.deep.equal({
      payload: { customerId: id },
      issues: [{ code: 'email-soft-link', field: 'softLinks' }],
    });

    // A bad optional field costs only itself.
    expect(expectedOutcome(withFields({ email: 'x', phone: '12', defaultStockId: 'z'.repeat(51) }))).to.deep.equal({
      payload: { customerId: id },
      issues: [
        { code: 'invalid-email', field: 'email' },
        { code: 'invalid-phone', field: 'phone' },
        { code: 'too-long', field: 'defaultStockId' },
      ],
    });
    const link = (name: string | null, value: string | null): ChildModel => ({
      tag: 'rr-soft-link',
      name,
      value,
      nested: false,
    });
    expect(
      expectedOutcome({
        ...base,
        softLinks: [
          { name: 'card', value: 'p' },
          { name: 'club', value: 7 },
          { name: 'crm', value: 'guest' },
        ],
        children: [link(' card ', 'c'), link('x', ' '), link(null, 'q'), link('tier', 'null')],
      }),
    ).to.deep.equal({
      payload: {
        customerId: id,
        softLinks: [
          { name: 'club', value: '7' },
          { name: 'card', value: 'c' },
        ],
      },
      issues: [
        { code: 'guest-id', field: 'softLinks' },
        { code: 'pair-without-name', field: 'softLinks' },
      ],
    });
    expect(expectedOutcome({ ...base, customData: [] })).to.deep.equal({
      payload: { customerId: id },
      issues: [{ code: 'wrong-shape', field: 'customData' }],
    });
    expect(expectedOutcome({ ...base, customData: { tier: 5, vip: true } })).to.deep.equal({
      payload: { customerId: id, customData: { tier: '5' } },
      issues: [{ code: 'not-text', field: 'customData' }],
    });

    // Consent: the words, empty as false, and other text blocks.
    const consent = (value: unknown) =>
      expectedOutcome(withFields({ isAgreedToReceiveMarketingMail: value })).payload?.isAgreedToReceiveMarketingMail;
    for (const yes of ['true', ' YES ', 'y', 'On', '1', 1, true]) expect(consent(yes), String(yes)).to.equal(true);
    for (const no of ['FALSE', 'no', 'N', 'off', '0', 0, false, '', ' ', 'null', NaN])
      expect(consent(no), String(no)).to.equal(false);
    expect(expectedOutcome(withFields({ isAgreedToReceiveMarketingMail: undefined })).payload).to.deep.equal({
      customerId: id,
    });
    expect(expectedOutcome(withFields({ isAgreedToReceiveMarketingMail: 'maybe' })).payload).to.equal(undefined);

    // Unchanged exactly when the read values are equal: a bad value counts by its kind only.
    const same = (a: ModelInput['fields'], b: ModelInput['fields']) =>
      inputIdentity(withFields(a)) === inputIdentity(withFields(b));
    expect(same({ phone: 71112223344 }, { phone: ' 71112223344 ' })).to.equal(true);
    expect(same({ phone: true }, { phone: false })).to.equal(true);
    expect(same({ phone: Infinity }, { phone: -Infinity })).to.equal(true);
    expect(same({ phone: { a: 1 } }, { phone: [2] })).to.equal(true);
    expect(same({ phone: true }, { phone: {} })).to.equal(false);
    expect(same({ phone: 'x' }, { phone: 'y' })).to.equal(false);
    expect(same({ isAgreedToReceiveMarketingMail: 'yes' }, { isAgreedToReceiveMarketingMail: true })).to.equal(true);
    expect(same({ email: 'None' }, { email: undefined })).to.equal(true);
    const sameLinks = (a: unknown, b: unknown) =>
      inputIdentity({ ...base, softLinks: a }) === inputIdentity({ ...base, softLinks: b });
    expect(sameLinks('x', 'y')).to.equal(true);
    expect(sameLinks('x', 5)).to.equal(false);
    expect(sameLinks([null], [undefined])).to.equal(false);
    expect(sameLinks([{ name: 'a', value: '' }], undefined)).to.equal(true);

    // The generators feed the model only what its narrow email and phone rules can judge.
    const judged = (field: 'email' | 'phone', value: unknown) =>
      expectedOutcome(withFields({ [field]: value })).issues.length === 0;
    const settings = propertySettings(200, 'model check');
    this.timeout(propertyTimeout(settings, 5 * 5));
    fc.assert(
      fc.property(validEmail, (email) => judged('email', email)),
      settings,
    );
    fc.assert(
      fc.property(invalidEmail, (email) => !judged('email', email)),
      settings,
    );
    fc.assert(
      fc.property(validPhone, (phone) => judged('phone', phone)),
      settings,
    );
    fc.assert(
      fc.property(validPhoneNumber, (phone) => judged('phone', phone)),
      settings,
    );
    fc.assert(
      fc.property(invalidPhone, (phone) => !judged('phone', phone)),
      settings,
    );
  });
});
