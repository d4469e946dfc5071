import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AUDIT_COLUMNS } from '../../main/services/audit/auditTable.ts';
import { useTeamServer } from '../helpers/teamServer.ts';

const t = useTeamServer({ team: { passwordParams: { m: 1024, t: 1, p: 1 } } });

type Entry = { workspaceId: string | null; workspaceName: string | null; at: string; actor: string; action: string; details: any };

/**
 * Two workspaces, an admin, a drafter in each (Hoà in the first, Minh in the second) who create
 * documents, a role change in the first, and failed logins typed with Vietnamese and with a
 * spreadsheet formula as the name.
 */
async function history() {
  const congress = t.server.workspaces.create('Đại hội XVII');
  const plenum = t.server.workspaces.create('Hội nghị Trung ương');
  await t.addUser('admin', 'admin');
  await t.addUser('hoà', 'drafter', congress.id);
  await t.addUser('minh', 'drafter', plenum.id);
  const admin = await t.cookieOf('admin');
  const hoa = await t.cookieOf('hoà');
  const minh = await t.cookieOf('minh');
  await t.callAs(hoa, 'document.create', { workspaceId: congress.id, kind: 'political_report', title: 'Báo cáo chính trị' });
  await t.callAs(minh, 'document.create', { workspaceId: plenum.id, kind: 'other', title: 'Nghị quyết về công tác cán bộ' });
  await t.callAs(admin, 'account.setRole', { name: 'minh', workspaceId: congress.id, role: 'reviewer' });
  await t.login('Nguyễn Thị Hoà', 'sai mật khẩu rồi');
  await t.login('=HYPERLINK("http://x.example","bấm")', 'sai mật khẩu rồi');
  return { congress: congress.id as string, plenum: plenum.id as string, admin, hoa };
}

const audit = async (cookie: string, filter: object): Promise<Entry[]> => (await t.callAs(cookie, 'account.audit', { limit: 500, ...filter })).entries;

