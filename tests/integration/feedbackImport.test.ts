import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS } from '../../shared/feedback/limits.ts';
import { importFeedbackFile, previewFeedbackFile } from '../../main/services/feedback/importFeedbackFile.ts';
import { importFeedbackFiles } from '../../main/services/feedback/importFeedbackFiles.ts';
import { JobPool } from '../../main/services/jobs/JobPool.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { oleFile } from '../fixtures/buildDocx.ts';
import { lyingZeroBomb } from '../fixtures/zipBombs.ts';
import { commentCsv, commentTexts, commentWorkbook, wardReport, type WorkbookRow } from '../fixtures/feedback/commentFiles.ts';
import { rawDatabase } from '../helpers/rawDatabase.ts';
import { tempDir } from '../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
let store: WorkspaceStore;

const TEXTS = commentTexts(6);
const ROWS: WorkbookRow[] = [
  { source: 'ĐB phường Thuỷ Nguyên', location: 'Mục II.3', text: TEXTS[0] },
  { source: 'P. Thủy Nguyên', location: 'Chỉ tiêu (7)', text: TEXTS[1] },
  { source: 'Đảng bộ xã Không Có', location: '', text: TEXTS[2] },
  { source: 'X. An Lão', location: 'trang 5, dòng 3', text: TEXTS[3] },
];

beforeEach(() => {
  dir = tempDir();
  store = WorkspaceStore.create(join(dir.path, 'gop-y.vkws'), 'Góp ý');
  store.sources.create({ name: 'Đảng bộ phường Thủy Nguyên', aliases: [], level: 'ward', parentId: null });
  store.sources.create({ name: 'Đảng bộ xã An Lão', aliases: [], level: 'commune', parentId: null });
});
afterEach(() => {
  store.close();
  dir.remove();
});

const counts = () => {
  const db = rawDatabase(store);
  const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { files: n('feedback_files'), batches: n('feedback_batches'), items: n('feedback_items') };
};

