/**
 * One process of a load run spread over processes (collabLoadProcesses.ts): it runs the editing
 * clients it is given, as loadClient makes them, and talks to the process that started it over
 * Node's IPC channel. It reports `ready` once its clients are synced, answers `clock` with its
 * clock (the shared one, see `wallClock`), types one token per client at each of the rounds
 * `start` names (an absolute schedule on that clock; warm-up rounds first, before `start.at`,
 * with warm-up tokens), and reports `done` with when each of its tokens was typed, when each of the others' tokens arrived (when it measures), and what every
 * one of its clients holds once they all hold every edit. It exits on `stop`.
 */
import { createHash } from 'node:crypto';
import { converged, loadClient, onArrivals, tokenCounts, typeRound, warmupToken } from './collabLoad.ts';
import { plainText } from './yContent.ts';
import type { LoadProcessConfig, ToLoadProcess } from './loadProcessMessages.ts';
import { wallClock } from './wallClock.ts';

const config = JSON.parse(process.argv[2]) as LoadProcessConfig;
const send = (message: unknown) => process.send!(message);
const clients = config.ids.map((id) => loadClient(id, config.url, config.secret, config.workspaceId, config.documentId));
const sentAt = new Map<string, number>();
const arrivals: [string, number][] = [];
if (config.measures) for (const client of clients) onArrivals(client.ydoc, wallClock, (text, at) => arrivals.push([text, at]));

process.on('message', (message: ToLoadProcess) => {
  if (message.type === 'clock') send({ type: 'clock', at: wallClock() });
  else if (message.type === 'start') void run(message).catch(fail);
  else if (message.type === 'stop') {
    for (const client of clients) client.destroy();
    process.exit(0);
  }
});

await converged(clients, 0, 30_000).catch(fail);
send({ type: 'ready' });

let cpuAtStart: NodeJS.CpuUsage | undefined;

async function run({ at: startAt, warmupRounds, edits, intervalMs }: Extract<ToLoadProcess, { type: 'start' }>): Promise<void> {
  for (let round = -warmupRounds; round < edits; round++) {
    // Round r at startAt + r × interval, whatever the rounds before cost: the rate stays one edit per interval.
    const wait = startAt + round * intervalMs - wallClock();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (round === 0) cpuAtStart = process.cpuUsage();
    if (round < 0) typeRound(clients, warmupRounds + round, sentAt, wallClock, warmupToken);
    else typeRound(clients, round, sentAt, wallClock);
  }
  const typedAt = wallClock();
  await converged(clients, config.expected, 120_000);
  const convergedAt = wallClock();
  const cpu = process.cpuUsage(cpuAtStart);
  const held = clients.map((client) => {
    const text = plainText(client.ydoc);
    return { distinct: tokenCounts(text).size, textHash: createHash('sha256').update(text).digest('hex') };
  });
  send({ type: 'done', sent: [...sentAt], arrivals, typedAt, convergedAt, held, cpuMs: Math.round((cpu.user + cpu.system) / 1000) });
}

function fail(error: unknown): never {
  send({ type: 'failed', message: String((error as Error)?.stack ?? error) });
  process.exit(1);
}