/** RFC 4180 cells of a CSV text (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\r\n').filter((l) => l !== '')) rows.push([...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1].replaceAll('""', '"')));
  return rows;
}

describe('the team server’s audit log', () => {
  it('merges the accounts’ log with every workspace’s, newest first, each entry saying where it happened', async () => {
    const { congress, plenum, admin } = await history();
    const entries = await audit(admin, {});
    const created = entries.filter((e) => e.action === 'document.create');
    expect(created.map((e) => [e.workspaceId, e.workspaceName, e.actor])).toEqual([
      [plenum, 'Hội nghị Trung ương', 'minh'],
      [congress, 'Đại hội XVII', 'hoà'],
    ]);
    expect(entries.find((e) => e.action === 'account.role')?.workspaceId).toBeNull();
    const times = entries.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by who did it, by action, by workspace and by time', async () => {
    const { congress, admin } = await history();
    expect(new Set((await audit(admin, { actor: 'HOÀ' })).map((e) => e.action))).toEqual(new Set(['account.login', 'document.create']));
    expect((await audit(admin, { action: 'account.login_failed' })).map((e) => e.details.name)).toEqual(['=HYPERLINK("http://x.example","bấm")', 'Nguyễn Thị Hoà']);
    // One workspace: its own log, and the accounts made with a role there and the roles given there, not the other workspace's.
    const inCongress = await audit(admin, { workspaceId: congress });
    expect(inCongress.map((e) => e.action).sort()).toEqual(['account.create', 'account.role', 'document.create', 'workspace.create']);
    expect(inCongress.find((e) => e.action === 'account.create')?.details.name).toBe('hoà');
    expect(inCongress.find((e) => e.action === 'document.create')?.details.title).toBe('Báo cáo chính trị');
    // From the role change (inclusive) to the last failed login (exclusive).
    const all = await audit(admin, {});
    const role = all.find((e) => e.action === 'account.role')!;
    const last = all[0];
    const window = await audit(admin, { since: role.at, until: last.at });
    expect(window.map((e) => e.action)).toEqual(all.filter((e) => e.at >= role.at && e.at < last.at).map((e) => e.action));
    expect(window.map((e) => e.action)).toContain('account.role');
    expect(window).not.toContainEqual(last);
    expect((await t.rpcAs(admin, 'account.audit', { since: 'hôm qua' })).body.error.code).toBe('bad_request');
  });

  it('exports the filtered log as a .csv that Excel reads as UTF-8, with formulas defused', async () => {
    const { admin } = await history();
    const filter = { action: 'account.login_failed' };
    const file = await t.callAs(admin, 'account.auditExport', { ...filter, format: 'csv' });
    expect(file.fileName).toMatch(/^nhat-ky-\d{4}-\d\d-\d\d\.csv$/);
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([...AUDIT_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[2])).toEqual(['Người thực hiện', `'=HYPERLINK("http://x.example","bấm")`, 'Nguyễn Thị Hoà']);
    expect(rows[2][4]).toBe('Máy chủ (tài khoản)');
    expect(JSON.parse(rows[2][6])).toMatchObject({ name: 'Nguyễn Thị Hoà', reason: 'unknown_user' });
    expect([file.count, file.truncated]).toEqual([2, false]);
  });

  it('exports the filtered log as an .xlsx whose cells are the entries, as text', async () => {
    const { congress, admin } = await history();
    const file = await t.callAs(admin, 'account.auditExport', { workspaceId: congress, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhật ký')!;
    const rows = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual([...AUDIT_COLUMNS]);
    const body = rows.slice(1);
    expect(body.map((r) => r[3]).sort()).toEqual(['account.create', 'account.role', 'document.create', 'workspace.create']);
    const created = body.find((r) => r[3] === 'document.create')!;
    expect(created[2]).toBe('hoà');
    expect(created[4]).toBe('Đại hội XVII');
    expect(JSON.parse(String(created[6])).title).toBe('Báo cáo chính trị');
    expect(String(created[0])).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const failed = await t.callAs(admin, 'account.auditExport', { action: 'account.login_failed', format: 'xlsx' });
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(Buffer.from(failed.dataBase64, 'base64') as unknown as ArrayBuffer);
    const cell = book2.getWorksheet('Nhật ký')!.getCell('C2');
    expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, '=HYPERLINK("http://x.example","bấm")']);
  });

  it('records a logout (POST /api/logout) as account.logout by the person who left, once, and not a refused one', async () => {
    const { hoa, admin } = await history();
    const before = (await audit(admin, { action: 'account.logout' })).length;
    const out = await fetch(`${t.server.url}/api/logout`, { method: 'POST', headers: { cookie: hoa } });
    expect(out.status).toBe(200);
    const logouts = await audit(admin, { action: 'account.logout' });
    expect(logouts.map((e) => [e.actor, e.workspaceId, e.details.name])).toEqual([['hoà', null, 'hoà']]);
    expect(before).toBe(0);
    // The ended session logging out again, and no session at all, record nothing.
    await fetch(`${t.server.url}/api/logout`, { method: 'POST', headers: { cookie: hoa } });
    await fetch(`${t.server.url}/api/logout`, { method: 'POST' });
    expect(await audit(admin, { action: 'account.logout' })).toHaveLength(1);
  });

  it('records each export, and refuses the log and its export to anyone but an admin', async () => {
    const { hoa, admin } = await history();
    for (const method of ['account.audit', 'account.auditExport']) {
      const refused = await t.rpcAs(hoa, method, { format: 'csv' });
      expect([method, refused.status, refused.body.error.code]).toEqual([method, 403, 'forbidden']);
      expect((await t.rpcAs(null, method, { format: 'csv' })).status).toBe(401);
    }
    await t.callAs(admin, 'account.auditExport', { actor: 'hoà', format: 'xlsx' });
    const exports = await audit(admin, { action: 'account.audit_export' });
    expect(exports.map((e) => [e.actor, e.details.format, e.details.filter.actor])).toEqual([['admin', 'xlsx', 'hoà']]);
  });
});
