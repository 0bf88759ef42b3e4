// Who the reader is and what the console offers them: the account from the session, its roles, and the core
// permissions the server reported for it (GET /api/auth/me). The console hides what the server would refuse;
// the server still checks every request.
import { session } from './session.js';

export function account() {
  const s = session.get();
  return s && s.account ? s.account : null;
}

/** Without sign-in (open platform) everyone acts as an administrator, as the server does. */
export function roles() {
  const s = session.get();
  if (s && s.open) return ['SYSTEM_ADMIN'];
  return (account() && account().roles) || [];
}

/** Whether the reader holds a core permission (e.g. 'core.member.write'); an open platform allows everything. */
export function can(permission) {
  const s = session.get();
  if (s && s.open) return true;
  return ((account() && account().permissions) || []).includes(permission);
}

/** A page with `roles` opens for those roles only. */
export function mayOpen(page) {
  return !page.roles || page.roles.some((role) => roles().includes(role));
}
