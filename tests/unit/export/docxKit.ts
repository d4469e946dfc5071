import { strFromU8, unzipSync } from 'fflate';
import { child, descendants, elements, parseXml, type XmlElement } from './miniXml.ts';

/** Every part of a .docx as text; throws if the zip is not readable. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

export function documentBody(parts: Record<string, string>): XmlElement {
  const body = child(parseXml(parts['word/document.xml']), 'w:body');
  if (!body) throw new Error('no w:body');
  return body;
}

export type ReviewMode = 'accept' | 'reject' | 'asIs';

/** The visible text of a paragraph's runs once all changes are accepted or rejected. */
function visibleText(node: XmlElement, mode: ReviewMode): string {
  let text = '';
  for (const c of node.children) {
    if (typeof c === 'string' || c.name === 'w:pPr' || c.name === 'w:rPr') continue;
    if ((c.name === 'w:ins' || c.name === 'w:moveTo') && mode === 'reject') continue;
    if ((c.name === 'w:del' || c.name === 'w:moveFrom') && mode === 'accept') continue;
    if (c.name === 'w:t' || c.name === 'w:delText') {
      if (c.name === 'w:delText' && mode === 'accept') throw new Error('w:delText outside a w:del');
      text += c.children.join('');
    } else if (c.name === 'w:tab') text += '\t';
    else if (c.name === 'w:br') text += '\n';
    else text += visibleText(c, mode);
  }
  return text;
}

/** Whether a paragraph's mark survives: a deleted mark goes on accept, an inserted one on reject. */
function markKept(p: XmlElement, mode: ReviewMode): boolean {
  const pPr = child(p, 'w:pPr');
  const rPr = pPr && child(pPr, 'w:rPr');
  if (!rPr) return true;
  if (mode === 'accept' && (child(rPr, 'w:del') || child(rPr, 'w:moveFrom'))) return false;
  if (mode === 'reject' && (child(rPr, 'w:ins') || child(rPr, 'w:moveTo'))) return false;
  return true;
}

/**
 * The body's top-level paragraphs as Word would show them after accepting or rejecting every
 * change: paragraphs whose mark goes are merged into the next one, as Word does.
 */
export function reviewedParagraphs(body: XmlElement, mode: ReviewMode): string[] {
  const out: string[] = [];
  let pending = '';
  let open = false;
  for (const p of elements(body, 'w:p')) {
    pending += visibleText(p, mode);
    open = true;
    if (markKept(p, mode)) {
      out.push(pending);
      pending = '';
      open = false;
    }
  }
  if (open) out.push(pending);
  return out;
}

const REVISIONS = ['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:rPrChange', 'w:pPrChange', 'w:moveFromRangeStart', 'w:moveToRangeStart'];

/** Every revision (w:ins, w:del, moves and their ranges, property changes) carries a unique w:id, an author and a date. */
export function revisionAttributesProblems(body: XmlElement): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const el of REVISIONS.flatMap((name) => descendants(body, name))) {
    const id = el.attrs['w:id'];
    if (!id || !el.attrs['w:author'] || !el.attrs['w:date']) problems.push(`${el.name} without id/author/date`);
    if (seen.has(id)) problems.push(`duplicate revision id ${id}`);
    seen.add(id);
  }
  return problems;
}

/**
 * The paragraphs after accepting or rejecting, without the empty untracked paragraph the exporter
 * adds after a last paragraph whose mark is tracked (it belongs to neither draft).
 */
export function reviewedDraft(body: XmlElement, mode: ReviewMode): string[] {
  const paragraphs = elements(body, 'w:p');
  const spacer = paragraphs.length > 0 && paragraphs[paragraphs.length - 1].children.length === 0;
  const texts = reviewedParagraphs(body, mode);
  if (spacer && texts[texts.length - 1] !== '') throw new Error('the spacer paragraph did not stay empty');
  return spacer ? texts.slice(0, -1) : texts;
}

/** The paragraphs of every cell of every top-level table, reviewed, row by row: [table][row][cell] → paragraphs. */
export function reviewedCells(body: XmlElement, mode: ReviewMode): string[][][][] {
  return elements(body, 'w:tbl').map((tbl) => elements(tbl, 'w:tr').map((tr) => elements(tr, 'w:tc').map((tc) => reviewedParagraphs(tc, mode))));
}

