/**
 * XML text and attribute escaping for WordprocessingML parts. What goes in is any JavaScript
 * string (Vietnamese text in NFC or not); what comes out is always well-formed XML 1.0 character
 * data: the five special characters are escaped and characters XML 1.0 forbids (C0 controls other
 * than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) are dropped, because Word refuses to open
 * a file that contains them.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** The XML declaration every part starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Namespaces used by the main document, headers, footnotes and comments. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The opening tag of a WordprocessingML part's root element with the w: and r: namespaces. */
export function rootOpen(name: string): string {
  return `<w:${name} xmlns:w="${W_NS}" xmlns:r="${R_NS}">`;
}
