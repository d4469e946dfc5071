import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createThread, resolveThread } from '../../main/services/comments/index.ts';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { makeAnchor } from '../../shared/comments/makeAnchor.ts';
import { doc, p, sec } from '../unit/blockIds/fixtures.ts';
import { vankien } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';

const text = doc(sec('s1', 'Phần một'), p('p1', 'Kinh tế tăng trưởng khá.'), p('p2', 'Văn hoá xã hội phát triển.'));
const lostPosition = Buffer.from(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getText('x'), 0))).toString('base64');

function anchorOf(quote: string) {
  let from = -1;
  text.descendants((node, pos) => void (node.isText && node.text!.includes(quote) && from < 0 && (from = pos + node.text!.indexOf(quote))));
  return makeAnchor(text, from, from + quote.length, () => lostPosition)!;
}

describe('vankien comment list', () => {
  it('lists threads in the order of the text by state, and orphaned ones with their quote, changing nothing', () => {
    const dir = tempDir();
    try {
      const path = join(dir.path, 'w.vkws');
      const store = WorkspaceStore.create(path, 'W');
      const document = store.documents.create('political_report', 'Báo cáo');
      writeDocumentContent(store, document.id, text);
      const author = { author: 'binh', authorName: 'Trần Thị Bình' };
      createThread(store, document.id, anchorOf('phát triển'), 'Nêu số liệu.', author);
      const done = createThread(store, document.id, anchorOf('tăng trưởng'), 'Đã rõ.', author);
      resolveThread(store, document.id, done.id, true, author);
      createThread(store, document.id, { ...anchorOf('Kinh tế'), blockId: 'gone', quote: 'một câu không còn nữa' }, 'Câu này đâu rồi?', author);
      store.close();

      const run = vankien('comment', 'list', '--workspace', path, '--document', 'Báo cáo', '--json');
      expect(run.status, run.stderr).toBe(0);
      expect(run.json.threads.map((t: { state: string; section: string | null; thread: { anchor: { quote: string } } }) => [t.state, t.section, t.thread.anchor.quote])).toEqual([
        ['open', 'Phần một', 'phát triển'],
        ['resolved', 'Phần một', 'tăng trưởng'],
        ['orphaned', null, 'một câu không còn nữa'],
      ]);
      const human = vankien('comment', 'list', '--workspace', path, '--document', 'Báo cáo');
      expect(human.stdout).toContain('[không còn đoạn văn] «một câu không còn nữa»');
      expect(human.stdout).toContain('  Trần Thị Bình: Nêu số liệu.');
    } finally {
      dir.remove();
    }
  });

  it('names a wrong action and a missing document as usage errors', () => {
    const dir = tempDir();
    try {
      const path = join(dir.path, 'w.vkws');
      WorkspaceStore.create(path, 'W').close();
      const wrong = vankien('comment', 'delete', '--workspace', path, '--document', 'x', '--json');
      expect([wrong.status === 0, wrong.json.error.code]).toEqual([false, 'bad_request']);
      const missing = vankien('comment', 'list', '--workspace', path, '--document', 'Không có', '--json');
      expect(missing.json.error.code).toBe('not_found');
    } finally {
      dir.remove();
    }
  });
});
