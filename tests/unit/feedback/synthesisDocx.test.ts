import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildSynthesis } from '../../../shared/feedback/synthesis/buildSynthesis.ts';
import { synthesisDocx } from '../../../shared/feedback/synthesis/synthesisDocx.ts';
import type { SynthesisItem } from '../../../shared/feedback/synthesis/synthesisTypes.ts';
import { docxLines } from '../../helpers/docxLines.ts';

const item = (id: string, text: string, fields: Partial<SynthesisItem> = {}): SynthesisItem =>
  ({ id, text, sourceKey: `name:${id}`, sourceLabel: `Đơn vị ${id}`, status: 'new', response: '', clusterId: null, place: null, ...fields });

const report = buildSynthesis({
  issuingBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nTIỂU BAN VĂN KIỆN', place: 'Hải Phòng', date: 'ngày 03 tháng 12 năm 2026', documentTitle: 'Báo cáo chính trị', draftNumber: 3,
  items: [
    item('a', 'Đoạn thứ nhất của ý kiến.\nĐoạn thứ hai của ý kiến.', { clusterId: 'c', status: 'accepted', response: 'Tiếp thu.' }),
    item('b', 'Bản sao.', { clusterId: 'c', status: 'explained', response: 'Giải trình: đã có.' }),
  ],
  representatives: new Map([['c', 'a']]),
});

describe('the synthesis report as a .docx', () => {
  const bytes = synthesisDocx(report, '2026-12-03T00:00:00.000Z');
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  const lines = docxLines(bytes);

  it('writes a comment or answers of several lines as a paragraph per line, never a break inside a justified paragraph', () => {
    expect(lines).toContain('Nội dung góp ý: Đoạn thứ nhất của ý kiến.');
    expect(lines[lines.indexOf('Nội dung góp ý: Đoạn thứ nhất của ý kiến.') + 1]).toBe('Đoạn thứ hai của ý kiến.');
    const decision = lines.indexOf('Tiếp thu, giải trình: Chưa thống nhất: 1 Tiếp thu, 1 Giải trình.');
    expect(lines.slice(decision + 1, decision + 3)).toEqual(['(1 ý kiến) Tiếp thu.', '(1 ý kiến) Giải trình: đã có.']);
    const body = xml.slice(0, xml.indexOf('PHỤ LỤC'));
    expect(body).not.toContain('<w:br/>');
  });

  it('ends the portrait report with a section break and puts the annex on landscape pages numbered on, its heading row repeated', () => {
    const sections = xml.match(/<w:sectPr>.*?<\/w:sectPr>/gu)!;
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('<w:pgNumType w:start="1"/><w:titlePg/>');
    expect(sections[0]).not.toContain('w:orient');
    expect(sections[1]).toContain('w:orient="landscape"');
    expect(sections[1]).not.toContain('w:pgNumType');
    const annex = xml.slice(xml.indexOf('PHỤ LỤC'));
    expect(annex.match(/<w:tblHeader\/>/gu)).toHaveLength(1);
    expect(annex.indexOf('<w:tblHeader/>')).toBeLessThan(annex.indexOf('Vị trí trong dự thảo'));
  });

  it('names the report in the file’s properties and gives the same bytes for the same report', () => {
    expect(strFromU8(unzipSync(bytes)['docProps/core.xml'])).toContain('<dc:title>Báo cáo Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 3)</dc:title>');
    expect(synthesisDocx(report, '2026-12-03T00:00:00.000Z')).toEqual(bytes);
  });
});
