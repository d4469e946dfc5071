import { NodeSelection, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { numberBlocks } from '../../../shared/numbering/numberBlocks.ts';
import { duplicateSection } from '../../../shared/editor/commands/duplicateSection.ts';
import { moveSectionCommand } from '../../../shared/editor/commands/moveSectionCommand.ts';
import { demote, promote } from '../../../shared/editor/commands/promoteDemote.ts';
import { setBlockType } from '../../../shared/editor/commands/setBlockType.ts';
import { doc, h, idsOf, p, run, sec, stateOf, tgt, unique } from '../blockIds/fixtures.ts';

const sample = () =>
  doc(sec('s1', 'Một'), h(1, 'a', 'A'), p('pa', 'nội dung a'), h(1, 'b', 'B'), tgt('t1', 'chỉ tiêu'), sec('s2', 'Hai'), h(1, 'c', 'C'));
const shape = (d: ReturnType<typeof doc>) => flattenDoc(d).map((b) => `${b.id}:${b.type}${b.level ?? ''}`).join(' ');
const labels = (d: ReturnType<typeof doc>) => numberBlocks(flattenDoc(d)).join(' ');
const applies = (command: ReturnType<typeof promote>, state: ReturnType<typeof stateOf>) => command(state);

describe('moveSectionCommand', () => {
  it('moves a heading with its content before another block and renumbers', () => {
    const after = run(stateOf(sample()), moveSectionCommand('b', 'a'));
    expect(flattenDoc(after.doc).map((b) => b.id)).toEqual(['s1', 'b', 't1', 'a', 'pa', 's2', 'c']);
    expect(labels(after.doc)).toBe('I 1 (1) 2  II 1');
  });

  it('moves a whole section to the end and leaves the cursor in it', () => {
    const after = run(stateOf(sample()), moveSectionCommand('s1', null));
    expect(flattenDoc(after.doc).map((b) => b.id)).toEqual(['s2', 'c', 's1', 'a', 'pa', 'b', 't1']);
    expect(after.selection.$from.parent.attrs.id).toBe('s1');
    expect(labels(after.doc)).toBe('I 1 II 1  2 (1)');
  });

  it('is not applicable for unknown ids or a drop inside the moved section', () => {
    const state = stateOf(sample());
    expect(moveSectionCommand('nope', 'a')(state)).toBe(false);
    expect(moveSectionCommand('s1', 'nope')(state)).toBe(false);
    expect(moveSectionCommand('s1', 'pa')(state)).toBe(false);
    expect(moveSectionCommand('s1', 's2')(state)).toBe(false);
  });
});

describe('promote and demote', () => {
  it('demotes the heading at the cursor one level, keeping its id (Tab)', () => {
    const state = stateOf(sample(), 21);
    const after = run(state, demote());
    expect(shape(after.doc)).toContain('b:heading2');
    expect(labels(after.doc)).toBe('I 1  1.1 (1) II 1');
  });

  it('promotes a heading 1 to a section and a section to a part (Shift-Tab)', () => {
    const state = stateOf(sample(), 7);
    const once = run(state, promote());
    expect(shape(once.doc).split(' ')[1]).toBe('a:section');
    const part = run(once, promote());
    expect(shape(part.doc).split(' ')[1]).toBe('a:part');
    expect(applies(promote(), part)).toBe(false);
  });

  it('with sub-sections, shifts the whole section and refuses when any block would leave the outline', () => {
    const state = stateOf(sample(), 2);
    const after = run(state, demote({ withSubsections: true }));
    expect(shape(after.doc)).toBe('s1:heading1 a:heading2 pa:paragraph b:heading2 t1:target s2:section c:heading1');
    const deep = stateOf(doc(h(3, 'x', 'X'), h(4, 'y', 'Y')), 2);
    expect(applies(demote({ withSubsections: true }), deep)).toBe(false);
    expect(shape(run(deep, demote()).doc)).toBe('x:heading4 y:heading4');
  });

  it('does not apply to a paragraph, so Tab falls through to other keymaps', () => {
    const state = stateOf(sample());
    const inPara = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 15)));
    expect(inPara.selection.$from.parent.attrs.id).toBe('pa');
    expect(applies(demote(), inPara)).toBe(false);
  });
});

describe('setBlockType', () => {
  it('turns the selected blocks into headings of a level, keeping ids and text', () => {
    const state = stateOf(sample());
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 15, 21)));
    const after = run(selected, setBlockType('heading', 3));
    expect(shape(after.doc)).toBe('s1:section a:heading1 pa:heading3 b:heading3 t1:target s2:section c:heading1');
    expect(after.doc.child(2).textContent).toBe('nội dung a');
  });

  it('is not applicable when nothing would change or for a table', () => {
    const state = stateOf(sample());
    expect(setBlockType('section')(state)).toBe(false);
    expect(setBlockType('table')(state)).toBe(false);
  });

  it('changes a node-selected block', () => {
    const state = stateOf(sample());
    const selected = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, 0)));
    expect(shape(run(selected, setBlockType('paragraph')).doc).split(' ')[0]).toBe('s1:paragraph');
  });
});

describe('duplicateSection', () => {
  it('inserts a copy of the section after it with fresh ids, and renumbers', () => {
    const after = run(stateOf(sample()), duplicateSection('a'));
    const flat = flattenDoc(after.doc);
    expect(flat.map((b) => b.text)).toEqual(['Một', 'A', 'nội dung a', 'A', 'nội dung a', 'B', 'chỉ tiêu', 'Hai', 'C']);
    expect(flat.slice(0, 3).map((b) => b.id)).toEqual(['s1', 'a', 'pa']);
    expect(unique(idsOf(after.doc))).toBe(true);
    expect(labels(after.doc)).toBe('I 1  2  3 (1) II 1');
    expect(after.selection.$from.parent.attrs.id).toBe(flat[3].id);
  });

  it('is not applicable to an unknown block', () => {
    expect(duplicateSection('nope')(stateOf(sample()))).toBe(false);
  });
});
