import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerOf, jsonBody, rawRequest, type RawReply } from '../helpers/rawHttp.ts';
import { rpc } from '../helpers/rpc.ts';
import { startServeProcess, type ServeProcess } from '../helpers/serveProcess.ts';
import { tempDir } from '../helpers/tempDir.ts';

/**
 * Hostile and broken requests over raw TCP against a real `vankien serve` process: malformed
 * request lines, targets, headers, cookies and percent-escapes, truncated and aborted bodies,
 * on plain requests and on the sync socket's upgrade. After every case the process must still
 * run and answer a valid RPC. Bounded (about 400 cases, a few seconds) and seeded, so a failure
 * is reproduced by running the file again.
 */
const SEED = 20_260_407;
let dir: ReturnType<typeof tempDir>;
let server: ServeProcess;
const counts = { cases: 0, replies: 0, byStatus: new Map<number | null, number>() };

beforeAll(async () => {
  dir = tempDir();
  server = await startServeProcess({ dataDir: dir.path });
});

afterAll(async () => {
  await server?.stop();
  dir?.remove();
  console.log(`[http fuzz] ${counts.cases} cases; replies by status: ${[...counts.byStatus].map(([s, n]) => `${s ?? 'none'}×${n}`).join(', ')}`);
});

/** What fuzzing is about: garbage in percent-escapes, slashes, dots, keys, Unicode, controls. */
const pathChar = fc.constantFrom('/', '%', '%2F', '%2E', '%E0%A4%A', '%FF', '%00', '.', '..', 'a', 'đ', '?', '#', '\\', '&', '=', 'k=', 'v=', '~', ':', '@', '\t', '*');
const fuzzPath = fc.array(pathChar, { maxLength: 12 }).map((parts) => parts.join(''));
const target = (key: string) =>
  fc.oneof(
    fc.constantFrom('/', '//', '/%', '//evil.com/', '/.//evil.com/?k=KEY', '/\\evil.com?k=KEY', '/api/rpc/', '/api/rpc/%', '/api/rpc/workspace.list', '/sync', '/sync?v=x', '*', 'http://evil.com/', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/index.html%00.js'),
    fuzzPath.map((p) => `/${p}`),
    fuzzPath,
  ).map((t) => t.replace('KEY', key));

const cookieValue = fc.oneof(fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%%', '', '"', ';', '=%'), fuzzPath);
const credential = (key: string, cookie: string) =>
  fc.constantFrom<[string, string][]>(
    [],
    [['Authorization', `Bearer ${key}`]],
    [['Cookie', `${cookie}=${key}`]],
    [['Authorization', 'Bearer nope']],
    [['Cookie', `${cookie}=%; ${cookie}=${key}`]],
  );
const header = (cookie: string) => fc.oneof(
  cookieValue.map((v): [string, string] => ['Cookie', `${cookie}=${v}`]),
  fc.constantFrom<[string, string]>(
    ['Origin', 'http://evil.example'],
    ['Origin', 'null'],
    ['Accept', 'text/html'],
    ['X-Vankien-Protocol', 'abc'],
    ['X-Vankien-Protocol', '0'],
    ['Content-Length', '-1'],
    ['Content-Length', 'abc'],
    ['Content-Length', '5, 6'],
    ['Transfer-Encoding', 'chunked'],
    ['Transfer-Encoding', 'gzip, chunked'],
    ['Expect', '100-continue'],
    ['Bad Header', 'x'],
    ['X-Ctl', 'a\x01b'],
    ['X-Huge', 'a'.repeat(20_000)],
    ['Cookie', `${cookie}=${'%41'.repeat(6000)}`],
  ),
);
const method = fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'DELETE', 'BREW', 'G\x00T', '');
const version = fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/1.1', 'HTTP/2.0', 'HTTP/9', '', 'HTTP/1.1 x');
const body = fc.oneof(
  fc.constant(''),
  fc.constantFrom('{}', '{', 'null', '[]', '{"name":"%"}', '{"workspaceId":"../../etc"}', '"\\ud800"'),
  fc.string({ maxLength: 200 }),
);
/** How the body is sent: whole, cut short (Content-Length larger than sent), or the client resets mid-body. */
const bodyMode = fc.constantFrom('whole', 'whole', 'truncated', 'aborted', 'chunked-garbage');

function requestBytes(line: string, headers: [string, string][], payload: string, mode: string): string {
  const bytes = Buffer.byteLength(payload);
  const framing: [string, string][] =
    mode === 'truncated' ? [['Content-Length', String(bytes + 100)]] : mode === 'chunked-garbage' ? [['Transfer-Encoding', 'chunked']] : payload ? [['Content-Length', String(bytes)]] : [];
  const sent = mode === 'chunked-garbage' ? `zz\r\n${payload}\r\n` : payload;
  return [line, `Host: 127.0.0.1:${server.port}`, ...[...headers, ...framing].map(([n, v]) => `${n}: ${v}`), 'Connection: close', '', sent].join('\r\n');
}

/** What every reply must be: a known status, never a 500, and JSON (with its type) unless it is a page, a file or a redirect. */
function checkReply(reply: RawReply, head = false): void {
  counts.cases++;
  counts.byStatus.set(reply.status, (counts.byStatus.get(reply.status) ?? 0) + 1);
  if (reply.status === null) return; // the client reset, or the server closed a connection it could not answer
  counts.replies++;
  expect(reply.status).toBeLessThan(500);
  if (reply.status >= 400) {
    const type = headerOf(reply, 'content-type');
    if (type !== 'text/html; charset=utf-8' || reply.status !== 401) {
      expect(type).toBe('application/json; charset=utf-8');
      if (!head) expect(jsonBody(reply)?.error?.code).toEqual(expect.any(String));
    }
  }
}

async function expectStillServing(): Promise<void> {
  expect(server.alive()).toBe(true);
  const { status } = await rpc(server.url, server.secret, 'workspace.list', {});
  expect(status).toBe(200);
}

async function send(bytes: string, mode: string): Promise<void> {
  const reply = await rawRequest(server.port, Buffer.from(bytes, 'utf8'), { abort: mode === 'aborted', timeoutMs: 150 });
  checkReply(reply, bytes.startsWith('HEAD '));
  await expectStillServing();
}

describe('http fuzz', () => {
  it('survives malformed request lines, targets, headers, cookies and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(method, target(server.secret), version, credential(server.secret, server.cookieName), fc.array(header(server.cookieName), { maxLength: 3 }), body, bodyMode, async (m, t, v, cred, extra, payload, mode) => {
        await send(requestBytes(`${m} ${t} ${v}`.trimEnd(), [...cred, ...extra], payload, mode), mode);
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it('survives hostile RPC calls with the key: bad method names, escapes, bodies cut short', async () => {
    const name = fc.oneof(fc.constantFrom('workspace.list', 'workspace.create', 'document.import', 'constructor', '__proto__', 'toString', 'workspace.list%'), fuzzPath);
    await fc.assert(
      fc.asyncProperty(name, credential(server.secret, server.cookieName), body, bodyMode, async (n, cred, payload, mode) => {
        await send(requestBytes(`POST /api/rpc/${n} HTTP/1.1`, [...cred, ['Content-Type', 'application/json']], payload, mode), mode);
      }),
      { seed: SEED + 1, numRuns: 100 },
    );
  });

  it('survives hostile upgrades of the sync socket: bad cookies, bad v, huge headers, resets', async () => {
    const v = fc.oneof(fc.constantFrom('1', '0', '-1', '1e3', 'NaN', '', '%', '99999999', '1.5', '0x1'), fuzzPath);
    const upgradeTarget = fc.oneof(v.map((x) => `/sync?v=${x}`), fc.constantFrom('/sync', '/sync/', '/syncx', '//sync', '/%73ync', '/sync?%'), fuzzPath.map((p) => `/sync${p}`));
    const wsHeaders: [string, string][] = [
      ['Upgrade', 'websocket'],
      ['Sec-WebSocket-Version', '13'],
      ['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='],
    ];
    await fc.assert(
      fc.asyncProperty(upgradeTarget, credential(server.secret, server.cookieName), fc.array(header(server.cookieName), { maxLength: 2 }), fc.boolean(), async (t, cred, extra, abort) => {
        const bytes = requestBytes(`GET ${t} HTTP/1.1`, [...wsHeaders, ...cred, ...extra], '', 'whole').replace('Connection: close', 'Connection: Upgrade');
        const reply = await rawRequest(server.port, Buffer.from(bytes, 'utf8'), { abort, timeoutMs: 150 });
        checkReply(reply);
        await expectStillServing();
      }),
      { seed: SEED + 2, numRuns: 100 },
    );
  });
});
