import { initialsOf } from '../../../shared/rpc/accountFields.ts';
import type { Role } from '../../../shared/accounts/roles.ts';
import { AppError } from '../../../shared/errors.ts';
import type { AccountSummary } from '../../../shared/rpc/accountContract.ts';
import { compareKey } from '../../../shared/text/normalize.ts';
import type { AccountStore, UserRecord } from '../../storage/AccountStore.ts';
import type { Member } from './Caller.ts';
import { LOGIN_THROTTLE, LoginThrottle } from './LoginThrottle.ts';
import { hashPassword, needsRehash, PASSWORD_PARAMS, type PasswordParams, phcParams, verifyPassword } from './passwords.ts';
import { RateLimited } from './RateLimited.ts';
import { SESSION_LIMITS, type SessionFound, type SessionLimits, Sessions } from './Sessions.ts';
import { newSetupCode, setupCodeMatches } from './setupCode.ts';

/** Controls and bidi marks, which would make a typed name display other than it is in the log. */
const UNSAFE_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

/** What the server must do to sockets when an account changes: reconnect with new rights, or end. */
export type AccountEvent = { kind: 'rights'; userId: string } | { kind: 'ended'; userId: string; sessionHash?: string };

export interface AccountsOptions {
  sessions?: Partial<SessionLimits>;
  passwordParams?: PasswordParams;
  now?: () => number;
}

/** A new account as an admin (or `vankien user add`) gives it. */
export interface NewAccount {
  name: string;
  displayName?: string;
  initials?: string;
  password: string;
  role: Role | null;
  workspaceId: string | null;
}

/** A signed-in person: the session id for the cookie, and who. */
export interface SignedIn {
  sessionId: string;
  member: Member;
}

/**
 * The accounts of a team server: the one-time setup of the first admin, logins (rate-limited
 * per account and per address, the hash replaced when the parameters rose), sessions, and what
 * admins do to accounts. Every change is in the account file's audit log, never a password. A
 * change of someone's rights is told to `onEvent` listeners at once (the server closes that
 * person's sockets).
 */
export class Accounts {
  readonly store: AccountStore;
  readonly sessions: Sessions;
  private readonly params: PasswordParams;
  private readonly now: () => number;
  private readonly byAccount = new LoginThrottle(LOGIN_THROTTLE.account);
  private readonly byAddress = new LoginThrottle(LOGIN_THROTTLE.address);
  private readonly listeners: ((event: AccountEvent) => void)[] = [];
  private code: string | null;
  private dummyHash: Promise<string> | undefined;

  constructor(store: AccountStore, options: AccountsOptions = {}) {
    this.store = store;
    this.params = options.passwordParams ?? PASSWORD_PARAMS;
    this.now = options.now ?? Date.now;
    this.sessions = new Sessions(store, { ...SESSION_LIMITS, ...options.sessions }, this.now);
    this.code = store.userCount() === 0 ? newSetupCode() : null;
  }

  /** The one-time setup code while the server has no user (printed at start), else null. */
  get setupCode(): string | null {
    if (this.code && this.store.userCount() > 0) this.code = null; // `vankien user add` made one meanwhile
    return this.code;
  }

