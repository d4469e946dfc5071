/**
 * The kinds of congress document. A module of its own, without zod, so `vankien --help` can name
 * them without loading the RPC contract.
 */
export const DOCUMENT_KINDS = ['political_report', 'review_report', 'resolution', 'action_programme', 'other'] as const;
