import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { deleteWebhook, updateWebhook, type UpdateWebhookInput } from "@/lib/webhooks/endpoints";

type Params = { slug: string; webhookId: string };

/** Body: any of { description, format, eventTypes, enabled }. Turning a webhook back on clears its failure count. */
export const PATCH = apiRoute<Params>(async ({ request, params, actor }) =>
  updateWebhook(actor, params.slug, await bodyInput<UpdateWebhookInput>(request, { webhookId: pathId(params.webhookId, "Webhook") })),
);

/** Deletes the webhook: nothing more is sent to it. */
export const DELETE = apiRoute<Params>(async ({ params, actor }) => deleteWebhook(actor, params.slug, { webhookId: pathId(params.webhookId, "Webhook") }));
