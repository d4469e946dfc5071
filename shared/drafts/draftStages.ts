/**
 * The stages a draft goes through, from the subcommittee to the congress. A module of its own,
 * without zod, so `vankien --help` can name them without loading the RPC contract.
 */
export const DRAFT_STAGES = ['subcommittee', 'standing_board', 'standing_committee', 'executive_committee', 'congress'] as const;
