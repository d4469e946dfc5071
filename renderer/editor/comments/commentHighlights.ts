import { Plugin, type Command } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { commentsKey } from '../../../shared/editor/keys.ts';
import type { CommentHighlightPatch, CommentHighlights, CommentRange } from '../../../shared/editor/plugins/commentHighlightState.ts';

interface HighlightView extends CommentHighlights {
  decorations: DecorationSet;
}

const EMPTY: HighlightView = { ranges: [], active: null, compose: null, decorations: DecorationSet.empty };

/**
 * The commented ranges drawn in the text as inline decorations (never marks: nothing of a
 * comment is written into the Y.Doc, so a reviewer's read-only socket has nothing to send), the
 * thread in focus drawn stronger. Ranges are mapped through edits until the panel places them
 * again; a click in a commented range puts its thread in focus.
 */
export function commentHighlightsPlugin(): Plugin<HighlightView> {
  const plugin: Plugin<HighlightView> = new Plugin<HighlightView>({
    key: commentsKey,
    state: {
      init: () => EMPTY,
      apply(tr, value, _old, state) {
        const patch = tr.getMeta(commentsKey) as CommentHighlightPatch | undefined;
        let next = value;
        if (tr.docChanged && value.ranges.length > 0) {
          const ranges = value.ranges
            .map((r) => ({ threadId: r.threadId, from: tr.mapping.map(r.from, 1), to: tr.mapping.map(r.to, -1) }))
            .filter((r) => r.from < r.to);
          next = { ...value, ranges, decorations: value.decorations.map(tr.mapping, tr.doc) };
        }
        if (!patch) return next;
        if ('compose' in patch) return { ...next, compose: { ...patch.compose, count: (next.compose?.count ?? 0) + 1 } };
        const ranges = 'ranges' in patch ? patch.ranges.filter((r) => r.from < r.to && r.to <= state.doc.content.size) : next.ranges;
        const active = 'active' in patch ? patch.active : next.active;
        return { ...next, ranges, active, decorations: decorate(state.doc, ranges, active) };
      },
    },
    props: {
      decorations: (state) => plugin.getState(state)?.decorations,
      handleClick(view, pos) {
        const hit = (commentsKey.getState(view.state)?.ranges ?? []).filter((r) => r.from <= pos && pos <= r.to);
        if (hit.length === 0) return false;
        // Of overlapping ranges, the innermost is the one clicked.
        const inner = hit.reduce((a, b) => (b.to - b.from < a.to - a.from ? b : a));
        view.dispatch(view.state.tr.setMeta(commentsKey, { active: inner.threadId } satisfies CommentHighlightPatch));
        return false;
      },
    },
  });
  return plugin;
}

function decorate(doc: import('prosemirror-model').Node, ranges: readonly CommentRange[], active: string | null): DecorationSet {
  return DecorationSet.create(
    doc,
    ranges.map((r) => Decoration.inline(r.from, r.to, { class: r.threadId === active ? 'comment-range comment-active' : 'comment-range', 'data-thread': r.threadId })),
  );
}

/**
 * Ctrl+Alt+M: comment on the selection (the panel opens its form on it); not applicable without
 * one. Bound by the comments panel on the window, not in the editor's keymap: a reviewer's view
 * is not editable, and ProseMirror runs no key handling in a view that is not (nor does such a
 * view take the focus), yet reviewers are the ones who comment.
 */
export const commentOnSelection: Command = (state, dispatch) => {
  const { from, to, empty } = state.selection;
  if (empty || state.doc.textBetween(from, to, ' ').trim() === '') return false;
  dispatch?.(state.tr.setMeta(commentsKey, { compose: { from, to } } satisfies CommentHighlightPatch));
  return true;
};
