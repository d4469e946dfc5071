import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolutionText } from '../fixtures/generators/resolution.ts';
import { vankien } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const targetNumbers = (blocks: { type: string; number: string | null }[]) => blocks.filter((b) => b.type === 'target').map((b) => b.number);
const EXPECTED = ['(1)', '(2)', ...Array.from({ length: 23 }, (_, i) => `(${i + 1})`)];

describe('a resolution whose targets run (1)…(23) across sub-sections', () => {
  it('keeps its numbers in the outline, in the workspace and in both exports', () => {
    const source = join(dir.path, 'nghi-quyet.txt');
    writeFileSync(source, resolutionText());
    expect(targetNumbers(vankien('outline', source, '--json').json.blocks)).toEqual(EXPECTED);

    expect(vankien('workspace', 'create', 'Đại hội', '--data', dir.path).status).toBe(0);
    const ws = join(dir.path, 'Đại-hội.vkws');
    const imported = vankien('import', source, '--workspace', ws, '--document', 'Nghị quyết', '--kind', 'resolution', '--json');
    expect(imported.status).toBe(0);
    expect(imported.json.warnings).toEqual([]);
    for (const format of ['docx', 'txt']) {
      const out = join(dir.path, `out.${format}`);
      expect(vankien('export', '--workspace', ws, '--document', 'Nghị quyết', '--format', format, '--out', out).status).toBe(0);
      expect(targetNumbers(vankien('outline', out, '--json').json.blocks), format).toEqual(EXPECTED);
    }
  });
});
