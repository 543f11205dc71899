import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { createInvite, type CreateInviteInput } from "@/lib/workspaces/create-invite";
import { listInvites } from "@/lib/workspaces/list-invites";

type Params = { slug: string };

/** Pending invites (not used, revoked or expired). Owners only. */
export const GET = apiRoute<Params>(async ({ params, actor }) => ({ invites: await listInvites(actor, params.slug) }));

/**
 * Body: { role, email?, expiresInDays? }. The answer carries the link, the only time it is available: the database
 * keeps a hash of its token. No email is sent; pass the link on yourself.
 */
export const POST = apiRoute<Params>(async ({ request, params, actor }) => {
  const { path, ...invite } = await createInvite(actor, params.slug, await bodyInput<CreateInviteInput>(request));
  return { ...invite, link: new URL(path, process.env.NEXTAUTH_URL ?? request.url).toString() };
});
