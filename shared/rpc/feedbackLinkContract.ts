import { z } from 'zod';
import { ANY_ROLE_IN_WORKSPACE, inWorkspace } from '../accounts/access.ts';
import { method } from './method.ts';
import { suggestion } from './suggestionContract.ts';
import { workspaceId } from './workspaceContract.ts';

/** Who turns a comment into a suggestion: compilers (whose comments they are) and drafters (who will accept it). */
const TO_SUGGESTION = inWorkspace('compiler', 'drafter');
/** Who links a comment to a change by hand, or takes a link back: compilers. */
const COMPILERS = inWorkspace('compiler');

const id = z.string().min(1).max(100);
const blockId = z.string().min(1).max(64).nullable();
const draftNumber = z.number().int().positive();

export const feedbackLink = z.object({
  id: z.string(), itemId: z.string(), documentId: z.string(), suggestionId: z.string().nullable(),
  olderDraft: draftNumber.nullable(), newerDraft: draftNumber.nullable(), olderBlockId: z.string().nullable(), newerBlockId: z.string().nullable(),
  oldText: z.string(), newText: z.string(), how: z.enum(['suggestion', 'person']), createdBy: z.string(), createdAt: z.string(),
});
export type FeedbackLinkJson = z.infer<typeof feedbackLink>;

export const linkCandidate = z.object({
  op: z.string(), olderBlockId: z.string().nullable(), newerBlockId: z.string().nullable(), number: z.string().nullable(),
  oldText: z.string(), newText: z.string(), touchesAnchor: z.boolean(),
});
export type LinkCandidateJson = z.infer<typeof linkCandidate>;

/** A comment and the change that answered it (issue 11): a suggestion from its wording, links made on acceptance or by hand. */
export const feedbackLinkContract = {
  /**
   * Makes the comment's proposed wording a suggestion on its anchored block of the working copy,
   * shown as its source organisation's; the one made already when it has one (`created` false).
   */
  'feedback.toSuggestion': method(z.object({ workspaceId, itemId: id }), z.object({ suggestion, created: z.boolean() }), TO_SUGGESTION),
  /** The comment's current links, and the suggestion made from it (null: none). */
  'feedback.links': method(
    z.object({ workspaceId, itemId: id }),
    z.object({ links: z.array(feedbackLink), suggestion: z.object({ id: z.string(), documentId: z.string(), status: z.enum(['open', 'accepted', 'rejected']) }).nullable() }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /** The changes between the draft the comment was written against and the next one (or the working copy), those on its blocks first. */
  'feedback.linkCandidates': method(
    z.object({ workspaceId, itemId: id }),
    z.object({ documentId: z.string(), older: draftNumber, newer: draftNumber.nullable(), changes: z.array(linkCandidate) }),
    ANY_ROLE_IN_WORKSPACE,
  ),
  /** Links the comment to a change of that comparison, picked by its blocks; the wording is read by the server. */
  'feedback.linkChange': method(
    z.object({ workspaceId, itemId: id, olderBlockId: blockId, newerBlockId: blockId }).refine((v) => v.olderBlockId !== null || v.newerBlockId !== null, 'Hãy chọn một thay đổi để gắn.'),
    z.object({ link: feedbackLink }),
    COMPILERS,
  ),
  'feedback.unlink': method(z.object({ workspaceId, linkId: id }), z.object({ link: feedbackLink }), COMPILERS),
};
