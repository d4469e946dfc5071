import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { startWorkspaceServer } from '../../main/server/WorkspaceServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';

const env = useTestServer();

async function newDocument(): Promise<{ workspaceId: string; documentId: string }> {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội XVII' });
  const { document } = await env.call('document.create', {
    workspaceId: workspace.id,
    kind: 'political_report',
    title: 'Báo cáo chính trị',
  });
  return { workspaceId: workspace.id, documentId: document.id };
}

describe('workspace server', () => {
  it('lets two real providers edit one document and converge', async () => {
    const { workspaceId, documentId } = await newDocument();
    const a = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
    const b = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
    await Promise.all([settled(a.provider), settled(b.provider)]);
    typeText(a.ydoc, 'Đảng bộ thành phố ');
    typeText(b.ydoc, 'Hải Phòng ');
    await waitFor(() => plainText(a.ydoc) === plainText(b.ydoc) && plainText(a.ydoc).length > 20, 5000, 'convergence');
    expect(plainText(a.ydoc)).toContain('Đảng bộ thành phố');
    expect(plainText(a.ydoc)).toContain('Hải Phòng');
    const [listed] = (await env.call('document.list', { workspaceId })).documents;
    expect(listed.updatedAt > listed.createdAt).toBe(true); // editing the text counts as a change
    a.destroy();
    b.destroy();
  });

  it('stores a new document with one empty paragraph, so editors opening it together find the same one', async () => {
    const { workspaceId, documentId } = await newDocument();
    const a = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
    const b = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
    await Promise.all([settled(a.provider), settled(b.provider)]);
    for (const { ydoc } of [a, b]) {
      const blocks = ydoc.getXmlFragment(CONTENT_FRAGMENT).toArray() as Y.XmlElement[];
      expect(blocks.map((block) => block.nodeName)).toEqual(['paragraph']);
      expect(blocks[0].getAttribute('id')).toMatch(/^[a-z0-9]{6,}$/);
      expect(blocks[0].length).toBe(0);
    }
    expect((b.ydoc.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).getAttribute('id')).toBe((a.ydoc.getXmlFragment(CONTENT_FRAGMENT).get(0) as Y.XmlElement).getAttribute('id'));
    a.destroy();
    b.destroy();
  });

  it('keeps the text across a server restart', async () => {
    const { workspaceId, documentId } = await newDocument();
    const a = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
    await settled(a.provider);
    typeText(a.ydoc, 'Phát huy truyền thống vẻ vang');
    await settled(a.provider);
    a.destroy();
    await env.restart();
    const b = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
    await settled(b.provider);
    expect(plainText(b.ydoc)).toBe('Phát huy truyền thống vẻ vang');
    b.destroy();
  });

  it.each([
    ['missing', null],
    ['wrong', 'not-the-secret'],
  ])('refuses an RPC request with a %s secret', async (_label, secret) => {
    const { status, body } = await rpc(env.server.url, secret, 'workspace.list', {});
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
  });

  it('refuses a page request without the secret, and trades the printed URL key for a cookie', async () => {
    expect((await fetch(env.server.url + '/')).status).toBe(401);
    const opened = await fetch(env.server.openUrl, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/');
    const cookie = opened.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    const withCookie = await fetch(env.server.url + '/api/rpc/workspace.list', { method: 'POST', headers: { cookie: cookie.split(';')[0] }, body: '{}' });
    expect(withCookie.status).toBe(200);
  });

  it('refuses a request from a foreign origin even with the secret', async () => {
    const response = await fetch(env.server.url + '/api/rpc/workspace.list', {
      method: 'POST',
      headers: { authorization: `Bearer ${env.server.secret}`, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it.each([
    ['missing', {}, 401],
    ['wrong', { authorization: 'Bearer nope' }, 401],
    ['foreign origin', { origin: 'http://evil.example' }, 403],
  ])('refuses a sync socket with a %s credential', async (label, extra, status) => {
    const headers = label === 'foreign origin' ? { authorization: `Bearer ${env.server.secret}`, ...extra } : extra;
    const socket = new WebSocket(env.server.url.replace('http', 'ws') + '/sync', { headers });
    const outcome = await new Promise<string>((resolve) => {
      socket.on('open', () => resolve('open'));
      socket.on('unexpected-response', (_req, res) => resolve(`http ${res.statusCode} ${res.headers['content-type']}`));
      socket.on('error', () => resolve('error'));
    });
    expect(outcome).toBe(`http ${status} application/json; charset=utf-8`);
    socket.terminate();
  });

  it('rejects a malformed RPC payload with a code and writes nothing', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Kiểm tra' });
    const cases = [
      ['document.create', { workspaceId: workspace.id, kind: 'poem', title: 'X' }],
      ['document.create', { workspaceId: workspace.id, kind: 'resolution', title: '' }],
      ['document.create', '{not json'],
      ['document.create', { workspaceId: '../../etc', kind: 'resolution', title: 'X' }],
    ] as const;
    for (const [method, input] of cases) {
      const { status, body } = await rpc(env.server.url, env.server.secret, method, input);
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_request');
    }
    const unknown = await rpc(env.server.url, env.server.secret, 'document.format_disk', {});
    expect(unknown.body.error.code).toBe('unknown_method');
    const { documents } = await env.call('document.list', { workspaceId: workspace.id });
    expect(documents).toEqual([]);
  });

  it('lists, renames and soft-deletes documents', async () => {
    const { workspaceId, documentId } = await newDocument();
    await env.call('document.rename', { workspaceId, documentId, title: 'Báo cáo chính trị (sửa)' });
    let { documents } = await env.call('document.list', { workspaceId });
    expect(documents.map((d: { title: string }) => d.title)).toEqual(['Báo cáo chính trị (sửa)']);
    await env.call('document.delete', { workspaceId, documentId });
    ({ documents } = await env.call('document.list', { workspaceId }));
    expect(documents).toEqual([]);
    const audit = rawDatabase(env.server.workspaces.store(workspaceId)).prepare('SELECT action FROM audit_log ORDER BY seq').all();
    expect(audit.map((r) => (r as { action: string }).action)).toEqual(['workspace.create', 'document.create', 'document.rename', 'document.delete']);
  });

  it('restores a deleted document from the trash, its text there for the next editor', async () => {
    const { workspaceId, documentId } = await newDocument();
    const a = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
    await settled(a.provider);
    typeText(a.ydoc, 'Không được mất chữ nào');
    await settled(a.provider);
    a.destroy();
    await env.call('document.delete', { workspaceId, documentId });
    const trash = await env.call('document.listDeleted', { workspaceId });
    expect(trash.documents.map((d: { id: string }) => d.id)).toEqual([documentId]);

    const { document } = await env.call('document.restore', { workspaceId, documentId });
    expect(document.id).toBe(documentId);
    expect((await env.call('document.listDeleted', { workspaceId })).documents).toEqual([]);
    const b = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
    await settled(b.provider);
    expect(plainText(b.ydoc)).toBe('Không được mất chữ nào');
    b.destroy();
    const again = await rpc(env.server.url, env.server.secret, 'document.restore', { workspaceId, documentId });
    expect(again.body.error.code).toBe('not_found');
  });

  it('stores names and titles in NFC whatever form the client sent', async () => {
    const { workspaceId, documentId } = await newDocument();
    const decomposed = 'Nghi\u0323 quye\u0302\u0301t Đa\u0323i ho\u0323\u0302i';
    const { document } = await env.call('document.rename', { workspaceId, documentId, title: decomposed });
    expect(document.title).toBe('Nghị quyết Đại hội');
    expect(document.title).toBe(decomposed.normalize('NFC'));
  });

  it('refuses an RPC call from a renderer older than the protocol, and says to reload', async () => {
    const response = await fetch(env.server.url + '/api/rpc/workspace.list', {
      method: 'POST',
      headers: { authorization: `Bearer ${env.server.secret}`, 'x-vankien-protocol': '0' },
      body: '{}',
    });
    expect(response.status).toBe(426);
    const body = await response.json();
    expect(body.error.code).toBe('protocol_too_old');
    expect(body.error.message).toContain('tải lại');
  });

  it('says which port is taken', async () => {
    const other = tempDir(); // the same folder would be refused first, as locked
    try {
      await expect(startWorkspaceServer({ dataDir: other.path, port: env.server.port })).rejects.toMatchObject({
        code: 'port_in_use',
        message: expect.stringContaining(String(env.server.port)),
      });
    } finally {
      other.remove();
    }
  });
});
