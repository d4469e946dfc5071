/**
 * What we need from word/styles.xml: per style, its font (legacy fonts are usually set on the
 * Normal style, not on each run), its automatic numbering and whether it is a heading; and the
 * document's default font. Values inherit through `w:basedOn`.
 */
import { child, childrenNamed, type XmlElement } from '../xml.ts';

export interface NumRef {
  numId: string;
  ilvl: number;
}

interface StyleInfo {
  name: string;
  basedOn: string | null;
  font: string | null;
  numPr: NumRef | null;
  outlineLevel: number | null;
}

export interface Styles {
  /** The effective font of a style (inherited), else the document default; null if none. */
  font(styleId: string | null): string | null;
  /** The numbering a paragraph style applies, inherited. */
  numPr(styleId: string | null): NumRef | null;
  /** Heading level 1… of a "Heading n" style or a style with an outline level; null otherwise. */
  headingLevel(styleId: string | null): number | null;
}

/** The font name of an rFonts element: the high-ANSI font draws legacy 8-bit letters. */
export function fontOf(rFonts: XmlElement | undefined): string | null {
  if (!rFonts) return null;
  return rFonts.attrs['w:hAnsi'] ?? rFonts.attrs['w:ascii'] ?? rFonts.attrs['w:cs'] ?? null;
}

/** w:numPr → its reference; numId "0" means "no numbering". */
export function numRefOf(numPr: XmlElement | undefined): NumRef | null {
  const numId = child(numPr, 'w:numId')?.attrs['w:val'];
  if (!numPr || numId === undefined) return null;
  return { numId, ilvl: Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) };
}

function readStyle(style: XmlElement): StyleInfo {
  const pPr = child(style, 'w:pPr');
  const outline = child(pPr, 'w:outlineLvl')?.attrs['w:val'];
  return {
    name: child(style, 'w:name')?.attrs['w:val'] ?? '',
    basedOn: child(style, 'w:basedOn')?.attrs['w:val'] ?? null,
    font: fontOf(child(child(style, 'w:rPr'), 'w:rFonts')),
    numPr: numRefOf(child(pPr, 'w:numPr')),
    outlineLevel: outline === undefined ? null : Number(outline),
  };
}

export function readStyles(root: XmlElement | null): Styles {
  const styles = new Map<string, StyleInfo>();
  let defaultFont: string | null = null;
  let defaultParagraph: string | null = null;
  if (root) {
    const rPrDefault = child(child(root, 'w:docDefaults'), 'w:rPrDefault');
    defaultFont = fontOf(child(child(rPrDefault, 'w:rPr'), 'w:rFonts'));
    for (const s of childrenNamed(root, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      styles.set(id, readStyle(s));
      if (s.attrs['w:default'] === '1' && s.attrs['w:type'] === 'paragraph') defaultParagraph = id;
    }
  }
  /** The first value found walking up the basedOn chain (cycles cut after 20 steps). */
  const inherit = <T>(styleId: string | null, pick: (s: StyleInfo) => T | null): T | null => {
    let id = styleId ?? defaultParagraph;
    for (let depth = 0; id && depth < 20; depth++) {
      const s = styles.get(id);
      if (!s) break;
      const value = pick(s);
      if (value !== null) return value;
      id = s.basedOn;
    }
    return null;
  };
  return {
    font: (id) => inherit(id, (s) => s.font) ?? (id ? inherit(defaultParagraph, (s) => s.font) : null) ?? defaultFont,
    numPr: (id) => inherit(id, (s) => s.numPr),
    headingLevel: (id) => {
      const heading = /^heading\s*(\d)$/i.exec(inherit(id, (s) => s.name) ?? '');
      if (heading) return Number(heading[1]);
      const outline = inherit(id, (s) => s.outlineLevel);
      return outline !== null && outline < 9 ? outline + 1 : null;
    },
  };
}
