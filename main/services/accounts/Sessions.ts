import type { AccountStore, UserRecord } from '../../storage/AccountStore.ts';
import { storageFaultOf } from '../../storage/storageFault.ts';
import type { Member } from './Caller.ts';
import { isSessionIdShape, newSessionId, sessionHash } from './sessionIds.ts';

/** How long a session lasts: unused for `idleMs`, or `absoluteMs` after its login; a replaced id lives `graceMs` more. */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
  graceMs: number;
}

/** A working day unused ends it; a week ends it whatever; requests already under way when an id is replaced get a minute. */
export const SESSION_LIMITS: SessionLimits = { idleMs: 12 * 3600_000, absoluteMs: 7 * 24 * 3600_000, graceMs: 60_000 };

/**
 * last_seen_at is written at most this often per session (every request would be a write), and
 * at least every quarter of the idle limit, so a session in use is never taken for an idle one.
 */
const TOUCH_EVERY_MS = 60_000;

/** How long writes a request does not depend on are skipped after the account file refused one. */
const SKIP_AFTER_FAULT_MS = 5000;

/** A session found for a request: who, and the new id to hand the client when this one was rotated. */
export interface SessionFound {
  member: Member;
  newId?: string;
}

/**
 * Team-server sessions on the account store: a new id at every login, idle and absolute expiry,
 * a new id at the next request after a role change (the old one stays valid `graceMs`, then
 * never again), and ending them (logout, an account disabled or its password reset).
 */
export class Sessions {
  private readonly store: AccountStore;
  private readonly limits: SessionLimits;
  private readonly now: () => number;
  /** Until when writes a request does not depend on are skipped (the account file just refused one). */
  private skipUntil = 0;

  constructor(store: AccountStore, limits: SessionLimits, now: () => number) {
    this.store = store;
    this.limits = limits;
    this.now = now;
  }

  /** A new session for the user: its id (the cookie's value, of which only a hash is kept) and who. */
  start(user: UserRecord): { sessionId: string; member: Member } {
    const id = newSessionId();
    const hash = sessionHash(id);
    this.store.insertSession(hash, user.id, this.now());
    return { sessionId: id, member: this.memberOf(user, hash) };
  }

  memberOf(user: UserRecord, hash: string): Member {
    return { kind: 'member', userId: user.id, name: user.name, displayName: user.displayName, initials: user.initials, grants: this.store.grantsOf(user.id), sessionHash: hash };
  }

  /**
   * The member a session id stands for, or null (unknown, expired, replaced long enough ago, a
   * disabled account). With `rotate`, a session marked for a new id gets one (HTTP requests can
   * set the cookie; socket upgrades cannot, and pass false).
   */
  find(id: string, rotate: boolean): SessionFound | null {
    if (!isSessionIdShape(id)) return null;
    const hash = sessionHash(id);
    const session = this.store.session(hash);
    if (!session) return null;
    const now = this.now();
    const expired = now - session.createdAt > this.limits.absoluteMs || now - session.lastSeenAt > this.limits.idleMs;
    const stale = session.replacedAt !== null && now - session.replacedAt > this.limits.graceMs;
    const user = this.store.userById(session.userId);
    if (expired || stale || !user || user.disabled) {
      this.bestEffort(() => this.store.deleteSession(hash)); // refused either way; else the sweep removes it
      return null;
    }
    if (rotate && session.rotate) {
      const newId = newSessionId();
      const current = sessionHash(newId);
      const rotated = this.bestEffort(() =>
        this.store.transaction(() => {
          this.store.insertSession(current, user.id, now, session.createdAt);
          this.store.markReplaced(hash, now);
        }),
      );
      // Not rotated (the file is locked): the old id goes on, still marked, and rotates at a later request.
      if (rotated) return { member: this.memberOf(user, current), newId };
    } else if (now - session.lastSeenAt >= Math.min(TOUCH_EVERY_MS, this.limits.idleMs / 4)) this.bestEffort(() => this.store.touchSession(hash, now));
    return { member: this.memberOf(user, hash) };
  }

  /** Ends one session (logout); its hash, for closing its sockets, or null when it was not one. */
  end(id: string): string | null {
    if (!isSessionIdShape(id)) return null;
    const hash = sessionHash(id);
    const known = this.store.session(hash) !== null;
    this.store.deleteSession(hash);
    return known ? hash : null;
  }

  /**
   * Called for each session with an open sync socket: an open socket is use (an editor may type
   * all day without one RPC call), so it counts against the idle limit. False when the session
   * has ended meanwhile (absolute limit, deleted, the account disabled). A socket opened with an
   * id since replaced (a role change) lives on as the session does: the page holds the new id.
   */
  keepAlive(hash: string): boolean {
    const session = this.store.session(hash);
    const now = this.now();
    if (!session || now - session.createdAt > this.limits.absoluteMs || now - session.lastSeenAt > this.limits.idleMs) return false;
    const user = this.store.userById(session.userId);
    if (!user || user.disabled) return false;
    this.store.touchSession(hash, now);
    return true;
  }

  /**
   * Runs a write a request does not depend on (last_seen_at, removing an expired session, a
   * rotation): when the account file cannot take it (another program holds its lock, a full
   * disk) the request goes on and the write is tried at a later request. After a failure such
   * writes are skipped for SKIP_AFTER_FAULT_MS: each would wait out the busy timeout, which blocks
   * the server. False when it was not written.
   */
  private bestEffort(write: () => void): boolean {
    if (this.now() < this.skipUntil) return false;
    try {
      write();
      return true;
    } catch (error) {
      if (storageFaultOf(error) === null) throw error;
      this.skipUntil = this.now() + SKIP_AFTER_FAULT_MS;
      return false;
    }
  }

  /** Removes sessions that can no longer be used (idle past the limit), so the table does not grow. */
  sweep(): void {
    this.store.deleteSessionsIdleSince(this.now() - this.limits.idleMs);
  }
}
