// Which tracker the page runs: the stand-in, or a real script named by ?tracker= (tracker-url.js
// holds the rule). The status line always names the one in use, so that the page never seems to
// run a tracker it does not.
import { StandInTracker } from './stand-in-tracker.js';
import { judgeTrackerUrl, trackerPolicy } from './tracker-url.js';
import { payloadBlock } from './event-log.js';

/** @typedef {import('./event-log.js').EventLog} EventLog */

/** A link back to the playground with the stand-in tracker. */
function standInLink() {
  const link = document.createElement('a');
  link.href = location.pathname;
  link.textContent = 'use the stand-in';
  return link;
}

/**
 * Refuses the tracker that ?tracker= names: says so on the page and loads nothing, neither
 * that script nor the stand-in.
 * @param {HTMLElement} status
 * @param {EventLog} log
 * @param {string} reason
 */
function refuseTracker(status, log, reason) {
  status.dataset.tracker = 'refused';
  status.replaceChildren('Tracker refused, none loaded · ', standInLink());
  log.add('error', `?tracker= refused, and nothing loaded: ${reason}`);
}

/**
 * Loads the tracker script at `url`. Where the browser has Trusted Types, `script.src` takes
 * only what the page's policy makes, and the policy checks the URL once more.
 * @param {HTMLElement} status
 * @param {EventLog} log
 * @param {URL} url
 */
function loadTracker(status, log, url) {
  const script = document.createElement('script');
  try {
    const policy = trackerPolicy(window);
    script.src = policy ? /** @type {string} */ (policy.createScriptURL(url.href)) : url.href;
  } catch (error) {
    refuseTracker(status, log, error instanceof Error ? error.message : 'the page refused the script URL.');
    return;
  }
  status.dataset.tracker = 'real';
  status.replaceChildren(`Tracker: ${url.href} · `, standInLink());
  script.async = true;
  script.addEventListener('load', () => {
    log.add('info', `Tracker script loaded from ${url.href}. Its calls are not shown here.`);
  });
  script.addEventListener('error', () => log.add('error', `The tracker script at ${url.href} did not load.`));
  document.head.append(script);
}

/**
 * @param {HTMLElement} status
 * @param {EventLog} log
 */
function useStandIn(status, log) {
  const tracker = new StandInTracker(window, (payload) => {
    const snapshot = JSON.parse(JSON.stringify(payload));
    // The element announces the call right after queuing it: log the call after that.
    queueMicrotask(() => {
      log.add('call', 'received by the stand-in tracker', payloadBlock(snapshot, 'rrApi.setCustomer('));
    });
  });
  status.textContent = 'Stand-in tracker · add ?tracker=<url> to load a real one';
  // A tracker loads after the page, as the real one does: what the element queued waits.
  window.addEventListener('load', () => {
    const queue = /** @type {{ rrApiOnReady?: unknown }} */ (/** @type {unknown} */ (window)).rrApiOnReady;
    const waiting = Array.isArray(queue) ? queue.length : 0;
    log.add('info', `Stand-in tracker loaded; it runs the ${waiting} queued call${waiting === 1 ? '' : 's'}.`);
    tracker.load();
  });
  return tracker;
}

/**
 * Starts the tracker the page's address asks for, and says which on `status`.
 * @param {HTMLElement} status
 * @param {EventLog} log
 * @returns {StandInTracker | undefined} the stand-in, when it is the one in use
 */
export function chooseTracker(status, log) {
  const trackerParam = new URLSearchParams(location.search).get('tracker');
  if (!trackerParam) return useStandIn(status, log);
  const verdict = judgeTrackerUrl(trackerParam, location.href);
  if (verdict.ok) loadTracker(status, log, verdict.url);
  else refuseTracker(status, log, `${trackerParam} · ${verdict.reason}`);
  return undefined;
}
