import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspaces } from '../../main/services/workspaces/Workspaces.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { makeDamagedWorkspace } from '../fixtures/damagedWorkspace.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `body` 3,000 times in a child process of its own (so nothing else opens descriptors
 * meanwhile) and returns how many descriptors /proc/self/fd held before and after.
 */
function descriptorsAround(body: string): { before: number; after: number } {
  const script = `
    import { readdirSync } from 'node:fs';
    import { Workspaces } from ${JSON.stringify(join(ROOT, 'main/services/workspaces/Workspaces.ts'))};
    import { WorkspaceStore } from ${JSON.stringify(join(ROOT, 'main/storage/WorkspaceStore.ts'))};
    const dataDir = ${JSON.stringify(dir.path)};
    const file = ${JSON.stringify(join(dir.path, 'hong.vkws'))};
    const workspaces = new Workspaces(dataDir);
    const attempt = () => { ${body} };
    attempt(); // whatever is opened once and kept (module loading) is counted in "before"
    const before = readdirSync('/proc/self/fd').length;
    for (let i = 0; i < 3000; i++) attempt();
    process.stdout.write(JSON.stringify({ before, after: readdirSync('/proc/self/fd').length }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe('a damaged workspace file in the data folder', () => {
  it('costs no file descriptor however often the folder is listed', () => {
    makeDamagedWorkspace(join(dir.path, 'hong.vkws'));
    const { before, after } = descriptorsAround(`if (workspaces.list().length !== 0 || !workspaces.unreadable.has('hong')) throw new Error('listed');`);
    expect(after).toBe(before);
  });

  it.each([
    ['to work in', 'WorkspaceStore.open(file)'],
    ['to read', 'WorkspaceStore.openReadOnly(file)'],
  ])('costs no file descriptor when opened %s again and again', (_label, open) => {
    makeDamagedWorkspace(join(dir.path, 'hong.vkws'));
    const { before, after } = descriptorsAround(`try { ${open}; throw new Error('opened'); } catch (e) { if (e.code !== 'workspace_corrupt') throw e; }`);
    expect(after).toBe(before);
  });

  it('is tried once and remembered until the file changes, then read again', () => {
    const file = join(dir.path, 'hong.vkws');
    makeDamagedWorkspace(file);
    const workspaces = new Workspaces(dir.path);
    workspaces.list();
    const first = workspaces.unreadable.get('hong');
    expect(first?.code).toBe('workspace_corrupt');
    workspaces.list();
    expect(workspaces.unreadable.get('hong')).toBe(first); // the same error: the file was not opened again
    WorkspaceStore.create(join(dir.path, 'tot.vkws'), 'Đã sửa').close();
    copyFileSync(join(dir.path, 'tot.vkws'), file); // restored from a backup
    expect(workspaces.list().map((w) => w.id)).toEqual(['hong', 'tot']);
    expect(workspaces.unreadable.size).toBe(0);
    workspaces.closeAll();
  });
});
