"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWords } from "@/lib/i18n/use-words";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/forms/styles";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ActionResult } from "@/lib/http/action-result";
import type { ChangeRoleInput } from "@/lib/workspaces/change-role";
import type { RemoveMemberInput } from "@/lib/workspaces/remove-member";
import { ROLE_ORDER } from "@/lib/workspaces/roles";

type Props = {
  slug: string;
  member: { userId: string; name: string; role: Role };
  /** The row is the signed-in person's own. */
  self: boolean;
  canManage: boolean;
  changeRole: (slug: string, input: ChangeRoleInput) => Promise<ActionResult<unknown>>;
  removeMember: (slug: string, input: RemoveMemberInput) => Promise<ActionResult<{ left: boolean }>>;
};

/** One member's role and removal controls: owners change roles and remove; anyone may leave (after confirming). */
export function MemberControls({ slug, member, self, canManage, changeRole, removeMember }: Props) {
  const t = useTranslations("members.controls");
  const words = useWords();
  const router = useRouter();
  const roleChange = useActionForm((input: ChangeRoleInput) => changeRole(slug, input));
  const removal = useActionForm(
    (input: RemoveMemberInput) => removeMember(slug, input),
    (result) => {
      if (result.left) router.push("/");
    },
  );
  const [confirming, setConfirming] = useState(false);
  // The message of the control used last: the other one's older message no longer applies.
  const [lastUsed, setLastUsed] = useState<"role" | "removal">("role");
  const error = lastUsed === "role" ? roleChange.error : removal.error;
  const removeLabel = self ? t("leave") : t("remove");

  function onChangeRole(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLastUsed("role");
    const role = String(new FormData(event.currentTarget).get("role")) as Role;
    roleChange.submit({ userId: member.userId, role });
  }

  function onRemove() {
    setLastUsed("removal");
    setConfirming(false);
    removal.submit({ userId: member.userId });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {canManage && (
        <form onSubmit={onChangeRole} className="flex items-center gap-2">
          <label htmlFor={`role-${member.userId}`} className="sr-only">
            {t("roleOf", { name: member.name })}
          </label>
          <select id={`role-${member.userId}`} name="role" defaultValue={member.role} key={member.role} className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
            {ROLE_ORDER.map((role) => (
              <option key={role} value={role}>
                {words.role(role)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={roleChange.pending} className={secondaryButtonClass} aria-label={t("changeRoleOf", { name: member.name })}>
            {roleChange.pending ? t("saving") : t("changeRole")}
          </button>
        </form>
      )}
      {(canManage || self) &&
        (confirming ? (
          <span className="flex items-center gap-2 text-sm">
            <span>{self ? t("leaveConfirm") : t("removeConfirm", { name: member.name })}</span>
            <button type="button" onClick={onRemove} className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800">
              {self ? t("yesLeave") : t("yesRemove")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={secondaryButtonClass}>
              {t("cancel")}
            </button>
          </span>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            disabled={removal.pending}
            aria-label={self ? undefined : t("removeLabel", { name: member.name })}
            className="rounded border border-red-200 bg-white px-3 py-1.5 text-sm text-red-800 hover:bg-red-50 disabled:opacity-60"
          >
            {removal.pending ? t("removing") : removeLabel}
          </button>
        ))}
      {error && (
        <p role="alert" className="basis-full text-sm text-red-800">
          {error.message}
        </p>
      )}
    </div>
  );
}
