import { describe, expect, it } from 'vitest';
import { importFile } from '../../shared/import/index.ts';
import { docxLines } from '../helpers/docxLines.ts';
import { useTestServer } from '../helpers/testServer.ts';

/** A report typed without a 36-HD header: its exported drafts must still say which draft they are. */
const BARE = ['I. KẾT QUẢ ĐẠT ĐƯỢC', '1. Về kinh tế', 'Tăng trưởng kinh tế bình quân đạt 13%/năm.', 'II. NHIỆM VỤ', 'Giữ vững ổn định chính trị.'].join('\n');

const env = useTestServer();
type DocJson = { content: { type: string; attrs?: Record<string, unknown> }[] };
const fromBase64 = (data: string) => new Uint8Array(Buffer.from(data, 'base64'));

async function bareDocument() {
  const { workspace } = await env.call('workspace.create', { name: 'Đại hội' });
  const { document } = await env.call('document.import', {
    workspaceId: workspace.id,
    kind: 'political_report',
    title: 'Báo cáo không tiêu đề',
    fileName: 'bao-cao.txt',
    dataBase64: Buffer.from(BARE).toString('base64'),
  });
  const ref = { workspaceId: workspace.id, documentId: document.id };
  const got = await env.call('draft.get', { ...ref, side: 'working' });
  expect((got.doc as DocJson).content[0].type).not.toBe('header');
  return ref;
}

describe('the "DỰ THẢO LẦN N" stamp on a document without a header', () => {
  it('stamps the .docx and the .txt of every draft, numbers kept on their blocks, no Party heading invented', async () => {
    const ref = await bareDocument();
    await env.call('draft.freeze', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
    await env.call('draft.freeze', { ...ref, stage: 'standing_board', author: 'Tổ biên tập', note: '' });

    for (const number of [1, 2]) {
      const docx = await env.call('draft.export', { ...ref, number, format: 'docx' });
      const lines = docxLines(fromBase64(docx.dataBase64));
      expect(lines[0]).toBe(`DỰ THẢO LẦN ${number}`);
      // The numbers stay on their own blocks: the added header shifted none of them.
      expect(lines.slice(1)).toEqual(['I. KẾT QUẢ ĐẠT ĐƯỢC', '1. Về kinh tế', 'Tăng trưởng kinh tế bình quân đạt 13%/năm.', 'II. NHIỆM VỤ', 'Giữ vững ổn định chính trị.']);
      expect(lines.join('\n')).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      // Read back, the stamp is the header's draft label, every other field empty.
      const back = importFile(fromBase64(docx.dataBase64), docx.fileName).doc as unknown as DocJson;
      expect(back.content[0].type).toBe('header');
      expect(back.content[0].attrs).toMatchObject({ draftLabel: `DỰ THẢO LẦN ${number}`, superiorBody: '', issuingBody: '', docType: '' });

      const txt = Buffer.from((await env.call('draft.export', { ...ref, number, format: 'txt' })).dataBase64, 'base64').toString('utf8');
      expect(txt.split('\n\n')).toEqual([`DỰ THẢO LẦN ${number}`, 'I. KẾT QUẢ ĐẠT ĐƯỢC', '1. Về kinh tế', 'Tăng trưởng kinh tế bình quân đạt 13%/năm.', 'II. NHIỆM VỤ', 'Giữ vững ổn định chính trị.\n']);
    }
  });

  it('reads an exported draft back with its stamp as the header: re-imported as the next draft, it adds no paragraph', async () => {
    const ref = await bareDocument();
    await env.call('draft.freeze', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '' });
    const docx = await env.call('draft.export', { ...ref, number: 1, format: 'docx' });
    await env.call('draft.import', { ...ref, stage: 'subcommittee', author: 'Tổ biên tập', note: '', fileName: docx.fileName, dataBase64: docx.dataBase64 });
    type Got = { blocks: { type: string; text: string }[] };
    const [one, two]: Got[] = [await env.call('draft.get', { ...ref, side: 1 }), await env.call('draft.get', { ...ref, side: 2 })];
    expect(two.blocks.filter((b) => b.type !== 'header').map((b) => b.text)).toEqual(one.blocks.map((b) => b.text));
    expect(two.blocks[0]).toMatchObject({ type: 'header' });
  });

  it('leaves the working copy unstamped: it is not a draft', async () => {
    const ref = await bareDocument();
    const lines = docxLines(fromBase64((await env.call('document.export', { ...ref, format: 'docx' })).dataBase64));
    expect(lines[0]).toBe('I. KẾT QUẢ ĐẠT ĐƯỢC');
    expect(lines.join('\n')).not.toContain('DỰ THẢO');
  });
});
