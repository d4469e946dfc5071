import { nodeAttrAllowed } from './attrRules.ts';
import { EMPTY_HEADER, HEADER_FIELDS } from '../document/header.ts';
import { schema } from '../editor/schema.ts';

/**
 * What replaces a stored attribute value the schema's rules (attrRules.ts) do not allow: the
 * schema itself declares defaults but checks nothing, and y-prosemirror stores whatever a client
 * sent. `id` is repairContent's own business (it derives a new id from the place).
 */
export type AttrCheck = { ok: true } | { ok: false; now: unknown };

const OK: AttrCheck = { ok: true };

/** A number the value clearly meant ("2" → 2) that the rules allow, or undefined. */
function meantInt(type: string, attr: string, v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : NaN;
  return nodeAttrAllowed(type, attr, n) ? n : undefined;
}

const HEADER_FIELD_SET: ReadonlySet<string> = new Set(HEADER_FIELDS);
const INTEGER_ATTRS: Record<string, readonly string[]> = { heading: ['level'], table_cell: ['colspan', 'rowspan'] };

/** Whether `value` is allowed for `attr` of a node of `type`, and what replaces it when not. */
export function checkAttr(type: string, attr: string, value: unknown): AttrCheck {
  if (nodeAttrAllowed(type, attr, value)) return OK;
  const fallback = schema.nodes[type].spec.attrs?.[attr]?.default ?? null;
  if (INTEGER_ATTRS[type]?.includes(attr)) return { ok: false, now: meantInt(type, attr, value) ?? fallback };
  if (type === 'header' && HEADER_FIELD_SET.has(attr)) {
    const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : EMPTY_HEADER[attr as keyof typeof EMPTY_HEADER];
    return { ok: false, now: nodeAttrAllowed(type, attr, text) ? text : fallback };
  }
  return { ok: false, now: fallback };
}
