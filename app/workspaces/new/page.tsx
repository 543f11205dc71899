import type { Metadata } from "next";
import Link from "next/link";
import { CardPage } from "@/components/card-page";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { createWorkspaceAction } from "../actions";

export const metadata: Metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  await requirePageActor("/workspaces/new");
  return (
    <CardPage title="New workspace">
      <p className="mt-1 text-sm text-slate-600">You will be its owner, and can invite analysts and viewers from its Members page.</p>
      <CreateWorkspaceForm action={createWorkspaceAction} />
      <p className="mt-4 text-center text-sm">
        <Link href="/" className="text-blue-800 underline">Back to your tracker</Link>
      </p>
    </CardPage>
  );
}
