"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { textValue } from "@/components/forms/form-data";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FieldState } from "@/components/forms/use-action-form";
import type { AddCommentInput, DeleteCommentInput, EditCommentInput } from "@/lib/comments/comment-input";
import { COMMENT_MAX_LENGTH } from "@/lib/comments/comment-length";
import { commentSegments } from "@/lib/comments/comment-text";
import type { CommentView } from "@/lib/comments/list-comments";
import type { Mention } from "@/lib/comments/mentions";
import type { CommentTarget } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";

type Saved = ActionResult<{ id: string; version: number }>;

/** Something a comment can be about, as the form offers it. */
export type DiscussionTarget = { type: CommentTarget; id: string; label: string };

type Props = {
  targets: DiscussionTarget[];
  comments: CommentView[];
  canWrite: boolean;
  /** "Jan 5, 2026, 10:00 UTC" for each comment's time, formatted on the server (one clock for everyone). */
  times: Record<string, string>;
  add: (input: AddCommentInput) => Promise<Saved>;
  edit: (input: EditCommentInput) => Promise<Saved>;
  remove: (input: DeleteCommentInput) => Promise<Saved>;
};

/**
 * An item's discussion: threads on the item, its statuses and its disagreements, oldest first, replies one level deep.
 * Text is shown as typed (React escapes it: no markup in a comment is ever interpreted), with mentions marked.
 */
export function Discussion({ targets, comments, canWrite, times, add, edit, remove }: Props) {
  const threads = comments.filter((c) => c.parentId === null);
  const replies = (id: string) => comments.filter((c) => c.parentId === id);
  const t = useTranslations("discussion");
  const labelOf = (c: CommentView) => targets.find((target) => target.type === c.target && target.id === c.targetId)?.label ?? (c.target === "discrepancy" ? t("resolvedDisagreement") : t("aStatus"));
  return (
    <div className="max-w-3xl">
      {threads.length === 0 ? (
        <p className="mt-2 text-slate-700">{canWrite ? t("emptyCanWrite") : t("empty")}</p>
      ) : (
        <ol className="mt-3 space-y-4" aria-label={t("threads")}>
          {threads.map((thread) => (
            <li key={thread.id} className="rounded border border-slate-200 bg-white p-3">
              {thread.target !== "item" && <p className="mb-1 text-xs font-medium text-slate-600">{t("on", { target: labelOf(thread) })}</p>}
              <CommentBlock comment={thread} time={times[thread.id] ?? ""} edit={edit} remove={remove} />
              {replies(thread.id).length > 0 && (
                <ol className="mt-3 space-y-3 border-l-2 border-slate-200 pl-4" aria-label={t("replies")}>
                  {replies(thread.id).map((reply) => (
                    <li key={reply.id}>
                      <CommentBlock comment={reply} time={times[reply.id] ?? ""} edit={edit} remove={remove} />
                    </li>
                  ))}
                </ol>
              )}
              {canWrite && (
                <ReplyForm target={{ type: thread.target, id: thread.targetId }} parentId={thread.id} add={add} />
              )}
            </li>
          ))}
        </ol>
      )}
      {canWrite && <NewCommentForm targets={targets} add={add} />}
    </div>
  );
}

