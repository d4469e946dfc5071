/**
 * Reads a w:tbl into a table block: w:gridSpan becomes colspan; a vertical merge (w:vMerge
 * "restart" then continuing cells) becomes rowspan on the first cell, the continuing cells being
 * dropped from the grid (their text, normally none, is added to the first cell so none is lost).
 * Paragraphs in a cell keep their text as typed, labels included; nested tables are flattened,
 * up to IMPORT_LIMITS.tableDepth tables deep (a deeper file is refused with file_too_complex).
 */
import { tooComplex } from '../importErrors.ts';
import { IMPORT_LIMITS } from '../limits.ts';
import type { Run, TableBlock, TableCell } from '../model.ts';
import { plainText, trimRuns } from '../runs.ts';
import { child, childrenNamed, type XmlElement } from '../xml.ts';
import { readParagraph, type DocxContext } from './readParagraph.ts';

/** Every paragraph in a cell, in order, including those of nested tables; empty ones left out. */
function cellParagraphs(el: XmlElement, ctx: DocxContext, tables: number, out: Run[][] = []): Run[][] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') {
      const runs = trimRuns(readParagraph(c, ctx).runs);
      if (plainText(runs)) out.push(runs);
    } else if (c.name === 'w:tbl') {
      if (tables + 1 > IMPORT_LIMITS.tableDepth) throw tooComplex(ctx.fileName, `bảng lồng trong bảng quá ${IMPORT_LIMITS.tableDepth} tầng`);
      cellParagraphs(c, ctx, tables + 1, out);
    } else if (c.name === 'w:tr' || c.name === 'w:tc' || c.name === 'w:sdt' || c.name === 'w:sdtContent') {
      cellParagraphs(c, ctx, tables, out);
    }
  }
  return out;
}

/** A body-level w:tbl (depth 1) as a table block. */
export function readTable(tbl: XmlElement, ctx: DocxContext): TableBlock {
  const rows: TableCell[][] = [];
  const merging = new Map<number, TableCell>(); // grid column → the cell a vertical merge started in
  for (const tr of childrenNamed(tbl, 'w:tr')) {
    const row: TableCell[] = [];
    const grown: TableCell[] = [];
    let col = 0;
    for (const tc of childrenNamed(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Number(child(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1) || 1);
      const vMerge = child(tcPr, 'w:vMerge');
      const restart = vMerge?.attrs['w:val'] === 'restart';
      const origin = merging.get(col);
      const paragraphs = cellParagraphs(tc, ctx, 1);
      if (vMerge && !restart && origin) {
        origin.rowspan++;
        for (const paragraph of paragraphs) origin.paragraphs.push(paragraph);
        grown.push(origin);
      } else {
        const cell: TableCell = { paragraphs, colspan: span, rowspan: 1 };
        if (restart) merging.set(col, cell);
        else merging.delete(col);
        row.push(cell);
      }
      col += span;
    }
    // A row left with no cell of its own cannot exist in the schema: undo its merges.
    if (row.length === 0) {
      for (const cell of grown) cell.rowspan--;
      continue;
    }
    rows.push(row);
  }
  if (rows.length === 0) rows.push([{ paragraphs: [], colspan: 1, rowspan: 1 }]);
  return { kind: 'table', rows };
}
