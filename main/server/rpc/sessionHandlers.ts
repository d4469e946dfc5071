import type { sessionContract } from '../../../shared/rpc/sessionContract.ts';
import type { HandlersFor } from './handlers.ts';

/** Reaching a handler at all means the credentials were accepted (handleHttp checked them). */
export const sessionHandlers: HandlersFor<keyof typeof sessionContract> = {
  'session.check': () => ({ ok: true as const }),
};
