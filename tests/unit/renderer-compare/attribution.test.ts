import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../renderer/route/route.ts';
import { attributionSchema } from '../../../renderer/drafts/attributionSchema.ts';
import { attributionSummary } from '../../../renderer/drafts/attributionSummary.ts';

const s = attributionSchema;
const change = (user: string | null, type: 'added' | 'removed') => s.mark('ychange', { user, type, color: null });
const text = (t: string, ...marks: ReturnType<typeof change>[]) => s.text(t, marks);

describe('attributionSummary', () => {
  it('lists per user what they inserted and deleted, joining adjacent runs of one block', () => {
    const doc = s.node('doc', null, [
      s.node('paragraph', { id: 'p1' }, [
        text('Đại biểu chính thức'),
        text(' tham', change('An', 'added')),
        text(' dự', change('An', 'added')),
        text(' phóng viên', change('Bình', 'removed')),
      ]),
      s.node('paragraph', { id: 'p2' }, [text('Uỷ ban', change('An', 'removed')), text(' Ủy ban', change('An', 'added'))]),
    ]);
    expect(attributionSummary(doc)).toEqual([
      { user: 'An', inserted: [' tham dự', ' Ủy ban'], deleted: ['Uỷ ban'], insertedChars: 15, deletedChars: 6 },
      { user: 'Bình', inserted: [], deleted: [' phóng viên'], insertedChars: 0, deletedChars: 11 },
    ]);
  });

  it('names nobody when nothing changed, and keeps edits made before names were recorded apart', () => {
    expect(attributionSummary(s.node('doc', null, [s.node('paragraph', { id: 'p' }, [text('Không đổi')])]))).toEqual([]);
    const doc = s.node('doc', null, [s.node('paragraph', { id: 'p' }, [text('mới', change(null, 'added'))])]);
    expect(attributionSummary(doc).map((u) => [u.user, u.inserted])).toEqual([[null, ['mới']]]);
  });

  it('keeps who changed a whole block on the block', () => {
    const block = s.node('paragraph', { id: 'p', ychange: { user: 'An', type: 'added', color: null } }, [text('x')]);
    expect(block.attrs.ychange).toMatchObject({ user: 'An', type: 'added' });
  });
});

describe('routes of drafts and comparison', () => {
  const ws = 'ws 1';
  const documentId = 'd/1';
  it.each<Route>([
    { page: 'compare', workspaceId: ws, documentId, left: '3', right: 'working' },
    { page: 'draft', workspaceId: ws, documentId, number: 4 },
    { page: 'synopsis', workspaceId: ws, documentId, blockId: 'b:1' },
    { page: 'synopsis', workspaceId: ws, documentId, blockId: null },
    { page: 'changes', workspaceId: ws, documentId },
    { page: 'editor', workspaceId: ws, documentId },
    { page: 'feedback', workspaceId: ws },
    { page: 'feedback', workspaceId: ws, section: 'd/1:b:7' },
    { page: 'feedback', workspaceId: ws, section: 'd/1:b:7', item: 'item 9' },
  ])('reads back the $page route it writes', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
