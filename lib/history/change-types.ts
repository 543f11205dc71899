/**
 * Every kind of change record: its label for people and the group the activity filter offers it under (here, small
 * enough for the browser), and the shape of its diff (change-diffs.ts, with zod). Both are keyed by this union, so a
 * type missing from either fails the type check, and no raw code reaches a page, an export or an API text.
 */
export type ChangeType =
  | "item.created"
  | "item.updated"
  | "item.archived"
  | "item.restored"
  | "status.recorded"
  | "status.retracted"
  | "citation.added"
  | "relation.added"
  | "relation.removed"
  | "discrepancy.flagged"
  | "discrepancy.resolved"
  | "source.added"
  | "source.updated"
  | "workspace.created"
  | "member.added"
  | "member.invited"
  | "member.invite_revoked"
  | "member.role_changed"
  | "member.removed"
  | "member.left"
  | "member.token_created"
  | "member.token_revoked"
  | "workspace.view_saved"
  | "workspace.view_renamed"
  | "workspace.view_query_updated"
  | "workspace.view_deleted"
  | "workspace.share_link_created"
  | "workspace.share_link_revoked"
  | "workspace.imported"
  | "workspace.webhook_created"
  | "workspace.webhook_updated"
  | "workspace.webhook_secret_rotated"
  | "workspace.webhook_deleted"
  | "workspace.webhook_disabled"
  | "comment.added"
  | "comment.edited"
  | "comment.deleted";

/** Groups of change types, for the activity filter. */
export const CHANGE_GROUPS = {
  item: "Item created, edited, archived or restored",
  status: "Status recorded or retracted",
  citation: "Citation added",
  relation: "Relation added or removed",
  discrepancy: "Discrepancy flagged or resolved",
  source: "Source added or edited",
  comment: "Discussion",
  member: "Membership",
  workspace: "Workspace, team views, imports and webhooks",
} as const;
export type ChangeGroup = keyof typeof CHANGE_GROUPS;

type ChangeTypeSpec = { label: string; group: ChangeGroup };

export const CHANGE_TYPES: { [T in ChangeType]: ChangeTypeSpec } = {
  "item.created": { label: "Item created", group: "item" },
  "item.updated": { label: "Item edited", group: "item" },
  "item.archived": { label: "Item archived", group: "item" },
  "item.restored": { label: "Item restored", group: "item" },
  "status.recorded": { label: "Status recorded", group: "status" },
  "status.retracted": { label: "Status retracted", group: "status" },
  "citation.added": { label: "Citation added", group: "citation" },
  "relation.added": { label: "Relation added", group: "relation" },
  "relation.removed": { label: "Relation removed", group: "relation" },
  "discrepancy.flagged": { label: "Sources flagged as disagreeing", group: "discrepancy" },
  "discrepancy.resolved": { label: "Disagreement resolved", group: "discrepancy" },
  "source.added": { label: "Source added", group: "source" },
  "source.updated": { label: "Source details edited", group: "source" },
  "workspace.created": { label: "Workspace created", group: "workspace" },
  "member.added": { label: "Member joined", group: "member" },
  "member.invited": { label: "Member invited", group: "member" },
  "member.invite_revoked": { label: "Invite revoked", group: "member" },
  "member.role_changed": { label: "Role changed", group: "member" },
  "member.removed": { label: "Member removed", group: "member" },
  "member.left": { label: "Member left", group: "member" },
  "member.token_created": { label: "API token created", group: "member" },
  "member.token_revoked": { label: "API token revoked", group: "member" },
  "workspace.view_saved": { label: "Team view saved", group: "workspace" },
  "workspace.view_renamed": { label: "Team view renamed", group: "workspace" },
  "workspace.view_query_updated": { label: "Team view's filters updated", group: "workspace" },
  "workspace.view_deleted": { label: "View deleted", group: "workspace" },
  "workspace.share_link_created": { label: "Share link created", group: "workspace" },
  "workspace.share_link_revoked": { label: "Share link revoked", group: "workspace" },
  "workspace.imported": { label: "Import applied", group: "workspace" },
  "workspace.webhook_created": { label: "Webhook added", group: "workspace" },
  "workspace.webhook_updated": { label: "Webhook changed", group: "workspace" },
  "workspace.webhook_secret_rotated": { label: "Webhook secret replaced", group: "workspace" },
  "workspace.webhook_deleted": { label: "Webhook deleted", group: "workspace" },
  "workspace.webhook_disabled": { label: "Webhook disabled after failed deliveries", group: "workspace" },
  "comment.added": { label: "Comment added", group: "comment" },
  "comment.edited": { label: "Comment edited", group: "comment" },
  "comment.deleted": { label: "Comment deleted", group: "comment" },
};

export const CHANGE_TYPE_NAMES = Object.keys(CHANGE_TYPES) as ChangeType[];

export function isChangeType(value: string): value is ChangeType {
  return Object.hasOwn(CHANGE_TYPES, value);
}

/** The label of a type this version does not know (a record written by a newer version may carry one). */
export const OTHER_CHANGE_LABEL = "Other change";

/** The label of a stored type. */
export function changeTypeLabel(type: string): string {
  return isChangeType(type) ? CHANGE_TYPES[type].label : OTHER_CHANGE_LABEL;
}

/** The stored types of a group, for the activity filter's query. */
export function changeTypesOf(group: ChangeGroup): ChangeType[] {
  return CHANGE_TYPE_NAMES.filter((type) => CHANGE_TYPES[type].group === group);
}
