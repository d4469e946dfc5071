/**
 * Every limit an imported file must stay within, in one place. A file beyond one is refused with
 * a named AppError (see importErrors.ts) before the work the limit protects is done, so a small
 * hostile upload cannot make a huge document, exhaust memory or overflow the stack.
 *
 * Measured against what real reports need (docs/architecture.md, "Limits"): the 40,000-word
 * Political Report built from the corpus is a 76 KB .docx whose parts inflate to 346 KB (4.5×),
 * 5,389 XML elements at most 8 deep, and imports as 1,109 blocks, 2,859 nodes and 184,775
 * characters; our own export of it is 81 KB inflating to 466 KB (5.8×, 10,016 elements). Word
 * writes several times more markup per paragraph (run properties, revision ids), so a 60-page
 * report from Word is a few MB of XML. Each limit leaves at least ten times what such a report needs.
 */
const MiB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** The file as uploaded. */
  fileBytes: 50 * MiB,
  /** One part of a .docx package (document.xml, styles.xml…) once inflated. */
  partBytes: 32 * MiB,
  /** All the parts we read from one package, inflated, together. */
  totalBytes: 48 * MiB,
  /** Inflated ÷ compressed size of one part, checked once the part is past `ratioAfterBytes`. */
  ratio: 100,
  /** Below this a part may compress as well as it likes (a small, repetitive styles.xml). */
  ratioAfterBytes: 1 * MiB,
  /** Entries in a package's central directory (Word writes a few dozen; images add one each). */
  entries: 10_000,
  /** Elements of the XML parts, together. */
  xmlElements: 2_000_000,
  /** Depth of XML elements in a part (Word's own nest about 20 deep, text boxes in tables included). */
  xmlDepth: 256,
  /** Tables inside tables (flattened into the outer cell's paragraphs). */
  tableDepth: 32,
  /** Top-level blocks of the imported document. */
  blocks: 30_000,
  /** Nodes of the imported document: blocks, rows, cells, their paragraphs, text nodes and breaks. */
  nodes: 300_000,
  /** Characters of the imported document's text (for a text file: its characters that are not spaces). */
  characters: 3_000_000,
} as const;

export type ImportLimits = { readonly [K in keyof typeof IMPORT_LIMITS]: number };
