import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorkspaceServer, type RunningServer, type WorkspaceServerOptions } from '../../main/server/WorkspaceServer.ts';
import { importFile } from '../../shared/import/index.ts';
import { IMPORT_LIMITS } from '../../shared/import/limits.ts';
import { buildDocx } from '../fixtures/buildDocx.ts';
import { storedDocx } from '../fixtures/zipBombs.ts';
import { reportSpec } from '../fixtures/reportDocx.ts';
import { CORPUS } from '../helpers/cli.ts';
import { call, rpc } from '../helpers/rpc.ts';
import { tempDir } from '../helpers/tempDir.ts';

const opened: { server: RunningServer; dir: ReturnType<typeof tempDir> }[] = [];

async function serve(jobs: WorkspaceServerOptions['jobs']): Promise<RunningServer & { call(method: string, input: unknown): Promise<any> }> {
  const dir = tempDir();
  const server = await startWorkspaceServer({ dataDir: dir.path, port: 0, jobs });
  opened.push({ server, dir });
  return Object.assign(server, { call: (method: string, input: unknown) => call(server.url, server.secret, method, input) });
}

afterEach(async () => {
  for (const { server, dir } of opened.splice(0)) {
    await server.close();
    dir.remove();
  }
});

const REPORT = buildDocx(reportSpec(40_000).spec); // 76 KB: a job for a worker
const importInput = (workspaceId: string, bytes: Uint8Array, fileName = 'bao-cao.docx') => ({
  workspaceId, kind: 'political_report', fileName, dataBase64: Buffer.from(bytes).toString('base64'),
});
const openGate = (gate: SharedArrayBuffer) => {
  Atomics.store(new Int32Array(gate), 0, 1);
  Atomics.notify(new Int32Array(gate), 0);
};

describe('large imports and exports run off the server’s event loop', () => {
  it('answers another RPC while a large import is running in a worker', async () => {
    const gate = new SharedArrayBuffer(4);
    const server = await serve({ startGate: gate });
    const { workspace } = await server.call('workspace.create', { name: 'Đại hội' });
    const started = new Promise((resolve) => server.jobs.once('start', resolve));
    const done: string[] = [];
    const importing = server.call('document.import', importInput(workspace.id, REPORT)).then((r) => (done.push('import'), r));
    await started;
    // The import is held inside its worker: only a free event loop can answer this.
    const listed = await server.call('document.list', { workspaceId: workspace.id });
    done.push('list');
    expect(listed.documents).toEqual([]);
    openGate(gate);
    const { document } = await importing;
    expect(done).toEqual(['list', 'import']);
    expect((await server.call('document.list', { workspaceId: workspace.id })).documents.map((d: { id: string }) => d.id)).toEqual([document.id]);
  });

  it('gives the same documents, drafts and files through its workers as in its own thread', async () => {
    const results = [];
    for (const inlineBelowBytes of [0, Infinity]) {
      const server = await serve({ inlineBelowBytes });
      const { workspace } = await server.call('workspace.create', { name: 'W' });
      const source = readFileSync(CORPUS('thong-bao-nhanh-ket-qua-dai-hoi.txt'));
      const { document, warnings } = await server.call('document.import', importInput(workspace.id, source, 'tbn.txt'));
      const ref = { workspaceId: workspace.id, documentId: document.id };
      const txt = await server.call('document.export', { ...ref, format: 'txt' });
      const docx = await server.call('document.export', { ...ref, format: 'docx' });
      await server.call('draft.freeze', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
      const draftDocx = await server.call('draft.export', { ...ref, number: 1, format: 'docx' });
      await server.call('draft.import', { ...ref, stage: 'standing_board', author: 'Tổ biên tập', note: '', fileName: 'dt2.docx', dataBase64: draftDocx.dataBase64 });
      const draft2 = await server.call('draft.get', { ...ref, side: 2 });
      const draft1 = await server.call('draft.get', { ...ref, side: 1 });
      results.push({
        title: document.title,
        warnings,
        txt: Buffer.from(txt.dataBase64, 'base64').toString('utf8'),
        docx: importFile(Buffer.from(docx.dataBase64, 'base64'), 'x.docx').doc,
        draftFileName: draftDocx.fileName,
        // The imported draft 2 continues draft 1: its blocks keep draft 1's ids (but for the header
        // holding only draft 1's export stamp, which draft 1 had no header to match).
        draft2: draft2.blocks
          .filter((b: { type: string }) => b.type !== 'header')
          .map((b: { id: string; number: string | null; text: string }) => [b.number, b.text, draft1.blocks.some((a: { id: string }) => a.id === b.id)]),
      });
      expect(server.jobs.liveWorkers).toBe(inlineBelowBytes === 0 ? 1 : 0);
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0].draft2.filter(([, , kept]: [unknown, unknown, boolean]) => !kept)).toEqual([]);
  });

  it('stops an import past its time budget with job_timeout, stores nothing, and the next import works', async () => {
    const gate = new SharedArrayBuffer(4);
    // The held job passes any budget; 3 s leaves the next job room on a loaded machine.
    const server = await serve({ startGate: gate, timeoutMs: 3_000 });
    const { workspace } = await server.call('workspace.create', { name: 'W' });
    const held = await rpc(server.url, server.secret, 'document.import', importInput(workspace.id, REPORT));
    expect(held.status).toBe(422);
    expect(held.body.error).toMatchObject({ code: 'job_timeout', message: expect.stringContaining('chưa có gì được ghi') });
    expect((await server.call('document.list', { workspaceId: workspace.id })).documents).toEqual([]);
    openGate(gate);
    const small = new TextEncoder().encode('I. MỞ ĐẦU\nMột đoạn văn.\n'.repeat(2_000)); // 64 KB, a job for a worker
    expect((await server.call('document.import', importInput(workspace.id, small, 'nho.txt'))).document.title).toBe('MỞ ĐẦU');
  });

  it('stops an import past its memory budget with job_out_of_memory, stores nothing, and the next import works', async () => {
    const big = storedDocx('<w:x/>'.repeat(IMPORT_LIMITS.xmlElements - 1_000)); // within every limit, but a tree of 2 million elements
    const server = await serve({ memoryMb: 64, inlineBelowBytes: 0 });
    const { workspace } = await server.call('workspace.create', { name: 'W' });
    const refused = await rpc(server.url, server.secret, 'document.import', importInput(workspace.id, big));
    expect(refused.body.error?.code, JSON.stringify(refused.body).slice(0, 300)).toBe('job_out_of_memory');
    expect((await server.call('document.list', { workspaceId: workspace.id })).documents).toEqual([]);
    const small = new TextEncoder().encode('I. MỞ ĐẦU\nMột đoạn văn.\n');
    expect((await server.call('document.import', importInput(workspace.id, small, 'nho.txt'))).document.title).toBe('MỞ ĐẦU');
  });

  it('ends its workers when it closes', async () => {
    const server = await serve({});
    const { workspace } = await server.call('workspace.create', { name: 'W' });
    await server.call('document.import', importInput(workspace.id, REPORT));
    expect(server.jobs.liveWorkers).toBe(1);
    await server.close();
    expect(server.jobs.liveWorkers).toBe(0);
    opened.splice(opened.findIndex((o) => o.server === server), 1)[0].dir.remove();
  });
});
