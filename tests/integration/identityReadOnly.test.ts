import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IDENTITY_FILE } from '../../main/services/identity/LocalIdentity.ts';
import { makeReadOnly } from '../helpers/readOnlyPath.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

const t = useTestServer();

describe('identity.set in a data folder the server may not write', () => {
  it('is refused as storage_readonly, keeps the name stored and shown, leaves no temporary file, and works once writable again', async () => {
    await t.call('identity.set', { displayName: 'Trần Thị Bình' });
    const before = readdirSync(t.dataDir).sort();
    const readOnly = makeReadOnly(t.dataDir);
    let refused: Awaited<ReturnType<typeof rpc>>;
    try {
      refused = await rpc(t.server.url, t.server.secret, 'identity.set', { displayName: 'Lê Văn Cường' });
    } finally {
      readOnly.restore();
    }
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({ code: 'storage_readonly', message: expect.stringContaining('cấp quyền ghi') });
    expect((await t.call('identity.me', {})).displayName).toBe('Trần Thị Bình');
    expect(JSON.parse(readFileSync(join(t.dataDir, IDENTITY_FILE), 'utf8')).displayName).toBe('Trần Thị Bình');
    expect(readdirSync(t.dataDir).sort()).toEqual(before);
    await t.call('identity.set', { displayName: 'Lê Văn Cường' });
    expect((await t.call('identity.me', {})).displayName).toBe('Lê Văn Cường');
  });
});
