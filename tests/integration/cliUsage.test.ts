import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../main/cli/commands.ts';
import { vankien } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('vankien usage errors are named, never internal', () => {
  const data = () => join(dir.path, 'data');
  it.each([
    ['workspace create without a name', () => ['workspace', 'create', '--data', data()], 'Thiếu tên không gian làm việc'],
    ['workspace without create or list', () => ['workspace', '--data', data()], 'hãy dùng create hoặc list'],
    ['serve --port abc', () => ['serve', '--data', data(), '--port', 'abc'], 'Cổng "abc" không hợp lệ'],
    ['serve --port 70000', () => ['serve', '--data', data(), '--port', '70000'], 'Cổng "70000" không hợp lệ'],
    ['serve --port -1', () => ['serve', '--data', data(), '--port=-1'], 'Cổng "-1" không hợp lệ'],
    ['serve with a stray argument', () => ['serve', 'now', '--data', data()], 'không nhận đối số "now"'],
    ['an unknown option', () => ['workspace', 'list', '--data', data(), '--verbose'], 'Không có tuỳ chọn --verbose'],
    ['an option without its value', () => ['compare', 'a.txt', 'b.txt', '--workspace'], 'Tuỳ chọn --workspace cần một giá trị'],
    ['a value given to a flag', () => ['outline', 'a.txt', '--json=no'], 'Tuỳ chọn --json không nhận giá trị'],
    ['an unknown command', () => ['frobnicate'], 'Không có lệnh "frobnicate"'],
    ['draft without freeze, list or restore', () => ['draft', 'thaw', '--workspace', 'w.vkws', '--document', 'X'], 'Không rõ lệnh "draft thaw"'],
  ])('%s: bad_request with a sentence saying what is wrong, exit code 2, nothing created', (_name, args, sentence) => {
    const text = vankien(...args());
    expect(text.status, text.stderr).toBe(2);
    expect(text.stderr).toContain('Lỗi (bad_request)');
    expect(text.stderr).toContain(sentence);
    expect(existsSync(data())).toBe(false); // refused before the data folder is touched
    if (args()[0] === 'serve') return; // serve prints no JSON (a --json there is an unknown option)
    const json = vankien(...args(), '--json');
    expect(json.status).toBe(2);
    expect(json.json.error.code).toBe('bad_request');
    expect(json.json.error.message).toContain(sentence);
  });
});

describe('vankien --version and --help', () => {
  it('prints the version package.json states, and in JSON whether it ran from the sources', () => {
    const text = vankien('--version');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^vankien ${VERSION.replaceAll('.', '\\.')}\\b`, 'u'));
    const json = vankien('--version', '--json');
    expect(json.json).toEqual({ version: VERSION, fromSources: expect.any(Boolean) });
  });

  it('prints every command’s usage, and one command’s with vankien <command> --help or vankien help <command>', () => {
    const all = vankien('--help');
    expect(all.status).toBe(0);
    for (const command of Object.values(COMMANDS)) expect(all.stdout).toContain(command.help);
    for (const args of [['compare', '--help'], ['compare', '-h'], ['help', 'compare']]) {
      const one = vankien(...args);
      expect(one.status).toBe(0);
      expect(one.stdout).toBe(`${COMMANDS.compare.help}\n`);
    }
  });
});
