import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'ui.create': 'Create',
  'ui.save': 'Save',
  'ui.cancel': 'Cancel',
  'ui.confirm': 'OK',
  'ui.back': 'Back',
  'ui.loading': 'Loading…',
  'ui.error': 'Error: {message}',
  'ui.retry': 'Retry',
  'ui.close': 'Close',
  'ui.error.network': 'Cannot reach the Văn Kiện server. Check that it is running, then retry.',
  'ui.error.detail': 'Details',
} satisfies Record<keyof typeof vi, string>;
