// What JavaScript, Python, Go, Ruby and Lua print for a missing value, in lower case. The
// longest is 15 characters, so longer text is never lowered to be looked up.
const PLACEHOLDERS = new Set(['undefined', 'null', 'none', 'nil', 'nan', '[object object]', '<no value>', '<nil>']);

/** Whether trimmed text is a template's rendering of a missing value, so no value at all. */
export const isPlaceholder = (text: string): boolean => text.length < 16 && PLACEHOLDERS.has(text.toLowerCase());
