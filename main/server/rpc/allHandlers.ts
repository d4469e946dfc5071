import { accountHandlers } from './accountHandlers.ts';
import { commentHandlers } from './commentHandlers.ts';
import { documentHandlers } from './documentHandlers.ts';
import { draftHandlers } from './draftHandlers.ts';
import { feedbackChangesHandlers } from './feedbackChangesHandlers.ts';
import { feedbackExportHandlers } from './feedbackExportHandlers.ts';
import { feedbackHandlers } from './feedbackHandlers.ts';
import { feedbackTagHandlers } from './feedbackTagHandlers.ts';
import { feedbackTriageHandlers } from './feedbackTriageHandlers.ts';
import { feedbackAnchorHandlers } from './feedbackAnchorHandlers.ts';
import { feedbackQueryHandlers } from './feedbackQueryHandlers.ts';
import { feedbackLinkHandlers } from './feedbackLinkHandlers.ts';
import type { Handlers } from './handlers.ts';
import { identityHandlers } from './identityHandlers.ts';
import { sessionHandlers } from './sessionHandlers.ts';
import { repairHandlers } from './repairHandlers.ts';
import { suggestionHandlers } from './suggestionHandlers.ts';
import { workspaceHandlers } from './workspaceHandlers.ts';

/** Every RPC handler; the compiler checks there is one per contract method. */
export const allHandlers: Handlers = {
  ...workspaceHandlers,
  ...documentHandlers,
  ...draftHandlers,
  ...sessionHandlers,
  ...repairHandlers,
  ...accountHandlers,
  ...identityHandlers,
  ...commentHandlers,
  ...feedbackHandlers,
  ...feedbackExportHandlers,
  ...feedbackTriageHandlers,
  ...feedbackTagHandlers,
  ...feedbackChangesHandlers,
  ...feedbackAnchorHandlers,
  ...suggestionHandlers,
  ...feedbackQueryHandlers,
  ...feedbackLinkHandlers,
};
