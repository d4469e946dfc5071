import type { EditorView } from 'prosemirror-view';
import { ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { ATTRIBUTION_ORIGIN } from '../../shared/editor/origins.ts';

const attached = new WeakMap<Y.Doc, Y.PermanentUserData>();

/**
 * Records in the document that this client's edits are `userName`'s (Y.PermanentUserData, kept
 * in the doc's "users" map), so "who changed what since the last draft" can name people. From
 * then on, this client's deletions are recorded for the user too. Call once the doc has synced,
 * so the user's existing entry is reused instead of raced. Idempotent per Y.Doc.
 */
export function attachAttribution(ydoc: Y.Doc, userName: string): Y.PermanentUserData {
  const existing = attached.get(ydoc);
  if (existing) return existing;
  const pud = new Y.PermanentUserData(ydoc);
  ydoc.transact(() => pud.setUserMapping(ydoc, ydoc.clientID, userName), ATTRIBUTION_ORIGIN);
  attached.set(ydoc, pud);
  return pud;
}

/** The Y.Doc behind a view bound with ySyncPlugin, or null. */
export function ydocOfView(view: EditorView): Y.Doc | null {
  return (ySyncPluginKey.getState(view.state)?.doc as Y.Doc | undefined) ?? null;
}
