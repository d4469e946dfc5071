/**
 * Joins a hard-wrapped .docx back into paragraphs: one made by a PDF converter, or by Word
 * opening a PDF, has every printed line as its own w:p, often with empty ones between. The
 * decisions are the text importer's (text/unwrapPdfText.ts), applied to the body paragraphs;
 * empty paragraphs count as blank lines and are dropped. A paragraph Word numbers, one with a
 * heading style, a header-table line and a table are never joined to anything. Every
 * character and mark of a joined line is kept; lines are joined by a space, or by nothing
 * after a word cut at a hyphen.
 */
import type { MarkJson, Run, SourceItem, SourceParagraph } from '../model.ts';
import { plainText, trimRuns } from '../runs.ts';
import { joinsWithoutSpace, linesLookHardWrapped, paragraphStarts, type WrappedLine } from '../text/unwrapPdfText.ts';

/** A body item as read, with the direct indent of a body paragraph (twips); null for an item never joined. */
export interface BodyItem {
  item: SourceItem;
  indent: number | null;
}

interface Line {
  para: SourceParagraph;
  line: WrappedLine;
  /** Never joined to the line before or after it. */
  fixed: boolean;
}

const isLine = (entry: Line | SourceItem): entry is Line => 'line' in entry;

/** The indent most lines have: a converter may indent every line by the page's margin. */
function usualIndent(body: readonly BodyItem[]): number {
  const counts = new Map<number, number>();
  for (const { indent } of body) if (indent !== null) counts.set(indent, (counts.get(indent) ?? 0) + 1);
  let usual = 0;
  let most = 0;
  for (const [indent, count] of counts) if (count > most || (count === most && indent < usual)) [usual, most] = [indent, count];
  return usual;
}

/** Non-empty paragraphs as lines (with the empty ones before each as its gap), and the other items. */
function readLines(body: readonly BodyItem[]): (Line | SourceItem)[] {
  const usual = usualIndent(body);
  const out: (Line | SourceItem)[] = [];
  let gap = 0;
  for (const { item, indent } of body) {
    if (item.kind !== 'para') {
      out.push(item);
      gap = 0;
      continue;
    }
    const text = plainText(item.runs);
    if (!text.trim()) {
      gap++;
      continue;
    }
    const fixed = indent === null || !!item.numbering || !!item.headingHint;
    out.push({ para: item, fixed, line: { text: text.trim(), indented: /^\s/u.test(text) || (indent ?? 0) > usual, gap } });
    gap = 0;
  }
  return out;
}

const sameMarks = (a: readonly MarkJson[], b: readonly MarkJson[]) => JSON.stringify(a) === JSON.stringify(b);

/** Appends `after` to `before`; the space between takes the marks both sides share. */
function appendRuns(before: Run[], after: Run[], noSpace: boolean): void {
  if (!noSpace) {
    const left = before[before.length - 1]?.marks ?? [];
    const right = after[0]?.marks ?? [];
    before.push({ text: ' ', marks: sameMarks(left, right) ? left : [] });
  }
  for (const run of after) before.push(run);
}

/** The body's items with wrapped lines joined, or null when the body does not look hard-wrapped. */
export function unwrapParagraphs(body: readonly BodyItem[]): SourceItem[] | null {
  const entries = readLines(body);
  const lines = entries.filter(isLine);
  if (!linesLookHardWrapped(lines.map((l) => l.line))) return null;
  const starts = paragraphStarts(lines.map((l) => l.line));
  const out: SourceItem[] = [];
  let prev: Line | null = null;
  // The paragraph being joined, owned here and already trimmed: each join appends to it, so
  // joining n lines is linear (a copy per join made one paragraph of 30,000 lines take a minute).
  let joined: Run[] | null = null;
  let k = 0;
  for (const entry of entries) {
    if (!isLine(entry)) {
      out.push(entry);
      prev = null;
      joined = null;
      continue;
    }
    const last = out[out.length - 1];
    if (prev && !prev.fixed && !entry.fixed && !starts[k] && last?.kind === 'para') {
      if (!joined) out[out.length - 1] = { kind: 'para', runs: (joined = trimRuns(last.runs)) };
      appendRuns(joined, trimRuns(entry.para.runs), joinsWithoutSpace(prev.line.text));
    } else {
      out.push(entry.para);
      joined = null;
    }
    k++;
    prev = entry;
  }
  return out;
}
