/**
 * A stand-in for Retail Rocket's tracker that treats its globals as the real loader does:
 *
 * - before `load()`, `window.rrApiOnReady` stays whatever the page made it (an array, or
 *   absent) and queued functions wait in it;
 * - `load()` replaces `window.rrApi` with an API whose `setCustomer` records each payload,
 *   runs every queued function in its own try/catch, then replaces `window.rrApiOnReady`
 *   with an object whose `push` runs each later function at once.
 *
 * The demo uses it when no real tracker is named, and the tests use it as the one allowed
 * stand-in for the third party.
 */
export class StandInTracker {
  /**
   * @param {Window} page the window whose globals the tracker owns
   * @param {(payload: unknown) => void} [onSetCustomer] told of every call, after it is recorded
   */
  constructor(page = window, onSetCustomer = () => {}) {
    this.page = page;
    this.onSetCustomer = onSetCustomer;
    /** @type {unknown[]} every payload `setCustomer` received, in order */
    this.calls = [];
  }

  /** What the tracker script does when it has loaded. */
  load() {
    const globals = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this.page));
    globals.rrApi = {
      /** @param {unknown} payload */
      setCustomer: (payload) => {
        this.calls.push(structuredClone(payload));
        this.onSetCustomer(payload);
      },
    };
    const queued = globals.rrApiOnReady;
    if (Array.isArray(queued)) for (const callback of queued) runIsolated(callback);
    globals.rrApiOnReady = { push: runIsolated };
  }
}

/** @param {unknown} callback */
function runIsolated(callback) {
  try {
    if (typeof callback === 'function') callback();
  } catch {
    // The real loader isolates every callback in the same way.
  }
}
