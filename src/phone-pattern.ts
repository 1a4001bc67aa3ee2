/**
 * A phone number as the seed's examples write it: 7 to 15 digits, an optional leading `+`,
 * digit groups joined by a single space or hyphen, and at most one bracketed group right
 * after the country code (`+7 (111) 222-33-44`).
 *
 * The lookahead counts the digits. The groups after it need a separator between them, so
 * no two branches can match the same text and the pattern runs in linear time.
 */
export const PHONE_PATTERN = /^(?=(?:\D*\d){7,15}\D*$)\+?\d+(?: ?\(\d+\) ?\d+)?(?:[ -]\d+)*$/;
