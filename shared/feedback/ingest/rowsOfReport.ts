/**
 * The comments of a narrative report read by the document importer (shared/import: one .docx
 * reader in the project): each numbered point or bullet that has no numbered point under it is
 * one comment, with the plain paragraphs that follow it; the points above it are its context
 * (the document a heading names). A report with no numbered point at all gives one comment per
 * paragraph. Tables are read as sheets (their first row as header). The source is the issuing
 * body of the report's header ("ĐẢNG BỘ PHƯỜNG THỦY NGUYÊN") unless a table column names one.
 * Provenance is the block's 1-based index among the document's top-level blocks.
 */
import type { DocJson, NodeJson } from '../../import/buildDoc.ts';
import type { RowProblem } from '../model.ts';
import type { ColumnMapping } from './columnRoles.ts';
import { documentNamed } from './documentNamed.ts';
import type { FeedbackRow, Sheet } from './feedbackRow.ts';
import { nodeText } from './nodeText.ts';
import { rowsOfSheet } from './rowsOfSheet.ts';

export interface ReportRead {
  rows: FeedbackRow[];
  problems: RowProblem[];
}

/** A report without a recognised header still names its sender on a line of capitals before the first point. */
const ISSUER_LINE = /^(?:ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|BAN THƯỜNG VỤ|ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG)\s+\S/u;

function issuerOf(blocks: readonly NodeJson[], depths: readonly (number | null)[]): string | null {
  const header = blocks.find((node) => node.type === 'header');
  const fromHeader = String(header?.attrs?.issuingBody ?? '').replace(/\s*\n\s*/gu, ' ').trim();
  if (fromHeader) return fromHeader;
  for (let i = 0; i < blocks.length && depths[i] === null; i++) {
    const text = nodeText(blocks[i]).normalize('NFC').trim();
    if (ISSUER_LINE.test(text) && text === text.toUpperCase()) return text;
  }
  return null;
}

const ENDS_COMMENT = new Set(['footnote', 'recipients', 'signature', 'header']);

/** How deep a numbered block sits; null for a block that is not numbered. */
function depthOf(node: NodeJson): number | null {
  switch (node.type) {
    case 'part': return 0;
    case 'section': return 1;
    case 'heading': return 1 + Number(node.attrs?.level ?? 1);
    case 'ordinal': case 'target': return 6;
    case 'bullet': return 7;
    default: return null;
  }
}

function tableSheet(table: NodeJson): Sheet {
  return {
    name: null,
    rows: (table.content ?? []).map((row, i) => ({
      number: i + 1,
      cells: (row.content ?? []).map((cell) => ({ text: nodeText(cell), mergedFromRow: null, formulaWithoutValue: false })),
    })),
  };
}

export function rowsOfReport(doc: DocJson, override?: ColumnMapping): ReportRead {
  const blocks = doc.content;
  const depths = blocks.map(depthOf);
  const issuer = issuerOf(blocks, depths);
  const numbered = depths.some((d) => d !== null);
  const rows: FeedbackRow[] = [];
  const problems: RowProblem[] = [];
  const context: (string | null)[] = []; // the document named at each depth
  let current: FeedbackRow | null = null;
  const documentNow = () => context.reduce<string | null>((found, title) => title ?? found, null);
  const nextDepth = (from: number) => { for (let j = from; j < blocks.length; j++) if (depths[j] !== null) return depths[j]; return null; };
  // A heading whose comments are a table under it ("Góp ý dự thảo Nghị quyết" + the table) is context, not a comment.
  const tableUnder = (from: number) => { for (let j = from; j < blocks.length && depths[j] === null; j++) if (blocks[j].type === 'table') return true; return false; };
  blocks.forEach((node, i) => {
    const paragraph = i + 1;
    const depth = depths[i];
    const text = node.type === 'table' ? '' : nodeText(node).normalize('NFC').trim();
    if (node.type === 'table') {
      current = null;
      const read = rowsOfSheet(tableSheet(node), override);
      for (const row of read.rows) rows.push({ ...row, source: row.source ?? issuer, document: row.document ?? documentNow(), paragraph });
      for (const problem of read.problems) problems.push({ ...problem, paragraph });
      return;
    }
    if (ENDS_COMMENT.has(node.type)) { current = null; return; }
    if (depth !== null) {
      const next = nextDepth(i + 1);
      const isLeaf = (next === null || next <= depth) && !tableUnder(i + 1);
      context.length = depth + 1;
      context[depth] = documentNamed(text);
      if (!isLeaf) { current = null; return; }
      current = { text, source: issuer, document: documentNow(), location: null, sheet: null, row: null, paragraph };
      if (text !== '') rows.push(current);
      return;
    }
    if (text === '') return;
    if (current) current.text = `${current.text}\n${text}`;
    else if (!numbered) rows.push({ text, source: issuer, document: null, location: null, sheet: null, row: null, paragraph });
  });
  return { rows, problems };
}
