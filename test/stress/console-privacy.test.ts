import { expect } from '@esm-bundle/chai';
import '../../src/index.js';
import { collectConsoleLeaks, consoleGuard, PersonalDataInConsoleError } from '../support/console-guard.js';
import { mount, newCustomerId } from '../support/page.js';
import {
  findPersonalData,
  forgetRegisteredValue,
  registerPersonalValue,
  syntheticCustomerId,
  syntheticEmail,
  syntheticPhone,
  textOf,
} from '../support/personal-data.js';

type WtrLogs = { __wtr_browser_logs__?: { logs: { type: string; args: unknown[] }[] } };

const kinds = (text: string) =>
  findPersonalData(text)
    .map((finding) => finding.kind)
    .sort();

describe('the personal-data checker', () => {
  it("knows emails, phones and the helpers' customer IDs by their shape", () => {
    expect(kinds(`sent to ${syntheticEmail()}`)).to.deep.equal(['email']);
    expect(kinds('hidden.person@example')).to.deep.equal(['email']);
    for (const phone of [
      syntheticPhone(),
      '71112223344',
      '+7 (911) 222-33-44',
      '8-111-222-33-44',
      '+7 111 222 33 44',
    ]) {
      expect(kinds(`call ${phone}.`), 'a phone').to.deep.equal(['phone']);
    }
    expect(kinds(`id ${newCustomerId()}`)).to.deep.equal(['customer ID']);
    expect(kinds(`id ${syntheticCustomerId()}`)).to.deep.equal(['customer ID']);
  });

  it('takes figures, dates, times and package names for what they are', () => {
    const clean = [
      'heap 2193656 bytes at start, 2262196 after 10000 cycles (+68540 bytes, 3.1%)',
      'seed 1849302215, 200 runs',
      'at 2026-11-28 10:32:04.123',
      'took 1234.5678 ms; 1,000 children',
      'rr-customer@0.1 from node_modules/@lit/reactive-element',
      '<rr-customer>: setCustomer was not queued; invalid: email, phone.',
    ];
    for (const line of clean) expect(findPersonalData(line), line).to.deep.equal([]);
  });

  it('takes the frames of a stack for what they are, as every engine writes them', () => {
    // This engine's own stack, through named functions: Firefox and JavaScriptCore write each
    // frame as `name@url:line:column`.
    const where = () => new Error('where');
    const outer = () => where();
    const error = outer();
    expect(error.stack, 'the engine writes a stack').to.be.a('string').and.not.equal('');
    expect(findPersonalData(error.stack ?? ''), 'a real stack').to.deep.equal([]);
    expect(findPersonalData(textOf(error)), 'an error as printed').to.deep.equal([]);
    // Every engine's form, whichever engine runs this test.
    const frames = [
      'send@http://localhost:8000/src/element/rr-customer-element.ts?wtr-session-id=x1:12:5', // Firefox, JavaScriptCore
      'async*updated@http://127.0.0.1:8000/src/x.js:3:9', // Firefox, across an await
      'promise callback*run@http://localhost:8000/x.js:1:1', // Firefox
      'module code@http://localhost:8000/test/x.test.ts:4:10', // JavaScriptCore
      'dispatchEvent@webkit-masked-url://hidden/:2:3', // Safari's hidden frames
      'load@blob:http://localhost:8000/6a1c0e:1:1',
      'Context.<anonymous>@http://localhost:8000/test/x.test.ts:4:10',
      '    at Context.<anonymous> (http://localhost:8000/test/x.test.ts:4:10)', // V8
    ];
    for (const frame of frames) expect(findPersonalData(frame), frame).to.deep.equal([]);
    // An address is still one in a message, before a colon, or after a frame.
    const email = syntheticEmail();
    expect(kinds(textOf(new Error(`no such customer ${email}`)))).to.deep.equal(['email']);
    expect(kinds(`${email}: no such customer`)).to.deep.equal(['email']);
    expect(kinds(`${frames[0]}\nmailto:${email}`)).to.deep.equal(['email']);
    expect(kinds('hidden.person@example: http://localhost:8000/')).to.deep.equal(['email']);
  });

  it('knows a registered value of any shape, as a whole word only', () => {
    const value = 'Loyal Reader 7';
    expect(findPersonalData(`customer ${value} here`)).to.deep.equal([]);
    registerPersonalValue('customer ID', value);
    try {
      expect(findPersonalData(`customer ${value.toUpperCase()} here`)).to.deep.equal([
        { kind: 'customer ID', source: 'registered' },
      ]);
      expect(findPersonalData(`customer ${value}0 here`)).to.deep.equal([]);
    } finally {
      forgetRegisteredValue(value);
    }
  });

  it('knows the values an <rr-customer> on the page holds, set by attribute or by property', async () => {
    const element = await mount('<rr-customer customer-id="seed-like-7"></rr-customer>');
    element.phone = '12-34';
    expect(findPersonalData('logged seed-like-7')).to.deep.equal([{ kind: 'customer ID', source: 'page' }]);
    expect(findPersonalData('logged 12-34')).to.deep.equal([{ kind: 'phone', source: 'page' }]);
    element.remove();
    expect(findPersonalData('logged seed-like-7')).to.deep.equal([]);
  });

  it('reads the text of nested objects, errors with causes, maps, sets and elements', () => {
    const email = syntheticEmail();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    cycle.deep = [{ list: new Set([new Map([['k', email]])]) }];
    expect(textOf(cycle)).to.contain(email);
    expect(textOf(new Error('outer', { cause: new Error(email) }))).to.contain(email);
    const element = document.createElement('rr-customer');
    element.setAttribute('email', email);
    expect(textOf(element)).to.contain(email);
    // A value set only as a property lives in the element's own fields, which the console shows.
    const byProperty = document.createElement('rr-customer');
    byProperty.email = email;
    expect(textOf(byProperty)).to.contain(email);
  });

  it('reads a document as its markup, and skips the window rather than walk every global', () => {
    expect(textOf(window)).to.equal('');
    expect(textOf(document)).to.match(/^<html/);
  });
});

