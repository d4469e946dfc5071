import type { Node } from 'prosemirror-model';
import { Plugin, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { suggestModeKey } from '../../../shared/editor/keys.ts';
import { fromYjs } from '../../../shared/editor/plugins/readOnly.ts';
import type { OutboxEdit, SuggestModePatch, SuggestModeState } from '../../../shared/editor/plugins/suggestModeState.ts';
import { deleteBackward, deleteForward, typeText, type EditStep, type PendingEdit } from '../../../shared/suggestions/pendingEdit.ts';
import { isPresenceColour } from '../../../shared/presence/presenceColours.ts';

interface ModeView extends SuggestModeState {
  seq: number;
  decorations: DecorationSet;
}

const EMPTY: ModeView = { on: false, pending: null, outbox: [], marks: [], seq: 0, decorations: DecorationSet.empty };

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
  const doc = after.doc;
  const patch = tr.getMeta(suggestModeKey) as SuggestModePatch | undefined;
  let state = value;
  if (tr.docChanged) {
    const map = (e: PendingEdit): PendingEdit | null => {
      const from = tr.mapping.map(e.from, e.from === e.to ? -1 : 1);
      const to = e.from === e.to ? from : tr.mapping.map(e.to, -1);
      return from <= to ? { ...e, from, to } : null;
    };
    state = {
      ...state,
      pending: state.pending && map(state.pending),
      outbox: state.outbox.flatMap((o) => {
        const edit = map(o.edit);
        return edit ? [{ seq: o.seq, edit }] : [];
      }),
      marks: state.marks.flatMap((m) => {
        const mapped = map(m);
        return mapped ? [{ ...m, from: mapped.from, to: mapped.to }] : [];
      }),
    };
  }
  if (patch) state = patched(state, patch);
  // The caret moved away from the edit being typed (a click, an arrow key): that edit is done.
  else if (tr.selectionSet && state.pending && !touches(state.pending, after.selection.from, after.selection.to)) state = finish(state);
  if (state === value) return value;
  return { ...state, decorations: decorate(doc, state) };
}

function patched(state: ModeView, patch: SuggestModePatch): ModeView {
  if ('on' in patch) return patch.on ? { ...state, on: true } : finish({ ...state, on: false });
  if ('marks' in patch) return { ...state, marks: patch.marks };
  if ('finish' in patch) return finish(state);
  if ('sent' in patch) return { ...state, outbox: state.outbox.filter((o) => o.seq !== patch.sent) };
  const { step } = patch;
  const queued: OutboxEdit[] = step.done && worthSending(step.done) ? [{ seq: state.seq + 1, edit: step.done }] : [];
  return { ...state, pending: step.pending, outbox: [...state.outbox, ...queued], seq: state.seq + queued.length };
}

function finish(state: ModeView): ModeView {
  if (!state.pending) return state;
  const queued = worthSending(state.pending) ? [{ seq: state.seq + 1, edit: state.pending }] : [];
  return { ...state, pending: null, outbox: [...state.outbox, ...queued], seq: state.seq + queued.length };
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
