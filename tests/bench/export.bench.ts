/**
 * Export figures on a city-sized report: the real corpus repeated to ~40,000 words (~1,200+
 * blocks), exported to .docx and .txt, and a comparison of the same size to a tracked-changes
 * .docx (every fifth block modified, some inserted and deleted).
 */
import { readFileSync } from 'node:fs';
import type { Node } from 'prosemirror-model';
import { schema } from '../../shared/editor/schema.ts';
import { flattenDoc } from '../../shared/document/flatten.ts';
import type { ComparisonRow } from '../../shared/export/comparisonRow.ts';
import { exportComparisonDocx } from '../../shared/export/exportComparisonDocx.ts';
import { exportDocx } from '../../shared/export/exportDocx.ts';
import { exportText } from '../../shared/export/exportText.ts';
import { corpusReport } from '../unit/export/corpusReport.ts';
import { time } from './stats.ts';

function bigReport(targetWords: number): { doc: Node; labels: (string | null)[] } {
  const names = ['thong-bao-nhanh-ket-qua-dai-hoi.txt', 'ket-qua-dai-hoi-phuong-thuy-nguyen.txt', 'noi-bat-dai-hoi.txt'];
  const texts = names.map((n) => readFileSync(new URL(`../../../shared/corpus/${n}`, import.meta.url), 'utf8'));
  const blocks: Node[] = [];
  const labels: (string | null)[] = [];
  let words = 0;
  for (let round = 0; words < targetWords; round++) {
    const part = corpusReport(texts[round % texts.length], `r${round}-`);
    part.doc.forEach((b, _o, i) => {
      if (b.type.name === 'header' && blocks.length > 0) return;
      blocks.push(b);
      labels.push(part.labels[i]);
      words += b.textContent.split(/\s+/).filter(Boolean).length;
    });
  }
  return { doc: schema.nodes.doc.create(null, blocks), labels };
}

function comparisonOf(doc: Node, labels: (string | null)[]): ComparisonRow[] {
  return flattenDoc(doc).map((b, i): ComparisonRow => {
    const side = { number: labels[i], text: b.text, type: b.type, level: b.level };
    if (i % 50 === 7) return { op: 'inserted', left: null, right: side, tokens: [{ op: 'insert', text: b.text }] };
    if (i % 50 === 9) return { op: 'deleted', left: side, right: null, tokens: [{ op: 'delete', text: b.text }] };
    if (i % 5 !== 0 || b.text.length < 20) return { op: 'equal', left: side, right: side, tokens: [{ op: 'equal', text: b.text }] };
    const cut = Math.floor(b.text.length / 2);
    const tokens = [
      { op: 'equal' as const, text: b.text.slice(0, cut) },
      { op: 'delete' as const, text: 'cũ ' },
      { op: 'insert' as const, text: 'mới ' },
      { op: 'equal' as const, text: b.text.slice(cut) },
    ];
    return { op: 'modified', left: { ...side, text: b.text.slice(0, cut) + 'cũ ' + b.text.slice(cut) }, right: { ...side, text: b.text.slice(0, cut) + 'mới ' + b.text.slice(cut) }, tokens };
  });
}

export async function run(): Promise<Record<string, unknown>> {
  const { doc, labels } = bigReport(40_000);
  const rows = comparisonOf(doc, labels);
  const docx = exportDocx(doc, labels);
  const tracked = exportComparisonDocx(rows, { author: 'Bench', date: '2025-01-01T00:00:00Z' });
  return {
    blocks: doc.childCount,
    words: doc.textContent.split(/\s+/).filter(Boolean).length,
    docxBytes: docx.length,
    trackedDocxBytes: tracked.length,
    exportDocxMs: await time(() => exportDocx(doc, labels), 15, 3),
    exportTextMs: await time(() => exportText(doc, labels), 15, 3),
    exportComparisonDocxMs: await time(() => exportComparisonDocx(rows, { author: 'Bench', date: '2025-01-01T00:00:00Z' }), 15, 3),
  };
}