/** Bold, italic, underline of a stretch [from, to) of a reviewed paragraph's text. */
export interface ReviewedSpan {
  from: number;
  to: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

const on = (el: XmlElement | undefined) => !!el && !['0', 'false', 'off'].includes(el.attrs['w:val'] ?? 'true');

/** A run's properties as reviewed: rejecting restores the properties its w:rPrChange kept. */
function reviewedRunProps(r: XmlElement, mode: ReviewMode): XmlElement | undefined {
  const rPr = child(r, 'w:rPr');
  const change = rPr && child(rPr, 'w:rPrChange');
  return change && mode === 'reject' ? child(change, 'w:rPr') : rPr;
}

/** A run's emphasis as reviewed. */
function runEmphasis(r: XmlElement, mode: ReviewMode): Omit<ReviewedSpan, 'from' | 'to'> {
  const rPr = reviewedRunProps(r, mode);
  const u = rPr && child(rPr, 'w:u');
  const e: Omit<ReviewedSpan, 'from' | 'to'> = {};
  if (on(rPr && child(rPr, 'w:b'))) e.bold = true;
  if (on(rPr && child(rPr, 'w:i'))) e.italic = true;
  if (u && u.attrs['w:val'] !== 'none') e.underline = true;
  return e;
}

/** The emphasised stretches of a paragraph's visible text, appended to `spans` from offset `at`; returns the new offset. */
function collectEmphasis(node: XmlElement, mode: ReviewMode, at: number, spans: ReviewedSpan[]): number {
  for (const c of node.children) {
    if (typeof c === 'string' || c.name === 'w:pPr' || c.name === 'w:rPr') continue;
    if ((c.name === 'w:ins' || c.name === 'w:moveTo') && mode === 'reject') continue;
    if ((c.name === 'w:del' || c.name === 'w:moveFrom') && mode === 'accept') continue;
    if (c.name !== 'w:r') {
      at = collectEmphasis(c, mode, at, spans);
      continue;
    }
    const length = visibleText(c, mode).length;
    const e = runEmphasis(c, mode);
    const last = spans[spans.length - 1];
    if (length > 0 && (e.bold || e.italic || e.underline)) {
      if (last && last.to === at && !!last.bold === !!e.bold && !!last.italic === !!e.italic && !!last.underline === !!e.underline) last.to += length;
      else spans.push({ from: at, to: at + length, ...e });
    }
    at += length;
  }
  return at;
}

/** Per reviewed paragraph (as reviewedParagraphs gives them), its emphasised stretches. */
export function reviewedEmphasis(body: XmlElement, mode: ReviewMode): ReviewedSpan[][] {
  const out: ReviewedSpan[][] = [];
  let spans: ReviewedSpan[] = [];
  let at = 0;
  let open = false;
  for (const p of elements(body, 'w:p')) {
    at = collectEmphasis(p, mode, at, spans);
    open = true;
    if (markKept(p, mode)) {
      out.push(spans);
      spans = [];
      at = 0;
      open = false;
    }
  }
  if (open) out.push(spans);
  return out;
}

/** Whether a run, as reviewed, switches its paragraph style's bold off (`w:b w:val="0"`, as a run-in heading's body does). */
const boldOff = (r: XmlElement, mode: ReviewMode) => {
  const b = reviewedRunProps(r, mode);
  const el = b && child(b, 'w:b');
  return !!el && ['0', 'false', 'off'].includes(el.attrs['w:val'] ?? 'true');
};

/** One flag per visible character of a paragraph but its line breaks ("1": the run switches bold off, "0": not), appended to `flags`. */
function collectBoldOff(node: XmlElement, mode: ReviewMode, flags: string[]): void {
  for (const c of node.children) {
    if (typeof c === 'string' || c.name === 'w:pPr' || c.name === 'w:rPr') continue;
    if ((c.name === 'w:ins' || c.name === 'w:moveTo') && mode === 'reject') continue;
    if ((c.name === 'w:del' || c.name === 'w:moveFrom') && mode === 'accept') continue;
    if (c.name !== 'w:r') {
      collectBoldOff(c, mode, flags);
      continue;
    }
    // A line break has no glyph whose weight shows, and an export puts it in a run of its own.
    const off = boldOff(c, mode) ? '1' : '0';
    for (const ch of visibleText(c, mode)) if (ch !== '\n') flags.push(off);
  }
}

/** The [from, to) stretches of "1" flags. */
function stretchesOf(flags: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  flags.forEach((f, i) => {
    if (f !== '1') return;
    const last = out[out.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else out.push([i, i + 1]);
  });
  return out;
}

/**
 * Per reviewed paragraph (as reviewedParagraphs gives them), the stretches of its text (line
 * breaks not counted) printed with the paragraph style's bold switched off: a run-in body.
 */
export function reviewedBoldOff(body: XmlElement, mode: ReviewMode): [number, number][][] {
  const out: [number, number][][] = [];
  let flags: string[] = [];
  let open = false;
  for (const p of elements(body, 'w:p')) {
    collectBoldOff(p, mode, flags);
    open = true;
    if (markKept(p, mode)) {
      out.push(stretchesOf(flags));
      flags = [];
      open = false;
    }
  }
  if (open) out.push(stretchesOf(flags));
  return out;
}
