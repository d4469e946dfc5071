import { AppError, type ErrorCode } from '../../../shared/errors.ts';
import type { TeamFailure } from '../../../shared/teamConnect/teamFailure.ts';

/**
 * A failure to talk to a team server (no answer, a refused connection, a certificate the
 * system does not trust…): an AppError whose `failure` says which kind, so the IPC reply carries
 * it and the dialog words it in its own language; `message` stays the desktop's Vietnamese
 * sentence (logs, tests of the service), `detail` Node's own text, for support only.
 */
export class TeamConnectFailure extends AppError {
  readonly failure: TeamFailure;
  /** "host:port" as typed, for the sentence. */
  readonly host: string;

  constructor(failure: TeamFailure, host: string, code: ErrorCode, message: string, detail?: string) {
    super(code, message, { detail });
    this.failure = failure;
    this.host = host;
  }
}
