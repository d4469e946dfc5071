/**
 * Inline markdown in an imported .md file: "**bold**" (and "__bold__") becomes strong,
 * "*italic*" and "_italic_" become em. Unpaired markers stay as text, so a line like
 * "* Kết quả đạt được:" is never damaged. Plain text never comes here.
 */
import type { MarkJson, Run } from '../model.ts';

const STRONG: MarkJson[] = [{ type: 'strong' }];
const EM: MarkJson[] = [{ type: 'em' }];

/** Runs for one line of text with inline markdown. */
export function inlineMarkdown(line: string): Run[] {
  const pattern = /\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__|\*(?=\S)([^*]+?)(?<=\S)\*|(?<![\p{L}\d])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\d])/gu;
  const runs: Run[] = [];
  let last = 0;
  for (const m of line.matchAll(pattern)) {
    if (m.index > last) runs.push({ text: line.slice(last, m.index), marks: [] });
    const strong = m[1] ?? m[2];
    runs.push({ text: strong ?? m[3] ?? m[4], marks: strong !== undefined ? STRONG : EM });
    last = m.index + m[0].length;
  }
  if (last < line.length) runs.push({ text: line.slice(last), marks: [] });
  return runs;
}
