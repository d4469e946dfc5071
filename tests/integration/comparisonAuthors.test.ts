import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/document/contentFragment.ts';
import { STAMP_AUTHOR } from '../../shared/export/headerBlockXml.ts';
import { connectProvider, settled, type TestProvider } from '../helpers/provider.ts';
import { useTestServer } from '../helpers/testServer.ts';
import { unzipDocx } from '../unit/export/docxKit.ts';

const env = useTestServer();

/** A paragraph with its block id and text, as y-prosemirror stores one. */
function paragraph(id: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.setAttribute('id', id);
  const yText = new Y.XmlText();
  yText.insert(0, text);
  element.insert(0, [yText]);
  return element;
}

const textOf = (ydoc: Y.Doc, index: number) => (ydoc.getXmlFragment(CONTENT_FRAGMENT).get(index) as Y.XmlElement).get(0) as Y.XmlText;

/** An editor whose edits Y.PermanentUserData records as `name`'s, as the renderer's attachAttribution does. */
async function editorOf(workspaceId: string, documentId: string, name: string): Promise<TestProvider> {
  const editor = connectProvider(env.server.url, env.server.secret, workspaceId, documentId);
  await settled(editor.provider);
  const users = new Y.PermanentUserData(editor.ydoc);
  editor.ydoc.transact(() => users.setUserMapping(editor.ydoc, editor.ydoc.clientID, name), 'test');
  return editor;
}

/** Each `w:ins`/`w:del` author of the comparison's document.xml, with the text it marks. */
function revisions(base64: string): { kind: string; author: string; text: string }[] {
  const xml = unzipDocx(new Uint8Array(Buffer.from(base64, 'base64')))['word/document.xml'];
  return [...xml.matchAll(/<w:(ins|del) [^>]*w:author="([^"]*)"[^>]*>(.*?)<\/w:\1>/g)].map(([, kind, author, inner]) => ({
    kind,
    author,
    text: [...inner.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((m) => m[1]).join(''),
  }));
}

describe('the tracked-changes .docx names who made each change', () => {
  it('signs each change with its maker from the Yjs attribution, not with the person who froze or exported', async () => {
    await env.call('identity.set', { displayName: 'Người Chốt Dự Thảo' });
    const { workspace } = await env.call('workspace.create', { name: 'Đại hội XVII' });
    const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
    const ref = { workspaceId: workspace.id, documentId: document.id };
    const an = await editorOf(workspace.id, document.id, 'Nguyễn Văn An');
    an.ydoc.transact(() => {
      const fragment = an.ydoc.getXmlFragment(CONTENT_FRAGMENT);
      fragment.delete(0, fragment.length);
      fragment.insert(0, [paragraph('p-mot', 'Kinh tế tăng trưởng khá.'), paragraph('p-hai', 'Văn hoá được chăm lo.')]);
    }, 'test');
    await settled(an.provider);
    await env.call('draft.freeze', { ...ref, stage: 'subcommittee', note: '' });

    const binh = await editorOf(workspace.id, document.id, 'Trần Thị Bình');
    textOf(binh.ydoc, 1).insert('Văn hoá được chăm lo.'.length, ' Con người là trung tâm.');
    binh.ydoc.getXmlFragment(CONTENT_FRAGMENT).insert(2, [paragraph('p-ba', 'Quốc phòng được giữ vững.')]);
    await settled(binh.provider);
    textOf(an.ydoc, 0).delete('Kinh tế tăng trưởng '.length, 'khá'.length);
    textOf(an.ydoc, 0).insert('Kinh tế tăng trưởng '.length, 'nhanh');
    await settled(an.provider);
    await env.call('draft.freeze', { ...ref, stage: 'subcommittee', note: '' });

    for (const newer of [2, 'working'] as const) {
      const file = await env.call('draft.exportComparison', { ...ref, older: 1, newer });
      const marks = revisions(file.dataBase64);
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.find((m) => m.text.includes('nhanh'))?.author).toBe('Nguyễn Văn An');
      expect(marks.find((m) => m.kind === 'del' && m.text.includes('khá'))?.author).toBe('Nguyễn Văn An');
      expect(marks.find((m) => m.text.includes('Con người là trung tâm'))?.author).toBe('Trần Thị Bình');
      expect(marks.find((m) => m.text.includes('Quốc phòng'))?.author).toBe('Trần Thị Bình');
      expect(marks.map((m) => m.author)).not.toContain('Người Chốt Dự Thảo');
    }
    an.destroy();
    binh.destroy();
  });

  it('signs the changes with the exporter’s name when the older draft has no attribution (an imported draft)', async () => {
    await env.call('identity.set', { displayName: 'Người Xuất Tệp' });
    const { workspace } = await env.call('workspace.create', { name: 'Đại hội XVII' });
    const { document } = await env.call('document.create', { workspaceId: workspace.id, kind: 'political_report', title: 'Báo cáo chính trị' });
    const ref = { workspaceId: workspace.id, documentId: document.id };
    const file = (text: string) => Buffer.from(text).toString('base64');
    await env.call('draft.import', { ...ref, stage: 'subcommittee', note: '', fileName: 'dt1.txt', dataBase64: file('Kinh tế tăng trưởng khá.') });
    await env.call('draft.import', { ...ref, stage: 'subcommittee', note: '', fileName: 'dt2.txt', dataBase64: file('Kinh tế tăng trưởng nhanh.') });
    const marks = revisions((await env.call('draft.exportComparison', { ...ref, older: 1, newer: 2 })).dataBase64);
    expect(marks.length).toBeGreaterThan(0);
    // The draft stamp ("DỰ THẢO LẦN 1" → "2") is the app's, the text's changes the exporter's.
    const stamp = marks.filter((m) => m.author === STAMP_AUTHOR);
    expect(stamp.map((m) => `${m.kind} ${m.text}`)).toEqual(['del 1', 'ins 2']);
    expect(new Set(marks.filter((m) => !stamp.includes(m)).map((m) => m.author))).toEqual(new Set(['Người Xuất Tệp']));
  });
});
