import { Plugin, type Transaction } from 'prosemirror-state';
import { ySyncPluginKey } from 'y-prosemirror';
import { readOnlyKey } from '../keys.ts';

/**
 * Refuses every local change to the document while the editor is read-only (a team server's
 * reviewers, compilers and admins). A non-editable view still runs what the toolbar, the context
 * menu, the section keys, the dialogs and a paste dispatch; the server drops those changes but
 * the reviewer would see them as if they were the text. Only y-sync's own transactions (what
 * the Y.Doc holds: remote updates, re-renders) and changes that do not touch the document
 * (selection, metas) pass. The state follows the server's scope: `setReadOnly` sets it.
 */
export function readOnlyPlugin(initial = false): Plugin<boolean> {
  return new Plugin<boolean>({
    key: readOnlyKey,
    state: {
      init: () => initial,
      apply: (tr, value) => {
        const meta = tr.getMeta(readOnlyKey) as boolean | undefined;
        return meta === undefined ? value : meta;
      },
    },
    filterTransaction: (tr, state) => !tr.docChanged || !readOnlyKey.getState(state) || fromYjs(tr),
  });
}

/** A transaction that puts into ProseMirror what the Y.Doc already holds. */
export function fromYjs(tr: Transaction): boolean {
  return tr.getMeta(ySyncPluginKey)?.isChangeOrigin === true;
}

/** The transaction that makes the editor read-only or editable again. */
export function setReadOnly(tr: Transaction, readOnly: boolean): Transaction {
  return tr.setMeta(readOnlyKey, readOnly);
}
