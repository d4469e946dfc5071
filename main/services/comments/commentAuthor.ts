import { actorOf, type Caller } from '../accounts/Caller.ts';
import type { CommentAuthor } from '../../storage/CommentStore.ts';

/**
 * Who a comment is from: the caller the server authenticated, never a name the client sends. A
 * team member's account name (whose comment it is) and display name; a local server's owner is
 * 'local' with no name (the renderer shows its own word for "you").
 */
export function commentAuthor(caller: Caller): CommentAuthor {
  return { author: actorOf(caller), authorName: caller.kind === 'member' ? caller.displayName : '' };
}
