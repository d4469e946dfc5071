import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Node } from 'prosemirror-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDocumentContent } from '../../main/services/drafts/writeDocumentContent.ts';
import { alignImportedIds } from '../../shared/drafts/alignImportedIds.ts';
import { numberedBlocksOf } from '../../shared/drafts/numberedBlocksOf.ts';
import { WorkspaceStore } from '../../main/storage/WorkspaceStore.ts';
import { schema } from '../../shared/editor/schema.ts';
import { type DocJson, importFile } from '../../shared/import/index.ts';
import { tempDir } from '../helpers/tempDir.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = new URL('../../../shared/corpus/thong-bao-nhanh-ket-qua-dai-hoi.txt', import.meta.url);

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

/** Runs `node bin/vankien.mjs …` and parses its --json output. */
function vankien(...args: string[]): { status: number | null; json: any } {
  const run = spawnSync(process.execPath, ['bin/vankien.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, json: JSON.parse(run.stdout) };
}

/** Part IV of the city congress report, blank-line separated paragraphs. */
const partFour = () => readFileSync(CORPUS, 'utf8').normalize('NFC').split(/\n\s*\n/u).map((p) => p.trim()).slice(28, 58);

/** The next draft: a word changed, a tone mark moved, a bullet moved up, a paragraph inserted. */
function nextDraft(left: string[]): string[] {
  const right = [...left];
  const word = right.findIndex((p) => p.startsWith('Những kết quả trên có được trước hết'));
  right[word] = right[word].replace('trước hết', 'chủ yếu');
  const tone = right.findIndex((p) => p.startsWith('- Kinh tế duy trì'));
  right[tone] = right[tone].replace('hoàn thành', 'hòan thành');
  right.splice(word + 1, 0, 'Đại hội đề nghị các cấp uỷ tiếp tục tổng kết, nhân rộng các mô hình hay, cách làm hiệu quả.');
  const moved = right.findIndex((p) => p.startsWith('- Quốc phòng, an ninh'));
  const [bullet] = right.splice(moved, 1);
  right.splice(right.findIndex((p) => p.startsWith('- Công tác xây dựng Đảng')), 0, bullet);
  return right;
}

describe('vankien compare', () => {
  it('compares two corpus text files and reports the planted changes with the issue’s JSON shape', () => {
    const left = partFour();
    writeFileSync(join(dir.path, 'du-thao-1.txt'), left.join('\n\n'));
    writeFileSync(join(dir.path, 'du-thao-2.txt'), nextDraft(left).join('\n\n'));
    const { status, json } = vankien('compare', join(dir.path, 'du-thao-1.txt'), join(dir.path, 'du-thao-2.txt'), '--json');
    expect(status).toBe(0);
    expect(Object.keys(json.stats)).toEqual(['equal', 'modified', 'inserted', 'deleted', 'moved']);
    expect(json.stats).toMatchObject({ modified: 2, inserted: 1, deleted: 0, moved: 1 });
    expect(json.stats.equal).toBe(left.length - 3);
    const byOp = (op: string) => json.changes.filter((c: { op: string }) => c.op === op);
    expect(byOp('equal')).toHaveLength(0);
    expect(byOp('modified').map((c: { class: string }) => c.class).sort()).toEqual(['orthography', 'substantive']);
    const word = byOp('modified').find((c: { class: string }) => c.class === 'substantive');
    const changed = (op: string) => word.tokens.filter((t: { op: string }) => t.op === op).map((t: { text: string }) => t.text.trim()).join(' ');
    expect([changed('delete'), changed('insert')]).toEqual(['trước hết', 'chủ yếu']);
    expect(byOp('inserted')[0]).toMatchObject({ left: null, right: { text: expect.stringContaining('nhân rộng các mô hình hay') } });
    expect(byOp('moved')[0].right.text).toMatch(/^Quốc phòng, an ninh/);
    const all = vankien('compare', join(dir.path, 'du-thao-1.txt'), join(dir.path, 'du-thao-2.txt'), '--json', '--all');
    expect(all.json.changes.filter((c: { op: string }) => c.op === 'equal')).toHaveLength(all.json.stats.equal);
  });

  it('compares drafts of a workspace document, and the working copy, after freezing them with vankien draft', () => {
    const path = join(dir.path, 'dai-hoi.vkws');
    const store = WorkspaceStore.create(path, 'Đại hội');
    const document = store.documents.create('political_report', 'Báo cáo chính trị');
    const left = partFour();
    const docOf = (paragraphs: string[]) => Node.fromJSON(schema, importFile(new TextEncoder().encode(paragraphs.join('\n\n')), 'x.txt').doc);
    const first = docOf(left);
    writeDocumentContent(store, document.id, first);
    const freeze = (note: string) => vankien('draft', 'freeze', '--workspace', path, '--document', 'Báo cáo chính trị', '--author', 'Tổ biên tập', '--note', note, '--json');
    expect(freeze('Vòng 1').json.draft).toMatchObject({ number: 1, stage: 'subcommittee', author: 'Tổ biên tập', note: 'Vòng 1' });
    // The editor keeps block ids across edits; aligning the re-imported text stands in for editing.
    const edited = alignImportedIds(docOf(nextDraft(left)).toJSON() as DocJson, numberedBlocksOf(first));
    writeDocumentContent(store, document.id, Node.fromJSON(schema, edited));
    expect(freeze('Vòng 2').json.draft.number).toBe(2);
    store.close();

    const list = vankien('draft', 'list', '--workspace', path, '--document', 'Báo cáo chính trị', '--json');
    expect(list.json.drafts.map((d: { number: number; note: string }) => [d.number, d.note])).toEqual([[1, 'Vòng 1'], [2, 'Vòng 2']]);
    const drafts = vankien('compare', '--workspace', path, '--document', 'Báo cáo chính trị', '--drafts', '1,2', '--json');
    expect(drafts.status).toBe(0);
    expect(drafts.json.stats).toMatchObject({ modified: 2, inserted: 1, deleted: 0, moved: 1 });
    const working = vankien('compare', '--workspace', path, '--document', 'Báo cáo chính trị', '--drafts', '2,working', '--json');
    expect(working.json.stats).toMatchObject({ modified: 0, inserted: 0, deleted: 0, moved: 0 });
    expect(working.json.changes).toEqual([]);
  });

  it.each([
    [['compare', '--workspace', 'x.vkws', '--document', 'Báo cáo chính trị', '--drafts', '1,2'], 'not_found'],
    [['compare', 'only-one.txt'], 'bad_request'],
    [['draft', 'freeze', '--document', 'Báo cáo chính trị'], 'bad_request'],
  ])('fails with a JSON error for %j', (args, code) => {
    const { status, json } = vankien(...args.map((a) => (a === 'x.vkws' ? join(dir.path, a) : a)), '--json');
    expect(status).toBe(2);
    expect(json.error.code).toBe(code);
  });
});
