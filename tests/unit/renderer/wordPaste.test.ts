// @vitest-environment jsdom
import { Slice, type Node } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../../shared/document/flatten.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { recogniseItems, type Run } from '../../../shared/import/index.ts';
import type { ImportBlock } from '../../../shared/import/model.ts';
import { structuredSliceFromWordHtml } from '../../../renderer/editor/paste/pastedText.ts';
import { structuredPaste } from '../../../renderer/editor/paste/structuredPaste.ts';
import { wordHtmlItems } from '../../../renderer/editor/paste/wordHtml.ts';
import { doc, p, table as pmTable } from '../blockIds/fixtures.ts';
import { EMPTY, corpusLine, listLabel, listPara, para, table, wordClipboard, wrap } from './wordClipboard.ts';

const L = {
  section1: corpusLine('I. VỀ CÔNG TÁC'),
  prep: corpusLine('1. Công tác chuẩn bị Đại hội:'),
  highlights: corpusLine('2. Điểm nổi bật'),
  one: corpusLine('Một là,'),
  two: corpusLine('Hai là,'),
  section2: corpusLine('II. VỀ ĐẠI BIỂU'),
  summoned: corpusLine('1.1. Số đại biểu được triệu tập'),
  exOfficio: corpusLine('- Số đại biểu đương nhiên'),
  appointed: corpusLine('- Số đại biểu được chỉ định'),
  gender: corpusLine('- Về giới tính'),
  guests: corpusLine('Đại hội vinh dự'),
  section4: corpusLine('IV. KẾT QUẢ ĐẠI HỘI'),
  after: corpusLine('Sau 2 ngày'),
};
const without = (line: string, label: string) => {
  expect(line.startsWith(label)).toBe(true);
  return line.slice(label.length).trim();
};

/** "1. Công tác chuẩn bị…": its lead bold, one phrase italic, as typed in Word. */
const PREP = {
  bold: 'Công tác chuẩn bị Đại hội:',
  before: ' Được triển khai nghiêm túc, khẩn trương, khoa học, bài bản và chuyên nghiệp. Ban Chỉ đạo và các Tiểu ban, Tổ giúp việc được lập từ sớm, phân công rõ ràng. Các văn kiện được chuẩn bị kỹ lưỡng, ',
  italic: 'qua nhiều vòng thảo luận',
};
const prepAfter = without(L.prep, '1.').slice(PREP.bold.length + PREP.before.length + PREP.italic.length);

/** "Hai là,": a bold-italic quotation switched back to normal weight, an underline, a 700 weight. */
const TWO = [
  ['Đại hội đưa ra định hướng cụ thể về ', []],
  ['“Xây dựng mô hình chủ nghĩa xã hội gắn với con người xã hội chủ nghĩa tại Hải Phòng giai đoạn 2025-2030 và những năm tiếp theo”', ['em']],
  [', đặt con người là ', []],
  ['trung tâm', ['underline']],
  [', chủ thể và mục tiêu của phát triển. ', []],
  ['Phấn đấu trở thành hình mẫu', ['strong']],
  [' để nhân rộng trong cả nước.', []],
] as const;

const [guestsHead, guestsTail] = [L.guests.slice(0, L.guests.indexOf(' Uỷ viên') + 1), L.guests.slice(L.guests.indexOf(' Uỷ viên') + 1)];
const [afterHead, afterTail] = [L.after.slice(0, L.after.indexOf(' Đại hội')), L.after.slice(L.after.indexOf(' Đại hội') + 1)];

