const MAX_LOG_CHARS = 2000;

/**
 * Logs a failure of the server itself (a bug, not a client's mistake) on stderr: its stack,
 * cut to 2,000 characters, with the access key blanked out. Callers never pass a URL or a
 * header, so no address and no cookie reaches the log.
 */
export function logServerError(where: string, error: unknown, secret: string): void {
  console.error(`[${where}] ${serverErrorLine(error, secret)}`);
}

export function serverErrorLine(error: unknown, secret: string): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  const blanked = secret ? text.split(secret).join('‹khoá›') : text;
  return blanked.length > MAX_LOG_CHARS ? `${blanked.slice(0, MAX_LOG_CHARS)}…` : blanked;
}
