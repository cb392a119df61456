/**
 * XML text and attribute values. Besides the five entities, characters XML 1.0 forbids
 * (most C0 controls, lone surrogates, U+FFFE/FFFF) are dropped: a hostile page must not be
 * able to make the JUnit file unparsable.
 */
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

/** ` name="value"` pairs in the given order (stable output), skipping undefined values. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}
