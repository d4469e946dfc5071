import type { Plugin, PluginView } from 'prosemirror-state';
import { type ProsemirrorBinding, updateYFragment, ySyncPlugin, ySyncPluginKey } from 'y-prosemirror';
import type * as Y from 'yjs';

/** The parts of a Y.Doc's private state that say whether a transaction is under way or being cleaned up. */
interface TransactionState {
  _transaction: unknown;
  _transactionCleanups: unknown[];
}

/**
 * y-prosemirror's ySyncPlugin (1.3.7) with the work it throws away left out; what it writes to
 * Yjs and how it follows remote changes are its own. Measured on the 40,000-word report (issue 9),
 * on every ProseMirror transaction it:
 *
 * - wrote ProseMirror's document to Yjs (`updateYFragment`, a walk over every top-level block)
 *   even when the transaction left the document as it was (a selection, an awareness meta: two
 *   of them per keystroke). Here its view update runs only when the document changed. That is
 *   also safer: an unchanged ProseMirror document written back to Yjs could only undo a change
 *   Yjs holds and ProseMirror does not yet show.
 * - computed the selection as Yjs relative positions twice (getRelativeSelection walks the
 *   fragment from its start to the caret), once when its Y transaction began and once inside it,
 *   and both were discarded when that transaction ended: they only serve to put the selection
 *   back after a *remote* change (`_typeChanged`), and ySyncPlugin's mutex keeps that from
 *   running during its own write. Here neither is computed when its write is the outermost Y
 *   transaction (then the transaction's end clears them before anything reads them); nested in
 *   another transaction, it behaves as before.
 */
export function leanSyncPlugin(fragment: Y.XmlFragment): Plugin {
  const plugin: Plugin = ySyncPlugin(fragment);
  const makeView = plugin.spec.view!;
  plugin.spec.view = (view) => {
    const inner: PluginView = makeView(view);
    const binding = ySyncPluginKey.getState(view.state).binding as ProsemirrorBinding;
    let ownWrite = false;
    // initView (in makeView) registered `beforeAllTransactions`; replace it, and `destroy` unregisters ours.
    const beforeAll = binding.beforeAllTransactions;
    binding.doc.off('beforeAllTransactions', beforeAll);
    binding.beforeAllTransactions = () => {
      if (!ownWrite) beforeAll();
    };
    binding.doc.on('beforeAllTransactions', binding.beforeAllTransactions);
    const changed = binding._prosemirrorChanged.bind(binding);
    binding._prosemirrorChanged = (doc) => {
      if (!ownWrite) return changed(doc);
      binding.doc.transact(() => updateYFragment(binding.doc, binding.type, doc, binding), ySyncPluginKey);
    };
    return {
      update(view, previous) {
        if (view.state.doc === previous.doc) return;
        const ydoc = binding.doc as unknown as TransactionState;
        ownWrite = ydoc._transaction === null && ydoc._transactionCleanups.length === 0;
        try {
          inner.update?.(view, previous);
        } finally {
          ownWrite = false;
        }
      },
      destroy: () => inner.destroy?.(),
    };
  };
  return plugin;
}
