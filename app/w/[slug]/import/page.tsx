import type { Metadata } from "next";
import { ImportForm } from "@/components/imports/import-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { pageData } from "@/lib/http/page-data";
import { authorize } from "@/lib/workspaces/authorize";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/import`);
  const access = await pageData(authorize(actor, slug, "workspace.read"));
  return (
    <>
      <h1 className="text-2xl font-semibold">Import</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Bring in the measures your team already tracks, from a spreadsheet (CSV) or JSON. Check the file first: you see, row by row, what would be created
        and changed, and every problem with its row and column. Then import it in one step, recorded in the history as one import with your reason.
      </p>
      {can(access.role, "item.write") ? (
        <div className="mt-6">
          <ImportForm slug={slug} canImportSources={can(access.role, "source.write")} />
        </div>
      ) : (
        <p className="mt-6 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">Only owners and analysts can import.</p>
      )}
    </>
  );
}
