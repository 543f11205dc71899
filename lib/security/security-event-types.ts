/** Every kind of security event, with how the event lists name it. Recorded by lib/security/record-security-event.ts. */
export const SECURITY_EVENT_LABELS = {
  "sign_in.succeeded": "Signed in",
  "sign_in.failed": "Sign-in failed: wrong email or password",
  "sign_in.locked": "Sign-in locked after repeated failures",
  "sign_in.refused": "Sign-in refused: account deactivated",
  "password.changed": "Password changed",
  "password.reset_requested": "Password reset requested",
  "password.reset_link_created": "Password reset link made by an administrator",
  "password.reset": "Password reset with an emailed link",
  "session.revoked": "Session ended",
  "sessions.revoked_all": "Signed out everywhere",
  "email.change_requested": "Email change requested",
  "email.changed": "Email address changed",
  "account.created": "Account created",
  "member.role_changed": "Workspace role changed",
  "member.removed": "Removed from a workspace",
  "user.deactivated": "Account deactivated",
  "user.reactivated": "Account reactivated",
  "instance.join_policy_changed": "Who may join changed",
  "authorization.refused": "Refused: not allowed",
} as const;

export type SecurityEventType = keyof typeof SECURITY_EVENT_LABELS;
