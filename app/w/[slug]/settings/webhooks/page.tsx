import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateWebhookForm, WebhookControls } from "@/components/webhooks/webhook-forms";
import { requirePageActor } from "@/lib/auth/current-actor";
import { changeTypeLabel } from "@/lib/history/change-types";
import { pageData } from "@/lib/http/page-data";
import { getWords } from "@/lib/i18n/server-words";
import { DISABLE_AFTER_FAILURES } from "@/lib/webhooks/deliver";
import { listWebhooks } from "@/lib/webhooks/endpoints";
import { createWebhookAction, deleteWebhookAction, sendTestWebhookAction, updateWebhookAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspaceSettings.webhooks");
  return { title: t("title") };
}

const TH = "px-3 py-2 font-medium";
const TD = "px-3 py-2 align-top";
const STATES = ["pending", "succeeded", "failed", "cancelled"] as const;
const isState = (state: string): state is (typeof STATES)[number] => (STATES as readonly string[]).includes(state);

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/settings/webhooks`);
  const { webhooks } = await pageData(listWebhooks(actor, slug));
  const [t, words] = await Promise.all([getTranslations("workspaceSettings.webhooks"), getWords()]);
  const bind = <I, R>(action: (slug: string, input: I) => Promise<R>) => action.bind(null, slug);
  return (
    <ClientMessages namespaces={["workspaceSettings", "members"]}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        {t.rich("intro", {
          failures: DISABLE_AFTER_FAILURES,
          code: (chunks) => <code>{chunks}</code>,
          link: (chunks) => (
            <Link href="/docs/api" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>

      <section aria-labelledby="add-heading" className="mt-6">
        <h2 id="add-heading" className="text-lg font-semibold">{t("add")}</h2>
        <div className="mt-3 max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
          <CreateWebhookForm action={bind(createWebhookAction)} />
        </div>
      </section>

      <section aria-labelledby="webhooks-heading" className="mt-8">
        <h2 id="webhooks-heading" className="text-lg font-semibold">{t("list")}</h2>
        {webhooks.length === 0 ? (
          <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{t("none")}</p>
        ) : (
          <ul className="mt-3 space-y-6">
            {webhooks.map((w) => (
              <li key={w.id} className="rounded-lg border border-slate-200 bg-white p-4" aria-label={t("label", { address: w.address })}>
                <p className="break-all font-medium">{w.address}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {w.description && <>{w.description} · </>}
                  {w.format === "slack" ? t("slack") : t("json")} · {t("eventTypes", { count: w.eventTypes.length })} ·{" "}
                  {w.enabled ? (
                    <span className="font-medium text-emerald-800">{t("on")}</span>
                  ) : (
                    <span className="font-medium text-red-800" data-testid="webhook-disabled">{w.disabledReason ? t("offBecause", { reason: w.disabledReason }) : t("off")}</span>
                  )}
                  {w.enabled && w.consecutiveFailures > 0 && <> · {t("failedInARow", { count: w.consecutiveFailures })}</>}
                </p>
                <div className="mt-3">
                  <WebhookControls webhookId={w.id} enabled={w.enabled} update={bind(updateWebhookAction)} test={bind(sendTestWebhookAction)} remove={bind(deleteWebhookAction)} />
                </div>
                <h3 className="mt-4 text-sm font-semibold">{t("latest")}</h3>
                {w.deliveries.length === 0 ? (
                  <p className="mt-1 text-sm text-slate-700">{t("nothingSent")}</p>
                ) : (
                  <div className="mt-2 overflow-x-auto">
                    <table className="w-full text-left text-sm">
                      <caption className="sr-only">{t("deliveriesCaption", { address: w.address })}</caption>
                      <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                        <tr>
                          <th scope="col" className={TH}>{t("event")}</th>
                          <th scope="col" className={TH}>{t("queued")}</th>
                          <th scope="col" className={TH}>{t("state")}</th>
                          <th scope="col" className={TH}>{t("attempts")}</th>
                          <th scope="col" className={TH}>{t("lastAnswer")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {w.deliveries.map((d) => (
                          <tr key={d.id} className="border-b border-slate-100 last:border-0">
                            <td className={TD}>{d.eventType === "webhook.test" ? t("testEvent") : changeTypeLabel(d.eventType)}</td>
                            <td className={TD}>{words.recordedAt(d.createdAt)}</td>
                            <td className={TD}>
                              {isState(d.state) ? t(`states.${d.state}`) : d.state}
                              {d.state === "pending" && d.attempts > 0 && <span className="text-slate-600"> {t("next", { at: words.recordedAt(d.nextAttemptAt) })}</span>}
                            </td>
                            <td className={TD}>{words.count(d.attempts)}</td>
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
    </ClientMessages>
  );
}
