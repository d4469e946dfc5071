import { describe, expect, it } from 'vitest';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { connectProvider, settled, waitFor } from '../helpers/provider.ts';
import { authMessage, openRawSync } from '../helpers/rawSync.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { plainText, typeText } from '../helpers/yContent.ts';

const env = useTestServer();

describe('a live server under abuse', () => {
  it('refuses malformed, cut-off and flooding sockets while an editor keeps editing and storing every edit', async () => {
    const { workspace } = await env.call('workspace.create', { name: 'Bị tấn công' });
    const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'other', title: 'Văn kiện' });
    const name = syncDocumentName(workspace.id, document.id);
    const writer = connectProvider(env.server.url, env.server.secret, workspace.id, document.id);
    await settled(writer.provider);
    let typed = 0;
    const timer = setInterval(() => typeText(writer.ydoc, `[${typed++}]`), 5);
    try {
      const codes: Record<string, number> = {};
      const acknowledged: Record<string, boolean> = {};
      // Garbage after a valid name and type; a sync update cut off mid-length; 5,000 empty frames.
      const attacks: Record<string, (raw: Awaited<ReturnType<typeof openRawSync>>) => void> = {
        malformed: (raw) => {
          raw.send(authMessage(name));
          raw.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]));
        },
        truncated: (raw) => {
          raw.send(authMessage(name));
          // The name, then sync (0) update (2) declaring 64 KB and sending three bytes.
          const bytes = new TextEncoder().encode(name);
          raw.send(new Uint8Array([bytes.length, ...bytes, 0, 2, 0x80, 0x80, 0x04, 1, 2, 3]));
        },
        flood: (raw) => {
          raw.send(authMessage(name));
          for (let i = 0; i < 5000; i++) raw.send(new Uint8Array([1]));
        },
      };
      for (const [kind, attack] of Object.entries(attacks)) {
        const raw = await openRawSync(env.server.url, env.server.secret);
        attack(raw);
        const closed = await Promise.race([raw.closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000))]);
        codes[kind] = closed?.code ?? 0;
        acknowledged[kind] = raw.acknowledged();
        raw.close();
      }
      // Garbage where the document name goes is refused with our code; a one-byte frame that is
      // not a pong and an update cut off mid-length are malformed messages, which close the socket
      // before Hocuspocus reads them: nothing of them is acknowledged or stored. (A flood of valid
      // tiny messages is closed with messageFlood: tests/integration/teamSyncAbuse.test.ts.)
      expect(codes.malformed).toBe(CLOSE.documentNameInvalid.code);
      expect(codes.flood).toBe(CLOSE.malformedMessage.code);
      expect(codes.truncated).toBe(CLOSE.malformedMessage.code);
      expect(acknowledged.truncated).toBe(false);
      const before = typed;
      await waitFor(() => typed > before + 50, 10_000, 'the editor to keep typing');
    } finally {
      clearInterval(timer);
    }
    await settled(writer.provider, 15_000);
    const reader = connectProvider(env.server.url, env.server.secret, workspace.id, document.id);
    await settled(reader.provider);
    for (let i = 0; i < typed; i++) expect(plainText(reader.ydoc)).toContain(`[${i}]`);
    reader.destroy();
    writer.destroy();
  }, 60_000);
});
