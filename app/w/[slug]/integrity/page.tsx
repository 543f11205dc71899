import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getIntegrityStatus } from "@/lib/history/integrity-status";
import { pageData } from "@/lib/http/page-data";
import { getWords } from "@/lib/i18n/server-words";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspaceSettings.integrity");
  return { title: t("title") };
}

const CARD = "mt-4 rounded-lg border border-slate-200 bg-white p-4";
const GOOD = "rounded bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900";
const BAD = "rounded bg-red-100 px-2 py-0.5 text-sm font-medium text-red-900";

/** For owners: whether the workspace's history is intact as far as the last verification and checkpoint can tell. */
export default async function IntegrityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/integrity`);
  const status = await pageData(getIntegrityStatus(actor, slug));
  const { workspace, role, verification, checkpoint } = status;
  const [t, words] = await Promise.all([getTranslations("workspaceSettings.integrity"), getWords()]);
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">
        {t("intro", {
          workspace: workspace.name,
          records: workspace.records,
          chains: workspace.chains,
          since: workspace.firstRecordedAt ? t("since", { date: words.recordedAt(workspace.firstRecordedAt) }) : "",
        })}
      </p>

      <section aria-labelledby="role" className={CARD}>
        <h2 id="role" className="font-semibold">{t("protection")}</h2>
        {role.canRewrite ? (
          <p className="mt-2"><span className={BAD}>{t("atRisk")}</span> {t("atRiskText", { role: role.role })}</p>
        ) : (
          <p className="mt-2"><span className={GOOD}>{t("protected")}</span> {t("protectedText", { role: role.role })}</p>
        )}
      </section>

      <section aria-labelledby="verification" className={CARD}>
        <h2 id="verification" className="font-semibold">{t("verification")}</h2>
        {!verification ? (
          <p className="mt-2 text-slate-700">{t.rich("noVerification", { code: (chunks) => <code>{chunks}</code> })}</p>
        ) : (
          <>
            <p className="mt-2">
              {verification.here.length === 0 ? <span className={GOOD}>{t("intact")}</span> : <span className={BAD}>{t("problems", { count: verification.here.length })}</span>}{" "}
              {t("checked", {
                at: words.recordedAt(verification.finishedAt),
                records: verification.records,
                chains: verification.chains,
                against: verification.checkpointDigest ? t("against", { digest: verification.checkpointDigest.slice(0, 16) }) : t("withoutCheckpoint"),
              })}
            </p>
            {verification.here.length > 0 && (
              <ul className="mt-2 list-disc pl-5 text-sm text-red-900">
                {verification.here.map((finding, index) => (
                  <li key={index}>
                    {finding.chainKey && <code className="mr-1">{finding.chainKey}</code>}
                    {finding.problem}
                  </li>
                ))}
              </ul>
            )}
            {verification.elsewhere > 0 && <p className="mt-2 text-sm text-slate-700">{t("elsewhere", { count: words.count(verification.elsewhere) })}</p>}
          </>
        )}
      </section>

      <section aria-labelledby="checkpoint" className={CARD}>
        <h2 id="checkpoint" className="font-semibold">{t("checkpoint")}</h2>
        {!checkpoint ? (
          <p className="mt-2 text-slate-700">{t.rich("noCheckpoint", { code: (chunks) => <code>{chunks}</code> })}</p>
        ) : (
          <>
            <p className="mt-2">
              {t.rich("checkpointText", {
                at: words.recordedAt(checkpoint.createdAt),
                chains: words.count(checkpoint.chains),
                digest: () => <code className="break-all">{checkpoint.digest}</code>,
                key: () => <code>{checkpoint.keyId}</code>,
              })}
            </p>
            <p className="mt-2 text-sm text-slate-700">{t("keepCopy")}</p>
            <a href={`/api/v1/workspaces/${slug}/integrity/checkpoint`} className="mt-3 inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
              {t("download")}
            </a>
          </>
        )}
      </section>
    </article>
  );
}
