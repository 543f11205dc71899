import type { Metadata } from "next";
import { InviteForm } from "@/components/members/invite-form";
import { MemberControls } from "@/components/members/member-controls";
import { RevokeButton } from "@/components/forms/revoke-button";
import { requirePageActor } from "@/lib/auth/current-actor";
import { can } from "@/lib/authz";
import { formatDay, formatRecordedAt } from "@/lib/format";
import { pageData } from "@/lib/http/page-data";
import { canSendMail } from "@/lib/mail/send-mail";
import { listInvites } from "@/lib/workspaces/list-invites";
import { listWorkspaceMembers } from "@/lib/workspaces/list-workspace-members";
import { ROLES } from "@/lib/workspaces/roles";
import { changeRoleAction, createInviteAction, removeMemberAction, revokeInviteAction } from "./actions";

export const metadata: Metadata = { title: "Members" };

const TABLE = "relative mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white";
const HEAD = "border-b border-slate-200 bg-slate-50 text-slate-700";
const TH = "px-3 py-2 font-medium";
const ROW = "border-b border-slate-100 last:border-0";

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor(`/w/${slug}/members`);
  const { access, members } = await pageData(listWorkspaceMembers(actor, slug));
  const canManage = can(access.role, "members.manage");
  const invites = canManage ? await listInvites(actor, slug) : [];

  return (
    <>
      <h1 className="text-2xl font-semibold">Members</h1>
      <p className="mt-1 text-slate-700">
        {members.length} {members.length === 1 ? "person has" : "people have"} access to {access.name}.{" "}
        {canManage ? "As an owner, you invite people, change roles and remove members." : "Owners invite people and change roles."}
      </p>

      <div className={TABLE}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Members of {access.name}</caption>
          <thead className={HEAD}>
            <tr>
              <th scope="col" className={TH}>Name</th>
              <th scope="col" className={TH}>Email</th>
              <th scope="col" className={TH}>Role</th>
              <th scope="col" className={TH}>Joined</th>
              <th scope="col" className={TH}><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const self = member.userId === actor.userId;
              return (
                <tr key={member.userId} className={ROW}>
                  <td className="px-3 py-2 font-medium whitespace-nowrap">
                    {member.name}
                    {self && <span className="ml-2 text-xs font-normal text-slate-600">(you)</span>}
                    {member.deactivated && <span className="ml-2 rounded bg-red-50 px-1.5 py-0.5 text-xs font-normal text-red-800">Deactivated</span>}
                  </td>
                  <td className="px-3 py-2 text-slate-700">{member.email}</td>
                  <td className="px-3 py-2">
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800" title={ROLES[member.role].description}>
                      {ROLES[member.role].label}
                    </span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatDay(member.joinedAt)}</td>
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
            <h2 id="invite-heading" className="text-lg font-semibold">Invite someone</h2>
            <p className="mt-1 text-sm text-slate-700">
              Create a link that lets one person join with the role you choose.{" "}
              {canSendMail()
                ? "Give their email address and the link is emailed to them; you can also copy it."
                : "This instance sends no email (no mail server is set up): copy the link and send it yourself."}
            </p>
            <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
              <InviteForm slug={slug} action={createInviteAction} />
            </div>
          </section>

          <section aria-labelledby="pending-heading" className="mt-8">
            <h2 id="pending-heading" className="text-lg font-semibold">Pending invites</h2>
            {invites.length === 0 ? (
              <p className="mt-3 rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-700">No invites are waiting to be used.</p>
            ) : (
              <div className={TABLE}>
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Invites not yet used</caption>
                  <thead className={HEAD}>
                    <tr>
                      <th scope="col" className={TH}>For</th>
                      <th scope="col" className={TH}>Role</th>
                      <th scope="col" className={TH}>Invited by</th>
                      <th scope="col" className={TH}>Expires</th>
                      <th scope="col" className={TH}><span className="sr-only">Actions</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {invites.map((invite) => (
                      <tr key={invite.id} className={ROW}>
                        <td className="px-3 py-2">{invite.email ?? <span className="text-slate-700">Anyone with the link</span>}</td>
                        <td className="px-3 py-2">{ROLES[invite.role].label}</td>
                        <td className="px-3 py-2 text-slate-700">{invite.createdBy}</td>
                        <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatRecordedAt(invite.expiresAt)}</td>
                        <td className="px-3 py-2">
                          <RevokeButton
                            slug={slug}
                            input={{ inviteId: invite.id }}
                            label={`Revoke the ${ROLES[invite.role].label.toLowerCase()} invite for ${invite.email ?? "anyone with the link"}`}
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
    </>
  );
}
