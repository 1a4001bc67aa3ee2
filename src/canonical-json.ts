/**
 * A string that is equal for equal data, whatever the order of object keys, so that a
 * payload can be compared with the last one sent. Returns `undefined` for data that has no
 * such string (a cycle, say); such data never compares equal to anything.
 */
export function canonicalJson(data: unknown): string | undefined {
  try {
    return JSON.stringify(data, (_key, value: unknown) => {
      if (typeof value === 'bigint') return `${value}n`;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries);
    });
  } catch {
    return undefined;
  }
}
