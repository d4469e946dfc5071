import { sentenceDiff } from '../../../shared/feedback/clustering/index.ts';
import { compareKey } from '../../../shared/text/normalize.ts';
import type { MemberDiff } from '../../storage/FeedbackClusterStore.ts';

const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const wordsKey = (text: string) => compareKey(text.replace(NOT_WORD, ' ')).trim();

/**
 * How a member a person put in a cluster (a merge, a new representative) differs from the
 * representative: the sentences each lacks (so an added point is never hidden); exact when their
 * words are the same (case, tone placement, punctuation aside). No similarity: a person, not the
 * shingles, put it there.
 */
export function memberDiff(representative: string, member: string): MemberDiff {
  if (wordsKey(representative) === wordsKey(member)) return { exact: true, similarity: null, added: [], removed: [] };
  return { exact: false, similarity: null, ...sentenceDiff(representative, member) };
}
