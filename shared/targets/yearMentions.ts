import type { NumberToken } from './scanNumbers.ts';

/** A year or a period in a text: "năm 2030", "giai đoạn 2026 - 2030", "2026-2030". */
export interface YearMention {
  year: number;
  yearFrom: number | null;
  start: number;
  end: number;
}

const RANGE_SEPARATOR = /^\s*[-–—]\s*$|^\s+(?:đến|tới)\s+$/u;

/** The years among `tokens`, two years joined by a dash (or "đến") read as one period. */
export function yearMentions(text: string, tokens: readonly NumberToken[]): YearMention[] {
  const mentions: YearMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.isYear) continue;
    const next = tokens[i + 1];
    if (next?.isYear && next.value > t.value && RANGE_SEPARATOR.test(text.slice(t.end, next.start))) {
      mentions.push({ year: next.value, yearFrom: t.value, start: t.start, end: next.end });
      i++;
    } else {
      mentions.push({ year: t.value, yearFrom: null, start: t.start, end: t.end });
    }
  }
  return mentions;
}

/** Clause boundaries: a year said in one clause holds for its figures ("…; …" starts a new one). */
function clauseOf(text: string, pos: number): { start: number; end: number } {
  const boundary = /[;\n]|\.(?=\s|$)/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    if (m.index >= pos) return { start, end: m.index };
    start = m.index + 1;
  }
  return { start, end: text.length };
}

/**
 * The year a figure at [start, end) is for: the nearest year said in its clause, else the last
 * year said before it (a clause after ";" continues the sentence's year), else none.
 */
export function yearFor(text: string, mentions: readonly YearMention[], start: number, end: number): YearMention | null {
  const clause = clauseOf(text, start);
  let best: YearMention | null = null;
  let bestDistance = Infinity;
  for (const m of mentions) {
    if (m.start < clause.start || m.end > clause.end) continue;
    const distance = m.end <= start ? start - m.end : m.start - end;
    if (distance < bestDistance) [best, bestDistance] = [m, distance];
  }
  if (best) return best;
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].end <= start) return mentions[i];
  return null;
}
