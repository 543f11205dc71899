import type { Metadata } from "next";
import Link from "next/link";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { RevokeButton } from "@/components/forms/revoke-button";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { authorize } from "@/lib/workspaces/authorize";
import { ROLES } from "@/lib/workspaces/roles";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

const TH = "px-3 py-2 font-medium";
const STATE_LABEL = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

export default async function TokensPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/settings/tokens`);
  const [access, { tokens }] = await Promise.all([pageData(authorize(actor, slug, "tokens.manage")), pageData(listApiTokens(actor, slug))]);
  const showOwner = tokens.some((token) => !token.mine);

  return (
    <>
      <h1 className="text-2xl font-semibold">API tokens</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        A token lets a script use the <Link href="/docs/api" className="text-blue-800 underline">JSON API</Link> as you, in {access.name} only, with at most
        your role ({ROLES[access.role].label.toLowerCase()}): a read-only token can only read. Send it as <code>Authorization: Bearer …</code>.
      </p>

      <section aria-labelledby="create-heading" className="mt-6">
        <h2 id="create-heading" className="text-lg font-semibold">Create a token</h2>
        <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
          <CreateTokenForm slug={slug} role={ROLES[access.role].label.toLowerCase()} action={createApiTokenAction} />
        </div>
      </section>

      <section aria-labelledby="tokens-heading" className="mt-8">
        <h2 id="tokens-heading" className="text-lg font-semibold">{showOwner ? "Tokens in this workspace" : "Your tokens"}</h2>
        {tokens.length === 0 ? (
          <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">No tokens yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">API tokens</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={TH}>Name</th>
                  {showOwner && <th scope="col" className={TH}>Owner</th>}
                  <th scope="col" className={TH}>Access</th>
                  <th scope="col" className={TH}>Created</th>
                  <th scope="col" className={TH}>Expires</th>
                  <th scope="col" className={TH}>Last used</th>
                  <th scope="col" className={TH}>State</th>
                  <th scope="col" className={TH}><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-b border-slate-100 last:border-0">
                    <td className="px-3 py-2 font-medium">{token.name}</td>
                    {showOwner && <td className="px-3 py-2 text-slate-700">{token.mine ? "You" : token.owner}</td>}
                    <td className="px-3 py-2">{token.scope === "read" ? "Read only" : "Read and write"}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatRecordedAt(token.createdAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatRecordedAt(token.expiresAt)}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-slate-700">{token.lastUsedAt ? formatRecordedAt(token.lastUsedAt) : "Never"}</td>
                    <td className="px-3 py-2">{STATE_LABEL[token.state]}</td>
                    <td className="px-3 py-2">
                      {token.state === "active" && (
                        <RevokeButton slug={slug} input={{ tokenId: token.id }} label={`Revoke the token “${token.name}”`} action={revokeApiTokenAction} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
