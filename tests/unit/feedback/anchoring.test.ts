import { describe, expect, it } from 'vitest';
import { anchorComment, ANCHOR_THRESHOLD, indexDraft, manualAnchor } from '../../../shared/feedback/anchoring/index.ts';
import { generateFeedback } from '../../fixtures/generators/feedback.ts';
import { draftOf, h, o, p, sec, t } from './draftBuilder.ts';

/**
 * A draft shaped like the corpus's part IV: two sections, each with its own (1)…(3) targets (the
 * numbering restarts at every heading), ordinals, and a sentence that occurs twice.
 */
const draft = draftOf([
  sec('XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ'), //                                   d1  I
  h(1, 'Các chỉ tiêu xây dựng Đảng'), //                                           d2  I.1
  t('Kết nạp đảng viên: Phấn đấu tỷ lệ kết nạp đảng viên mới hằng năm đạt từ 3% tổng số đảng viên trở lên.'), // d3 (1)
  t('Thành lập từ 200 - 220 tổ chức đảng trong doanh nghiệp ngoài nhà nước, hợp tác xã.'), // d4 (2)
  t('Hằng năm, 100% người đứng đầu cấp ủy, chính quyền các cấp đối thoại với Nhân dân theo quy định.'), // d5 (3)
  p('Tập trung xây dựng thành phố không ma túy theo chỉ đạo của Tổng Bí thư.'), //  d6
  h(1, 'Bài học kinh nghiệm'), //                                                  d7  I.2
  o('tăng cường sự đoàn kết, thống nhất trong toàn Đảng bộ, coi trọng công tác xây dựng, chỉnh đốn Đảng.'), // d8 Một là
  o('luôn đổi mới tư duy lãnh đạo, tư duy phát triển và phương thức lãnh đạo.'), // d9 Hai là
  sec('PHÁT TRIỂN KINH TẾ - XÃ HỘI'), //                                           d10 II
  h(1, 'Các chỉ tiêu phát triển kinh tế - xã hội'), //                             d11 II.1
  t('GRDP bình quân đầu người năm 2030 (giá hiện hành) đạt 11.247 USD/người.'), // d12 (1)
  t('Tỷ trọng đóng góp của kinh tế số trong GRDP đến năm 2030 đạt trên 35%.'), //  d13 (2)
  t('Kim ngạch xuất khẩu phấn đấu đến năm 2030 đạt 75 tỷ USD trở lên.'), //       d14 (3)
  p('Tập trung xây dựng thành phố không ma túy theo chỉ đạo của Tổng Bí thư.'), // d15 (the sentence of d6 again)
  h(2, 'Phát triển du lịch'), //                                                   d16 II.1.1
  p('Xây dựng Cát Bà thành “đảo xanh”, Đồ Sơn thành trung tâm du lịch đa chức năng, Côn Sơn - Kiếp Bạc thành trung tâm du lịch văn hóa, tâm linh quốc tế.'), // d17
]);
const index = indexDraft(draft, 4);
const anchor = (text: string, location?: string) => anchorComment(index, { text, location });

