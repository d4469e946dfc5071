import type { feedbackExportContract } from '../../../shared/rpc/feedbackExportContract.ts';
import { exportComments } from '../../services/feedback/exportComments.ts';
import { exportSynthesis } from '../../services/feedback/exportSynthesis.ts';
import type { HandlersFor } from './handlers.ts';

export const feedbackExportHandlers: HandlersFor<keyof typeof feedbackExportContract> = {
  'feedback.exportComments': async ({ workspaceId }, { workspaces, actor, jobs }) => {
    const file = await exportComments(workspaces.store(workspaceId), actor, jobs);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
  'feedback.synthesisReport': async ({ workspaceId, documentId, draftNumber }, { workspaces, actor, jobs }) => {
    const file = await exportSynthesis(workspaces.store(workspaceId), documentId, draftNumber, actor, jobs);
    return { fileName: file.fileName, mimeType: file.mimeType, dataBase64: Buffer.from(file.bytes).toString('base64') };
  },
};
