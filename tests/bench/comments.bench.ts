/**
 * Placing comment threads on the 40,000-word generated report, as the comments panel does when
 * the text settles: 300 threads spread over the document, in a real EditorView bound by
 * y-prosemirror (jsdom). Three cases: every anchor found by its relative positions (the usual
 * case), every one with its positions lost (text moved or retyped, a restore: found by the quote;
 * `foundBy` says how — the generated report's blocks have no ids, so by the whole-document search,
 * the costly path, with one text index shared by all), and one anchor alone by that search
 * (building the document's text and key included).
 */
import { JSDOM } from 'jsdom';
import { EditorView } from 'prosemirror-view';
import { prosemirrorToYDoc } from 'y-prosemirror';
import { makeAnchor } from '../../shared/comments/makeAnchor.ts';
import { placeThreads } from '../../shared/comments/placeThreads.ts';
import { resolveAnchor } from '../../shared/comments/resolveAnchor.ts';
import type { TextAnchor } from '../../shared/comments/textAnchor.ts';
import { decodeRelativePosition, encodeRelativePosition } from '../../shared/comments/yPositions.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { createEditorState } from '../../renderer/editor/createEditorState.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { time } from './stats.ts';

export async function run(): Promise<Record<string, unknown>> {
  const dom = new JSDOM('<!doctype html><div id="e"></div>');
  const globals = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'Node', 'HTMLElement', 'getComputedStyle', 'MutationObserver']) {
    if (!(key in globals) || key === 'document' || key === 'window') globals[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
  const doc = docFromFlatBlocks(generateReport({ words: 40_000, seed: 7 }));
  const ydoc = prosemirrorToYDoc(doc, CONTENT_FRAGMENT);
  const view = new EditorView(dom.window.document.getElementById('e'), { state: createEditorState(ydoc.getXmlFragment(CONTENT_FRAGMENT), null) });
  const state = view.state;
  const anchors: TextAnchor[] = [];
  const step = Math.floor(state.doc.content.size / 300);
  for (let pos = 1; anchors.length < 300 && pos < state.doc.content.size; pos += step) {
    const $pos = state.doc.resolve(pos);
    if (!$pos.parent.isTextblock || $pos.parent.textContent.length < 30) continue;
    const from = $pos.start() + 5;
    const anchor = makeAnchor(state.doc, from, from + 20, (p) => encodeRelativePosition(state, p));
    if (anchor) anchors.push(anchor);
  }
  const threads = (list: TextAnchor[]) => list.map((anchor) => ({ anchor, status: 'open' as const }));
  const locate = (encoded: string) => decodeRelativePosition(view.state, encoded);
  const lost = anchors.map((a) => ({ ...a, start: 'AAAA', end: 'AAAA' }));
  const via = (list: ReturnType<typeof threads>) => {
    const groups = placeThreads(view.state.doc, list, locate, () => '');
    const counts: Record<string, number> = {};
    for (const p of [...groups.open.flatMap((g) => g.threads), ...groups.orphaned]) {
      const key = p.place.status === 'anchored' ? p.place.via : 'orphaned';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  };
  const elsewhere = lost.slice(0, 10).map((a) => ({ ...a, blockId: 'gone', quote: a.quote.slice(0, 18) + 'xy' }));
  const result = {
    words: 40_000,
    threads: anchors.length,
    byPositions_ms: await time(() => placeThreads(view.state.doc, threads(anchors), locate, () => ''), 10, 2),
    positionsLost_ms: await time(() => placeThreads(view.state.doc, threads(lost), locate, () => ''), 5, 1),
    fuzzyOneAnchorAlone_ms: await time(() => resolveAnchor(view.state.doc, elsewhere[0], locate), 10, 2),
    fuzzyFound: elsewhere.filter((a) => resolveAnchor(view.state.doc, a, locate).status === 'anchored').length,
    foundBy: { positions: via(threads(anchors)), lostPositions: via(threads(lost)) },
  };
  view.destroy();
  ydoc.destroy();
  return result;
}
