import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../shared/import/limits.ts';
import { vankien } from '../helpers/cli.ts';
import { rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { hugePart, lyingZeroBomb, manyParts, nestedTables, repeatedXmlBomb, storedDocx, zeroBomb } from '../fixtures/zipBombs.ts';

/** Every hostile package, the code it is refused with, and words its message must contain. */
const HOSTILE: [string, () => Uint8Array, string, string][] = [
  ['a 400 MB deflate of zeros in a 415 KB file', () => zeroBomb(400), 'file_expands_too_much', 'nở ra hơn 100 lần'],
  ['the zero bomb with a central directory that claims 1 KB', () => lyingZeroBomb(400), 'file_expands_too_much', 'nở ra hơn 100 lần'],
  ['16 MB of repeated XML deflated to 54 KB', () => repeatedXmlBomb(16), 'file_expands_too_much', 'nở ra hơn 100 lần'],
  ['one stored part of 33 MB', () => hugePart(33), 'file_expands_too_much', 'giải nén ra hơn 32 MB'],
  ['10,001 parts', () => manyParts(IMPORT_LIMITS.entries + 1), 'file_too_complex', 'gói có 10001 phần'],
  ['5,000 nested tables', () => nestedTables(5_000), 'file_too_complex', 'lồng sâu quá 256 tầng'],
  ['100,000 nested tables', () => nestedTables(100_000), 'file_too_complex', 'lồng sâu quá 256 tầng'],
  ['30,001 paragraphs', () => storedDocx('<w:p><w:r><w:t>Đoạn văn.</w:t></w:r></w:p>'.repeat(IMPORT_LIMITS.blocks + 1)), 'document_too_large', '30.001 khối'],
];

describe('the server refuses hostile packages with a named error, stores nothing and keeps serving', () => {
  const env = useTestServer();

  it.each(HOSTILE)('%s, as a new document and as a draft', async (_name, make, code, words) => {
    // Made first: a keep-alive connection left idle while a large file is built may be closed under the next request.
    const dataBase64 = Buffer.from(make()).toString('base64');
    const { workspace } = await env.call('workspace.create', { name: 'Bom' });
    const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'other', title: 'Có sẵn' });
    const asDocument = await rpc(env.server.url, env.server.secret, 'document.import', { workspaceId: workspace.id, kind: 'other', fileName: 'bom.docx', dataBase64 });
    expect(asDocument.status).toBe(422);
    expect(asDocument.body.error.code).toBe(code);
    expect(asDocument.body.error.message).toContain(words);
    const asDraft = await rpc(env.server.url, env.server.secret, 'draft.import', {
      workspaceId: workspace.id, documentId: document.id, stage: 'subcommittee', author: 'Tổ biên tập', note: '', fileName: 'bom.docx', dataBase64,
    });
    expect(asDraft.body.error.code).toBe(code);
    expect((await env.call('document.list', { workspaceId: workspace.id })).documents.map((d: { title: string }) => d.title)).toEqual(['Có sẵn']);
    expect((await env.call('draft.list', { workspaceId: workspace.id, documentId: document.id })).drafts).toEqual([]);
  });
});

describe('vankien import refuses hostile packages with a named error and leaves the workspace untouched', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it.each(HOSTILE)('%s', (_name, make, code, words) => {
    vankien('workspace', 'create', 'W', '--data', dir.path);
    const ws = join(dir.path, 'W.vkws');
    const file = join(dir.path, 'bom.docx');
    writeFileSync(file, make());
    const before = createHash('sha256').update(readFileSync(ws)).digest('hex');
    const result = vankien('import', file, '--workspace', ws, '--document', 'Bom', '--json');
    expect(result.status).toBe(2);
    expect(result.json.error.code).toBe(code);
    expect(result.json.error.message).toContain(words);
    expect(createHash('sha256').update(readFileSync(ws)).digest('hex')).toBe(before);
  });
});
