import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { relativeToRoot } from './importRules.ts';
import { closeCodeViolation, messageMatchViolation } from './sourceRules.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function sourceLines(dir: string): { file: string; line: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .flatMap((e) => {
      const file = relativeToRoot(ROOT, join(e.parentPath, e.name));
      return readFileSync(join(ROOT, file), 'utf8').split('\n').map((line) => ({ file, line }));
    });
}

describe('close codes are numbers only in shared/rpc/closeCodes.ts', () => {
  it.each([
    ['main/server/sync/x.ts', 'socket.close(4400, reason);', true],
    ['renderer/editor/x.ts', 'if (event.code === 4426) stop();', true],
    ['renderer/editor/x.ts', 'if (4426 === event.code) stop();', true],
    ['main/server/x.ts', "const TOO_OLD = { code: 4426, name: 'protocol_too_old' };", true],
    ['main/server/x.ts', 'ws.close(CLOSE.protocolTooOld.code, CLOSE.protocolTooOld.name);', false],
    ['renderer/editor/x.ts', 'if (event.code !== CLOSE.protocolTooOld.code) void socketFailed();', false],
    ['main/server/x.ts', "if (error.code === 'EADDRINUSE') {", false],
    ['shared/rpc/closeCodes.ts', "invalidContent: { code: 4400, name: 'invalid_content' },", false],
  ])('%s: %s is a violation: %s', (file, line, violates) => {
    expect(closeCodeViolation(file, line) !== null).toBe(violates);
  });

  it('holds for every source file', () => {
    const lines = ['main', 'shared', 'renderer'].flatMap(sourceLines);
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.map(({ file, line }) => closeCodeViolation(file, line)).filter(Boolean)).toEqual([]);
  });
});

describe('errors are told apart by their code, not their message', () => {
  it.each([
    ["(e as Error).message === 'timeout' ? a : b", true],
    ["if ('timeout' === error.message) retry();", true],
    ["if (error.message.includes('no transaction is active')) return;", true],
    ['if (error?.message?.startsWith("SQLITE_BUSY")) wait();', true],
    ['if (/locked/i.test(error.message)) wait();', true],
    ["if (error.code === 'storage_locked') wait();", false],
    ['throw new RpcError({ code: "network", message: error.message });', false],
    ['{ detail: (cause as Error)?.message, cause },', false],
  ])('%s is a violation: %s', (line, violates) => {
    expect(messageMatchViolation('renderer/x.ts', line) !== null).toBe(violates);
  });

  it('holds for every source file', () => {
    const lines = ['main', 'shared', 'renderer'].flatMap(sourceLines);
    expect(lines.map(({ file, line }) => messageMatchViolation(file, line)).filter(Boolean)).toEqual([]);
  });
});
