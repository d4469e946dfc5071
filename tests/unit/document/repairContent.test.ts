import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import { docFromFlatBlocks } from '../../../shared/content/build.ts';
import { CONTENT_FRAGMENT } from '../../../shared/document/contentFragment.ts';
import { describeRepairs } from '../../../shared/content/contentRepair.ts';
import { repairContent } from '../../../shared/content/repairContent.ts';
import { repairedDoc } from '../../../shared/content/repairedDoc.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { yContentJson } from '../../../shared/content/yContentJson.ts';
import { seededRandom, type Random } from '../../fixtures/generators/random.ts';
import { POISON_KINDS } from '../../fixtures/poisonedContent.ts';
import { EMPTY_HEADER } from '../../../shared/document/header.ts';

const GOOD = docFromFlatBlocks(
  [
    { id: 'sec1', type: 'section', level: null, text: 'ĐÁNH GIÁ KẾT QUẢ' },
    { id: 'h1', type: 'heading', level: 2, text: 'Về kinh tế' },
    { id: 'p1', type: 'paragraph', level: null, text: 'Tăng trưởng 9,5%/năm,\nvượt kế hoạch.' },
    { id: 't1', type: 'table', level: null, text: 'Chỉ tiêu\tKết quả\nGRDP\t13%' },
  ],
  schema.nodes.header.create({ ...EMPTY_HEADER, id: 'hd', docType: 'BÁO CÁO CHÍNH TRỊ', title: 'Dự thảo' }),
);

/** All text of a ProseMirror JSON tree, in order (header fields left out). */
function textOf(node: unknown): string {
  const n = node as { type?: string; text?: unknown; content?: unknown[] };
  if (n.type === 'header') return '';
  return (typeof n.text === 'string' ? n.text : '') + (n.content ?? []).map(textOf).join('');
}

describe('repairContent', () => {
  it('leaves valid content as it is and reports nothing', () => {
    const marks = [schema.marks.strong.create(), schema.marks.footnote_ref.create({ note: 'p1' })];
    const withMarks = GOOD.copy(GOOD.content.addToEnd(schema.nodes.paragraph.create({ id: 'm' }, schema.text('Đậm', marks))));
    for (const doc of [GOOD, withMarks]) {
      const { doc: repaired, repairs } = repairContent(doc.toJSON());
      expect(repairs).toEqual([]);
      expect(Node.fromJSON(schema, repaired).eq(doc)).toBe(true);
    }
  });

  it.each(POISON_KINDS.filter((k) => k.blocks.length > 0).map((k) => [k.name, k] as const))('repairs %s, keeping its text and what it replaced', (_name, kind) => {
    const raw = [...(GOOD.toJSON().content as unknown[]), ...kind.blocks];
    const first = repairContent(raw);
    expect(first.repairs.length).toBeGreaterThan(0);
    expect(first.repairs.every((r) => r.was !== undefined || r.kind === 'filled')).toBe(true);
    const doc = Node.fromJSON(schema, first.doc);
    doc.check();
    expect(doc.textContent).toContain(kind.text);
    // Deterministic, and repaired content needs no second repair.
    expect(repairContent(raw)).toEqual(first);
    expect(repairContent(first.doc).repairs).toEqual([]);
  });

  it('gives a heading with level "NaN" the default level and keeps the old value', () => {
    const { doc, repairs } = repairContent([{ type: 'heading', attrs: { id: 'h', level: 'NaN' }, content: [{ type: 'text', text: 'Mục' }] }]);
    expect(doc.content![0].attrs).toEqual({ id: 'h', level: 1 });
    expect(repairs).toEqual([{ kind: 'attribute', path: [0], type: 'heading', attr: 'level', was: 'NaN', now: 1 }]);
    expect(repairContent([{ type: 'heading', attrs: { id: 'h', level: '3' } }]).doc.content![0].attrs).toEqual({ id: 'h', level: 3 });
  });

  it('wraps bare top-level text in one paragraph with its marks', () => {
    const { doc, repairs } = repairContent([
      { type: 'text', text: 'Một ' },
      { type: 'text', text: 'hai', marks: [{ type: 'em' }] },
      { type: 'paragraph', attrs: { id: 'p' } },
    ]);
    expect(doc.content![0].content).toEqual([{ type: 'text', text: 'Một ' }, { type: 'text', text: 'hai', marks: [{ type: 'em' }] }]);
    expect(doc.content![1]).toEqual({ type: 'paragraph', attrs: { id: 'p' } });
    expect(repairs.map((r) => r.kind)).toEqual(['wrapped']);
  });

  it('replaces an invalid id by the same new id every time, never one already taken', () => {
    const raw = [
      { type: 'paragraph', attrs: { id: { a: 1 } } },
      { type: 'paragraph', attrs: { id: '' } },
      { type: 'paragraph', attrs: { id: 42 } },
    ];
    const ids = repairContent(raw).doc.content!.map((b) => b.attrs!.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z2-9]{10}$/.test(id as string))).toBe(true);
    expect(repairContent(raw).doc.content!.map((b) => b.attrs!.id)).toEqual(ids);
    expect(repairContent(raw).repairs.map((r) => r.was)).toEqual([{ a: 1 }, '', 42]);
  });

  it('replaces unknown nodes by their content and drops unknown marks, keeping the text', () => {
    const { doc, repairs } = repairContent([
      { type: 'columns', content: [{ type: 'paragraph', attrs: { id: 'a' }, content: [{ type: 'text', text: 'Cột một' }] }, { type: 'text', text: 'lẻ' }] },
      { type: 'paragraph', attrs: { id: 'b' }, content: [{ type: 'sparkle', content: [{ type: 'text', text: 'lấp lánh', marks: [{ type: 'strong' }, { type: 'glow' }] }] }] },
    ]);
    expect(textOf(doc)).toBe('Cột mộtlẻlấp lánh');
    expect(doc.content![2].content).toEqual([{ type: 'text', text: 'lấp lánh', marks: [{ type: 'strong' }] }]);
    expect(repairs.map((r) => r.kind)).toEqual(['unknown_node', 'wrapped', 'unknown_node', 'mark']);
    expect(describeRepairs(repairs)).toBe('1 chữ nằm ngoài khối, 2 loại khối không có trong văn bản, 1 định dạng không hợp lệ');
  });

  it('moves a header that is not first into a paragraph of its fields and rebuilds broken tables', () => {
    const { doc } = repairContent([
      { type: 'paragraph', attrs: { id: 'p' } },
      { type: 'header', attrs: { id: 'hd', docType: 'BÁO CÁO', title: 'Chính trị' } },
      { type: 'table', attrs: { id: 't' }, content: [{ type: 'text', text: 'ô' }, { type: 'table_row', content: [] }] },
      { type: 'table', attrs: { id: 't2' } },
      { type: 'table_cell', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'x' }] }] },
    ]);
    const node = Node.fromJSON(schema, doc);
    node.check();
    expect(node.child(1).type.name).toBe('paragraph');
    expect(node.child(1).textContent).toBe('BÁO CÁOChính trị');
    expect(node.child(2).type.name).toBe('table');
    expect(node.child(2).childCount).toBe(2);
    expect(node.child(3)).toMatchObject({ type: schema.nodes.paragraph, attrs: { id: 't2' } });
    expect(node.child(4).firstChild!.firstChild!.firstChild!.type.name).toBe('paragraph');
  });

  it('reads 5,000 nested unknown nodes without overflowing the stack', () => {
    let raw: unknown = { type: 'text', text: 'đáy' };
    for (let i = 0; i < 5000; i++) raw = { type: 'nest', content: [raw] };
    const { doc, repairs } = repairedDoc([raw]);
    expect(doc.textContent).toBe('đáy');
    expect(repairs.length).toBeGreaterThan(0);
  });

  it('always gives valid content that keeps every character of the text, on random garbage', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const random = seededRandom(seed);
      const raw = Array.from({ length: random.int(0, 6) }, () => garbage(random, 0));
      const { doc, repairs } = repairedDoc(raw);
      doc.check();
      expect(repairs.some((r) => r.kind === 'unreadable' && r.path.length === 0), `seed ${seed}`).toBe(false);
      expect(doc.textContent.replace(/\n/g, ''), `seed ${seed}`).toBe(raw.map(textOf).join(''));
      expect(repairContent(doc.toJSON()).repairs, `seed ${seed}`).toEqual([]);
    }
  });
});

