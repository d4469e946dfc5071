import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { blockIdsPlugin } from '../../../shared/editor/plugins/blockIds.ts';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { DEFAULT_SCHEME, withRule } from '../../../shared/numbering/index.ts';
import { topLevelBlocks } from '../../../shared/editor/commands/topLevel.ts';
import { numberingKey } from '../../../shared/editor/keys.ts';
import { labelsOf, numberingPlugin, prefixesOf } from '../../../shared/editor/plugins/numberingPlugin.ts';
import { sameStructure } from '../../../shared/editor/plugins/sameStructure.ts';
import { moveSectionStep } from '../../../shared/editor/commands/sectionCommands.ts';
import { deleteSection } from '../../../shared/editor/commands/deleteSection.ts';
import { siblingMoveTarget } from '../../../shared/editor/commands/siblingMove.ts';
import { structuredEnter } from '../../../shared/editor/commands/structuredEnter.ts';
import { doc, h, p, run, sec, tgt } from '../blockIds/fixtures.ts';

const sample = () =>
  doc(sec('s1', 'Một'), h(1, 'a', 'A'), p('pa', 'nội dung a'), h(1, 'b', 'B'), tgt('t1', 'chỉ tiêu'), sec('s2', 'Hai'), h(1, 'c', 'C'));

function editorState(d = sample(), cursor = 1) {
  const state = EditorState.create({ doc: d, schema, plugins: [blockIdsPlugin(), numberingPlugin()] });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor)));
}
const shape = (s: EditorState) => flattenDoc(s.doc).map((b) => `${b.type}${b.level ?? ''}:${b.text}`);
const endOf = (s: EditorState, id: string) => {
  const b = topLevelBlocks(s.doc).find((x) => x.id === id)!;
  return b.pos + b.node.nodeSize - 1;
};

describe('numbering plugin', () => {
  it('labels every numbered block and shows its display prefix outside the text', () => {
    const s = editorState();
    expect(labelsOf(s)).toEqual(['I', '1', null, '2', '(1)', 'II', '1']);
    expect(prefixesOf(s)).toEqual(['I. ', '1. ', '2. ', '(1) ', 'II. ', '1. ']);
    expect(s.doc.textContent).not.toContain('II.');
  });

  it('keeps labels while typing and renumbers at once when the structure changes', () => {
    let s = editorState();
    const typed = s.apply(s.tr.insertText('x', 2));
    expect(numberingKey.getState(typed)!.labels).toBe(numberingKey.getState(s)!.labels);
    s = run(s, moveSectionStep('s2', 'up'));
    expect(labelsOf(s)).toEqual(['I', '1', 'II', '1', null, '2', '(1)']);
  });

  it('restyles everything when the scheme arrives from the document settings', () => {
    const s = editorState();
    const scheme = withRule(DEFAULT_SCHEME, 'section', { style: 'decimal' });
    const next = s.apply(s.tr.setMeta(numberingKey, scheme));
    expect(labelsOf(next).filter(Boolean)).toEqual(['1', '1', '2', '(1)', '2', '1']);
  });
});

describe('sameStructure', () => {
  it('sees type and heading level changes but not text changes', () => {
    expect(sameStructure(sample(), sample())).toBe(true);
    expect(sameStructure(doc(p('x', 'a')), doc(p('x', 'b')))).toBe(true);
    expect(sameStructure(doc(h(1, 'x')), doc(h(2, 'x')))).toBe(false);
    expect(sameStructure(doc(p('x')), doc(sec('x')))).toBe(false);
    expect(sameStructure(doc(p('x')), doc(p('x'), p('y')))).toBe(false);
  });
});

describe('structured Enter', () => {
  it('continues a target with a new target with its own id, and leaves an empty one as a paragraph', () => {
    let s = editorState(doc(sec('s', 'Một'), tgt('t1', 'Tăng 10%')));
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, endOf(s, 't1'))));
    s = run(s, structuredEnter);
    expect(shape(s)).toEqual(['section:Một', 'target:Tăng 10%', 'target:']);
    const ids = flattenDoc(s.doc).map((b) => b.id);
    expect(ids[1]).toBe('t1');
    expect(new Set(ids).size).toBe(3);
    s = run(s, structuredEnter);
    expect(shape(s)).toEqual(['section:Một', 'target:Tăng 10%', 'paragraph:']);
  });

  it('follows a heading with a paragraph at its end, and splits it into two headings in the middle', () => {
    let s = editorState(doc(h(1, 'a', 'Quan điểm')));
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, endOf(s, 'a'))));
    expect(shape(run(s, structuredEnter))).toEqual(['heading1:Quan điểm', 'paragraph:']);
    s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, 5)));
    expect(shape(run(s, structuredEnter))).toEqual(['heading1:Quan', 'heading1: điểm']);
  });
});

describe('siblingMoveTarget', () => {
  const blocks = topLevelBlocks(sample());
  const index = (id: string) => blocks.findIndex((b) => b.id === id);
  it.each([
    ['b', 'up', 'a'],
    ['a', 'down', 's2'],
    ['s1', 'down', null],
    ['s2', 'up', 's1'],
    ['pa', 'up', 'a'],
    ['pa', 'down', 't1'],
  ] as const)('moves %s %s to stand before %s', (id, direction, before) => {
    expect(siblingMoveTarget(blocks, index(id), direction)).toBe(before);
  });

  it.each([
    ['a', 'up'],
    ['b', 'down'],
    ['s1', 'up'],
    ['s2', 'down'],
    ['c', 'down'],
  ] as const)('does not move %s %s out of its parent or past the end', (id, direction) => {
    expect(siblingMoveTarget(blocks, index(id), direction)).toBeUndefined();
  });
});

describe('section commands', () => {
  it('moves a heading down past its next sibling, content included', () => {
    const s = run(editorState(), moveSectionStep('a', 'down'));
    expect(flattenDoc(s.doc).map((b) => b.id)).toEqual(['s1', 'b', 't1', 'a', 'pa', 's2', 'c']);
  });

  it('deletes a section with everything it owns, and leaves a paragraph when nothing else is left', () => {
    const s = run(editorState(), deleteSection('s1'));
    expect(flattenDoc(s.doc).map((b) => b.id)).toEqual(['s2', 'c']);
    const empty = run(s, deleteSection('s2'));
    expect(shape(empty)).toEqual(['paragraph:']);
  });
});
