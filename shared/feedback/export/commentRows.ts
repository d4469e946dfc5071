import type { FeedbackItem, FeedbackSource, ImportBatch } from '../model.ts';
import type { Triage } from '../triage.ts';
import { type Code, type ItemTag, codePaths } from '../tags/codebook.ts';
import { EVIDENCE_LABELS, LEVEL_LABELS, STATUS_LABELS, attributionLabel } from './feedbackLabels.ts';

/** A cell of the comments table: text, a number, or empty. */
export type CommentCell = string | number | null;

/** A column: its heading as compilers write it, its width in characters, and its value for one comment. */
interface Column {
  heading: string;
  width: number;
  value(item: FeedbackItem, context: Context): CommentCell;
}

interface Context {
  sources: ReadonlyMap<string, FeedbackSource>;
  batches: ReadonlyMap<string, ImportBatch>;
  triage: ReadonlyMap<string, Triage>;
  /** Each item's themes as written in the file: the code's path, "(gợi ý)" when a suggestion set it. */
  themes: ReadonlyMap<string, string>;
}

const sourceOf = (item: FeedbackItem, context: Context) =>
  item.attribution.status === 'matched' || item.attribution.status === 'manual' ? context.sources.get(item.attribution.sourceId) ?? null : null;

/**
 * Every field of a comment and where it came from, one column each, in the order a compiler
 * reads them: what was said and by whom, what it is about, what was decided, then provenance.
 */
const COLUMNS: readonly Column[] = [
  { heading: 'Mã ý kiến', width: 14, value: (item) => item.id },
  { heading: 'Nội dung góp ý', width: 80, value: (item) => item.text },
  { heading: 'Đơn vị (như ghi trong văn bản)', width: 30, value: (item) => item.sourceName || null },
  { heading: 'Đơn vị (theo danh mục)', width: 30, value: (item, c) => sourceOf(item, c)?.name ?? null },
  { heading: 'Cấp', width: 14, value: (item, c) => { const s = sourceOf(item, c); return s ? LEVEL_LABELS[s.level] : null; } },
  { heading: 'Xác định đơn vị', width: 24, value: (item) => attributionLabel(item.attribution) },
  { heading: 'Độ tin cậy (đơn vị)', width: 12, value: (item) => (item.attribution.status === 'matched' ? round(item.attribution.confidence) : null) },
  { heading: 'Văn kiện', width: 24, value: (item) => item.documentTitle },
  { heading: 'Dự thảo', width: 9, value: (item) => item.draftNumber },
  { heading: 'Vị trí (như ghi)', width: 20, value: (item) => item.location },
  { heading: 'Chủ đề', width: 30, value: (item, c) => c.themes.get(item.id) ?? null },
  { heading: 'Trạng thái', width: 18, value: (item) => STATUS_LABELS[item.status] },
  { heading: 'Trả lời (tiếp thu, giải trình)', width: 60, value: (item, c) => c.triage.get(item.id)?.response || null },
  { heading: 'Người xử lý', width: 20, value: (item, c) => c.triage.get(item.id)?.assignee ?? null },
  { heading: 'Người quyết định', width: 18, value: (item, c) => c.triage.get(item.id)?.decidedBy ?? null },
  { heading: 'Thời điểm quyết định', width: 20, value: (item, c) => c.triage.get(item.id)?.decidedAt ?? null },
  { heading: 'Gắn vào khối', width: 24, value: (item) => (item.anchor ? item.anchor.blockIds.join(', ') : null) },
  { heading: 'Gắn trên dự thảo', width: 10, value: (item) => (item.anchor ? item.anchor.draftNumber ?? 'Bản đang soạn' : null) },
  { heading: 'Độ tin cậy (gắn)', width: 12, value: (item) => (item.anchor ? round(item.anchor.confidence) : null) },
  { heading: 'Căn cứ gắn', width: 24, value: (item) => (item.anchor ? item.anchor.evidence.map((e) => EVIDENCE_LABELS[e]).join(', ') : null) },
  { heading: 'Tệp nguồn', width: 30, value: (item) => item.provenance.fileName },
  { heading: 'SHA-256 của tệp', width: 20, value: (item) => item.provenance.sha256 },
  { heading: 'Trang tính', width: 14, value: (item) => item.provenance.sheet },
  { heading: 'Dòng', width: 7, value: (item) => item.provenance.row },
  { heading: 'Đoạn', width: 7, value: (item) => item.provenance.paragraph },
  { heading: 'Lô nhập', width: 14, value: (item) => item.batchId },
  { heading: 'Người nhập', width: 18, value: (item, c) => c.batches.get(item.batchId)?.actor ?? null },
  { heading: 'Thời điểm nhập', width: 20, value: (item) => item.createdAt },
];

const round = (x: number) => Math.round(x * 100) / 100;

/** The table of all comments: headings (STT first) and one row per comment, in the order given. */
export function commentRows(
  items: readonly FeedbackItem[],
  sources: readonly FeedbackSource[],
  batches: readonly ImportBatch[],
  triage: readonly Triage[] = [],
  tagging: { codes: readonly Code[]; tags: readonly ItemTag[] } = { codes: [], tags: [] },
): { headings: string[]; widths: number[]; rows: CommentCell[][] } {
  const paths = codePaths(tagging.codes);
  const themes = new Map<string, string[]>();
  for (const tag of tagging.tags) {
    const path = paths.get(tag.codeId);
    if (path) themes.set(tag.itemId, [...(themes.get(tag.itemId) ?? []), tag.setBy === 'suggestion' ? `${path} (gợi ý)` : path]);
  }
  const context: Context = {
    sources: new Map(sources.map((s) => [s.id, s])),
    batches: new Map(batches.map((b) => [b.id, b])),
    triage: new Map(triage.map((d) => [d.itemId, d])),
    themes: new Map([...themes].map(([id, list]) => [id, list.join('; ')])),
  };
  return {
    headings: ['STT', ...COLUMNS.map((c) => c.heading)],
    widths: [6, ...COLUMNS.map((c) => c.width)],
    rows: items.map((item, i) => [i + 1, ...COLUMNS.map((c) => c.value(item, context))]),
  };
}
