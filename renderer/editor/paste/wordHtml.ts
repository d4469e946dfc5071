/**
 * Reads the HTML Word puts on the clipboard into the importers' source items, so a paste goes
 * through the same recogniser as a .docx import: one paragraph per <p>, <h1>–<h6>, <li> or
 * <div> with text, runs carrying bold, italic and underline (from <b>/<i>/<u> and inline
 * styles, switched off again by "font-weight:normal" and the like), tables with their spans.
 * White space collapses as a browser shows it. Word's list labels (the text of its
 * "mso-list:Ignore" spans) stay at the start of the text, so the recogniser sees "1." or "-"
 * as it would in a typed document; <br> is a hard break ("\n"), as a line break in a .docx is.
 * Nothing visible is dropped except images, hidden text and Word's empty <o:p> markers.
 */
import type { MarkJson, Run, SourceParagraph, TableBlock, TableCell } from '../../../shared/import/index.ts';
import { toNFC } from '../../../shared/text/normalize.ts';

interface Marks {
  strong: boolean;
  em: boolean;
  underline: boolean;
}

/** Text as the DOM holds it (white space not yet collapsed), or a hard break. */
type Piece = { text: string; marks: Marks } | 'break';

type HeadingHint = SourceParagraph['headingHint'];

/** What the reader produces: paragraphs to recognise and tables already known. */
export type WordItem = SourceParagraph | TableBlock;

