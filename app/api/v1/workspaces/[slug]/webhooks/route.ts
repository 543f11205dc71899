import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { createWebhook, listWebhooks, type CreateWebhookInput } from "@/lib/webhooks/endpoints";

type Params = { slug: string };

/** The workspace's webhooks with their latest deliveries (owners, signed in). */
export const GET = apiRoute<Params>(async ({ params, actor }) => listWebhooks(actor, params.slug));

/** Body: { url, description?, format?: "json" | "slack", eventTypes }. The answer holds the signing secret, shown once. */
export const POST = apiRoute<Params>(async ({ request, params, actor }) => createWebhook(actor, params.slug, await bodyInput<CreateWebhookInput>(request)));
