import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CHECKPOINT_EVERY, type DraftStore, type NewDraft } from '../../../main/storage/DraftStore.ts';
import { WorkspaceStore } from '../../../main/storage/WorkspaceStore.ts';
import { tempDir } from '../../helpers/tempDir.ts';
import { rawDatabase } from '../../helpers/rawDatabase.ts';

let dir: ReturnType<typeof tempDir>;
let store: WorkspaceStore;
let drafts: DraftStore;
let documentId: string;
beforeEach(() => {
  dir = tempDir();
  store = WorkspaceStore.create(`${dir.path}/w.vkws`, 'Đại hội');
  drafts = store.drafts;
  documentId = store.documents.create('political_report', 'Báo cáo chính trị').id;
});
afterEach(() => {
  store.close();
  dir.remove();
});

const paragraph = (id: string, text: string) => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] });

/** A working copy that grows by one paragraph per draft, as editing does. */
function growingDoc(): { ydoc: Y.Doc; next: (text: string) => Y.Doc } {
  const ydoc = new Y.Doc({ gc: false });
  return { ydoc, next: (text) => (ydoc.getArray<string>('p').push([text]), ydoc) };
}

function draftOf(ydoc: Y.Doc, blocks: unknown[], origin: NewDraft['origin'] = 'app'): NewDraft {
  return {
    documentId, stage: 'subcommittee', author: 'Tổ biên tập', note: '', origin, words: 3, numbering: null, blocks,
    yState: Y.encodeStateAsUpdateV2(ydoc), snapshot: origin === 'app' ? Y.encodeSnapshotV2(Y.snapshot(ydoc)) : null,
  };
}

const depthOf = (number: number) =>
  (rawDatabase(store).prepare('SELECT ystate_depth AS d FROM drafts WHERE number = ?').get(number) as { d: number }).d;

describe('DraftStore', () => {
  it('numbers drafts 1..N and rebuilds every draft’s exact Yjs state through its checkpoint chain', () => {
    const { next } = growingDoc();
    const states: string[][] = [];
    for (let n = 1; n <= 12; n++) {
      const ydoc = next(`đoạn ${n}`);
      states.push(ydoc.getArray<string>('p').toArray());
      expect(drafts.insert(draftOf(ydoc, [paragraph('p1', `đoạn ${n}`)])).number).toBe(n);
    }
    // A checkpoint (depth 0) every CHECKPOINT_EVERY drafts, increments in between.
    expect(Array.from({ length: 12 }, (_, i) => depthOf(i + 1))).toEqual(Array.from({ length: 12 }, (_, i) => i % CHECKPOINT_EVERY));
    for (let n = 1; n <= 12; n++) {
      const rebuilt = new Y.Doc();
      Y.applyUpdateV2(rebuilt, drafts.yState(documentId, n));
      expect(rebuilt.getArray<string>('p').toArray()).toEqual(states[n - 1]);
    }
  });

  it('stores a block shared by several drafts once', () => {
    const { next } = growingDoc();
    const count = () => (rawDatabase(store).prepare('SELECT COUNT(*) AS n FROM draft_blocks').get() as { n: number }).n;
    drafts.insert(draftOf(next('a'), [paragraph('p1', 'Một'), paragraph('p2', 'Hai')]));
    drafts.insert(draftOf(next('b'), [paragraph('p1', 'Một'), paragraph('p2', 'Hai đã sửa')]));
    expect(count()).toBe(3);
    expect(drafts.blocks(documentId, 1)).toEqual([paragraph('p1', 'Một'), paragraph('p2', 'Hai')]);
    expect(drafts.blocks(documentId, 2)).toEqual([paragraph('p1', 'Một'), paragraph('p2', 'Hai đã sửa')]);
  });

  it('stores an imported draft as a full checkpoint and chains the next app draft to the last app draft', () => {
    const { next } = growingDoc();
    drafts.insert(draftOf(next('a'), []));
    const imported = new Y.Doc();
    imported.getArray<string>('p').push(['nhập từ tệp']);
    drafts.insert(draftOf(imported, [], 'import'));
    drafts.insert(draftOf(next('b'), []));
    expect([depthOf(1), depthOf(2), depthOf(3)]).toEqual([0, 0, 1]);
    expect(drafts.snapshot(documentId, 2)).toBeNull();
    const rebuilt = new Y.Doc();
    Y.applyUpdateV2(rebuilt, drafts.yState(documentId, 3));
    expect(rebuilt.getArray<string>('p').toArray()).toEqual(['a', 'b']);
  });

  it('refuses to change, delete or skip a draft number', () => {
    drafts.insert(draftOf(growingDoc().next('a'), [paragraph('p1', 'Một')]));
    expect(() => rawDatabase(store).prepare('UPDATE drafts SET author = ?').run('người khác')).toThrow(/immutable/);
    expect(() => rawDatabase(store).prepare('DELETE FROM drafts').run()).toThrow(/immutable/);
    expect(() => rawDatabase(store).prepare('DELETE FROM draft_blocks').run()).toThrow(/immutable/);
    expect(() =>
      rawDatabase(store).prepare("INSERT INTO drafts SELECT 'x', document_id, 3, created_at, stage, author, note, origin, words, numbering, block_ids, ystate, ystate_base, ystate_depth, state_vector, snapshot FROM drafts").run(),
    ).toThrow(/1..N/);
    expect(drafts.list(documentId).map((d) => d.author)).toEqual(['Tổ biên tập']);
  });

  it('answers not_found with the draft number for a draft that does not exist', () => {
    expect(() => drafts.get(documentId, 4)).toThrow(expect.objectContaining({ code: 'not_found', message: expect.stringContaining('Dự thảo lần 4') }));
  });
});
