import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InviteForm } from "@/components/members/invite-form";
import { MemberControls } from "@/components/members/member-controls";
import { RevokeButton } from "@/components/forms/revoke-button";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { getWords } from "@/lib/i18n/server-words";
import { pageData } from "@/lib/http/page-data";
import { canSendMail } from "@/lib/mail/send-mail";
import { listInvites } from "@/lib/workspaces/list-invites";
import { listWorkspaceMembers } from "@/lib/workspaces/list-workspace-members";
import { changeRoleAction, createInviteAction, removeMemberAction, revokeInviteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: t("title") };
}

const TABLE = "relative mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white";
const HEAD = "border-b border-slate-200 bg-slate-50 text-slate-700";
const TH = "px-3 py-2 font-medium";
const ROW = "border-b border-slate-100 last:border-0";

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/members`);
  const { access, members } = await pageData(listWorkspaceMembers(actor, slug));
  const canManage = can(access.role, "members.manage");
  const [invites, t, roles, words] = await Promise.all([
    canManage ? listInvites(actor, slug) : [],
    getTranslations("members"),
    getTranslations("common.roles"),
    getWords(),
  ]);

  return (
    <ClientMessages namespaces={["members"]}>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">
        {t("count", { count: members.length, workspace: access.name })} {canManage ? t("ownerIntro") : t("otherIntro")}
      </p>

      <div className={TABLE}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption", { workspace: access.name })}</caption>
          <thead className={HEAD}>
            <tr>
              <th scope="col" className={TH}>{t("name")}</th>
              <th scope="col" className={TH}>{t("email")}</th>
              <th scope="col" className={TH}>{t("role")}</th>
              <th scope="col" className={TH}>{t("joined")}</th>
              <th scope="col" className={TH}><span className="sr-only">{t("actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const self = member.userId === actor.userId;
              return (
                <tr key={member.userId} className={ROW}>
                  <td className="px-3 py-2 font-medium whitespace-nowrap">
                    {member.name}
                    {self && <span className="ml-2 text-xs font-normal text-slate-600">{t("you")}</span>}
                    {member.deactivated && <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs font-normal text-red-800">{t("deactivated")}</span>}
                  </td>
                  <td className="px-3 py-2 text-slate-700">{member.email}</td>
                  <td className="px-3 py-2">
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800" title={roles(`${member.role}.description`)}>
                      {words.role(member.role)}
                    </span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-700">{words.day(member.joinedAt)}</td>
                  <td className="px-3 py-2">
                    <MemberControls
                      slug={slug}
                      member={member}
                      self={self}
                      canManage={canManage}
                      changeRole={changeRoleAction}
                      removeMember={removeMemberAction}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {canManage && (
        <>
          <section aria-labelledby="invite-heading" className="mt-8">
            <h2 id="invite-heading" className="text-lg font-semibold">{t("invite.heading")}</h2>
            <p className="mt-1 text-sm text-slate-700">
              {t("invite.intro")} {canSendMail() ? t("invite.mailIntro") : t("invite.noMailIntro")}
            </p>
            <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
              <InviteForm slug={slug} action={createInviteAction} />
            </div>
          </section>

          <section aria-labelledby="pending-heading" className="mt-8">
            <h2 id="pending-heading" className="text-lg font-semibold">{t("pending.heading")}</h2>
            {invites.length === 0 ? (
              <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">{t("pending.none")}</p>
            ) : (
              <div className={TABLE}>
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t("pending.caption")}</caption>
                  <thead className={HEAD}>
                    <tr>
                      <th scope="col" className={TH}>{t("pending.for")}</th>
                      <th scope="col" className={TH}>{t("pending.role")}</th>
                      <th scope="col" className={TH}>{t("pending.invitedBy")}</th>
                      <th scope="col" className={TH}>{t("pending.expires")}</th>
                      <th scope="col" className={TH}><span className="sr-only">{t("actions")}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {invites.map((invite) => (
                      <tr key={invite.id} className={ROW}>
                        <td className="px-3 py-2">{invite.email ?? <span className="text-slate-700">{t("pending.anyone")}</span>}</td>
                        <td className="px-3 py-2">{words.role(invite.role)}</td>
                        <td className="px-3 py-2 text-slate-700">{invite.createdBy}</td>
                        <td className="px-3 py-2 whitespace-nowrap text-slate-700">{words.recordedAt(invite.expiresAt)}</td>
                        <td className="px-3 py-2">
                          <RevokeButton
                            slug={slug}
                            input={{ inviteId: invite.id }}
                            label={t("pending.revoke", { role: roles(`${invite.role}.inSentence`), email: invite.email ?? t("invite.anyone") })}
                            action={revokeInviteAction}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </ClientMessages>
  );
}
