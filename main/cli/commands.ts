import { COMMENT_HELP, COMPARE_HELP, DRAFT_HELP, EXPORT_HELP, FEEDBACK_HELP, IMPORT_HELP, OUTLINE_HELP, REPORT_HELP, SERVE_HELP, USER_HELP, WORKSPACE_HELP } from './helpTexts.ts';

/** A `vankien` command: its usage, and its code, which is loaded only when the command runs. */
export interface Command {
  help: string;
  run(args: string[]): Promise<void>;
}

/**
 * Every command, in the order `vankien --help` lists them. Each is a dynamic import, so a command
 * loads only its own code (the bundle makes each one a chunk; `--help` loads none of them).
 */
export const COMMANDS: Record<string, Command> = {
  serve: { help: SERVE_HELP, run: async (args) => (await import('./serveCommand.ts')).serveCommand(args) },
  workspace: { help: WORKSPACE_HELP, run: async (args) => (await import('./workspaceCommand.ts')).workspaceCommand(args) },
  compare: { help: COMPARE_HELP, run: async (args) => (await import('./compareCommand.ts')).compareCommand(args) },
  draft: { help: DRAFT_HELP, run: async (args) => (await import('./draftCommand.ts')).draftCommand(args) },
  comment: { help: COMMENT_HELP, run: async (args) => (await import('./commentCommand.ts')).commentCommand(args) },
  outline: { help: OUTLINE_HELP, run: async (args) => (await import('./outlineCommand.ts')).outlineCommand(args) },
  import: { help: IMPORT_HELP, run: async (args) => (await import('./importCommand.ts')).importCommand(args) },
  user: { help: USER_HELP, run: async (args) => (await import('./userCommand.ts')).userCommand(args) },
  export: { help: EXPORT_HELP, run: async (args) => (await import('./exportCommand.ts')).exportCommand(args) },
  feedback: { help: FEEDBACK_HELP, run: async (args) => (await import('./feedbackCommand.ts')).feedbackCommand(args) },
  report: { help: REPORT_HELP, run: async (args) => (await import('./reportCommand.ts')).reportCommand(args) },
};
