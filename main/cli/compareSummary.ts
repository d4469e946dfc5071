import type { CliChange, CliComparison } from '../../shared/compare/cliJson.ts';
import { CHANGE_CLASSES, type ChangeClass } from '../../shared/compare/types.ts';

/** What `vankien compare` prints: the comparison, and the .docx it wrote when --docx asked for one. */
export type ComparisonOutput = CliComparison & { docx?: { out: string; bytes: number; warnings: string[] } };

const OP_LABEL: Record<CliChange['op'], string> = {
  equal: 'giữ nguyên', modified: 'sửa', inserted: 'thêm', deleted: 'xoá', moved: 'di chuyển', split: 'tách', merged: 'gộp',
};
const CLASS_LABEL: Record<ChangeClass, string> = {
  substantive: 'nội dung', structure: 'cấu trúc', number: 'số liệu', punctuation: 'dấu câu', orthography: 'chính tả', formatting: 'định dạng',
};

/**
 * A few lines a person can read: the counts, the counts by class, then each change with its words
 * marked [-…-] {+…+}, an emphasis change {~…~}, a change of block type or level named.
 */
export function humanSummary(names: [string, string], result: ComparisonOutput): string {
  const s = result.stats;
  const byClass = CHANGE_CLASSES.filter((c) => result.classes[c] > 0).map((c) => `${CLASS_LABEL[c]} ${result.classes[c]}`);
  const lines = [
    `So sánh ${names[0]} → ${names[1]}`,
    `Giữ nguyên ${s.equal} · sửa ${s.modified} · thêm ${s.inserted} · xoá ${s.deleted} · di chuyển ${s.moved}`,
    ...(byClass.length ? [`Theo loại: ${byClass.join(' · ')}`] : []),
  ];
  for (const c of result.changes) {
    const where = [c.left?.number, c.right?.number].filter(Boolean).join(' → ');
    const tag = `${OP_LABEL[c.op]}${c.class ? `, ${CLASS_LABEL[c.class]}` : ''}`;
    lines.push(`- [${tag}]${where ? ` ${where}` : ''}${structureNote(c)}: ${excerpt(c)}`);
  }
  if (result.docx) lines.push(`Đã ghi bản có theo dõi thay đổi ra ${result.docx.out} (${result.docx.bytes} byte).`, ...result.docx.warnings.map((w) => `Lưu ý: ${w}`));
  return lines.join('\n');
}

const typeName = (b: { type: string; level: number | null }) => (b.type === 'heading' ? `heading ${b.level ?? 1}` : b.type);

/** " (heading 1 → heading 2)" when a block changed type or level. */
function structureNote(c: CliChange): string {
  if (!c.left || !c.right || (c.left.type === c.right.type && c.left.level === c.right.level)) return '';
  return ` (${typeName(c.left)} → ${typeName(c.right)})`;
}

function excerpt(c: CliChange): string {
  const last = c.tokens.length - 1;
  const marked = c.tokens.length
    ? c.tokens.map((t, i) => (t.op === 'equal' ? (t.emphasisBefore ? `{~${t.text}~}` : shorten(t.text, i === 0, i === last)) : t.op === 'delete' ? `[-${t.text}-]` : `{+${t.text}+}`)).join('')
    : (c.right ?? c.left)?.text ?? '';
  const flat = marked.replace(/\s+/gu, ' ');
  return flat.length > 240 ? `${flat.slice(0, 240)}…` : flat;
}

/** Long unchanged text around a change, cut to the words next to it. */
function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= 80) return text;
  if (first && last) return `${text.slice(0, 77)}…`;
  if (first) return `…${text.slice(-40)}`;
  if (last) return `${text.slice(0, 40)}…`;
  return `${text.slice(0, 30)} … ${text.slice(-30)}`;
}
