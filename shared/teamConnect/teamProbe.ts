/**
 * What crosses the desktop's IPC for "Kết nối máy chủ nhóm…" (preload ↔ main), as plain data:
 * the renderer's dialog shows it, main/services/teamConnect makes it. Never a PEM or a password.
 */
import type { TeamFailure } from './teamFailure.ts';

/** The certificate a team server presented, as the person checks it. */
export interface CertificateSummary {
  /** SHA-256 of the DER, "AB:CD:…" (what `openssl x509 -fingerprint -sha256` prints). */
  fingerprint256: string;
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
}

/**
 * The answer to `team.probe(url)`: `ready` (http on loopback, a certificate the system trusts, or
 * the pinned one), `confirm` (unknown certificate: show its fingerprint, pin only on a yes), or
 * `changed` (a pin exists and the server presents another one: refuse).
 */
export type TeamProbe =
  | { kind: 'ready'; origin: string; reason: 'http' | 'system' | 'pinned' }
  | { kind: 'confirm'; origin: string; certificate: CertificateSummary }
  | { kind: 'changed'; origin: string; pinned: string; presented: string; message: string };

/** A server whose certificate the person trusted (pinned), as the dialog lists it. Never its PEM. */
export interface PinnedServer {
  origin: string;
  fingerprint256: string;
  subject: string;
  /** ISO time of the "Tin cậy". */
  pinnedAt: string;
}

/**
 * How "Ngắt kết nối máy chủ nhóm" ended: the connection to `origin` is forgotten on this machine
 * either way; `loggedOut` says whether the server also ended the session (else it stays valid
 * there until it expires, and `failure`/`host` say why, when the server could not be reached).
 */
export interface TeamLeft {
  origin: string;
  loggedOut: boolean;
  failure?: TeamFailure;
  host?: string;
}

/**
 * Every team.* IPC answers this way, so a refusal keeps its stable code across the boundary. A
 * failure to reach the server also says its kind (`failure`) and the host, which the dialog
 * words in its own language; `message` is then the desktop's Vietnamese sentence.
 */
export type TeamReply<T> = { result: T } | { error: { code: string; message: string; failure?: TeamFailure; host?: string } };
