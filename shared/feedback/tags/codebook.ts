import { compareKey } from '../../text/normalize.ts';

/**
 * The codebook (bộ chủ đề) compilers tag comments with: a tree of themes. Each tag on a comment
 * records whether a person set it or a suggestion did (accepted by a person).
 */
export interface Code {
  id: string;
  parentId: string | null;
  name: string;
  /** Order among its siblings. */
  position: number;
}

export const TAG_ORIGINS = ['person', 'suggestion'] as const;
export type TagOrigin = (typeof TAG_ORIGINS)[number];

export interface ItemTag {
  itemId: string;
  codeId: string;
  setBy: TagOrigin;
  actor: string;
  createdAt: string;
}

export const TAG_LIMITS = {
  codes: 500,
  name: 200,
  itemsPerTagging: 10_000,
} as const;

/**
 * The default codebook, from the Political Report's parts (what most comments are about), in
 * the order the report has them; written into each workspace once, by its migration.
 */
export const DEFAULT_CODEBOOK: readonly { name: string; children?: readonly string[] }[] = [
  { name: 'Xây dựng Đảng', children: ['Chính trị, tư tưởng, đạo đức', 'Tổ chức, cán bộ', 'Kiểm tra, giám sát, kỷ luật', 'Dân vận'] },
  { name: 'Kinh tế', children: ['Công nghiệp', 'Nông nghiệp', 'Dịch vụ, du lịch', 'Kinh tế biển', 'Chuyển đổi số'] },
  { name: 'Văn hóa – xã hội', children: ['Giáo dục, đào tạo', 'Y tế', 'Văn hóa', 'An sinh xã hội'] },
  { name: 'Quốc phòng – an ninh' },
  { name: 'Đối ngoại' },
  { name: 'Chỉ tiêu' },
  { name: 'Văn phong, kỹ thuật văn bản' },
  { name: 'Khác' },
];

/** A code's name compared across tone-mark placement, case and spacing ("văn hoá" = "Văn hóa"). */
export const codeKey = (name: string): string => compareKey(name);

/** Each code's path from the root, "Kinh tế › Công nghiệp", for lists and files. */
export function codePaths(codes: readonly Code[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<string, string>();
  const pathOf = (code: Code, depth = 0): string => {
    const known = paths.get(code.id);
    if (known !== undefined) return known;
    const parent = code.parentId ? byId.get(code.parentId) : undefined;
    const path = parent && depth < 50 ? `${pathOf(parent, depth + 1)} › ${code.name}` : code.name;
    paths.set(code.id, path);
    return path;
  };
  for (const code of codes) pathOf(code);
  return paths;
}

/** The codes in tree order (each parent before its children, siblings by position). */
export function treeOrder<C extends Code>(codes: readonly C[]): C[] {
  const children = new Map<string | null, C[]>();
  for (const code of codes) children.set(code.parentId, [...(children.get(code.parentId) ?? []), code]);
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'vi'));
  const out: C[] = [];
  const visit = (parentId: string | null, depth: number) => {
    if (depth > 50) return;
    for (const code of children.get(parentId) ?? []) {
      out.push(code);
      visit(code.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The codebook as a CSV file (UTF-8 with BOM, so spreadsheet programs read Vietnamese): "Chủ đề;Thuộc chủ đề". */
export function codebookCsv(codes: readonly Code[]): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const quote = (value: string) => (/[;"\n\r]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value);
  const lines = treeOrder(codes).map((code) => `${quote(code.name)};${quote(code.parentId ? byId.get(code.parentId)?.name ?? '' : '')}`);
  return `\uFEFFChủ đề;Thuộc chủ đề\r\n${lines.join('\r\n')}\r\n`;
}