describe('importing an .xlsx e-form export', () => {
  it('previews what it would create without writing anything', async () => {
    const bytes = await commentWorkbook(ROWS);
    const preview = await previewFeedbackFile(store, { fileName: 'phuong.xlsx', bytes });
    expect(preview.headers).toEqual(['STT', 'Đơn vị', 'Vị trí', 'Nội dung góp ý']);
    expect(preview.mapping).toEqual({ text: 3, source: 1, document: null, location: 2 });
    expect(preview.items).toBe(4);
    expect(preview.flagged).toBe(1);
    expect(preview.sample[2].attribution).toEqual({ status: 'unknown' });
    expect(counts()).toEqual({ files: 0, batches: 0, items: 0 });
  });

  it('stores the file with its SHA-256, and every item with its sheet, row and attribution', async () => {
    const bytes = await commentWorkbook(ROWS);
    const batch = await importFeedbackFile(store, { fileName: 'phuong.xlsx', bytes, documentTitle: 'Báo cáo chính trị', draftNumber: 2 });
    expect(batch).toMatchObject({ items: 4, flagged: 1, format: 'xlsx' });
    const items = store.feedback.list();
    expect(items.map((item) => [item.provenance.sheet, item.provenance.row, item.sourceName, item.attribution.status])).toEqual([
      ['Tổng hợp ý kiến', 3, 'ĐB phường Thuỷ Nguyên', 'matched'],
      ['Tổng hợp ý kiến', 4, 'P. Thủy Nguyên', 'matched'],
      ['Tổng hợp ý kiến', 5, 'Đảng bộ xã Không Có', 'unknown'],
      ['Tổng hợp ý kiến', 6, 'X. An Lão', 'matched'],
    ]);
    expect(items[0]).toMatchObject({ text: TEXTS[0], location: 'Mục II.3', documentTitle: 'Báo cáo chính trị', draftNumber: 2, status: 'new', anchor: null });
    const stored = store.feedback.fileBytes(batch.fileId)!;
    expect(Buffer.from(stored).equals(Buffer.from(bytes))).toBe(true);
    expect(items[0].provenance.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('reads formulas by their cached values and unmerges merged cells, importing a merged comment once', async () => {
    const bytes = await commentWorkbook(ROWS, (sheet) => {
      sheet.getCell('D3').value = { formula: 'CONCAT("Đề nghị ","sửa mục I")', result: 'Đề nghị sửa mục I' } as never;
      sheet.mergeCells('B4:B5'); // one unit, two comments
      sheet.getCell('D6').value = { formula: 'D3', result: undefined } as never;
    });
    const batch = await importFeedbackFile(store, { fileName: 'cong-thuc.xlsx', bytes });
    const items = store.feedback.list();
    expect(items[0].text).toBe('Đề nghị sửa mục I');
    expect(items.find((item) => item.provenance.row === 5)?.sourceName).toBe('P. Thủy Nguyên');
    expect(batch.problems).toMatchObject([{ row: 6, code: 'formula_without_value' }]);
    expect(batch.items).toBe(3);
  });

  it('reports rows without text, imports the others', async () => {
    const bytes = await commentWorkbook([...ROWS, { source: 'X. An Lão', location: 'Mục I', text: '   ' }]);
    const batch = await importFeedbackFile(store, { fileName: 'thieu.xlsx', bytes });
    expect(batch.items).toBe(4);
    expect(batch.problems).toEqual([{ sheet: 'Tổng hợp ý kiến', row: 7, paragraph: null, code: 'no_text', reason: expect.stringContaining('không có nội dung góp ý') }]);
  });

  it('refuses the same file a second time and leaves the first import as it was', async () => {
    const bytes = await commentWorkbook(ROWS);
    await importFeedbackFile(store, { fileName: 'a.xlsx', bytes });
    await expect(importFeedbackFile(store, { fileName: 'a (1).xlsx', bytes })).rejects.toMatchObject({ code: 'feedback_file_duplicate' });
    expect(counts()).toEqual({ files: 1, batches: 1, items: 4 });
    expect((await previewFeedbackFile(store, { fileName: 'a.xlsx', bytes })).importedAt).not.toBeNull();
  });

  it('offers a later export with more rows as "only new rows"', async () => {
    await importFeedbackFile(store, { fileName: 'a.xlsx', bytes: await commentWorkbook(ROWS) });
    const more = await commentWorkbook([...ROWS, { source: 'X. An Lão', location: 'Mục III', text: TEXTS[4] }]);
    await expect(importFeedbackFile(store, { fileName: 'b.xlsx', bytes: more })).rejects.toMatchObject({ code: 'feedback_rows_duplicate' });
    const batch = await importFeedbackFile(store, { fileName: 'b.xlsx', bytes: more, onlyNewRows: true });
    expect(batch.items).toBe(1);
    expect(batch.problems.filter((p) => p.code === 'already_imported')).toHaveLength(4);
    expect(counts().items).toBe(5);
  });

  it('writes nothing of a batch when a write fails partway through it', async () => {
    const db = rawDatabase(store);
    // The third item's insert fails, as a full disk or a lock would.
    db.exec(`CREATE TRIGGER fail_third BEFORE INSERT ON feedback_items WHEN (SELECT COUNT(*) FROM feedback_items) >= 2
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
    await expect(importFeedbackFile(store, { fileName: 'a.xlsx', bytes: await commentWorkbook(ROWS) })).rejects.toThrow('injected failure');
    expect(counts()).toEqual({ files: 0, batches: 0, items: 0 });
    expect(db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'feedback.import'").get()).toEqual({ n: 0 });
    db.exec('DROP TRIGGER fail_third');
    expect((await importFeedbackFile(store, { fileName: 'a.xlsx', bytes: await commentWorkbook(ROWS) })).items).toBe(4);
  });

  it('keeps text and provenance fixed: the table refuses to change or delete them', async () => {
    await importFeedbackFile(store, { fileName: 'a.xlsx', bytes: await commentWorkbook(ROWS) });
    const db = rawDatabase(store);
    expect(() => db.exec("UPDATE feedback_items SET text = 'khác'")).toThrow(/keeps its text/u);
    expect(() => db.exec('DELETE FROM feedback_items')).toThrow(/never deleted/u);
    expect(() => db.exec('DELETE FROM feedback_files')).toThrow(/immutable/u);
  });
});

describe('importing CSV', () => {
  it.each([
    ['UTF-8 with a BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-8', (text: string) => Buffer.from(text, 'utf8')],
    ['UTF-16LE with a BOM', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ])('reads %s', async (_, encode) => {
    const batch = await importFeedbackFile(store, { fileName: 'e-form.csv', bytes: encode(commentCsv(ROWS)) });
    expect(batch.items).toBe(4);
    expect(store.feedback.list()[0].text).toBe(TEXTS[0]);
    expect(store.feedback.list()[1].provenance).toMatchObject({ sheet: null, row: 3 });
  });

  it('reads semicolon-separated files as Excel writes them in Vietnamese settings', async () => {
    const text = 'Đơn vị;Ý kiến\n"P. Thủy Nguyên";"Đề nghị bổ sung; làm rõ mục II"\n';
    await importFeedbackFile(store, { fileName: 'a.csv', bytes: Buffer.from(text) });
    expect(store.feedback.list()[0]).toMatchObject({ text: 'Đề nghị bổ sung; làm rõ mục II', sourceName: 'P. Thủy Nguyên' });
  });

  it('refuses Windows-1258 with a sentence that says how to save it again', async () => {
    const bytes = Buffer.from([...Buffer.from('Ý kiến\n', 'utf8').subarray(0, 0), 0xdd, 0x20, 0x6b, 0x69, 0xea, 0xf2, 0x6e, 0x0a, 0xd0, 0xe2, 0xcc, 0x6e]);
    await expect(importFeedbackFile(store, { fileName: 'cu.csv', bytes })).rejects.toMatchObject({ code: 'file_not_utf8', message: expect.stringContaining('CSV UTF-8') });
    expect(counts().files).toBe(0);
  });
});

describe('importing a narrative .docx report', () => {
  it('splits it into comments by numbered points and bullets, with the issuing body as source and the document each heading names', async () => {
    const batch = await importFeedbackFile(store, { fileName: 'bao-cao.docx', bytes: wardReport() });
    const items = store.feedback.list();
    expect(items.map((item) => item.text)).toEqual([
      'Đề nghị bổ sung vào mục II.3 nội dung về chuyển đổi số trong quản lý đô thị.',
      'Tại chỉ tiêu (7), đề nghị sửa “tỷ lệ đô thị hoá” thành “tỷ lệ đô thị hóa đạt trên 70%”.\nLý do: phù hợp với quy hoạch của thành phố.',
      'Đề nghị bỏ cụm từ “cơ bản” ở đoạn đầu.',
      'Thống nhất với dự thảo.',
    ]);
    expect(items.map((item) => item.documentTitle)).toEqual(['Báo cáo chính trị', 'Báo cáo chính trị', 'Nghị quyết', 'Nghị quyết']);
    expect(items.every((item) => item.attribution.status === 'matched')).toBe(true);
    expect(items.map((item) => item.provenance.paragraph)).toEqual([6, 7, 10, 11]) // the paragraphs of the .docx, counted from 1;
    expect(batch.format).toBe('docx');
  });
});

describe('files that cannot be imported', () => {
  it.each([
    ['a password-protected file', 'khoa.xlsx', () => oleFile(['EncryptedInfo', 'EncryptedPackage']), 'file_encrypted'],
    ['a corrupt .xlsx', 'hong.xlsx', () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]), 'file_malformed'],
    ['an empty file', 'rong.csv', () => new Uint8Array(0), 'file_empty'],
    ['a file over the size limit', 'lon.csv', () => new Uint8Array(FEEDBACK_LIMITS.fileBytes + 1), 'file_too_large'],
    ['a PDF', 'bao-cao.pdf', () => Buffer.from('%PDF-1.7\n'), 'file_unsupported'],
    ['a 400 MB deflate bomb named .xlsx, whose directory claims 1 KB', 'bom.xlsx', () => lyingZeroBomb(400), 'file_expands_too_much'],
    ['a sheet without a text column', 'ds.csv', () => Buffer.from('Họ tên,Chức vụ\nA,B\n'), 'feedback_no_comments'],
  ])('refuses %s with a Vietnamese reason and writes nothing', async (_, fileName, bytes, code) => {
    await expect(importFeedbackFile(store, { fileName, bytes: bytes() })).rejects.toMatchObject({ code, message: expect.stringMatching(/Tệp|tệp/u) });
    expect(counts()).toEqual({ files: 0, batches: 0, items: 0 });
  });

  it('imports many files at once, reporting each failed file and importing the rest, with progress', async () => {
    const progress: string[] = [];
    const pool = new JobPool({ inlineBelowBytes: 0 });
    try {
      const outcomes = await importFeedbackFiles(store, [
        { fileName: 'a.xlsx', bytes: await commentWorkbook(ROWS) },
        { fileName: 'khoa.xlsx', bytes: oleFile(['EncryptedPackage']) },
        { fileName: 'bao-cao.docx', bytes: wardReport() },
      ], 'test', pool, (done, total) => progress.push(`${done}/${total}`));
      expect(outcomes.map((o) => ('batch' in o ? o.batch.items : o.error.code))).toEqual([4, 'file_encrypted', 4]);
      expect(progress).toEqual(['1/3', '2/3', '3/3']);
    } finally {
      await pool.close();
    }
  });
});

describe('the sources registry', () => {
  it('refuses to delete a source items are attributed to, and a parent that would make a loop', async () => {
    await importFeedbackFile(store, { fileName: 'a.xlsx', bytes: await commentWorkbook(ROWS) });
    const [anLao, thuyNguyen] = store.sources.list();
    expect(() => store.sources.delete(thuyNguyen.id)).toThrow(expect.objectContaining({ code: 'conflict' }));
    const child = store.sources.create({ name: 'Chi bộ khu dân cư số 1', aliases: [], level: 'other', parentId: anLao.id });
    expect(() => store.sources.update(anLao.id, { ...anLao, parentId: child.id })).toThrow(expect.objectContaining({ code: 'bad_request' }));
  });

  it('keeps a source change and its audit entry together: when the entry cannot be written, the change is not made', () => {
    const [anLao] = store.sources.list();
    const db = rawDatabase(store);
    const sources = () => db.prepare('SELECT * FROM feedback_sources ORDER BY id').all();
    const before = sources();
    db.exec(`CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
    expect(() => store.sources.create({ name: 'Đảng bộ xã Mới', aliases: [], level: 'commune', parentId: null })).toThrow('injected failure');
    expect(() => store.sources.update(anLao.id, { ...anLao, name: 'Đảng bộ xã An Lão (mới)' })).toThrow('injected failure');
    expect(() => store.sources.delete(anLao.id)).toThrow('injected failure');
    expect(sources()).toEqual(before);
    db.exec('DROP TRIGGER fail_audit');
    store.sources.delete(anLao.id);
    expect(sources()).toHaveLength(before.length - 1);
  });
});

// Keep the corpus path honest: the fixtures read it from beside the checkout.
it('builds its comment texts from the real corpus', () => {
  expect(readFileSync(new URL('../../../shared/corpus/noi-bat-dai-hoi.txt', import.meta.url), 'utf8').length).toBeGreaterThan(100);
});
