import { strFromU8, unzipSync } from 'fflate';
import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { flattenDoc } from '../../shared/document/flatten.ts';
import { schema } from '../../shared/editor/schema.ts';
import { importFile } from '../../shared/import/index.ts';
import { docxLines } from '../helpers/docxLines.ts';
import { holdWriteLock } from '../helpers/holdWriteLock.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { anchorWorkspace, FORM_LETTER, SECOND_LETTER } from '../fixtures/feedback/anchorFixture.ts';

interface Item { id: string; text: string }
type Call = (method: string, input: unknown) => Promise<any>;

/**
 * The fixture's workspace (draft 1 commented on; draft 2 drops target (3) and rewords the economy
 * paragraph) anchored and clustered, a queued comment anchored by a person to the economy
 * paragraph, and decisions: the form letters answered alike, the second letter's two copies not.
 */
async function decidedWorkspace(call: Call) {
  const fixture = await anchorWorkspace(call);
  const { workspaceId, documentId } = fixture;
  await call('feedback.anchor', { workspaceId, documentId });
  await call('feedback.cluster', { workspaceId });
  const { items } = (await call('feedback.list', { workspaceId })) as { items: Item[] };
  const byText = (start: string) => items.filter((i) => i.text.startsWith(start));
  const draft1 = await call('draft.get', { workspaceId, documentId, side: 1 });
  const economy = draft1.blocks.find((b: { text: string }) => b.text.startsWith('Tăng trưởng kinh tế')).id;
  await call('feedback.setAnchor', { workspaceId, documentId, itemId: byText('Đề nghị tăng cường')[0].id, draftNumber: 1, blockIds: [economy], expectedBlockIds: null });
  const decide = (item: Item, status: string, response: string) => call('feedback.decide', { workspaceId, itemId: item.id, version: 0, change: { status, response } });
  for (const letter of byText(FORM_LETTER.slice(0, 30))) await decide(letter, 'accepted', 'Tiếp thu, đã bổ sung vào mục II.');
  const [second, secondAgain] = byText(SECOND_LETTER.slice(0, 30));
  await decide(second, 'accepted', 'Tiếp thu.');
  await decide(secondAgain, 'explained', 'Đã có trong Chương trình hành động.');
  await decide(byText('Đề nghị sửa')[0], 'accepted', 'Tiếp thu, đã bỏ chỉ tiêu này.');
  return fixture;
}

const bytesOf = (file: { dataBase64: string }) => new Uint8Array(Buffer.from(file.dataBase64, 'base64'));
const after = (lines: string[], line: string, n: number) => lines.slice(lines.indexOf(line) + 1, lines.indexOf(line) + 1 + n);

