/**
 * Expected failures: a stable `code` that crosses every boundary (RPC, IPC, CLI --json) as
 * `{code, message}`, and a message in Vietnamese that tells the user what happened and what to do.
 * Bugs are not AppErrors: they throw a plain Error at once with a precise message.
 */
export const ERROR_CODES = [
  'bad_request', // malformed input to an API
  'unknown_method',
  'unauthorized',
  'protocol_too_old', // a renderer older than the server's protocol
  'forbidden_origin',
  'forbidden', // allowed to someone, but not here (e.g. opening files by path on a shared server)
  'not_found',
  'conflict',
  'workspace_corrupt', // not a SQLite file, or a damaged one
  'workspace_foreign', // a SQLite file that is not a Văn Kiện workspace
  'workspace_newer', // made by a newer version of the app
  'workspace_exists',
  'port_in_use',
  'file_empty',
  'file_too_large',
  'file_not_utf8',
  'file_legacy_doc', // old binary .doc
  'file_encrypted', // password-protected .docx
  'file_malformed', // a .docx that is not a valid package
  'file_unsupported',
  'internal',
  // Stored content (issue 7): a document whose content the schema refuses cannot be frozen.
  'content_invalid',
  // Resource limits (issue 7): a file or a job past a stated limit, refused before it can hurt.
  'file_expands_too_much', // a .docx that inflates past the part, total or ratio limit
  'file_too_complex', // nesting or element counts past their limits (tables in tables, XML depth)
  'document_too_large', // an import that would make a document past the block, node or character limit
  'job_timeout', // an import, export or comparison ran past its time budget and was stopped
  'job_out_of_memory', // … past its memory budget
  'job_failed', // the worker running it stopped unexpectedly
  'server_busy', // too many large jobs waiting; try again shortly
  // Storage faults (sync hardening): the write was not committed; nothing acknowledged was lost.
  'storage_locked', // another program holds the workspace file's write lock
  'disk_full', // the disk, or the file's size limit, is full
  'storage_readonly', // the workspace file or its folder cannot be written
  'storage_failed', // any other failure to write (I/O error, file cannot be opened)
  // Files and folders (issue 7)
  'data_folder_locked', // another workspace server is running on this data folder
  // Storage review (issue 7): a .vkws file in the data folder whose name cannot be a workspace id.
  'workspace_name_invalid',
  // Command line (issue 9)
  'draft_number_not_next', // a file imported as draft N, when N is not the document's next draft number
  // Team server (issue 10)
  'login_failed', // wrong name or password (never says which)
  'rate_limited', // too many failed logins for this account or from this address; the message says when to try again
  'user_exists', // a user name (by its comparison key) already taken
  'setup_code_invalid', // the one-time setup code is wrong, used, or the server already has users
  // Feedback (issue 11)
  'feedback_file_duplicate', // this very file (same SHA-256) was imported into the workspace before
  'feedback_rows_duplicate', // some rows were imported before from another file: import only the new ones, or nothing
  'feedback_no_comments', // a file in which no comment was found
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The shape an error takes on the wire. `message` is the sentence the user reads; `detail` is the
 * underlying system's own text (SQLite's, the OS's), for support only: the UI shows it behind
 * "Chi tiết", never as the message.
 */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  detail?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  constructor(code: ErrorCode, message: string, options: { detail?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.detail = options.detail;
  }

  toPayload(): ErrorPayload {
    return this.detail === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, detail: this.detail };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
