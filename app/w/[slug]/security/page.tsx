import type { Metadata } from "next";
import { SecurityEventList } from "@/components/security-event-list";
import { requirePageActor } from "@/lib/auth/current-actor";
import { pageData } from "@/lib/http/page-data";
import { listSecurityEvents } from "@/lib/security/list-security-events";

export const metadata: Metadata = { title: "Security" };

/** The workspace's security events, for its owners: role changes, removals, and refused attempts in it. */
export default async function WorkspaceSecurityPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string | string[] }> }) {
  const { slug } = await params;
  const { before } = await searchParams;
  const actor = await requirePageActor(`/w/${slug}/security`);
  const data = await pageData(listSecurityEvents(actor, { workspace: slug }, { before: typeof before === "string" && /^\d{1,18}$/.test(before) ? before : undefined }));
  return (
    <>
      <h1 className="text-2xl font-semibold">Security</h1>
      <p className="mt-1 text-slate-700">
        Role changes and removals in this workspace, people who joined, and attempts refused here: by members whose role does not allow them, or by people who are not members. Times are UTC.
      </p>
      <SecurityEventList data={data} caption="Security events of this workspace" olderHref={(id) => `/w/${slug}/security?before=${id}`} />
    </>
  );
}
