/**
 * Reads one w:p into runs with marks: text, tabs and line breaks; bold, italic and underline set
 * on the run; footnote references as their number under a footnote_ref mark (export turns that
 * marker back into a Word footnote). Text in a legacy font (.VnTime, VNI-Times) is converted by
 * the run's effective font. Deleted revisions and field instructions are not text and are skipped.
 */
import { convertLegacy, legacyEncodingOf } from '../legacy/convertLegacy.ts';
import type { MarkJson, Run, SourceParagraph } from '../model.ts';
import { child, textOf, type XmlElement } from '../xml.ts';
import type { Numbering } from './numbering.ts';
import { fontOf, numRefOf, type Styles } from './styles.ts';

export interface DocxContext {
  /** The file's name, for the messages of errors. */
  fileName: string;
  styles: Styles;
  numbering: Numbering;
  /** Footnote id → its number (order of first reference); filled as references are met. */
  footnoteOrder: Map<string, number>;
  /** Legacy fonts met, for the warning. */
  legacyFonts: Set<string>;
  /** Drawings and text boxes with text that were not imported, for the warning. */
  skippedWithText: number;
}

/** True when an element holds any w:t text (a text box inside a drawing, say). */
function hasText(el: XmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string' && ((c.name === 'w:t' && textOf(c).trim() !== '') || hasText(c)));
}

const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'mc:AlternateContent', 'w:drawing', 'w:pict', 'w:object']);

const isOn = (el: XmlElement | undefined) => !!el && !['0', 'false', 'off'].includes(el.attrs['w:val'] ?? 'true');

function runMarks(rPr: XmlElement | undefined): MarkJson[] {
  const marks: MarkJson[] = [];
  if (isOn(child(rPr, 'w:b'))) marks.push({ type: 'strong' });
  if (isOn(child(rPr, 'w:i'))) marks.push({ type: 'em' });
  const u = child(rPr, 'w:u');
  if (u && (u.attrs['w:val'] ?? 'single') !== 'none') marks.push({ type: 'underline' });
  return marks;
}

/** The text of a w:r's content elements, in order. */
function runText(r: XmlElement): string {
  let text = '';
  for (const c of r.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t') text += textOf(c);
    else if (c.name === 'w:tab') text += '\t';
    else if (c.name === 'w:br' && (c.attrs['w:type'] ?? 'textWrapping') === 'textWrapping') text += '\n';
    else if (c.name === 'w:cr') text += '\n';
    else if (c.name === 'w:noBreakHyphen') text += '-';
  }
  return text;
}

function readRun(r: XmlElement, paraStyle: string | null, ctx: DocxContext, out: Run[]): void {
  const rPr = child(r, 'w:rPr');
  const marks = runMarks(rPr);
  const ref = child(r, 'w:footnoteReference');
  if (ref) {
    const id = ref.attrs['w:id'] ?? '';
    if (!ctx.footnoteOrder.has(id)) ctx.footnoteOrder.set(id, ctx.footnoteOrder.size + 1);
    out.push({ text: String(ctx.footnoteOrder.get(id)), marks: [...marks, { type: 'footnote_ref', attrs: { note: `fn:${id}` } }] });
  }
  for (const c of r.children) if (typeof c !== 'string' && SKIPPED.has(c.name) && hasText(c)) ctx.skippedWithText++;
  const raw = runText(r);
  if (!raw) return;
  const font = fontOf(child(rPr, 'w:rFonts')) ?? ctx.styles.font(child(rPr, 'w:rStyle')?.attrs['w:val'] ?? null) ?? ctx.styles.font(paraStyle);
  if (legacyEncodingOf(font)) ctx.legacyFonts.add(font!);
  out.push({ text: convertLegacy(raw, font), marks });
}

/** Runs of a paragraph's content, descending into hyperlinks, insertions, content controls. */
function collectRuns(el: XmlElement, paraStyle: string | null, ctx: DocxContext, out: Run[]): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (SKIPPED.has(c.name)) {
      if (c.name !== 'w:del' && c.name !== 'w:moveFrom' && hasText(c)) ctx.skippedWithText++;
      continue;
    }
    if (c.name === 'w:r') readRun(c, paraStyle, ctx, out);
    else if (c.children.length) collectRuns(c, paraStyle, ctx, out);
  }
}

/** A w:p as a source paragraph for the recogniser. */
export function readParagraph(p: XmlElement, ctx: DocxContext): SourceParagraph {
  const pPr = child(p, 'w:pPr');
  const styleId = child(pPr, 'w:pStyle')?.attrs['w:val'] ?? null;
  const runs: Run[] = [];
  collectRuns(p, styleId, ctx, runs);
  const numRef = numRefOf(child(pPr, 'w:numPr')) ?? ctx.styles.numPr(styleId);
  const numbering = numRef ? ctx.numbering.kind(numRef.numId, numRef.ilvl) : null;
  const heading = ctx.styles.headingLevel(styleId);
  const headingHint = heading ? { type: 'heading' as const, level: Math.min(heading, 4) } : null;
  return { kind: 'para', runs, numbering, headingHint };
}

const twips = (value: string | undefined) => (value && /^-?\d+$/u.test(value) ? Number(value) : 0);

/** Where a w:p's first line starts, in twips, by its own w:ind (left + first line − hanging); styles are not consulted. */
export function paragraphIndent(p: XmlElement): number {
  const ind = child(child(p, 'w:pPr'), 'w:ind');
  if (!ind) return 0;
  const a = ind.attrs;
  return twips(a['w:left'] ?? a['w:start']) + twips(a['w:firstLine']) - twips(a['w:hanging']);
}
