/**
 * Issue 2 figures: loading a 40,000-word document from SQLite into ProseMirror, a keystroke
 * through y-prosemirror in that document (jsdom), and Yjs state size against the text size.
 */
import { JSDOM } from 'jsdom';
import { TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import * as Y from 'yjs';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { loadYDoc } from '../../main/services/documents/documentContent.ts';
import { proseMirrorDocOf } from '../../shared/content/proseMirrorDocOf.ts';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { createEditorState } from '../../renderer/editor/createEditorState.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { summarise, time } from './stats.ts';

export async function run(): Promise<Record<string, unknown>> {
  const dir = tempDir('vankien-bench-');
  const store = WorkspaceStore.create(`${dir.path}/bench.vkws`, 'Bench');
  const { id } = store.documents.create('political_report', 'Báo cáo chính trị');
  const blocks = generateReport({ words: 40_000, seed: 7 });
  const doc = docFromFlatBlocks(blocks.map(({ number: _n, ...b }) => b));
  writeDocumentContent(store, id, doc);

  const load = await time(() => proseMirrorDocOf(loadYDoc(store, id, 'read')), 20, 3);
  const ydoc = loadYDoc(store, id, 'read');
  const stateBytes = Y.encodeStateAsUpdate(ydoc).byteLength;
  const textBytes = Buffer.byteLength(blocks.map((b) => b.text).join(''), 'utf8');
  const keystroke = keystrokeTimings(ydoc);
  store.close();
  dir.remove();
  return {
    blocks: blocks.length,
    words: blocks.reduce((n, b) => n + b.text.split(/\s+/u).length, 0),
    loadFromStorageMs: { ...load, target: '≤ 60 ms median' },
    keystrokeMs: { ...keystroke, target: '≤ 3 ms p95' },
    yjsStateBytes: stateBytes,
    utf8TextBytes: textBytes,
    yjsBytesPerTextByte: { value: Math.round((stateBytes / textBytes) * 1000) / 1000, target: '≤ 1.6' },
  };
}

/** Types 300 characters into the middle of the document through a real EditorView (jsdom). */
function keystrokeTimings(ydoc: Y.Doc) {
  const dom = new JSDOM('<!doctype html><div id="e"></div>');
  const globals = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'Node', 'HTMLElement', 'getComputedStyle', 'MutationObserver']) {
    if (!(key in globals) || key === 'document' || key === 'window') globals[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
  const view = new EditorView(dom.window.document.getElementById('e'), { state: createEditorState(ydoc.getXmlFragment(CONTENT_FRAGMENT), null) });
  const middle = Math.floor(view.state.doc.content.size / 2);
  const $pos = view.state.doc.resolve(middle);
  const inText = $pos.parent.isTextblock ? middle : middle + 1;
  view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(inText))));
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    view.dispatch(view.state.tr.insertText('ư'));
    samples.push(performance.now() - start);
  }
  view.destroy();
  return summarise(samples.slice(20));
}
