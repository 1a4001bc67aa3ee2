// The same snippet as a JavaScript template literal, as a site that builds its HTML in plain
// JavaScript writes it. `${}` prints what String() does: `undefined`, `null`, `false`, `true`.

/** @param {unknown} value */
const escape = (value) =>
  String(value).replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

/** @param {{ name: unknown, value: unknown }} field */
const customData = (field) =>
  `<rr-custom-data name="${escape(field.name)}" value="${escape(field.value)}"></rr-custom-data>`;

/**
 * @param {{ customer: Record<string, any> | null, store: Record<string, any> }} context
 * @returns {string}
 */
export const customerHtml = ({ customer, store }) => `<rr-customer
  customer-id="${escape(customer?.id)}"
  email="${escape(customer?.email)}"
  phone="${escape(customer?.phone)}"
  default-stock-id="${escape(store.regionId)}"
  is-agreed-to-receive-marketing-mail="${escape(customer?.acceptsMarketing)}"
>
  <rr-soft-link name="loyalty card" value="${escape(customer?.loyaltyCard)}"></rr-soft-link>
  ${(customer?.extraFields ?? []).map(customData).join('\n  ')}
</rr-customer>`;

/**
 * The literal's text as written, `${}` and all: what the page gets when the snippet is put in
 * plain quotes instead of backticks, the template literal's own "never rendered".
 */
export const customerHtmlSource = () => {
  const source = customerHtml.toString();
  return source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
};
