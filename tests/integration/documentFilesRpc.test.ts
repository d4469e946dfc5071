import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importFile } from '../../shared/import/index.ts';
import { CORPUS } from '../helpers/cli.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();

it('imports a file over RPC and exports it as a .docx that reads back the same', async () => {
  const { workspace } = await env.call('workspace.create', { name: 'RPC' });
  const source = readFileSync(CORPUS('ket-qua-dai-hoi-phuong-thuy-nguyen.txt'));
  const { document, warnings } = await env.call('document.import', {
    workspaceId: workspace.id,
    kind: 'other',
    title: 'Kết quả đại hội phường',
    fileName: 'ket-qua.txt',
    dataBase64: source.toString('base64'),
  });
  expect(warnings.length).toBeGreaterThan(0); // the ward report is hard-wrapped: the user is told it was joined
  const exported = await env.call('document.export', { workspaceId: workspace.id, documentId: document.id, format: 'docx' });
  expect(exported.fileName).toBe('Kết quả đại hội phường.docx');
  const back = importFile(Buffer.from(exported.dataBase64, 'base64'), exported.fileName);
  const texts = (doc: { content: { type: string; content?: { text?: string }[] }[] }) =>
    doc.content.filter((b) => b.type !== 'header').map((b) => (b.content ?? []).map((c) => c.text ?? '\n').join(''));
  expect(texts(back.doc as never)).toEqual(texts(importFile(source, 'ket-qua.txt').doc as never));
});

it('refuses a password-protected .docx with file_encrypted and creates no document', async () => {
  const { workspace } = await env.call('workspace.create', { name: 'RPC2' });
  const ole = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0', 'latin1').copy(ole, 1024);
  const { status, body } = await rpc(env.server.url, env.server.secret, 'document.import', {
    workspaceId: workspace.id,
    kind: 'other',
    title: 'Mật',
    fileName: 'mat.docx',
    dataBase64: ole.toString('base64'),
  });
  expect(status).toBe(422);
  expect(body.error.code).toBe('file_encrypted');
  expect((await env.call('document.list', { workspaceId: workspace.id })).documents).toEqual([]);
});

it('names an imported document after its title line when no title is given', async () => {
  const { workspace } = await env.call('workspace.create', { name: 'RPC3' });
  const source = readFileSync(CORPUS('thong-bao-nhanh-ket-qua-dai-hoi.txt'));
  const { document } = await env.call('document.import', {
    workspaceId: workspace.id,
    kind: 'other',
    fileName: 'tbn.txt',
    dataBase64: source.toString('base64'),
  });
  expect(document.title).toBe('THÔNG BÁO NHANH KẾT QUẢ ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG LẦN THỨ I, NHIỆM KỲ 2025 - 2030');
});
