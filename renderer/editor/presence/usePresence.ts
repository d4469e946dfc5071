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

const samePerson = (a: RemotePerson, b: RemotePerson) =>
  a.clientId === b.clientId && a.key === b.key && a.blockId === b.blockId && a.user.initials === b.user.initials && a.user.color === b.user.color;

/**
 * The other people in the document (every awareness state but this client's) as the panels show
 * them: `previous` itself when nothing shown changed, so a cursor moving inside its block (every
 * keystroke of every person) re-renders neither the avatars nor the outline.
 */
export function peopleOf(awareness: Awareness, ydoc: Y.Doc, fragment: Y.XmlFragment, previous: readonly RemotePerson[]): readonly RemotePerson[] {
  const next: RemotePerson[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID || !isUser(state.user)) return;
    next.push({ clientId, key: state.user.name, user: state.user, blockId: blockOfCursor(ydoc, fragment, state.cursor) });
  });
  return next.length === previous.length && next.every((person, i) => samePerson(person, previous[i])) ? previous : next;
}

const NOBODY: readonly RemotePerson[] = [];

/** The other people in the document, kept current (peopleOf); [] without presence. */
export function usePresence(awareness: Awareness | null, ydoc: Y.Doc | null, fragment: Y.XmlFragment | null): readonly RemotePerson[] {
  const [people, setPeople] = useState<readonly RemotePerson[]>(NOBODY);
  useEffect(() => {
    if (!awareness || !ydoc || !fragment) return setPeople(NOBODY);
    const read = () => setPeople((previous) => peopleOf(awareness, ydoc, fragment, previous));
    // This page's own caret moves on every keystroke: it is not among the people shown.
    const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      if ([...added, ...updated, ...removed].some((clientId) => clientId !== awareness.clientID)) read();
    };
    read();
    awareness.on('change', onChange);
    return () => awareness.off('change', onChange);
  }, [awareness, ydoc, fragment]);
  return people;
}
