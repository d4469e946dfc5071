/**
 * What anchoring needs of one draft, computed once and used for every comment: each block's
 * syllable codes and bigrams, an inverted index of bigrams (with their idf weights), where each
 * numbered place is (by label and by full path: "II.3" is heading "3" in section "II") and the
 * range of blocks each outline block heads.
 */
import type { NumberedBlock } from '../../document/flatBlock.ts';
import { outlineDepth } from '../../document/blockTypes.ts';
import { labelKey } from '../../numbering/labelKey.ts';
import { bigramsOf, SyllableCoder } from './syllableCodes.ts';

/** Words on a printed page of a report (A4, 14 pt): turns "trang 5" into a position. */
export const WORDS_PER_PAGE = 350;

export interface DraftIndex {
  draftNumber: number | null;
  blocks: readonly NumberedBlock[];
  coder: SyllableCoder;
  /** Per block: its syllable codes and distinct bigrams. */
  codes: string[];
  bigrams: number[][];
  /** Bigram → the blocks that have it, ascending. */
  postings: Map<number, number[]>;
  /** Bigram → log(blocks / blocks that have it). */
  weight(bigram: number): number;
  /** Outline places by label key and by full path key ("ii", "ii.3", "3", "3.1", "ii.3.1", "phần thứ hai"). */
  places: Map<string, number[]>;
  /** Points ("a)" headings) by letter, targets by "(7)", ordinals by "một là". */
  points: Map<string, number[]>;
  targets: Map<string, number[]>;
  ordinals: Map<string, number[]>;
  /** Per outline block: the index after the last block of its range (itself + what it heads); others: i + 1. */
  rangeEnd: number[];
  /** Per block: words before it, for page positions. */
  wordsBefore: number[];
  /** Block index by id. */
  indexOfId: Map<string, number>;
}

export function indexDraft(blocks: readonly NumberedBlock[], draftNumber: number | null): DraftIndex {
  const coder = new SyllableCoder();
  const codes = blocks.map((b) => coder.encode(b.text, true));
  const bigrams = codes.map(bigramsOf);
  const postings = new Map<number, number[]>();
  bigrams.forEach((set, i) => {
    for (const g of set) {
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  });
  const wordsBefore: number[] = [];
  let words = 0;
  for (const c of codes) {
    wordsBefore.push(words);
    words += c.length;
  }
  const n = Math.max(1, blocks.length);
  return {
    draftNumber,
    blocks,
    coder,
    codes,
    bigrams,
    postings,
    weight: (g) => Math.log(1 + n / (postings.get(g)?.length ?? n)),
    ...placesOf(blocks),
    wordsBefore,
    indexOfId: new Map(blocks.map((b, i) => [b.id, i])),
  };
}

type Places = Pick<DraftIndex, 'places' | 'points' | 'targets' | 'ordinals' | 'rangeEnd'>;

function placesOf(blocks: readonly NumberedBlock[]): Places {
  const places = new Map<string, number[]>();
  const points = new Map<string, number[]>();
  const targets = new Map<string, number[]>();
  const ordinals = new Map<string, number[]>();
  const rangeEnd = blocks.map((_, i) => i + 1);
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  // The open outline blocks, outermost first: their labels make the path of what follows.
  const open: { depth: number; index: number; label: string }[] = [];
  blocks.forEach((block, i) => {
    const depth = outlineDepth(block.type, block.level);
    const label = block.number === null ? '' : labelKey(block.number);
    if (depth !== null) {
      while (open.length > 0 && open[open.length - 1].depth >= depth) rangeEnd[open.pop()!.index] = i;
      if (label) {
        add(places, label, i);
        if (block.type === 'heading' && block.level === 4) add(points, label.replace(/\)$/u, ''), i);
        // Full paths: section "II" + heading "3" → "ii.3"; a dotted label already holds its parents.
        const section = open.find((o) => blocks[o.index].type === 'section');
        if (section && block.type === 'heading') add(places, `${section.label}.${label}`, i);
      }
      open.push({ depth, index: i, label });
    } else if (label && block.type === 'target') add(targets, label, i);
    else if (label && block.type === 'ordinal') add(ordinals, label, i);
  });
  for (const o of open) rangeEnd[o.index] = blocks.length;
  return { places, points, targets, ordinals, rangeEnd };
}
