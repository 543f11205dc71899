import type { Metadata } from "next";
import Link from "next/link";
import { AddSourceForm } from "@/components/add-source-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { pageData } from "@/lib/http/page-data";
import { authorize } from "@/lib/workspaces/authorize";
import { addSourceAction } from "../actions";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/sources/new`);
  const access = await pageData(authorize(actor, slug, "workspace.read"));
  return (
    <>
      <p className="text-sm text-slate-700"><Link href={`/w/${slug}/sources`} className="hover:underline">Sources</Link> / New</p>
      <h1 className="mt-1 text-2xl font-semibold">Add a source</h1>
      {can(access.role, "source.write") ? (
        <AddSourceForm slug={slug} action={addSourceAction} />
      ) : (
        <p className="mt-4 text-slate-700">Viewers can read sources but not add them. Ask an analyst or owner.</p>
      )}
    </>
  );
}
