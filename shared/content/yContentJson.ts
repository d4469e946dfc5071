import * as Y from 'yjs';

/** y-prosemirror names overlapping marks `name--<8 characters of hash>`. */
const HASHED_MARK = /^(.*)--[a-zA-Z0-9+/=]{8}$/;
/** Deeper than this, a subtree is kept as one node holding its text (hostile nesting). */
const MAX_DEPTH = 64;

/**
 * The content of a document's Y.XmlFragment as ProseMirror-ish JSON, exactly as stored: no schema
 * is applied, nothing is deleted and it never throws. (y-prosemirror's own conversion deletes
 * from the Y.Doc every element the schema refuses, and throws on text at the top level; this is
 * what repairContent reads instead.) Elements give `{type, attrs, content}`, each run of a
 * Y.XmlText gives a text node with its marks, embeds and hooks give nodes of unknown types.
 */
export function yContentJson(fragment: Y.XmlFragment): unknown[] {
  return fragment.toArray().flatMap((child) => nodeJson(child, 1));
}

function nodeJson(value: unknown, depth: number): unknown[] {
  if (value instanceof Y.XmlText) return textJson(value);
  if (value instanceof Y.XmlElement) {
    if (depth > MAX_DEPTH) return [{ type: value.nodeName, text: deepText(value) }];
    const attrs: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value.getAttributes())) attrs[key] = jsonSafe(v);
    const content = value.toArray().flatMap((child) => nodeJson(child, depth + 1));
    return [{ type: value.nodeName, attrs, ...(content.length > 0 ? { content } : {}) }];
  }
  if (value instanceof Y.XmlHook) return [{ type: '\u0000hook', attrs: { hook: value.hookName, value: jsonSafe(value) } }];
  return [{ type: '\u0000embed', attrs: { value: jsonSafe(value) } }];
}

function textJson(text: Y.XmlText): unknown[] {
  const out: unknown[] = [];
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') {
      out.push(...nodeJson(op.insert, MAX_DEPTH));
      continue;
    }
    const marks = Object.entries(op.attributes ?? {}).map(([key, attrs]) => {
      const type = HASHED_MARK.exec(key)?.[1] ?? key;
      if (attrs !== null && typeof attrs === 'object' && !Array.isArray(attrs)) return { type, attrs: Object.keys(attrs).length === 0 ? {} : jsonSafe(attrs) };
      return { type, attrs: { value: jsonSafe(attrs) } };
    });
    out.push(marks.length > 0 ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert });
  }
  return out;
}

/**
 * A JSON-safe value for anything stored (Y types become their JSON, bytes a list of numbers,
 * big integers their digits), so a repair record and an RPC reply can always carry it.
 */
export function jsonSafe(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Y.Doc) return { subdocument: value.guid };
  try {
    const json = JSON.stringify(value instanceof Y.AbstractType ? value.toJSON() : value, (_key, v: unknown) =>
      typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Array.from(v) : v,
    );
    return json === undefined ? null : JSON.parse(json);
  } catch {
    return String(value);
  }
}

/** All text under an element, without recursion. */
function deepText(element: Y.XmlElement): string {
  let text = '';
  const stack: unknown[] = [element];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v instanceof Y.XmlText) {
      for (const op of v.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') text += op.insert;
    }
    else if (v instanceof Y.XmlElement) {
      const children = v.toArray();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return text;
}
