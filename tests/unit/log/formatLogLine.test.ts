import { afterEach, describe, expect, it } from 'vitest';
import { cutText, formatLogLine, HIDDEN, MAX_LOG_CHARS, redact } from '../../../main/log/formatLogLine.ts';
import { log, registerSecret, routeConsole, setLogSink } from '../../../main/log/logger.ts';

const NOW = new Date('2026-01-02T03:04:05.678Z');
const SECRET = 'Zq8-secret-key_0123456789abcdefAB';

describe('formatLogLine', () => {
  it('writes time, level, scope and the text as console.log would', () => {
    expect(formatLogLine('error', 'rpc', ['internal error:', 42, { a: 1 }], [], NOW)).toBe('2026-01-02T03:04:05.678Z ERROR [rpc] internal error: 42 { a: 1 }');
  });

  it('cuts an entry to 2,000 characters and says how many were cut', () => {
    const line = formatLogLine('warn', 'x', ['é'.repeat(10_000)], [], NOW);
    const text = line.slice(line.indexOf('] ') + 2);
    expect(text).toBe(`${'é'.repeat(MAX_LOG_CHARS)}…(cắt 8000 ký tự)`);
  });

  it('never cuts inside a surrogate pair', () => {
    expect(cutText(`${'a'.repeat(9)}😀tail`, 10)).toBe(`${'a'.repeat(9)}…(cắt 6 ký tự)`);
  });

  it.each([
    ['a registered secret', `key ${SECRET} in text`, `key ${HIDDEN} in text`],
    ['a registered secret, percent-encoded', 'cookie vk=abc%2Bdef%2Fghi%3Djkl', `cookie vk=${HIDDEN}`],
    ['the key in a request URL', 'GET /.//evil.com/?k=abcdef&x=1 HTTP/1.1', `GET /.//evil.com/?k=${HIDDEN}&x=1 HTTP/1.1`],
    ['a token query value', 'https://a/b?x=1&token=tt', `https://a/b?x=1&token=${HIDDEN}`],
    ['a session cookie', "cookie: 'vk_session=abc%2Fdef; other=1'", `cookie: 'vk_session=${HIDDEN}; other=1'`],
    ['a server’s own session cookie', "cookie: 'theme=dark; vk_session_0123456789ab=abc%2Fdef; other=1'", `cookie: 'theme=dark; vk_session_0123456789ab=${HIDDEN}; other=1'`],
    ['a bearer credential', "authorization: 'Bearer abc.def'", `authorization: 'Bearer ${HIDDEN}'`],
  ])('hides %s', (_what, text, expected) => {
    expect(redact(text, [SECRET, 'abc+def/ghi=jkl'])).toBe(expected);
  });

  it('hides a secret even where the entry is cut, and past the part it keeps', () => {
    const line = formatLogLine('error', 'x', [`${'a'.repeat(MAX_LOG_CHARS - 5)}${SECRET}${'b'.repeat(5000)}`], [SECRET], NOW);
    expect(line).not.toContain(SECRET.slice(0, 5));
    expect(line).toContain('…(cắt');
  });

  it('keeps an entry one entry: control and bidi characters escaped, further lines indented', () => {
    const forged = 'tên\n2026-01-02T03:04:05.678Z INFO [auth] đăng nhập thành công\r\u001b[31m\u202e';
    const line = formatLogLine('error', 'sync', [forged], [], NOW);
    expect(line.split('\n')).toEqual([
      '2026-01-02T03:04:05.678Z ERROR [sync] tên',
      '    2026-01-02T03:04:05.678Z INFO [auth] đăng nhập thành công\\u{d}\\u{1b}[31m\\u{202e}',
    ]);
  });

  it('prints an error with its stack, and objects only three levels deep', () => {
    const line = formatLogLine('error', 'rpc', [new RangeError('boom'), { a: { b: { c: { d: { e: 1 } } } } }], [], NOW);
    expect(line).toContain('RangeError: boom\n    ');
    expect(line).toContain('[Object]');
  });
});

describe('the logger', () => {
  const lines: string[] = [];
  setLogSink((line) => lines.push(line));
  const saved = { error: console.error, warn: console.warn, log: console.log, info: console.info, debug: console.debug };
  afterEach(() => {
    Object.assign(console, saved);
    lines.length = 0;
  });

  it('routes console.* (how Hocuspocus logs) through the same cut and hidden entries', () => {
    registerSecret(SECRET);
    routeConsole();
    console.error(`closing connection (while handling ${'d'.repeat(5000)}?k=${SECRET})`);
    console.warn('Hocuspocus: closing connection');
    console.log('ready');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/ERROR \[console\] closing connection \(while handling d+…\(cắt \d+ ký tự\)$/u);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines[1]).toContain('WARN [console] Hocuspocus');
    expect(lines[2]).toContain('INFO [console] ready');
  });

  it('does not throw when its sink fails', () => {
    const broken = setLogSink(() => {
      throw new Error('EPIPE');
    });
    expect(() => log.error('x', 'y')).not.toThrow();
    setLogSink(broken);
  });
});
