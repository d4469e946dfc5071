import { en as accountsEn } from '../accounts/messages/en.ts';
import { en as teamConnectEn } from '../teamConnect/messages/en.ts';
import { vi as teamConnectVi } from '../teamConnect/messages/vi.ts';
import { vi as accountsVi } from '../accounts/messages/vi.ts';
import { en as appEn } from '../app/messages/en.ts';
import { vi as appVi } from '../app/messages/vi.ts';
import { en as compareEn } from '../compare/messages/en.ts';
import { vi as compareVi } from '../compare/messages/vi.ts';
import { en as documentsEn } from '../documents/messages/en.ts';
import { vi as documentsVi } from '../documents/messages/vi.ts';
import { en as draftsEn } from '../drafts/messages/en.ts';
import { vi as draftsVi } from '../drafts/messages/vi.ts';
import { en as editorEn } from '../editor/messages/en.ts';
import { vi as editorVi } from '../editor/messages/vi.ts';
import { en as exportEn } from '../export/messages/en.ts';
import { vi as exportVi } from '../export/messages/vi.ts';
import { en as feedbackEn } from '../feedback/messages/en.ts';
import { vi as feedbackVi } from '../feedback/messages/vi.ts';
import { en as findEn } from '../editor/find/messages/en.ts';
import { vi as findVi } from '../editor/find/messages/vi.ts';
import { en as identityEn } from '../identity/messages/en.ts';
import { vi as identityVi } from '../identity/messages/vi.ts';
import { en as presenceEn } from '../editor/presence/messages/en.ts';
import { vi as presenceVi } from '../editor/presence/messages/vi.ts';
import { en as outlineEn } from '../outline/messages/en.ts';
import { vi as outlineVi } from '../outline/messages/vi.ts';
import { en as repairsEn } from '../repairs/messages/en.ts';
import { vi as repairsVi } from '../repairs/messages/vi.ts';
import { en as sessionEn } from '../session/messages/en.ts';
import { vi as sessionVi } from '../session/messages/vi.ts';
import { en as synopsisEn } from '../synopsis/messages/en.ts';
import { vi as synopsisVi } from '../synopsis/messages/vi.ts';
import { en as commentsEn } from '../comments/messages/en.ts';
import { vi as commentsVi } from '../comments/messages/vi.ts';
import { en as suggestionsEn } from '../suggestions/messages/en.ts';
import { vi as suggestionsVi } from '../suggestions/messages/vi.ts';
import { en as targetsEn } from '../targets/messages/en.ts';
import { vi as targetsVi } from '../targets/messages/vi.ts';
import { en as uiEn } from '../ui/messages/en.ts';
import { vi as uiVi } from '../ui/messages/vi.ts';
import { en as workspacesEn } from '../workspaces/messages/en.ts';
import { vi as workspacesVi } from '../workspaces/messages/vi.ts';
import type { Message } from './plural/pluralMessage.ts';

/**
 * A feature's messages in both languages; the compiler fails when `en` lacks a key of `vi`. A
 * message that shows a count is a plural message (./plural/pluralMessage.ts) in the languages
 * that have plural forms; Vietnamese has none, so its messages are plain.
 */
const feature = <Key extends string>(vi: Record<Key, Message>, en: Record<NoInfer<Key>, Message>) => ({ vi, en });

/**
 * Every feature's messages. A feature is named after its folder, and its name is the prefix of
 * its keys: `drafts.freeze` is in renderer/drafts/messages/, `find.next` in
 * renderer/editor/find/messages/ (tests/unit/renderer/messages.test.ts checks both, and that no
 * two features define one key). The messages are a subfolder of their feature that imports
 * nothing, so this folder can import them while every feature imports `useI18n` from it.
 */
export const FEATURE_MESSAGES = {
  app: feature(appVi, appEn),
  workspaces: feature(workspacesVi, workspacesEn),
  documents: feature(documentsVi, documentsEn),
  ui: feature(uiVi, uiEn),
  editor: feature(editorVi, editorEn),
  find: feature(findVi, findEn),
  outline: feature(outlineVi, outlineEn),
  targets: feature(targetsVi, targetsEn),
  export: feature(exportVi, exportEn),
  drafts: feature(draftsVi, draftsEn),
  compare: feature(compareVi, compareEn),
  synopsis: feature(synopsisVi, synopsisEn),
  session: feature(sessionVi, sessionEn),
  repairs: feature(repairsVi, repairsEn),
  accounts: feature(accountsVi, accountsEn),
  teamConnect: feature(teamConnectVi, teamConnectEn),
  identity: feature(identityVi, identityEn),
  presence: feature(presenceVi, presenceEn),
  comments: feature(commentsVi, commentsEn),
  feedback: feature(feedbackVi, feedbackEn),
  suggestions: feature(suggestionsVi, suggestionsEn),
};

export type Language = 'vi' | 'en';

type Features = typeof FEATURE_MESSAGES;

/** Every message key: those of all the features. */
export type MessageKey = { [F in keyof Features]: keyof Features[F]['vi'] }[keyof Features];

function catalogue(language: Language): Record<MessageKey, Message> {
  return Object.assign({}, ...Object.values(FEATURE_MESSAGES).map((messages) => messages[language]));
}

/** Each language's messages, all features merged. `{name}` placeholders are filled by `t(key, {name})` (formatMessage.ts). */
export const CATALOGUES: Record<Language, Record<MessageKey, Message>> = { vi: catalogue('vi'), en: catalogue('en') };
