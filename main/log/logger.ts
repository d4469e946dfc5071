/**
 * The one logger of the server and the CLI. Every entry goes through formatLogLine (cut to
 * 2,000 characters, secrets hidden, one entry per line) to the sink, stderr by default.
 * `routeConsole()` sends console.* there too, for the libraries that log on their own
 * (Hocuspocus writes console.error and console.warn); the entry points of server processes call it.
 */
import { formatLogLine, type LogLevel } from './formatLogLine.ts';

type Sink = (line: string) => void;

const secrets: string[] = [];
let sink: Sink = (line) => void process.stderr.write(`${line}\n`);

function write(level: LogLevel, scope: string, parts: unknown[]): void {
  try {
    sink(formatLogLine(level, scope, parts, secrets));
  } catch {
    // A log that cannot be written must not become the failure of what was being logged.
  }
}

export const log = {
  error: (scope: string, ...parts: unknown[]) => write('error', scope, parts),
  warn: (scope: string, ...parts: unknown[]) => write('warn', scope, parts),
  info: (scope: string, ...parts: unknown[]) => write('info', scope, parts),
};

/** A value no entry may show (the server's access key), wherever it would appear. */
export function registerSecret(secret: string): void {
  if (!secrets.includes(secret)) secrets.push(secret);
}

/** Where entries go; returns the previous sink (tests capture entries and put it back). */
export function setLogSink(next: Sink): Sink {
  const previous = sink;
  sink = next;
  return previous;
}

/** Sends console.error/warn/log/info/debug through the logger (scope "console"). */
export function routeConsole(): void {
  console.error = (...parts: unknown[]) => log.error('console', ...parts);
  console.warn = (...parts: unknown[]) => log.warn('console', ...parts);
  console.log = console.info = console.debug = (...parts: unknown[]) => log.info('console', ...parts);
}
