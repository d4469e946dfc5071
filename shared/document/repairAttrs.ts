import { HEADING_LEVELS } from './blockTypes.ts';
import { EMPTY_HEADER, HEADER_FIELDS } from './header.ts';

/**
 * The allowed values of the schema's attributes (other than `id`, which repairContent handles):
 * the schema itself declares defaults but checks nothing, and y-prosemirror stores whatever a
 * client sends. `undefined` is always allowed (it means the default).
 */
export type AttrCheck = { ok: true } | { ok: false; now: unknown };

const OK: AttrCheck = { ok: true };
const MAX_SPAN = 1000;

const isIntIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** A number the value clearly meant ("2" → 2), or undefined. */
function meantInt(v: unknown, min: number, max: number): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v.trim()) : NaN;
  return isIntIn(n, min, max) ? n : undefined;
}

function intAttr(v: unknown, min: number, max: number, fallback: number): AttrCheck {
  if (v === undefined || isIntIn(v, min, max)) return OK;
  return { ok: false, now: meantInt(v, min, max) ?? fallback };
}

const HEADER_FIELD_SET: ReadonlySet<string> = new Set(HEADER_FIELDS);

/** Whether `value` is allowed for `attr` of a node of `type`, and what replaces it when not. */
export function checkAttr(type: string, attr: string, value: unknown): AttrCheck {
  if (type === 'heading' && attr === 'level') return intAttr(value, HEADING_LEVELS[0], HEADING_LEVELS[HEADING_LEVELS.length - 1], 1);
  if (type === 'table_cell' && (attr === 'colspan' || attr === 'rowspan')) return intAttr(value, 1, MAX_SPAN, 1);
  if (type === 'table_cell' && attr === 'colwidth') {
    const ok = value === undefined || value === null || (Array.isArray(value) && value.every((w) => typeof w === 'number' && Number.isFinite(w) && w > 0));
    return ok ? OK : { ok: false, now: null };
  }
  if (type === 'header' && HEADER_FIELD_SET.has(attr)) {
    if (value === undefined || typeof value === 'string') return OK;
    const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : EMPTY_HEADER[attr as keyof typeof EMPTY_HEADER];
    return { ok: false, now: text };
  }
  return OK;
}
