import type { Plugin, PluginView } from 'prosemirror-state';
import { yCursorPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';
import { presenceCursor, presenceSelection } from './cursorBuilder.ts';

type Changes = { added: number[]; updated: number[]; removed: number[] };
type Listener = (changes: Changes, origin: unknown) => void;

/**
 * `awareness` as yCursorPlugin sees it: its 'change' listeners hear only changes that include
 * another client. The plugin draws other people's carets; on a change of this page's own caret
 * (every keystroke) it still dispatched a transaction to redraw them, a second full editor update
 * per keystroke (issue 9).
 */
function othersOnly(awareness: Awareness): Awareness {
  const wrapped = new WeakMap<Listener, Listener>();
  const filtered = (listener: Listener): Listener => {
    let filter = wrapped.get(listener);
    if (!filter) {
      filter = (changes, origin) => {
        if ([...changes.added, ...changes.updated, ...changes.removed].some((id) => id !== awareness.clientID)) listener(changes, origin);
      };
      wrapped.set(listener, filter);
    }
    return filter;
  };
  return new Proxy(awareness, {
    get(target, key) {
      if (key === 'on' || key === 'off') {
        return (name: string, listener: Listener) => target[key](name, name === 'change' ? filtered(listener) : listener);
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * How long this person's caret may lag behind on other people's screens. Sharing it (Yjs relative
 * positions from the document's start, an awareness update encoded and sent over the socket) cost
 * about 1 ms inside every keystroke (issue 9); it is done once per this many ms of typing
 * instead, after the frames that show the keystrokes.
 */
export const CARET_SHARE_MS = 80;

/**
 * y-prosemirror's yCursorPlugin with our caret and selection builders, sharing this person's
 * caret and drawing everyone else's. Three changes, each measured on the 40,000-word report: it
 * hears only awareness changes of other clients (othersOnly); it shares the caret again only
 * when the document or the selection changed, since turning the selection into Yjs relative
 * positions walks the document from its start; and it shares it at most once per CARET_SHARE_MS,
 * the latest caret (read from the view when shared), never inside the keystroke. Focus gained or
 * lost is still shared at once: the plugin listens to focusin and focusout itself.
 */
export function remoteCursorPlugin(awareness: Awareness): Plugin {
  const plugin: Plugin = yCursorPlugin(othersOnly(awareness), { cursorBuilder: presenceCursor, selectionBuilder: presenceSelection });
  const makeView = plugin.spec.view!;
  plugin.spec.view = (view) => {
    const inner: PluginView = makeView(view);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // yCursorPlugin's update reads the view's current state and focus, not its arguments.
    const share = () => {
      timer = undefined;
      if (!view.isDestroyed) inner.update?.(view, view.state);
    };
    return {
      update(view, previous) {
        if (view.state.doc === previous.doc && view.state.selection.eq(previous.selection)) return;
        timer ??= setTimeout(share, CARET_SHARE_MS);
      },
      destroy: () => {
        clearTimeout(timer);
        inner.destroy?.();
      },
    };
  };
  return plugin;
}
