import type { FeedbackAnchor } from '../../../shared/feedback/model.ts';
import type { ItemPlace } from '../../../shared/feedback/synthesis/synthesisTypes.ts';
import type { DraftReader, ReadVersion } from './DraftReader.ts';

/** Blocks of another version than the report's come after all of its own, in that version's order. */
const OTHER_VERSION = 1_000_000;

interface Sectioned {
  version: ReadVersion;
  /** Per block: its section's index (-1 before the first), the nearest numbered heading's in that section (-1: none), its place after it. */
  section: Int32Array;
  heading: Int32Array;
  paragraph: Int32Array;
}

function sectioned(version: ReadVersion): Sectioned {
  const n = version.blocks.length;
  const [section, heading, paragraph] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  let [currentSection, currentHeading, count] = [-1, -1, 0];
  version.blocks.forEach((block, i) => {
    if (block.type === 'section') [currentSection, currentHeading, count] = [i, -1, 0];
    else if (block.type === 'heading' && block.number) [currentHeading, count] = [i, 0];
    else count += 1;
    section[i] = currentSection;
    heading[i] = currentHeading;
    paragraph[i] = count;
  });
  return { version, section, heading, paragraph };
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
      blockType: block.type,
      // A heading is its own place; the paragraphs under it are counted from it.
      headingNumber: s.heading[at] >= 0 && s.heading[at] !== at ? s.version.blocks[s.heading[at]].number : null,
      paragraph: s.paragraph[at],
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
