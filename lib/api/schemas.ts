import { z } from "zod";
import { ChangeKind, CommentTarget, DatePrecision, EmailDelivery, ItemKind, JoinPolicy, NotificationKind, RelationType, Role, TokenScope, ViewVisibility, WatchTarget, WebhookFormat } from "@/lib/generated/prisma/enums";
import { CHANGE_GROUPS } from "@/lib/history/change-types";

/*
 * What the API answers, as zod schemas the OpenAPI description is generated from (lib/api/openapi.ts). Inputs are not
 * here: each operation names the schema its domain function parses with. Every answer is checked against these by
 * lib/api/openapi-conformance.integration-test.ts, so a field added to a domain function's result and not here fails.
 */

/** A moment, as JSON carries a Date: "2023-03-17T09:00:00.000Z". */
const instant = z.iso.datetime();
/** A day stored as a date (its midnight UTC), with the precision beside it where the domain keeps one. */
const day = z.iso.datetime();
const uuid = z.uuid();
const precision = z.enum(DatePrecision);
/** Change-record ids are PostgreSQL bigints, sent as strings. */
const changeId = z.string().regex(/^\d+$/);
const params = z.record(z.string(), z.string()).meta({ description: "Tracker query parameters (canonical form)" });

export const ZErrorBody = z
  .object({
    error: z.object({
      code: z.enum(["invalid", "unauthenticated", "forbidden", "not_found", "conflict", "too_large", "rate_limited"]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Messages per field, keyed by the field's path (`citations.0.excerpt`)" }),
      current: z.unknown().optional().meta({ description: "For conflicts: the record as it is now (and, for items, the changes made since)" }),
      suggestions: z
        .record(z.string(), z.object({ excerpt: z.string(), startOffset: z.number().int() }))
        .optional()
        .meta({ description: "For a quotation not found where it was said to be: the nearest passage of the source, per field" }),
      retryAfterSeconds: z.number().int().optional(),
    }),
  });

export const ZVersion = z.object({ version: z.number().int() });

const ZNextStatus = z
  .object({ status: z.string(), effectiveOn: day, precision, announcedOn: day.nullable(), announcedPrecision: precision.nullable() })
  .nullable()
  .meta({ description: "The next status announced by the day asked about, not yet in force" });

export const ZTrackerRow = z.object({
  id: uuid,
  kind: z.enum(ItemKind),
  title: z.string(),
  implementingJurisdictions: z.array(z.string()),
  affectedJurisdictions: z.array(z.string()),
  tags: z.array(z.string()),
  status: z.string().nullable(),
  effectiveOn: day.nullable(),
  precision: precision.nullable(),
  next: ZNextStatus,
  needsSource: z.boolean(),
  hasDiscrepancy: z.boolean(),
  changedAt: instant,
  changedById: uuid.nullable(),
  changedBy: z.string().nullable(),
  groupKey: z.string().optional(),
});

export const ZTrackerPage = z.object({ items: z.array(ZTrackerRow), nextCursor: z.string().optional() });

export const ZCreatedItem = z.object({ id: uuid, version: z.number().int() });

const ZItemRef = z.object({ id: uuid, title: z.string() });

export const ZItemDetail = z.object({
  item: z.object({
    id: uuid,
    kind: z.enum(ItemKind),
    title: z.string(),
    summary: z.string(),
    implementingJurisdictions: z.array(z.string()),
    affectedJurisdictions: z.array(z.string()),
    tags: z.array(z.string()),
    version: z.number().int(),
    archivedAt: instant.nullable(),
    needsSource: z.boolean(),
    updatedAt: instant,
    currentStatus: z.string().nullable(),
    currentEffectiveOn: day.nullable(),
    currentPrecision: precision.nullable(),
    next: ZNextStatus,
    statusEvents: z.array(
      z.object({
        id: uuid,
        status: z.string(),
        effectiveOn: day,
        precision,
        announcedOn: day.nullable(),
        announcedPrecision: precision.nullable(),
        note: z.string(),
        noSourceYet: z.boolean(),
        recordedAt: instant,
        recordedById: uuid,
        recordedBy: z.string(),
        citations: z.array(
          z.object({
            id: uuid,
            excerpt: z.string(),
            startOffset: z.number().int(),
            endOffset: z.number().int(),
            source: z.object({ id: uuid, title: z.string(), publisher: z.string().nullable(), language: z.string() }),
          }),
        ),
      }),
    ),
    statusEventCount: z.number().int().meta({ description: "How many statuses the item has (not retracted): all of them are in statusEvents" }),
    relationsFrom: z.array(z.object({ id: uuid, type: z.enum(RelationType), note: z.string(), toItem: ZItemRef })),
    relationsTo: z.array(z.object({ id: uuid, type: z.enum(RelationType), note: z.string(), fromItem: ZItemRef })),
  }),
  discrepancies: z.array(z.object({ id: uuid, note: z.string(), createdAt: instant })),
});

export const ZStatusRecorded = z.object({ eventId: uuid, version: z.number().int() });
export const ZCitationAdded = z.object({ citationId: uuid, version: z.number().int() });
export const ZRelationAdded = z.object({ relationId: uuid, version: z.number().int() });
export const ZReverted = z.object({ version: z.number().int(), relationId: uuid.optional() });

export const ZChangeList = z.object({
  changes: z.array(
    z.object({
      id: changeId,
      itemId: uuid.nullable(),
      sourceId: uuid.nullable(),
      actorId: uuid.nullable(),
      actorName: z.string(),
      itemTitle: z.string().nullable(),
      recordedAt: instant,
      type: z.string(),
      typeLabel: z.string().meta({ description: "The type in words: \"Status recorded\"" }),
      changeKind: z.enum(ChangeKind),
      reason: z.string(),
      diff: z.unknown().meta({ description: "Each changed field as { before, after }, plus the ids the change touched" }),
      revertsId: changeId.nullable(),
      revertedById: changeId.nullable(),
    }),
  ),
  nextBefore: changeId.optional(),
});

export const ZChangeGroup = z.enum(Object.keys(CHANGE_GROUPS) as [keyof typeof CHANGE_GROUPS]);

export const ZSourceAdded = z.object({ id: uuid, title: z.string() });

export const ZSourceList = z.object({
  sources: z.array(
    z.object({
      id: uuid,
      title: z.string(),
      publisher: z.string().nullable(),
      publishedOn: day.nullable(),
      publishedPrecision: precision.nullable(),
      language: z.string(),
      citedBy: z.number().int(),
      hasDiscrepancy: z.boolean(),
      createdAt: instant,
    }),
  ),
  languages: z.array(z.string()),
  nextPage: z.number().int().optional(),
});

export const ZSourceDetail = z.object({
  source: z.object({
    id: uuid,
    title: z.string(),
    titleNote: z.string(),
    publisher: z.string().nullable(),
    byline: z.string().nullable(),
    dateline: z.string().nullable(),
    publishedOn: day.nullable(),
    publishedPrecision: precision.nullable(),
    publishedNote: z.string(),
    url: z.string().nullable(),
    language: z.string(),
    body: z.string(),
    version: z.number().int(),
    createdAt: instant,
    citations: z.array(
      z.object({
        id: uuid,
        startOffset: z.number().int(),
        endOffset: z.number().int(),
        statusEvent: z.object({ status: z.string(), item: z.object({ id: uuid, title: z.string(), kind: z.enum(ItemKind) }) }),
      }),
    ),
    citationCount: z.number().int().meta({ description: "How many current citations quote the source: all of them are in citations" }),
  }),
  discrepancies: z.array(z.object({ id: uuid, note: z.string(), otherSource: ZItemRef.nullable(), item: ZItemRef.nullable() })),
});

export const ZIdOnly = z.object({ id: uuid });

const hit = { id: z.string(), title: z.string(), snippet: z.string().meta({ description: "Hits marked with U+0001 … U+0002" }), rank: z.number() };
export const ZSearchResults = z.object({
  items: z.array(z.object({ ...hit, kind: z.enum(ItemKind) })),
  sources: z.array(z.object({ ...hit, language: z.string() })),
  citations: z.array(z.object({ ...hit, itemId: uuid, sourceId: uuid, language: z.string(), startOffset: z.number().int(), endOffset: z.number().int() })),
  changes: z.array(z.object({ ...hit, itemId: uuid.nullable(), recordedAt: instant })),
  more: z.object({ items: z.boolean(), sources: z.boolean(), citations: z.boolean(), changes: z.boolean() }).meta({ description: "Whether another page of each kind follows (ask with offset)" }),
});

const ZView = z.object({ id: uuid, name: z.string(), visibility: z.enum(ViewVisibility), ownerId: uuid, owner: z.string().nullable(), query: params, createdAt: instant });
export const ZViewList = z.object({ team: z.array(ZView), mine: z.array(ZView) });
export const ZViewDetail = z.object({ view: ZView.extend({ updatedAt: instant }), canManage: z.boolean(), canShare: z.boolean() });
export const ZViewSaved = z.object({ id: uuid, name: z.string(), visibility: z.enum(ViewVisibility), query: params });
export const ZViewRenamed = z.object({ id: uuid, name: z.string() });
export const ZViewDeleted = z.object({ id: uuid, revokedShareLinks: z.number().int() });

export const ZShareLinkList = z.object({
  links: z.array(
    z.object({
      id: uuid,
      createdAt: instant,
      createdById: uuid,
      createdBy: z.string().nullable(),
      expiresAt: instant,
      revokedAt: instant.nullable(),
      pinnedValidOn: day.nullable(),
      pinnedRecordedAt: instant.nullable(),
      state: z.enum(["active", "expired", "revoked"]),
      openings: z.number().int(),
      lastOpenedAt: instant.nullable(),
      canRevoke: z.boolean(),
    }),
  ),
});
export const ZShareLinkCreated = z.object({
  id: uuid,
  token: z.string().meta({ description: "Shown this once: only its hash is stored" }),
  path: z.string(),
  expiresAt: instant,
  pinnedValidOn: day.nullable(),
  pinnedRecordedAt: instant.nullable(),
});
export const ZRevoked = z.object({ id: uuid, revokedAt: instant });

export const ZWorkspaceList = z.object({ workspaces: z.array(z.object({ slug: z.string(), name: z.string(), role: z.enum(Role) })) });
export const ZWorkspaceCreated = z.object({ id: uuid, slug: z.string(), name: z.string() });
export const ZJoined = z.object({ slug: z.string(), name: z.string(), role: z.enum(Role) });

export const ZMemberList = z.object({ members: z.array(z.object({ userId: uuid, name: z.string(), email: z.string(), role: z.enum(Role), joinedAt: instant, deactivated: z.boolean() })) });
export const ZRoleChanged = z.object({ userId: uuid, role: z.enum(Role) });
export const ZMemberRemoved = z.object({ userId: uuid, left: z.boolean() });

const mailOutcomes = [z.object({ sent: z.literal(true) }), z.object({ sent: z.literal(false), reason: z.enum(["no_transport", "failed"]) })] as const;
const ZMailOutcome = z.union(mailOutcomes).meta({ description: "Whether the email went out: no_transport when the instance has no mail server configured" });

export const ZInviteList = z.object({
  invites: z.array(z.object({ id: uuid, role: z.enum(Role), email: z.string().nullable(), createdAt: instant, expiresAt: instant, createdBy: z.string() })),
});
export const ZInviteCreated = z.object({
  id: uuid,
  role: z.enum(Role),
  email: z.string().nullable(),
  expiresAt: instant,
  link: z.url().meta({ description: "The invite link, shown this once" }),
  delivery: z
    .union([...mailOutcomes, z.object({ sent: z.literal(false), reason: z.literal("no_address") })])
    .meta({ description: "Whether the link was emailed: no_address when the invite names none, no_transport when the instance has no mail server" }),
});

const ZTokenFields = { id: uuid, name: z.string(), scope: z.enum(TokenScope), createdAt: instant, expiresAt: instant };
export const ZTokenCreated = z.object({ ...ZTokenFields, token: z.string().meta({ description: "The token, shown this once: send it as `Authorization: Bearer …`" }) });
export const ZTokenList = z.object({
  tokens: z.array(
    z.object({
      ...ZTokenFields,
      lastUsedAt: instant.nullable(),
      revokedAt: instant.nullable(),
      userId: uuid,
      owner: z.string(),
      mine: z.boolean(),
      state: z.enum(["active", "expired", "revoked"]),
    }),
  ),
});

export const ZIntegrityStatus = z.object({
  workspace: z.object({ name: z.string(), chains: z.number().int(), records: z.number().int(), firstRecordedAt: instant.nullable() }),
  role: z.object({ role: z.string(), superuser: z.boolean(), canRewrite: z.boolean() }).meta({ description: "Whether the app's database role could change history" }),
  verification: z
    .object({
      finishedAt: instant,
      ok: z.boolean(),
      records: z.number().int(),
      chains: z.number().int(),
      checkpointDigest: z.string().nullable(),
      here: z.array(z.object({ workspaceId: z.string().nullable(), chainKey: z.string().nullable(), recordId: z.string().nullable(), problem: z.string() })),
      elsewhere: z.number().int(),
    })
    .nullable(),
  checkpoint: z.object({ createdAt: instant, digest: z.string(), keyId: z.string(), chains: z.number().int() }).nullable(),
});

export const ZImportReport = z.object({
  mode: z.enum(["dry-run", "apply"]),
  importOf: z.enum(["items", "sources"]),
  file: z.object({ name: z.string(), sha256: z.string(), format: z.enum(["csv", "json"]), mapping: z.string(), ignoredColumns: z.array(z.string()) }),
  counts: z.object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    statuses: z.number().int(),
    citations: z.number().int(),
    sources: z.number().int(),
    errors: z.number().int(),
  }),
  changeId: changeId.nullable().meta({ description: "The import's change record once applied; null for a dry run or when nothing changed" }),
  planDigest: z.string().meta({ description: "Pass it back with mode=apply to apply exactly what this dry run showed" }),
  rows: z.array(
    z.object({
      row: z.number().int().meta({ description: "The row in the file (the header is row 1), or the record's position in a JSON file" }),
      externalId: z.string().nullable(),
      action: z.enum(["create", "update", "unchanged", "error"]),
      changes: z.array(z.string()),
      errors: z.array(z.object({ column: z.string(), message: z.string() })),
    }),
  ),
});


