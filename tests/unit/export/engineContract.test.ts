import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import type { ComparisonRow } from '../../../shared/export/comparisonRow.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { exportBlockPrefix } from '../../../shared/export/numberPrefix.ts';
import { leftTexts } from './comparisonCases.ts';
import { corpusReport } from './corpusReport.ts';
import { documentBody, reviewedDraft, revisionAttributesProblems, unzipDocx } from './docxKit.ts';

/** Draft N-1 from the real corpus, as numbered flat blocks. */
function leftDraft(): NumberedBlock[] {
  const text = readFileSync(new URL('../../../../shared/corpus/thong-bao-nhanh-ket-qua-dai-hoi.txt', import.meta.url), 'utf8');
  const { doc, labels } = corpusReport(text);
  return flattenDoc(doc)
    .map((b, i) => ({ ...b, number: labels[i] }))
    .filter((b) => b.type !== 'header')
    .slice(0, 120);
}

/** Draft N: a tone-mark swap, a deletion, an insertion, a move, a split, a merge, bold added, a heading demoted. */
function rightDraft(left: NumberedBlock[]): NumberedBlock[] {
  const right = left.map((b) => ({ ...b }));
  const bold = right.findIndex((b, i) => i > 100 && b.type === 'paragraph' && b.text.length > 40);
  right[bold].emphasis = [{ from: 0, to: 12, bold: true }];
  const demoted = right.findIndex((b, i) => i > 100 && b.type === 'heading' && b.level === 1);
  right[demoted] = { ...right[demoted], level: 2 };
  const swap = right.findIndex((b) => b.text.includes('hóa'));
  right[swap].text = right[swap].text.replace('hóa', 'hoá');
  const [moved] = right.splice(30, 1);
  right.splice(44, 0, moved);
  const long = right.findIndex((b, i) => i > 50 && b.text.indexOf('. ') > 20);
  const cut = right[long].text.indexOf('. ') + 1;
  right.splice(long + 1, 0, { ...right[long], id: 'split-new', text: right[long].text.slice(cut + 1) });
  right[long].text = right[long].text.slice(0, cut);
  right.splice(90, 2, { ...right[90], text: `${right[90].text} ${right[91].text}` });
  right.splice(10, 1);
  right.splice(20, 0, { id: 'inserted-new', type: 'paragraph', level: null, number: null, text: 'Một đoạn mới về chuyển đổi số & đổi mới sáng tạo.' });
  return right;
}

describe('exportComparisonDocx on the comparison engine’s own output', () => {
  const left = leftDraft();
  const right = rightDraft(left);
  // The engine's Change[] must satisfy the export's minimal interface: checked by the compiler here.
  const rows: readonly ComparisonRow[] = compareBlocks(left, right).changes;
  const body = documentBody(unzipDocx(exportComparisonDocx(rows, { author: 'Tiểu ban Văn kiện', date: '2025-09-15T00:00:00Z' })));

  it('finds every kind of change the drafts were built with', () => {
    expect(new Set(rows.map((r) => r.op))).toEqual(new Set(['equal', 'modified', 'inserted', 'deleted', 'moved', 'split', 'merged']));
    expect(rows.filter((r) => (r as { class?: string }).class === 'formatting')).toHaveLength(1);
    expect(rows.filter((r) => (r as { class?: string }).class === 'structure')).toHaveLength(1);
  });

  it('accepting all changes gives draft N exactly, numbers included', () => {
    expect(reviewedDraft(body, 'accept')).toEqual(right.map((b) => exportBlockPrefix(b.type, b.number, b.text) + b.text));
  });

  it('rejecting all changes gives draft N-1 exactly, numbers included', () => {
    const rejected = reviewedDraft(body, 'reject');
    expect(rejected).toEqual(leftTexts(rows));
    expect(rejected).toEqual(left.map((b) => exportBlockPrefix(b.type, b.number, b.text) + b.text));
  });

  it('gives every revision a unique id, an author and a date', () => {
    expect(revisionAttributesProblems(body)).toEqual([]);
  });
});
