/**
 * Word's automatic numbering (word/numbering.xml): the label of a numbered paragraph is not in
 * its text, so its block type comes from the level's format. We render the level's text with a
 * sample number ("%1.%2." → "1.1.") and ask the same label recogniser as for typed labels, so a
 * "(%1)" level is a target and a "%1." upper-Roman level a section, exactly as when typed.
 * The label Word actually prints is counted too (see `next`), so the importer can infer the
 * source's restart rules from automatic numbers as from typed ones.
 */
import type { NumberingKind } from '../model.ts';
import { matchLabel } from '../text/labels.ts';
import { latinLetter, upperRoman } from '../../numbering/formatCounter.ts';
import { child, childrenNamed, type XmlElement } from '../xml.ts';

interface Level {
  format: string;
  text: string;
  start: number;
}

export interface Numbering {
  /** The kind of block a paragraph numbered (numId, ilvl) is; null when the format is not ours. */
  kind(numId: string, ilvl: number): NumberingKind | null;
  /**
   * The label Word prints before the next paragraph numbered (numId, ilvl), counting it: call
   * once per numbered paragraph, in document order. A bullet's label is its glyph. Null when the
   * list or level does not exist.
   */
  next(numId: string, ilvl: number): string | null;
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

/** Counter value `n` in a Word number format; formats we do not know print as decimals, as Word falls back. */
function formatNumber(format: string, n: number): string {
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return latinLetter(n);
    case 'upperLetter':
      return latinLetter(n).toUpperCase();
    case 'lowerRoman':
      return upperRoman(n).toLowerCase();
    case 'upperRoman':
      return upperRoman(n);
    default:
      return String(n);
  }
}

/** The block kind of one level, given all levels of its list (for "%1.%2." references). */
export function kindOfLevel(levels: readonly Level[], ilvl: number): NumberingKind | null {
  const level = levels[ilvl];
  if (!level || level.format === 'none') return null;
  if (level.format === 'bullet') return { type: 'bullet', level: null };
  const sample = level.text.replace(/%(\d)/g, (_, k: string) => SAMPLE[levels[Number(k) - 1]?.format ?? ''] ?? '1');
  const m = matchLabel(`${sample.trim()} X`);
  return m && m.type !== 'bullet' ? { type: m.type, level: m.level } : null;
}

const intAttr = (el: XmlElement | undefined, fallback: number) => {
  const value = Number(el?.attrs['w:val']);
  return Number.isInteger(value) ? value : fallback;
};

function readLevels(abstract: XmlElement): Level[] {
  const levels: Level[] = [];
  for (const lvl of childrenNamed(abstract, 'w:lvl')) {
    const ilvl = Number(lvl.attrs['w:ilvl'] ?? 0);
    if (!(Number.isInteger(ilvl) && ilvl >= 0 && ilvl < MAX_LEVELS)) continue; // as Word does
    levels[ilvl] = {
      format: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
      text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
      start: intAttr(child(lvl, 'w:start'), 1),
    };
  }
  return levels;
}

/** A w:num: its abstract list and the levels it restarts (`w:lvlOverride/w:startOverride`). */
interface NumInstance {
  abstractId: string;
  starts: Map<number, number>;
}

function readNum(n: XmlElement): NumInstance | null {
  const abstractId = child(n, 'w:abstractNumId')?.attrs['w:val'];
  if (abstractId === undefined) return null;
  const starts = new Map<number, number>();
  for (const override of childrenNamed(n, 'w:lvlOverride')) {
    const start = child(override, 'w:startOverride');
    if (start) starts.set(Number(override.attrs['w:ilvl'] ?? 0), intAttr(start, 1));
  }
  return { abstractId, starts };
}

export function readNumbering(root: XmlElement | null): Numbering {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, NumInstance>();
  if (root) {
    for (const a of childrenNamed(root, 'w:abstractNum')) abstracts.set(a.attrs['w:abstractNumId'] ?? '', readLevels(a));
    for (const n of childrenNamed(root, 'w:num')) {
      const num = readNum(n);
      if (num) nums.set(n.attrs['w:numId'] ?? '', num);
    }
  }
  // Word counts per abstract list: w:num instances of one list continue each other's numbers,
  // except where an instance restarts a level, from its first paragraph on.
  const counters = new Map<string, (number | null)[]>();
  const started = new Set<string>();
  const levelsOf = (numId: string) => (numId === '0' ? undefined : abstracts.get(nums.get(numId)?.abstractId ?? ''));
  return {
    kind: (numId, ilvl) => {
      const levels = levelsOf(numId);
      return levels ? kindOfLevel(levels, ilvl) : null;
    },
    next: (numId, ilvl) => {
      const levels = levelsOf(numId);
      const level = levels?.[ilvl];
      if (!levels || !level) return null;
      const num = nums.get(numId)!;
      const counts = counters.get(num.abstractId) ?? new Array<number | null>(MAX_LEVELS).fill(null);
      counters.set(num.abstractId, counts);
      if (!started.has(numId)) {
        started.add(numId);
        for (const [l, start] of num.starts) if (l >= 0 && l < MAX_LEVELS) counts[l] = start - 1;
      }
      counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
      for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) counts[deeper] = null;
      if (level.format === 'bullet') return level.text;
      return level.text.replace(/%(\d)/g, (_, k: string) => {
        const at = Number(k) - 1;
        const of = levels[at];
        return of ? formatNumber(of.format, counts[at] ?? of.start) : '';
      });
    },
  };
}
