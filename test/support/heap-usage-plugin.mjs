/**
 * A test-runner plugin for the server command `heap-usage`: forces a full garbage collection
 * in the test page's renderer, then reads the V8 heap and the DOM counters (nodes, event
 * listeners) through the DevTools protocol.
 *
 * `performance.memory` cannot serve here: without a flag it is rounded into coarse buckets
 * and cached for minutes, so a leak of a few megabytes would not show.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function heapUsagePlugin() {
  return {
    name: 'heap-usage',
    async executeCommand({ command, session }) {
      if (command !== 'heap-usage') return undefined;
      const browser = /** @type {{ getPage?(id: string): import('puppeteer-core').Page }} */ (session.browser);
      if (typeof browser.getPage !== 'function') throw new Error('heap-usage needs a puppeteer-driven Chromium');
      const cdp = await browser.getPage(session.id).createCDPSession();
      try {
        // Twice: objects with finalizers and weak references need a second pass to go.
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
        // Nodes and listeners count too: a leaked element may hold little JS but a whole subtree.
        const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        return { usedSize, totalSize, nodes, jsEventListeners };
      } finally {
        await cdp.detach();
      }
    },
  };
}
