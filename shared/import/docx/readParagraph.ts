/**
 * Reads one w:p into runs with marks: text, tabs and line breaks; bold, italic and underline set
 * on the run; footnote references as their number under a footnote_ref mark (export turns that
 * marker back into a Word footnote). Text in a legacy font (.VnTime, VNI-Times) is converted by
 * the run's effective font. Deleted revisions and field instructions are not text and are skipped.
 * Word's automatic number is counted for every numbered paragraph (`shownLabel`); one in a format
 * none of our labels has is kept as text, since nothing else would print it.
 */
import { convertLegacy, legacyEncodingOf } from '../legacy/convertLegacy.ts';
import { charOfByte } from '../legacy/cp1252.ts';
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

/** TCVN3 "ư" is byte 0xAD, Windows-1252's soft hyphen: an office suite saving such a run writes it as w:softHyphen. */
const SOFT_HYPHEN = '\u00ad';

/**
 * The character a w:sym stands for: Word puts a symbol font's byte at U+F000 + byte. In a legacy
 * font that byte is a letter; in a Unicode font a code below U+F000 is the character itself.
 */
function symbolChar(sym: XmlElement, legacy: boolean): string {
  const code = Number.parseInt(sym.attrs['w:char'] ?? '', 16);
  if (!Number.isInteger(code) || code <= 0) return '';
  if (legacy) {
    const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
    return byte <= 0xff ? charOfByte(byte) : '';
  }
  return code < 0xe000 || code > 0xf8ff ? String.fromCodePoint(code) : '';
}

/**
 * The text of a w:r's content elements, in order, converted from the run's font. In a legacy
 * font, w:softHyphen, w:noBreakHyphen and w:sym are the bytes they stand for (0xAD "ư", 0x2D,
 * the symbol's byte) and are decoded with the rest; elsewhere a soft hyphen is only a place to
 * break a line and is not text. A w:sym in a legacy font of its own is decoded with that font.
 */
function runText(r: XmlElement, font: string | null): string {
  const legacy = legacyEncodingOf(font) !== null;
  let text = '';
  let raw = '';
  for (const c of r.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t') raw += textOf(c);
    else if (c.name === 'w:tab') raw += '\t';
    else if (c.name === 'w:br' && (c.attrs['w:type'] ?? 'textWrapping') === 'textWrapping') raw += '\n';
    else if (c.name === 'w:cr') raw += '\n';
    else if (c.name === 'w:noBreakHyphen') raw += '-';
    else if (c.name === 'w:softHyphen' && legacy) raw += SOFT_HYPHEN;
    else if (c.name === 'w:sym') {
      const symFont = c.attrs['w:font'] ?? null;
      if (symFont && symFont !== font && legacyEncodingOf(symFont)) {
        text += convertLegacy(raw, font) + convertLegacy(symbolChar(c, true), symFont);
        raw = '';
      } else raw += symbolChar(c, legacy);
    }
  }
  return text + convertLegacy(raw, font);
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
  const font = fontOf(child(rPr, 'w:rFonts')) ?? ctx.styles.font(child(rPr, 'w:rStyle')?.attrs['w:val'] ?? null) ?? ctx.styles.font(paraStyle);
  const text = runText(r, font);
  if (!text) return;
  if (legacyEncodingOf(font)) ctx.legacyFonts.add(font!);
  for (const c of r.children) {
    const symFont = typeof c !== 'string' && c.name === 'w:sym' ? c.attrs['w:font'] : undefined;
    if (symFont && legacyEncodingOf(symFont)) ctx.legacyFonts.add(symFont);
  }
  out.push({ text, marks });
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
  const shownLabel = numRef ? ctx.numbering.next(numRef.numId, numRef.ilvl) : null;
  // A Word number in a format that is none of ours ("1)", "Điều 1.") is kept as the text it prints.
  if (!numbering && shownLabel?.trim()) runs.unshift({ text: `${shownLabel.trim()} `, marks: [] });
  const heading = ctx.styles.headingLevel(styleId);
  const headingHint = heading ? { type: 'heading' as const, level: Math.min(heading, 4) } : null;
  return { kind: 'para', runs, numbering, shownLabel: numbering ? shownLabel : null, headingHint };
}

const twips = (value: string | undefined) => (value && /^-?\d+$/u.test(value) ? Number(value) : 0);

/** Where a w:p's first line starts, in twips, by its own w:ind (left + first line − hanging); styles are not consulted. */
export function paragraphIndent(p: XmlElement): number {
  const ind = child(child(p, 'w:pPr'), 'w:ind');
  if (!ind) return 0;
  const a = ind.attrs;
  return twips(a['w:left'] ?? a['w:start']) + twips(a['w:firstLine']) - twips(a['w:hanging']);
}
