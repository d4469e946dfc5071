export { freezeDraft, toSummary, type DraftMeta } from './freezeDraft.ts';
export { getDraft, listDrafts, listCheckpoints, draftSnapshot } from './getDraft.ts';
export { restoreDraft, type RestoreResult, type TransactWorkingCopy } from './restoreDraft.ts';
export { keepWorkingCopy } from './keepWorkingCopy.ts';
export { toCheckpointSummary } from './checkpointSummary.ts';
export { importDraft } from './importDraft.ts';
export { exportDraftFile } from './exportDraftFile.ts';
export { writeDocumentContent } from './writeDocumentContent.ts';
export { transactStoredCopy } from './transactStoredCopy.ts';
