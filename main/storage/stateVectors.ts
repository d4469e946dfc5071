import * as Y from 'yjs';

/** True when every client clock in state vector `a` is at most its clock in `b` (a's state ⊆ b's). */
export function isContainedIn(a: Uint8Array, b: Uint8Array): boolean {
  const later = Y.decodeStateVector(b);
  for (const [client, clock] of Y.decodeStateVector(a)) {
    if ((later.get(client) ?? 0) < clock) return false;
  }
  return true;
}
