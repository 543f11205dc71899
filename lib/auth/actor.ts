import type { TokenScope } from "@/lib/generated/prisma/enums";

/**
 * What an API token grants beside its owner's role: one workspace, and reads only or reads and writes
 * (docs/decisions/021). Present when the request came with a token rather than a session cookie.
 */
export type TokenGrant = { id: string; workspaceId: string; scope: TokenScope };

/** The signed-in person a domain function acts for. Only lib/auth creates one, from a verified session or API token. */
export type Actor = { userId: string; email: string; name: string; token?: TokenGrant };
