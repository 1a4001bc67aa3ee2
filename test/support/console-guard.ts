/**
 * Wraps every console method of a test page so that no email address, phone number or
 * customer ID reaches the test run's output. web-test-runner.config.mjs loads this module in
 * the `<head>` of every test page, after the runner's own log capture and before the test
 * framework, so its wrapper is the outermost one: a call that carries personal data is
 * suppressed before the runner records it.
 *
 * A suppressed call fails the test run: the guard throws, in a task of its own, an error that
 * names the console method and the kind of data (never the value). Mocha takes an uncaught
 * error as the failure of the test that is running, or of the run when none is.
 */
import { findPersonalData, textOf, type Finding } from './personal-data.js';

/** One console call the guard stopped. */
export interface ConsoleLeak {
  readonly method: string;
  readonly findings: readonly Finding[];
}

interface GuardState {
  readonly installed: true;
  /** Leaks collected instead of failing the run, while a test plants them on purpose. */
  collecting: ConsoleLeak[] | undefined;
  /** Leaks that failed the run. */
  readonly raised: ConsoleLeak[];
}

const STATE = Symbol.for('rr-customer.test.console-guard');
type GuardHolder = typeof globalThis & { [STATE]?: GuardState };

export class PersonalDataInConsoleError extends Error {
  override name = 'PersonalDataInConsoleError';
}

/** The guard's state on this page, or `undefined` when it was not installed. */
export function consoleGuard(): GuardState | undefined {
  return (globalThis as GuardHolder)[STATE];
}

function describeLeak(leak: ConsoleLeak): string {
  const found = leak.findings.map((finding) => `${finding.kind} (known by ${finding.source})`).join(', ');
  return `personal data reached console.${leak.method}: ${found}. The call was suppressed.`;
}

function install(): GuardState {
  const state: GuardState = { installed: true, collecting: undefined, raised: [] };
  (globalThis as GuardHolder)[STATE] = state;
  const target = console as unknown as Record<string, unknown>;
  // Every method the console has, whatever the browser adds, plus those the standard names.
  const names = new Set([
    ...Object.keys(target).filter((name) => typeof target[name] === 'function'),
    ...[
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
      'group',
      'groupCollapsed',
      'count',
      'timeLog',
      'timeEnd',
    ],
  ]);
  let checking = false;
  for (const method of names) {
    const original = target[method];
    if (typeof original !== 'function') continue;
    target[method] = function guarded(this: unknown, ...args: unknown[]): unknown {
      // A console call made while checking (none is expected) must not loop.
      if (checking) return Reflect.apply(original, console, args);
      checking = true;
      let findings: Finding[];
      try {
        findings = findPersonalData(args.map((arg) => textOf(arg)).join('\n'));
      } finally {
        checking = false;
      }
      if (findings.length === 0) return Reflect.apply(original, console, args);
      const leak = { method, findings };
      if (state.collecting) {
        state.collecting.push(leak);
        return undefined;
      }
      state.raised.push(leak);
      setTimeout(() => {
        throw new PersonalDataInConsoleError(describeLeak(leak));
      });
      return undefined;
    };
  }
  return state;
}

/**
 * Runs `action` with the guard collecting leaks instead of failing the run, and returns them:
 * for a test that plants a leak to prove the guard stops it.
 */
export function collectConsoleLeaks(action: () => void): ConsoleLeak[] {
  const state = consoleGuard();
  if (!state) throw new Error('the console guard is not installed on this page');
  const collected: ConsoleLeak[] = [];
  const before = state.collecting;
  state.collecting = collected;
  try {
    action();
  } finally {
    state.collecting = before;
  }
  return collected;
}

if (!consoleGuard()) install();
