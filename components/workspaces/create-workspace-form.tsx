"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateWorkspaceInput } from "@/lib/workspaces/create-workspace";
import { WorkspaceFields, workspaceInput, type WorkspaceFieldValues } from "./workspace-fields";

const LABEL_KEYS: Record<string, "name" | "address"> = { name: "name", slug: "address" };

type Props = { action: (input: CreateWorkspaceInput) => Promise<ActionResult<{ slug: string }>> };

export function CreateWorkspaceForm({ action }: Props) {
  const t = useTranslations("members.workspace");
  const router = useRouter();
  const form = useActionForm(action, (workspace) => router.push(`/w/${workspace.slug}`));
  const [value, setValue] = useState<WorkspaceFieldValues>({ name: "", slug: null });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(workspaceInput(value));
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : undefined)} />
      <WorkspaceFields form={form} value={value} onChange={setValue} />
      <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} className={`w-full ${primaryButtonClass}`} />
    </form>
  );
}
