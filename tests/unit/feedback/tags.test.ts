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

describe('suggested tags from the anchored section', () => {
  const codes = [
    { id: 'kt', name: 'Kinh tế' }, { id: 'bien', name: 'Kinh tế biển' }, { id: 'vh', name: 'Văn hoá' }, { id: 'cb', name: 'Tổ chức, cán bộ' }, { id: 'dn', name: 'Đối ngoại' },
  ];
  const context = (heading: string, tagged: { itemId: string; codeIds: string[] }[]) => ({ context: { heading, tagged }, codes });

  it('suggest the tags most used on the other comments of the section, each used twice at least, with the share as score', () => {
    const section = context('III. Nhiệm vụ, giải pháp', [
      { itemId: 'a', codeIds: ['cb'] }, { itemId: 'b', codeIds: ['cb', 'vh'] }, { itemId: 'c', codeIds: ['cb'] }, { itemId: 'd', codeIds: ['dn'] },
    ]);
    const suggestions = suggestTags('Một ý kiến không giống ý kiến nào', new Set(), [], section);
    expect(suggestions).toEqual([{ codeId: 'cb', score: 0.75, from: ['a', 'b', 'c'], reasons: ['section'] }]);
    expect(suggestTags('Một ý kiến không giống ý kiến nào', new Set(['cb']), [], section)).toEqual([]);
  });

  it('suggest the codes the heading names as whole syllables, tone placement and case aside', () => {
    const found = suggestTags('Ý kiến khác', new Set(), [], context('II. PHÁT TRIỂN KINH TẾ BIỂN VÀ VĂN HÓA', []));
    expect(found.map((s) => [s.codeId, s.reasons])).toEqual([['bien', ['heading']], ['kt', ['heading']], ['vh', ['heading']]]);
    // "Kinh tế" is not in "kinh tếch", nor "Đối ngoại" in "ngoại": whole syllables only.
    expect(suggestTags('x', new Set(), [], context('1. Kinh tếch và ngoại thương', []))).toEqual([]);
  });

  it('merge the reasons of a code suggested several ways, keeping its best score, and without a section suggest as before', () => {
    const tagged = [
      { itemId: '1', text: 'Đề nghị bổ sung giải pháp phát triển kinh tế biển gắn với cảng biển hiện đại', codeIds: ['bien'] },
      { itemId: '2', text: 'Cần bổ sung giải pháp phát triển kinh tế biển và logistics cảng biển', codeIds: ['bien'] },
    ];
    const text = 'Đề nghị bổ sung giải pháp phát triển kinh tế biển, cảng biển';
    const section = context('2. Kinh tế biển', [{ itemId: '1', codeIds: ['bien'] }, { itemId: '2', codeIds: ['bien'] }]);
    const [bien, kt] = suggestTags(text, new Set(), tagged, section);
    expect(bien).toEqual({ codeId: 'bien', score: 1, from: ['1', '2'], reasons: ['similar', 'section', 'heading'] });
    expect(kt).toMatchObject({ codeId: 'kt', reasons: ['heading'] });
    expect(suggestTags(text, new Set(), tagged)).toEqual([{ codeId: 'bien', score: 1, from: ['1', '2'], reasons: ['similar'] }]);
  });
});