export const ZAccount = z.object({
  account: z.object({
    id: uuid,
    name: z.string(),
    email: z.string(),
    isAdmin: z.boolean(),
    createdAt: instant,
    pendingEmail: z.object({ email: z.string(), expiresAt: instant }).nullable().meta({ description: "An address change waiting for its confirmation link" }),
  }),
});
export const ZProfileUpdated = z.object({ name: z.string() });
export const ZSessionList = z.object({
  sessions: z.array(z.object({ id: uuid, browser: z.string(), address: z.string(), createdAt: instant, lastSeenAt: instant, current: z.boolean() })),
});
export const ZSessionsEnded = z.object({ sessionsEnded: z.number().int() });
export const ZSessionEnded = z.object({ sessionId: uuid, current: z.boolean().meta({ description: "The session of this request: it is signed out" }) });
export const ZPasswordChanged = z.object({ otherSessionsEnded: z.number().int() });
export const ZEmailChangeRequested = z.object({ email: z.string(), delivery: ZMailOutcome });

export const ZSecurityEventList = z.object({
  events: z.array(
    z.object({
      id: changeId,
      occurredAt: instant,
      type: z.string(),
      label: z.string(),
      actorId: uuid.nullable(),
      actorName: z.string().nullable(),
      userId: uuid.nullable(),
      userName: z.string().nullable(),
      userEmail: z.string().nullable(),
      workspaceId: uuid.nullable(),
      workspaceName: z.string().nullable(),
      email: z.string().meta({ description: "The address given, for sign-ins and requests by address" }),
      address: z.string().meta({ description: "The client's network address" }),
      browser: z.string(),
      details: z.unknown(),
    }),
  ),
  nextBefore: changeId.optional().meta({ description: "Pass as `before` for the next (older) page" }),
});