  onEvent(listener: (event: AccountEvent) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Creates the first admin with the setup code, which is then gone; signs them in. The admin,
   * the audit entry and the session are committed together, and only then is the code used up:
   * a setup that cannot be written (a locked or full account file) leaves the code to try again.
   */
  async setup(code: string, account: { name: string; displayName: string; password: string }, address: string): Promise<SignedIn> {
    this.throttled(null, address);
    this.checkSetupCode(code, address);
    const admin: NewAccount = { ...account, role: 'admin', workspaceId: null };
    const passwordHash = await this.passwordHashFor(admin);
    const signedIn = this.store.transaction(() => {
      this.checkSetupCode(code, address); // another setup may have used it while this password was hashed
      const user = this.addUser(admin, passwordHash);
      this.store.audit.record(user.name, 'account.setup', user.id, { name: user.name, address });
      return this.sessions.start(user);
    });
    this.code = null;
    return signedIn;
  }

  /** Signs a person in: a new session, or `login_failed` (401), `rate_limited` (429), `forbidden` (a disabled account). */
  async login(name: string, password: string, address: string): Promise<SignedIn> {
    const key = compareKey(name);
    // What was typed goes into the log as text that displays as it is (no controls, no bidi).
    const typed = name.slice(0, 64).replace(UNSAFE_CHARACTERS, '\uFFFD');
    try {
      this.throttled(key, address);
    } catch (error) {
      this.store.audit.record(typed, 'account.login_failed', null, { name: typed, address, reason: 'rate_limited' });
      throw error;
    }
    const user = this.store.userByName(name);
    // An unknown name costs the same hash as a known one: timings do not tell which names exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummy()));
    if (!user || !ok) {
      this.byAccount.fail(key, this.now());
      this.byAddress.fail(address, this.now());
      this.store.audit.record(typed, 'account.login_failed', user?.id ?? null, { name: typed, address, reason: user ? 'wrong_password' : 'unknown_user' });
      throw new AppError('login_failed', 'Sai tên đăng nhập hoặc mật khẩu.');
    }
    if (user.disabled) {
      this.store.audit.record(user.name, 'account.login_failed', user.id, { name: user.name, address, reason: 'disabled' });
      throw new AppError('forbidden', 'Tài khoản này đã bị khoá. Hãy liên hệ người quản trị máy chủ.');
    }
    this.byAccount.clear(key);
    const rehashed = needsRehash(user.passwordHash, this.params) ? await hashPassword(password, this.params) : null;
    // The new hash, the audit entry and the session land together or not at all.
    return this.store.transaction(() => {
      if (rehashed) {
        this.store.setPasswordHash(user.id, rehashed);
        this.store.audit.record(user.name, 'account.rehash', user.id, { name: user.name, from: phcParams(user.passwordHash), to: phcParams(rehashed) });
      }
      this.store.audit.record(user.name, 'account.login', user.id, { name: user.name, address });
      return this.sessions.start(user);
    });
  }

  /** The member a request's session id stands for (see Sessions.find). */
  authenticate(sessionId: string, rotate: boolean): SessionFound | null {
    return this.sessions.find(sessionId, rotate);
  }

  /** Ends the session; its sockets are closed. Unknown ids are ignored (logging out twice is fine). */
  logout(sessionId: string, member: Member | null): void {
    const hash = this.store.transaction(() => {
      const ended = this.sessions.end(sessionId);
      if (ended && member) this.store.audit.record(member.name, 'account.logout', member.userId, { name: member.name });
      return ended;
    });
    if (hash && member) this.emit({ kind: 'ended', userId: member.userId, sessionHash: hash });
  }

  async create(actor: string, account: NewAccount): Promise<AccountSummary> {
    const passwordHash = await this.passwordHashFor(account);
    return this.store.transaction(() => {
      const user = this.addUser(account, passwordHash);
      this.store.audit.record(actor, 'account.create', user.id, { name: user.name, displayName: user.displayName, role: account.role, workspaceId: account.workspaceId });
      return this.summary(user);
    });
  }

  list(): AccountSummary[] {
    return this.store.users().map((user) => this.summary(user));
  }

  /** Disables (ending every session and socket at once) or enables an account. */
  setDisabled(actor: string, name: string, disabled: boolean): AccountSummary {
    const user = this.existing(name);
    if (user.disabled === disabled) return this.summary(user);
    if (disabled) this.keepAnAdmin(user, null);
    this.store.transaction(() => {
      this.store.setDisabled(user.id, disabled);
      if (disabled) this.store.deleteSessionsOf(user.id);
      this.store.audit.record(actor, disabled ? 'account.disable' : 'account.enable', user.id, { name: user.name });
    });
    if (disabled) this.emit({ kind: 'ended', userId: user.id });
    return this.summary(this.existing(name));
  }

  /** Sets or removes a role; the person's sessions get new ids and their sockets reconnect with the new rights. */
  setRole(actor: string, name: string, workspaceId: string | null, role: Role | null): AccountSummary {
    const user = this.existing(name);
    const grants = this.store.grantsOf(user.id);
    const from = workspaceId === null ? grants.global : (grants.workspaces[workspaceId] ?? null);
    if (from === role) return this.summary(user);
    if (workspaceId === null && from === 'admin') this.keepAnAdmin(user, role);
    this.store.transaction(() => {
      this.store.setRole(user.id, workspaceId, role);
      this.store.markRotate(user.id);
      this.store.audit.record(actor, 'account.role', user.id, { name: user.name, workspaceId, from, to: role });
    });
    this.emit({ kind: 'rights', userId: user.id });
    return this.summary(user);
  }

  /** A new password set by an admin; every session of the account ends. */
  async resetPassword(actor: string, name: string, password: string): Promise<void> {
    const user = this.existing(name);
    const hash = await hashPassword(password, this.params);
    this.store.transaction(() => {
      this.store.setPasswordHash(user.id, hash);
      this.store.deleteSessionsOf(user.id);
      this.store.audit.record(actor, 'account.password_reset', user.id, { name: user.name });
    });
    this.emit({ kind: 'ended', userId: user.id });
  }

  summary(user: UserRecord): AccountSummary {
    return { name: user.name, displayName: user.displayName, initials: user.initials, createdAt: user.createdAt, disabled: user.disabled, grants: this.store.grantsOf(user.id) };
  }

  /** The new account's password hash (slow, so before any transaction); `user_exists` first when the name is taken. */
  private async passwordHashFor(account: NewAccount): Promise<string> {
    if (this.store.userByName(account.name)) throw new AppError('user_exists', `Đã có người dùng tên "${account.name}". Hãy chọn tên khác.`);
    return hashPassword(account.password, this.params);
  }

  /** Adds the account and its role; inside the caller's transaction, with what else it writes. */
  private addUser(account: NewAccount, passwordHash: string): UserRecord {
    const displayName = account.displayName ?? account.name;
    const user = this.store.insertUser({ name: account.name, displayName, initials: account.initials ?? initialsOf(displayName), passwordHash });
    if (account.role) this.store.setRole(user.id, account.workspaceId, account.role);
    return user;
  }

  private checkSetupCode(code: string, address: string): void {
    const expected = this.setupCode;
    if (expected && setupCodeMatches(code, expected)) return;
    this.byAddress.fail(address, this.now());
    throw new AppError('setup_code_invalid', expected ? 'Mã thiết lập không đúng. Hãy nhập đúng mã máy chủ in ra khi khởi động.' : 'Máy chủ đã có người quản trị; mã thiết lập không còn dùng được. Hãy đăng nhập.');
  }

  private existing(name: string): UserRecord {
    const user = this.store.userByName(name);
    if (!user) throw new AppError('not_found', `Không có người dùng tên "${name}".`);
    return user;
  }

  /** Refuses to take the last enabled server-wide admin away (nobody could manage the server). */
  private keepAnAdmin(user: UserRecord, newRole: Role | null): void {
    if (newRole === 'admin' || this.store.grantsOf(user.id).global !== 'admin') return;
    const others = this.store.users().filter((u) => u.id !== user.id && !u.disabled && this.store.grantsOf(u.id).global === 'admin');
    if (others.length === 0) throw new AppError('conflict', `"${user.name}" là người quản trị duy nhất của máy chủ. Hãy cho người khác vai trò quản trị trước.`);
  }

  private throttled(key: string | null, address: string): void {
    const now = this.now();
    const until = Math.max((key === null ? null : this.byAccount.blockedUntil(key, now)) ?? 0, this.byAddress.blockedUntil(address, now) ?? 0);
    if (until > now) throw new RateLimited(until, now);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword('không phải mật khẩu của ai', this.params);
    return this.dummyHash;
  }

  private emit(event: AccountEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
