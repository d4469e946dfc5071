/**
 * Per-document settings live in the document's own Y.Doc, beside its content, so every
 * collaborator sees a change at once and drafts carry the settings they were frozen with.
 * The numbering scheme is read with numberingSchemeOf (shared/numbering).
 */
export const SETTINGS_MAP = 'settings';
export const NUMBERING_KEY = 'numbering';
