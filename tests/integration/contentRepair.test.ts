import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadYDoc } from '../../main/services/documents/documentContent.ts';
import { proseMirrorDocOf } from '../../shared/content/proseMirrorDocOf.ts';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { repairContent } from '../../shared/content/repairContent.ts';
import { yContentJson } from '../../shared/content/yContentJson.ts';
import { importFile } from '../../shared/import/index.ts';
import { DRAFT_BLOCKS } from '../fixtures/draftBlocks.ts';
import { POISON_KINDS, poisonStoredDocument, type PoisonKind } from '../fixtures/poisonedContent.ts';
import { connectProvider, settled, type TestProvider } from '../helpers/provider.ts';
import { rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

const env = useTestServer();
let editor: TestProvider | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const meta = { stage: 'subcommittee', author: 'Tổ biên tập', note: '' };
const GOOD_TEXT = DRAFT_BLOCKS.map((b) => b.text);

/** A document with the draft fixture's blocks, poisoned on disk with `kinds` before anything opened it. */
async function poisonedDocument(...kinds: PoisonKind[]) {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  const store = env.server.workspaces.store(workspace.id);
  writeDocumentContent(store, document.id, docFromFlatBlocks(DRAFT_BLOCKS));
  poisonStoredDocument(store, document.id, ...kinds);
  return { ref: { workspaceId: workspace.id, documentId: document.id }, store };
}

const repairRows = (store: WorkspaceStore, documentId: string) =>
  (rawDatabase(store).prepare('SELECT COUNT(*) AS n FROM content_repairs WHERE document_id = ?').get(documentId) as { n: number }).n;

/** Every RPC answer is 200 and its result; an `internal` (or any error) fails the test with its body. */
async function ok(method: string, input: unknown): Promise<any> {
  const { status, body } = await rpc(env.server.url, env.server.secret, method, input);
  expect({ method, status, error: body.error }).toEqual({ method, status: 200, error: undefined });
  return body.result;
}

describe.each(POISON_KINDS.map((k) => [k.name, k] as const))('a working copy with %s', (_name, kind) => {
  it('is read, exported, frozen and compared without an internal error, repaired once, the original kept aside', async () => {
    const { ref, store } = await poisonedDocument(kind);
    const working = await ok('draft.get', { ...ref, side: 'working' });
    expect(working.repairs.length).toBeGreaterThan(0);
    const text = working.blocks.map((b: { text: string }) => b.text).join('\n');
    for (const good of GOOD_TEXT) expect(text).toContain(good);
    if (kind.text) expect(text).toContain(kind.text);

    for (const format of ['txt', 'docx'] as const) {
      const file = await ok('document.export', { ...ref, format });
      const back = format === 'txt' ? Buffer.from(file.dataBase64, 'base64').toString('utf8') : JSON.stringify(importFile(Buffer.from(file.dataBase64, 'base64'), file.fileName).doc);
      expect(back).toContain(GOOD_TEXT[2]);
      if (kind.text) expect(back).toContain(kind.text);
    }
    const { draft } = await ok('draft.freeze', { ...ref, ...meta });
    const frozen = await ok('draft.get', { ...ref, side: draft.number });
    expect(frozen.repairs).toEqual([]);
    expect(frozen.blocks).toEqual((await ok('draft.get', { ...ref, side: 'working' })).blocks);
    await ok('draft.export', { ...ref, number: draft.number, format: 'docx' });

    // Repaired once, on the first load: the later reads found valid content.
    expect(repairRows(store, ref.documentId)).toBe(1);
    const { repairs } = await ok('document.repairs', ref);
    expect(repairs).toHaveLength(1);
    expect(repairs[0].repairs).toEqual(working.repairs);
    const original = JSON.parse(repairs[0].original);
    const poisonJson = JSON.stringify(original);
    if (kind.text) expect(poisonJson).toContain(kind.text);
    if (kind.numbering) expect(original.numbering).toBe(kind.numbering);
    const audit = rawDatabase(store).prepare("SELECT actor, details FROM audit_log WHERE action = 'document.repair' AND subject = ?").all(ref.documentId) as { actor: string; details: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toMatchObject({ repairId: repairs[0].id, count: working.repairs.length });
  });
});

describe('repair when a document opens in the editor', () => {
  it('happens once on the server, before the editor sees the content, and not again on later loads', async () => {
    const { ref, store } = await poisonedDocument(...POISON_KINDS);
    editor = connectProvider(env.server.url, env.server.secret, ref.workspaceId, ref.documentId);
    await settled(editor.provider);
    expect(repairContent(yContentJson(editor.ydoc.getXmlFragment(CONTENT_FRAGMENT))).repairs).toEqual([]);
    const text = editor.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString();
    for (const kind of POISON_KINDS) if (kind.text) expect(text).toContain(kind.text);
    expect(editor.ydoc.getMap('settings').get('numbering')).toBeUndefined();
    expect(repairRows(store, ref.documentId)).toBe(1);
    editor.destroy();
    editor = undefined;

    await env.restart();
    const again = env.server.workspaces.store(ref.workspaceId);
    editor = connectProvider(env.server.url, env.server.secret, ref.workspaceId, ref.documentId);
    await settled(editor.provider);
    expect((await ok('draft.get', { ...ref, side: 'working' })).repairs).toEqual([]);
    expect(repairRows(again, ref.documentId)).toBe(1);
  });

  it('writes the same repair in two processes repairing the same stored state, so merging them gives one copy', () => {
    const dir = tempDir();
    try {
      const a = WorkspaceStore.create(join(dir.path, 'a.vkws'), 'A');
      const document = a.documents.create('other', 'T');
      writeDocumentContent(a, document.id, docFromFlatBlocks(DRAFT_BLOCKS));
      poisonStoredDocument(a, document.id, ...POISON_KINDS);
      rawDatabase(a).exec('PRAGMA wal_checkpoint(TRUNCATE)');
      copyFileSync(join(dir.path, 'a.vkws'), join(dir.path, 'b.vkws'));
      const b = WorkspaceStore.open(join(dir.path, 'b.vkws'));
      const fromA = loadYDoc(a, document.id, 'write');
      const fromB = loadYDoc(b, document.id, 'write');
      const blocks = fromA.getXmlFragment(CONTENT_FRAGMENT).length;
      Y.applyUpdate(fromA, Y.mergeUpdates(b.updates.load(document.id)));
      expect(fromA.getXmlFragment(CONTENT_FRAGMENT).length).toBe(blocks);
      expect(proseMirrorDocOf(fromA).eq(proseMirrorDocOf(fromB))).toBe(true);
      for (const y of [fromA, fromB]) y.destroy();
      a.close();
      b.close();
    } finally {
      dir.remove();
    }
  });

  it('still reads a poisoned document when its file cannot be written, and stores the repair later', async () => {
    const { ref, store } = await poisonedDocument(POISON_KINDS[0]);
    rawDatabase(store).exec('PRAGMA query_only = ON');
    try {
      const working = await ok('draft.get', { ...ref, side: 'working' });
      expect(working.repairs.length).toBeGreaterThan(0);
      expect(repairRows(store, ref.documentId)).toBe(0);
    } finally {
      rawDatabase(store).exec('PRAGMA query_only = OFF');
    }
    await ok('draft.get', { ...ref, side: 'working' });
    expect(repairRows(store, ref.documentId)).toBe(1);
  });
});

describe('a frozen draft with content the schema refuses', () => {
  it.each(POISON_KINDS.map((k) => [k.name, k] as const))('is read, exported, compared and restored with %s, and never rewritten', async (_name, kind) => {
    const { ref, store } = await poisonedDocument();
    const drafts = store.drafts;
    const blocks = [...(docFromFlatBlocks(DRAFT_BLOCKS).toJSON().content as unknown[]), ...kind.blocks];
    drafts.insert({ documentId: ref.documentId, ...meta, stage: 'subcommittee', origin: 'app', words: 1, numbering: kind.numbering ?? null, blocks, yState: Y.encodeStateAsUpdateV2(new Y.Doc()), snapshot: null });
    const got = await ok('draft.get', { ...ref, side: 1 });
    expect(got.repairs.length).toBeGreaterThan(0);
    if (kind.text) expect(got.blocks.map((b: { text: string }) => b.text)).toContain(kind.text);
    await ok('draft.export', { ...ref, number: 1, format: 'txt' });
    await ok('draft.export', { ...ref, number: 1, format: 'docx' });
    await ok('draft.restore', { ...ref, number: 1, author: 'Tổ biên tập' });
    const working = await ok('draft.get', { ...ref, side: 'working' });
    expect(working.repairs).toEqual([]);
    expect(working.blocks.map((b: { text: string }) => b.text)).toEqual(got.blocks.map((b: { text: string }) => b.text));
    // Immutable: the stored draft is still exactly what was frozen.
    expect(drafts.blocks(ref.documentId, 1)).toEqual(blocks);
    expect(drafts.get(ref.documentId, 1).numbering).toBe(kind.numbering ?? null);
  });

  it('reads a block row that is neither deflate nor JSON as an empty paragraph, and says so', async () => {
    const { ref, store } = await poisonedDocument();
    const drafts = store.drafts;
    drafts.insert({ documentId: ref.documentId, ...meta, stage: 'subcommittee', origin: 'app', words: 1, numbering: null, blocks: docFromFlatBlocks(DRAFT_BLOCKS).toJSON().content, yState: Y.encodeStateAsUpdateV2(new Y.Doc()), snapshot: null });
    const bad = Number(rawDatabase(store).prepare('INSERT INTO draft_blocks (hash, data) VALUES (?, ?)').run(Buffer.from('x'.repeat(32)), Buffer.from('not deflate')).lastInsertRowid);
    const row = rawDatabase(store).prepare('SELECT * FROM drafts WHERE number = 1').get() as Record<string, unknown>;
    const { encodeIds, decodeIds } = await import('../../main/storage/draftCodec.ts');
    rawDatabase(store)
      .prepare('INSERT INTO drafts (id, document_id, number, created_at, stage, author, note, origin, words, numbering, block_ids, ystate, ystate_base, ystate_depth, state_vector, snapshot) VALUES (?, ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, NULL)')
      .run('d2', ref.documentId, row.created_at as string, 'subcommittee', 'x', '', 'app', 1, null, encodeIds([...decodeIds(row.block_ids as Uint8Array), bad]), row.ystate as Uint8Array, row.state_vector as Uint8Array);
    const got = await ok('draft.get', { ...ref, side: 2 });
    expect(got.blocks.map((b: { text: string }) => b.text)).toEqual([...GOOD_TEXT, '']);
    expect(got.repairs).toMatchObject([{ kind: 'unreadable', path: [DRAFT_BLOCKS.length] }]);
  });
});
