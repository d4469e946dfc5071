import { createHash } from 'node:crypto';
import { compareKey } from '../../../shared/text/normalize.ts';

/** The SHA-256 of a file's bytes, hex. */
export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * What makes two rows the same comment for "import only new rows": its text and source by
 * their compare keys (a re-export that changed tone placement or case is still the same row).
 */
export const rowFingerprint = (text: string, source: string | null): string =>
  createHash('sha256').update(`${compareKey(text)}\u0000${compareKey(source ?? '')}`).digest('base64url');