describe('the synthesis report (báo cáo tổng hợp ý kiến) over RPC on a real server', () => {
  const env = useTestServer();

  it('writes the report of draft 1 by section in draft order, each cluster counted with its decision and what changed in draft 2, and audits it', async () => {
    const { workspaceId, documentId } = await decidedWorkspace(env.call);
    const file = await env.call('feedback.synthesisReport', { workspaceId, documentId });
    expect(file.fileName).toBe('Báo cáo chính trị - Báo cáo tổng hợp ý kiến - Dự thảo lần 1.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const lines = docxLines(bytesOf(file));
    // The 36-HD header: the congress's Party committee with the subcommittee under it, "BÁO CÁO" and its title.
    expect(lines.slice(0, 4)).toEqual(['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'TIỂU BAN VĂN KIỆN', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(lines[4]).toMatch(/^Hải Phòng, ngày \d\d tháng \d\d? năm \d{4}$/u);
    expect(lines.slice(5, 7)).toEqual(['BÁO CÁO', 'Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 1)']);
    expect(lines[8]).toContain('đã nhận được 10 ý kiến góp ý của 3 đơn vị');
    expect(lines[8]).toContain('còn 7 nhóm ý kiến');
    // Parts by section in draft order, the unanchored last.
    const parts = lines.filter((l) => /^[IVX]+\. /u.test(l));
    expect(parts).toEqual([
      'I. Ý kiến về mục I. KẾT QUẢ ĐẠT ĐƯỢC', 'II. Ý kiến về mục II. PHƯƠNG HƯỚNG, NHIỆM VỤ', 'III. Chưa gắn vị trí',
      'I. Ý kiến về mục I. KẾT QUẢ ĐẠT ĐƯỢC', 'II. Ý kiến về mục II. PHƯƠNG HƯỚNG, NHIỆM VỤ', 'III. Chưa gắn vị trí',
    ]);
    const body = lines.slice(0, lines.indexOf('PHỤ LỤC'));
    expect(body.filter((l) => /^\d+\. /u.test(l))).toEqual([
      '1. Mục I, tiểu mục 1, đoạn 1: 1 ý kiến của 1 đơn vị', '2. Mục I, tiểu mục 1, chỉ tiêu (2): 1 ý kiến của 1 đơn vị', '3. Mục I, tiểu mục 1, chỉ tiêu (3): 1 ý kiến của 1 đơn vị',
      '1. Mục II: 1 ý kiến của 1 đơn vị', '2. Mục II, đoạn 1: 3 ý kiến của 3 đơn vị',
      '1. 2 ý kiến của 2 đơn vị', '2. 1 ý kiến của 1 đơn vị',
    ]);
    // What changed in draft 2: the reworded paragraph, the removed target, an unchanged one.
    const changes = body.filter((l) => l.startsWith('Thay đổi trong'));
    expect(changes[0]).toMatch(/^Thay đổi trong Dự thảo lần 2: Đã sửa thành: “Tăng trưởng kinh tế .*nghiêm chỉnh/u);
    expect(changes.slice(1, 5)).toEqual([
      'Thay đổi trong Dự thảo lần 2: Không thay đổi.', 'Thay đổi trong Dự thảo lần 2: Đoạn này đã bỏ.',
      'Thay đổi trong Dự thảo lần 2: Không thay đổi.', 'Thay đổi trong Dự thảo lần 2: Không thay đổi.',
    ]);
    expect(body).toContain('Tiếp thu, giải trình: Tiếp thu. Tiếp thu, đã bổ sung vào mục II.');
    const mixed = body.indexOf('Tiếp thu, giải trình: Chưa thống nhất: 1 Tiếp thu, 1 Giải trình.');
    expect(body.slice(mixed + 1, mixed + 3)).toEqual(['(1 ý kiến) Tiếp thu.', '(1 ý kiến) Đã có trong Chương trình hành động.']);
    expect(body).toContain('Đơn vị: Đảng bộ phường Thủy Nguyên (1); Đảng bộ xã An Lão (1); Đảng bộ phường Lê Chân (1)');

    // The annex: a real table, its heading row repeated on each page, a row per cluster.
    const annex = lines.slice(lines.indexOf('PHỤ LỤC'));
    expect(after(annex, '(Kèm theo Báo cáo tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 1))', 6)).toEqual(
      ['STT', 'Vị trí trong dự thảo', 'Nội dung dự thảo', 'Ý kiến góp ý', 'Đơn vị (số ý kiến)', 'Tiếp thu / giải trình']);
    expect(after(annex, '5', 3)).toEqual(['Mục II, đoạn 1', 'Xây dựng thành phố phát triển nhanh, bền vững, trở thành trung tâm công nghiệp hiện đại của vùng.', FORM_LETTER]);
    expect(after(annex, '3', 4)).toEqual(['Mục I, tiểu mục 1, chỉ tiêu (3)', 'Tỷ lệ hộ nghèo giảm còn dưới 1% theo chuẩn nghèo đa chiều.', 'Đề nghị sửa “Tỷ lệ hộ nghèo giảm còn dưới 1%” thành “Cơ bản không còn hộ nghèo”.', 'Đảng bộ xã An Lão (1)']);
    const xml = strFromU8(unzipSync(bytesOf(file))['word/document.xml']);
    const annexTable = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(annexTable.match(/<w:tr>(<w:trPr>.*?<\/w:trPr>)?/gu)!.map((tr) => tr.includes('<w:tblHeader/>'))).toEqual([true, ...Array(10).fill(false)]);
    expect(lines.every((l) => l === l.normalize('NFC'))).toBe(true);

    const audit = env.server.workspaces.store(workspaceId).audit.entries({ action: 'feedback.synthesis_export', limit: 10 });
    expect(audit.map((entry) => [entry.subject, entry.details])).toEqual([[documentId, { fileName: file.fileName, draftNumber: 1, items: 10, clusters: 7 }]]);
  });

  it('reads back with the project’s own importer: the headings, the counts and the annex rows survive', async () => {
    const { workspaceId, documentId } = await decidedWorkspace(env.call);
    const file = await env.call('feedback.synthesisReport', { workspaceId, documentId, draftNumber: 1 });
    const doc = Node.fromJSON(schema, importFile(bytesOf(file), file.fileName).doc);
    const blocks = flattenDoc(doc);
    const texts = blocks.map((b) => b.text);
    expect(texts.filter((t) => /\d+ ý kiến của \d+ đơn vị$/u.test(t)).map((t) => t.match(/\d+ ý kiến của \d+ đơn vị$/u)![0])).toEqual([
      '1 ý kiến của 1 đơn vị', '1 ý kiến của 1 đơn vị', '1 ý kiến của 1 đơn vị', '1 ý kiến của 1 đơn vị', '3 ý kiến của 3 đơn vị', '2 ý kiến của 2 đơn vị', '1 ý kiến của 1 đơn vị',
    ]);
    const table = blocks.find((b) => b.type === 'table')!;
    const rows = table.text.split('\n');
    expect(rows[0].split('\t')).toEqual(['STT', 'Vị trí trong dự thảo', 'Nội dung dự thảo', 'Ý kiến góp ý', 'Đơn vị (số ý kiến)', 'Tiếp thu / giải trình']);
    // A heading row, a row per part (3) and one per cluster (7).
    expect(rows.filter((r) => /^\d+\t/u.test(r))).toHaveLength(7);
  });

  it('refuses a draft the document neither has nor was commented on, an unknown document, and a workspace not there', async () => {
    const { workspaceId, documentId } = await decidedWorkspace(env.call);
    const noDraft = await rpc(env.server.url, env.server.secret, 'feedback.synthesisReport', { workspaceId, documentId, draftNumber: 7 });
    expect([noDraft.status, noDraft.body.error.code]).toEqual([404, 'not_found']);
    expect(noDraft.body.error.message).toContain('Không có Dự thảo lần 7');
    expect(noDraft.body.error.message).toContain('lần 1, lần 2');
    const noDocument = await rpc(env.server.url, env.server.secret, 'feedback.synthesisReport', { workspaceId, documentId: '00000000-0000-4000-8000-000000000000' });
    expect(noDocument.status).toBe(404);
    const bad = await rpc(env.server.url, env.server.secret, 'feedback.synthesisReport', { workspaceId, documentId: 'khong-phai-uuid' });
    expect(bad.status).toBe(400);
    expect((await rpc(env.server.url, env.server.secret, 'feedback.synthesisReport', { workspaceId: 'khong-co', documentId })).status).toBe(404);
    expect(env.server.workspaces.store(workspaceId).audit.entries({ action: 'feedback.synthesis_export', limit: 10 })).toEqual([]);
  });

  it('compares draft 2 with the working copy, and says so when nothing was frozen after it', async () => {
    const { workspaceId, documentId } = await decidedWorkspace(env.call);
    const lines = docxLines(bytesOf(await env.call('feedback.synthesisReport', { workspaceId, documentId, draftNumber: 2 })));
    // No comment names draft 2: the report is empty but still a report, with its title and annex headings.
    expect(lines).toContain('Tổng hợp ý kiến góp ý vào dự thảo Báo cáo chính trị (Dự thảo lần 2)');
    expect(lines).toContain('Chưa có ý kiến góp ý nào vào dự thảo này.');
    expect(lines).toContain('Tiếp thu / giải trình');
  });

  it('gives out no report while another program holds the write lock (the export cannot be recorded)', async () => {
    const { workspaceId, documentId } = await decidedWorkspace(env.call);
    const lock = await holdWriteLock(env.server.workspaces.store(workspaceId).path);
    let refused: Awaited<ReturnType<typeof rpc>>;
    try {
      refused = await rpc(env.server.url, env.server.secret, 'feedback.synthesisReport', { workspaceId, documentId });
    } finally {
      await lock.release();
    }
    expect({ status: refused.status, code: refused.body.error?.code }).toEqual({ status: 423, code: 'storage_locked' });
    expect(refused.body).not.toHaveProperty('dataBase64');
  });
});

describe('the synthesis report written in a job worker', () => {
  // Every job leaves the event loop, however small: the worker gets the report as a structured clone.
  const env = useTestServer({ jobs: { inlineBelowBytes: 0 } });

  it('gives the same file from a worker as written in this thread', async () => {
    const { workspaceId, documentId } = await decidedWorkspace(env.call);
    const where: string[] = [];
    env.server.jobs.on('start', (name: string, place: string) => where.push(`${name}:${place}`));
    const file = await env.call('feedback.synthesisReport', { workspaceId, documentId });
    expect(where).toEqual(['synthesisReport:worker']);
    const lines = docxLines(bytesOf(file));
    expect(lines).toContain('2. Mục II, đoạn 1: 3 ý kiến của 3 đơn vị');
    expect(lines).toContain('Thay đổi trong Dự thảo lần 2: Đoạn này đã bỏ.');
  });
});
