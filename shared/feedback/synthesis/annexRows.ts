import { upperRoman } from '../../numbering/formatCounter.ts';
import { changeLine } from './changeText.ts';
import { placeLabel } from './placeLabel.ts';
import type { SynthesisReport } from './synthesisTypes.ts';

export const ANNEX_HEADINGS = ['STT', 'Vị trí trong dự thảo', 'Nội dung dự thảo', 'Ý kiến góp ý', 'Đơn vị (số ý kiến)', 'Tiếp thu / giải trình'] as const;
/** Shares of the text width, in the order of the headings. */
export const ANNEX_SHARES = [0.05, 0.1, 0.24, 0.25, 0.14, 0.22];

const DRAFT_CHARS = 400;

export type AnnexRow = { kind: 'part'; title: string } | { kind: 'entry'; cells: string[] };

/**
 * The annex table's rows: a row per part (its number and title), then one per cluster numbered on
 * through the whole table (STT), with its place, the draft's wording there (cut at 400
 * characters), the representative wording, the senders with their counts, and the decision, the
 * answer and what changed.
 */
export function annexRows(report: SynthesisReport): AnnexRow[] {
  const rows: AnnexRow[] = [];
  let n = 0;
  report.parts.forEach((part, p) => {
    rows.push({ kind: 'part', title: `${upperRoman(p + 1)}. ${part.title}` });
    for (const entry of part.entries) {
      const draft = entry.place?.blockText ?? '';
      rows.push({ kind: 'entry', cells: [
        String(++n),
        placeLabel(entry.place),
        draft.length > DRAFT_CHARS ? `${draft.slice(0, DRAFT_CHARS - 1)}…` : draft,
        entry.wording,
        entry.senders.map((s) => `${s.label} (${s.comments})`).join('\n'),
        [`${entry.decision}.`, entry.answer, changeLine(entry.change)].filter(Boolean).join('\n'),
      ] });
    }
  });
  return rows;
}
