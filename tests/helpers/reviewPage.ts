import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import type { RunningServer } from '../../main/server/WorkspaceServer.ts';
import { editorOf } from './editorPage.ts';

/** Selects `text` in the editor with the browser's own selection, as a mouse drag would (suggested insertions skipped). */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate(async (wanted) => {
    const root = document.querySelector<HTMLElement>('[data-testid=editor] .ProseMirror')!;
    root.focus();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: { node: Node; offset: number }[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement as HTMLElement).closest('.suggestion-inserted, .presence-caret')) continue;
      nodes.push({ node, offset: all.length });
      all += node.textContent;
    }
    const at = all.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the editor`);
    const point = (offset: number) => {
      const hit = nodes.findLast((n) => n.offset <= offset)!;
      return [hit.node, offset - hit.offset] as const;
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + wanted.length));
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, text);
}

/** The document's text as the server holds it live (the editors' Y.Doc), one line a block. */
export function serverText(server: RunningServer, workspaceId: string, documentId: string): string {
  const ydoc = server.sync.liveDocument(workspaceId, documentId);
  if (!ydoc) return '';
  return ydoc
    .getXmlFragment(CONTENT_FRAGMENT)
    .toArray()
    .map((block) => (block instanceof Y.XmlElement ? block.toArray().map((c) => (c instanceof Y.XmlText ? c.toString() : '')).join('') : ''))
    .join('\n');
}

/** The editor's own text, without the suggested insertions and the others' carets drawn in it. */
export const shownText = (page: Page) =>
  editorOf(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.suggestion-inserted, .presence-caret').forEach((el) => el.remove());
    return [...copy.children].map((block) => block.textContent ?? '').join('\n');
  });

/** The open suggestions' cards in the panel. */
export const OPEN_SUGGESTION = '[data-testid=suggestion][data-status=open]';

/** The suggested insertions or deletions drawn in the editor, joined by "|". */
export const inlineSuggestions = (page: Page, kind: 'deleted' | 'inserted') => page.locator(`[data-testid=editor] .suggestion-${kind}`).allInnerTexts().then((t) => t.join('|'));

/** Scrolls every scrolling ancestor of the editor to the top (before a screenshot). */
export const scrollToTop = (page: Page) =>
  page.evaluate(() => {
    for (let el = document.querySelector('[data-testid=editor]'); el; el = el.parentElement) el.scrollTop = 0;
  });