export const ZUserList = z.object({
  users: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      email: z.string(),
      isAdmin: z.boolean(),
      createdAt: instant,
      deactivatedAt: instant.nullable(),
      lastSignInAt: instant.nullable(),
      workspaces: z.number().int(),
    }),
  ),
  more: z.boolean().meta({ description: "More accounts match than the 200 listed: narrow with q" }),
});
export const ZUserActiveSet = z.object({ userId: uuid, active: z.boolean(), sessionsEnded: z.number().int() });
export const ZResetLinkCreated = z.object({ userId: uuid, email: z.string(), link: z.url().meta({ description: "The reset link, to pass on" }), expiresAt: instant, delivery: ZMailOutcome });
const ZJoinPolicyFields = { joinPolicy: z.enum(JoinPolicy), allowedDomains: z.array(z.string()) };
export const ZInstanceSettings = z.object({ settings: z.object({ ...ZJoinPolicyFields, canSendMail: z.boolean() }) });
export const ZJoinPolicySet = z.object(ZJoinPolicyFields);

export const ZPresent = z.object({ people: z.array(z.object({ userId: uuid, name: z.string(), editing: z.boolean() })) });
export const ZViewQueryUpdated = z.object({ id: uuid, name: z.string(), query: params });

export const ZUnsubscribed = z.object({
  kind: z.enum(NotificationKind).meta({ description: "The kind of notification whose emails stop" }),
  label: z.string().meta({ description: "Its name, as the preferences page shows it" }),
  email: z.literal("off"),
});

