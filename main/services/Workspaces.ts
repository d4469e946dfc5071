import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type AppError, isAppError } from '../../shared/errors.ts';
import type { WorkspaceSummary } from '../../shared/rpc/workspaceContract.ts';
import { WORKSPACE_EXTENSION } from '../storage/workspaceFile.ts';
import { WorkspaceStore } from '../storage/WorkspaceStore.ts';
import { workspaceFileId } from './workspaceFileId.ts';

/**
 * The workspaces in one data folder: each `<id>.vkws` file is a workspace whose id is the file's
 * base name. Stores are opened on first use and kept open until `closeAll`.
 */
export class Workspaces {
  readonly dataDir: string;
  private readonly open = new Map<string, WorkspaceStore>();
  /** Files that could not be opened at the last `list()`, with the reason, so the UI can say so. */
  readonly unreadable = new Map<string, AppError>();

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    mkdirSync(dataDir, { recursive: true });
  }

  pathOf(id: string): string {
    return join(this.dataDir, id + WORKSPACE_EXTENSION);
  }

  list(): WorkspaceSummary[] {
    const ids = readdirSync(this.dataDir)
      .filter((f) => f.endsWith(WORKSPACE_EXTENSION))
      .map((f) => f.slice(0, -WORKSPACE_EXTENSION.length))
      .sort();
    const summaries: WorkspaceSummary[] = [];
    this.unreadable.clear();
    for (const id of ids) {
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
    const taken = new Set(readdirSync(this.dataDir).map((f) => f.slice(0, -WORKSPACE_EXTENSION.length)));
    const id = workspaceFileId(name, taken);
    this.open.set(id, WorkspaceStore.create(this.pathOf(id), name));
    return this.summary(id);
  }

  /** The open store of a workspace, opening it on first use. */
  store(id: string): WorkspaceStore {
    let store = this.open.get(id);
    if (!store) {
      store = WorkspaceStore.open(this.pathOf(id));
      this.open.set(id, store);
    }
    return store;
  }

  /** The store of a workspace if it is open now; never opens one. */
  openStore(id: string): WorkspaceStore | undefined {
    return this.open.get(id);
  }

  summary(id: string): WorkspaceSummary {
    const store = this.store(id);
    const meta = store.meta();
    return { id, name: meta.name, createdAt: meta.createdAt, documentCount: store.listDocuments().length };
  }

  closeAll(): void {
    for (const store of this.open.values()) store.close();
    this.open.clear();
  }
}

