import { executeServerCommand } from '@web/test-runner-commands';

/** The renderer's memory after a full garbage collection, as heap-usage-plugin.mjs reads it. */
export interface HeapUsage {
  /** Bytes of the V8 heap in use. */
  readonly usedSize: number;
  readonly totalSize: number;
  /** DOM nodes alive in the renderer, attached or not. */
  readonly nodes: number;
  readonly jsEventListeners: number;
}

/** Collects garbage, then measures. Needs heapUsagePlugin() in the test runner's plugins. */
export function heapUsage(): Promise<HeapUsage> {
  return executeServerCommand<HeapUsage, undefined>('heap-usage');
}
