import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { alignImportedIds } from '../../../shared/drafts/alignImportedIds.ts';
import { numberedBlocksOf } from '../../../shared/drafts/numberedBlocksOf.ts';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import type { FlatBlock } from '../../../shared/document/flatBlock.ts';
import { ID_NODE_TYPES, schema } from '../../../shared/editor/schema.ts';
import type { DocJson, NodeJson } from '../../../shared/import/index.ts';

const P1 = 'Tốc độ tăng trưởng kinh tế bình quân đạt 9,5%/năm, cao hơn mức bình quân cả nước.';
const P2 = 'Công tác xây dựng Đảng và hệ thống chính trị được chú trọng, đạt nhiều kết quả quan trọng.';
const P3 = 'Quốc phòng, an ninh được tăng cường; an ninh chính trị, trật tự an toàn xã hội được giữ vững.';
const previous = numberedBlocksOf(
  docFromFlatBlocks([
    { id: 'h1', type: 'heading', level: 1, text: 'Về phát triển kinh tế' },
    { id: 'p1', type: 'paragraph', level: null, text: P1 },
    { id: 'p2', type: 'paragraph', level: null, text: P2 },
    { id: 'p3', type: 'paragraph', level: null, text: P3 },
  ]),
);

/** An imported document with the importer's ids b1, b2… */
const imported = (blocks: Omit<FlatBlock, 'id'>[]): DocJson =>
  docFromFlatBlocks(blocks.map((b, i) => ({ ...b, id: `b${i + 1}` }))).toJSON() as DocJson;
const p = (text: string): Omit<FlatBlock, 'id'> => ({ type: 'paragraph', level: null, text });
const heading: Omit<FlatBlock, 'id'> = { type: 'heading', level: 1, text: 'Về phát triển kinh tế' };
const topIds = (doc: DocJson) => doc.content.map((n) => n.attrs?.id as string);

/** Every id-bearing node's id, nested ones included. */
function allIds(node: NodeJson, out: string[] = []): string[] {
  if (ID_NODE_TYPES.has(node.type) && node.attrs?.id) out.push(node.attrs.id as string);
  node.content?.forEach((child) => allIds(child, out));
  return out;
}

describe('alignImportedIds', () => {
  it.each([
    ['unchanged blocks', [heading, p(P1), p(P2), p(P3)], ['h1', 'p1', 'p2', 'p3']],
    ['a modified paragraph', [heading, p(P1.replace('9,5%', '9,8%')), p(P2), p(P3)], ['h1', 'p1', 'p2', 'p3']],
    ['a moved paragraph', [heading, p(P3), p(P1), p(P2)], ['h1', 'p3', 'p1', 'p2']],
    ['a deleted paragraph', [heading, p(P1), p(P3)], ['h1', 'p1', 'p3']],
    ['a split paragraph (the first part keeps the id)', [heading, p(P1), p(P2.slice(0, 47)), p(P2.slice(48)), p(P3)], ['h1', 'p1', 'p2', null, 'p3']],
    ['two merged paragraphs (the first id is kept)', [heading, p(`${P1} ${P2}`), p(P3)], ['h1', 'p1', 'p3']],
    ['an inserted paragraph', [heading, p(P1), p('Kinh tế biển được xác định là động lực tăng trưởng mới.'), p(P2), p(P3)], ['h1', 'p1', null, 'p2', 'p3']],
  ])('gives the previous ids to %s and fresh ones to new blocks', (_label, blocks, expected) => {
    const ids = topIds(alignImportedIds(imported(blocks), previous));
    expected.forEach((id, i) => {
      if (id) expect(ids[i]).toBe(id);
      else expect(['h1', 'p1', 'p2', 'p3', `b${i + 1}`]).not.toContain(ids[i]);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives nested blocks fresh unique ids and keeps footnote references pointing at their footnote', () => {
    const doc: DocJson = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { id: 'b1' }, content: [{ type: 'text', text: P1 }, { type: 'text', text: '1', marks: [{ type: 'footnote_ref', attrs: { note: 'b4' } }] }] },
        {
          type: 'table',
          attrs: { id: 'b2' },
          content: [{ type: 'table_row', content: [{ type: 'table_cell', content: [{ type: 'paragraph', attrs: { id: 'b3' }, content: [{ type: 'text', text: 'Ô' }] }] }] }],
        },
        { type: 'footnote', attrs: { id: 'b4' }, content: [{ type: 'text', text: 'Số liệu của Cục Thống kê.' }] },
      ],
    };
    const aligned = alignImportedIds(doc, previous);
    Node.fromJSON(schema, aligned).check();
    const ids = allIds(aligned as NodeJson);
    expect(ids[0]).toBe('p1');
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    expect(ids.filter((id) => /^b\d$/u.test(id))).toEqual([]);
    const ref = aligned.content[0].content![1].marks![0];
    expect(ref.attrs?.note).toBe(aligned.content[2].attrs?.id);
  });
});
