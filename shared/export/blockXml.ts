import type { Node } from 'prosemirror-model';
import { blockStyle } from './blockStyles.ts';
import { CLOSING, textWidthTwips } from './layout.ts';
import { RECIPIENTS_HEADING, exportBlockPrefix, exportNumberPrefix } from './numberPrefix.ts';
import { paragraphXml, type ParagraphProps } from './paragraphProperties.ts';
import { releasesKeepWithNext, runInBodyStart } from './runInHeading.ts';
import { inlineRunsXml, textRunXml, type FootnoteLookup } from './runs.ts';
import { splitWidth, tableXml, type CellXml } from './tableXml.ts';

/** The offset of the first hard break in a text block, or -1. */
function firstBreak(block: Node): number {
  let found = -1;
  block.forEach((child, offset) => {
    if (found < 0 && child.type.name === 'hard_break') found = offset;
  });
  return found;
}

/**
 * Runs of a recipients block: its first line ("Nơi nhận:") in the heading type, the list smaller.
 * A block without that heading in its text gets it printed on a line of its own.
 */
function recipientsRunsXml(block: Node, footnotes: FootnoteLookup): string {
  if (exportBlockPrefix('recipients', null, block.textContent)) {
    return `${textRunXml(RECIPIENTS_HEADING, CLOSING.recipientsHeading)}<w:r><w:br/></w:r>${inlineRunsXml(block, footnotes)}`;
  }
  const at = firstBreak(block);
  if (at < 0) return inlineRunsXml(block, footnotes, CLOSING.recipientsHeading);
  return inlineRunsXml(block.cut(0, at), footnotes, CLOSING.recipientsHeading) + inlineRunsXml(block.cut(at), footnotes);
}

/** The position in a text block after its first `chars` characters of text. */
function positionAfter(block: Node, chars: number): number {
  let seen = 0;
  let position = 0;
  let found = -1;
  block.forEach((child) => {
    if (found >= 0) return;
    const length = child.isText ? child.text!.length : 0;
    if (child.isText && seen + length >= chars) found = position + (chars - seen);
    seen += length;
    position += child.nodeSize;
  });
  return found >= 0 ? found : block.content.size;
}

/**
 * Runs of a heading: a run-in heading ("1. Lead-in: its body…") keeps the heading's emphasis
 * for its lead-in only; its body prints plain unless its own marks say otherwise.
 */
function headingRunsXml(block: Node, footnotes: FootnoteLookup): string {
  const bodyStart = runInBodyStart(block.type.name, block.textContent);
  if (bodyStart === null) return inlineRunsXml(block, footnotes);
  const at = positionAfter(block, bodyStart);
  return inlineRunsXml(block.cut(0, at), footnotes) + inlineRunsXml(block.cut(at), footnotes, { plain: true });
}

/**
 * One top-level text block as one paragraph: its style, the literal number prefix
 * ("II. ", "a) ", "Một là, ") and its runs. One block is always exactly one paragraph, so an
 * importer gets the block structure back; line breaks inside a block are `<w:br/>`. A heading
 * that is long or runs in is not kept with the next paragraph (see runInHeading.ts).
 */
export function blockParagraphXml(block: Node, label: string | null, footnotes: FootnoteLookup): string {
  const type = block.type.name;
  const style = blockStyle(type, block.attrs.level as number | undefined);
  // A recipients block's heading is printed by its runs, whatever label it came with.
  const prefix = type === 'recipients' ? '' : exportNumberPrefix(type, label);
  const outline = type === 'heading' || type === 'section';
  const runs = type === 'recipients' ? recipientsRunsXml(block, footnotes) : outline ? headingRunsXml(block, footnotes) : inlineRunsXml(block, footnotes);
  const props: ParagraphProps = { styleId: style.styleId };
  if (type === 'signature') props.leftTwips = Math.round(textWidthTwips() * CLOSING.leftShare);
  if (style.look.keepNext && releasesKeepWithNext(block.textContent)) props.keepNext = false;
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

/**
 * Recipients (bottom left) and signature (bottom right) side by side, as 36-HD lays them out,
 * when one directly follows the other: each is a floating frame on its side, both anchored to the
 * empty paragraph after them, so their tops align whatever their order and heights. They stay two
 * plain paragraphs in block order, so an importer sees exactly the two blocks (a table would read
 * back as a table).
 */
export function closingPairXml(first: Node, second: Node, footnotes: FootnoteLookup): string {
  const widths = splitWidth(textWidthTwips(), [CLOSING.leftShare, 1 - CLOSING.leftShare]);
  const framed = (block: Node) => {
    const onLeft = block.type.name === 'recipients';
    const frameXml = `<w:framePr w:w="${onLeft ? widths[0] : widths[1]}" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="${onLeft ? 'left' : 'right'}" w:y="1"/>`;
    const runs = onLeft ? recipientsRunsXml(block, footnotes) : inlineRunsXml(block, footnotes);
    return paragraphXml({ styleId: blockStyle(block.type.name).styleId, frameXml }, runs);
  };
  return `${framed(first)}${framed(second)}<w:p/>`;
}
