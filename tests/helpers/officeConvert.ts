/**
 * Converts files with a real office suite: LibreOffice, headless (`soffice --convert-to`), so
 * tests can import .docx files that an independent program wrote rather than our own builder.
 * Every call uses a fresh LibreOffice profile in its own temp folder, so parallel test files never
 * share one (LibreOffice refuses to start on a profile in use), and removes it afterwards.
 * Conversion takes a second or two per call: convert every file a test needs in one call, in
 * beforeAll. CI installs Debian's `libreoffice-writer` (see .ci/run); without `soffice` on the
 * PATH the call fails with a sentence saying so.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The formats tests convert to, with LibreOffice's export filter for each. */
const FILTERS = { docx: 'docx:MS Word 2007 XML', odt: 'odt', pdf: 'pdf', txt: 'txt:Text (encoded):UTF8' } as const;
export type OfficeFormat = keyof typeof FILTERS;

/** How long one conversion call may take before it is killed (LibreOffice's first start is the slow part). */
const TIMEOUT_MS = 120_000;

/** The soffice executable on the PATH, or null. */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Input files as a test makes them: a name (its extension tells LibreOffice what it is) and its content. */
export interface OfficeInput {
  name: string;
  content: Uint8Array | string;
}

/**
 * Each input converted to `format` by LibreOffice, keyed by input name. Text files are read as
 * UTF-8 whatever the machine's locale. Throws when soffice is missing, fails, or writes no file.
 */
export async function officeConvert(inputs: readonly OfficeInput[], format: OfficeFormat): Promise<Map<string, Uint8Array>> {
  const soffice = sofficePath();
  if (!soffice) {
    throw new Error('LibreOffice (soffice) is not on the PATH: these interop tests need Debian’s libreoffice-writer, which .ci/run installs (apt-get install libreoffice-writer).');
  }
  const work = mkdtempSync(join(tmpdir(), 'vankien-office-'));
  try {
    const source = join(work, 'in');
    const out = join(work, 'out');
    mkdirSync(source);
    for (const input of inputs) writeFileSync(join(source, input.name), input.content);
    // Text goes through its own filter so the encoding is not guessed from the locale.
    const groups = [inputs.filter((i) => extname(i.name) === '.txt'), inputs.filter((i) => extname(i.name) !== '.txt')];
    for (const [index, group] of groups.entries()) {
      if (group.length === 0) continue;
      const args = [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        ...(index === 0 ? ['--infilter=Text (encoded):UTF8,LF,,,'] : []),
        '--convert-to',
        FILTERS[format],
        '--outdir',
        out,
        ...group.map((i) => join(source, i.name)),
      ];
      await run(soffice, args);
    }
    const results = new Map<string, Uint8Array>();
    for (const input of inputs) {
      const path = join(out, `${input.name.slice(0, input.name.length - extname(input.name).length)}.${format}`);
      if (!existsSync(path)) throw new Error(`LibreOffice wrote no ${format} for ${input.name}.`);
      results.set(input.name, new Uint8Array(readFileSync(path)));
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs soffice in its own process group, so a timeout kills soffice.bin too, not only the launcher script. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`soffice could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`soffice failed (${signal ? `killed by ${signal}` : `exit ${code}`}): ${stderr.trim()}`));
    });
  });
}