// Comments, watches, the inbox and webhooks

const ZCommentTarget = z.enum(CommentTarget);

export const ZCommentList = z.object({
  comments: z.array(
    z.object({
      id: uuid,
      target: ZCommentTarget,
      targetId: uuid.meta({ description: "What it is about: the item, the status or the disagreement" }),
      parentId: uuid.nullable(),
      authorId: uuid,
      authorName: z.string(),
      body: z.string().meta({ description: "Empty once deleted (the history keeps the text)" }),
      mentions: z.array(z.object({ userId: uuid, start: z.number().int(), end: z.number().int() })),
      version: z.number().int(),
      createdAt: instant,
      editedAt: instant.nullable(),
      deletedAt: instant.nullable(),
      canEdit: z.boolean(),
      canDelete: z.boolean(),
    }),
  ),
  total: z.number().int().meta({ description: "How many comments the discussion has" }),
});

export const ZCommentVersion = z.object({ id: uuid, version: z.number().int() });

const ZWorkspaceRef = z.object({ slug: z.string(), name: z.string() });

export const ZWatchList = z.object({
  watches: z.array(
    z.object({ id: uuid, target: z.enum(WatchTarget), targetId: uuid, title: z.string(), link: z.string(), workspace: ZWorkspaceRef, createdAt: instant }),
  ),
});

