// The stand-in tracker, loaded as a deferred module as a site loads Retail Rocket's tracker
// asynchronously. It stamps the first call to reach its setCustomer, and keeps the calls in
// `window.standInTracker.calls` for the bench to check.
import { StandInTracker } from '../../demo/stand-in-tracker.js';

const page = /** @type {Window & { benchFirstCall?: number, standInTracker?: StandInTracker }} */ (window);
// Stamped by the tracker's own hook: calls queued before it loads run inside load(), where
// no wrapper could reach them. Its copy of a payload this small costs microseconds.
page.standInTracker = new StandInTracker(window, () => {
  page.benchFirstCall ??= performance.now();
});
page.standInTracker.load();
