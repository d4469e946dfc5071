/**
 * Test helpers: an imported document as text, the way "nothing dropped" is judged.
 * `exportedText` puts back, before each block, the label the recogniser removed from it.
 */
import { schema } from '../../../shared/editor/schema.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import type { ImportResult } from '../../../shared/import/index.ts';

/** Parses and checks the JSON against the schema; throws when it is not valid. */
export function checkedDoc(result: ImportResult) {
  const doc = schema.nodeFromJSON(result.doc);
  doc.check();
  return doc;
}

/** Label + text of every top-level block, one per line. */
export function exportedText(result: ImportResult): string {
  return flattenDoc(checkedDoc(result))
    .map((b, i) => (result.labels[i] ? `${result.labels[i]} ` : '') + b.text)
    .join('\n');
}

/** Characters that are not white space, NFC. */
export const nonSpace = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');

/** Counts of block types ("heading2" for level-2 headings). */
export function typeCounts(result: ImportResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const node of result.doc.content) {
    const key = node.type === 'heading' ? `heading${node.attrs?.level}` : node.type;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
