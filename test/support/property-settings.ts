/**
 * fast-check settings for the browser tests: a seed and a number of runs that the command
 * line can set (`RR_FC_SEED=… RR_FC_RUNS=… npx web-test-runner …`, passed to the page by
 * web-test-runner.config.mjs), and a failure report that never prints a generated value.
 *
 * The generated customer IDs, emails and phone numbers are synthetic, but they are shaped
 * like real ones, and the run's output must show no such value. fast-check's own report
 * prints the counterexample, so it is replaced: the report gives the seed and path that
 * replay the failure, the failed rule (our checks word their messages without values), and
 * the counterexample's shape (keys, lengths, types). Replaying the seed in a debug browser
 * shows the values to whoever needs them.
 */
import fc from 'fast-check';
import { shapeOf } from './fixture-page.js';
import { findPersonalData } from './personal-data.js';

interface TestEnv {
  readonly fcSeed?: string | null;
  readonly fcRuns?: string | null;
}

/** A failed rule of a property; its message names the rule and never a value. */
export class RuleBroken extends Error {
  override name = 'RuleBroken';
}

/** Throws `RuleBroken` with `rule` unless `holds`. */
export function rule(holds: boolean, rule: string): asserts holds {
  if (!holds) throw new RuleBroken(rule);
}

function envNumber(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : undefined;
}

/** The shape of a counterexample, or a note that reading it threw (a generated getter may throw by design). */
function safeShapeOf(value: unknown): string {
  try {
    return shapeOf(value);
  } catch {
    return '(a value that throws when read)';
  }
}

/**
 * The settings for one `fc.assert`, with `defaultRuns` unless the command line says otherwise.
 * With a `name`, the seed and run count are logged under it, so that every run (the soak's
 * included) says how to replay it.
 */
export function propertySettings(
  defaultRuns: number,
  name?: string,
): fc.Parameters<unknown> & { seed: number; numRuns: number } {
  const env = (globalThis as { rrTestEnv?: TestEnv }).rrTestEnv ?? {};
  const seed = envNumber(env.fcSeed) ?? Math.floor(Math.random() * 0x7fffffff);
  const numRuns = envNumber(env.fcRuns) ?? defaultRuns;
  if (name !== undefined) console.log(`${name}: seed ${seed}, ${numRuns} runs`);
  return {
    seed,
    numRuns,
    // The default reporter prints the counterexample's values; this one does not.
    reporter(details) {
      if (!details.failed) return;
      const error = details.errorInstance;
      const cause =
        error instanceof RuleBroken
          ? error.message
          : error instanceof Error && findPersonalData(error.message).length === 0
            ? `${error.name}: ${error.message}`
            : `an unexpected ${error instanceof Error ? error.name : typeof error}`;
      throw new Error(
        `property failed: ${cause}\n` +
          `seed ${details.seed}, path "${details.counterexamplePath ?? ''}", after ${details.numRuns} runs and ${details.numShrinks} shrinks; ` +
          `replay with RR_FC_SEED=${details.seed}\n` +
          `counterexample shape: ${safeShapeOf(details.counterexample)}`,
      );
    },
  };
}

/**
 * A mocha timeout for a test whose property runs `settings.numRuns` times: `perRunMs` a run
 * plus `fixedMs` for the rest of the test, so that `RR_FC_RUNS=10000` widens it as it widens
 * the property. Set the budget for a slow, shared machine: the timeout only stops a hang.
 */
export function propertyTimeout(settings: { readonly numRuns: number }, perRunMs: number, fixedMs = 20_000): number {
  return fixedMs + settings.numRuns * perRunMs;
}
