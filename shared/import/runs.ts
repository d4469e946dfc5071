/** Small operations on runs that keep every character not explicitly removed. */
import type { Run } from './model.ts';

/** The plain text of runs. */
export function plainText(runs: readonly Run[]): string {
  let s = '';
  for (const r of runs) s += r.text;
  return s;
}

/** Runs without their first `count` characters (UTF-16 units). */
export function dropLeading(runs: readonly Run[], count: number): Run[] {
  const out: Run[] = [];
  let left = count;
  for (const r of runs) {
    if (left >= r.text.length) {
      left -= r.text.length;
      continue;
    }
    out.push(left > 0 ? { text: r.text.slice(left), marks: r.marks } : r);
    left = 0;
  }
  return out;
}

/** Runs with leading and trailing white space removed. */
export function trimRuns(runs: readonly Run[]): Run[] {
  const text = plainText(runs);
  const lead = text.length - text.trimStart().length;
  const out = dropLeading(runs, lead);
  let trail = text.length - lead - text.trim().length;
  while (trail > 0 && out.length > 0) {
    const last = out[out.length - 1];
    if (last.text.length <= trail) {
      trail -= last.text.length;
      out.pop();
    } else {
      out[out.length - 1] = { text: last.text.slice(0, last.text.length - trail), marks: last.marks };
      trail = 0;
    }
  }
  return out;
}

/** Runs of several paragraphs joined into one, a hard break ("\n") between them. */
export function joinLines(lines: readonly Run[][]): Run[] {
  const out: Run[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ text: '\n', marks: [] });
    for (const run of line) out.push(run);
  });
  return out;
}

/** A run of unmarked text. */
export function plain(text: string): Run {
  return { text, marks: [] };
}
