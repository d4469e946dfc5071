/**
 * Suggestions on the 40,000-word generated report, as the server handles them: 300 suggestions
 * anchored in a real EditorView bound by y-prosemirror (jsdom), then, on the Y.Doc alone, the
 * state of every open one (what `suggestion.list` computes: is its text still there) and all of
 * them applied in one transaction (what `suggestion.acceptAll` does), on a fresh copy each run
 * (the copy is timed alone too: subtract it).
 */
import { JSDOM } from 'jsdom';
import { EditorView } from 'prosemirror-view';
import { prosemirrorToYDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import { encodeRelativePosition } from '../../shared/comments/yPositions.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { applySuggestion, suggestionState, type SuggestedChange } from '../../shared/suggestions/applySuggestion.ts';
import { makeSuggestionAnchor } from '../../shared/suggestions/makeSuggestionAnchor.ts';
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
  const changes: SuggestedChange[] = [];
  const step = Math.floor(state.doc.content.size / 300);
  for (let pos = 1; changes.length < 300 && pos < state.doc.content.size; pos += step) {
    const $pos = state.doc.resolve(pos);
    if (!$pos.parent.isTextblock || $pos.parent.textContent.length < 30) continue;
    const from = $pos.start() + 5;
    const anchor = makeSuggestionAnchor(state.doc, from, from + 12, (p) => encodeRelativePosition(state, p));
    if (anchor) changes.push({ start: anchor.start, end: anchor.end, deletedText: anchor.quote, insertedText: 'đề xuất' });
  }
  const update = Y.encodeStateAsUpdate(ydoc);
  const copy = () => {
    const fresh = new Y.Doc({ gc: false });
    Y.applyUpdate(fresh, update);
    return fresh;
  };
  const listed = copy();
  let applied = 0;
  const result = {
    words: 40_000,
    suggestions: changes.length,
    stateOfAll_ms: await time(() => changes.map((c) => suggestionState(listed, c)), 10, 2),
    staleWhenListed: changes.filter((c) => suggestionState(listed, c).stale).length,
    copyAndAcceptAllOneTransaction_ms: await time(() => {
      const target = copy();
      target.transact(() => {
        applied = changes.filter((c) => applySuggestion(target, c).applied).length;
      }, 'bench');
      target.destroy();
    }, 5, 1),
    copyOfDocument_ms: await time(() => copy().destroy(), 5, 1),
  };
  view.destroy();
  ydoc.destroy();
  listed.destroy();
  return { ...result, appliedOfAll: applied };
}
