import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, vankien } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const REPORT = CORPUS('thong-bao-nhanh-ket-qua-dai-hoi.txt');

describe('vankien outline, import, export', () => {
  it('prints every block of a corpus file with its derived number', () => {
    const { status, json } = vankien('outline', REPORT, '--json');
    expect(status).toBe(0);
    const sections = json.blocks.filter((b: { type: string }) => b.type === 'section');
    expect(sections.map((b: { number: string }) => b.number)).toEqual(['I', 'II', 'III', 'IV']);
    for (const block of json.blocks) expect(Object.keys(block).sort()).toEqual(['id', 'level', 'number', 'text', 'type']);
    const numbers = json.blocks.map((b: { number: string | null }) => b.number);
    expect(numbers).toContain('Một là');
    expect(numbers).toContain('(7)');
    expect(numbers).toContain('2.1');
    expect(numbers).toContain('a)');
  });

  it('imports into a workspace, exports .docx and .txt that read back with the same outline', () => {
    expect(vankien('workspace', 'create', 'Đại hội', '--data', dir.path).status).toBe(0);
    const ws = join(dir.path, 'Đại-hội.vkws');
    const imported = vankien('import', REPORT, '--workspace', ws, '--document', 'Thông báo nhanh', '--kind', 'other', '--json');
    expect(imported.status).toBe(0);
    expect(imported.json.document.title).toBe('Thông báo nhanh');
    const original = vankien('outline', REPORT, '--json').json.blocks;
    for (const format of ['docx', 'txt']) {
      const out = join(dir.path, `out.${format}`);
      expect(vankien('export', '--workspace', ws, '--document', 'Thông báo nhanh', '--format', format, '--out', out).status).toBe(0);
      const again = vankien('outline', out, '--json').json.blocks;
      const shape = (blocks: { type: string; number: string | null; text: string }[]) =>
        blocks.filter((b) => b.type !== 'header').map((b) => [b.type, b.number, b.text]);
      expect(shape(again)).toEqual(shape(original));
    }
  });

  it.each([
    ['an empty file', '', 'file_empty'],
    ['a text file that is not UTF-8', Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xe9, 0x69]), 'file_not_utf8'],
    ['an old binary .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), 'file_legacy_doc'],
  ])('refuses %s with a clear code and leaves the workspace untouched', (_label, content, code) => {
    vankien('workspace', 'create', 'W', '--data', dir.path);
    const ws = join(dir.path, 'W.vkws');
    const name = code === 'file_legacy_doc' ? 'old.doc' : 'bad.txt';
    writeFileSync(join(dir.path, name), content);
    const before = createHash('sha256').update(readFileSync(ws)).digest('hex');
    const result = vankien('import', join(dir.path, name), '--workspace', ws, '--document', 'X', '--json');
    expect(result.status).toBe(2);
    expect(result.json.error.code).toBe(code);
    expect(result.json.error.message.length).toBeGreaterThan(20);
    expect(createHash('sha256').update(readFileSync(ws)).digest('hex')).toBe(before);
    expect(vankien('workspace', 'list', '--data', dir.path, '--json').json.workspaces[0].documentCount).toBe(0);
  });

  it('names the document it cannot find', () => {
    vankien('workspace', 'create', 'W', '--data', dir.path);
    const result = vankien('export', '--workspace', join(dir.path, 'W.vkws'), '--document', 'Không có', '--out', join(dir.path, 'x.docx'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Không có');
  });
});
