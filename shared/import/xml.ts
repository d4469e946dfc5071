/**
 * A small, fast XML reader for Office Open XML parts: it turns a well-formed document into a
 * tree of elements and text. Names keep their namespace prefix ("w:p"), which is how OOXML parts
 * are written in practice. Entities (the five named ones and numeric references) are decoded;
 * comments, processing instructions and DOCTYPE are skipped. No DTDs, no CDATA (Word never
 * writes them in the parts we read). Malformed input throws an `XmlError`. With a budget, a
 * document nested deeper or holding more elements than it allows throws an `XmlLimitError` as
 * soon as it gets there, so what reads the tree recursively never meets more than `maxDepth`.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  override name = 'XmlError';
}

/** A well-formed document past its budget: too deep, or too many elements. */
export class XmlLimitError extends XmlError {
  override name = 'XmlLimitError';
  readonly limit: 'depth' | 'elements';
  constructor(limit: 'depth' | 'elements', message: string) {
    super(message);
    this.limit = limit;
  }
}

/** What parsing may spend; `elementsLeft` is shared by the parts of one file and counts down. */
export interface XmlBudget {
  maxDepth: number;
  elementsLeft: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entity and character references in attribute values and text. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

// Sticky: each matches at one position only, and never backtracks into what follows.
const ATTR_NAME = /[^\s=/>]+/y;
const SPACES = /\s*/y;

/**
 * The attributes of a start tag's text after its name: every `name = "value"` (or 'value'),
 * anything else skipped, a later duplicate winning. Linear in the text: the one-regex form
 * (`/([^\s=/>]+)\s*=\s*(?:"…"|'…')/g`) rescanned a long run of name characters from each of its
 * positions, so `<w:p aaaa…/>` of 120,000 letters (a 1 KB .docx) took 16 s.
 */
function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  // Past its last occurrence a quote cannot be closed: known at once, not by a scan to the end.
  const lastQuote: Record<string, number> = { '"': source.lastIndexOf('"'), "'": source.lastIndexOf("'") };
  let i = 0;
  while (i < source.length) {
    ATTR_NAME.lastIndex = i;
    const name = ATTR_NAME.exec(source);
    if (!name) {
      i++;
      continue;
    }
    // A run of name characters that is not followed by a value is skipped whole: every suffix of
    // it would meet the same text after it.
    i = ATTR_NAME.lastIndex;
    const open = skipSpaces(source, i);
    if (source[open] !== '=') continue;
    const quoteAt = skipSpaces(source, open + 1);
    const quote = source[quoteAt];
    if ((quote !== '"' && quote !== "'") || lastQuote[quote] <= quoteAt) continue;
    const close = source.indexOf(quote, quoteAt + 1);
    attrs[name[0]] = decodeEntities(source.slice(quoteAt + 1, close));
    i = close + 1;
  }
  return attrs;
}

function skipSpaces(source: string, at: number): number {
  SPACES.lastIndex = at;
  SPACES.exec(source);
  return SPACES.lastIndex;
}

/** Skips a construct starting at `at` that ends with `end`; returns the index after it. */
function skipPast(xml: string, at: number, end: string): number {
  const close = xml.indexOf(end, at);
  if (close < 0) throw new XmlError(`Unterminated construct at ${at}`);
  return close + end.length;
}

/** Parses an XML document and returns its root element. */
export function parseXml(xml: string, budget: XmlBudget = { maxDepth: Infinity, elementsLeft: Infinity }): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && stack.length > 1) stack[stack.length - 1].children.push(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) i = skipPast(xml, lt, '?>');
    else if (next === 33 /* ! */) i = skipPast(xml, lt, xml.startsWith('<!--', lt) ? '-->' : '>');
    else if (next === 47 /* / */) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlError(`Unterminated end tag at ${lt}`);
      const name = xml.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new XmlError(`Mismatched </${name}> at ${lt}`);
      i = gt + 1;
    } else {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlError(`Unterminated start tag at ${lt}`);
      const selfClosing = xml.charCodeAt(gt - 1) === 47;
      const body = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = body.search(/\s/);
      const name = space < 0 ? body : body.slice(0, space);
      if (--budget.elementsLeft < 0) throw new XmlLimitError('elements', `More elements than the budget at ${lt}`);
      // The stack holds the document node too: an element at depth d sits at stack.length === d.
      if (stack.length > budget.maxDepth) throw new XmlLimitError('depth', `Deeper than ${budget.maxDepth} at ${lt}`);
      const element: XmlElement = { name, attrs: space < 0 ? {} : parseAttrs(body.slice(space)), children: [] };
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) stack.push(element);
      i = gt + 1;
    }
  }
  if (stack.length !== 1) throw new XmlError(`Unclosed <${stack[stack.length - 1].name}>`);
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlError('No root element');
  return top;
}

/** The child elements of `el` with the given name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** The first child element of `el` with the given name, or undefined. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** The concatenated text directly inside `el`. */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}
