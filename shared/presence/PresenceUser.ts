/**
 * Who a presence state (an awareness state's `user` field) says its client is. On the server's
 * side it is always stamped by the server (stampPresence): the name and initials of the session,
 * a colour from PRESENCE_COLOURS. Renderers may trust it to be plain text and a safe colour.
 */
export interface PresenceUser {
  name: string;
  initials: string;
  color: string;
}

/** A person as the server knows them: the name shown and its initials. */
export interface Person {
  displayName: string;
  initials: string;
}
