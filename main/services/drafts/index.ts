export { freezeDraft, wordsOf, toSummary, type DraftMeta } from './freezeDraft.ts';
export { getDraft, listDrafts, draftSnapshot, type DraftSide, type DraftView } from './getDraft.ts';
export { restoreDraft, RESTORE_ORIGIN, type TransactWorkingCopy } from './restoreDraft.ts';
export { importDraft } from './importDraft.ts';
export { alignImportedIds } from './alignImportedIds.ts';
export { replaceContent } from './replaceContent.ts';
export { numberedBlocksOf } from './numberedBlocksOf.ts';
export { draftStoreOf } from './draftStoreOf.ts';
export { fileBlocks } from './fileBlocks.ts';
