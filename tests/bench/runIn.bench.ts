/**
 * The run-in heading drawing (renderer/editor/runIn) on a 1,200-block report in which every
 * heading runs in ("Lead-in: body…"): making the state (every heading read), a keystroke in a
 * run-in heading and in a paragraph (that block re-read only), and a section move (every
 * heading looked up again, each answer cached by node).
 */
import { EditorState, TextSelection } from 'prosemirror-state';
import { docFromFlatBlocks } from '../../shared/content/build.ts';
import { moveSectionCommand } from '../../shared/editor/commands/moveSectionCommand.ts';
import { runInKey } from '../../shared/editor/keys.ts';
import { runInPlugin } from '../../renderer/editor/runIn/runInPlugin.ts';
import { generateReport } from './numbering.bench.ts';
import { time } from './stats.ts';

const BODY = ': Được triển khai nghiêm túc, khẩn trương, khoa học, bài bản và chuyên nghiệp.';

export async function run(): Promise<Record<string, unknown>> {
  // Each heading's first phrase as its lead-in, so every one runs in.
  const blocks = generateReport(1200).map((b) => (b.type === 'heading' ? { ...b, text: `${b.text.split(/[.:;!?]/u)[0].slice(0, 80)}${BODY}` } : b));
  const doc = docFromFlatBlocks(blocks);
  const make = () => EditorState.create({ doc, plugins: [runInPlugin()] });
  const state = make();
  const at = (type: string) => {
    let pos = -1;
    state.doc.forEach((node, offset) => {
      if (pos < 0 && node.type.name === type && offset > state.doc.content.size / 2) pos = offset + 2;
    });
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
  };
  const inHeading = at('heading');
  const inParagraph = at('paragraph');
  const sections = blocks.filter((b) => b.type === 'section');
  return {
    blocks: blocks.length,
    runInHeadings: runInKey.getState(state)!.find().length,
    makeStateMs: await time(make, 20),
    typeInRunInHeadingMs: await time(() => inHeading.apply(inHeading.tr.insertText('x')), 200),
    typeInParagraphMs: await time(() => inParagraph.apply(inParagraph.tr.insertText('x')), 200),
    moveSectionMs: await time(() => {
      let next = state;
      moveSectionCommand(sections[0].id, null)(state, (tr) => (next = state.apply(tr)));
      return next;
    }, 50),
  };
}
