import type { Node } from 'prosemirror-model';
import { blockStyle } from './blockStyles.ts';
import { CLOSING, textWidthTwips } from './layout.ts';
import { exportNumberPrefix } from './numberPrefix.ts';
import { paragraphXml } from './paragraphProperties.ts';
import { inlineRunsXml, textRunXml, type FootnoteLookup } from './runs.ts';
import { splitWidth, tableXml, type CellXml } from './tableXml.ts';

/** Caption of the closing table (recipients left, signature right). */
export const CLOSING_TABLE_CAPTION = 'vankien:closing';

/** The offset of the first hard break in a text block, or -1. */
function firstBreak(block: Node): number {
  let found = -1;
  block.forEach((child, offset) => {
    if (found < 0 && child.type.name === 'hard_break') found = offset;
  });
  return found;
}

/** Runs of a recipients block: its first line ("Nơi nhận:") in the heading type, the list smaller. */
function recipientsRunsXml(block: Node, footnotes: FootnoteLookup): string {
  const at = firstBreak(block);
  if (at < 0) return inlineRunsXml(block, footnotes, CLOSING.recipientsHeading);
  return inlineRunsXml(block.cut(0, at), footnotes, CLOSING.recipientsHeading) + inlineRunsXml(block.cut(at), footnotes);
}

/**
 * One top-level text block as one paragraph: its style, the literal number prefix
 * ("II. ", "a) ", "Một là, ") and its runs. One block is always exactly one paragraph, so an
 * importer gets the block structure back; line breaks inside a block are `<w:br/>`.
 */
export function blockParagraphXml(block: Node, label: string | null, footnotes: FootnoteLookup): string {
  const type = block.type.name;
  const style = blockStyle(type, block.attrs.level as number | undefined);
  const prefix = exportNumberPrefix(type, label);
  const runs = type === 'recipients' ? recipientsRunsXml(block, footnotes) : inlineRunsXml(block, footnotes);
  const props = { styleId: style.styleId, ...(type === 'signature' ? { leftTwips: Math.round(textWidthTwips() * CLOSING.leftShare) } : {}) };
  return paragraphXml(props, textRunXml(prefix, {}) + runs);
}

/** A content table: single borders, equal columns, cell paragraphs in the table text style. */
export function contentTableXml(table: Node, footnotes: FootnoteLookup): string {
  let columns = 1;
  table.forEach((row) => {
    let n = 0;
    row.forEach((cell) => (n += (cell.attrs.colspan as number) || 1));
    columns = Math.max(columns, n);
  });
  const widths = splitWidth(textWidthTwips(), Array.from({ length: columns }, () => 1 / columns));
  const rows: CellXml[][] = [];
  table.forEach((row) => {
    const cells: CellXml[] = [];
    let col = 0;
    row.forEach((cell) => {
      const span = Math.min((cell.attrs.colspan as number) || 1, columns - col);
      const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let content = '';
      cell.forEach((p) => (content += paragraphXml({ styleId: 'VkTableText' }, inlineRunsXml(p, footnotes))));
      cells.push({ width, span, content });
    });
    rows.push(cells);
  });
  return tableXml({ widths, borders: true }, rows);
}

/** Recipients (bottom left) and signature (bottom right) side by side, as 36-HD lays them out. */
export function closingTableXml(recipients: Node, signature: Node, footnotes: FootnoteLookup): string {
  const widths = splitWidth(textWidthTwips(), [CLOSING.leftShare, 1 - CLOSING.leftShare]);
  const left = paragraphXml({ styleId: 'VkRecipients' }, recipientsRunsXml(recipients, footnotes));
  const right = paragraphXml({ styleId: 'VkSignature' }, inlineRunsXml(signature, footnotes));
  return tableXml({ widths, borders: false, caption: CLOSING_TABLE_CAPTION }, [[{ width: widths[0], content: left }, { width: widths[1], content: right }]]);
}

