/**
 * Inline markdown in an imported .md file: "**bold**" (and "__bold__") becomes strong,
 * "*italic*" and "_italic_" become em. Unpaired markers stay as text, so a line like
 * "* Kết quả đạt được:" is never damaged. Plain text never comes here.
 */
import type { MarkJson, Run } from '../model.ts';

const STRONG: MarkJson[] = [{ type: 'strong' }];
const EM: MarkJson[] = [{ type: 'em' }];

// Sticky: each is tried at one position. Groups 1–2 are strong, 3–4 em.
const STRONG_OR_EM = /\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__|\*(?=\S)([^*]+?)(?<=\S)\*|(?<![\p{L}\d])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\d])/uy;
const STRONG_ONLY = /\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__/uy;

/** Runs for one line of text with inline markdown; with `emphasis` false only bold is read. */
export function inlineMarkdown(line: string, emphasis = true): Run[] {
  const runs: Run[] = [];
  const closers = strongClosers(line);
  const markers = nextMarkers(line);
  let last = 0;
  for (let at = markers(0); at >= 0; at = markers(at)) {
    // Nothing matches at a "**" or "__" that no closer follows (em needs another character after
    // its marker), so it is not tried: the lazy search for a closer would run to the end of the
    // line from every such marker (quadratic: a line of 40,000 characters of "**x " took 0.45 s,
    // one of 160,000 6.5 s).
    const hopeless = (line.startsWith('**', at) || line.startsWith('__', at)) && !closers(line.slice(at, at + 2), at);
    const m = hopeless ? null : matchAt(emphasis ? STRONG_OR_EM : STRONG_ONLY, line, at);
    if (!m) {
      at++;
      continue;
    }
    if (at > last) runs.push({ text: line.slice(last, at), marks: [] });
    const bold = m[1] ?? m[2];
    runs.push({ text: bold ?? m[3] ?? m[4], marks: bold !== undefined ? STRONG : EM });
    last = at = at + m[0].length;
  }
  if (last < line.length) runs.push({ text: line.slice(last), marks: [] });
  return runs;
}

function matchAt(pattern: RegExp, line: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(line);
}

/** The next position, from `from` on, of a "*" or "_" (where every pattern starts), or -1. */
function nextMarkers(line: string): (from: number) => number {
  // Each marker's next position is searched again only once it is passed: one pass per marker.
  const next = { '*': line.indexOf('*'), _: line.indexOf('_') };
  return (from) => {
    for (const c of ['*', '_'] as const) if (next[c] >= 0 && next[c] < from) next[c] = line.indexOf(c, from);
    const found = [next['*'], next._].filter((i) => i >= from);
    return found.length > 0 ? Math.min(...found) : -1;
  };
}

const LINE_END = /[\n\r\u2028\u2029]/gu;
const NOT_SPACE = /\S/u;

/**
 * Whether a "**" (or "__") at `at` has a closer after it that the strong pattern accepts: the
 * same marker at q ≥ at + 3, after a character that is not white space, with no line terminator
 * in between ('.' does not match one). Each stretch between terminators is searched once, from
 * its end back, so the whole line costs one pass.
 */
function strongClosers(line: string): (marker: string, at: number) => boolean {
  let end = -1;
  const lastCloser: Record<string, number> = {};
  return (marker, at) => {
    const from = at + 2;
    if (from > end) {
      LINE_END.lastIndex = from;
      end = LINE_END.exec(line)?.index ?? line.length;
      for (const m of ['**', '__']) lastCloser[m] = lastValidCloser(line, m, from, end);
    }
    return lastCloser[marker] >= at + 3;
  };
}

function lastValidCloser(line: string, marker: string, from: number, end: number): number {
  for (let q = line.lastIndexOf(marker, end - 2); q > from; q = line.lastIndexOf(marker, q - 1)) {
    if (NOT_SPACE.test(line[q - 1])) return q;
  }
  return -1;
}
