/**
 * The roles of a team server (DESIGN.md, "Who uses it"), held per workspace, and an admin's
 * also server-wide. Only a drafter edits the text; everyone else's sync socket is read-only.
 */
export const ROLES = ['admin', 'drafter', 'reviewer', 'compiler'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a role may change a document's text (the sync socket is read-write only for these). */
export function editsText(role: Role): boolean {
  return role === 'drafter';
}

/**
 * Who holds which role: `global` applies in every workspace (null: none), `workspaces` per
 * workspace id, and overrides `global` there.
 */
export interface RoleGrants {
  global: Role | null;
  workspaces: Readonly<Record<string, Role>>;
}

/** The role a person has in one workspace, or null when they may not open it at all. */
export function roleIn(grants: RoleGrants, workspaceId: string): Role | null {
  return Object.hasOwn(grants.workspaces, workspaceId) ? grants.workspaces[workspaceId] : grants.global;
}

/** Vietnamese names of the roles, for sentences the server writes (the UI has its own messages). */
export const ROLE_NAMES_VI: Record<Role, string> = {
  admin: 'quản trị',
  drafter: 'biên tập',
  reviewer: 'góp ý (chỉ đọc văn bản)',
  compiler: 'tổng hợp',
};
