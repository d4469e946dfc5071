export { commentAuthor } from './commentAuthor.ts';
export { createThread, deleteComment, editComment, listThreads, replyToThread, resolveThread } from './commentThreads.ts';
export { threadsInWorkingCopy, type ThreadInText } from './threadsInWorkingCopy.ts';
