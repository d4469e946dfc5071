import { readFileSync } from 'node:fs';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { exportText } from '../../../shared/export/exportText.ts';
import { importFile } from '../../../shared/import/index.ts';
import { corpusReport } from './corpusReport.ts';
import { sampleReport } from './fixtures.ts';

/**
 * Export → import (shared/import, written separately) gives back the structure, the numbers and
 * the text. Compared per block: type, heading level, text, and the label without its trailing
 * punctuation (the importer keeps "1.1." as written, numbering derives "1.1"). Footnotes are
 * compared as a set (Word keeps them apart from the body, so their place in block order is free);
 * the "Nơi nhận:" heading is a label to the importer and text in our fixture; bullets print "- "
 * whatever their label.
 */
interface Seen {
  type: string;
  level: number | null;
  text: string;
  label: string | null;
}

const bare = (label: string | null | undefined) => (label ? label.replace(/[.,:]$/u, '') : null);
const heading = /^Nơi nhận:\n?/u;

function seen(doc: Node, labels: readonly (string | null | undefined)[]): { body: Seen[]; notes: string[] } {
  const blocks = flattenDoc(doc).map((b, i) => ({ type: b.type, level: b.level, text: b.text.replace(heading, ''), label: b.type === 'recipients' || b.type === 'bullet' ? null : bare(labels[i]) }));
  return { body: blocks.filter((b) => b.type !== 'footnote'), notes: blocks.filter((b) => b.type === 'footnote').map((b) => b.text).sort() };
}

function roundTrip(doc: Node, labels: (string | null)[], kind: 'docx' | 'txt') {
  const bytes = kind === 'docx' ? exportDocx(doc, labels) : new TextEncoder().encode(exportText(doc, labels));
  const result = importFile(bytes, `du-thao.${kind}`);
  return seen(schema.nodeFromJSON(result.doc), result.labels);
}

describe('export then import', () => {
  it('gives back the header, every block (signature included), its number and its text from a .docx', () => {
    const { doc, labels } = sampleReport();
    expect(flattenDoc(doc).some((b) => b.type === 'signature')).toBe(true);
    const back = roundTrip(doc, labels, 'docx');
    expect(back).toEqual(seen(doc, labels));
    const imported = schema.nodeFromJSON(importFile(exportDocx(doc, labels), 'x.docx').doc);
    expect(imported.firstChild!.attrs).toEqual({ ...doc.firstChild!.attrs });
  });

  it.each(['thong-bao-nhanh-ket-qua-dai-hoi.txt', 'noi-bat-dai-hoi.txt'])('keeps the real text %s through .docx and .txt', (name) => {
    const text = readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8');
    const { doc, labels } = corpusReport(text);
    const expected = seen(doc, labels);
    for (const kind of ['docx', 'txt'] as const) {
      const back = roundTrip(doc, labels, kind);
      // The corpus opens with a capitalised title line that the header recogniser rightly takes as the title.
      expect(back.body.slice(1).map((b) => b.text), kind).toEqual(expected.body.slice(2).map((b) => b.text));
      expect(back.body.slice(1), kind).toEqual(expected.body.slice(2));
    }
  });
});
