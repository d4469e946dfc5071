import { accountHandlers } from './accountHandlers.ts';
import { commentHandlers } from './commentHandlers.ts';
import { documentHandlers } from './documentHandlers.ts';
import { draftHandlers } from './draftHandlers.ts';
import { feedbackHandlers } from './feedbackHandlers.ts';
import { feedbackQueryHandlers } from './feedbackQueryHandlers.ts';
import type { Handlers } from './handlers.ts';
import { identityHandlers } from './identityHandlers.ts';
import { sessionHandlers } from './sessionHandlers.ts';
import { repairHandlers } from './repairHandlers.ts';
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
  ...feedbackQueryHandlers,
};
