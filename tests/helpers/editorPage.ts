import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The city congress notice from the team's corpus, the report most end-to-end tests import. */
export const NOTICE = fileURLToPath(new URL('../../../shared/corpus/thong-bao-nhanh-ket-qua-dai-hoi.txt', import.meta.url));

/** The editable text of the editor page. */
export function editorOf(page: Page): Locator {
  return page.locator('[data-testid=editor] .ProseMirror');
}

/**
 * The document's text in the editor, every top-level block's, one a line, drawn or not. Polls
 * for text of an imported report read this, not `innerText()`: off-screen blocks skip rendering
 * (content-visibility: auto, renderer/editor/page.css) and innerText leaves skipped content out.
 * Text below the first screen was in innerText only in the first frame or two after the editor
 * filled, while every block still had its 4em estimate and so many fitted on screen; a poll that
 * missed those frames (a slow machine, a fresh clone's CI) waited out its timeout.
 */
export function editorText(page: Page): Promise<string> {
  return editorOf(page).evaluate((root) => [...root.children].map((block) => block.textContent ?? '').join('\n'));
}

/** Waits until the status bar says every change has reached the server ("Đã lưu"). */
export async function waitSaved(page: Page, timeout = 15_000): Promise<void> {
  await expect.poll(() => page.getByTestId('saved').getAttribute('data-saved'), { timeout }).toBe('true');
}

/** From the workspace home: creates a workspace and opens it. */
export async function createWorkspace(page: Page, name: string): Promise<void> {
  await page.getByTestId('workspace-name').fill(name);
  await page.getByTestId('workspace-create').click();
}

/** From the workspace home: creates a workspace and in it an empty document, which opens. */
export async function createDocument(page: Page, workspaceName: string, title: string): Promise<void> {
  await createWorkspace(page, workspaceName);
  await page.getByTestId('document-title').fill(title);
  await page.getByTestId('document-create').click();
}

/**
 * From the workspace home: creates a workspace, imports `file` into it, and waits for its editor
 * page. An import with warnings (the notice's authors typed "2.5." twice) lists them first; the
 * document is opened from that dialog.
 */
export async function importIntoNewWorkspace(page: Page, workspaceName: string, file: string): Promise<void> {
  await createWorkspace(page, workspaceName);
  await page.getByTestId('import-file').setInputFiles(file);
  const warned = page.getByTestId('import-open-document');
  await warned.or(page.getByTestId('editor')).first().waitFor({ timeout: 30_000 });
  if (await warned.isVisible()) await warned.click();
  await page.waitForURL(/#\/w\/.+\/d\/.+/, { timeout: 30_000 });
}

/**
 * Selects the first occurrence of `needle` in the editor through the DOM, as a mouse drag would,
 * and waits until the selection has held. A click followed by a selection set at once was flaky
 * under load: ProseMirror's own handling of the click (its mouseup and the selection it draws a
 * frame later) could put the caret back at the click point after the selection was set, so the
 * typing that followed landed elsewhere. Here the editor is focused without a click, and the
 * selection is set again until it reads back as `needle` after two frames and a pause (bounded).
 */
export async function selectInEditor(page: Page, needle: string): Promise<void> {
  await editorOf(page).focus();
  for (let attempt = 0; attempt < 6; attempt++) {
    const found = await page.evaluate((text) => {
      const root = document.querySelector('[data-testid=editor] .ProseMirror')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return true;
      }
      return false;
    }, needle);
    expect(found, `"${needle}" in the editor`).toBe(true);
    // ProseMirror reads the DOM selection on selectionchange and may draw its own a frame later.
    const held = await page.evaluate(
      (text) =>
        new Promise<boolean>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(getSelection()!.toString() === text && document.activeElement?.closest('[data-testid=editor]') != null), 150))),
        ),
      needle,
    );
    if (held) return;
  }
  throw new Error(`the editor's selection did not hold on "${needle}"`);
}
