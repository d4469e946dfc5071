import { fromBase64, toBase64 } from 'lib0/buffer';
import type { EditorState } from 'prosemirror-state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';

interface SyncBinding {
  type: Y.XmlFragment;
  binding: { mapping: Map<Y.AbstractType<unknown>, unknown> };
}

function bindingOf(state: EditorState): SyncBinding {
  const sync = ySyncPluginKey.getState(state) as SyncBinding | undefined;
  if (!sync?.binding) throw new RangeError('The editor state has no y-prosemirror binding (ySyncPlugin) to make relative positions with');
  return sync;
}

/** A position of an editor bound to a Y.Doc as a Yjs relative position, encoded (base64). */
export function encodeRelativePosition(state: EditorState, pos: number): string {
  const { type, binding } = bindingOf(state);
  const relative = absolutePositionToRelativePosition(pos, type, binding.mapping as never);
  return toBase64(Y.encodeRelativePosition(relative));
}

/**
 * Where an encoded relative position is now in the editor's document; null when it does not
 * decode, belongs to another document, or the character it is attached to was deleted (and not
 * brought back by an undo, which Yjs follows). Yjs would place a deleted character's position
 * where the deletion happened, which after a move or a retyping is some unrelated text; null
 * lets the quote find it instead.
 */
export function decodeRelativePosition(state: EditorState, encoded: string): number | null {
  const { type, binding } = bindingOf(state);
  const relative = Y.decodeRelativePosition(fromBase64(encoded));
  const ydoc = type.doc!;
  // A position on a root type other than the editor's would make Yjs create that type here.
  if (relative.tname !== null && ydoc.share.get(relative.tname) !== (type as unknown)) return null;
  if (attachedToDeleted(ydoc, relative)) return null;
  const pos = relativePositionToAbsolutePosition(ydoc, type, relative, binding.mapping as never);
  return typeof pos === 'number' ? pos : null;
}

/** Whether the character (or the empty text) a relative position is attached to is deleted now. */
function attachedToDeleted(ydoc: Y.Doc, relative: Y.RelativePosition): boolean {
  const id = relative.item ?? relative.type;
  if (!id) return false;
  let item: Y.Item | Y.GC;
  try {
    item = Y.getItem(ydoc.store, id);
    // An undone deletion is redone as new items; the old one names them.
    for (let hops = 0; item instanceof Y.Item && item.redone && hops < 1000; hops++) item = Y.getItem(ydoc.store, item.redone);
  } catch {
    return true; // a client or clock this document never had
  }
  return !(item instanceof Y.Item) || item.deleted;
}
