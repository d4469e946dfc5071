import { randomUUID } from 'node:crypto';
import { FEEDBACK_CHANGES, type FeedbackChange, type FeedbackChangeKind } from '../../../shared/feedback/feedbackChanges.ts';

/** What a page asking for changes is told: the changes after `since`, or `reset` when it must read everything again. */
export interface ChangesReply {
  epoch: string;
  seq: number;
  changes: FeedbackChange[];
  reset: boolean;
}

class WorkspaceChanges {
  seq = 0;
  recent: FeedbackChange[] = [];
  readonly waiters = new Set<() => void>();
}

/**
 * The feedback changes of each workspace on this server, in memory, numbered from this server's
 * start (`epoch`): handlers record a change once it is committed, and a page's long-polling
 * request (`feedback.changes`) is answered as soon as there is one after what it saw. A page
 * that asks with another epoch (the server restarted) or with a number older than what is kept
 * is told to `reset`, and reads everything again: nothing is ever missed, only re-read.
 */
export class FeedbackEvents {
  readonly epoch = randomUUID();
  private readonly workspaces = new Map<string, WorkspaceChanges>();

  private of(workspaceId: string): WorkspaceChanges {
    let changes = this.workspaces.get(workspaceId);
    if (!changes) this.workspaces.set(workspaceId, (changes = new WorkspaceChanges()));
    return changes;
  }

  changed(workspaceId: string, kind: FeedbackChangeKind, itemIds: readonly string[], actor: string): void {
    const w = this.of(workspaceId);
    const many = itemIds.length > FEEDBACK_CHANGES.itemIds;
    w.recent.push({ seq: ++w.seq, kind, itemIds: many ? [] : [...itemIds], many, actor });
    if (w.recent.length > FEEDBACK_CHANGES.kept) w.recent.splice(0, w.recent.length - FEEDBACK_CHANGES.kept);
    const waiting = [...w.waiters];
    w.waiters.clear();
    for (const wake of waiting) wake();
  }

  private reply(workspaceId: string, epoch: string | null, since: number): ChangesReply | null {
    const w = this.of(workspaceId);
    if (epoch !== this.epoch || since > w.seq) return { epoch: this.epoch, seq: w.seq, changes: [], reset: true };
    if (since === w.seq) return null;
    const oldest = w.recent[0]?.seq ?? w.seq + 1;
    if (since + 1 < oldest) return { epoch: this.epoch, seq: w.seq, changes: [], reset: true };
    return { epoch: this.epoch, seq: w.seq, changes: w.recent.filter((c) => c.seq > since), reset: false };
  }

  /** The changes after `since`, at once when there are some, else once one comes or `waitMs` has passed (then none). */
  async since(workspaceId: string, epoch: string | null, since: number, waitMs: number = FEEDBACK_CHANGES.waitMs): Promise<ChangesReply> {
    const now = this.reply(workspaceId, epoch, since);
    if (now) return now;
    const w = this.of(workspaceId);
    if (w.waiters.size >= FEEDBACK_CHANGES.waiters) return { epoch: this.epoch, seq: w.seq, changes: [], reset: false };
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      // Unref'd: a request left waiting never keeps a closing server's process alive.
      const timer = setTimeout(() => {
        w.waiters.delete(wake);
        resolve();
      }, waitMs);
      timer.unref();
      w.waiters.add(wake);
    });
    return this.reply(workspaceId, epoch, since) ?? { epoch: this.epoch, seq: w.seq, changes: [], reset: false };
  }
}

const perServer = new WeakMap<object, FeedbackEvents>();

/** The feedback changes of one server, keyed by its `Workspaces` (one per server). */
export function feedbackEventsOf(workspaces: object): FeedbackEvents {
  let events = perServer.get(workspaces);
  if (!events) perServer.set(workspaces, (events = new FeedbackEvents()));
  return events;
}
