import { HEADING_LEVELS } from '../document/blockTypes.ts';
import { HEADER_FIELDS } from '../document/header.ts';
import { schema } from '../editor/schema.ts';

/**
 * What each attribute of the schema's nodes and marks may hold, beyond what ProseMirror checks
 * (the schema gives defaults, not types: `heading` would take `level: "NaN"` and a block an
 * object as its id). The one set of rules: the sync server refuses an update that sets anything
 * else, and repairContent replaces what stored content holds against them.
 */
type Rule = (value: unknown) => boolean;

/** A block id: generated ones are 10 letters, imported ones "b1", "b0042"; room for older forms. */
export const isBlockId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v);
const blockId: Rule = (v) => v === null || isBlockId(v);
const text =
  (max: number): Rule =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const integer =
  (min: number, max: number): Rule =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const colwidth: Rule = (v) =>
  v === null || (Array.isArray(v) && v.length <= 1000 && v.every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0));

/** An attribute the schema declares without a rule here: a plain value of modest size. */
const plain: Rule = (v) => v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 2000);

const headerRules = Object.fromEntries(HEADER_FIELDS.map((field) => [field, text(2000)]));

const NODE_RULES: Record<string, Record<string, Rule>> = {
  header: headerRules,
  heading: { level: integer(HEADING_LEVELS[0], HEADING_LEVELS[HEADING_LEVELS.length - 1]) },
  table_cell: { colspan: integer(1, 1000), rowspan: integer(1, 1000), colwidth },
};

const MARK_RULES: Record<string, Record<string, Rule>> = {
  footnote_ref: { note: blockId },
};

/** The rule of every attribute the schema declares for `spec`; undeclared ones have none. */
function rulesFor(declared: Record<string, unknown> | undefined, explicit: Record<string, Rule> = {}): Record<string, Rule> {
  const rules: Record<string, Rule> = {};
  for (const name of Object.keys(declared ?? {})) rules[name] = explicit[name] ?? (name === 'id' ? blockId : plain);
  return rules;
}

const cached = (make: (name: string) => Record<string, Rule>) => {
  const rules = new Map<string, Record<string, Rule>>();
  return (name: string) => rules.get(name) ?? rules.set(name, make(name)).get(name)!;
};
const rulesOfNode = cached((name) => rulesFor(schema.nodes[name].spec.attrs, NODE_RULES[name]));
const rulesOfMark = cached((name) => rulesFor(schema.marks[name].spec.attrs, MARK_RULES[name]));

/** Whether `value` may stand as `attr` of a `nodeName` node; undefined (the default) always may. */
export function nodeAttrAllowed(nodeName: string, attr: string, value: unknown): boolean {
  const rule = rulesOfNode(nodeName)[attr];
  return value === undefined || (rule !== undefined && rule(value));
}

/** The same for a mark's attribute. */
export function markAttrAllowed(markName: string, attr: string, value: unknown): boolean {
  const rule = rulesOfMark(markName)[attr];
  return value === undefined || (rule !== undefined && rule(value));
}

/**
 * Why `attrs` are not allowed on a `nodeName` node (an unknown attribute, or a value of the
 * wrong kind), or null when they are. `nodeName` must be a node of the schema.
 */
export function nodeAttrsProblem(nodeName: string, attrs: Record<string, unknown>): string | null {
  return attrsProblem(nodeName, rulesOfNode(nodeName), attrs);
}

/** The same for a mark's attributes. `markName` must be a mark of the schema. */
export function markAttrsProblem(markName: string, attrs: unknown): string | null {
  if (attrs === null || attrs === undefined) return null;
  if (typeof attrs !== 'object' || Array.isArray(attrs)) return `${markName}: thuộc tính không phải là một đối tượng`;
  return attrsProblem(markName, rulesOfMark(markName), attrs as Record<string, unknown>);
}

function attrsProblem(owner: string, rules: Record<string, Rule>, attrs: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(attrs)) {
    const rule = rules[key];
    if (!rule) return `${owner}: thuộc tính lạ "${key.slice(0, 40)}"`;
    if (!rule(value)) return `${owner}: giá trị không hợp lệ cho "${key}"`;
  }
  return null;
}