/** A comment's text with its mentions marked (their offsets found when it was written) and its web addresses linked. */
function CommentText({ body, mentions }: { body: string; mentions: Mention[] }) {
  return (
    <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-900">
      {commentSegments(body, mentions).map((segment, index) =>
        segment.kind === "mention" ? (
          <strong key={index} className="font-semibold text-blue-900">
            {segment.text}
          </strong>
        ) : segment.kind === "link" ? (
          <a key={index} href={segment.href} rel="noopener noreferrer nofollow ugc" className="text-blue-800 underline hover:no-underline">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}

function CommentBlock({ comment, time, edit, remove }: { comment: CommentView; time: string; edit: Props["edit"]; remove: Props["remove"] }) {
  const [editing, setEditing] = useState(false);
  const t = useTranslations("discussion");
  return (
    <article aria-label={t("by", { name: comment.authorName })}>
      <p className="text-xs text-slate-600">
        <span className="font-medium text-slate-800">{comment.authorName}</span> · {time}
        {comment.editedAt && !comment.deletedAt && ` · ${t("edited")}`}
      </p>
      {comment.deletedAt ? (
        <p className="mt-1 text-sm italic text-slate-600">{t("deleted")}</p>
      ) : editing ? (
        <EditForm comment={comment} edit={edit} done={() => setEditing(false)} />
      ) : (
        <CommentText body={comment.body} mentions={comment.mentions} />
      )}
      {!editing && (comment.canEdit || comment.canDelete) && (
        <div className="mt-1 flex gap-3 text-xs">
          {comment.canEdit && (
            <button type="button" className="text-blue-800 underline hover:no-underline" onClick={() => setEditing(true)}>
              {t("edit")}
            </button>
          )}
          {comment.canDelete && <DeleteButton comment={comment} remove={remove} />}
        </div>
      )}
    </article>
  );
}

function BodyField({ form, label, defaultValue }: { form: FieldState; label: string; defaultValue?: string }) {
  const t = useTranslations("discussion");
  return (
    <Field form={form} name="body" label={label} hint={t("bodyHint")}>
      {(control) => <textarea {...control} name="body" rows={3} maxLength={COMMENT_MAX_LENGTH} defaultValue={defaultValue} className={inputClass} />}
    </Field>
  );
}

function NewCommentForm({ targets, add }: { targets: DiscussionTarget[]; add: Props["add"] }) {
  const [key, setKey] = useState(0);
  const form = useActionForm(add, () => setKey((k) => k + 1));
  const t = useTranslations("discussion");
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const [type, id] = textValue(data, "about").split(":");
    form.submit({ target: type as CommentTarget, targetId: id ?? "", body: textValue(data, "body") });
  }
  return (
    <form key={key} onSubmit={onSubmit} noValidate className="mt-4 space-y-3" aria-label={t("new")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
      {targets.length > 1 && (
        <Field form={form} name="targetId" label={t("about")}>
          {(control) => (
            <select {...control} name="about" className={inputClass}>
              {targets.map((target) => (
                <option key={`${target.type}:${target.id}`} value={`${target.type}:${target.id}`}>
                  {target.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {targets.length === 1 && <input type="hidden" name="about" value={`${targets[0]?.type}:${targets[0]?.id}`} />}
      <BodyField form={form} label={t("comment")} />
      <SubmitButton pending={form.pending} label={t("post")} pendingLabel={t("posting")} />
    </form>
  );
}

function ReplyForm({ target, parentId, add }: { target: { type: CommentTarget; id: string }; parentId: string; add: Props["add"] }) {
  const [open, setOpen] = useState(false);
  const form = useActionForm(add, () => setOpen(false));
  const t = useTranslations("discussion");
  if (!open) {
    return (
      <button type="button" className="mt-2 text-xs text-blue-800 underline hover:no-underline" onClick={() => setOpen(true)}>
        {t("reply")}
      </button>
    );
  }
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit({ target: target.type, targetId: target.id, parentId, body: textValue(new FormData(event.currentTarget), "body") });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2" aria-label={t("reply")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
      <BodyField form={form} label={t("reply")} />
      <div className="flex gap-2">
        <SubmitButton pending={form.pending} label={t("postReply")} pendingLabel={t("posting")} />
        <button type="button" className={secondaryButtonClass} onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function EditForm({ comment, edit, done }: { comment: CommentView; edit: Props["edit"]; done: () => void }) {
  const form = useActionForm(edit, done);
  const t = useTranslations("discussion");
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit({ commentId: comment.id, expectedVersion: comment.version, body: textValue(new FormData(event.currentTarget), "body") });
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-2" aria-label={t("editLabel")}>
      <ErrorSummary error={form.error} fieldId={form.fieldId} feedbackRef={form.feedbackRef} />
      <BodyField form={form} label={t("comment")} defaultValue={comment.body} />
      <div className="flex gap-2">
        <SubmitButton pending={form.pending} label={t("save")} pendingLabel={t("saving")} />
        <button type="button" className={secondaryButtonClass} onClick={done}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}

function DeleteButton({ comment, remove }: { comment: CommentView; remove: Props["remove"] }) {
  const form = useActionForm(remove);
  const t = useTranslations("discussion");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (window.confirm(t("deleteQuestion"))) form.submit({ commentId: comment.id, expectedVersion: comment.version });
      }}
      className="inline"
    >
      <button type="submit" disabled={form.pending} className="text-red-800 underline hover:no-underline disabled:opacity-60">
        {form.pending ? t("deleting") : t("delete")}
      </button>
      {form.error && (
        <span role="alert" className="ml-2 text-red-800">
          {form.error.message}
        </span>
      )}
    </form>
  );
}
