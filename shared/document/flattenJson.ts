import type { BlockType } from './blockTypes.ts';
// emphasis.ts imports ProseMirror's types only: nothing of ProseMirror is loaded.
import { isPlain, sameEmphasis } from './emphasis.ts';
import type { Emphasis, EmphasisSpan, FlatBlock } from './flatBlock.ts';
import { EMPTY_HEADER, HEADER_FIELDS } from './header.ts';

/** A node of ProseMirror JSON as the importer writes it: what flattening reads of it. */
export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: { type: string }[];
}

/** Text of a text block's JSON: hard breaks become "\n" (as blockText). */
function jsonText(node: JsonNode): string {
  let text = '';
  for (const child of node.content ?? []) {
    if (child.type === 'text') text += child.text ?? '';
    else if (child.type === 'hard_break') text += '\n';
  }
  return text;
}

/** A table as tableText writes it: a row per line, cells by tabs, cell paragraphs by spaces. */
const jsonTableText = (table: JsonNode) =>
  (table.content ?? []).map((row) => (row.content ?? []).map((cell) => (cell.content ?? []).map(jsonText).join(' ')).join('\t')).join('\n');

/** The header as headerText writes it: its fields in the schema's order, one per line, empty ones left out. */
function jsonHeaderText(header: JsonNode): string {
  const values = HEADER_FIELDS.map((field) => header.attrs?.[field] ?? EMPTY_HEADER[field]);
  return values.filter((v) => typeof v === 'string' && v !== '').join('\n');
}

/** The emphasis a text node's marks give it, as emphasisOfMarks reads a node. */
function jsonMarksEmphasis(child: JsonNode): Emphasis {
  const e: Emphasis = {};
  for (const mark of child.marks ?? []) {
    if (mark.type === 'strong') e.bold = true;
    else if (mark.type === 'em') e.italic = true;
    else if (mark.type === 'underline') e.underline = true;
  }
  return e;
}

/** Emphasis spans of a text block's JSON, as blockEmphasis gives them for its node. */
function jsonEmphasis(node: JsonNode): EmphasisSpan[] | undefined {
  const spans: EmphasisSpan[] = [];
  let at = 0;
  for (const child of node.content ?? []) {
    const length = child.type === 'text' ? (child.text ?? '').length : child.type === 'hard_break' ? 1 : 0;
    const e = child.type === 'text' ? jsonMarksEmphasis(child) : {};
    if (length > 0 && !isPlain(e)) {
      const last = spans[spans.length - 1];
      if (last && last.to === at && sameEmphasis(last, e)) last.to += length;
      else spans.push({ from: at, to: at + length, ...e });
    }
    at += length;
  }
  return spans.length > 0 ? spans : undefined;
}

/**
 * Every top-level block of a document given as the importer's JSON, exactly as flattenDoc gives
 * them for the ProseMirror document made from it (attributes the JSON leaves out take the
 * schema's defaults: no id, heading level 1). For what only needs the blocks of a file (the
 * command line comparing two files), without loading ProseMirror or building its nodes.
 */
export function flattenDocJson(doc: { content: readonly JsonNode[] }): FlatBlock[] {
  return doc.content.map((node) => {
    const type = node.type as BlockType;
    const text = type === 'table' ? jsonTableText(node) : type === 'header' ? jsonHeaderText(node) : jsonText(node);
    const level = node.attrs?.level === undefined ? 1 : (node.attrs.level as number);
    const block: FlatBlock = { id: (node.attrs?.id as string | null | undefined) ?? '', type, level: type === 'heading' ? level : null, text };
    const emphasis = type === 'table' || type === 'header' ? undefined : jsonEmphasis(node);
    if (emphasis) block.emphasis = emphasis;
    return block;
  });
}
