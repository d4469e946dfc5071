import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { flattenDocJson, type JsonNode } from '../../../shared/document/flattenJson.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { importFile } from '../../../shared/import/index.ts';
import { numberBlocks } from '../../../shared/numbering/index.ts';
import { trackedDrafts } from '../../fixtures/trackedDrafts.ts';
import { CORPUS_FILES, corpus } from '../import/corpus.ts';

/** What flattenDoc gives for the ProseMirror document made from `json`. */
const viaProseMirror = (json: { content: JsonNode[] }) => flattenDoc(Node.fromJSON(schema, { type: 'doc', ...json }));

describe('flattenDocJson', () => {
  it.each(CORPUS_FILES)('gives the blocks flattenDoc gives for %s, imported as text and as our .docx of it', (name) => {
    const fromText = importFile(new TextEncoder().encode(corpus(name)), name);
    expect(flattenDocJson(fromText.doc)).toEqual(viaProseMirror(fromText.doc));
    const doc = Node.fromJSON(schema, fromText.doc);
    const fromDocx = importFile(exportDocx(doc, numberBlocks(flattenDoc(doc), fromText.numbering)), name.replace('.txt', '.docx'));
    expect(flattenDocJson(fromDocx.doc)).toEqual(viaProseMirror(fromDocx.doc));
    expect(flattenDocJson(fromDocx.doc).length).toBeGreaterThan(10);
  });

  it('gives the same header, emphasis and line breaks as flattenDoc for drafts with bold and italic', () => {
    for (const blocks of Object.values(trackedDrafts())) {
      const json = { content: blocks as JsonNode[] };
      const flat = flattenDocJson(json);
      expect(flat).toEqual(viaProseMirror(json));
      expect(flat.some((b) => b.emphasis)).toBe(true);
      expect(flat[0].type).toBe('header');
    }
  });

  it('takes the schema’s defaults for what the JSON leaves out: no id, heading level 1, header fields their defaults', () => {
    const json: { content: JsonNode[] } = {
      content: [
        { type: 'header', attrs: { docType: 'NGHỊ QUYẾT', unknown: 'bỏ qua' } },
        { type: 'heading', content: [{ type: 'text', text: 'Mục tiêu' }] },
        { type: 'paragraph', attrs: { id: 'p1' }, content: [{ type: 'text', text: 'Một', marks: [{ type: 'strong' }] }, { type: 'hard_break' }, { type: 'text', text: 'hai', marks: [{ type: 'strong' }, { type: 'em' }] }] },
        { type: 'table', content: [{ type: 'table_row', content: [{ type: 'table_cell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ô' }] }, { type: 'paragraph' }] }, { type: 'table_cell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b', marks: [{ type: 'strong' }] }] }] }] }] },
        { type: 'paragraph' },
      ],
    };
    const flat = flattenDocJson(json);
    expect(flat).toEqual(viaProseMirror(json));
    expect(flat.map((b) => [b.id, b.type, b.level, b.text])).toEqual([
      ['', 'header', null, 'ĐẢNG CỘNG SẢN VIỆT NAM\nNGHỊ QUYẾT'],
      ['', 'heading', 1, 'Mục tiêu'],
      ['p1', 'paragraph', null, 'Một\nhai'],
      ['', 'table', null, 'ô \tb'],
      ['', 'paragraph', null, ''],
    ]);
  });
});
