import { outsideWords } from "@/lib/i18n/words";
import type { Role } from "@/lib/generated/prisma/enums";
import { composeEmail, PRODUCT_NAME, type ComposedEmail } from "@/lib/mail/compose-email";
import { appLink } from "@/lib/mail/send-mail";
import { ROLES } from "./roles";

/** The invite link, sent to the address the invite names, from the owner who made it (replies go to them). */
export function inviteEmail(invite: { to: string; role: Role; path: string; expiresAt: Date }, workspace: string, inviter: { name: string; email: string }): ComposedEmail {
  const role = ROLES[invite.role];
  return composeEmail({
    to: invite.to,
    replyTo: inviter.email,
    subject: `${inviter.name} invited you to ${workspace} on ${PRODUCT_NAME}`,
    intro: [
      `${inviter.name} (${inviter.email}) invited you to join the workspace “${workspace}” on ${PRODUCT_NAME} at ${appLink("/")}, as ${role.label.toLowerCase()}: ${role.description.toLowerCase()}.`,
      "Open the link to accept. If you have no account yet, you create one there with this email address.",
    ],
    action: { label: `Join ${workspace}`, url: appLink(invite.path) },
    outro: [
      `The link works once, until ${outsideWords().recordedAt(invite.expiresAt)}.`,
      `If you did not expect this invitation, ignore this email, or reply to ask ${inviter.name} about it.`,
    ],
  });
}
