"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { WorkspaceFields, workspaceInput, type WorkspaceFieldValues } from "@/components/workspaces/workspace-fields";
import type { FirstOwnerInput } from "@/lib/accounts/create-first-owner";
import type { ActionResult } from "@/lib/http/action-result";
import { startSession } from "./start-session";

const LABEL_KEYS: Record<string, "fields.yourName" | "fields.email" | "fields.password" | "setup.workspaceName" | "setup.workspaceAddress"> = {
  name: "fields.yourName",
  email: "fields.email",
  password: "fields.password",
  "workspace.name": "setup.workspaceName",
  "workspace.slug": "setup.workspaceAddress",
};

type Props = { minPasswordLength: number; action: (input: FirstOwnerInput) => Promise<ActionResult<{ email: string; slug: string }>> };

/** The first run: the first owner's account and workspace, then signed in and taken there. */
export function SetupForm({ minPasswordLength, action }: Props) {
  const t = useTranslations("auth");
  const router = useRouter();
  const password = useRef("");
  const [signInFailed, setSignInFailed] = useState(false);
  const [workspace, setWorkspace] = useState<WorkspaceFieldValues>({ name: "", slug: null });
  const form = useActionForm(action, async (created) => {
    if (!(await startSession(created.email, password.current))) return setSignInFailed(true);
    router.replace(`/w/${created.slug}`);
    router.refresh();
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    password.current = textValue(data, "password");
    setSignInFailed(false);
    form.submit({ name: textValue(data, "name"), email: textValue(data, "email"), password: password.current, workspace: workspaceInput(workspace) });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate aria-label={t("setup.heading")}>
      <ErrorSummary error={signInFailed ? { code: "internal", message: t("setup.signInFailed") } : form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : undefined)} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("setup.yourAccount")}</legend>
        <Field form={form} name="name" label={t("fields.yourName")} hint={t("fields.nameHint")}>
          {(control) => <input {...control} name="name" autoComplete="name" required className={inputClass} />}
        </Field>
        <Field form={form} name="email" label={t("fields.email")} hint={t("fields.signInWith")}>
          {(control) => <input {...control} name="email" type="email" autoComplete="username" required className={inputClass} />}
        </Field>
        <Field form={form} name="password" label={t("fields.password")} hint={t("fields.passwordHint", { min: minPasswordLength })}>
          {(control) => <input {...control} name="password" type="password" autoComplete="new-password" required minLength={minPasswordLength} className={inputClass} />}
        </Field>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("setup.firstWorkspace")}</legend>
        <WorkspaceFields form={form} prefix="workspace." value={workspace} onChange={setWorkspace} />
      </fieldset>
      <SubmitButton pending={form.pending} label={t("setup.submit")} pendingLabel={t("setup.pending")} className={`w-full ${primaryButtonClass}`} />
    </form>
  );
}
