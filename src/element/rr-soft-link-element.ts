import { NameValueElement } from './name-value-element.js';

/**
 * `<rr-soft-link name="…" value="…">`: one entry of `softLinks`, an abstract pointer to the
 * visitor such as a loyalty card number. Place it directly inside `<rr-customer>`.
 *
 * @tagname rr-soft-link
 */
export class RrSoftLinkElement extends NameValueElement {}
