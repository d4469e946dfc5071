import { request } from 'node:https';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { cookieFrom, PASSWORD } from '../helpers/teamServer.ts';
import { useTlsTeamServers } from '../helpers/tlsTeamServers.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const tls = useTlsTeamServers();

/** A POST over https trusting exactly `ca`: status, JSON body and the session cookie it set. */
function httpsPost(url: string, ca: Buffer, path: string, body: unknown, cookie?: string): Promise<{ status: number; body: any; cookie: string | null }> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
    const req = request(`${url}${path}`, { method: 'POST', ca, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text), cookie: cookieFrom(res.headers['set-cookie']?.[0] ?? null) }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('the sync socket of a team server over TLS (wss:)', () => {
  it('stores what a signed-in drafter types through a HocuspocusProvider on wss:, and gives it back to a provider that connects afterwards', async () => {
    const server = await tls.start(tls.certs.a);
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ca = tls.certs.a.cert;
    const workspace = server.workspaces.create('Đại hội XVII');
    await server.accounts!.create('test', { name: 'an', displayName: 'Nguyễn Văn An', password: PASSWORD, role: 'drafter', workspaceId: workspace.id });
    const login = await httpsPost(server.url, ca, '/api/login', { name: 'an', password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = login.cookie!;
    const created = await httpsPost(server.url, ca, '/api/rpc/document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' }, cookie);
    const documentId = created.body.result.document.id as string;

    const writer = connectProvider(server.url, null, workspace.id, documentId, { headers: () => ({ cookie }), ca });
    await waitFor(() => writer.provider.authorizedScope !== undefined, 10_000, 'authentication over wss:');
    expect(writer.provider.authorizedScope).toBe('read-write');
    typeText(writer.ydoc, 'Gõ qua kết nối mã hoá');
    await settled(writer.provider);
    expect(server.workspaces.store(workspace.id).updates.count(documentId)).toBeGreaterThan(0);
    writer.destroy();

    const reader = connectProvider(server.url, null, workspace.id, documentId, { headers: () => ({ cookie }), ca });
    await settled(reader.provider);
    expect(plainText(reader.ydoc)).toContain('Gõ qua kết nối mã hoá');
    reader.destroy();
  });

  it('refuses the wss: socket to a client that does not trust the certificate, and without a session (401)', async () => {
    const server = await tls.start(tls.certs.a);
    const wssUrl = `${server.url.replace(/^https/, 'wss')}/sync?v=1`;
    await expect(opened(new WebSocket(wssUrl, { ca: tls.certs.b.cert }))).rejects.toThrow(/self.signed|SELF_SIGNED/i);
    await expect(opened(new WebSocket(wssUrl, { ca: tls.certs.a.cert }))).rejects.toThrow(/401/);
  });
});

/** Resolves when `socket` opens, rejects with its error. */
function opened(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.terminate();
      resolve();
    });
    socket.once('error', reject);
  });
}
