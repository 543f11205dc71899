"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { CopyLink } from "@/components/members/copy-link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, FieldGroup } from "@/components/forms/field";
import { dangerButtonClass, inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { WebhookFormat } from "@/lib/generated/prisma/enums";
import { CHANGE_GROUPS, changeTypesOf, type ChangeGroup } from "@/lib/history/change-types";
import type { ActionResult } from "@/lib/http/action-result";
import type { CreateWebhookInput, UpdateWebhookInput, WebhookRef } from "@/lib/webhooks/endpoints";

const GROUP_NAMES = Object.keys(CHANGE_GROUPS) as ChangeGroup[];
const LABEL_KEYS: Record<string, "address" | "description" | "format" | "events"> = { url: "address", description: "description", format: "format", eventTypes: "events" };

/** Adds a webhook and shows its signing secret once, to copy: it cannot be shown again. */
export function CreateWebhookForm({ action }: { action: (input: CreateWebhookInput) => Promise<ActionResult<{ id: string; secret: string }>> }) {
  const t = useTranslations("workspaceSettings.webhooks");
  const formElement = useRef<HTMLFormElement>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useActionForm(action, (created) => {
    setSecret(created.secret);
    formElement.current?.reset();
  });
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSecret(null);
    const groups = data.getAll("groups").map(String) as ChangeGroup[];
    form.submit({
      url: String(data.get("url") ?? ""),
      description: String(data.get("description") ?? ""),
      format: String(data.get("format")) as WebhookFormat,
      eventTypes: groups.flatMap((group) => changeTypesOf(group)),
    });
  }
  return (
    <div className="space-y-4">
      <form ref={formElement} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
        <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} labelFor={(field) => (LABEL_KEYS[field] ? t(LABEL_KEYS[field]) : undefined)} />
        <Field form={form} name="url" label={t("address")} hint={t("addressHint")}>
          {(control) => <input {...control} name="url" type="url" maxLength={2000} autoComplete="off" className={inputClass} />}
        </Field>
        <Field form={form} name="description" label={t("description")} optional>
          {(control) => <input {...control} name="description" maxLength={200} className={inputClass} />}
        </Field>
        <FieldGroup form={form} name="format" legend={t("format")}>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="format" value="json" defaultChecked /> {t("formatJson")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="format" value="slack" /> {t("formatSlack")}
          </label>
        </FieldGroup>
        <FieldGroup form={form} name="eventTypes" legend={t("events")}>
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {GROUP_NAMES.map((group) => (
              <label key={group} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="groups" value={group} defaultChecked={group !== "member" && group !== "workspace"} /> {t(`groups.${group}`)}
              </label>
            ))}
          </div>
        </FieldGroup>
        <SubmitButton pending={form.pending} label={t("submit")} pendingLabel={t("pending")} />
      </form>
      {secret && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4" data-testid="webhook-secret-shown">
          <p className="font-medium text-emerald-900">{t("added")}</p>
          <div className="mt-2">
            <CopyLink id="webhook-secret" label={t("secret")} url={secret} copyLabel={t("copySecret")} />
          </div>
        </div>
      )}
    </div>
  );
}

type RowProps = {
  webhookId: string;
  enabled: boolean;
  update: (input: UpdateWebhookInput) => Promise<ActionResult<unknown>>;
  test: (input: WebhookRef) => Promise<ActionResult<{ state: string; status: number | null; error: string }>>;
  remove: (input: WebhookRef) => Promise<ActionResult<unknown>>;
};

/** Turn a webhook off or on, send it a test event (and see what came back), or delete it. */
export function WebhookControls({ webhookId, enabled, update, test, remove }: RowProps) {
  const t = useTranslations("workspaceSettings.webhooks");
  const toggle = useActionForm(update);
  const [result, setResult] = useState<string | null>(null);
  const tester = useActionForm(test, (outcome) =>
    setResult(
      outcome.state === "succeeded"
        ? t("testDelivered", { status: String(outcome.status) })
        : t("testFailed", { reason: outcome.error || t("answered", { status: String(outcome.status) }) }),
    ),
  );
  const deleter = useActionForm(remove);
  const error = toggle.error ?? tester.error ?? deleter.error;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={secondaryButtonClass} disabled={toggle.pending} onClick={() => toggle.submit({ webhookId, enabled: !enabled })}>
        {enabled ? t("turnOff") : t("turnOn")}
      </button>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={tester.pending}
        onClick={() => {
          setResult(null);
          tester.submit({ webhookId });
        }}
      >
        {tester.pending ? t("sending") : t("sendTest")}
      </button>
      <button
        type="button"
        className={dangerButtonClass}
        disabled={deleter.pending}
        onClick={() => {
          if (window.confirm(t("deleteConfirm"))) deleter.submit({ webhookId });
        }}
      >
        {t("delete")}
      </button>
      {result && (
        <span role="status" className="text-sm text-slate-800" data-testid="webhook-test-result">
          {result}
        </span>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error.message}
        </span>
      )}
    </div>
  );
}
