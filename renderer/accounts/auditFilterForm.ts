import type { AuditFilterInput } from '../../shared/rpc/accountContract.ts';

/** What the admin screen's audit filter holds: text as typed, days as `<input type="date">` gives them ("2026-12-03" or ""). */
export interface AuditFilterForm {
  action: string;
  actor: string;
  workspaceId: string;
  fromDay: string;
  toDay: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterForm = { action: '', actor: '', workspaceId: '', fromDay: '', toDay: '' };

/**
 * The server's filter for a form: empty fields ask nothing; days are the viewer's own days, from
 * the start of `fromDay` to the end of `toDay` (so one day given twice is that whole day).
 */
export function auditFilterOf(form: AuditFilterForm): AuditFilterInput {
  const filter: AuditFilterInput = {};
  if (form.action) filter.action = form.action;
  if (form.actor.trim()) filter.actor = form.actor.trim();
  if (form.workspaceId) filter.workspaceId = form.workspaceId;
  if (form.fromDay) filter.since = startOfDay(form.fromDay).toISOString();
  if (form.toDay) {
    const end = startOfDay(form.toDay);
    end.setDate(end.getDate() + 1);
    filter.until = end.toISOString();
  }
  return filter;
}

/** Midnight of a "YYYY-MM-DD" day in the viewer's time zone. */
function startOfDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}
