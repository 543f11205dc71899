import { apiRoute, pathId } from "@/lib/http/api-route";
import { sendTestWebhook } from "@/lib/webhooks/endpoints";

/** Sends a test event now, signed like any other, and answers with what came back. */
export const POST = apiRoute<{ slug: string; webhookId: string }>(async ({ params, actor }) => sendTestWebhook(actor, params.slug, { webhookId: pathId(params.webhookId, "Webhook") }));
