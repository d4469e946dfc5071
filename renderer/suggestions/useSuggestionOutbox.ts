import type { EditorView } from 'prosemirror-view';
import { useEffect } from 'react';
import { encodeRelativePosition } from '../../shared/comments/yPositions.ts';
import { suggestModeKey } from '../../shared/editor/keys.ts';
import type { SuggestModePatch } from '../../shared/editor/plugins/suggestModeState.ts';
import { makeSuggestionAnchor } from '../../shared/suggestions/makeSuggestionAnchor.ts';
import { call } from '../api/rpcClient.ts';
import type { ValueStore } from '../editor/valueStore.ts';
import type { EditorState } from 'prosemirror-state';

/** How long typing pauses before the edit being typed is sent as a suggestion. */
const PAUSE_MS = 1200;

/**
 * Sends what suggestion mode has typed (renderer/editor/suggestions): the edit being typed once
 * typing pauses, and every finished edit, one at a time, as `suggestion.create` with an anchor
 * made on the view's state at sending time (its positions mapped through others' edits meanwhile).
 * An edit leaves the outbox when sent or refused; `run` shows a refusal and reloads the list.
 */
export function useSuggestionOutbox(view: EditorView | null, states: ValueStore<EditorState | null>, ref: { workspaceId: string; documentId: string }, run: <T>(change: () => Promise<T>) => Promise<T | null>) {
  useEffect(() => {
    if (!view) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sending = false;
    let lastPending: unknown = null;
    const dispatch = (patch: SuggestModePatch) => !view.isDestroyed && view.dispatch(view.state.tr.setMeta(suggestModeKey, patch));
    const sendNext = async () => {
      if (sending) return;
      sending = true;
      await Promise.resolve(); // never inside the dispatch that queued it
      const first = view.isDestroyed ? undefined : suggestModeKey.getState(view.state)?.outbox[0];
      if (first) {
        const { from, to, inserted } = first.edit;
        const anchor = makeSuggestionAnchor(view.state.doc, from, to, (pos) => encodeRelativePosition(view.state, pos));
        if (anchor) await run(() => call('suggestion.create', { ...ref, anchor, deletedText: anchor.quote, insertedText: inserted }));
      }
      sending = false;
      if (first) dispatch({ sent: first.seq });
    };
    const onState = () => {
      const mode = view.isDestroyed ? null : suggestModeKey.getState(view.state);
      if (!mode) return;
      if (mode.pending !== lastPending) {
        lastPending = mode.pending;
        clearTimeout(timer);
        if (mode.pending) timer = setTimeout(() => dispatch({ finish: true }), PAUSE_MS);
      }
      if (mode.outbox.length > 0) void sendNext();
    };
    const stop = states.subscribe(onState);
    const blur = () => dispatch({ finish: true });
    view.dom.addEventListener('blur', blur);
    return () => {
      stop();
      clearTimeout(timer);
      view.dom.removeEventListener('blur', blur);
    };
  }, [view, states, ref.workspaceId, ref.documentId, run]);
}
