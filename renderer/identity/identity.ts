import { useEffect, useState } from 'react';
import { call } from '../api/rpcClient.ts';

/** Who this page's person is, as the server says (`identity.me`); `editable` on a local server only. */
export interface Identity {
  displayName: string;
  initials: string;
  editable: boolean;
}

let current: Identity | null = null;
let loading: Promise<Identity | null> | null = null;
const listeners = new Set<(identity: Identity | null) => void>();

function publish(next: Identity | null) {
  current = next;
  for (const listener of listeners) listener(next);
}

/** Asks the server once per page (again after `forgetIdentity`); null while unknown or when the server cannot be asked. */
export function loadIdentity(): Promise<Identity | null> {
  loading ??= call('identity.me', {}).then(
    (me) => (publish(me), me),
    () => ((loading = null), null),
  );
  return loading;
}

/** Stores a new name (local server) and tells every part of the page that shows it. */
export async function saveIdentity(displayName: string, initials: string): Promise<Identity> {
  const saved = await call('identity.set', initials.trim() ? { displayName, initials } : { displayName });
  const next = { ...saved, editable: true };
  publish(next);
  return next;
}

/** The person signed in on this page (null until the server has answered). */
export function useIdentity(): Identity | null {
  const [identity, setIdentity] = useState(current);
  useEffect(() => {
    listeners.add(setIdentity);
    void loadIdentity();
    return () => void listeners.delete(setIdentity);
  }, []);
  return identity;
}
