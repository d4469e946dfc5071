import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../shared/accounts/roles.ts';
import { startWorkspaceServer, type RunningServer, type WorkspaceServerOptions } from '../../main/server/WorkspaceServer.ts';
import { launchChromium } from './browser.ts';
import { startServedApp, type ServedApp } from './servedApp.ts';
import { PASSWORD } from './teamServer.ts';
import { tempDir } from './tempDir.ts';

/** The renderer `npm run build:renderer` built, served by the in-process servers of these tests. */
export const RENDERER = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface BrowserServer {
  /** The running server of the calling file. */
  server: RunningServer;
  browser: Browser;
}

/**
 * For the calling file: a workspace server in this process on port 0 over a fresh temp folder,
 * serving the built renderer, and Chromium; `seed` runs once both are up. Both are stopped and
 * the folder removed after the file's tests.
 */
export function useBrowserServer<T extends BrowserServer = BrowserServer>(
  options: Omit<Partial<WorkspaceServerOptions>, 'dataDir' | 'port' | 'staticDir'> & { prefix?: string; seed?: (t: T) => Promise<void> } = {},
  t = {} as T,
): T {
  const { prefix = 'vankien-e2e-', seed, ...serverOptions } = options;
  let dir: ReturnType<typeof tempDir> | undefined;
  beforeAll(async () => {
    dir = tempDir(prefix);
    t.server = await startWorkspaceServer({ ...serverOptions, dataDir: dir.path, port: 0, staticDir: RENDERER });
    t.browser = await launchChromium();
    await seed?.(t);
  });
  afterAll(async () => {
    await t.browser?.close();
    await t.server?.close();
    dir?.remove();
  });
  return t;
}

/** An account of the team tests, all with the password PASSWORD. */
export interface Person {
  name: string;
  displayName: string;
  role: Role;
  /** The role holds on the whole server (an admin's), not only in the test's workspace. */
  serverWide?: boolean;
}

export const ADMIN: Person = { name: 'admin', displayName: 'Quản Trị Viên', role: 'admin', serverWide: true };
export const AN: Person = { name: 'an', displayName: 'Nguyễn Văn An', role: 'drafter' };
export const BINH: Person = { name: 'binh', displayName: 'Trần Thị Bình', role: 'reviewer' };
export const CHI: Person = { name: 'chi', displayName: 'Lê Văn Chí', role: 'drafter' };

export interface TeamBrowser extends BrowserServer {
  /** The workspace "Đại hội XVII" every person's role is in. */
  workspaceId: string;
  /** The document "Báo cáo chính trị" of that workspace, made before the tests. */
  documentId: string;
  /** Makes another document in the workspace and returns its id. */
  newDocument(title: string): string;
  /** The address of a document's editor page (by default `documentId`'s). */
  documentUrl(documentId?: string): string;
  /**
   * A page of a new browser context signed in as `name` through the sign-in form, left on the
   * home page. `prepare` runs on the page before it loads anything (e.g. to route its sockets).
   */
  signIn(name: string, options?: { password?: string; viewport?: { width: number; height: number }; prepare?: (page: Page) => Promise<unknown> }): Promise<Page>;
}

/**
 * For the calling file: a team server (fast password hashing) serving the built renderer, with
 * the workspace "Đại hội XVII", `people` in it and its document "Báo cáo chính trị", and Chromium.
 * `seed` runs once all that is made.
 */
export function useTeamBrowser(options: { prefix?: string; people?: Person[]; seed?: (t: TeamBrowser) => Promise<void> } = {}): TeamBrowser {
  const { people = [AN, BINH], seed, prefix } = options;
  const t = {
    newDocument: (title: string) => t.server.workspaces.store(t.workspaceId).documents.create('political_report', title).id,
    documentUrl: (documentId = t.documentId) => `${t.server.url}/#/w/${encodeURIComponent(t.workspaceId)}/d/${documentId}`,
    async signIn(name, { password = PASSWORD, viewport = { width: 1280, height: 900 }, prepare } = {}) {
      const page = await (await t.browser.newContext({ viewport })).newPage();
      await prepare?.(page);
      await page.goto(`${t.server.url}/`);
      await page.getByTestId('login-name').fill(name);
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('account-bar').waitFor();
      return page;
    },
  } as TeamBrowser;
  return useBrowserServer<TeamBrowser>(
    {
      prefix,
      team: { passwordParams: { m: 1024, t: 1, p: 1 } },
      async seed() {
        t.workspaceId = t.server.workspaces.create('Đại hội XVII').id;
        for (const { name, displayName, role, serverWide } of people) {
          await t.server.accounts!.create('test', { name, displayName, password: PASSWORD, role, workspaceId: serverWide ? null : t.workspaceId });
        }
        t.documentId = t.newDocument('Báo cáo chính trị');
        await seed?.(t);
      },
    },
    t,
  );
}

export interface ServedBrowser {
  /** `npm run serve` of the calling file (startServedApp). */
  app: ServedApp;
  browser: Browser;
  /** A page of a new browser context (1280×900 unless told) opened on the app's address with its key. */
  openPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * For the calling file: the app as `npm run serve` runs it, and Chromium; `seed` runs once both
 * are up. Both are stopped, and the app's data folder removed, after the file's tests.
 */
export function useServedApp(seed?: (t: ServedBrowser) => Promise<void>): ServedBrowser {
  const t = {
    async openPage(options: BrowserContextOptions = {}) {
      const page = await (await t.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })).newPage();
      await page.goto(t.app.openUrl);
      return page;
    },
  } as ServedBrowser;
  beforeAll(async () => {
    t.app = await startServedApp();
    t.browser = await launchChromium();
    await seed?.(t);
  });
  afterAll(async () => {
    await t.browser?.close();
    await t.app?.stop();
  });
  return t;
}