describe('yContentJson', () => {
  it('reads what y-prosemirror wrote as the same document', () => {
    const ydoc = new Y.Doc();
    prosemirrorToYXmlFragment(GOOD, ydoc.getXmlFragment(CONTENT_FRAGMENT));
    const { doc, repairs } = repairedDoc(yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT)));
    expect(repairs).toEqual([]);
    expect(doc.eq(GOOD)).toBe(true);
  });

  it.each(POISON_KINDS.filter((k) => k.text).map((k) => [k.name, k] as const))('reads %s from Yjs without deleting anything', (_name, kind) => {
    const ydoc = new Y.Doc();
    prosemirrorToYXmlFragment(GOOD, ydoc.getXmlFragment(CONTENT_FRAGMENT));
    kind.poison(ydoc);
    const before = Y.encodeStateAsUpdate(ydoc);
    const { doc, repairs } = repairedDoc(yContentJson(ydoc.getXmlFragment(CONTENT_FRAGMENT)));
    expect(repairs.length).toBeGreaterThan(0);
    expect(doc.textContent).toContain(kind.text);
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before);
  });
});

const TYPES = ['paragraph', 'heading', 'table', 'table_row', 'table_cell', 'text', 'hard_break', 'header', 'blink', 'doc', 'bullet'];
const WORDS = ['Đảng', 'bộ', ' ', 'thành phố', 'nghị quyết', '(1)', 'ư'];

/** A random tree of node-like JSON: right and wrong types, attributes, marks and nesting. */
function garbage(random: Random, depth: number): unknown {
  const type = random.pick(TYPES);
  if (type === 'text' || depth > 4) {
    const marks = random.next() < 0.3 ? [{ type: random.pick(['strong', 'em', 'glow', 'footnote_ref']), attrs: { note: random.pick(['p', 7, null]) } }] : undefined;
    return { type: 'text', text: random.pick(WORDS), ...(marks ? { marks } : {}) };
  }
  const attrs = { id: random.pick(['a', 'b', { x: 1 }, '', null, 5]), level: random.pick([1, 4, 'NaN', 9, '2']), colspan: random.pick([1, 0, 'x']) };
  if (type === 'header') return { type, attrs: { ...attrs, title: random.pick(['', 7, {}]) } };
  return { type, attrs, content: Array.from({ length: random.int(0, 3) }, () => garbage(random, depth + 1)) };
}
