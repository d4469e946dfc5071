import { markAttrAllowed } from './attrRules.ts';
import type { ContentRepair } from './contentRepair.ts';
import { HEADER_FIELDS } from '../document/header.ts';
import type { PmJson } from './repairContent.ts';
import { schema } from '../editor/schema.ts';

/** Pieces of repairContent: JSON helpers that read raw stored nodes, and the repair of marks. */

export type Raw = Record<string, unknown>;
export const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
export const typeOf = (v: unknown): string => (isObject(v) && typeof v.type === 'string' ? v.type : '');
export const childrenOf = (v: unknown): unknown[] => (isObject(v) && Array.isArray(v.content) ? v.content : []);
/** ProseMirror keeps marks in the schema's order. */
const MARK_ORDER = Object.keys(schema.marks);

/**
 * Marks as the schema allows them: unknown types and repeats dropped, footnote_ref's `note` a
 * string or null, in the schema's order; each change reported through `report`.
 */
export function repairMarks(raw: unknown, path: number[], report: (repair: ContentRepair) => void): PmJson['marks'] {
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) {
    report({ kind: 'mark', path, was: raw });
    return undefined;
  }
  const out: NonNullable<PmJson['marks']> = [];
  for (const mark of raw) {
    const type = typeof mark === 'string' ? mark : typeOf(mark);
    const markType = schema.marks[type];
    if (!markType || out.some((m) => m.type === type)) {
      report({ kind: 'mark', path, attr: type, was: mark });
      continue;
    }
    if (type !== 'footnote_ref') {
      out.push({ type });
      continue;
    }
    const note = isObject(mark) && isObject(mark.attrs) ? mark.attrs.note : undefined;
    const ok = markAttrAllowed('footnote_ref', 'note', note);
    if (!ok) report({ kind: 'attribute', path, type, attr: 'note', was: note, now: null });
    out.push({ type, attrs: { note: ok ? (note ?? null) : null } });
  }
  out.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
  return out.length > 0 ? out : undefined;
}

export function withContent(node: PmJson, content: PmJson[]): PmJson {
  return content.length > 0 ? { ...node, content } : node;
}

export function withMarks(node: PmJson, marks: PmJson['marks']): PmJson {
  return marks ? { ...node, marks } : node;
}

/** Text with "\n" as hard breaks. */
export function textContent(text: string): PmJson[] {
  const out: PmJson[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ type: 'hard_break' });
    if (line) out.push({ type: 'text', text: line });
  });
  return out;
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** An unknown node that holds only a `text` string: its text is inline content. */
export function isTextOnly(item: unknown): boolean {
  return isObject(item) && typeof item.text === 'string' && childrenOf(item).length === 0 && item.type !== 'header';
}

export function headerText(item: unknown): string {
  const attrs = isObject(item) && isObject(item.attrs) ? item.attrs : {};
  return HEADER_FIELDS.map((f) => attrs[f]).filter((v): v is string => typeof v === 'string' && v !== '').join('\n');
}

/** All text under a value, without recursion (hostile nesting cannot overflow the stack). */
export function deepText(value: unknown): string {
  let text = '';
  const stack: unknown[] = [value];
  let budget = 1_000_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (typeof v === 'string') text += v;
    else if (isObject(v)) {
      if (typeof v.text === 'string') text += v.text;
      const content = childrenOf(v);
      for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
    }
  }
  return text;
}

/** Every id already present as a string, so repaired ids never take one. */
export function collectIds(items: unknown[], into: Set<string>): void {
  const stack = [...items];
  let budget = 1_000_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (!isObject(v)) continue;
    const id = isObject(v.attrs) ? v.attrs.id : undefined;
    if (typeof id === 'string') into.add(id);
    stack.push(...childrenOf(v));
  }
}

export function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
