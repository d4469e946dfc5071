import type { TeamReply } from '../../shared/teamConnect/teamProbe.ts';
import type { Translate } from '../i18n/I18nProvider.tsx';

type TeamError = Extract<TeamReply<unknown>, { error: unknown }>['error'];

/**
 * The sentence the dialog shows for a refused team.* call: a failure to reach the server (it
 * says its kind) in the page's language; anything else (the server's own refusals, a pin's
 * conflict) in the words it came with.
 */
export function teamErrorText(error: TeamError, t: Translate): string {
  return error.failure ? t(`teamConnect.failure.${error.failure}`, { host: error.host ?? '' }) : error.message;
}
