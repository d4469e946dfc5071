/**
 * The recogniser shared by every importer: from paragraphs (and tables, footnotes already read)
 * to typed blocks. It finds the header in the first lines, the numbering label at the start of
 * each paragraph (removed from the text and kept in `label`), and the closing blocks. Word's
 * automatic numbering, when present, decides the type without any label in the text.
 * Empty paragraphs are dropped (they are spacing); no other character is.
 */
import type { DocumentHeader } from '../document/header.ts';
import type { ImportBlock, Run, SourceItem, SourceParagraph, TextBlock } from './model.ts';
import { dropLeading, joinLines, plainText, trimRuns } from './runs.ts';
import { recogniseHeader } from './text/header.ts';
import { matchLabel } from './text/labels.ts';
import {
  RECIPIENTS_LABEL,
  SIGNATURE_LINE_MAX,
  SIGNATURE_MAX_LINES,
  isRecipientLine,
  isSignatureStart,
} from './text/closing.ts';

export interface Recognised {
  header: DocumentHeader | null;
  blocks: ImportBlock[];
}

const HEADER_WINDOW = 20;

function textBlock(type: TextBlock['type'], runs: Run[], label: string | null, level: number | null = null): TextBlock {
  return { kind: 'text', type, level, runs, label };
}

/** A paragraph's block: by Word numbering, else by its label, else by its style; else paragraph. */
function classify(para: SourceParagraph, runs: Run[], text: string): TextBlock {
  if (para.numbering) return { ...textBlock(para.numbering.type, runs, null, para.numbering.level), shown: para.shownLabel ?? null };
  const m = matchLabel(text);
  if (m) return textBlock(m.type, trimRuns(dropLeading(runs, m.length)), m.label, m.level);
  if (para.headingHint) return textBlock(para.headingHint.type, runs, null, para.headingHint.level);
  return textBlock('paragraph', runs, null);
}

/** Leading paragraphs as plain lines, for the header recogniser. */
function headLines(items: readonly SourceItem[]): string[] {
  const lines: string[] = [];
  for (const item of items.slice(0, HEADER_WINDOW)) {
    if (item.kind !== 'para') break;
    lines.push(plainText(item.runs).trim());
  }
  return lines;
}

/**
 * Paragraphs from `start` while `accept` holds, trimmed; returns their runs and the next index.
 * `lineOf` may rewrite an accepted paragraph's runs (to print a Word list's label in it).
 */
function takeWhile(
  items: readonly SourceItem[],
  start: number,
  max: number,
  accept: (text: string, para: SourceParagraph) => boolean,
  lineOf: (runs: Run[], para: SourceParagraph) => Run[] = (runs) => runs,
) {
  const lines: Run[][] = [];
  let i = start;
  while (i < items.length && lines.length < max) {
    const item = items[i];
    if (item.kind !== 'para') break;
    const runs = trimRuns(item.runs);
    const text = plainText(runs);
    if (text && !accept(text, item)) break;
    if (text) lines.push(lineOf(runs, item));
    i++;
  }
  return { lines, next: i };
}

/** A recipient line: typed with its dash, or in a Word bulleted or numbered list. */
const isRecipientItem = (text: string, para: SourceParagraph) => isRecipientLine(text) || !!para.numbering;

/**
 * A recipient line from a Word list gets the label Word prints as text, as a typed list has it:
 * "- " for a bullet (whatever its glyph), the number otherwise ("1. ").
 */
function recipientLine(runs: Run[], para: SourceParagraph): Run[] {
  if (!para.numbering || isRecipientLine(plainText(runs))) return runs;
  const label = para.numbering.type === 'bullet' || !para.shownLabel?.trim() ? '-' : para.shownLabel.trim();
  return [{ text: `${label} `, marks: [] }, ...runs];
}

/** A recipients or signature block starting at this paragraph, with the index after it; or null. */
function closingBlock(items: readonly SourceItem[], next: number, runs: Run[], text: string): { block: TextBlock; next: number } | null {
  const recipients = RECIPIENTS_LABEL.exec(text);
  if (recipients) {
    const first = trimRuns(dropLeading(runs, recipients[0].length));
    const rest = takeWhile(items, next, Infinity, isRecipientItem, recipientLine);
    const all = plainText(first) ? [first, ...rest.lines] : rest.lines;
    return { block: textBlock('recipients', joinLines(all), recipients[0]), next: rest.next };
  }
  if (isSignatureStart(text)) {
    const isLine = (t: string, para: SourceParagraph) => t.length <= SIGNATURE_LINE_MAX && !para.numbering && !matchLabel(t) && !RECIPIENTS_LABEL.test(t);
    const rest = takeWhile(items, next, SIGNATURE_MAX_LINES, isLine);
    return { block: textBlock('signature', joinLines([runs, ...rest.lines]), null), next: rest.next };
  }
  return null;
}

/** Index of the first item after the header's `consumed` non-empty lines. */
function afterHeader(lines: readonly string[], consumed: number): number {
  let i = 0;
  for (let seen = 0; seen < consumed; i++) if (lines[i] !== '') seen++;
  return i;
}

/** Recognises the blocks of a document from its paragraphs in order. */
export function recogniseItems(items: readonly SourceItem[]): Recognised {
  const lines = headLines(items);
  const headerMatch = recogniseHeader(lines.filter((l) => l !== ''));
  let i = headerMatch ? afterHeader(lines, headerMatch.consumed) : 0;
  const blocks: ImportBlock[] = [];
  while (i < items.length) {
    const item = items[i++];
    if (item.kind !== 'para') {
      blocks.push(item);
      continue;
    }
    const runs = trimRuns(item.runs);
    const text = plainText(runs);
    if (!text) continue;
    const closing = item.numbering ? null : closingBlock(items, i, runs, text);
    if (closing) {
      blocks.push(closing.block);
      i = closing.next;
      continue;
    }
    const block = classify(item, runs, text);
    // "PHẦN THỨ NHẤT" alone on its line: the part's title is the next paragraph.
    const next = items[i];
    if (block.type === 'part' && block.runs.length === 0 && next?.kind === 'para' && !next.numbering && !matchLabel(plainText(next.runs).trim())) {
      block.runs = trimRuns(next.runs);
      i++;
    }
    blocks.push(block);
  }
  return { header: headerMatch?.header ?? null, blocks };
}
