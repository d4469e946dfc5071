import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOG_RATE, routeConsole, setLogSink } from '../../main/log/logger.ts';
import { CLOSE } from '../../shared/rpc/closeCodes.ts';
import { syncDocumentName } from '../../shared/rpc/protocol.ts';
import { authMessage, openRawSync, updateMessage } from '../helpers/rawSync.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();
let lines: string[];
let restoreSink: (line: string) => void;
const consoleBefore = { ...console };

beforeEach(() => {
  lines = [];
  restoreSink = setLogSink((line) => lines.push(line));
  routeConsole(); // as `vankien serve` does: Hocuspocus' own logs go through the logger
});
afterEach(() => {
  Object.assign(console, consoleBefore);
  setLogSink(restoreSink);
});

/** An update writing to a root the schema does not know: refused at once with invalid_content. */
function invalid(): Uint8Array {
  const ydoc = new Y.Doc();
  ydoc.getText('x').insert(0, 'a');
  return Y.encodeStateAsUpdate(ydoc);
}

it('logs each refused sync message as one line without a stack, and no more than the rate allows', async () => {
  const { workspace } = await env.call('workspace.create', { name: 'Nhật ký' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'other', title: 'Lũ' });
  const name = syncDocumentName(workspace.id, document.id);
  const refusals = LOG_RATE.perWindow + 30;
  for (let i = 0; i < refusals; i++) {
    const raw = await openRawSync(env.server.url, env.server.secret);
    raw.send(authMessage(name));
    raw.send(updateMessage(name, invalid()));
    expect((await raw.closed).code).toBe(CLOSE.invalidContent.code);
  }
  // Each used to be about ten lines: "[beforeSync] …" twice, then the error with its stack.
  const sync = lines.filter((line) => line.includes('invalid_content'));
  expect(sync.length).toBeGreaterThan(0);
  expect(lines.length).toBeLessThanOrEqual(LOG_RATE.perWindow);
  expect(lines.filter((line) => /\n\s+at /u.test(line))).toEqual([]);
  expect(sync.every((line) => / INFO \[console\] .*SyncRefusal 4400 invalid_content/u.test(line))).toBe(true);
});
