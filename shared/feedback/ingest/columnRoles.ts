/**
 * Recognises a comment file's header row as committees write it ("STT", "Đơn vị", "Vị trí",
 * "Nội dung góp ý", "Ý kiến" …) or plainly (`text`, `source`, `document`, `location`).
 * Matching is on compare keys, so case and tone placement do not matter.
 */
import { compareKey } from '../../text/normalize.ts';

export const COLUMN_ROLES = ['text', 'source', 'document', 'location'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Which column (0-based) holds each role; null when the file has none. `text` is required. */
export interface ColumnMapping {
  text: number;
  source: number | null;
  document: number | null;
  location: number | null;
}

const EXACT: Record<string, ColumnRole | 'ignore'> = {};
const names: [ColumnRole | 'ignore', string[]][] = [
  ['text', ['text', 'comment', 'nội dung', 'nội dung góp ý', 'nội dung ý kiến', 'ý kiến', 'ý kiến góp ý', 'góp ý', 'nội dung đề nghị', 'ý kiến đề nghị']],
  ['source', ['source', 'organisation', 'organization', 'đơn vị', 'đơn vị góp ý', 'tên đơn vị', 'tổ chức đảng', 'đảng bộ', 'cơ quan', 'nơi gửi', 'đơn vị gửi']],
  ['document', ['document', 'văn kiện', 'tên văn kiện', 'dự thảo', 'tài liệu', 'văn bản']],
  ['location', ['location', 'vị trí', 'vị trí trong dự thảo', 'vị trí góp ý', 'mục', 'trang', 'phần, mục', 'trang, dòng']],
  // The annex's "Nội dung dự thảo" quotes the draft; it is not the comment.
  ['ignore', ['stt', 'tt', 'số tt', 'no', 'nội dung dự thảo', 'tiếp thu / giải trình', 'ghi chú']],
];
for (const [role, list] of names) for (const name of list) EXACT[compareKey(name)] = role;

const CONTAINS: [string, ColumnRole][] = [
  [compareKey('ý kiến'), 'text'],
  [compareKey('góp ý'), 'text'],
  [compareKey('đơn vị'), 'source'],
  [compareKey('vị trí'), 'location'],
  [compareKey('văn kiện'), 'document'],
  [compareKey('dự thảo'), 'document'],
];

/** The role of one header cell, or null when it names none we know. */
export function roleOfHeader(header: string): ColumnRole | null {
  const key = compareKey(header).replace(/[:*]+$/u, '').trim();
  if (key === '') return null;
  const exact = EXACT[key];
  if (exact) return exact === 'ignore' ? null : exact;
  for (const [stem, role] of CONTAINS) if (key.includes(stem)) return role;
  return null;
}

/** The mapping a header row implies (first column of each role), or null when no column holds text. */
export function mappingOfHeader(headers: readonly string[]): ColumnMapping | null {
  const found: Partial<Record<ColumnRole, number>> = {};
  headers.forEach((header, column) => {
    const role = roleOfHeader(header);
    if (role && found[role] === undefined) found[role] = column;
  });
  if (found.text === undefined) return null;
  return { text: found.text, source: found.source ?? null, document: found.document ?? null, location: found.location ?? null };
}