const FRAGMENT = [
  `<p class=MsoNormal style='text-align:justify'><b><span lang=VI style='font-size:14.0pt'>${wrap(L.section1)}<o:p></o:p></span></b></p>\n`,
  EMPTY,
  listPara('1.', `</span><b><span lang=VI>${PREP.bold}</span></b><span lang=VI>${wrap(PREP.before)}<i>${PREP.italic}</i>${wrap(prepAfter)}`),
  listPara('2.', `<span style='font-weight:bold'>Điểm nổi bật của Đại hội:</span> ${wrap(without(L.highlights, '2. Điểm nổi bật của Đại hội:'))}`),
  `<p class=MsoNormal style='text-indent:36.0pt'><b><i><span lang=VI>Một là,</span></i></b><span lang=VI> ${wrap(without(L.one, 'Một là,'))}<o:p></o:p></span></p>\n`,
  `<p class=MsoNormal style='text-indent:36.0pt'><b><span lang=VI>Hai là,</span></b><span lang=VI> ${TWO[0][0]}</span><b><i><span lang=VI
style='font-weight:normal'>${wrap(TWO[1][0])}</span></i></b><span lang=VI>${TWO[2][0]}<u>${TWO[3][0]}</u>${TWO[4][0]}<span
style='font-weight:700'>${TWO[5][0]}</span>${TWO[6][0]}<o:p></o:p></span></p>\n`,
  `<h1><span lang=VI>${L.section2}<o:p></o:p></span></h1>\n`,
  `<h2 style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'>${listLabel('1.')}<span lang=VI>Đại biểu chính thức<o:p></o:p></span></h2>\n`,
  para(L.summoned),
  listPara('-', wrap(without(L.exOfficio, '-'))),
  listPara('-', wrap(without(L.appointed, '-'))),
  listPara('·', wrap(without(L.gender, '-')), 'Symbol'),
  table([
    [{ html: '<b>Giới tính</b>', rowspan: 2 }, { html: '<b>Đại biểu dự Đại hội</b>', colspan: 2 }],
    ['Số đại biểu', 'Tỷ lệ'],
    ['Nam', '351', '78,9%'],
    ['Nữ', '94', '21,1%'],
  ]),
  EMPTY,
  `<h3><span lang=VI>Đại biểu khách mời<o:p></o:p></span></h3>\n`,
  `<p class=MsoNormal><span lang=VI>${wrap(guestsHead)}<br>\n${wrap(guestsTail)}<o:p></o:p></span></p>\n`,
  para(L.section4),
  `<p class=MsoNormal><span lang=VI>${wrap(afterHead.normalize('NFD'))}<span style='mso-spacerun:yes'>&nbsp; </span>${wrap(afterTail)}<o:p></o:p></span></p>\n`,
].join('');
const HTML = wordClipboard(FRAGMENT);

/** Runs as [text, mark names] pairs. */
const marked = (runs: readonly Run[]) => runs.map((r) => [r.text, r.marks.map((m) => m.type)]);
const textOf = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
const noSpace = (s: string) => s.replace(/\s+/gu, '');

function recognised(): ImportBlock[] {
  const { header, blocks } = recogniseItems(wordHtmlItems(HTML));
  expect(header).toBeNull();
  return blocks;
}

