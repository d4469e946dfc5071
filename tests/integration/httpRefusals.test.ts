import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { startWorkspaceServer } from '../../main/server/WorkspaceServer.ts';
import { setLogSink } from '../../main/log/logger.ts';
import { headerOf, jsonBody, rawRequest } from '../helpers/rawHttp.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();
const JSON_TYPE = 'application/json; charset=utf-8';

/** Opens the sync socket with these headers and URL tail; resolves with how it ended. */
function upgrade(tail: string, headers: Record<string, string>): Promise<{ status?: number; type?: string; close?: number }> {
  const socket = new WebSocket(env.server.url.replace('http', 'ws') + '/sync' + tail, { headers });
  return new Promise((resolve) => {
    socket.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode, type: res.headers['content-type'] });
      socket.terminate();
    });
    socket.on('close', (code) => resolve({ close: code }));
    socket.on('error', () => {});
  });
}

describe('redirects of the key exchange', () => {
  it.each([
    ['/.//evil.com/', '/'],
    ['//evil.com/', '/'],
    ['/\\evil.com/', '/'],
    ['/', '/'],
    ['/index.html', '/index.html'],
  ])('sends %s?k=<key> to %s on this server', async (path, location) => {
    // Raw bytes: an HTTP client would tidy the path (remove `/./`) before sending it.
    const reply = await rawRequest(env.server.port, `GET ${path}?k=${env.server.secret} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(reply.status).toBe(303);
    expect(headerOf(reply, 'location')).toBe(location);
    expect(headerOf(reply, 'set-cookie')).toMatch(new RegExp(`^${env.server.sessionCookieName}=.+; HttpOnly; SameSite=Strict; Path=/$`));
  });

  it('keeps the other query parameters and drops the key', async () => {
    const response = await fetch(`${env.server.url}/?lang=vi&k=${env.server.secret}&x=1`, { redirect: 'manual' });
    expect(response.headers.get('location')).toBe('/?lang=vi&x=1');
  });
});

describe('refusals are JSON with their content type', () => {
  it.each([
    ['an RPC without the key', '/api/rpc/workspace.list', { method: 'POST', body: '{}' }, 401, 'unauthorized'],
    ['a page without the key that does not ask for HTML', '/', {}, 401, 'unauthorized'],
    ['a file with a wrong key', '/index.js', { headers: { authorization: 'Bearer nope' } }, 401, 'unauthorized'],
    ['an RPC from a foreign origin', '/api/rpc/workspace.list', { method: 'POST', body: '{}', headers: { origin: 'http://evil.example' } }, 403, 'forbidden_origin'],
    ['a page from a foreign origin, asking for HTML', '/', { headers: { origin: 'http://evil.example', accept: 'text/html' } }, 403, 'forbidden_origin'],
    ['a missing page, with the key', '/nothing.js', { bearer: true }, 404, 'not_found'],
  ])('answers %s', async (_label, path, init: RequestInit & { bearer?: boolean }, status, code) => {
    const headers = { ...(init.headers as Record<string, string>), ...(init.bearer ? { authorization: `Bearer ${env.server.secret}` } : {}) };
    const response = await fetch(env.server.url + path, { ...init, headers });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe(JSON_TYPE);
    expect((await response.json()).error.code).toBe(code);
  });

  it('answers a browser navigation without the key with a page that says what to do', async () => {
    const response = await fetch(env.server.url + '/', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('khoá mới');
  });

  it('answers a malformed session cookie with 400 and clears the cookie', async () => {
    const response = await fetch(env.server.url + '/api/rpc/workspace.list', { method: 'POST', body: '{}', headers: { cookie: `${env.server.sessionCookieName}=%` } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe(JSON_TYPE);
    expect(response.headers.get('set-cookie')).toBe(`${env.server.sessionCookieName}=; Max-Age=0; HttpOnly; SameSite=Strict; Path=/`);
  });
});

describe('the sync socket upgrade', () => {
  const bearer = () => ({ authorization: `Bearer ${env.server.secret}` });

  it.each([
    ['without the key', '?v=1', () => ({}), 401],
    ['with a malformed cookie', '?v=1', () => ({ cookie: `${env.server.sessionCookieName}=%` }), 400],
    ['from a foreign origin', '?v=1', () => ({ origin: 'http://evil.example' }), 403],
  ])('is refused at HTTP level %s, with a JSON body', async (_label, tail, headers, status) => {
    const extra = status === 403 ? bearer() : {};
    expect(await upgrade(tail, { ...extra, ...headers() })).toEqual({ status, type: JSON_TYPE });
  });

  it.each(['abc', '', '1.5', '-1', '1e3', '%'])('refuses v=%s with 400', async (v) => {
    expect(await upgrade(`?v=${v}`, bearer())).toEqual({ status: 400, type: JSON_TYPE });
  });

  it('refuses another path with 404', async () => {
    expect(await upgrade('x?v=1', bearer())).toEqual({ status: 404, type: JSON_TYPE });
  });

  it('closes the socket of an older renderer with 4426', async () => {
    expect(await upgrade('?v=0', bearer())).toEqual({ close: 4426 });
  });
});

describe('what Node or ws would answer without JSON, or not at all', () => {
  const key = () => `Authorization: Bearer ${env.server.secret}`;
  const upgradeTo = (method: string, headers: string[]) =>
    [`${method} /sync?v=1 HTTP/1.1`, 'Host: x', 'Connection: Upgrade', key(), ...headers, '', ''].join('\r\n');
  const websocket = ['Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='];

  it.each([
    ['CONNECT, as to a proxy', () => 'CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: x\r\n\r\n', 405],
    ['CONNECT with the key', () => `CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: x\r\n${key()}\r\n\r\n`, 405],
    ['an upgrade to h2c', () => upgradeTo('GET', ['Upgrade: h2c']), 400],
    ['an upgrade without Sec-WebSocket-Key', () => upgradeTo('GET', websocket.slice(0, 2)), 400],
    ['an upgrade of another WebSocket version', () => upgradeTo('GET', ['Upgrade: websocket', 'Sec-WebSocket-Version: 99', websocket[2]]), 400],
    ['an upgrade by POST', () => upgradeTo('POST', [...websocket, 'Content-Length: 5']) + 'hello', 405],
  ])('answers %s in JSON', async (_label, bytes, status) => {
    const reply = await rawRequest(env.server.port, bytes());
    expect(reply.status).toBe(status);
    expect(headerOf(reply, 'content-type')).toBe(JSON_TYPE);
    expect(jsonBody(reply).error.code).toBe('bad_request');
  });

  it('tells a client of another WebSocket version which one it speaks', async () => {
    const reply = await rawRequest(env.server.port, upgradeTo('GET', ['Upgrade: websocket', 'Sec-WebSocket-Version: 99', websocket[2]]));
    expect(headerOf(reply, 'sec-websocket-version')).toBe('13');
  });
});

describe('failures inside a handler', () => {
  it('answer 500 in JSON and are logged without the key or the address', async () => {
    // A renderer folder whose index.html is a folder: reading it fails inside the handler.
    const dir = tempDir();
    mkdirSync(join(dir.path, 'static', 'index.html'), { recursive: true });
    const server = await startWorkspaceServer({ dataDir: join(dir.path, 'data'), port: 0, staticDir: join(dir.path, 'static'), secret: 'the-secret-key-0123456789' });
    const lines: string[] = [];
    const previousSink = setLogSink((line) => lines.push(line));
    onTestFinished(async () => {
      setLogSink(previousSink);
      await server.close();
      dir.remove();
    });
    const response = await fetch(`${server.url}/private-route-xyz?k2=the-secret-key-0123456789`, { headers: { authorization: `Bearer ${server.secret}` } });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe(JSON_TYPE);
    expect((await response.json()).error.code).toBe('internal');
    const logged = lines.join('\n');
    expect(logged).toContain('EISDIR');
    expect(logged).not.toContain('the-secret-key-0123456789');
    expect(logged).not.toContain('private-route-xyz');
    // And the server goes on serving.
    const again = await fetch(`${server.url}/api/rpc/workspace.list`, { method: 'POST', body: '{}', headers: { authorization: `Bearer ${server.secret}` } });
    expect(again.status).toBe(200);
  });
});
