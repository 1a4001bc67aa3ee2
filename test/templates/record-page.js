// The recorder of a rendered template page: loaded first in <head>, as a classic script, it
// keeps on `window.templatePage` every event of the element in the order they fire, and the
// page's own errors, for the test in the parent frame to read. The events' details hold the
// customer's data; the test compares them and never prints them.
(() => {
  /**
   * @type {{
   *   events: { type: string, detail: unknown }[],
   *   errors: string[],
   *   rejections: string[],
   * }}
   */
  const record = { events: [], errors: [], rejections: [] };
  /** @type {Window & { templatePage?: typeof record }} */ (window).templatePage = record;

  addEventListener('error', (event) => {
    const error = event.error;
    record.errors.push(
      error instanceof Error ? `${error.name}: ${error.message}` : String(event.message || 'an error'),
    );
  });
  addEventListener('unhandledrejection', (event) => {
    record.rejections.push(
      event.reason instanceof Error ? `${event.reason.name}: ${event.reason.message}` : typeof event.reason,
    );
  });
  for (const type of ['rr-customer-send', 'rr-customer-invalid', 'rr-customer-error']) {
    addEventListener(type, (event) => {
      record.events.push({ type, detail: structuredClone(/** @type {CustomEvent} */ (event).detail) });
    });
  }
})();
