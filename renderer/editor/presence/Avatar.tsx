import type { PresenceUser } from '../../../shared/presence/PresenceUser.ts';
import { safeColour } from './safeColour.ts';

/** A person's initials in a circle of their colour; the name on hover and for screen readers. */
export function Avatar({ user, size = 'small' }: { user: Pick<PresenceUser, 'name' | 'initials' | 'color'>; size?: 'small' | 'large' }) {
  return (
    <span className={`avatar avatar-${size}`} style={{ backgroundColor: safeColour(user.color) }} title={user.name} aria-label={user.name} role="img" data-testid="avatar">
      {user.initials}
    </span>
  );
}
