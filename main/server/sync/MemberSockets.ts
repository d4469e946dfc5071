import type { WebSocket } from 'ws';
import { CLOSE } from '../../../shared/rpc/closeCodes.ts';
import type { AccountEvent } from '../../services/accounts/Accounts.ts';
import type { Caller } from '../../services/accounts/Caller.ts';
import { closeSocket, SyncRefusal } from './SyncRefusal.ts';

/**
 * The open sync sockets of each team member (by user id, with the session each came with). A
 * change of rights closes every socket of that person with `rightsChanged`, and the client
 * reconnects with the new ones; a session that ended closes its sockets (or all of the person's,
 * for a disabled account) with `sessionEnded`. The local owner's sockets are not kept.
 */
export class MemberSockets {
  private readonly byUser = new Map<string, Map<WebSocket, string>>();

  add(socket: WebSocket, caller: Caller): void {
    if (caller.kind !== 'member') return;
    let sockets = this.byUser.get(caller.userId);
    if (!sockets) this.byUser.set(caller.userId, (sockets = new Map()));
    sockets.set(socket, caller.sessionHash);
  }

  remove(socket: WebSocket, caller: Caller): void {
    if (caller.kind !== 'member') return;
    const sockets = this.byUser.get(caller.userId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.byUser.delete(caller.userId);
  }

  /** How many sockets the person has open (tests, the admin screen). */
  count(userId: string): number {
    return this.byUser.get(userId)?.size ?? 0;
  }

  /**
   * Asks `keepAlive` about the session of every open socket (which keeps it from going idle) and
   * closes, with `sessionEnded`, the sockets whose session has ended: expired at its absolute
   * limit, or removed. Each session is asked once.
   */
  sweep(keepAlive: (sessionHash: string) => boolean): void {
    const verdicts = new Map<string, boolean>();
    for (const sockets of this.byUser.values()) {
      for (const [socket, session] of sockets) {
        if (!verdicts.has(session)) verdicts.set(session, keepAlive(session));
        if (!verdicts.get(session)) closeSocket(socket, new SyncRefusal(CLOSE.sessionEnded, 'expired'));
      }
    }
  }

  /** Closes what `event` concerns, with its close code. */
  apply(event: AccountEvent): void {
    const spec = event.kind === 'rights' ? CLOSE.rightsChanged : CLOSE.sessionEnded;
    for (const [socket, session] of this.byUser.get(event.userId) ?? []) {
      if (event.kind === 'ended' && event.sessionHash !== undefined && event.sessionHash !== session) continue;
      closeSocket(socket, new SyncRefusal(spec));
    }
  }
}
