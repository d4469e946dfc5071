import type { FeedbackStatus } from './model.ts';

/**
 * What compilers decide about a comment (issue 11, triage): its status, who is looking at it and
 * the answer given. `version` counts the decisions made on it (0: none yet); a change names the
 * version it was made on, so a compiler never silently overwrites another's decision made
 * meanwhile: the change is refused as a conflict, with the decision as it now stands.
 */
export interface Triage {
  itemId: string;
  status: FeedbackStatus;
  /** The compiler looking at it (a person's name), or null. */
  assignee: string | null;
  /** The answer (tiếp thu / giải trình …) as written for the synthesis report; '' when none. */
  response: string;
  version: number;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** A decision: the fields it sets (the others stay). */
export interface TriageChange {
  status?: FeedbackStatus;
  assignee?: string | null;
  response?: string;
}

/** A reusable answer ("Tiếp thu, đã bổ sung vào dự thảo …"), with the status it goes with. */
export interface AnswerTemplate {
  id: string;
  name: string;
  status: FeedbackStatus;
  text: string;
}

export const TRIAGE_LIMITS = {
  /** Characters of an answer. */
  response: 20_000,
  /** Comments decided in one bulk answer (a cluster, a filtered selection). */
  itemsPerDecision: 10_000,
  templates: 200,
} as const;
