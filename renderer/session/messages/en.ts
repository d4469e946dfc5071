import type { vi } from './vi.ts';

/** The English of ./vi.ts: the same keys, which the compiler checks (none missing, none extra). */
export const en = {
  'session.refused': 'The access key has changed (the server made a new key). Paste the new address the server printed into the field below.',
  'session.keepPage': 'Do not reload or close this page: unsaved changes exist only here, and will be sent as soon as the key is right.',
  'session.address': 'New address (with ?k=…)',
  'session.submit': 'Use the new key',
  'session.checking': 'Checking the key…',
  'session.noKey': 'This address has no access key (the ?k=… part). Copy the whole address the server printed.',
  'session.otherServer': 'This address belongs to another server ({origin}); this page can only send its changes to {here}. Start the server again on its old port, then paste the address it prints.',
  'session.wrongKey': 'The key in this address does not match the server. Copy again the address the server printed when it last started.',
  'session.unreachable': 'The server cannot be reached yet. Check that it is running, then try again.',
  // A browser sending too many cookies for this address (431): issue 7's review.
  'session.headersTooLarge': 'The browser is sending so many cookies for this address (usually set by another page on the same machine) that the server cannot read any request. Clear this site’s cookies in the browser settings (the padlock beside the address bar → Cookies), then press “Check again”. Do not reload or close this page: unsaved changes exist only here.',
  'session.recheck': 'Check again',
} satisfies Record<keyof typeof vi, string>;