export const ZWatched = z.object({ id: uuid, target: z.enum(WatchTarget), targetId: uuid });

export const ZInbox = z.object({
  notifications: z.array(
    z.object({
      id: uuid,
      kind: z.enum(NotificationKind),
      reason: z.string(),
      title: z.string(),
      excerpt: z.string(),
      link: z.string(),
      createdAt: instant,
      readAt: instant.nullable(),
      workspace: ZWorkspaceRef,
      actorName: z.string().nullable(),
    }),
  ),
  unread: z.number().int().meta({ description: "How many of the caller's notifications are unread" }),
  nextBefore: uuid.optional().meta({ description: "Pass as `before` for the next page" }),
});

export const ZNotificationMarked = z.object({ id: uuid, read: z.boolean(), unread: z.number().int() });
export const ZAllRead = z.object({ marked: z.number().int(), unread: z.number().int() });

export const ZNotificationPreferences = z.object({
  preferences: z.record(z.enum(NotificationKind), z.object({ inbox: z.boolean(), email: z.enum(EmailDelivery) })),
});

export const ZWebhookList = z.object({
  webhooks: z.array(
    z.object({
      id: uuid,
      description: z.string(),
      address: z.string(),
      format: z.enum(WebhookFormat),
      eventTypes: z.array(z.string()),
      enabled: z.boolean(),
      disabledAt: instant.nullable(),
      disabledReason: z.string(),
      consecutiveFailures: z.number().int(),
      createdAt: instant,
      deliveries: z.array(
        z.object({
          id: uuid,
          eventType: z.string(),
          state: z.string(),
          attempts: z.number().int(),
          lastStatus: z.number().int().nullable(),
          lastError: z.string(),
          createdAt: instant,
          nextAttemptAt: instant,
          finishedAt: instant.nullable(),
        }),
      ).meta({ description: "The latest 20 deliveries, newest first" }),
    }),
  ),
});

export const ZWebhookCreated = z.object({ id: uuid, secret: z.string().meta({ description: "The signing secret, shown this once" }) });
export const ZWebhookUpdated = z.object({ id: uuid, enabled: z.boolean() });
export const ZWebhookTested = z.object({
  deliveryId: uuid,
  state: z.string(),
  status: z.number().int().nullable().meta({ description: "The HTTP status the receiver answered with" }),
  error: z.string(),
});
