import type { EditorState } from 'prosemirror-state';
import { useEffect, useState } from 'react';
import { labelsOf } from '../../shared/editor/plugins/numberingPlugin.ts';
import type { ValueStore } from './valueStore.ts';

/** Whether `next` must be shown at once: a change of structure (new labels, blocks added or removed), or a first or last state. */
function changesStructure(next: EditorState | null, shown: EditorState | null): boolean {
  return !next || !shown || labelsOf(next) !== labelsOf(shown) || next.doc.childCount !== shown.doc.childCount;
}

/**
 * The editor state for panels that summarise the whole document (outline, targets): while
 * someone types it follows after a short pause, so a 1,200-block outline is not rebuilt on
 * every keystroke; a change of structure (new labels, blocks added or removed) shows at once.
 * It listens to the store itself, so the page that uses it re-renders only when it settles.
 */
export function useSettledState(states: ValueStore<EditorState | null>, delayMs = 200): EditorState | null {
  const [settled, setSettled] = useState(states.get);
  useEffect(() => {
    let shown = states.get();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (state: EditorState | null) => {
      clearTimeout(timer);
      shown = state;
      setSettled(state);
    };
    show(shown);
    const unsubscribe = states.subscribe(() => {
      const next = states.get();
      if (changesStructure(next, shown)) return show(next);
      clearTimeout(timer);
      if (next!.doc === shown!.doc) return;
      timer = setTimeout(() => show(states.get()), delayMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [states, delayMs]);
  return settled;
}
