import type { EditorState } from 'prosemirror-state';
import { useEffect, useState } from 'react';
import { labelsOf } from '../../shared/editor/plugins/numberingPlugin.ts';

/**
 * The editor state for panels that summarise the whole document (outline, targets): while
 * someone types it follows after a short pause, so a 1,200-block outline is not rebuilt on
 * every keystroke; a change of structure (new labels, blocks added or removed) shows at once.
 */
export function useSettledState(state: EditorState | null, delayMs = 200): EditorState | null {
  const [settled, setSettled] = useState(state);
  useEffect(() => {
    if (!state || !settled || labelsOf(state) !== labelsOf(settled) || state.doc.childCount !== settled.doc.childCount) {
      setSettled(state);
      return;
    }
    if (state.doc === settled.doc) return;
    const timer = setTimeout(() => setSettled(state), delayMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, delayMs]);
  return settled;
}
