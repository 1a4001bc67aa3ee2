/**
 * JSON with every object's keys in sorted order, so that two payloads compare equal exactly
 * when they hold the same data, in whatever order their custom data came. For data made of
 * text, booleans, lists and plain objects, as a payload is. Written out directly rather than
 * by copying each object in sorted order: a copy of an object of 10,000 keys costs more than
 * the sort.
 */
export function canonicalJson(data: unknown): string {
  if (Array.isArray(data)) return `[${data.map(canonicalJson).join()}]`;
  if (data === null || typeof data !== 'object') return String(JSON.stringify(data));
  const record = data as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join()}}`;
}
