import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LINKS_FILE = 'linked-workspaces.json';

/**
 * Workspace files opened from elsewhere on this machine (desktop "Mở tệp không gian làm
 * việc…"): id → absolute path, kept in the data folder so they stay in the list. The file is
 * replaced atomically (write then rename), so a crash never leaves it half written.
 */
export class WorkspaceLinks {
  private readonly file: string;
  private links: Record<string, string>;

  constructor(dataDir: string) {
    this.file = join(dataDir, LINKS_FILE);
    this.links = existsSync(this.file) ? parseLinks(readFileSync(this.file, 'utf8')) : {};
  }

  ids(): string[] {
    return Object.keys(this.links);
  }

  pathOf(id: string): string | undefined {
    return Object.hasOwn(this.links, id) ? this.links[id] : undefined;
  }

  idOf(path: string): string | undefined {
    return Object.entries(this.links).find(([, p]) => p === path)?.[0];
  }

  add(id: string, path: string): void {
    this.links = { ...this.links, [id]: path };
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.links, null, 2));
    renameSync(temp, this.file);
  }
}

/** A links file that is not what we wrote is ignored rather than trusted. */
function parseLinks(text: string): Record<string, string> {
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter(([, p]) => typeof p === 'string')) as Record<string, string>;
  } catch {
    return {};
  }
}
