import { describe, expect, it } from 'vitest';
import { compareBlocks } from '../../../shared/compare/compareBlocks.ts';
import type { EmphasisSpan, NumberedBlock } from '../../../shared/document/flatBlock.ts';
import { exportComparisonDocx } from '../../../shared/export/exportComparisonDocx.ts';
import { exportBlockPrefix } from '../../../shared/export/numberPrefix.ts';
import { type PlantCounts, plantEdits } from '../../fixtures/generators/plantEdits.ts';
import { type Random, seededRandom } from '../../fixtures/generators/random.ts';
import { generateReport } from '../../fixtures/generators/report.ts';
import { documentBody, reviewedBoldOff, reviewedDraft, reviewedEmphasis, revisionAttributesProblems, unzipDocx } from './docxKit.ts';
import { expectedBoldOff } from './comparisonCases.ts';

const COUNTS: PlantCounts = { word: 2, tone: 1, punctuation: 1, number: 1, inserted: 1, deleted: 1, moved: 1, movedEdited: 1, split: 1, merged: 1, renumbered: 1 };

/** Some stretch of a block's text made bold, italic or underlined (never across a line break). */
function randomSpans(block: NumberedBlock, random: Random): EmphasisSpan[] | undefined {
  const line = block.text.indexOf('\n') < 0 ? block.text.length : block.text.indexOf('\n');
  if (line < 4) return undefined;
  const from = random.int(0, Math.floor(line / 2));
  const to = random.int(from + 1, line);
  const kind = random.pick(['bold', 'italic', 'underline'] as const);
  return [{ from, to, [kind]: true }];
}

/**
 * Two drafts from the generator with planted edits, emphasis added, changed or kept on both sides,
 * and some blocks retyped or their heading level changed in the newer.
 */
function drafts(seed: number): { left: NumberedBlock[]; right: NumberedBlock[] } {
  const random = seededRandom(seed);
  // A third of the headings run in ("Lead-in: body…"), printed with only the lead-in bold.
  const base = generateReport({ words: 8_000, seed }).map((b) => (b.type === 'heading' && random.next() < 0.3 ? { ...b, text: `${b.text}: được triển khai nghiêm túc` } : b));
  const left = base.map((b) => (random.next() < 0.3 ? { ...b, emphasis: randomSpans(b, random) } : b));
  // Planted splits copy their block's emphasis to both parts: keep it only where it still fits the text.
  const planted = plantEdits(left, { seed: seed + 1, counts: COUNTS }).right.map((b) => (b.emphasis?.every((s) => s.to <= b.text.length) === false ? { ...b, emphasis: undefined } : b));
  const right = planted.map((b) => {
    const roll = random.next();
    if (roll < 0.1) return { ...b, emphasis: randomSpans(b, random) };
    if (roll < 0.15) return { ...b, emphasis: undefined };
    if (roll < 0.18 && b.type === 'paragraph') return { ...b, type: 'bullet' as const };
    if (roll < 0.21 && b.type === 'heading') return { ...b, level: b.level === 1 ? 2 : 1 };
    // A point that stops running in (its colon made a semicolon), a paragraph made a run-in point.
    if (roll < 0.24 && b.type === 'heading' && b.text.includes(': ')) return { ...b, text: b.text.replace(': ', '; ') };
    if (roll < 0.27 && b.type === 'paragraph' && b.text.length < 120) return runInPoint(b);
    return b;
  });
  return { left, right };
}

const LEAD_IN = 'Về nội dung: ';
/** A paragraph made a run-in point of level 2, its emphasis moved along with its text. */
const runInPoint = (b: NumberedBlock): NumberedBlock => ({
  ...b,
  type: 'heading',
  level: 2,
  text: LEAD_IN + b.text,
  emphasis: b.emphasis?.map((s) => ({ ...s, from: s.from + LEAD_IN.length, to: s.to + LEAD_IN.length })),
});

const paragraphs = (blocks: NumberedBlock[]) => blocks.map((b) => exportBlockPrefix(b.type, b.number, b.text) + b.text);
/** A block's spans as the paragraph shows them: after its number. */
const shifted = (blocks: NumberedBlock[]) =>
  blocks.map((b) => {
    const at = exportBlockPrefix(b.type, b.number, b.text).length;
    return (b.emphasis ?? []).map(({ from, to, ...e }) => ({ from: from + at, to: to + at, ...e }));
  });

describe('the tracked .docx of the engine’s comparisons, with emphasis and structure changes', () => {
  it('accepts to the newer draft and rejects to the older, text, numbers, emphasis and run-in bodies, on 30 generated pairs', () => {
    const seen = { formatting: 0, structure: 0, moved: 0, runIn: 0 };
    for (let seed = 1; seed <= 30; seed++) {
      const { left, right } = drafts(seed * 7);
      const { changes } = compareBlocks(left, right);
      for (const c of changes) {
        if (c.class === 'formatting' || c.tokens.some((t) => t.emphasisBefore)) seen.formatting++;
        if (c.class === 'structure' || (c.left && c.right && c.left.type !== c.right.type)) seen.structure++;
        if (c.moveFrom !== undefined) seen.moved++;
      }
      const body = documentBody(unzipDocx(exportComparisonDocx(changes, { author: 'Kiểm thử', date: '2025-01-01T00:00:00Z' })));
      expect(reviewedDraft(body, 'accept'), `seed ${seed}`).toEqual(paragraphs(right));
      expect(reviewedDraft(body, 'reject'), `seed ${seed}`).toEqual(paragraphs(left));
      const spans = (mode: 'accept' | 'reject') => reviewedEmphasis(body, mode).slice(0, mode === 'accept' ? right.length : left.length);
      expect(spans('accept'), `seed ${seed}`).toEqual(shifted(right));
      expect(spans('reject'), `seed ${seed}`).toEqual(shifted(left));
      const boldOff = (mode: 'accept' | 'reject') => reviewedBoldOff(body, mode).slice(0, mode === 'accept' ? right.length : left.length);
      expect(boldOff('accept'), `seed ${seed}`).toEqual(right.map(expectedBoldOff));
      expect(boldOff('reject'), `seed ${seed}`).toEqual(left.map(expectedBoldOff));
      seen.runIn += right.filter((b) => expectedBoldOff(b).length > 0).length;
      expect(revisionAttributesProblems(body)).toEqual([]);
    }
    expect(Math.min(seen.formatting, seen.structure, seen.moved, seen.runIn)).toBeGreaterThan(20);
  });
});
