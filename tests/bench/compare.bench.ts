import type { NumberedBlock } from '../../shared/document/flatBlock.ts';
import { alignAcross } from '../../shared/compare/alignAcross.ts';
import { compareBlocks } from '../../shared/compare/compareBlocks.ts';
import { synopsis } from '../../shared/compare/synopsis.ts';
import { targetsAcrossDrafts } from '../../shared/compare/targetsAcrossDrafts.ts';
import { generateReport } from '../fixtures/generators/report.ts';
import { type PlantCounts, plantEdits } from '../fixtures/generators/plantEdits.ts';
import { dmpWords, jsdiffWords, movesVisible } from './compareBaselines.ts';
import { time } from './stats.ts';

/** About 5% of the ~1,200 blocks of a 40,000-word report changed, of every kind. */
const COUNTS: PlantCounts = { word: 15, tone: 6, punctuation: 6, number: 6, inserted: 6, deleted: 6, moved: 6, movedEdited: 3, split: 3, merged: 3, renumbered: 5 };

const wordCount = (blocks: NumberedBlock[]) => blocks.reduce((n, b) => n + b.text.split(/\s+/u).length, 0);
const text = (blocks: NumberedBlock[]) => blocks.map((b) => b.text).join('\n');

/** Drafts 1…n of one report, each made from the previous one with about 5% edits. */
function draftSeries(first: NumberedBlock[], n: number): NumberedBlock[][] {
  const drafts = [first];
  for (let k = 1; k < n; k++) drafts.push(plantEdits(drafts[k - 1], { seed: 100 + k, counts: COUNTS }).right);
  return drafts;
}

export async function run(): Promise<Record<string, unknown>> {
  const left = generateReport({ words: 40_000, seed: 1 });
  const { right, planted } = plantEdits(left, { seed: 2, counts: COUNTS });
  const moved = planted.filter((p) => p.op === 'moved');
  const movedTexts = moved.map((p) => p.right[0].text);
  const [a, b] = [text(left), text(right)];

  const result = compareBlocks(left, right);
  const ourMoves = moved.filter((p) => result.changes.some((c) => c.op === 'moved' && c.left?.id === p.leftId && c.right?.id === p.right[0].id)).length;
  const recovered = planted.filter((p) => result.changes.some((c) => c.moveTo === undefined && (p.leftId ? c.left?.id === p.leftId : c.right?.id === p.right[0].id) && c.op === p.op && c.class === p.class)).length;

  const ours = await time(() => compareBlocks(left, right), 30, 5);
  const fresh = plantEdits(left, { seed: 2, counts: COUNTS, freshIds: true }).right;
  const oursFreshIds = await time(() => compareBlocks(left, fresh), 30, 5);
  const jsdiff = await time(() => jsdiffWords(a, b), 5, 1);
  const dmp = await time(() => dmpWords(a, b), 5, 1);
  const drafts = draftSeries(left, 12);
  const someTarget = left.find((x) => x.type === 'target')?.id ?? left[0].id;
  const synopsisMs = await time(() => synopsis(drafts, someTarget), 10, 2);
  const lineage = alignAcross(drafts);
  const synopsisGivenLineage = await time(() => synopsis(drafts, left[600].id, lineage), 30, 5);
  const targetsMs = await time(() => targetsAcrossDrafts(drafts), 10, 2);
  return {
    synopsis_12_drafts: { ms: synopsisMs, target_ms: 300, note: 'includes aligning the 11 consecutive pairs' },
    synopsis_with_lineage_cached: { ms: synopsisGivenLineage },
    targets_table_12_drafts: { ms: targetsMs },
    input: { words: [wordCount(left), wordCount(right)], blocks: [left.length, right.length], planted: planted.length, moves: moved.length },
    engine: { ms: ours, target_ms: 20, planted_recovered: recovered, moves_correct: ourMoves },
    engine_without_ids: { ms: oursFreshIds, target_ms: 20 },
    jsdiff_diffWords: { ms: jsdiff, ratio_to_engine: Math.round((jsdiff.median / ours.median) * 10) / 10, moves_visible: movesVisible(jsdiffWords(a, b), movedTexts), moves_reported_as_moves: 0 },
    diff_match_patch_words: { ms: dmp, ratio_to_engine: Math.round((dmp.median / ours.median) * 10) / 10, moves_visible: movesVisible(dmpWords(a, b), movedTexts), moves_reported_as_moves: 0 },
  };
}
