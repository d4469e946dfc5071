/**
 * A strict little XML parser for tests: it builds an element tree and throws on anything that is
 * not well-formed (unclosed or mismatched tags, duplicate or unquoted attributes, a raw "<" or a
 * bad entity in text, content after the root). No DTDs, no CDATA: our parts have none.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`raw "<" at ${where}`);
  if (raw.replace(ENTITY, '').includes('&')) throw new Error(`bad entity near ${where}: ${raw.slice(0, 40)}`);
  return raw.replace(ENTITY, (e) => {
    const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e[2] === 'x' ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10));
  });
}

function parseAttrs(src: string, where: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let rest = src.trim();
  while (rest) {
    const m = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')\s*/.exec(rest);
    if (!m) throw new Error(`bad attribute syntax at ${where}: ${rest.slice(0, 40)}`);
    if (m[1] in attrs) throw new Error(`duplicate attribute ${m[1]} at ${where}`);
    attrs[m[1]] = decode(m[3] ?? m[4], where);
    rest = rest.slice(m[0].length);
  }
  return attrs;
}

export function parseXml(xml: string): XmlElement {
  let i = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text) {
      if (stack.length === 1 && text.trim()) throw new Error(`text outside the root at ${i}`);
      if (stack.length > 1) stack[stack.length - 1].children.push(decode(text, i));
    }
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error(`unterminated tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${open?.name}> at ${lt}`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = NAME.exec(body)?.[0];
    if (!name) throw new Error(`bad tag name at ${lt}: ${tag.slice(0, 20)}`);
    if (stack.length === 1 && root.children.length > 0) throw new Error('second root element');
    const el: XmlElement = { name, attrs: parseAttrs(body.slice(name.length), lt), children: [] };
    stack[stack.length - 1].children.push(el);
    if (!selfClosing) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('no root element');
  return top;
}

export function elements(node: XmlElement, name: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function child(node: XmlElement, name: string): XmlElement | undefined {
  return elements(node, name)[0];
}

/** Every descendant element with the given name, in document order. */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    out.push(...descendants(c, name));
  }
  return out;
}
