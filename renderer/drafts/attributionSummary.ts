import type { Node } from 'prosemirror-model';
import type { UserChanges } from '../../shared/drafts/attributionBetween.ts';
import type { YChange } from './attributionSchema.ts';

/** What one person inserted and deleted, as the server's `draft.changes` reads it from Yjs too. */
export type { UserChanges };

/**
 * Reads a document rendered by y-prosemirror's renderSnapshot (text carrying `ychange` marks)
 * and lists per user what they inserted and deleted, adjacent runs of one block joined.
 * Users come in order of first appearance in the document.
 */
export function attributionSummary(doc: Node): UserChanges[] {
  const byUser = new Map<string | null, UserChanges>();
  const entry = (user: string | null) => {
    let e = byUser.get(user);
    if (!e) byUser.set(user, (e = { user, inserted: [], deleted: [], insertedChars: 0, deletedChars: 0 }));
    return e;
  };
  doc.descendants((block) => {
    if (!block.isTextblock) return true;
    let last: { user: string | null; type: YChange['type'] } | null = null;
    block.forEach((text) => {
      const change = text.marks.find((m) => m.type.name === 'ychange')?.attrs as YChange | undefined;
      if (!change || !text.text) return void (last = null);
      const e = entry(change.user ?? null);
      const list = change.type === 'added' ? e.inserted : e.deleted;
      if (change.type === 'added') e.insertedChars += text.text.length;
      else e.deletedChars += text.text.length;
      if (last && last.user === (change.user ?? null) && last.type === change.type) list[list.length - 1] += text.text;
      else list.push(text.text);
      last = { user: change.user ?? null, type: change.type };
    });
    return false;
  });
  return [...byUser.values()];
}
