/**
 * A phone number as Retail Rocket's formats write it: 7 to 15 digits, an optional leading
 * `+`, digit groups joined by a single space or hyphen, and at most one bracketed group right
 * after the country code (`+7 (111) 222-33-44`).
 *
 * The lookahead counts the digits. The groups after it need a separator between them, so
 * no two branches can match the same text and the pattern runs in linear time.
 */
export const PHONE_PATTERN = /^(?=(?:\D*\d){7,15}\D*$)\+?\d+(?: ?\(\d+\) ?\d+)?(?:[ -]\d+)*$/;

/**
 * The longest text `PHONE_PATTERN` can match: `+`, 15 digits, ` (` and `) ` around the
 * bracketed group, and one separator before each of the 12 groups of one digit after it.
 */
export const PHONE_MAX_LENGTH = 1 + 15 + 4 + 12;
