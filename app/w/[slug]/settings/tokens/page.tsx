import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeButton } from "@/components/forms/revoke-button";
import { requirePageActor } from "@/lib/auth/current-actor";
import { pageData } from "@/lib/http/page-data";
import { getWords } from "@/lib/i18n/server-words";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { authorize } from "@/lib/workspaces/authorize";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workspaceSettings.tokens");
  return { title: t("title") };
}

const TH = "px-3 py-2 font-medium";

export default async function TokensPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/settings/tokens`);
  const [access, { tokens }] = await Promise.all([pageData(authorize(actor, slug, "tokens.manage")), pageData(listApiTokens(actor, slug))]);
  const showOwner = tokens.some((token) => !token.mine);
  const [t, roles, words] = await Promise.all([getTranslations("workspaceSettings.tokens"), getTranslations("common.roles"), getWords()]);
  const role = roles(`${access.role}.inSentence`);

  return (
    <ClientMessages namespaces={["workspaceSettings", "members"]}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        {t.rich("intro", {
          workspace: access.name,
          role,
          link: (chunks) => (
            <Link href="/docs/api" className="text-blue-800 underline">
              {chunks}
            </Link>
          ),
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>

      <section aria-labelledby="create-heading" className="mt-6">
        <h2 id="create-heading" className="text-lg font-semibold">{t("create")}</h2>
        <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
          <CreateTokenForm slug={slug} role={role} action={createApiTokenAction} />
        </div>
      </section>

      <section aria-labelledby="tokens-heading" className="mt-8">
        <h2 id="tokens-heading" className="text-lg font-semibold">{showOwner ? t("all") : t("yours")}</h2>
        {tokens.length === 0 ? (
          <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{t("none")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={TH}>{t("name")}</th>
                  {showOwner && <th scope="col" className={TH}>{t("owner")}</th>}
                  <th scope="col" className={TH}>{t("access")}</th>
                  <th scope="col" className={TH}>{t("created")}</th>
                  <th scope="col" className={TH}>{t("expires")}</th>
                  <th scope="col" className={TH}>{t("lastUsed")}</th>
                  <th scope="col" className={TH}>{t("state")}</th>
                  <th scope="col" className={TH}><span className="sr-only">{t("actions")}</span></th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-b border-slate-100 last:border-0">
                    <td className="px-3 py-2 font-medium">{token.name}</td>
                    {showOwner && <td className="px-3 py-2 text-slate-700">{token.mine ? t("you") : token.owner}</td>}
                    <td className="px-3 py-2">{token.scope === "read" ? t("readOnly") : t("readWrite")}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-700">{words.recordedAt(token.createdAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-700">{words.recordedAt(token.expiresAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-700">{token.lastUsedAt ? words.recordedAt(token.lastUsedAt) : t("never")}</td>
                    <td className="px-3 py-2">{t(`states.${token.state}`)}</td>
                    <td className="px-3 py-2">
                      {token.state === "active" && (
                        <RevokeButton slug={slug} input={{ tokenId: token.id }} label={t("revoke", { name: token.name })} action={revokeApiTokenAction} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </ClientMessages>
  );
}
