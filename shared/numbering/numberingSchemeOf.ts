import type * as Y from 'yjs';
import { NUMBERING_KEY, SETTINGS_MAP } from '../document/documentSettings.ts';
import { storedSchemeOrDefault } from './parseScheme.ts';
import type { NumberingScheme } from './scheme.ts';

/** The document's numbering scheme: the one stored in its Y.Doc settings when valid, else the default. */
export function numberingSchemeOf(ydoc: Y.Doc): NumberingScheme {
  return storedSchemeOrDefault(ydoc.getMap(SETTINGS_MAP).get(NUMBERING_KEY));
}
