/**
 * Imports plain text, markdown or pasted text. One paragraph per line; text that looks
 * hard-wrapped (as out of a PDF) is unwrapped first. Plain text is only text: "**" and "#" are
 * kept as typed, so a .txt and an office suite's .docx of it import to the same characters. In
 * Markdown (`markdown`), "#" headings set the block type when the line has no numbering label
 * ("#" section, "##" heading 1 … "#####" heading 4), "**bold**" becomes strong, "*italic*" em.
 */
import { toNFC } from '../../text/normalize.ts';
import { buildDoc } from '../buildDoc.ts';
import type { NumberingScheme } from '../../numbering/scheme.ts';
import { importResult, type ImportResult } from '../importResult.ts';
import type { ImportWarning, SourceParagraph } from '../model.ts';
import { recogniseItems } from '../recogniseItems.ts';
import { inlineMarkdown } from './inlineMarkdown.ts';
import { HARD_WRAP_JOINED, looksHardWrapped, unwrapPdfText } from './unwrapPdfText.ts';

export interface TextOptions {
  /** The text is a .md file: "#" headings, "**bold**" and "*italic*" are Markdown; otherwise every character is text. */
  markdown?: boolean;
  /** The scheme the document has now; the imported numbering departs from it only where the source's numbers say so. */
  numbering?: NumberingScheme;
}

const MD_HEADING = /^(#{1,6})\s+/u;

function paragraphOf(line: string, markdown: boolean): SourceParagraph {
  if (!markdown) return { kind: 'para', runs: [{ text: line, marks: [] }] };
  const heading = MD_HEADING.exec(line.trimStart());
  if (!heading) return { kind: 'para', runs: inlineMarkdown(line) };
  const depth = heading[1].length;
  const hint = depth === 1 ? { type: 'section' as const, level: null } : { type: 'heading' as const, level: Math.min(depth - 1, 4) };
  return { kind: 'para', runs: inlineMarkdown(line.trimStart().slice(heading[0].length)), headingHint: hint };
}

/** Recognises the structure of a text; the result is valid for `schema`. */
export function recogniseText(text: string, options: TextOptions = {}): ImportResult {
  const warnings: ImportWarning[] = [];
  let body = toNFC(text.replace(/^\uFEFF/u, '')).replace(/\r\n?/gu, '\n');
  if (looksHardWrapped(body)) {
    body = unwrapPdfText(body);
    warnings.push({ ...HARD_WRAP_JOINED });
  }
  const paragraphs = body.split('\n').map((line) => paragraphOf(line, options.markdown ?? false));
  const { header, blocks } = recogniseItems(paragraphs);
  return importResult(buildDoc(header, blocks), warnings, options.numbering);
}
