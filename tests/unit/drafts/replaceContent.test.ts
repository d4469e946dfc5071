import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replaceContent } from '../../../shared/drafts/replaceContent.ts';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import type { FlatBlock } from '../../../shared/document/flatBlock.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { RESTORE_ORIGIN } from '../../../shared/editor/origins.ts';
import { schema } from '../../../shared/editor/schema.ts';

const block = (id: string, text: string, type: FlatBlock['type'] = 'paragraph'): FlatBlock => ({ id, type, level: type === 'heading' ? 1 : null, text });
const DRAFT = [
  block('h1', 'Về phát triển kinh tế', 'heading'),
  block('p1', 'Tốc độ tăng trưởng kinh tế bình quân đạt 9,5%/năm.'),
  block('p2', 'Công tác xây dựng Đảng được chú trọng.'),
  block('t1', 'Tốc độ tăng trưởng GRDP bình quân 13%/năm.', 'target'),
];

function ydocWith(blocks: FlatBlock[]): Y.Doc {
  const ydoc = new Y.Doc();
  prosemirrorToYXmlFragment(docFromFlatBlocks(blocks), ydoc.getXmlFragment(CONTENT_FRAGMENT));
  return ydoc;
}
const contentOf = (ydoc: Y.Doc) => flattenDoc(yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(CONTENT_FRAGMENT), schema));

describe('replaceContent', () => {
  it.each([
    ['an edited paragraph', [DRAFT[0], block('p1', 'Giai đoạn 2020 - 2025, tốc độ tăng trưởng đạt 9,5%/năm.'), DRAFT[2], DRAFT[3]]],
    ['a deleted and an inserted block', [DRAFT[0], DRAFT[1], block('x9', 'Đoạn mới.'), DRAFT[3]]],
    ['blocks in another order', [DRAFT[2], DRAFT[0], DRAFT[3], DRAFT[1]]],
    ['a block whose type changed', [DRAFT[0], block('p1', DRAFT[1].text, 'bullet'), DRAFT[2], DRAFT[3]]],
    ['an empty working copy', []],
  ])('makes the content equal to the draft from %s', (_label, working) => {
    const ydoc = ydocWith(working as FlatBlock[]);
    ydoc.transact(() => replaceContent(ydoc, docFromFlatBlocks(DRAFT)), RESTORE_ORIGIN);
    expect(contentOf(ydoc)).toEqual(DRAFT);
  });

  it('updates paired blocks in place, so their Yjs identity survives and a concurrent edit elsewhere merges', () => {
    const ydoc = ydocWith([DRAFT[0], block('p1', 'Đã sửa sau dự thảo.'), DRAFT[2], DRAFT[3]]);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    const kept = ydoc.getXmlFragment(CONTENT_FRAGMENT).get(2);
    ydoc.transact(() => replaceContent(ydoc, docFromFlatBlocks(DRAFT)), RESTORE_ORIGIN);
    expect(ydoc.getXmlFragment(CONTENT_FRAGMENT).get(2)).toBe(kept);
    // Another editor typed into p2 at the same time as the restore.
    ((other.getXmlFragment(CONTENT_FRAGMENT).get(2) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Nhìn chung, ');
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(other));
    expect(contentOf(ydoc).map((b) => b.text)).toEqual([DRAFT[0].text, DRAFT[1].text, 'Nhìn chung, ' + DRAFT[2].text, DRAFT[3].text]);
  });
});
