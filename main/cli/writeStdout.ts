import { fstatSync, writeSync } from 'node:fs';

/**
 * Whether standard output is written with writeSync, without process.stdout: decided at the first
 * write, and false for good once the stream is in use, so that what is written stays in order.
 */
let direct: boolean | undefined;

/**
 * Writes `text` to standard output, all of it before returning, as process.stdout does for files
 * and pipes. For a file, pipe or socket it writes the bytes itself: making process.stdout for a
 * pipe loads Node's net and stream modules, about 4 ms of a command that prints once
 * (`vankien compare … --json | jq`, or a script reading the output). A terminal gets the stream,
 * which writes the text the way the terminal wants it (on Windows, as UTF-16), and so does a
 * non-blocking pipe that is full. A reader that has gone (`vankien outline x | head`) is not an
 * error: the command ends there, as it would after writing everything.
 */
export function writeStdout(text: string): void {
  direct ??= writesBytes();
  if (!direct) {
    stdoutStream().write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(1, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw error;
      direct = false; // the stream waits until the pipe has room
      stdoutStream().write(bytes.subarray(written));
      return;
    }
  }
}

let handled = false;

/** process.stdout, ending the command quietly when its reader has gone (EPIPE). */
export function stdoutStream(): NodeJS.WriteStream {
  direct = false;
  if (!handled) {
    handled = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  return process.stdout;
}

function writesBytes(): boolean {
  try {
    const stat = fstatSync(1);
    return stat.isFile() || stat.isFIFO() || stat.isSocket();
  } catch {
    return false; // no standard output to look at: the stream says what happens
  }
}
