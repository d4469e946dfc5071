import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import type { FeedbackSource } from '../../shared/feedback/model.ts';
import { registryWorkbook } from '../fixtures/feedback/registryWorkbook.ts';
import { useCliWorkspace, vankien } from '../helpers/cli.ts';
import { useTestServer } from '../helpers/testServer.ts';

/** What the registry of ../fixtures/feedback/registryWorkbook.ts must become: name → aliases, level, parent's name. */
const EXPECTED = {
  'Chi bộ khu phố 3': { aliases: ['CB KP3', 'Chi bộ KP 3'], level: 'other', parent: 'Đảng bộ phường Thủy Nguyên' },
  'Đảng bộ phường Thủy Nguyên': { aliases: ['ĐB Thuỷ Nguyên', 'P. Thủy Nguyên'], level: 'ward', parent: 'Đảng bộ thành phố Hải Phòng' },
  'Đảng bộ xã An Lão': { aliases: [], level: 'commune', parent: 'Đảng bộ thành phố Hải Phòng' },
  'Đảng bộ Công an thành phố': { aliases: ['ĐB CA TP'], level: 'armed_forces', parent: null },
  'Đảng bộ thành phố Hải Phòng': { aliases: [], level: 'city', parent: null },
};

const byName = (sources: readonly FeedbackSource[]) => Object.fromEntries(sources.map((s) => [s.name, {
  aliases: s.aliases, level: s.level, parent: sources.find((p) => p.id === s.parentId)?.name ?? null,
}]));

describe('a sources registry imported from .xlsx', () => {
  const env = useTestServer();
  const cli = useCliWorkspace('Đơn vị');

  it('creates every source over RPC with its aliases, level and parent (named further down, or by a formula), and changes nothing when imported again', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Đơn vị' });
    const input = { workspaceId: workspace.id, fileName: 'don-vi.xlsx', dataBase64: Buffer.from(await registryWorkbook()).toString('base64') };
    expect(await env.call('feedback.importSources', input)).toEqual({ created: 5, updated: 0, attributed: 0 });
    const { sources } = await env.call('feedback.listSources', { workspaceId: workspace.id });
    expect(byName(sources)).toEqual(EXPECTED);
    // Nothing new the second time: no source is created twice, no alias doubled.
    expect(await env.call('feedback.importSources', input)).toEqual({ created: 0, updated: 0, attributed: 0 });
    expect((await env.call('feedback.listSources', { workspaceId: workspace.id })).sources).toEqual(sources);
  });

  it('creates the same registry with `vankien feedback sources don-vi.xlsx`', async () => {
    const file = join(cli.dir, 'don-vi.xlsx');
    writeFileSync(file, await registryWorkbook());
    expect(vankien('feedback', 'sources', file, '--workspace', cli.ws, '--json').json).toEqual({ created: 5, updated: 0, attributed: 0, problems: [] });
    const store = WorkspaceStore.openReadOnly(cli.ws);
    try {
      expect(byName(store.sources.list())).toEqual(EXPECTED);
    } finally {
      store.close();
    }
  });
});
