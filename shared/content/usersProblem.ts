import * as Y from 'yjs';

/** The root map Y.PermanentUserData keeps "who wrote what" in (its default name). */
export const USERS_MAP = 'users';

/**
 * Why a new item under the users map is not allowed, or null. Y.PermanentUserData's shape:
 * users[name] is a Y.Map with `ids` (a Y.Array of client ids) and `ds` (a Y.Array of encoded
 * delete sets). Anything else would make the attribution view throw for everyone.
 */
export function usersItemProblem(item: Y.Item, parent: Y.AbstractType<any>): string | null {
  const key = item.parentSub;
  if (parent._item === null) {
    if (key === null || key.length > 200) return 'người dùng sai cấu trúc';
    return item.content instanceof Y.ContentType ? userMapProblem(item.content.type) : 'người dùng sai cấu trúc';
  }
  if (parent instanceof Y.Map && (parent._item.parent as Y.AbstractType<any>)._item === null) {
    if ((key !== 'ids' && key !== 'ds') || !(item.content instanceof Y.ContentType)) return 'người dùng sai cấu trúc';
    return listProblem(key, item.content.type);
  }
  const listKey = parent._item.parentSub;
  if (parent instanceof Y.Array && (listKey === 'ids' || listKey === 'ds') && item.parentSub === null) {
    return entriesProblem(listKey, item.content.getContent());
  }
  return 'người dùng sai cấu trúc';
}

function userMapProblem(type: Y.AbstractType<any>): string | null {
  if (!(type instanceof Y.Map)) return 'người dùng sai cấu trúc';
  for (const [key, value] of type.entries()) {
    if (key !== 'ids' && key !== 'ds') return 'người dùng sai cấu trúc';
    const problem = listProblem(key, value as Y.AbstractType<any>);
    if (problem) return problem;
  }
  return null;
}

function listProblem(key: 'ids' | 'ds', type: unknown): string | null {
  return type instanceof Y.Array ? entriesProblem(key, type.toArray()) : 'người dùng sai cấu trúc';
}

function entriesProblem(key: 'ids' | 'ds', entries: unknown[]): string | null {
  for (const entry of entries) {
    if (key === 'ids' ? !Number.isSafeInteger(entry) || (entry as number) < 0 : !isDeleteSet(entry)) return 'người dùng sai cấu trúc';
  }
  return null;
}

/** An encoded delete set, as PermanentUserData reads it (a snapshot is a delete set + a state vector). */
function isDeleteSet(value: unknown): boolean {
  if (!(value instanceof Uint8Array) || value.length > 1_000_000) return false;
  try {
    const withEmptyVector = new Uint8Array(value.length + 1);
    withEmptyVector.set(value);
    Y.decodeSnapshot(withEmptyVector);
    return true;
  } catch {
    return false;
  }
}
