import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { importFile, type ImportResult, type NodeJson } from '../../../shared/import/index.ts';
import { buildDocx, p, type DocxSpec, type ParaSpec, type RunSpec } from '../../fixtures/buildDocx.ts';
import { CORPUS_FILES, corpus } from './corpus.ts';
import { checkedDoc, exportedText, nonSpace } from './docText.ts';

const WRAPPED = 'ket-qua-dai-hoi-phuong-thuy-nguyen.txt';

/** Every top-level block as type, attributes (without the id) and text. */
function blockShapes(result: ImportResult) {
  const shapes: { type: string; attrs: Record<string, unknown>; text: string }[] = [];
  checkedDoc(result).forEach((node) => {
    const { id: _id, ...attrs } = node.attrs;
    shapes.push({ type: node.type.name, attrs, text: node.textContent });
  });
  return shapes;
}

/** A block's text with its bold stretches between "**". */
const markedText = (block: NodeJson) =>
  (block.content ?? []).map((n) => (n.marks?.some((m) => m.type === 'strong') ? `**${n.text}**` : (n.text ?? '\n'))).join('');

/** The line as runs with `phrase` (its first occurrence, or its last) in bold. */
function boldIn(line: string, phrase: string, last = false): (RunSpec | string)[] {
  const at = last ? line.lastIndexOf(phrase) : line.indexOf(phrase);
  if (at < 0) throw new Error(`“${phrase}” is not in “${line}”`);
  return [line.slice(0, at), { text: phrase, bold: true }, line.slice(at + phrase.length)];
}

/** Lines made bold in the corpus .docx: a line's start → the phrase in it, and whether its last occurrence. */
const BOLD: [string, string, boolean][] = [
  ['văn bản hướng dẫn của Trung ương', 'văn bản hướng dẫn', false], // a continuation line's first words
  ['- Thành lập Ban Chỉ đạo Đại hội', 'Ban Chỉ đạo Đại hội', false], // inside a paragraph's first line
  ['Nhân dân trên địa bàn phường; qua mỗi lần', 'Ban', true], // a line's last word …
  ['Chấp hành Đảng bộ phường thảo luận', 'Chấp hành', false], // … and the next line's first words
];

/** The hard-wrapped corpus file as a converter writes it: one w:p per line, a blank line an empty w:p. */
function wrappedCorpusDocx(): Uint8Array {
  const body = corpus(WRAPPED)
    .split('\n')
    .map((line): ParaSpec => {
      const bold = BOLD.find(([start]) => line.startsWith(start));
      return bold ? { runs: boldIn(line, bold[1], bold[2]) } : p(line);
    });
  return buildDocx({ body });
}

describe('readDocx joins a hard-wrapped .docx back into paragraphs', () => {
  const fromText = importFile(strToU8(corpus(WRAPPED)), WRAPPED);
  const fromDocx = importFile(wrappedCorpusDocx(), WRAPPED.replace('.txt', '.docx'));

  it('gives the same blocks as the same lines imported as text', () => {
    expect(blockShapes(fromDocx)).toEqual(blockShapes(fromText));
    expect(fromDocx.labels).toEqual(fromText.labels);
    expect(fromDocx.doc.content.length).toBeGreaterThan(20);
  });

  it('keeps the bold runs on their words, one bold stretch across a line break', () => {
    const marked = fromDocx.doc.content.map(markedText).join('\n');
    expect(marked).toContain('thực hiện nghiêm các **văn bản hướng dẫn** của Trung ương');
    expect(marked).toContain('Thành lập **Ban Chỉ đạo Đại hội**, các Tiểu ban');
    expect(marked).toContain('đều được Ban Thường vụ, **Ban Chấp hành** Đảng bộ phường thảo luận');
    expect(marked.match(/\*\*/gu)).toHaveLength(6);
  });

  it('warns as the text import does', () => {
    const warning = fromText.warnings.find((w) => w.code === 'hard_wrap_joined');
    expect(warning).toBeDefined();
    expect(fromDocx.warnings).toEqual([warning]);
  });

  it('drops no character', () => {
    expect(nonSpace(exportedText(fromDocx))).toBe(nonSpace(corpus(WRAPPED)));
  });
});

