import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { ySyncPlugin, ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { attributionSchema } from './attributionSchema.ts';
import { type UserChanges, attributionSummary } from './attributionSummary.ts';
import { readOnlyPlugins } from '../editor/readOnlyPlugins.ts';

/** Colours of people's changes (light for the background, dark for the text and border). */
const COLORS = [
  { light: '#e3f2e6', dark: '#1e7b34' },
  { light: '#e3ecfb', dark: '#1a56b8' },
  { light: '#fbeee0', dark: '#b26a00' },
  { light: '#f2e6fb', dark: '#7b2fb8' },
  { light: '#e0f4f4', dark: '#00707a' },
];

/**
 * Draws a local copy of the working copy read-only, as it stood at `snapshot` (now when absent)
 * against an earlier draft's snapshot: text added in between marked with who added it, text
 * deleted in between kept and struck with who deleted it (y-prosemirror renderSnapshot with
 * Y.PermanentUserData). Resolves with the view and, per user, what they changed.
 */
export function renderAttribution(
  host: HTMLElement,
  ydoc: Y.Doc,
  prevSnapshot: Y.Snapshot,
  numbers: ReadonlyMap<string, string>,
  snapshot: Y.Snapshot = Y.snapshot(ydoc),
): Promise<{ view: EditorView; summary: UserChanges[] }> {
  const permanentUserData = new Y.PermanentUserData(ydoc);
  const plugins = [ySyncPlugin(ydoc.getXmlFragment(CONTENT_FRAGMENT), { permanentUserData, colors: COLORS }), ...readOnlyPlugins(numbers)];
  return new Promise((resolve) => {
    const view: EditorView = new EditorView(host, {
      state: EditorState.create({ schema: attributionSchema, plugins }),
      editable: () => false,
      attributes: { lang: 'vi', 'aria-readonly': 'true' },
      // `this`: ySyncPlugin dispatches while the view is being constructed.
      dispatchTransaction(this: EditorView, tr) {
        this.updateState(this.state.apply(tr));
        const sync = ySyncPluginKey.getState(this.state);
        if (tr.docChanged && sync?.snapshot) resolve({ view: this, summary: attributionSummary(this.state.doc) });
      },
    });
    ySyncPluginKey.getState(view.state).binding.renderSnapshot(snapshot, prevSnapshot);
  });
}
