/**
 * Renumbering after moving a section in a 1,200-block Political Report (issue #3 target: ≤ 5 ms),
 * on flat blocks and through the editor (ProseMirror command + blockIds plugin + flatten).
 */
import { readFileSync } from 'node:fs';
import { EditorState } from 'prosemirror-state';
import { blockIdsPlugin } from '../../shared/editor/plugins/blockIds.ts';
import type { BlockType } from '../../shared/document/blockTypes.ts';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import type { FlatBlock } from '../../shared/document/flatBlock.ts';
import { flattenDoc } from '../../shared/document/flatten.ts';
import { schema } from '../../shared/editor/schema.ts';
import { numberBlocks } from '../../shared/numbering/numberBlocks.ts';
import { buildOutline } from '../../shared/outline/buildOutline.ts';
import { moveSectionCommand } from '../../shared/editor/commands/moveSectionCommand.ts';
import { moveSection } from '../../shared/outline/moveSection.ts';
import { targetFigures } from '../../shared/targets/targetFigures.ts';
import { time } from './stats.ts';

const corpus = readFileSync(new URL('../../../shared/corpus/thong-bao-nhanh-ket-qua-dai-hoi.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l.length > 40);

/** A report shaped like the corpus's part IV: sections, 1., 1.1., a), targets, "Một là", paragraphs. */
export function generateReport(size = 1200): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  const add = (type: BlockType, level: number | null = null) =>
    blocks.push({ id: `g${blocks.length}`, type, level, text: corpus[blocks.length % corpus.length] });
  for (let s = 0; blocks.length < size; s++) {
    add('section');
    for (let h1 = 0; h1 < 4 && blocks.length < size; h1++) {
      add('heading', 1);
      add('paragraph');
      for (let h2 = 0; h2 < 3; h2++) {
        add('heading', 2);
        add('paragraph');
        add('heading', 4);
        for (let t = 0; t < 4; t++) add('target');
        for (let o = 0; o < 3; o++) add('ordinal');
        add('bullet');
      }
    }
  }
  return blocks.slice(0, size);
}

export async function run(): Promise<Record<string, unknown>> {
  const blocks = generateReport();
  const sections = blocks.flatMap((b, i) => (b.type === 'section' ? [i] : []));
  let flip = false;
  // Alternate first section → end and back so every run moves a whole section.
  const flatMove = await time(() => {
    flip = !flip;
    const moved = moveSection(blocks, flip ? sections[0] : sections[1], flip ? blocks.length : sections[0]);
    return numberBlocks(moved);
  }, 200, 20);

  let state = EditorState.create({ schema, doc: docFromFlatBlocks(blocks), plugins: [blockIdsPlugin()] });
  const ids = [blocks[sections[0]].id, blocks[sections[1]].id];
  let k = 0;
  const editorMove = await time(() => {
    const id = ids[k++ % 2];
    moveSectionCommand(id, null)(state, (tr) => (state = state.applyTransaction(tr).state));
    return numberBlocks(flattenDoc(state.doc));
  }, 100, 10);

  const numberOnly = await time(() => numberBlocks(blocks), 200, 20);
  const labels = numberBlocks(blocks);
  const outline = await time(() => buildOutline(blocks, labels), 100, 10);
  const figures = await time(() => targetFigures(blocks), 50, 5);
  return {
    blocks: blocks.length,
    targets: blocks.filter((b) => b.type === 'target').length,
    moveSectionAndRenumber_ms: flatMove,
    editorMoveSectionAndRenumber_ms: editorMove,
    target_ms: 5,
    numberBlocks_ms: numberOnly,
    buildOutline_ms: outline,
    extractAllTargetFigures_ms: figures,
  };
}
