/**
 * Imports plain text, markdown or pasted text. One paragraph per line; text that looks
 * hard-wrapped (as out of a PDF) is unwrapped first, and in plain text a sentence a page break
 * cut goes on across it, and footnotes the PDF printed at a page's foot become footnote blocks
 * (see textParagraphs.ts). Plain text is only text: "**" and "#" are
 * kept as typed, so a .txt and an office suite's .docx of it import to the same characters. In
 * Markdown (`markdown`), "#" headings set the block type when the line has no numbering label
 * ("#" section, "##" heading 1 … "#####" heading 4), "**bold**" becomes strong, "*italic*" em.
 */
import { toNFC } from '../../text/normalize.ts';
import { buildDoc } from '../buildDoc.ts';
import type { NumberingScheme } from '../../numbering/scheme.ts';
import { importResult, type ImportResult } from '../importResult.ts';
import type { ImportWarning, SourceParagraph, TextBlock } from '../model.ts';
import { recogniseItems } from '../recogniseItems.ts';
import { inlineMarkdown } from './inlineMarkdown.ts';
import { footnoteKey, footnoteRuns, superscriptDigits } from './pdfFootnotes.ts';
import { textParagraphs } from './textParagraphs.ts';
import { HARD_WRAP_JOINED, looksHardWrapped, unwrapPdfText } from './unwrapPdfText.ts';

export interface TextOptions {
  /** The text is a .md file: "#" headings, "**bold**" and "*italic*" are Markdown; otherwise every character is text. */
  markdown?: boolean;
  /** The scheme the document has now; the imported numbering departs from it only where the source's numbers say so. */
  numbering?: NumberingScheme;
}

const MD_HEADING = /^(#{1,6})\s+/u;

function markdownParagraph(line: string): SourceParagraph {
  const heading = MD_HEADING.exec(line.trimStart());
  if (!heading) return { kind: 'para', runs: inlineMarkdown(line) };
  const depth = heading[1].length;
  const hint = depth === 1 ? { type: 'section' as const, level: null } : { type: 'heading' as const, level: Math.min(depth - 1, 4) };
  return { kind: 'para', runs: inlineMarkdown(line.trimStart().slice(heading[0].length)), headingHint: hint };
}

/** A Markdown file's paragraphs: one per line, hard-wrapped text unwrapped first. */
function markdownItems(body: string, warnings: ImportWarning[]): { items: SourceParagraph[]; notes: TextBlock[] } {
  if (looksHardWrapped(body)) {
    body = unwrapPdfText(body);
    warnings.push({ ...HARD_WRAP_JOINED });
  }
  return { items: body.split('\n').map(markdownParagraph), notes: [] };
}

/** A plain text's paragraphs (every character is text) and the footnotes a PDF left in it. */
function plainItems(body: string, warnings: ImportWarning[]): { items: SourceParagraph[]; notes: TextBlock[] } {
  const { paragraphs, footnotes, unwrapped } = textParagraphs(body);
  if (unwrapped) warnings.push({ ...HARD_WRAP_JOINED });
  const numbers = new Set(footnotes.map((note) => superscriptDigits(note.number)));
  const notes: TextBlock[] = footnotes.map((note) => ({
    kind: 'text',
    type: 'footnote',
    level: null,
    runs: [{ text: note.text, marks: [] }],
    label: note.number,
    footnoteKey: footnoteKey(note.number),
  }));
  return { items: paragraphs.map((text) => ({ kind: 'para', runs: footnoteRuns(text, numbers) })), notes };
}

/** Recognises the structure of a text; the result is valid for `schema`. */
export function recogniseText(text: string, options: TextOptions = {}): ImportResult {
  const warnings: ImportWarning[] = [];
  const body = toNFC(text.replace(/^\uFEFF/u, '')).replace(/\r\n?/gu, '\n');
  const { items, notes } = options.markdown ? markdownItems(body, warnings) : plainItems(body, warnings);
  const { header, blocks } = recogniseItems(items);
  return importResult(buildDoc(header, [...blocks, ...notes]), warnings, options.numbering);
}
