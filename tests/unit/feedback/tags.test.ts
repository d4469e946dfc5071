import { describe, expect, it } from 'vitest';
import { WorkspaceStore } from '../../../main/storage/WorkspaceStore.ts';
import { type Code, DEFAULT_CODEBOOK, codePaths, codebookCsv, treeOrder } from '../../../shared/feedback/tags/codebook.ts';
import { suggestTags } from '../../../shared/feedback/tags/suggestTags.ts';
import { tempDir } from '../../helpers/tempDir.ts';

describe('the codebook', () => {
  it('is written into a new workspace as DEFAULT_CODEBOOK says, in the report’s order', () => {
    const dir = tempDir();
    const store = WorkspaceStore.create(`${dir.path}/a.vkws`, 'Góp ý');
    try {
      const codes = treeOrder(store.tags.codes());
      const byId = new Map(codes.map((c) => [c.id, c]));
      const expected = DEFAULT_CODEBOOK.flatMap((top) => [[top.name, null], ...(top.children ?? []).map((child) => [child, top.name])]);
      expect(codes.map((c) => [c.name, c.parentId ? byId.get(c.parentId)!.name : null])).toEqual(expected);
    } finally {
      store.close();
      dir.remove();
    }
  });

  const codes: Code[] = [
    { id: 'b', parentId: null, name: 'Kinh tế', position: 1 },
    { id: 'a', parentId: null, name: 'Xây dựng Đảng', position: 0 },
    { id: 'b2', parentId: 'b', name: 'Kinh tế biển; cảng "xanh"', position: 1 },
    { id: 'b1', parentId: 'b', name: 'Công nghiệp', position: 0 },
  ];

  it('lists parents before children, siblings by position, with paths', () => {
    expect(treeOrder(codes).map((c) => c.id)).toEqual(['a', 'b', 'b1', 'b2']);
    expect(codePaths(codes).get('b1')).toBe('Kinh tế › Công nghiệp');
  });

  it('writes a CSV a spreadsheet reads as Vietnamese, quoting what must be quoted', () => {
    const csv = codebookCsv(codes);
    expect(csv.startsWith('\uFEFFChủ đề;Thuộc chủ đề\r\n')).toBe(true);
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['Xây dựng Đảng;', 'Kinh tế;', 'Công nghiệp;Kinh tế', '"Kinh tế biển; cảng ""xanh""";Kinh tế']);
  });
});

describe('suggested tags', () => {
  const tagged = [
    { itemId: '1', text: 'Đề nghị bổ sung giải pháp phát triển kinh tế biển gắn với cảng biển hiện đại', codeIds: ['bien'] },
    { itemId: '2', text: 'Cần bổ sung giải pháp phát triển kinh tế biển và logistics cảng biển', codeIds: ['bien', 'kinh-te'] },
    { itemId: '3', text: 'Làm rõ trách nhiệm người đứng đầu trong công tác cán bộ', codeIds: ['can-bo'] },
  ];

  it('come from the most similar tagged comments, the codes they share first', () => {
    const suggestions = suggestTags('Đề nghị bổ sung giải pháp phát triển kinh tế biển, cảng biển', new Set(), tagged);
    expect(suggestions.map((s) => s.codeId)).toEqual(['bien', 'kinh-te']);
    expect(suggestions[0].from.sort()).toEqual(['1', '2']);
    expect(suggestions[0].score).toBe(1);
  });

  it('leave out the codes the comment has, and suggest nothing for a comment like none of them', () => {
    expect(suggestTags('Đề nghị bổ sung giải pháp phát triển kinh tế biển, cảng biển', new Set(['bien']), tagged).map((s) => s.codeId)).toEqual(['kinh-te']);
    expect(suggestTags('Thống nhất với dự thảo.', new Set(), tagged)).toEqual([]);
  });

  it('read across tone-mark placement and case', () => {
    const own = [{ itemId: '1', text: 'Phát triển văn hoá, xã hội hài hoà với kinh tế', codeIds: ['vh'] }];
    expect(suggestTags('PHÁT TRIỂN VĂN HÓA, XÃ HỘI HÀI HÒA VỚI KINH TẾ', new Set(), own).map((s) => s.codeId)).toEqual(['vh']);
  });
});
