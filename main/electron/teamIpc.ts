import { z } from 'zod';
import { isAppError } from '../../shared/errors.ts';
import { loginInput } from '../../shared/rpc/loginRequests.ts';
import type { TEAM_CHANNELS } from '../../shared/teamConnect/teamChannels.ts';
import type { TeamReply } from '../../shared/teamConnect/teamProbe.ts';
import { parseInput, validationMessage } from '../server/rpc/validationMessage.ts';
import { TeamConnectFailure } from '../services/teamConnect/TeamConnectFailure.ts';
import type { SessionCookieStore, TeamConnection } from '../services/teamConnect/TeamConnection.ts';
import { senderAllowed } from './policy.ts';

const address = z.string().trim().min(1, 'Hãy nhập địa chỉ máy chủ nhóm.').max(2000, 'Địa chỉ máy chủ quá dài.');
const PAYLOADS = {
  probe: z.strictObject({ url: address }),
  trust: z.strictObject({ url: address, fingerprint256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'Vân tay SHA-256 phải là 32 cặp chữ số hex, cách nhau bằng dấu hai chấm.') }),
  // The server's own rules for a name and password (shared/rpc/loginRequests), checked before anything is sent.
  signIn: z.strictObject({ url: address, name: loginInput.shape.name, password: loginInput.shape.password }),
  disconnect: z.strictObject({}),
  pinned: z.strictObject({}),
  forget: z.strictObject({ url: address }),
};

/** The part of an IPC event the handlers read: which frame sent it. */
export interface TeamIpcEvent {
  senderFrame?: { url: string } | null;
}

export interface TeamIpcDeps {
  connection: TeamConnection;
  /** The desktop's own workspace server; only its pages may use these channels. */
  localUrl: string;
  /** Loads `url` in the main window (after the reply: the asking page goes away); failures are its own to report. */
  load(url: string): void;
  /** Puts a team server's session cookie ("vk_session_<id>=…") in the window's cookie store for `origin`, before the window loads it. */
  useSession(origin: string, cookie: string): Promise<void>;
  /** The same store, read and cleared when leaving the team server (TeamConnection.leave). */
  sessions: SessionCookieStore;
}

type Handler = (event: TeamIpcEvent, payload: unknown) => Promise<TeamReply<unknown>>;

/**
 * The team.* IPC handlers as plain functions: a frame outside the local server's origin is
 * refused (thrown, as every IPC of the app), a payload is checked by zod before anything runs,
 * and an expected failure is answered as `{error: {code, message}}` so its code survives IPC.
 * Nothing here logs a payload: `signIn`'s carries a password.
 */
export function teamIpcHandlers({ connection, localUrl, load, useSession, sessions }: TeamIpcDeps): Record<keyof typeof TEAM_CHANNELS, Handler> {
  const handler = <K extends keyof typeof PAYLOADS>(kind: K, run: (input: z.output<(typeof PAYLOADS)[K]>) => Promise<unknown>): Handler =>
    async (event, payload) => {
      if (!senderAllowed(event.senderFrame?.url, localUrl)) throw new Error('IPC from an untrusted frame refused');
      const parsed = parseInput(PAYLOADS[kind], payload);
      if (!parsed.success) return { error: { code: 'bad_request', message: validationMessage(parsed.error) } };
      try {
        return { result: await run(parsed.data as z.output<(typeof PAYLOADS)[K]>) };
      } catch (error) {
        if (error instanceof TeamConnectFailure) return { error: { code: error.code, message: error.message, failure: error.failure, host: error.host } };
        if (isAppError(error)) return { error: { code: error.code, message: error.message } };
        throw error;
      }
    };
  return {
    probe: handler('probe', ({ url }) => connection.probe(url)),
    trust: handler('trust', ({ url, fingerprint256 }) => connection.trust(url, fingerprint256)),
    // The password goes to TeamConnection and no further; the cookie to the window's store, never back to the page.
    signIn: handler('signIn', async ({ url, name, password }) => {
      const { origin, cookie, displayName } = await connection.signIn(url, name, password);
      await useSession(origin, cookie);
      setTimeout(() => load(`${origin}/`), 0);
      return { origin, displayName };
    }),
    pinned: handler('pinned', async () => connection.pinned()),
    forget: handler('forget', async ({ url }) => connection.forget(url)),
    // Logs out on the server first (TeamConnection.leave), then the window goes back to local.
    disconnect: handler('disconnect', async () => {
      const left = await connection.leave(sessions);
      setTimeout(() => load(`${localUrl}/`), 0);
      return left;
    }),
  };
}
