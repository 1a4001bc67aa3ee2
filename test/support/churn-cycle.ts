import type { StandInTracker } from '../../demo/stand-in-tracker.js';
import { nextTask } from './next-task.js';

/** Cycles the churn tests count, after a warm-up that lets JIT and lit's shared state settle. */
export const CHURN_CYCLES = 10_000;
export const CHURN_WARM_UP = 500;

/**
 * One churn cycle in `host`: a new element with children sends, sends again when it changes,
 * is removed, and changes once more while away (which must send nothing). `created` sees each
 * new element. Resolves with the tracker's calls in the cycle, and clears its record: that
 * record is the test's, not the element's, and must not grow.
 */
export async function churnCycle(
  host: Element,
  tracker: StandInTracker,
  index: number,
  created?: (element: Element) => void,
): Promise<number> {
  const element = document.createElement('rr-customer');
  created?.(element);
  element.setAttribute('customer-id', `churn-${index}`);
  element.innerHTML =
    '<rr-soft-link name="card" value="1"></rr-soft-link><rr-custom-data name="tier" value="gold"></rr-custom-data>';
  host.append(element);
  await nextTask();
  element.setAttribute('default-stock-id', 'msk');
  element.querySelector('rr-soft-link')?.setAttribute('value', '2');
  element.customData = { visits: String(index) };
  await nextTask();
  element.remove();
  element.setAttribute('default-stock-id', 'spb');
  element.querySelector('rr-custom-data')?.setAttribute('value', 'silver');
  await nextTask();
  const calls = tracker.calls.length;
  tracker.calls.length = 0;
  return calls;
}
