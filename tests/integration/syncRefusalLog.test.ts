import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, expect, it } from 'vitest';
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

/** An update holding only a deletion of a change the document never had: refused with missing_dependencies. */
function incomplete(): Uint8Array {
  const e = encoding.createEncoder();
  for (const n of [0, 1, 987_654_321, 1, 0, 1]) encoding.writeVarUint(e, n);
  return encoding.toUint8Array(e);
}

it('logs each refused sync message as one line without a stack, and no more than the rate allows', async () => {
  const { workspace } = await env.call('workspace.create', { name: 'Nhật ký' });
  const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'other', title: 'Lũ' });
  const name = syncDocumentName(workspace.id, document.id);
  const refusals = LOG_RATE.perWindow + 30;
  for (let i = 0; i < refusals; i++) {
    const raw = await openRawSync(env.server.url, env.server.secret);
    raw.send(authMessage(name));
    raw.send(updateMessage(name, incomplete()));
    expect((await raw.closed).code).toBe(CLOSE.missingDependencies.code);
  }
  // Each used to be about ten lines: "[beforeSync] …" twice, then the error with its stack.
  const sync = lines.filter((line) => line.includes('missing_dependencies'));
  expect(sync.length).toBeGreaterThan(0);
  expect(lines.length).toBeLessThanOrEqual(LOG_RATE.perWindow);
  expect(lines.filter((line) => /\n\s+at /u.test(line))).toEqual([]);
  expect(sync.every((line) => / INFO \[console\] .*SyncRefusal 4428 missing_dependencies/u.test(line))).toBe(true);
});
