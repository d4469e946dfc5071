import { AppError } from '../../shared/errors.ts';
import { threadsInWorkingCopy } from '../services/comments/index.ts';
import { COMMENT_HELP } from './helpTexts.ts';
import { print } from './output.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { openWorkspaceDocument } from './workspaceDocument.ts';

/** `vankien comment list`: a document's comment threads as the compiler reads them, straight from the file (read only). */
export async function commentCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandArgs(
    { args, allowPositionals: true, options: { workspace: { type: 'string' }, document: { type: 'string' }, json: { type: 'boolean', default: false } } },
    COMMENT_HELP,
  );
  if (positionals[0] !== 'list') throw new AppError('bad_request', `Không rõ lệnh "comment ${positionals[0] ?? ''}".\n${COMMENT_HELP}`);
  const { store, document } = openWorkspaceDocument(values.workspace, values.document, 'read');
  try {
    const threads = threadsInWorkingCopy(store, document.id);
    print(values.json ?? false, { threads }, () =>
      threads.length === 0
        ? 'Văn kiện chưa có góp ý nào.'
        : threads
            .map(({ thread, state, section }) =>
              [
                `[${STATE_VI[state]}]${section ? ` ${section}` : ''} «${thread.anchor.quote.replace(/\s+/gu, ' ').slice(0, 120)}»`,
                ...thread.comments.map((c) => `  ${c.authorName || c.author}: ${c.body.replace(/\s+/gu, ' ')}`),
              ].join('\n'),
            )
            .join('\n'),
    );
  } finally {
    store.close();
  }
}

const STATE_VI = { open: 'đang mở', resolved: 'đã giải quyết', orphaned: 'không còn đoạn văn' } as const;
