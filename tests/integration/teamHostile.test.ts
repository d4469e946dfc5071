import { describe, expect, it } from 'vitest';
import { rawRequest } from '../helpers/rawHttp.ts';
import { PASSWORD, useTeamServer } from '../helpers/teamServer.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

const post = (path: string, body: string, headers = '') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}Connection: close\r\n\r\n${body}`;
const get = (path: string, headers = '') => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`;
const upgrade = (headers: string) =>
  `GET /sync?v=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n${headers}\r\n`;

/** Hostile requests at a team server's way in, each with the status it must get. */
const HOSTILE: [string, () => string, number | null, { abort?: boolean; timeoutMs?: number }?][] = [
  ['a login whose body stops halfway', () => post('/api/login', '{"name":"an","password":"x"}').slice(0, -10), null, { abort: true }],
  ['a login declaring 10 MB', () => `POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10485760\r\nConnection: close\r\n\r\n{`, 413],
  ['a login body in UTF-16', () => post('/api/login', Buffer.from('{"name":"an"}', 'utf16le').toString('latin1')), 400],
  ['a login with a NUL in the name', () => post('/api/login', '{"name":"an\\u0000","password":"x"}'), 401],
  ['a setup with a code of 10,000 characters', () => post('/api/setup', JSON.stringify({ code: 'A'.repeat(10_000) })), 413],
  ['a setup with an empty object', () => post('/api/setup', '{}'), 400],
  ['a logout with a malformed cookie', () => post('/api/logout', '', `Cookie: ${t.server.sessionCookieName}=%zz\r\n`), 200],
  ['an RPC with a malformed cookie', () => post('/api/rpc/session.check', '{}', `Cookie: ${t.server.sessionCookieName}=%E0%A4%A\r\n`), 400],
  ['an RPC with 200 well-shaped unknown session ids', () => post('/api/rpc/session.check', '{}', `Cookie: ${Array.from({ length: 200 }, (_, i) => `${t.server.sessionCookieName}=${String(i).padStart(43, 'A')}`).join('; ')}\r\n`), 401],
  ['an RPC with one session cookie of 8 KB', () => post('/api/rpc/session.check', '{}', `Cookie: ${t.server.sessionCookieName}=${'A'.repeat(8192)}\r\n`), 401],
  ['an upgrade with a malformed session cookie', () => upgrade(`Cookie: ${t.server.sessionCookieName}=%zz\r\n`), 400],
  ['an upgrade with one session cookie of 8 KB', () => upgrade(`Cookie: ${t.server.sessionCookieName}=${'A'.repeat(8192)}\r\n`), 401],
  ['an upgrade with no session', () => upgrade(''), 401],
  ['an upgrade with a forged session id', () => upgrade(`Cookie: ${t.server.sessionCookieName}=${'B'.repeat(43)}\r\n`), 401],
  ['an upgrade from a foreign origin', () => upgrade('Origin: https://evil.example\r\n'), 403],
  ['GET /api/team by POST', () => post('/api/team', '{}'), 405],
  ['/api/login by PUT', () => `PUT /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`, 405],
  ['a path with a bad escape', () => get('/api/%zz'), 400],
];

describe('a team server under hostile requests', () => {
  it.each(HOSTILE)('refuses %s with a named reason and keeps signing people in', async (_what, request, status, options) => {
    await t.addUser('an', 'drafter');
    const reply = await rawRequest(t.server.port, request(), { timeoutMs: 3000, ...options });
    if (status !== null) {
      expect(reply.status).toBe(status);
      expect(reply.text).toMatch(/content-type: application\/json; charset=utf-8/i);
    }
    if (status !== null && status >= 400) expect(reply.text).toMatch(/"code":"[a-z_]+","message":"[^"]+"/);
    expect((await t.login('an', PASSWORD)).status).toBe(200);
  });
});
