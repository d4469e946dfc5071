/**
 * Word's automatic numbering (word/numbering.xml): the label of a numbered paragraph is not in
 * its text, so its block type comes from the level's format. We render the level's text with a
 * sample number ("%1.%2." → "1.1.") and ask the same label recogniser as for typed labels, so a
 * "(%1)" level is a target and a "%1." upper-Roman level a section, exactly as when typed.
 */
import type { NumberingKind } from '../model.ts';
import { matchLabel } from '../text/labels.ts';
import { child, childrenNamed, type XmlElement } from '../xml.ts';

interface Level {
  format: string;
  text: string;
}

export interface Numbering {
  /** The kind of block a paragraph numbered (numId, ilvl) is; null when the format is not ours. */
  kind(numId: string, ilvl: number): NumberingKind | null;
}

/** Word's lists have nine levels (ilvl 0–8); other levels are ignored. */
const MAX_LEVELS = 9;

const SAMPLE: Record<string, string> = {
  decimal: '1',
  decimalZero: '01',
  lowerLetter: 'a',
  upperLetter: 'A',
  lowerRoman: 'i',
  upperRoman: 'I',
};

/** The block kind of one level, given all levels of its list (for "%1.%2." references). */
export function kindOfLevel(levels: readonly Level[], ilvl: number): NumberingKind | null {
  const level = levels[ilvl];
  if (!level || level.format === 'none') return null;
  if (level.format === 'bullet') return { type: 'bullet', level: null };
  const sample = level.text.replace(/%(\d)/g, (_, k: string) => SAMPLE[levels[Number(k) - 1]?.format ?? ''] ?? '1');
  const m = matchLabel(`${sample.trim()} X`);
  return m && m.type !== 'bullet' ? { type: m.type, level: m.level } : null;
}

function readLevels(abstract: XmlElement): Level[] {
  const levels: Level[] = [];
  for (const lvl of childrenNamed(abstract, 'w:lvl')) {
    const ilvl = Number(lvl.attrs['w:ilvl'] ?? 0);
    if (!(Number.isInteger(ilvl) && ilvl >= 0 && ilvl < MAX_LEVELS)) continue; // as Word does
    levels[ilvl] = {
      format: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
      text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
    };
  }
  return levels;
}

export function readNumbering(root: XmlElement | null): Numbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, string>();
  if (root) {
    for (const a of childrenNamed(root, 'w:abstractNum')) abstracts.set(a.attrs['w:abstractNumId'] ?? '', readLevels(a));
    for (const n of childrenNamed(root, 'w:num')) {
      const abstractId = child(n, 'w:abstractNumId')?.attrs['w:val'];
      if (abstractId !== undefined) nums.set(n.attrs['w:numId'] ?? '', abstractId);
    }
  }
  return {
    kind: (numId, ilvl) => {
      if (numId === '0') return null;
      const levels = abstracts.get(nums.get(numId) ?? '');
      return levels ? kindOfLevel(levels, ilvl) : null;
    },
  };
}
