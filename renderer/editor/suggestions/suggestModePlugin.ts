import type { Node } from 'prosemirror-model';
import { Plugin, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { decodeRelativePosition, encodeRelativePosition } from '../../../shared/comments/yPositions.ts';
import { suggestModeKey } from '../../../shared/editor/keys.ts';
import { fromYjs } from '../../../shared/editor/plugins/readOnly.ts';
import type { EditPositions, OutboxEdit, SuggestModePatch, SuggestModeState } from '../../../shared/editor/plugins/suggestModeState.ts';
import { deleteBackward, deleteForward, typeText, type EditStep, type PendingEdit } from '../../../shared/suggestions/pendingEdit.ts';
import { isPresenceColour } from '../../../shared/presence/presenceColours.ts';

interface ModeView extends SuggestModeState {
  seq: number;
  /** Where the pending edit is, as Yjs relative positions: y-sync redraws the whole document on every remote change, so its step maps nothing. */
  pendingAt: EditPositions;
  decorations: DecorationSet;
}

const EMPTY: ModeView = { on: false, pending: null, pendingAt: null, outbox: [], marks: [], seq: 0, decorations: DecorationSet.empty };

/**
 * Suggestion mode ("Đề xuất sửa"). While it is on, this person's typing, Backspace, Delete and
 * paste never change the document: they become a pending edit drawn over the text (struck
 * through, the typed text underlined after it), which the suggestions feature sends as a
 * suggestion record when the person pauses or moves on (the outbox). Every other local change of
 * the document is refused; only y-sync's own transactions pass (what the Y.Doc already holds:
 * others' edits and accepted suggestions), so a remote edit never becomes a suggestion, and the
 * positions drawn are mapped through it. The records of everyone's suggestions are drawn too.
 */
export function suggestModePlugin(): Plugin<ModeView> {
  const plugin: Plugin<ModeView> = new Plugin<ModeView>({
    key: suggestModeKey,
    state: {
      init: () => EMPTY,
      apply: (tr, value, _old, state) => next(tr, value, state),
    },
    filterTransaction: (tr, state) => !tr.docChanged || !isOn(state) || fromYjs(tr),
    props: {
      decorations: (state) => plugin.getState(state)?.decorations,
      handleTextInput(view, from, to, text) {
        if (!isOn(view.state)) return false;
        if (sameBlock(view.state.doc, from, to)) apply(view, typeText(pendingOf(view.state), from, to, text.replace(/[\r\n]+/g, ' ')));
        return true;
      },
      handleKeyDown(view, event) {
        if (!isOn(view.state) || event.ctrlKey || event.metaKey || event.altKey) return false;
        if (event.key === 'Enter') return true; // a new paragraph cannot be suggested
        if (event.key !== 'Backspace' && event.key !== 'Delete') return false;
        const { from, to, $from } = view.state.selection;
        if (!sameBlock(view.state.doc, from, to)) return true;
        const bounds = { start: $from.start(), end: $from.end() };
        const step = event.key === 'Backspace' ? deleteBackward(pendingOf(view.state), from, to, bounds) : deleteForward(pendingOf(view.state), from, to, bounds);
        if (step) apply(view, step);
        return true;
      },
      handlePaste(view, _event, slice) {
        if (!isOn(view.state)) return false;
        const { from, to } = view.state.selection;
        const text = slice.content.textBetween(0, slice.content.size, ' ', ' ').replace(/\s+/g, ' ');
        if (text !== '' && sameBlock(view.state.doc, from, to)) apply(view, typeText(pendingOf(view.state), from, to, text));
        return true;
      },
      handleDrop: (view) => isOn(view.state),
      handleDOMEvents: {
        cut(view, event) {
          if (!isOn(view.state)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
  });
  return plugin;
}

export function isOn(state: EditorState): boolean {
  return suggestModeKey.getState(state)?.on === true;
}

function pendingOf(state: EditorState): PendingEdit | null {
  return suggestModeKey.getState(state)?.pending ?? null;
}

function apply(view: EditorView, step: EditStep): void {
  const tr = view.state.tr.setMeta(suggestModeKey, { step } satisfies SuggestModePatch);
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, step.caret)).scrollIntoView());
}

/** Both ends in one text block: a suggestion is applied to one run of text. */
function sameBlock(doc: Node, from: number, to: number): boolean {
  const $from = doc.resolve(from);
  return $from.parent.isTextblock && to <= $from.end() && from >= $from.start();
}

function next(tr: Transaction, value: ModeView, after: EditorState): ModeView {
  const patch = tr.getMeta(suggestModeKey) as SuggestModePatch | undefined;
  let state = value;
  if (tr.docChanged) {
    const place = placer(tr, after);
    const pending = state.pending && place(state.pending, state.pendingAt);
    state = {
      ...state,
      pending,
      pendingAt: pending ? state.pendingAt : null,
      outbox: state.outbox.flatMap((o) => {
        const edit = place(o.edit, o.positions);
        return edit ? [{ ...o, edit }] : [];
      }),
      marks: state.marks.flatMap((m) => {
        const placed = place(m, { from: m.start, to: m.end });
        return placed ? [{ ...m, from: placed.from, to: placed.to }] : [];
      }),
    };
  }
  if (patch) state = patched(state, patch, after);
  // The caret moved away from the edit being typed (a click, an arrow key; not y-sync restoring it): that edit is done.
  else if (tr.selectionSet && !fromYjs(tr) && state.pending && !touches(state.pending, after.selection.from, after.selection.to)) state = finish(state);
  if (state === value) return value;
  return { ...state, decorations: decorate(after.doc, state) };
}

/**
 * Where an edit is after `tr`: y-sync's transactions replace the whole document (y-prosemirror's
 * _typeChanged), so positions are found again from their Yjs relative positions; any other change
 * is mapped. Null when its text is gone.
 */
function placer(tr: Transaction, after: EditorState) {
  const yjs = fromYjs(tr);
  return <E extends PendingEdit>(e: E, at: EditPositions): E | null => {
    if (yjs && at) {
      const from = decodeRelativePosition(after, at.from);
      const to = at.to === at.from ? from : decodeRelativePosition(after, at.to);
      return from !== null && to !== null && from <= to ? { ...e, from, to } : null;
    }
    const from = tr.mapping.map(e.from, e.from === e.to ? -1 : 1);
    const to = e.from === e.to ? from : tr.mapping.map(e.to, -1);
    return from <= to ? { ...e, from, to } : null;
  };
}

/** An edit's ends as relative positions, null in a view without a Yjs binding. */
function positionsOf(state: EditorState, e: PendingEdit): EditPositions {
  try {
    const from = encodeRelativePosition(state, e.from);
    return { from, to: e.to === e.from ? from : encodeRelativePosition(state, e.to) };
  } catch {
    return null;
  }
}

function patched(state: ModeView, patch: SuggestModePatch, after: EditorState): ModeView {
  if ('on' in patch) return patch.on ? { ...state, on: true } : finish({ ...state, on: false });
  if ('marks' in patch) return { ...state, marks: patch.marks };
  if ('finish' in patch) return finish(state);
  if ('sent' in patch) return { ...state, outbox: state.outbox.filter((o) => o.seq !== patch.sent) };
  const { step } = patch;
  const done = step.done && worthSending(step.done) ? step.done : null;
  const queued: OutboxEdit[] = done ? [{ seq: state.seq + 1, edit: done, positions: done === state.pending ? state.pendingAt : positionsOf(after, done) }] : [];
  const pendingAt = step.pending ? positionsOf(after, step.pending) : null;
  return { ...state, pending: step.pending, pendingAt, outbox: [...state.outbox, ...queued], seq: state.seq + queued.length };
}

function finish(state: ModeView): ModeView {
  if (!state.pending) return state;
  const queued = worthSending(state.pending) ? [{ seq: state.seq + 1, edit: state.pending, positions: state.pendingAt }] : [];
  return { ...state, pending: null, pendingAt: null, outbox: [...state.outbox, ...queued], seq: state.seq + queued.length };
}

const touches = (e: PendingEdit, from: number, to: number) => from === to && (from === e.from || from === e.to);

const worthSending = (e: PendingEdit) => e.from < e.to || e.inserted !== '';

function decorate(doc: Node, state: SuggestModeState): DecorationSet {
  const mine = [...state.outbox.map((o) => o.edit), ...(state.pending ? [state.pending] : [])];
  const decorations = [
    ...state.marks.flatMap((m) => drawn(m, { class: m.stale ? 'suggestion suggestion-stale' : 'suggestion', colour: m.colour, id: m.id })),
    ...mine.flatMap((e, i) => drawn(e, { class: 'suggestion suggestion-mine', colour: null, id: `mine-${i}` })),
  ];
  return DecorationSet.create(doc, decorations);
}

function drawn(edit: PendingEdit, look: { class: string; colour: string | null; id: string }): Decoration[] {
  const style = look.colour && isPresenceColour(look.colour) ? `--suggestion-colour: ${look.colour}` : '';
  const out: Decoration[] = [];
  if (edit.from < edit.to) out.push(Decoration.inline(edit.from, edit.to, { class: `${look.class} suggestion-deleted`, style, 'data-suggestion': look.id }));
  if (edit.inserted !== '') {
    const inserted = edit.inserted;
    out.push(
      Decoration.widget(
        edit.to,
        () => {
          const span = document.createElement('span');
          span.className = `${look.class} suggestion-inserted`;
          if (style) span.setAttribute('style', style);
          span.dataset.suggestion = look.id;
          span.textContent = inserted;
          return span;
        },
        { side: -1, key: `${look.id}:${inserted}`, marks: [] },
      ),
    );
  }
  return out;
}
