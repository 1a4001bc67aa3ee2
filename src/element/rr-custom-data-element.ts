import { NameValueElement } from './name-value-element.js';

/**
 * `<rr-custom-data name="…" value="…">`: one key of `customData`, an extra customer
 * attribute. Place it directly inside `<rr-customer>`; when two share a name, the last wins.
 *
 * @tagname rr-custom-data
 */
export class RrCustomDataElement extends NameValueElement {}
