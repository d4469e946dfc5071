/**
 * Marks a failure the server means — a refusal with a code (a sync message refused, a socket
 * closed with a reason), not a bug — so that the logger writes it as one short line at level
 * info, never with a stack, whoever logs it. Hocuspocus logs every exception a hook throws with
 * `console.error(…, error)`, stack included: about ten lines for each refused message, which a
 * client could repeat to flood the log.
 */
export const EXPECTED_FAILURE = Symbol.for('vankien.expectedFailure');

export interface ExpectedFailure {
  /** The one line that stands for it in a log entry. */
  readonly [EXPECTED_FAILURE]: string;
}

/** The one-line text of an expected failure, or null for anything else. */
export function expectedFailureText(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !(EXPECTED_FAILURE in value)) return null;
  return String((value as ExpectedFailure)[EXPECTED_FAILURE]);
}
