/**
 * What a repair of stored content changed. Stored content the schema does not allow (written by
 * an old or hostile client, or damaged) is repaired when it is read, never refused: every change
 * is listed here with the value or the node it replaced, so nothing is lost without a trace.
 */
export const REPAIR_KINDS = [
  'attribute', // an attribute with a value the schema does not allow → its default (or the value it clearly meant)
  'id', // a block id that is not a non-empty string → a new id derived from the old one and its place
  'wrapped', // text (or a row, a cell) where a block is needed → wrapped in a paragraph (or a table)
  'unknown_node', // a node type the schema does not have → its content, in its place
  'misplaced', // a known node where the schema does not allow it → converted to what is allowed there
  'mark', // an unknown or invalid mark → dropped, its text kept
  'filled', // a node that needs content and had none → an empty paragraph added
  'unreadable', // a stored block that could not be decoded at all → an empty paragraph in its place
  'numbering', // a numbering scheme that does not validate → the default scheme
] as const;

export type RepairKind = (typeof REPAIR_KINDS)[number];

export interface ContentRepair {
  kind: RepairKind;
  /** Where, in the original content: indexes from the top level down ([] for the document). */
  path: number[];
  /** The node type concerned (the original one for unknown or misplaced nodes). */
  type?: string;
  /** The attribute concerned (`attribute`, `id`) or the mark type (`mark`). */
  attr?: string;
  /** The value replaced, or the original JSON of the node or mark that was changed. */
  was?: unknown;
  /** The value put in its place, when there is one. */
  now?: unknown;
}

const KIND_WORDS: Record<RepairKind, string> = {
  attribute: 'thuộc tính không hợp lệ',
  id: 'mã khối không hợp lệ',
  wrapped: 'chữ nằm ngoài khối',
  unknown_node: 'loại khối không có trong văn bản',
  misplaced: 'khối đặt sai chỗ',
  mark: 'định dạng không hợp lệ',
  filled: 'khối rỗng',
  unreadable: 'khối không đọc được',
  numbering: 'kiểu đánh số không hợp lệ',
};

/** Counts per kind, in REPAIR_KINDS order: what the notices list. */
export function repairCounts(repairs: readonly ContentRepair[]): { kind: RepairKind; count: number }[] {
  return REPAIR_KINDS.map((kind) => ({ kind, count: repairs.filter((r) => r.kind === kind).length })).filter((c) => c.count > 0);
}

/** "2 thuộc tính không hợp lệ, 1 chữ nằm ngoài khối": the repairs in a Vietnamese phrase (CLI, logs). */
export function describeRepairs(repairs: readonly ContentRepair[]): string {
  return repairCounts(repairs).map(({ kind, count }) => `${count} ${KIND_WORDS[kind]}`).join(', ');
}
