import { compareKey } from '../../text/normalize.ts';

/**
 * Why a tag is suggested: tagged comments with similar text; the tags most used on the other
 * comments anchored in the same section; a code named in the section's heading.
 */
export const TAG_REASONS = ['similar', 'section', 'heading'] as const;
export type TagReason = (typeof TAG_REASONS)[number];

/** A tag suggested for a comment: the code, how strongly (0..1), the tagged comments it came from, and why (best reason first). */
export interface TagSuggestion {
  codeId: string;
  score: number;
  from: string[];
  reasons: TagReason[];
}

/** Where an anchored comment is: its section's heading, and the other comments anchored in that section with their tags. */
export interface SectionContext {
  heading: string;
  tagged: readonly { itemId: string; codeIds: readonly string[] }[];
}

/** From the section: its most used tags, this many at most, each used on at least MIN_SECTION_USES other comments. */
const SECTION_TAGS = 3;
const MIN_SECTION_USES = 2;
/** A code named in the section's heading: as strong as this (a heading says what its section is about). */
const HEADING_SCORE = 0.9;

/** The comments a suggestion looks at: the most similar tagged ones, at least this similar. */
const NEIGHBOURS = 5;
const MIN_SIMILARITY = 0.2;

/** Pairs of neighbouring syllables of a text, on comparison keys (tone placement and case blind). */
function bigrams(text: string): Set<string> {
  const words = syllables(text);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]}`);
  return grams;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Tags for `text` from similar comments that are tagged already: the NEIGHBOURS most similar
 * (Dice over syllable bigrams, at least MIN_SIMILARITY), each voting for its codes with its
 * similarity; a code's score is its votes over the neighbours' total. For a comment anchored in
 * a section (`section`), also the section's most used tags (score: the share of its tagged
 * comments that carry it) and the codes whose name is in the section's heading, as whole
 * syllables, tone placement and case aside ("Kinh tế" in "II. PHÁT TRIỂN KINH TẾ NHANH").
 * A code suggested for several reasons keeps its best score and lists every reason, best first.
 * Codes the comment has are not suggested. Best first.
 */
export function suggestTags(
  text: string,
  has: ReadonlySet<string>,
  tagged: readonly { itemId: string; text: string; codeIds: readonly string[] }[],
  section?: { context: SectionContext; codes: readonly { id: string; name: string }[] },
): TagSuggestion[] {
  const found = [...similarTags(text, has, tagged), ...(section ? [...sectionTags(section.context, has), ...headingTags(section.context.heading, has, section.codes)] : [])];
  const byCode = new Map<string, TagSuggestion>();
  for (const suggestion of found.sort((a, b) => b.score - a.score)) {
    const known = byCode.get(suggestion.codeId);
    if (!known) byCode.set(suggestion.codeId, { ...suggestion, from: [...suggestion.from], reasons: [...suggestion.reasons] });
    else {
      known.reasons.push(...suggestion.reasons.filter((r) => !known.reasons.includes(r)));
      known.from.push(...suggestion.from.filter((id) => !known.from.includes(id)));
    }
  }
  return [...byCode.values()].sort((a, b) => b.score - a.score || a.codeId.localeCompare(b.codeId));
}

function similarTags(text: string, has: ReadonlySet<string>, tagged: readonly { itemId: string; text: string; codeIds: readonly string[] }[]): TagSuggestion[] {
  const own = bigrams(text);
  const neighbours = tagged
    .map((other) => ({ other, score: similarity(own, bigrams(other.text)) }))
    .filter((n) => n.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, NEIGHBOURS);
  const total = neighbours.reduce((sum, n) => sum + n.score, 0);
  const votes = new Map<string, { score: number; from: string[] }>();
  for (const { other, score } of neighbours) {
    for (const codeId of other.codeIds) {
      if (has.has(codeId)) continue;
      const vote = votes.get(codeId) ?? { score: 0, from: [] };
      vote.score += score;
      vote.from.push(other.itemId);
      votes.set(codeId, vote);
    }
  }
  return [...votes.entries()]
    .map(([codeId, vote]) => ({ codeId, score: Math.round((vote.score / total) * 100) / 100, from: vote.from, reasons: ['similar' as TagReason] }));
}

function sectionTags(context: SectionContext, has: ReadonlySet<string>): TagSuggestion[] {
  const uses = new Map<string, string[]>();
  let taggedItems = 0;
  for (const other of context.tagged) {
    if (other.codeIds.length === 0) continue;
    taggedItems++;
    for (const codeId of new Set(other.codeIds)) if (!has.has(codeId)) uses.set(codeId, [...(uses.get(codeId) ?? []), other.itemId]);
  }
  return [...uses.entries()]
    .filter(([, from]) => from.length >= MIN_SECTION_USES)
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, SECTION_TAGS)
    .map(([codeId, from]) => ({ codeId, score: Math.round((from.length / taggedItems) * 100) / 100, from, reasons: ['section' as TagReason] }));
}

function headingTags(heading: string, has: ReadonlySet<string>, codes: readonly { id: string; name: string }[]): TagSuggestion[] {
  const words = ` ${syllables(heading).join(' ')} `;
  return codes
    .filter((code) => !has.has(code.id))
    .filter((code) => {
      const name = syllables(code.name);
      return name.length > 0 && words.includes(` ${name.join(' ')} `);
    })
    .map((code) => ({ codeId: code.id, score: HEADING_SCORE, from: [], reasons: ['heading' as TagReason] }));
}

/** A text's syllables on comparison keys (tone placement and case blind), punctuation dropped. */
function syllables(text: string): string[] {
  return compareKey(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
