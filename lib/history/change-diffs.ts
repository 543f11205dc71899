import { z } from "zod";
import type { ChangeType } from "./change-types";

/** { before, after } of one field. */
const change = <T extends z.ZodType>(value: T) => z.object({ before: value.nullable(), after: value.nullable() });
const version = change(z.number().int());
const text = change(z.string());
const list = change(z.array(z.string()));
const uuid = z.uuid();
const instant = change(z.iso.datetime());
const ZCitation = z.object({ sourceId: uuid, excerpt: z.string(), startOffset: z.number().int(), endOffset: z.number().int() });
const ZRelation = z.object({ type: z.string(), toItemId: uuid, note: z.string() });
const ZItemFieldsDiff = z.object({
  kind: text,
  title: text,
  summary: text,
  implementingJurisdictions: list,
  affectedJurisdictions: list,
  tags: list,
});
const ZSourceFieldsDiff = z.object({
  title: text,
  titleNote: text,
  publisher: text,
  byline: text,
  dateline: text,
  publishedOn: text,
  publishedNote: text,
  url: text,
  language: text,
});
const membership = z.object({ userId: uuid, member: text, role: text });
const ZCommentTarget = z.object({ type: z.enum(["item", "status_event", "discrepancy"]), id: uuid });
/** A comment's text and the members it mentions; `revision` is the comment's own version (its chain's length). */
const ZCommentDiff = z.object({ commentId: uuid, target: ZCommentTarget, body: text, mentions: change(z.array(uuid)), revision: version });
/** A webhook is recorded by its address's origin only: the rest of an address can be a secret (a Slack webhook's is). */
const ZWebhookFields = z.object({ address: text, format: text, eventTypes: list, description: text, enabled: change(z.boolean()) });

/** The shape of each type's diff: appendChange checks a diff before it is sealed; tests check what pt_item_write writes. */
export const CHANGE_DIFFS: { [T in ChangeType]: z.ZodType } = {
  "item.created": ZItemFieldsDiff.extend({ externalId: text.optional(), version }),
  "item.updated": ZItemFieldsDiff.omit({ kind: true }).partial().extend({ version }),
  "item.archived": z.object({ archived: change(z.boolean()), version }),
  "item.restored": z.object({ archived: change(z.boolean()), version }),
  "status.recorded": z.object({
    statusEventId: uuid,
    correctsEventId: uuid.nullable(),
    status: text,
    effectiveOn: text,
    announcedOn: text,
    note: text,
    citations: change(z.array(ZCitation)),
    version,
  }),
  "status.retracted": z.object({ statusEventId: uuid, restoredEventId: uuid.nullable(), version }),
  "citation.added": z.object({ statusEventId: uuid, citationId: uuid, citation: change(ZCitation), version }),
  "relation.added": z.object({ relationId: uuid, relation: change(ZRelation), version }),
  "relation.removed": z.object({ relationId: uuid, relation: change(ZRelation), version }),
  "discrepancy.flagged": z.object({ discrepancyId: uuid, sources: change(z.array(uuid.nullable())), note: text, version }),
  "discrepancy.resolved": z.object({ discrepancyId: uuid, resolved: change(z.boolean()), version }),
  "source.added": z.object({ title: text, language: text, version }),
  "source.updated": ZSourceFieldsDiff.partial().extend({ version }),
  "workspace.created": z.object({ name: text, owner: text }),
  "member.added": z.object({ inviteId: uuid.optional(), invitedById: uuid.optional(), member: text, role: text }),
  "member.invited": z.object({ inviteId: uuid, role: text, email: text, expiresAt: instant }),
  "member.invite_revoked": z.object({ inviteId: uuid, revokedAt: instant }),
  "member.role_changed": membership,
  "member.removed": membership,
  "member.left": membership,
  "member.token_created": z.object({ tokenId: uuid, name: text, scope: text, owner: text, expiresAt: instant }),
  "member.token_revoked": z.object({ tokenId: uuid, name: text, owner: text, revokedAt: instant }),
  "workspace.view_saved": z.object({ viewId: uuid, copyOf: uuid.optional(), name: text }),
  "workspace.view_renamed": z.object({ viewId: uuid, name: text }),
  "workspace.view_query_updated": z.object({ viewId: uuid, query: text }),
  "workspace.view_deleted": z.object({ viewId: uuid, name: text.optional(), revokedShareLinks: z.number().int() }),
  "workspace.share_link_created": z.object({
    shareLinkId: uuid,
    viewId: uuid,
    viewName: z.string().optional(),
    expiresAt: z.iso.datetime(),
    pinned: z.boolean(),
  }),
  "workspace.share_link_revoked": z.object({ shareLinkId: uuid, viewId: uuid }),
  "workspace.imported": z.object({
    importOf: z.enum(["items", "sources"]),
    file: z.object({ name: z.string(), sha256: z.string(), rows: z.number().int(), mapping: z.string() }),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
  }),
  "workspace.webhook_created": ZWebhookFields.omit({ enabled: true }).extend({ webhookId: uuid }),
  "workspace.webhook_updated": ZWebhookFields.partial().extend({ webhookId: uuid }),
  "workspace.webhook_secret_rotated": z.object({ webhookId: uuid, address: text }),
  "workspace.webhook_deleted": z.object({ webhookId: uuid, address: text }),
  "workspace.webhook_disabled": z.object({ webhookId: uuid, address: z.string(), enabled: change(z.boolean()), failures: z.number().int(), lastError: z.string() }),
  "comment.added": ZCommentDiff.extend({ parentId: uuid.nullable() }),
  "comment.edited": ZCommentDiff,
  "comment.deleted": ZCommentDiff.omit({ mentions: true }),
};
