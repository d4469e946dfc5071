import type * as Y from 'yjs';
import { storedSchemeOrDefault } from '../numbering/parseScheme.ts';
import type { NumberingScheme } from '../numbering/scheme.ts';

/**
 * Per-document settings live in the document's own Y.Doc, beside its content, so every
 * collaborator sees a change at once and drafts carry the settings they were frozen with.
 */
export const SETTINGS_MAP = 'settings';
export const NUMBERING_KEY = 'numbering';

/** The document's numbering scheme: the stored one when valid, else the default. */
export function numberingSchemeOf(ydoc: Y.Doc): NumberingScheme {
  return storedSchemeOrDefault(ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY));
}
