import { z } from 'zod';
import { SIGNED_IN } from '../accounts/access.ts';
import { method } from './method.ts';

/** The session slice of the RPC contract: about the caller's credentials, nothing else. */
export const sessionContract = {
  /**
   * Answers `{ok: true}` when the request's credentials are accepted (and 401 `unauthorized`
   * when not, like every method). Reads nothing: it is the renderer's cheap probe of why its
   * sync socket was refused, since a refused upgrade tells a browser no status.
   */
  'session.check': method(z.object({}), z.object({ ok: z.literal(true) }), SIGNED_IN),
};
