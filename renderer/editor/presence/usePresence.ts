import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { PresenceUser } from '../../../shared/presence/PresenceUser.ts';

/** Another person in the document: their stamped user and the block their caret is in (null when unknown). */
export interface RemotePerson {
  clientId: number;
  /** One person with two windows has two client ids and one key (their name). */
  key: string;
  user: PresenceUser;
  blockId: string | null;
}

/** The top-level block (its `id` attribute) a y-prosemirror cursor's head is in, or null. */
export function blockOfCursor(ydoc: Y.Doc, fragment: Y.XmlFragment, cursor: unknown): string | null {
  const head = (cursor as { head?: unknown } | null)?.head;
  if (!head || typeof head !== 'object') return null;
  let position: Y.AbsolutePosition | null;
  try {
    position = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(head), ydoc);
  } catch {
    return null; // a malformed position from a peer: no section, nothing else lost
  }
  let type: Y.AbstractType<unknown> | null = position?.type ?? null;
  if (type === fragment && position) {
    const child = fragment.get(Math.min(position.index, fragment.length - 1));
    return child instanceof Y.XmlElement ? (child.getAttribute('id') ?? null) : null;
  }
  while (type && type.parent !== fragment) type = type.parent;
  return type instanceof Y.XmlElement ? (type.getAttribute('id') ?? null) : null;
}

function isUser(value: unknown): value is PresenceUser {
  const user = value as PresenceUser | null;
  return typeof user === 'object' && user !== null && typeof user.name === 'string' && typeof user.initials === 'string' && typeof user.color === 'string';
}

/** The other people in the document (every awareness state but this client's), kept current; [] without presence. */
export function usePresence(awareness: Awareness | null, ydoc: Y.Doc | null, fragment: Y.XmlFragment | null): RemotePerson[] {
  const [people, setPeople] = useState<RemotePerson[]>([]);
  useEffect(() => {
    if (!awareness || !ydoc || !fragment) return setPeople([]);
    const read = () => {
      const next: RemotePerson[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID || !isUser(state.user)) return;
        next.push({ clientId, key: state.user.name, user: state.user, blockId: blockOfCursor(ydoc, fragment, state.cursor) });
      });
      setPeople(next);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness, ydoc, fragment]);
  return people;
}
