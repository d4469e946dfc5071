/**
 * Imports plain text, markdown or pasted text. One paragraph per line; text that looks
 * hard-wrapped (as out of a PDF) is unwrapped first. Markdown "#" headings set the block type
 * when the line has no numbering label ("#" section, "##" heading 1 … "#####" heading 4), and
 * "**bold**" becomes strong ("*italic*" too when `markdown` is set).
 */
import { toNFC } from '../../text/normalize.ts';
import { buildDoc } from '../buildDoc.ts';
import type { ImportResult } from '../importResult.ts';
import type { ImportWarning, SourceParagraph } from '../model.ts';
import { recogniseItems } from '../recogniseItems.ts';
import { inlineMarkdown } from './inlineMarkdown.ts';
import { HARD_WRAP_JOINED, looksHardWrapped, unwrapPdfText } from './unwrapPdfText.ts';

export interface TextOptions {
  /** The text is a .md file: also read "*italic*" and "_italic_". */
  markdown?: boolean;
}

const MD_HEADING = /^(#{1,6})\s+/u;

function paragraphOf(line: string, markdown: boolean): SourceParagraph {
  const heading = MD_HEADING.exec(line.trimStart());
  if (!heading) return { kind: 'para', runs: inlineMarkdown(line, markdown) };
  const depth = heading[1].length;
  const hint = depth === 1 ? { type: 'section' as const, level: null } : { type: 'heading' as const, level: Math.min(depth - 1, 4) };
  return { kind: 'para', runs: inlineMarkdown(line.trimStart().slice(heading[0].length), markdown), headingHint: hint };
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
  return { ...buildDoc(header, blocks), warnings };
}
