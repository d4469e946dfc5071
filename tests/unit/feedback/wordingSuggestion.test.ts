import { describe, expect, it } from 'vitest';
import { wordingSuggestion } from '../../../shared/feedback/wordingSuggestion.ts';

const TARGET = '(3) Tỷ lệ hộ nghèo giảm còn dưới 1% theo chuẩn nghèo đa chiều.';
const ECONOMY = 'Tăng trưởng kinh tế bình quân đạt 13%/năm, công tác chuẩn bị được triển khai nghiêm túc, chất lượng tăng trưởng được nâng lên.';

/** What the block's text becomes when the suggestion is accepted. */
function applied(comment: string, text: string): string {
  const made = wordingSuggestion(comment, text);
  if ('refused' in made) throw new Error(`refused: ${made.refused}`);
  expect(text.slice(made.from, made.to)).toBe(made.deleted);
  return text.slice(0, made.from) + made.inserted + text.slice(made.to);
}

describe('a comment\'s proposed wording as a suggestion on its block', () => {
  it.each([
    ['replaces the quoted wording', 'Đề nghị sửa “Tỷ lệ hộ nghèo giảm còn dưới 1%” thành “Cơ bản không còn hộ nghèo”.', TARGET,
      '(3) Cơ bản không còn hộ nghèo theo chuẩn nghèo đa chiều.'],
    ['finds the wording whatever its tone-mark placement and case', "Đề nghị thay 'KHỐI ĐẠI ĐOÀN KẾT, HÒA HỢP' bằng 'khối đại đoàn kết toàn dân'.",
      'Xây dựng khối đại đoàn kết, hoà hợp dân tộc.', 'Xây dựng khối đại đoàn kết toàn dân dân tộc.'],
    ['deletes the wording and one space beside it', 'Đề nghị bỏ cụm từ “đa chiều”.', TARGET, '(3) Tỷ lệ hộ nghèo giảm còn dưới 1% theo chuẩn nghèo.'],
    ['inserts a quoted addition after the wording it names', 'Đề nghị bổ sung “và bền vững” vào sau cụm từ “nghiêm túc”.', ECONOMY,
      ECONOMY.replace('nghiêm túc', 'nghiêm túc và bền vững')],
    ['inserts an addition at the end of the block, before its full stop', 'Đề nghị bổ sung cụm từ “theo hướng xanh”.', ECONOMY,
      ECONOMY.replace('nâng lên.', 'nâng lên theo hướng xanh.')],
    ['inserts the rest of the clause when the addition is not quoted', 'Bổ sung nội dung phát triển kinh tế số. Cảm ơn.', 'Tập trung phát triển công nghiệp',
      'Tập trung phát triển công nghiệp phát triển kinh tế số'],
  ])('%s', (_name, comment, text, expected) => {
    expect(applied(comment, text)).toBe(expected);
  });

  it('says the comment proposes no wording when it has no "sửa … thành", "bổ sung" or "bỏ"', () => {
    expect(wordingSuggestion('Đề nghị tăng cường công tác tuyên truyền, vận động nhân dân.', TARGET)).toEqual({ refused: 'no_wording' });
  });

  it('names the wording it did not find in the block, and makes nothing', () => {
    expect(wordingSuggestion('Đề nghị sửa “thu nhập bình quân” thành “thu nhập”.', TARGET)).toEqual({ refused: 'not_found', wording: 'thu nhập bình quân' });
    expect(wordingSuggestion('Đề nghị bổ sung “và bền vững” vào sau “nghiêm chỉnh”.', ECONOMY)).toEqual({ refused: 'not_found', wording: 'và bền vững' });
  });

  it('takes the first of several proposals that applies to this block', () => {
    const comment = 'Đề nghị sửa “thu nhập” thành “thu nhập thực tế”; bỏ cụm từ “bình quân”.';
    expect(applied(comment, ECONOMY)).toBe(ECONOMY.replace('kinh tế bình quân', 'kinh tế'));
  });
});
