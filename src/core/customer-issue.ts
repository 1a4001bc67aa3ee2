/**
 * What is wrong with one value, as a stable word that listeners and CI scripts can match;
 * the message beside it is for people and may be reworded. docs/issue-codes.md has the table.
 */
export type IssueCode =
  | 'required'
  | 'guest-id'
  | 'template-tag'
  | 'too-long'
  | 'not-text'
  | 'invalid-email'
  | 'invalid-phone'
  | 'invalid-consent'
  | 'wrong-shape'
  | 'pair-without-name'
  | 'email-soft-link';

/** One problem with the input: its code, the parameter's camelCase name and what is wrong, never the value. */
export interface CustomerIssue {
  readonly code: IssueCode;
  readonly field: string;
  readonly message: string;
}
