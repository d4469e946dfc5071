import { readdirSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { AppError, isAppError } from '../../../shared/errors.ts';
import type { WorkspaceSummary } from '../../../shared/rpc/workspaceContract.ts';
import { makeDataFolder } from '../../storage/dataFolder.ts';
import type { LockWait } from '../../storage/sqlite.ts';
import { WORKSPACE_EXTENSION } from '../../storage/workspaceFile.ts';
import { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { SummaryCache, summaryOf } from './SummaryCache.ts';
import { workspaceFileId } from '../../../shared/workspaces/workspaceFileId.ts';
import { workspaceNameProblem } from '../../../shared/workspaces/workspaceNameProblem.ts';
import { WorkspaceLinks } from './WorkspaceLinks.ts';

/**
 * The workspaces in one data folder: each `<id>.vkws` file is a workspace whose id is the file's
 * base name, plus workspace files elsewhere that were linked in (desktop only). Stores are opened
 * for work on first use (`store`) and kept open until `closeAll`. Listing and summaries only
 * read: a file not open for work is read through a read-only store, closed at once, and what it
 * gave (its summary, or why it cannot be opened) is remembered until the file changes, so a
 * listing neither migrates a file nor opens a damaged one again and again.
 */
export class Workspaces {
  readonly dataDir: string;
  private readonly open = new Map<string, WorkspaceStore>();
  /** Files that could not be opened at the last `list()`, with the reason, so the UI can say so. */
  readonly unreadable = new Map<string, AppError>();
  private readonly summaries = new SummaryCache();

  private readonly links: WorkspaceLinks;
  /** Lock wait of every store this opens; the server passes 0 (see setBusyTimeout). */
  private readonly lockWait: LockWait;

  constructor(dataDir: string, lockWait: LockWait = {}) {
    this.dataDir = dataDir;
    this.lockWait = lockWait;
    makeDataFolder(dataDir);
    this.links = new WorkspaceLinks(dataDir);
  }

  pathOf(id: string): string {
    return this.links.pathOf(id) ?? join(this.dataDir, id + WORKSPACE_EXTENSION);
  }

  /** The base names of the `.vkws` files in the data folder, whether or not they can be ids. */
  private fileNames(): string[] {
    return readdirSync(this.dataDir)
      .filter((f) => f.endsWith(WORKSPACE_EXTENSION))
      .map((f) => f.slice(0, -WORKSPACE_EXTENSION.length));
  }

  /** The workspaces of the data folder's files: those whose names are ids (workspaceNameProblem). */
  private fileIds(): string[] {
    return this.fileNames().filter((name) => workspaceNameProblem(name) === null);
  }

  /**
   * The workspaces, by id. A file whose name cannot be an id (a copy named "x (1)" is fine; a
   * name in NFD, over 80 characters or with other characters is not) and a file that cannot be
   * opened are in `unreadable` with what to do; they never stop the others being listed.
   */
  list(): WorkspaceSummary[] {
    const ids = [...new Set([...this.fileIds(), ...this.links.ids()])].sort();
    const summaries: WorkspaceSummary[] = [];
    this.unreadable.clear();
    for (const name of this.fileNames()) {
      const problem = workspaceNameProblem(name);
      if (problem) this.unreadable.set(name, new AppError('workspace_name_invalid', problem));
    }
    for (const id of ids) {
      const problem = workspaceNameProblem(id); // a hand-edited links file
      if (problem) {
        this.unreadable.set(id, new AppError('workspace_name_invalid', problem));
        continue;
      }
      try {
        summaries.push(this.summary(id));
      } catch (error) {
        if (!isAppError(error)) throw error;
        this.unreadable.set(id, error);
      }
    }
    return summaries;
  }

  create(name: string): WorkspaceSummary {
    const id = workspaceFileId(name, new Set([...this.fileNames(), ...this.links.ids()]));
    this.open.set(id, WorkspaceStore.create(this.pathOf(id), name, this.lockWait));
    return this.summary(id);
  }

  /**
   * Adds a workspace file from elsewhere to the list, where it stays; edits go to that file.
   * A corrupt or foreign file is refused and left untouched. Linking the same file again gives
   * the workspace it already is.
   */
  link(path: string): WorkspaceSummary {
    if (!isAbsolute(path) || !path.endsWith(WORKSPACE_EXTENSION)) {
      throw new AppError('bad_request', `Hãy chọn một tệp không gian làm việc ${WORKSPACE_EXTENSION} (đường dẫn đầy đủ).`);
    }
    const file = resolve(path);
    const known = this.links.idOf(file) ?? this.fileIds().find((id) => join(this.dataDir, id + WORKSPACE_EXTENSION) === file);
    if (known) return this.summary(known);
    const summary = this.summaries.summary(file); // refuses what cannot be opened; changes nothing
    const id = workspaceFileId(basename(file, WORKSPACE_EXTENSION), new Set([...this.fileNames(), ...this.links.ids()]));
    this.links.add(id, file);
    return { ...summary, id };
  }

  /** The open store of a workspace, opening it on first use. */
  store(id: string): WorkspaceStore {
    let store = this.open.get(id);
    if (!store) {
      store = WorkspaceStore.open(this.pathOf(id), this.lockWait);
      this.open.set(id, store);
    }
    return store;
  }

  /**
   * True when `id` is a workspace of this registry: a `.vkws` file directly in the data folder,
   * or a linked file. The sync socket resolves document names only through this, never as a path.
   */
  has(id: string): boolean {
    return this.links.pathOf(id) !== undefined || this.fileIds().includes(id);
  }

  /** The store of a workspace if it is open now; never opens one. */
  openStore(id: string): WorkspaceStore | undefined {
    return this.open.get(id);
  }

  /** A workspace's name and document count; reads without opening it for work. */
  summary(id: string): WorkspaceSummary {
    const store = this.open.get(id);
    return { ...(store ? summaryOf(store) : this.summaries.summary(this.pathOf(id))), id };
  }

  closeAll(): void {
    for (const store of this.open.values()) store.close();
    this.open.clear();
  }
}

