import { describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS } from '../../../shared/feedback/limits.ts';
import { readFeedbackJob } from '../../../main/services/jobs/readFeedbackJob.ts';
import { schema } from '../../../shared/editor/schema.ts';
import { exportDocx } from '../../../shared/export/exportDocx.ts';
import { importFile } from '../../../shared/import/index.ts';

// One comment a little over the limit (21,500 characters), made of ordinary sentences.
const LONG = 'Đề nghị bổ sung nội dung về chuyển đổi số. '.repeat(500).trim();

describe('the limit on one comment, for every reader', () => {
  it('is what the test comment is over', () => expect(LONG.length).toBeGreaterThan(FEEDBACK_LIMITS.itemCharacters));

  it('reports pasted text over the limit as text_too_long and imports the others', async () => {
    const text = `1. Đề nghị làm rõ chỉ tiêu (7).\n\n2. ${LONG}\n\n3. Đề nghị sửa "nâng cao" thành "tăng cường".\n`;
    const read = await readFeedbackJob({ bytes: new TextEncoder().encode(text), fileName: 'dan.txt' });
    expect(read.rows.map((r) => r.text.slice(0, 20))).toEqual(['Đề nghị làm rõ chỉ t', 'Đề nghị sửa "nâng ca']);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ code: 'text_too_long' });
    expect(read.problems[0].reason).toMatch(/quá giới hạn 20\.000/);
  });

  it('reports a .docx report paragraph over the limit as text_too_long with its paragraph', async () => {
    const source = `BÁO CÁO TỔNG HỢP Ý KIẾN\n\n1. Đề nghị làm rõ chỉ tiêu (7).\n\n2. ${LONG}\n`;
    const bytes = exportDocx(schema.nodeFromJSON(importFile(new TextEncoder().encode(source), 'r.txt').doc), []);
    const read = await readFeedbackJob({ bytes, fileName: 'bao-cao.docx' });
    expect(read.rows.some((r) => r.text.length > FEEDBACK_LIMITS.itemCharacters)).toBe(false);
    expect(read.rows.some((r) => r.text.startsWith('Đề nghị làm rõ chỉ tiêu (7)'))).toBe(true);
    expect(read.problems.filter((p) => p.code === 'text_too_long')).toHaveLength(1);
  });
});
