import { readText, type Unreadable } from './read-text.js';

// Y/N is how 1C-Bitrix stores a flag; `on` is what a checked checkbox submits.
const YES = /^(?:true|1|yes|y|on)$/i;
const NO = /^(?:false|0|no|n|off)$/i;

/**
 * Consent as the page gave it. Absent leaves the key out; a boolean is itself; a word in
 * either set is its boolean, in any letter case. Present but empty, or a placeholder, is
 * `false`: templates print false as nothing, and per the seed false unsubscribes no one, so
 * it is the one safe reading. Other text is kept, for the schema to refuse.
 */
export function readConsent(value: unknown): boolean | string | Unreadable | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
  const text = readText(value, 'isAgreedToReceiveMarketingMail');
  if (text === undefined) return false;
  if (typeof text !== 'string') return text;
  if (YES.test(text)) return true;
  return NO.test(text) ? false : text;
}
