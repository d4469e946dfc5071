/**
 * Every origin our code gives a Yjs write (`doc.transact(fn, origin)`, `Y.applyUpdate(doc, u, origin)`),
 * in one place and one style, `vankien:<who>`. An origin only names a write inside the process
 * that makes it: it is not part of the update, so it is neither stored nor sent (every update a
 * client receives arrives with its provider as origin, and the server's copy of a client's update
 * with Hocuspocus' connection). Nothing compares these values; they are for reading events and logs.
 *
 * What undo and attribution do with them: the editor's Yjs undo (y-prosemirror's yUndoPlugin)
 * tracks only ySyncPluginKey, the origin y-prosemirror writes the editor's own ProseMirror edits
 * with, so Ctrl+Z undoes this editor's typing and none of the writes below. Attribution ("who
 * changed what since the last draft") does not read origins at all: Y.PermanentUserData maps the
 * client id that made each item to a person.
 *
 * Origins that libraries give (not ours, listed so nothing is missing): ySyncPluginKey (the
 * editor's edits), a Y.UndoManager (its undo and redo), the HocuspocusProvider (updates from the
 * server, in the renderer), `{ source: 'connection' }` (a client's update on the server, which
 * DocumentPersistence has already stored and does not store again), and the ContentMirror itself
 * (updates it applies to its own copy of a document, never to the live one).
 */

/**
 * Server and CLI code that writes a document's content outside any editor: stored updates loaded
 * into a new Y.Doc (services, and the server's live document on load), `writeDocumentContent`,
 * the first paragraph of a new document, an imported document's content. Undo: none (loading
 * adds nothing; a replaced working copy is kept as a checkpoint). Attribution: what it adds
 * carries the server's or the CLI's client id, which no person is mapped to.
 */
export const SERVICE_ORIGIN = 'vankien:service';

/**
 * A restore of a draft or a checkpoint over the working copy (services/drafts/restoreDraft, by
 * the server or the CLI). Undo: not an editor's Ctrl+Z of typing; it is undone by restoring the
 * version it replaced (the restore mark, plugins/restoreUndo.ts). Attribution: the server's or
 * the CLI's client id, no person.
 */
export const RESTORE_ORIGIN = 'vankien:draft-restore';

/**
 * The repair of stored content the schema refuses, when a working copy is loaded
 * (services/repairWorkingCopy), made in a scratch Y.Doc whose client id is derived from the
 * stored state. Undo: none; the content as stored is kept in `content_repairs`. Attribution: no person.
 */
export const REPAIR_ORIGIN = 'vankien:content-repair';

/** The fresh Y.Doc of a draft imported from a file (services/work/importDraftJob): frozen at once, never edited, never undone. */
export const DRAFT_IMPORT_ORIGIN = 'vankien:draft-import';

/**
 * The numbering dialog writing the document's scheme into its settings map
 * (renderer/editor/NumberingDialog). Undo: none; the editor's undo covers the content fragment
 * only, so Ctrl+Z does not change the scheme back. Attribution: settings are not attributed.
 */
export const NUMBERING_ORIGIN = 'vankien:numbering-dialog';

/**
 * This client recording who it is in Y.PermanentUserData, once its editor has synced
 * (renderer/drafts/attribution): the mapping of its client id to a name that attribution reads.
 * Undo: none (outside the content).
 */
export const ATTRIBUTION_ORIGIN = 'vankien:attribution';

/**
 * The disconnected local copy of the working copy that the changes view renders
 * (renderer/drafts/workingCopyDoc): a copy of every update, adding no item, read only.
 */
export const ATTRIBUTION_COPY_ORIGIN = 'vankien:attribution-copy';

/**
 * A drafter accepting suggestions on the server (services/suggestions/acceptSuggestions): the
 * suggested text written over the anchored text in the live document, one transaction per accept
 * (or per "accept all"). Undo: not an editor's Ctrl+Z (yUndoPlugin tracks only its own edits);
 * the suggestion record keeps the text it replaced. Attribution: the server's client id, no
 * person; who accepted which suggestion is in the audit log ('suggestion.accept').
 */
export const SUGGESTION_ORIGIN = 'vankien:suggestion-accept';
