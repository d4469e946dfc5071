import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tempDir } from './tempDir.ts';

const SCRIPT = fileURLToPath(new URL('./libreOffice.py', import.meta.url));
/** Debian's Python, the one python3-uno is installed for (a pyenv python on PATH has no uno). */
const PYTHON = '/usr/bin/python3';
const SOFFICE = '/usr/lib/libreoffice/program/soffice';

export type OfficeFilter = 'MS Word 2007 XML' | 'writer_pdf_Export';

export interface ConvertOptions {
  filter: OfficeFilter;
  /** Accept or reject every tracked change before saving. */
  review?: 'accept' | 'reject' | 'none';
  /** For a .txt: LibreOffice's import filter and its options ("Text (encoded)", "UTF8"). */
  inputFilter?: string;
  inputOptions?: string;
  /** Bound on this request, instead of the one given at start. */
  timeoutMs?: number;
}

/** One headless LibreOffice 7.4 driven through Python-UNO (tests/helpers/libreOffice.py). */
export interface LibreOffice {
  /** Opens `input`, reviews its tracked changes if asked, saves it as `output`; resolves with the tracked changes left. */
  convert(input: string, output: string, options: ConvertOptions): Promise<{ redlines: number }>;
  /** Ends that LibreOffice and removes its profile. */
  close(): Promise<void>;
  /** The process group of this LibreOffice (for tests that check nothing outlives close). */
  readonly group: number;
}

interface Reply {
  id: number;
  ok: boolean;
  error?: string;
  redlines?: number;
}

/**
 * Starts LibreOffice once (for one test file) in a fresh profile (`-env:UserInstallation`), with a
 * bound on every request: past `timeoutMs` the whole process group this helper started (python,
 * soffice, oosplash, soffice.bin; started detached, so it is a group of its own) is killed and the
 * request fails. Nothing else is ever signalled. Fails at once, saying what to install, when
 * Debian's libreoffice-writer and python3-uno are missing (`.ci/run` installs them).
 */
export async function startLibreOffice({ timeoutMs = 60_000 } = {}): Promise<LibreOffice> {
  if (!existsSync(SOFFICE) || !existsSync(PYTHON)) {
    throw new Error('LibreOffice is not installed: apt-get install libreoffice-writer python3-uno (see .ci/run)');
  }
  const profile = tempDir('vankien-lo-');
  const child = spawn(PYTHON, [SCRIPT, profile.path, `vankien_lo_${process.pid}_${randomBytes(4).toString('hex')}`], { detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  // Writing to a helper that was just killed fails with EPIPE; its exit already failed what was pending.
  child.stdin.on('error', () => undefined);
  const pending = new Map<number, { resolve(r: Reply): void; reject(e: Error): void }>();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new Error(`${why}\n${stderr}`));
    pending.clear();
  };
  child.once('exit', (code, signal) => failAll(`LibreOffice helper ended (code ${code}, signal ${signal})`));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const reply = JSON.parse(line) as Reply;
    pending.get(reply.id)?.resolve(reply);
    pending.delete(reply.id);
  });
  let killed = false;
  const killGroup = () => {
    killed = true;
    // Only while the group is ours: the helper is alive, or some process of its group is.
    if (child.exitCode !== null || child.signalCode !== null) {
      if (!groupAlive(child.pid!)) return;
    }
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group has just ended
    }
  };
  let next = 1;
  const request = (body: Record<string, unknown>, id = next++, bound = timeoutMs): Promise<Reply> =>
    new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        killGroup();
        reject(new Error(`LibreOffice did not answer ${JSON.stringify(body)} within ${bound} ms\n${stderr}`));
      }, bound);
      pending.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      if (id !== 0) child.stdin.write(`${JSON.stringify({ id, ...body })}\n`);
    });
  try {
    await request({}, 0); // the script's "ready" line
  } catch (error) {
    killGroup();
    await exited;
    profile.remove();
    throw error;
  }
  return {
    group: child.pid!,
    async convert(input, output, { timeoutMs: bound, ...options }) {
      const reply = await request({ op: 'convert', input, output, review: 'none', ...options }, next++, bound ?? timeoutMs);
      if (!reply.ok) throw new Error(`LibreOffice could not convert ${input}: ${reply.error}`);
      return { redlines: reply.redlines ?? 0 };
    },
    async close() {
      if (killed) await exited;
      else await closeHelper(child, request, killGroup, exited);
      await groupGone(child.pid!);
      profile.remove();
    },
  };
}

async function closeHelper(child: ChildProcessWithoutNullStreams, request: (b: Record<string, unknown>) => Promise<Reply>, killGroup: () => void, exited: Promise<void>) {
  if (child.exitCode === null && child.signalCode === null) {
    await request({ op: 'quit' }).catch(() => undefined);
    child.stdin.end();
    const grace = setTimeout(killGroup, 15_000);
    await exited;
    clearTimeout(grace);
  }
}

/**
 * soffice.bin may outlive the script by a moment. While any member lives the group id stays ours
 * (it cannot be reused), so it is polled and, past a bound, ended.
 */
async function groupGone(group: number): Promise<void> {
  for (let waited = 0; groupAlive(group); waited += 100) {
    if (waited >= 5_000) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        return; // ended meanwhile
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether any process of the group led by `pid` is still alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