describe('anchorComment: references', () => {
  it('labels the fixture as the product numbers it', () => {
    expect(draft.map((b) => b.number)).toEqual(['I', '1', '(1)', '(2)', '(3)', null, '2', 'Một là', 'Hai là', 'II', '1', '(1)', '(2)', '(3)', null, '1.1', null]);
  });

  it.each([
    ['Mục II.1: đề nghị bổ sung chỉ tiêu về môi trường', ['d11']],
    ['Mục I: nhất trí', ['d1']],
    ['Tiểu mục 1.1 mục II đề nghị viết rõ hơn', ['d16']],
    ['Chỉ tiêu (2) mục II.1: đề nghị nâng lên 40%', ['d13']],
    ['Chỉ tiêu (2), mục I, đề nghị giữ nguyên', ['d4']],
    ['Tại nội dung Hai là, mục I.2, đề nghị viết gọn', ['d9']],
    ['Các chỉ tiêu (1) và (3) mục II.1 còn thấp', ['d12', 'd14']],
  ])('anchors %j by its references', (text, expected) => {
    const a = anchor(text);
    expect(a?.blockIds).toEqual(expected);
    expect(a?.evidence).toContain('reference');
    expect(a?.draftNumber).toBe(4);
  });

  it('tells two (n) lists apart by the wording of the comment', () => {
    const a = anchor('Chỉ tiêu (2) về tỷ trọng đóng góp của kinh tế số: đề nghị nâng lên 40%');
    expect(a).toMatchObject({ blockIds: ['d13'], evidence: ['reference', 'similarity'] });
  });

  it('leaves a target number that two lists share unanchored when nothing tells them apart', () => {
    expect(anchor('Chỉ tiêu (2): đề nghị xem xét lại')).toBeNull();
  });

  it('reads a location column as a reference', () => {
    expect(anchor('Đề nghị nâng lên 40%', 'Chỉ tiêu (2), mục II.1')?.blockIds).toEqual(['d13']);
    expect(anchor('Đề nghị viết ngắn gọn hơn', 'II.1')?.blockIds).toEqual(['d11']);
    expect(anchor('Đề nghị viết ngắn gọn hơn', 'I.2, Một là')?.blockIds).toEqual(['d8']);
  });

  it('leaves a comment without reference, quotation or similar wording unanchored', () => {
    expect(anchor('Nhất trí cao với bố cục và nội dung cơ bản của dự thảo.')).toBeNull();
    expect(anchor('')).toBeNull();
  });

  it('anchors parts and points ("Phần thứ hai", "điểm b")', () => {
    const parts = indexDraft(
      draftOf([
        ['part', 'KẾT QUẢ NHIỆM KỲ'],
        sec('KINH TẾ'),
        h(1, 'Công nghiệp'),
        h(4, 'Công nghiệp chế biến'),
        h(4, 'Công nghiệp công nghệ cao'),
        ['part', 'PHƯƠNG HƯỚNG'],
        sec('KINH TẾ'),
        h(1, 'Công nghiệp'),
        h(4, 'Công nghiệp chế biến, chế tạo'),
        h(4, 'Công nghiệp bán dẫn'),
      ]),
      1,
    );
    expect(parts.blocks.map((b) => b.number)).toEqual(['Phần thứ nhất', 'I', '1', 'a)', 'b)', 'Phần thứ hai', 'I', '1', 'a)', 'b)']);
    expect(anchorComment(parts, { text: 'Phần thứ hai: nhất trí' })?.blockIds).toEqual(['d6']);
    expect(anchorComment(parts, { text: 'Điểm b mục I.1 Phần thứ hai: đề nghị bổ sung' })?.blockIds).toEqual(['d10']);
    expect(anchorComment(parts, { text: 'Điểm b mục I.1, phần thứ nhất' })?.blockIds).toEqual(['d5']);
    expect(anchorComment(parts, { text: 'Điểm b mục I.1: đề nghị bổ sung' })).toBeNull();
  });

  it('ignores a place the draft does not have', () => {
    expect(anchor('Mục IX.7: đề nghị bổ sung')).toBeNull();
  });
});

describe('anchorComment: quotations', () => {
  it.each([
    ['exactly', 'Đoạn “Đồ Sơn thành trung tâm du lịch đa chức năng” nên giữ'],
    ['with the other tone placement and in capitals', 'Đoạn “TRUNG TÂM DU LỊCH VĂN HOÁ, TÂM LINH QUỐC TẾ” cần làm rõ'],
    ['with a word misremembered', 'Cụm “Côn Sơn - Kiếp Bạc trở thành trung tâm du lịch văn hóa” nên sửa'],
    ['as the wording of a replacement', 'Đề nghị sửa “Đồ Sơn thành trung tâm du lịch” thành “Đồ Sơn thành trung tâm du lịch biển”'],
  ])('finds a quotation %s', (_how, text) => {
    const a = anchor(text);
    expect(a?.blockIds).toEqual(['d17']);
    expect(a?.evidence).toContain('quote');
    expect(a?.confidence).toBeGreaterThanOrEqual(ANCHOR_THRESHOLD);
  });

  it('places a quotation found twice by the section named', () => {
    const text = '“Tập trung xây dựng thành phố không ma túy theo chỉ đạo của Tổng Bí thư” nên chuyển lên trước';
    expect(anchor(text)).toBeNull();
    expect(anchor(`Mục II, câu ${text}`)).toMatchObject({ blockIds: ['d15'], evidence: ['reference', 'quote'] });
    expect(anchor(`Mục I, câu ${text}`)).toMatchObject({ blockIds: ['d6'], evidence: ['reference', 'quote'] });
  });

  it('does not let a quoted slogan elsewhere outweigh the place named', () => {
    const a = anchor('Chỉ tiêu (3) mục II.1: đề nghị nâng lên; ngoài ra đề nghị xây dựng “đảo xanh”');
    expect(a?.blockIds).toEqual(['d14']);
  });

  it('finds wording a "bỏ cụm từ" removes', () => {
    expect(anchor('Đề nghị bỏ cụm từ “giá hiện hành” trong chỉ tiêu GRDP bình quân đầu người')?.blockIds).toEqual(['d12']);
  });
});