describe('the console guard', () => {
  it('is installed on this page ahead of the tests', () => {
    expect(consoleGuard()?.installed).to.equal(true);
    expect(consoleGuard()?.raised).to.deep.equal([]);
  });

  it('stops every console method that carries personal data, before the runner records it', () => {
    const logs = (window as WtrLogs).__wtr_browser_logs__?.logs;
    const recordedBefore = logs?.length;
    const email = syntheticEmail();
    const phone = syntheticPhone();
    const id = syntheticCustomerId();
    const leaks = collectConsoleLeaks(() => {
      console.log('email', email);
      console.info({ nested: { phone } });
      console.warn(new Error(`no such customer ${id}`));
      console.error('failed', new Error('outer', { cause: new Error(email) }));
      console.debug([phone]);
      console.trace(id);
      console.dir({ id });
      console.dirxml(id);
      console.table([{ email }]);
      console.assert(false, email);
      console.count(id);
      console.group(phone);
      console.groupCollapsed(email);
      console.timeLog(id);
    });
    expect(leaks.map((leak) => leak.method)).to.deep.equal([
      'log',
      'info',
      'warn',
      'error',
      'debug',
      'trace',
      'dir',
      'dirxml',
      'table',
      'assert',
      'count',
      'group',
      'groupCollapsed',
      'timeLog',
    ]);
    expect(leaks.map((leak) => leak.findings.map((finding) => finding.kind).join())).to.deep.equal([
      'email',
      'phone',
      'customer ID',
      'email',
      'phone',
      'customer ID',
      'customer ID',
      'customer ID',
      'email',
      'email',
      'customer ID',
      'phone',
      'email',
      'customer ID',
    ]);
    // The runner's own capture, which prints to the terminal, saw none of them.
    expect(logs?.length).to.equal(recordedBefore);
    const printed = JSON.stringify(logs ?? []);
    for (const value of [email, phone, id]) expect(printed.includes(value)).to.equal(false);
  });

  it('fails the run on a leak: it throws an uncaught error that names the kind, never the value', async () => {
    const email = syntheticEmail();
    const raisedBefore = consoleGuard()?.raised.length ?? 0;
    const caught: unknown[] = [];
    const reported: unknown[] = [];
    // Mocha's window.onerror fails the running test on an uncaught error: stand in for it for
    // this planted leak, and keep the runner's own report of the error (console.error) here.
    const mochaOnError = window.onerror;
    const consoleError = console.error;
    window.onerror = (_message, _source, _line, _column, error) => {
      caught.push(error);
      return true;
    };
    console.error = (...args: unknown[]) => void reported.push(...args);
    try {
      console.log('contact', email);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      window.onerror = mochaOnError;
      console.error = consoleError;
      consoleGuard()?.raised.splice(raisedBefore);
    }
    expect(caught).to.have.length(1);
    // By name: the page's guard is another instance of the module than the one imported here.
    expect((caught[0] as Error).name).to.equal(new PersonalDataInConsoleError().name);
    const message = (caught[0] as Error).message;
    expect(message).to.contain('console.log').and.to.contain('email');
    expect(message).not.to.contain(email);
    expect(textOf(reported)).not.to.contain(email);
  });

  it('lets clean calls through to the runner', () => {
    const logs = (window as WtrLogs).__wtr_browser_logs__?.logs;
    expect(logs, 'the runner captures browser logs').to.be.an('array');
    const recordedBefore = logs?.length ?? 0;
    const leaks = collectConsoleLeaks(() => console.debug('console guard self-check: nothing personal here'));
    expect(leaks).to.deep.equal([]);
    expect(logs?.length).to.equal(recordedBefore + 1);
    logs?.pop(); // the check's own line need not reach the terminal
  });
});
