import type { FeedbackAnchor } from '../../../shared/feedback/model.ts';
import type { ItemPlace } from '../../../shared/feedback/synthesis/synthesisTypes.ts';
import type { DraftReader, ReadVersion } from './DraftReader.ts';

/** Blocks of another version than the report's come after all of its own, in that version's order. */
const OTHER_VERSION = 1_000_000;

interface Sectioned {
  version: ReadVersion;
  /** Per block: its section's index (-1 before the first) and its place in that section. */
  section: Int32Array;
  paragraph: Int32Array;
}

function sectioned(version: ReadVersion): Sectioned {
  const section = new Int32Array(version.blocks.length);
  const paragraph = new Int32Array(version.blocks.length);
  let current = -1;
  let n = 0;
  version.blocks.forEach((block, i) => {
    if (block.type === 'section') [current, n] = [i, 0];
    else n += 1;
    section[i] = current;
    paragraph[i] = n;
  });
  return { version, section, paragraph };
}

/**
 * Where each anchored comment sits, for the synthesis report: its first anchored block found in
 * the report's draft (`base`), else in the version it was anchored on, with the section ("I.",
 * "II.") that block is in. Null when none of its blocks is in either (the block was removed).
 */
export class ItemPlaces {
  private readonly read = new Map<number | null, Sectioned | null>();

  private readonly reader: DraftReader;
  private readonly base: number | null;

  constructor(reader: DraftReader, base: number | null) {
    this.reader = reader;
    this.base = base;
  }

  placeOf(anchor: FeedbackAnchor | null): ItemPlace | null {
    if (!anchor) return null;
    const versions = anchor.draftNumber === this.base ? [this.base] : [this.base, anchor.draftNumber];
    for (const [v, version] of versions.entries()) {
      const s = this.sectionedOf(version);
      if (!s) continue;
      for (const id of anchor.blockIds) {
        const at = s.version.at.get(id);
        if (at !== undefined) return this.place(s, at, v * OTHER_VERSION);
      }
    }
    return null;
  }

  private place(s: Sectioned, at: number, offset: number): ItemPlace {
    const block = s.version.blocks[at];
    const sectionAt = s.section[at];
    const section = sectionAt >= 0 ? s.version.blocks[sectionAt] : null;
    return {
      sectionId: section?.id ?? null,
      sectionLabel: section ? (section.number ? `${section.number}. ${section.text}` : section.text) : '',
      sectionNumber: section?.number ?? null,
      blockOrder: offset + at,
      blockId: block.id,
      blockNumber: block.number,
      paragraphInSection: s.paragraph[at],
      blockText: block.text,
    };
  }

  private sectionedOf(version: number | null): Sectioned | null {
    if (!this.read.has(version)) {
      const read = this.reader.read(version);
      this.read.set(version, read ? sectioned(read) : null);
    }
    return this.read.get(version)!;
  }
}
