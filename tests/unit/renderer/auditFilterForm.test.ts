import { describe, expect, it } from 'vitest';
import { auditFilterOf, EMPTY_AUDIT_FILTER } from '../../../renderer/accounts/auditFilterForm.ts';

describe('auditFilterOf', () => {
  it('asks nothing for an empty form, and trims who did it', () => {
    expect(auditFilterOf(EMPTY_AUDIT_FILTER)).toEqual({});
    expect(auditFilterOf({ ...EMPTY_AUDIT_FILTER, actor: '  Hoà ' })).toEqual({ actor: 'Hoà' });
    expect(auditFilterOf({ ...EMPTY_AUDIT_FILTER, actor: '   ' })).toEqual({});
  });

  it('takes days as the viewer’s whole days: from the start of the first to the end of the last', () => {
    const filter = auditFilterOf({ ...EMPTY_AUDIT_FILTER, fromDay: '2026-12-03', toDay: '2026-12-03' });
    expect(filter.since).toBe(new Date(2026, 11, 3).toISOString());
    expect(filter.until).toBe(new Date(2026, 11, 4).toISOString());
    // The end of a month and of a year roll over.
    expect(auditFilterOf({ ...EMPTY_AUDIT_FILTER, toDay: '2026-12-31' }).until).toBe(new Date(2027, 0, 1).toISOString());
  });

  it('passes the action and the workspace as chosen', () => {
    expect(auditFilterOf({ ...EMPTY_AUDIT_FILTER, action: 'draft.freeze', workspaceId: 'Đại-hội' })).toEqual({ action: 'draft.freeze', workspaceId: 'Đại-hội' });
  });
});
