/**
 * A registry sheet as sources: a header row naming "Tên đơn vị" (or `name`), and optionally
 * "Tên gọi khác" (`aliases`, separated by ";"), "Cấp" (`level`: phường, xã, cơ quan … or the
 * English codes) and "Trực thuộc"/"Cấp trên" (`parent`, a name in the same file or the registry).
 */
import { compareKey } from '../../text/normalize.ts';
import type { Sheet } from '../ingest/feedbackRow.ts';
import type { SourceLevel } from '../model.ts';
import { SOURCE_LEVELS } from '../model.ts';

export interface SourceRow {
  name: string;
  aliases: string[];
  level: SourceLevel;
  parent: string | null;
  row: number;
}

const HEADERS: Record<string, 'name' | 'aliases' | 'level' | 'parent'> = {};
for (const [role, names] of [
  ['name', ['name', 'tên', 'tên đơn vị', 'đơn vị', 'tên tổ chức đảng', 'tổ chức đảng']],
  ['aliases', ['aliases', 'tên gọi khác', 'tên khác', 'viết tắt']],
  ['level', ['level', 'cấp', 'loại', 'loại hình']],
  ['parent', ['parent', 'trực thuộc', 'cấp trên', 'đơn vị cấp trên']],
] as const) for (const name of names) HEADERS[compareKey(name)] = role;

const LEVELS: Record<string, SourceLevel> = Object.fromEntries([
  ...SOURCE_LEVELS.map((level) => [level, level]),
  ['thành phố', 'city'], ['tỉnh', 'city'], ['quận', 'district'], ['huyện', 'district'], ['phường', 'ward'], ['xã', 'commune'],
  ['đặc khu', 'commune'], ['cơ quan', 'agency'], ['khối cơ quan', 'agency'], ['doanh nghiệp', 'enterprise'],
  ['lực lượng vũ trang', 'armed_forces'], ['quân đội', 'armed_forces'], ['công an', 'armed_forces'], ['khác', 'other'],
].map(([k, v]) => [compareKey(k), v as SourceLevel]));

export function sourcesOfSheet(sheet: Sheet): { sources: SourceRow[]; problems: string[] } {
  const headerAt = sheet.rows.findIndex((row) => row.cells.some((cell) => HEADERS[compareKey(cell.text)] === 'name'));
  if (headerAt < 0) return { sources: [], problems: ['Không tìm thấy cột “Tên đơn vị” (hoặc “name”) trong hàng tiêu đề.'] };
  const columns: Partial<Record<'name' | 'aliases' | 'level' | 'parent', number>> = {};
  sheet.rows[headerAt].cells.forEach((cell, i) => { const role = HEADERS[compareKey(cell.text)]; if (role && columns[role] === undefined) columns[role] = i; });
  const at = (cells: Sheet['rows'][number]['cells'], role: keyof typeof columns) => (columns[role] === undefined ? '' : (cells[columns[role]!]?.text ?? '').normalize('NFC').trim());
  const sources: SourceRow[] = [];
  const problems: string[] = [];
  for (const { number, cells } of sheet.rows.slice(headerAt + 1)) {
    const name = at(cells, 'name');
    if (name === '') { if (cells.some((cell) => cell.text.trim() !== '')) problems.push(`Dòng ${number}: thiếu tên đơn vị; dòng này không được nhập.`); continue; }
    const levelText = at(cells, 'level');
    const level = levelText === '' ? 'other' : LEVELS[compareKey(levelText)];
    if (!level) { problems.push(`Dòng ${number}: cấp “${levelText}” không rõ (phường, xã, quận, huyện, cơ quan, doanh nghiệp, lực lượng vũ trang, khác); dòng này không được nhập.`); continue; }
    const aliases = at(cells, 'aliases').split(/[;\n]/u).map((alias) => alias.trim()).filter((alias) => alias !== '');
    sources.push({ name, aliases, level, parent: at(cells, 'parent') || null, row: number });
  }
  return { sources, problems };
}
