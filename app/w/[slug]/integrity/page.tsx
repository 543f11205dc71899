import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/current-actor";
import { formatRecordedAt } from "@/lib/format";
import { getIntegrityStatus } from "@/lib/history/integrity-status";
import { pageData } from "@/lib/http/page-data";

export const metadata: Metadata = { title: "Integrity" };

const CARD = "mt-4 rounded-lg border border-slate-200 bg-white p-4";
const GOOD = "rounded bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900";
const BAD = "rounded bg-red-100 px-2 py-0.5 text-sm font-medium text-red-900";

/** For owners: whether the workspace's history is intact as far as the last verification and checkpoint can tell. */
export default async function IntegrityPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/integrity`);
  const status = await pageData(getIntegrityStatus(actor, slug));
  const { workspace, role, verification, checkpoint } = status;
  return (
    <article className="max-w-3xl">
      <h1 className="text-2xl font-semibold">Integrity</h1>
      <p className="mt-1 text-slate-700">
        Every change to {workspace.name} is a record in a hash chain that the database seals and nobody can edit through the app:{" "}
        {workspace.records.toLocaleString("en")} records in {workspace.chains.toLocaleString("en")} chains
        {workspace.firstRecordedAt && <>, since {formatRecordedAt(workspace.firstRecordedAt)}</>}. Verification recomputes every record
        and compares the history with signed checkpoints kept outside the database.
      </p>

      <section aria-labelledby="role" className={CARD}>
        <h2 id="role" className="font-semibold">Database protection</h2>
        {role.canRewrite ? (
          <p className="mt-2"><span className={BAD}>At risk</span> The app connects as {role.role}, which could change or delete history records. Connect it as a member of policy_tracker_app (see the README, “Database roles”).</p>
        ) : (
          <p className="mt-2"><span className={GOOD}>Protected</span> The app connects as {role.role}, which may add history records but cannot change, delete or backdate them.</p>
        )}
      </section>

      <section aria-labelledby="verification" className={CARD}>
        <h2 id="verification" className="font-semibold">Last verification</h2>
        {!verification ? (
          <p className="mt-2 text-slate-700">No verification has been run yet. An operator runs <code>npm run history:verify</code>.</p>
        ) : (
          <>
            <p className="mt-2">
              {verification.here.length === 0 ? <span className={GOOD}>Intact</span> : <span className={BAD}>{verification.here.length} problem{verification.here.length === 1 ? "" : "s"}</span>}{" "}
              {formatRecordedAt(verification.finishedAt)}: {verification.records.toLocaleString("en")} records in {verification.chains.toLocaleString("en")} chains checked
              {verification.checkpointDigest ? `, against checkpoint ${verification.checkpointDigest.slice(0, 16)}…` : ", without a checkpoint"}.
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
            {verification.elsewhere > 0 && <p className="mt-2 text-sm text-slate-700">The same run found {verification.elsewhere} problems outside this workspace, or in the checkpoint itself; the operator has the details.</p>}
          </>
        )}
      </section>

      <section aria-labelledby="checkpoint" className={CARD}>
        <h2 id="checkpoint" className="font-semibold">Last checkpoint</h2>
        {!checkpoint ? (
          <p className="mt-2 text-slate-700">No checkpoint has been taken yet. An operator runs <code>npm run history:checkpoint</code>.</p>
        ) : (
          <>
            <p className="mt-2">
              {formatRecordedAt(checkpoint.createdAt)}: the heads of {checkpoint.chains.toLocaleString("en")} of this workspace&apos;s chains, digest{" "}
              <code className="break-all">{checkpoint.digest}</code>, signed with key <code>{checkpoint.keyId}</code>.
            </p>
            <p className="mt-2 text-sm text-slate-700">
              Keep a copy outside the app: whoever later verifies the history against it would see any record it covers that went missing or
              changed, even if every hash after it was recomputed.
            </p>
            <a href={`/api/v1/workspaces/${slug}/integrity/checkpoint`} className="mt-3 inline-block rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">
              Download this workspace&apos;s checkpoint
            </a>
          </>
        )}
      </section>
    </article>
  );
}
