import type { NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { isAppError } from '../../../shared/errors.ts';
import type { FeedbackAnchor } from '../../../shared/feedback/model.ts';
import { compareKey } from '../../../shared/text/normalize.ts';
import type { WorkspaceStore } from '../../storage/WorkspaceStore.ts';
import { getDraft } from '../drafts/getDraft.ts';

/** A section ("I.", "II." …) of a document, as the table and the dashboard name it. */
export interface DraftSection {
  /** `<document id>:<section block id>`: the same in every draft, as block ids are. */
  key: string;
  label: string;
  /** Draft order: the document's place in the workspace, then the section's place in the draft. */
  order: number;
}

interface ReadDraft {
  blocks: NumberedBlock[];
  index: Map<string, number>;
  /** Per block, the section it is in (null before the first section). */
  sectionOf: (DraftSection | null)[];
}

const LABEL_CHARS = 80;
const DOCUMENT_STRIDE = 1_000_000;

function sectionLabel(block: NumberedBlock): string {
  const text = block.text.length > LABEL_CHARS ? `${block.text.slice(0, LABEL_CHARS - 1)}…` : block.text;
  return block.number ? `${block.number}. ${text}` : text;
}

/**
 * The drafts anchors point into, read once each: which section an anchored block is in and what
 * the anchored blocks say. The document is the one whose title the item names (compared by key),
 * or the workspace's only document; the draft is the anchor's (null: the working copy, read when
 * first asked and kept for the life of this object, so a section added since is not seen until the
 * index is rebuilt). A draft that cannot be read (not there yet) gives nothing and is tried again.
 */
export class DraftSections {
  private readonly store: WorkspaceStore;
  private readonly drafts = new Map<string, ReadDraft>();
  private documents: { id: string; key: string }[] | null = null;

  constructor(store: WorkspaceStore) {
    this.store = store;
  }

  /** The section of the anchor's first block that the draft has, or null. */
  sectionOf(documentTitle: string | null, anchor: FeedbackAnchor | null): DraftSection | null {
    if (!anchor) return null;
    const draft = this.draftOf(documentTitle, anchor.draftNumber);
    if (!draft) return null;
    for (const id of anchor.blockIds) {
      const at = draft.index.get(id);
      if (at !== undefined) return draft.sectionOf[at];
    }
    return null;
  }

  /** The anchored blocks as the anchored draft has them (those it still has, in anchor order). */
  blocksOf(documentTitle: string | null, anchor: FeedbackAnchor): NumberedBlock[] {
    const draft = this.draftOf(documentTitle, anchor.draftNumber);
    if (!draft) return [];
    return anchor.blockIds.flatMap((id) => {
      const at = draft.index.get(id);
      return at === undefined ? [] : [draft.blocks[at]];
    });
  }

  /** compareKey of each title met: a regex per syllable, too slow to run for each of 100,000 items. */
  private readonly titleKeys = new Map<string, string>();

  private documentIdOf(title: string | null): { id: string; place: number } | null {
    let key: string | null = null;
    if (title !== null) {
      key = this.titleKeys.get(title) ?? compareKey(title);
      this.titleKeys.set(title, key);
    }
    // Listed again when a title is not found: the document may have been created since.
    if (!this.documents || (key !== null && !this.documents.some((d) => d.key === key))) {
      this.documents = this.store.documents.list().map((d) => ({ id: d.id, key: compareKey(d.title) }));
    }
    const place = key === null ? -1 : this.documents.findIndex((d) => d.key === key);
    if (place >= 0) return { id: this.documents[place].id, place };
    return this.documents.length === 1 ? { id: this.documents[0].id, place: 0 } : null;
  }

  private draftOf(title: string | null, number: number | null): ReadDraft | null {
    const document = this.documentIdOf(title);
    if (!document) return null;
    const cacheKey = `${document.id}:${number ?? 'working'}`;
    let draft = this.drafts.get(cacheKey);
    if (!draft) {
      // Not kept when missing: the draft may be frozen or imported later.
      draft = this.read(document.id, document.place, number) ?? undefined;
      if (draft) this.drafts.set(cacheKey, draft);
    }
    return draft ?? null;
  }

  private read(documentId: string, place: number, number: number | null): ReadDraft | null {
    let blocks: NumberedBlock[];
    try {
      blocks = getDraft(this.store, documentId, number ?? 'working').blocks;
    } catch (error) {
      if (isAppError(error)) return null; // a draft that is not there (yet): nothing is placed in it
      throw error;
    }
    const index = new Map<string, number>();
    const sectionOf: (DraftSection | null)[] = [];
    let current: DraftSection | null = null;
    blocks.forEach((block, i) => {
      index.set(block.id, i);
      if (block.type === 'section') current = { key: `${documentId}:${block.id}`, label: sectionLabel(block), order: place * DOCUMENT_STRIDE + i };
      sectionOf.push(current);
    });
    return { blocks, index, sectionOf };
  }
}
