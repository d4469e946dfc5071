import { qualifierAfter, qualifiersBefore } from './qualifiers.ts';
import { scanNumbers, type NumberToken } from './scanNumbers.ts';
import { TARGET_QUALIFIERS, type TargetFigure, type TargetQualifier } from './targetFigure.ts';
import { matchUnit, type UnitMatch } from './units.ts';
import { yearFor, yearMentions } from './yearMentions.ts';

const ANNUAL = /(^|[^\p{L}])h[ằà]ng năm($|[^\p{L}])/iu;
const RANGE_SEPARATOR = /^\s*[-–—]\s*$|^\s+(?:đến|tới)\s+$/u;

interface Span {
  first: NumberToken;
  last: NumberToken;
  unit: UnitMatch | null;
}

/** The figure starting at tokens[i]: one number, or "a - b" / "a đến b" with a shared unit. */
function spanAt(text: string, tokens: readonly NumberToken[], i: number): Span {
  const first = tokens[i];
  const unit = matchUnit(text, first.end);
  const next = tokens[i + 1];
  if (!next || next.isYear || first.outOf !== null || next.outOf !== null) return { first, last: first, unit };
  if (!RANGE_SEPARATOR.test(text.slice(unit?.end ?? first.end, next.start))) return { first, last: first, unit };
  const nextUnit = matchUnit(text, next.end);
  if (unit && nextUnit && unit.unit.toLowerCase() !== nextUnit.unit.toLowerCase()) return { first, last: first, unit };
  return { first, last: next, unit: nextUnit ?? unit };
}

function ordered(set: Set<TargetQualifier>): TargetQualifier[] {
  return TARGET_QUALIFIERS.filter((q) => set.has(q));
}

/**
 * The figures of a target's text, in order: values and ranges in Vietnamese notation with their
 * unit, qualifiers and year. Years, dates, section numbers, enumerators "(1)" and names such as
 * "226/2025/QH15" are not figures. Pure and fast: call it on every change of a target's text.
 */
export function extractFigures(text: string): TargetFigure[] {
  const tokens = scanNumbers(text);
  const years = yearMentions(text, tokens);
  const figures: TargetFigure[] = [];
  let previousEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].isYear) {
      previousEnd = tokens[i].end;
      continue;
    }
    const { first, last, unit } = spanAt(text, tokens, i);
    const isRange = last !== first;
    const end = Math.max(unit?.end ?? 0, last.end);
    const lead = text.slice(previousEnd, first.start);
    const before = qualifiersBefore(lead);
    const set = new Set(before.qualifiers);
    // "Hằng năm, 100% …": said once at the head of the clause, it holds past the comma.
    if (ANNUAL.test(lead)) set.add('annual');
    const after = qualifierAfter(text.slice(end, tokens[i + (isRange ? 2 : 1)]?.start ?? text.length));
    if (after) set.add(after);
    else if (before.from && !isRange) set.add('at-least');
    const year = yearFor(text, years, first.start, end);
    figures.push({
      text: text.slice(first.start, end),
      start: first.start,
      end,
      value: isRange ? null : first.value,
      min: first.value,
      max: last.value,
      outOf: first.outOf,
      unit: unit?.unit ?? null,
      qualifiers: ordered(set),
      year: year?.year ?? null,
      yearFrom: year?.yearFrom ?? null,
    });
    previousEnd = end;
    if (isRange) i++;
  }
  return figures;
}
