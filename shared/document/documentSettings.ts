import type * as Y from 'yjs';
import { DEFAULT_SCHEME } from '../numbering/defaultScheme.ts';
import { parseNumberingScheme } from '../numbering/parseScheme.ts';
import type { NumberingScheme } from '../numbering/scheme.ts';

/**
 * Per-document settings live in the document's own Y.Doc, beside its content, so every
 * collaborator sees a change at once and drafts carry the settings they were frozen with.
 */
export const SETTINGS_MAP = 'settings';
export const NUMBERING_KEY = 'numbering';

/** The document's numbering scheme: the stored one when valid, else the default. */
export function numberingSchemeOf(ydoc: Y.Doc): NumberingScheme {
  const stored = ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY);
  if (stored === undefined) return DEFAULT_SCHEME;
  try {
    return parseNumberingScheme(typeof stored === 'string' ? JSON.parse(stored) : stored);
  } catch {
    // A scheme written by a newer or broken client must not stop the document from opening.
    return DEFAULT_SCHEME;
  }
}