const NO_MARKS: Marks = { strong: false, em: false, underline: false };
const SKIPPED = new Set(['head', 'style', 'script', 'template', 'noscript', 'title', 'meta', 'link', 'xml', 'o:p', 'img', 'svg']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/** The party line that marks the header table at the top of a document (as in readDocx). */
const SUPERIOR = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** An inline style attribute as lower-case property → value; Word's mso-* properties included. */
function styleOf(el: Element): Map<string, string> {
  const style = new Map<string, string>();
  for (const decl of (el.getAttribute('style') ?? '').split(';')) {
    const colon = decl.indexOf(':');
    if (colon <= 0) continue;
    const value = decl.slice(colon + 1).replace(/!important/iu, '').trim().toLowerCase();
    style.set(decl.slice(0, colon).trim().toLowerCase(), value);
  }
  return style;
}

/** True when a style value matches `yes`, false when it matches `no`, else `inherited`. */
const toggle = (value: string | undefined, yes: RegExp, no: RegExp, inherited: boolean) =>
  value === undefined ? inherited : yes.test(value) ? true : no.test(value) ? false : inherited;

function marksOf(el: Element, inherited: Marks, style: Map<string, string>): Marks {
  const tag = el.localName;
  const strong = inherited.strong || tag === 'b' || tag === 'strong';
  const em = inherited.em || tag === 'i' || tag === 'em';
  const underline = inherited.underline || tag === 'u' || tag === 'ins';
  return {
    strong: toggle(style.get('font-weight'), /^(bold|bolder|[6-9]00)$/u, /^(normal|lighter|[1-5]00)$/u, strong),
    em: toggle(style.get('font-style'), /^(italic|oblique)/u, /^normal$/u, em),
    underline: toggle(style.get('text-decoration-line') ?? style.get('text-decoration'), /underline/u, /none/u, underline),
  };
}

const isHidden = (style: Map<string, string>) => style.get('display') === 'none';

/**
 * Word's list label ("1.", "a)", "-") with its padding as one space. A one-character label is a
 * bullet in a symbol font (Symbol "·", Wingdings "§", Courier "o"): it becomes "•".
 */
function listLabel(el: Element): string {
  const label = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
  if (!label) return '';
  return `${[...label].length === 1 && !/[\d\-+•]/u.test(label) ? '•' : label} `;
}

function readInline(node: ChildNode, marks: Marks, out: Piece[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push({ text: (node as Text).data, marks });
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return; // comments, Word's conditional comments among them
  const el = node as Element;
  if (el.localName === 'br') {
    out.push('break');
    return;
  }
  const style = styleOf(el);
  if (SKIPPED.has(el.localName) || isHidden(style)) return;
  const own = marksOf(el, marks, style);
  if (style.get('mso-list') === 'ignore') out.push({ text: listLabel(el), marks: own });
  else for (const child of el.childNodes) readInline(child, own, out);
}

const markJson = (marks: Marks): MarkJson[] => [
  ...(marks.strong ? [{ type: 'strong' as const }] : []),
  ...(marks.em ? [{ type: 'em' as const }] : []),
  ...(marks.underline ? [{ type: 'underline' as const }] : []),
];

/** Runs without the spaces they end in, and without trailing hard breaks too when `breaks`. */
function trimEnd(runs: Run[], breaks: boolean): Run[] {
  while (runs.length > 0) {
    const last = runs[runs.length - 1];
    const text = breaks ? last.text.trimEnd() : last.text.replace(/[^\S\n]+$/u, '');
    if (text) {
      runs[runs.length - 1] = { text, marks: last.marks };
      break;
    }
    runs.pop();
  }
  return runs;
}

/**
 * Runs with white space collapsed as a browser shows it: a stretch of white space is one space,
 * kept where it starts (so "<b>bold </b>text" has a bold space, as it shows); a lone no-break
 * space stays one. None at the start or the end, nor around a hard break.
 */
function collapse(pieces: readonly Piece[]): Run[] {
  const runs: Run[] = [];
  let afterSpace = true; // at a line start, white space is dropped as it is after a space
  for (const piece of pieces) {
    if (piece === 'break') {
      trimEnd(runs, false).push({ text: '\n', marks: [] });
      afterSpace = true;
      continue;
    }
    let text = '';
    for (const part of toNFC(piece.text).split(/(\s+)/u)) {
      if (!part) continue;
      const space = /^\s/u.test(part);
      if (!space) text += part;
      else if (!afterSpace) text += part === '\u00a0' ? part : ' ';
      afterSpace = space;
    }
    if (text) runs.push({ text, marks: markJson(piece.marks) });
  }
  return trimEnd(runs, true);
}

const HEADING = /^h([1-6])$/u;

function headingHintOf(tag: string): HeadingHint {
  const m = HEADING.exec(tag);
  return m ? { type: 'heading', level: Math.min(Number(m[1]), 4) } : null;
}

/** The source items of an element's content: its loose inline content and its blocks in order. */
function readBlocks(el: Element, marks: Marks, hint: HeadingHint, items: WordItem[]): void {
  let pieces: Piece[] = [];
  const flush = () => {
    const runs = collapse(pieces);
    pieces = [];
    if (runs.some((r) => r.text.trim() !== '')) items.push({ kind: 'para', runs, headingHint: hint });
  };
  for (const child of el.childNodes) {
    const block = child.nodeType === ELEMENT_NODE && BLOCKS.has((child as Element).localName) ? (child as Element) : null;
    if (!block) {
      readInline(child, marks, pieces);
      continue;
    }
    flush();
    const style = styleOf(block);
    if (isHidden(style)) continue;
    const own = marksOf(block, marks, style);
    if (block.localName === 'table') items.push(readTable(block as HTMLTableElement, own));
    else readBlocks(block, own, headingHintOf(block.localName) ?? hint, items);
  }
  flush();
}

/** Every paragraph of a cell, those of nested tables included, as in a .docx import. */
function cellParagraphs(cell: Element, marks: Marks): Run[][] {
  const items: WordItem[] = [];
  readBlocks(cell, marksOf(cell, marks, styleOf(cell)), null, items);
  return items.flatMap((item) => (item.kind === 'para' ? [item.runs] : item.rows.flatMap((row) => row.flatMap((c) => c.paragraphs))));
}

const span = (cell: Element, name: string) => Math.max(1, Math.floor(Number(cell.getAttribute(name) ?? 1)) || 1);

function readTable(table: HTMLTableElement, marks: Marks): TableBlock {
  const rows: TableCell[][] = [];
  for (const tr of table.rows) {
    const row = [...tr.cells].map((td) => ({ paragraphs: cellParagraphs(td, marks), colspan: span(td, 'colspan'), rowspan: span(td, 'rowspan') }));
    if (row.length > 0) rows.push(row);
  }
  if (rows.length === 0) rows.push([{ paragraphs: [], colspan: 1, rowspan: 1 }]);
  // A rowspan reaching past the last row would make a table the schema's fixer has to repair.
  rows.forEach((row, r) => row.forEach((cell) => (cell.rowspan = Math.min(cell.rowspan, rows.length - r))));
  return { kind: 'table', rows };
}

/** The source items of Word's clipboard HTML, in order; empty paragraphs left out. */
export function wordHtmlItems(html: string): WordItem[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const items: WordItem[] = [];
  readBlocks(body, NO_MARKS, null, items);
  const first = items[0];
  if (first?.kind === 'table') {
    const lines = first.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs));
    // The header table: its lines go to the header recogniser, as on a .docx import.
    if (lines.some((runs) => SUPERIOR.test(runs.map((r) => r.text).join('')))) {
      items.splice(0, 1, ...lines.map((runs): SourceParagraph => ({ kind: 'para', runs })));
    }
  }
  return items;
}
