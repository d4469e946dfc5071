import type { Node } from 'prosemirror-model';
import type { ContentRepair } from '../content/contentRepair.ts';
import type { NumberedBlock } from '../document/flatBlock.ts';
import { repairedDoc } from '../content/repairedDoc.ts';
import { numberingRepair } from '../content/repairNumbering.ts';
import { storedSchemeOrDefault } from '../numbering/parseScheme.ts';
import { numberedBlocksOf } from './numberedBlocksOf.ts';

/** The content of a draft, a checkpoint or the working copy, read as a valid document. */
export interface DraftContent {
  blocks: NumberedBlock[];
  doc: Node;
  /** The numbering setting it carries (JSON text), null for the default or when it did not validate. */
  numbering: string | null;
  /** What reading it had to repair: drafts and checkpoints are repaired on every read, never rewritten. */
  repairs: ContentRepair[];
}

/**
 * Stored blocks and numbering read as a valid document, with what that took: what the workers'
 * jobs read too (they get the stored rows as values).
 */
export function draftContentOf(blocks: unknown[], numbering: string | null): DraftContent {
  const { doc, repairs } = repairedDoc(blocks);
  const numberingFix = numberingRepair(numbering);
  return {
    doc,
    blocks: numberedBlocksOf(doc, storedSchemeOrDefault(numbering)),
    numbering: numberingFix ? null : numbering,
    repairs: numberingFix ? [...repairs, numberingFix] : repairs,
  };
}
