import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { headerOf, jsonBody, rawRequest } from '../helpers/rawHttp.ts';
import { rpc } from '../helpers/rpc.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serveProcess.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * The requests that each used to end the `vankien serve` process (an unhandled rejection out
 * of the request handler). Each must now get a reply, and the process must keep serving.
 */
let dir: ReturnType<typeof tempDir>;
let server: ServeProcess;

beforeAll(async () => {
  dir = tempDir();
  server = await startServeProcess({ dataDir: dir.path });
});

afterEach(async () => {
  // One attack that kills the server must not make every later test fail too.
  if (!server.alive()) server = await startServeProcess({ dataDir: dir.path });
});

afterAll(async () => {
  await server.stop();
  dir.remove();
});

async function expectStillServing(): Promise<void> {
  const { status, body } = await rpc(server.url, server.secret, 'workspace.list', {});
  expect(status).toBe(200);
  expect(body.result.workspaces).toEqual([]);
  expect(server.alive()).toBe(true);
}

function get(target: string, headers: string[] = []): string {
  return [`GET ${target} HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, ...headers, 'Connection: close', '', ''].join('\r\n');
}

describe('one request never ends the server', () => {
  it('answers GET // without the key with a JSON 401', async () => {
    const reply = await rawRequest(server.port, get('//'));
    expect(reply.status).toBe(401);
    expect(headerOf(reply, 'content-type')).toBe('application/json; charset=utf-8');
    expect(jsonBody(reply).error.code).toBe('unauthorized');
    await expectStillServing();
  });

  it('answers an RPC with a session cookie that is not valid percent-encoding with 400', async () => {
    const body = '{}';
    const request = [`POST /api/rpc/workspace.list HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, `Cookie: ${server.cookieName}=%`, 'Content-Type: application/json', `Content-Length: ${body.length}`, 'Connection: close', '', body].join('\r\n');
    const reply = await rawRequest(server.port, request);
    expect(reply.status).toBe(400);
    expect(headerOf(reply, 'content-type')).toBe('application/json; charset=utf-8');
    expect(jsonBody(reply).error.code).toBe('bad_request');
    await expectStillServing();
  });

  it('answers a sync upgrade with a session cookie that is not valid percent-encoding with 400', async () => {
    const reply = await rawRequest(
      server.port,
      get('/sync?v=1', [`Cookie: ${server.cookieName}=%E0%A4%A`, 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==']).replace('Connection: close', 'Connection: Upgrade'),
    );
    expect(reply.status).toBe(400);
    expect(jsonBody(reply).error.code).toBe('bad_request');
    await expectStillServing();
  });

  it('answers GET /% with the key with 400', async () => {
    const reply = await rawRequest(server.port, get('/%', [`Authorization: Bearer ${server.secret}`]));
    expect(reply.status).toBe(400);
    expect(jsonBody(reply).error.code).toBe('bad_request');
    await expectStillServing();
  });

  it('survives a client that aborts an upload mid-body', async () => {
    const head = [`POST /api/rpc/document.import HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, `Authorization: Bearer ${server.secret}`, 'Content-Type: application/json', 'Content-Length: 1000000', '', ''].join('\r\n');
    await rawRequest(server.port, head + '{"workspaceId":"x","dataBase64":"' + 'A'.repeat(50_000), { abort: true });
    await expectStillServing();
  });

  it('answers a body declared over 64 MB with 413 at once, without reading it', async () => {
    const head = [`POST /api/rpc/document.import HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, `Authorization: Bearer ${server.secret}`, 'Content-Type: application/json', 'Content-Length: 100000000', '', '{"a":'].join('\r\n');
    const reply = await rawRequest(server.port, head);
    expect(reply.status).toBe(413);
    expect(jsonBody(reply).error.code).toBe('bad_request');
    await expectStillServing();
  });

  it('answers a chunked body that grows over 64 MB with 413, and closes the connection', async () => {
    const head = [`POST /api/rpc/document.import HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, `Authorization: Bearer ${server.secret}`, 'Transfer-Encoding: chunked', '', ''].join('\r\n');
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    const reply = await rawRequest(server.port, Buffer.concat([Buffer.from(head), ...Array.from({ length: 65 }, () => frame)]), { timeoutMs: 10_000 });
    expect(reply.status).toBe(413);
    expect(headerOf(reply, 'connection')).toBe('close');
    await expectStillServing();
  });
});
