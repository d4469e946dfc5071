import { Node } from 'prosemirror-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assertValidContent } from '../../../shared/drafts/assertValidContent.ts';
import type { DraftStore } from '../../../main/storage/DraftStore.ts';
import { WorkspaceStore } from '../../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { AppError } from '../../../shared/errors.ts';
import { DRAFT_BLOCKS } from '../../fixtures/draftBlocks.ts';
import { POISON_KINDS } from '../../fixtures/poisonedContent.ts';
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
const yState = Y.encodeStateAsUpdateV2(new Y.Doc());
const draft = (blocks: unknown[], numbering: string | null = null) =>
  drafts.insert({ documentId, stage: 'subcommittee', author: 'A', note: '', origin: 'app', words: 1, numbering, blocks, yState, snapshot: null });
const checkpoint = (blocks: unknown[], numbering: string | null = null) =>
  store.checkpoints.insert({ documentId, reason: 'restore', author: 'A', replacedBy: { draft: 1 }, words: 1, numbering, blocks, yState });

describe('CheckpointStore', () => {
  it('numbers checkpoints 1..N on their own, apart from the drafts, and keeps their content and Yjs state', () => {
    draft([paragraph('a', 'một')]);
    draft([paragraph('a', 'hai')]);
    const first = checkpoint([paragraph('a', 'ba')], '{"x":1}');
    const second = checkpoint([paragraph('a', 'bốn')]);
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(drafts.last(documentId)!.number).toBe(2);
    expect(store.checkpoints.blocks(documentId, 1)).toEqual([paragraph('a', 'ba')]);
    expect(store.checkpoints.get(documentId, 1)).toMatchObject({ numbering: '{"x":1}', replacedBy: { draft: 1 }, reason: 'restore' });
    expect(new Uint8Array(store.checkpoints.yState(documentId, 2))).toEqual(yState);
    expect(() => store.checkpoints.get(documentId, 3)).toThrow(AppError);
  });

  it('refuses to change, delete or skip a number of a checkpoint, and to change a repair record', () => {
    checkpoint([paragraph('a', 'một')]);
    expect(() => rawDatabase(store).prepare("UPDATE draft_checkpoints SET author = 'B'").run()).toThrow(/immutable/);
    expect(() => rawDatabase(store).prepare('DELETE FROM draft_checkpoints').run()).toThrow(/immutable/);
    expect(() =>
      rawDatabase(store)
        .prepare("INSERT INTO draft_checkpoints (id, document_id, number, created_at, reason, author, replaced_by, words, block_ids, ystate) VALUES ('x', ?, 5, '', 'restore', 'A', '{}', 0, x'00', x'00')")
        .run(documentId),
    ).toThrow(/in order/);
    store.repairs.insert(documentId, [{ kind: 'mark', path: [0] }], { content: [] });
    expect(() => rawDatabase(store).prepare("UPDATE content_repairs SET repairs = '[]'").run()).toThrow(/append-only/);
    expect(() => rawDatabase(store).prepare('DELETE FROM content_repairs').run()).toThrow(/append-only/);
  });

  it('finds the newest draft, else the newest checkpoint, with exactly the same blocks and numbering', () => {
    const blocks = [paragraph('a', 'một'), paragraph('b', 'hai')];
    expect(drafts.keptAs(documentId, blocks, null)).toBeNull();
    checkpoint(blocks);
    expect(drafts.keptAs(documentId, blocks, null)).toEqual({ checkpoint: 1 });
    draft(blocks);
    draft(blocks);
    expect(drafts.keptAs(documentId, blocks, null)).toEqual({ draft: 2 });
    expect(drafts.keptAs(documentId, blocks, '{"other":1}')).toBeNull();
    expect(drafts.keptAs(documentId, [paragraph('a', 'một')], null)).toBeNull();
    expect(drafts.keptAs(documentId, [...blocks, paragraph('c', 'ba')], null)).toBeNull();
  });
});

describe('assertValidContent', () => {
  it('accepts valid content', () => {
    expect(() => assertValidContent(docFromFlatBlocks(DRAFT_BLOCKS), null)).not.toThrow();
  });

  // Unknown nodes and marks cannot even be built as ProseMirror nodes; the other kinds can, since
  // Node.create checks neither attributes nor content.
  const buildable = POISON_KINDS.filter((k) => !k.name.startsWith('an unknown'));
  it.each(buildable.map((k) => [k.name, k] as const))('refuses to freeze %s with content_invalid', (_name, kind) => {
    const good = docFromFlatBlocks(DRAFT_BLOCKS);
    const bad = kind.blocks.map((b) => {
      const json = b as { type: string; attrs?: Record<string, unknown>; content?: { text: string }[] };
      const type = schema.nodes[json.type] ?? schema.nodes.paragraph;
      const text = json.type === 'text' ? schema.text((b as { text: string }).text) : json.content?.[0] ? schema.text(json.content[0].text) : null;
      return json.type === 'text' ? text! : type.create(json.attrs ?? null, text);
    });
    const doc = schema.nodes.doc.create(null, [...good.children, ...bad]) as Node;
    const refusal = (() => {
      try {
        assertValidContent(doc, kind.numbering ?? null);
        return null;
      } catch (error) {
        return error as AppError;
      }
    })();
    expect(refusal?.code).toBe('content_invalid');
    expect(refusal?.message).toMatch(/^Văn kiện có nội dung không hợp lệ \(.+\) nên chưa chốt được dự thảo\./);
  });
});
