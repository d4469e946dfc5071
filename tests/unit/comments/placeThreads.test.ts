// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { makeAnchor } from '../../../shared/comments/makeAnchor.ts';
import { placeThreads } from '../../../shared/comments/placeThreads.ts';
import type { TextAnchor } from '../../../shared/comments/textAnchor.ts';
import { doc, p, sec } from '../blockIds/fixtures.ts';

const text = doc(p('p0', 'Lời mở đầu.'), sec('s1', 'Phần một'), p('p1', 'Kinh tế tăng trưởng khá.'), sec('s2', 'Phần hai'), p('p2', 'Văn hoá xã hội phát triển.'));

function anchorOf(quote: string): TextAnchor {
  let from = -1;
  text.descendants((node, pos) => {
    if (node.isText && node.text!.includes(quote) && from < 0) from = pos + node.text!.indexOf(quote);
  });
  return makeAnchor(text, from, from + quote.length, () => 'AAAA')!;
}

const thread = (id: string, quote: string, status: 'open' | 'resolved' = 'open') => ({ id, anchor: anchorOf(quote), status });

describe('placeThreads', () => {
  it('groups open threads by section in the order of the text, resolved and orphaned apart', () => {
    const gone = { id: 'gone', anchor: { ...anchorOf('Kinh tế'), blockId: 'x', quote: 'một câu đã bị xoá hẳn' }, status: 'open' as const };
    const groups = placeThreads(text, [thread('late', 'Văn hoá'), thread('done', 'tăng trưởng', 'resolved'), gone, thread('early', 'Kinh tế'), thread('intro', 'mở đầu')], () => null, (i) => ['', 'I', '', 'II', ''][i]);
    expect(groups.open.map((g) => [g.section?.title ?? null, g.threads.map((t) => t.thread.id)])).toEqual([
      [null, ['intro']],
      ['I. Phần một', ['early']],
      ['II. Phần hai', ['late']],
    ]);
    expect(groups.resolved.map((t) => t.thread.id)).toEqual(['done']);
    expect(groups.orphaned.map((t) => [t.thread.id, t.thread.anchor.quote])).toEqual([['gone', 'một câu đã bị xoá hẳn']]);
  });

  it('makes no anchor of a selection without text', () => {
    expect(makeAnchor(text, 0, 1, () => 'AAAA')).toBeNull();
  });
});
