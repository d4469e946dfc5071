import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { displayName, initials, initialsOf } from '../../../shared/rpc/accountFields.ts';
import type { Person } from '../../../shared/presence/PresenceUser.ts';
import { writeFileAtomically } from '../../storage/writeFileAtomically.ts';
import { osFullName } from './osFullName.ts';

/** The file in a data folder naming its local owner (local mode: the desktop app, `serve` without --team). */
export const IDENTITY_FILE = 'identity.json';

const stored = z.object({ displayName, initials });

/**
 * Who the one person of a local server is: the name and initials they set (kept in the data
 * folder, so the desktop profile's folder and a `serve` folder each have theirs), by default the
 * operating system account's full name. A missing or unreadable file gives the default; it is
 * never an error (the person can still work, and setting a name writes a good file).
 */
export class LocalIdentity {
  private readonly path: string;
  private readonly fallbackName: () => string;
  private cached: Person | null = null;

  constructor(dataDir: string, fallbackName: () => string = osFullName) {
    this.path = join(dataDir, IDENTITY_FILE);
    this.fallbackName = fallbackName;
  }

  get(): Person {
    if (this.cached) return this.cached;
    let person: Person | null = null;
    try {
      const parsed = stored.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (parsed.success) person = parsed.data;
    } catch {
      // missing or not JSON: the default
    }
    this.cached = person ?? defaultPerson(this.fallbackName());
    return this.cached;
  }

  /** Stores the name (and initials, derived when absent), written to a temporary file and renamed: never half a file. */
  set(next: { displayName: string; initials?: string }): Person {
    const person: Person = { displayName: next.displayName, initials: next.initials || initialsOf(next.displayName) };
    writeFileAtomically(this.path, `${JSON.stringify(person)}\n`);
    this.cached = person;
    return person;
  }
}

function defaultPerson(name: string): Person {
  const parsed = displayName.safeParse(name);
  const chosen = parsed.success ? parsed.data : 'Người soạn';
  return { displayName: chosen, initials: initialsOf(chosen) };
}
