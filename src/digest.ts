/**
 * A 32-bit digest of text (FNV-1a), for remembering that a text was seen without keeping it:
 * the element's input holds the customer's data, and a page may run for hours. Not a
 * cryptographic hash; two texts that collide only share one console warning.
 */
export function digest(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