describe('reading Word clipboard HTML', () => {
  it('keeps every visible character of the fragment, in order, list labels included', () => {
    const body = new DOMParser().parseFromString(HTML, 'text/html').body;
    const visible = noSpace(body.textContent ?? '').normalize('NFC').replace('·', '•');
    const read = wordHtmlItems(HTML)
      .map((item) => (item.kind === 'para' ? textOf(item.runs) : item.rows.flat().flatMap((c) => c.paragraphs.map(textOf)).join('')))
      .join('');
    expect(visible).toContain('Côngtácchuẩnbị');
    expect(noSpace(read)).toBe(visible);
  });

  it('recognises block types and levels, with the labels taken out of the text', () => {
    const shape = recognised().map((b) => (b.kind === 'table' ? 'table' : [b.type, b.level, b.label, textOf(b.runs)]));
    expect(shape).toEqual([
      ['section', null, 'I.', without(L.section1, 'I.')],
      ['heading', 1, '1.', without(L.prep, '1.')],
      ['heading', 1, '2.', without(L.highlights, '2.')],
      ['ordinal', null, 'Một là,', without(L.one, 'Một là,')],
      ['ordinal', null, 'Hai là,', without(L.two, 'Hai là,')],
      ['section', null, 'II.', without(L.section2, 'II.')],
      ['heading', 1, '1.', 'Đại biểu chính thức'],
      ['heading', 2, '1.1.', without(L.summoned, '1.1.')],
      ['bullet', null, '-', without(L.exOfficio, '-')],
      ['bullet', null, '-', without(L.appointed, '-')],
      ['bullet', null, '•', without(L.gender, '-')],
      'table',
      ['heading', 3, null, 'Đại biểu khách mời'],
      ['paragraph', null, null, `${guestsHead.trim()}\n${guestsTail}`],
      ['section', null, 'IV.', without(L.section4, 'IV.')],
      ['paragraph', null, null, L.after],
    ]);
  });

  it('puts bold, italic and underline on exactly the text Word formatted', () => {
    const blocks = recognised();
    const runsAt = (i: number) => (blocks[i].kind === 'text' ? marked(blocks[i].runs) : []);
    expect(runsAt(0)).toEqual([[without(L.section1, 'I.'), ['strong']]]);
    expect(runsAt(1)).toEqual([
      [PREP.bold, ['strong']],
      [PREP.before, []],
      [PREP.italic, ['em']],
      [prepAfter, []],
    ]);
    expect(runsAt(2)).toEqual([
      ['Điểm nổi bật của Đại hội:', ['strong']],
      [` ${without(L.highlights, '2. Điểm nổi bật của Đại hội:')}`, []],
    ]);
    expect(runsAt(3)).toEqual([[without(L.one, 'Một là,'), []]]);
    expect(runsAt(4)).toEqual(TWO.map(([text, marks]) => [text, [...marks]]));
    expect(runsAt(13)).toEqual([[guestsHead.trim(), []], ['\n', []], [guestsTail, []]]);
  });

  it('reads the table with its spans and the marks in its cells', () => {
    const t = recognised()[11];
    if (t.kind !== 'table') throw new Error('expected the table');
    expect(t.rows.map((row) => row.map((c) => [c.paragraphs.map(textOf).join('|'), c.colspan, c.rowspan]))).toEqual([
      [['Giới tính', 1, 2], ['Đại biểu dự Đại hội', 2, 1]],
      [['Số đại biểu', 1, 1], ['Tỷ lệ', 1, 1]],
      [['Nam', 1, 1], ['351', 1, 1], ['78,9%', 1, 1]],
      [['Nữ', 1, 1], ['94', 1, 1], ['21,1%', 1, 1]],
    ]);
    expect(marked(t.rows[0][1].paragraphs[0])).toEqual([['Đại biểu dự Đại hội', ['strong']]]);
    expect(marked(t.rows[2][1].paragraphs[0])).toEqual([['351', []]]);
  });

  it('collapses the source line breaks and padding, and stores NFC', () => {
    const last = recognised()[15];
    expect(last.kind === 'text' && textOf(last.runs)).toBe(L.after);
    expect(HTML).toContain('dân chủ'.normalize('NFD'));
    expect(HTML).not.toContain('dân chủ và trách nhiệm');
  });

  it('reads the header table at the top as lines for the header recogniser', () => {
    const html = wordClipboard(
      table([
        ['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'ĐẢNG CỘNG SẢN VIỆT NAM'],
        ['Số 01-TB/TU', 'Hải Phòng, ngày 27 tháng 9 năm 2025'],
      ]) + para('THÔNG BÁO') + para(L.section1),
    );
    const { header, blocks } = recogniseItems(wordHtmlItems(html));
    expect(header).toMatchObject({ issuingBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', number: 'Số 01-TB/TU', docType: 'THÔNG BÁO' });
    expect(blocks.map((b) => b.kind === 'text' && b.type)).toEqual(['section']);
  });
});

describe('the slice pasted from Word', () => {
  const sliceDoc = (html: string) => schema.nodes.doc.create(null, structuredSliceFromWordHtml(html)!.content);

  it('has the recognised blocks, the table and the marks, every block with a fresh id', () => {
    const d = sliceDoc(HTML);
    expect(flattenDoc(d).map((b) => `${b.type}${b.level ?? ''}`)).toEqual([
      'section', 'heading1', 'heading1', 'ordinal', 'ordinal', 'section', 'heading1', 'heading2',
      'bullet', 'bullet', 'bullet', 'table', 'heading3', 'paragraph', 'section', 'paragraph',
    ]);
    const strong: string[] = [];
    d.descendants((node) => {
      if (node.isText && node.marks.some((m) => m.type.name === 'strong')) strong.push(node.text!);
    });
    expect(strong).toEqual([without(L.section1, 'I.'), PREP.bold, 'Điểm nổi bật của Đại hội:', 'Phấn đấu trở thành hình mẫu', 'Giới tính', 'Đại biểu dự Đại hội']);
    expect(d.child(13).child(1).type.name).toBe('hard_break');
    const ids: string[] = [];
    d.descendants((node) => {
      if (node.attrs.id !== undefined) ids.push(node.attrs.id);
    });
    expect(ids.every((id) => id && !/^b\d+$/u.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is an open paragraph for a single Word paragraph, its label kept as text like a single pasted line', () => {
    const slice = structuredSliceFromWordHtml(wordClipboard(listPara('1.', '<b>Đại biểu</b> chính thức')))!;
    expect([slice.openStart, slice.openEnd]).toEqual([1, 1]);
    expect(slice.content.firstChild!.textContent).toBe('1. Đại biểu chính thức');
  });

  it('is null when Word copied no text', () => {
    expect(structuredSliceFromWordHtml(wordClipboard(EMPTY))).toBeNull();
  });
});

describe('the paste handler', () => {
  function paste(start: Node, cursor: number, data: Record<string, string>) {
    const state = EditorState.create({ doc: start, schema, plugins: [structuredPaste()] });
    const view = new EditorView(document.createElement('div'), { state: state.apply(state.tr.setSelection(TextSelection.create(state.doc, cursor))) });
    const event = { clipboardData: { getData: (type: string) => data[type] ?? '' } } as unknown as ClipboardEvent;
    const handled = view.someProp('handlePaste', (f) => f(view, event, Slice.empty)) ?? false;
    const after = view.state.doc;
    view.destroy();
    return { handled, after };
  }

  it('inserts a single formatted Word paragraph into the block at the cursor, marks kept', () => {
    const html = wordClipboard(`<p class=MsoNormal><span lang=VI>đại biểu </span><b><span lang=VI style='font-size:14.0pt'>chính\nthức</span></b><o:p></o:p></p>`);
    const { handled, after } = paste(doc(p('a', 'Số  dự Đại hội')), 4, { 'text/html': html, 'text/plain': 'đại biểu chính thức' });
    expect(handled).toBe(true);
    expect(after.childCount).toBe(1);
    expect(after.textContent).toBe('Số đại biểu chính thức dự Đại hội');
    const bold = after.firstChild!.child(1);
    expect([bold.text, bold.marks.map((m) => m.type.name)]).toEqual(['chính thức', ['strong']]);
  });

  it('replaces with recognised blocks for several Word paragraphs', () => {
    const { handled, after } = paste(doc(p('a', '')), 1, { 'text/html': HTML, 'text/plain': 'x' });
    expect(handled).toBe(true);
    expect(flattenDoc(after)[0]).toMatchObject({ type: 'section', text: without(L.section1, 'I.') });
  });

  it('leaves other HTML, and several Word blocks inside a table cell, to the default paste', () => {
    expect(paste(doc(p('a', '')), 1, { 'text/html': '<p>một</p><p>hai</p>', 'text/plain': 'một\nhai' }).handled).toBe(false);
    expect(paste(doc(pmTable('t', ['c'])), 4, { 'text/html': HTML, 'text/plain': 'x' }).handled).toBe(false);
  });
});
