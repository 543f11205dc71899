import type { Metadata } from "next";
import Link from "next/link";
import { CreateWebhookForm, WebhookControls } from "@/components/webhooks/webhook-forms";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatRecordedAt } from "@/lib/format";
import { changeTypeLabel } from "@/lib/history/change-types";
import { pageData } from "@/lib/http/page-data";
import { DISABLE_AFTER_FAILURES } from "@/lib/webhooks/deliver";
import { listWebhooks } from "@/lib/webhooks/endpoints";
import { createWebhookAction, deleteWebhookAction, sendTestWebhookAction, updateWebhookAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

const TH = "px-3 py-2 font-medium";
const TD = "px-3 py-2 align-top";
const STATE_LABEL: Record<string, string> = { pending: "Waiting to retry", succeeded: "Delivered", failed: "Failed", cancelled: "Cancelled" };

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/settings/webhooks`);
  const { webhooks } = await pageData(listWebhooks(actor, slug));
  const bind = <I, R>(action: (slug: string, input: I) => Promise<R>) => action.bind(null, slug);
  return (
    <>
      <h1 className="text-2xl font-semibold">Webhooks</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Each webhook receives the workspace&apos;s changes of the kinds chosen, as they are committed, POSTed as JSON and signed with its secret
        (the <code>X-PolicyTracker-Signature</code> header: <Link href="/docs/api" className="text-blue-800 underline">how to verify it</Link>). A failed
        delivery is retried with growing waits; after {DISABLE_AFTER_FAILURES} failures in a row the webhook is turned off and the workspace&apos;s owners are told.
      </p>

      <section aria-labelledby="add-heading" className="mt-6">
        <h2 id="add-heading" className="text-lg font-semibold">Add a webhook</h2>
        <div className="mt-3 max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
          <CreateWebhookForm action={bind(createWebhookAction)} />
        </div>
      </section>

      <section aria-labelledby="webhooks-heading" className="mt-8">
        <h2 id="webhooks-heading" className="text-lg font-semibold">Webhooks of this workspace</h2>
        {webhooks.length === 0 ? (
          <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">No webhooks yet.</p>
        ) : (
          <ul className="mt-3 space-y-6">
            {webhooks.map((w) => (
              <li key={w.id} className="rounded-lg border border-slate-200 bg-white p-4" aria-label={`Webhook ${w.address}`}>
                <p className="break-all font-medium">{w.address}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {w.description && <>{w.description} · </>}
                  {w.format === "slack" ? "Slack-compatible" : "JSON"} · {w.eventTypes.length} event {w.eventTypes.length === 1 ? "type" : "types"} ·{" "}
                  {w.enabled ? (
                    <span className="font-medium text-emerald-800">On</span>
                  ) : (
                    <span className="font-medium text-red-800" data-testid="webhook-disabled">Off{w.disabledReason ? `: ${w.disabledReason}` : ""}</span>
                  )}
                  {w.enabled && w.consecutiveFailures > 0 && <> · {w.consecutiveFailures} failed in a row</>}
                </p>
                <div className="mt-3">
                  <WebhookControls webhookId={w.id} enabled={w.enabled} update={bind(updateWebhookAction)} test={bind(sendTestWebhookAction)} remove={bind(deleteWebhookAction)} />
                </div>
                <h3 className="mt-4 text-sm font-semibold">Latest deliveries</h3>
                {w.deliveries.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-700">Nothing sent yet.</p>
                ) : (
                  <div className="mt-2 overflow-x-auto">
                    <table className="w-full text-left text-sm">
                      <caption className="sr-only">Latest deliveries to {w.address}</caption>
                      <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                        <tr>
                          <th scope="col" className={TH}>Event</th>
                          <th scope="col" className={TH}>Queued</th>
                          <th scope="col" className={TH}>State</th>
                          <th scope="col" className={TH}>Attempts</th>
                          <th scope="col" className={TH}>Last answer</th>
                        </tr>
                      </thead>
                      <tbody>
                        {w.deliveries.map((d) => (
                          <tr key={d.id} className="border-b border-slate-100 last:border-0">
                            <td className={TD}>{d.eventType === "webhook.test" ? "Test event" : changeTypeLabel(d.eventType)}</td>
                            <td className={TD}>{formatRecordedAt(d.createdAt)}</td>
                            <td className={TD}>
                              {STATE_LABEL[d.state] ?? d.state}
                              {d.state === "pending" && d.attempts > 0 && <span className="text-slate-600"> (next {formatRecordedAt(d.nextAttemptAt)})</span>}
                            </td>
                            <td className={TD}>{d.attempts}</td>
                            <td className={TD}>{d.lastStatus !== null ? `HTTP ${d.lastStatus}` : ""}{d.lastError ? `${d.lastStatus !== null ? " · " : ""}${d.lastError}` : ""}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
