import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { headerOf, jsonBody, rawRequest } from '../helpers/rawHttp.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();

/** `count` cookies of 4 KB each, as a page elsewhere on 127.0.0.1 can set them (cookies ignore the port). */
const junkCookies = (count: number) => Array.from({ length: count }, (_, i) => `junk${i}=${'A'.repeat(4090)}`).join('; ');

function rpcWith(cookie: string): string {
  return [
    'POST /api/rpc/workspace.list HTTP/1.1',
    'Host: x',
    `Authorization: Bearer ${env.server.secret}`,
    `Cookie: ${cookie}`,
    'Content-Type: application/json',
    'Content-Length: 2',
    'Connection: close',
    '',
    '{}',
  ].join('\r\n');
}

describe('a browser carrying many cookies for this host', () => {
  it('is served with as many as a browser keeps for one host (180 of 4 KB), on RPC and on the sync socket', async () => {
    // Five of them (20 KB) used to make every request a 431.
    const cookie = junkCookies(180);
    const reply = await rawRequest(env.server.port, rpcWith(cookie), { timeoutMs: 5000 });
    expect(reply.status).toBe(200);
    const socket = new WebSocket(`${env.server.url.replace('http', 'ws')}/sync?v=1`, { headers: { authorization: `Bearer ${env.server.secret}`, cookie } });
    const opened = await new Promise<boolean>((resolve) => {
      socket.once('open', () => resolve(true));
      socket.once('error', () => resolve(false));
      socket.once('unexpected-response', () => resolve(false));
    });
    socket.terminate();
    expect(opened).toBe(true);
  });

  it('gets, past the limit, a 431 in JSON that says to clear this site’s cookies', async () => {
    const reply = await rawRequest(env.server.port, rpcWith(junkCookies(300)), { timeoutMs: 5000 });
    expect(reply.status).toBe(431);
    expect(headerOf(reply, 'content-type')).toBe('application/json; charset=utf-8');
    expect(jsonBody(reply).error.message).toContain('Hãy xoá cookie của trang này trong cài đặt trình duyệt');
  });
});