describe('readDocx: which wrapped lines are joined', () => {
  const texts = (spec: DocxSpec) => checkedDoc(importFile(buildDocx(spec), 'nghị quyết.docx')).content.content.map((n) => n.textContent);

  it('joins a symbol cut at its hyphen without a space, and never joins a Word-numbered paragraph', () => {
    const body = [
      p('Tổng số đại biểu chính thức được chỉ định theo Nghị quyết số 1669/NQ-'),
      p(),
      p('UBTVQH15, ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, trên cơ sở khu vực trung'),
      p(),
      p('tâm của thành phố cũ, bảo đảm đúng quy định và phù hợp với tình hình thực tế của'),
      p(),
      p('địa phương trong giai đoạn mới.'),
      // Lower case after a line without a full stop: joined, were it not numbered.
      { runs: ['đại biểu được bầu tại đại hội các chi bộ, đảng bộ trực thuộc'], num: { numId: 1, ilvl: 0 } },
      p('và được thẩm tra tư cách theo quy định'),
      p('của Điều lệ Đảng.'),
    ];
    const result = importFile(buildDocx({ numbering: [{ numId: 1, levels: [{ format: 'bullet', text: '-' }] }], body }), 'nghị quyết.docx');
    expect(checkedDoc(result).content.content.map((n) => n.textContent)).toEqual([
      'Tổng số đại biểu chính thức được chỉ định theo Nghị quyết số 1669/NQ-UBTVQH15, ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, trên cơ sở khu vực trung tâm của thành phố cũ, bảo đảm đúng quy định và phù hợp với tình hình thực tế của địa phương trong giai đoạn mới.',
      'đại biểu được bầu tại đại hội các chi bộ, đảng bộ trực thuộc',
      'và được thẩm tra tư cách theo quy định của Điều lệ Đảng.',
    ]);
    expect(result.doc.content[1].type).toBe('bullet');
    expect(result.warnings.map((w) => w.code)).toEqual(['hard_wrap_joined']);
  });

  it('keeps a table where it is and joins no line across it', () => {
    const body = [
      p('Kết quả bầu cử tại đại hội các chi bộ, đảng bộ trực thuộc được tổng hợp'),
      p('trong bảng sau, theo báo cáo của các tổ chức đảng gửi về Ban Tổ chức'),
      p('Đảng ủy phường trước ngày khai mạc đại hội.'),
      { rows: [[{ paras: [p('Chi bộ')] }, { paras: [p('Số đại biểu')] }]] },
      p('trong đó có 12 đại biểu là nữ, 5 đại biểu là người trẻ tuổi và các đồng'),
      p('chí được giới thiệu từ các tổ dân phố.'),
    ];
    const result = importFile(buildDocx({ body }), 'bảng.docx');
    expect(result.warnings.map((w) => w.code)).toEqual(['hard_wrap_joined']);
    expect(result.doc.content.map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(checkedDoc(result).child(2).textContent).toBe('trong đó có 12 đại biểu là nữ, 5 đại biểu là người trẻ tuổi và các đồng chí được giới thiệu từ các tổ dân phố.');
  });

  const converted = (firstLine: number) => [
    'Đại hội đã thảo luận và thông qua Báo cáo chính trị của Ban Chấp hành Đảng bộ',
    'phường khóa mới, xác định rõ phương hướng, mục tiêu và các nhiệm vụ trọng tâm.', // a full line ending a sentence
    'Đại hội bầu Ban Chấp hành Đảng bộ phường gồm 45 đồng chí, bầu Đoàn đại biểu',
    'đi dự Đại hội Đảng bộ thành phố gồm 30 đồng chí, bảo đảm đúng quy định và',
    'dân chủ trong toàn bộ quá trình bầu cử tại đại hội đảng bộ phường lần này.',
  ].map((line, i): ParaSpec => ({ runs: [line], indent: { left: 720, firstLine: i === 2 ? firstLine : 0 } }));

  it('starts a paragraph at a line indented deeper than the others, not at the margin every line has', () => {
    expect(texts({ body: converted(567) })).toHaveLength(2);
    expect(texts({ body: converted(0) })).toHaveLength(1);
  });

  it.each(CORPUS_FILES.filter((f) => f !== WRAPPED))('leaves %s, whole paragraphs one per w:p, unjoined', (file) => {
    const result = importFile(buildDocx({ body: corpus(file).split('\n').map((line) => p(line)) }), 'a.docx');
    expect(blockShapes(result)).toEqual(blockShapes(importFile(strToU8(corpus(file)), file)));
    expect(result.warnings.map((w) => w.code)).not.toContain('hard_wrap_joined');
  });
});
