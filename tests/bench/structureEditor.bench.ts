/**
 * The structured editor's per-transaction cost on a 1,200-block report: the numbering plugin
 * (labels + decorations) when typing (mapped, no renumbering) and when a section moves
 * (renumbered, decorations rebuilt), and the derived panels (outline, targets table).
 */
import { EditorState, TextSelection } from 'prosemirror-state';
import { blockIdsPlugin } from '../../shared/editor/plugins/blockIds.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { flattenDoc } from '../../shared/document/flatten.ts';
import { buildOutline } from '../../shared/outline/buildOutline.ts';
import { moveSectionCommand } from '../../shared/editor/commands/moveSectionCommand.ts';
import type { TargetFigure } from '../../shared/targets/index.ts';
import { labelsOf, numberingPlugin } from '../../shared/editor/plugins/numberingPlugin.ts';
import { targetRows } from '../../renderer/targets/targetRows.ts';
import { generateReport } from './numbering.bench.ts';
import { time } from './stats.ts';

export async function run(): Promise<Record<string, unknown>> {
  const blocks = generateReport(1200);
  const doc = docFromFlatBlocks(blocks);
  const state = EditorState.create({ doc, plugins: [blockIdsPlugin(), numberingPlugin()] });
  const inFirst = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 2)));
  const sections = blocks.filter((b) => b.type === 'section');
  const cache = new Map<string, TargetFigure[]>();
  targetRows(state.doc, labelsOf(state), cache);
  return {
    blocks: blocks.length,
    typeOneCharacterMs: await time(() => inFirst.apply(inFirst.tr.insertText('x')), 50),
    moveSectionAndRenumberMs: await time(() => {
      const tr = moveSectionCommand(sections[0].id, null);
      let next = state;
      tr(state, (t) => (next = state.applyTransaction(t).state));
      return labelsOf(next);
    }, 30),
    outlineMs: await time(() => buildOutline(flattenDoc(state.doc), labelsOf(state)), 30),
    targetsTableCachedMs: await time(() => targetRows(state.doc, labelsOf(state), cache), 30),
  };
}