describe('anchorComment on hostile input', () => {
  const MB = 1 << 20;
  it.each([
    ['quotations', '“Đồ Sơn thành trung tâm du lịch” ', ['d17']],
    ['targets', 'mục II.1 chỉ tiêu (2), (3), ', ['d13', 'd14']],
    ['places', 'mục II.1 tiểu mục 1.1 ', ['d16']],
    ['one long wording', 'kim ngạch xuất khẩu phấn đấu ', ['d14']],
  ])('anchors a 1 MB comment of %s in bounded time', (_name, unit, expected) => {
    const text = (unit as string).repeat(Math.ceil(MB / (unit as string).length));
    expect(anchor(text)?.blockIds).toEqual(expected);
  });
});

describe('anchorComment: similarity', () => {
  it('anchors a comment that repeats one block’s wording without quoting it', () => {
    const a = anchor('Về việc kim ngạch xuất khẩu phấn đấu đến năm 2030 đạt 75 tỷ USD trở lên, đề nghị cân nhắc');
    expect(a).toMatchObject({ blockIds: ['d14'], evidence: ['similarity'] });
  });
});

describe('manualAnchor', () => {
  it('is certain and says a person chose it', () => {
    expect(manualAnchor(['d3'], 4)).toEqual({ blockIds: ['d3'], draftNumber: 4, confidence: 1, evidence: ['manual'] });
  });

  it('refuses an anchor on no block', () => {
    expect(() => manualAnchor([], 4)).toThrow(RangeError);
  });
});

describe('anchorComment on generated feedback (ground truth)', () => {
  const fixture = generateFeedback({ seed: 11, comments: 2000 });
  const generated = indexDraft(fixture.draft, 2);
  const results = fixture.comments.map((c) => ({ c, a: anchorComment(generated, { text: c.text, location: c.location }) }));

  it('anchors at least 90% of the comments that carry a reference or a quotation to their blocks', () => {
    const referenced = results.filter(({ c }) => c.expectedBlockIds !== null);
    const right = referenced.filter(({ c, a }) => a?.blockIds.join() === c.expectedBlockIds?.join());
    expect(referenced.length).toBeGreaterThan(1500);
    expect(right.length / referenced.length).toBeGreaterThanOrEqual(0.9);
  });

  it('covers every kind of reference in the measure', () => {
    const kinds = new Set(results.filter(({ c }) => c.expectedBlockIds !== null).map(({ c }) => c.kind));
    expect([...kinds].sort()).toEqual(['location', 'ordinal', 'page', 'quote', 'remove', 'replace', 'section', 'target']);
  });

  it('sends at least 90% of general comments to the queue rather than guessing', () => {
    const general = results.filter(({ c }) => c.expectedBlockIds === null);
    expect(general.length).toBeGreaterThan(100);
    expect(general.filter(({ a }) => a === null).length / general.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same anchors every run', () => {
    const again = indexDraft(fixture.draft, 2);
    for (const { c, a } of results.slice(0, 200)) expect(anchorComment(again, { text: c.text, location: c.location })).toEqual(a);
  });
});
