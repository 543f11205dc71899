import type { Client } from "@/lib/auth/actor";
import { outsideWords } from "@/lib/i18n/words";
import { composeEmail, PRODUCT_NAME, type ComposedEmail } from "@/lib/mail/compose-email";
import { appLink } from "@/lib/mail/send-mail";
import { browserName } from "@/lib/security/browser-name";

const where = (client: Client) => `from the address ${client.address} (${browserName(client.userAgent)})`;
const site = () => appLink("/");

/** A password reset link, asked for on the sign-in page or made by an administrator. */
export function passwordResetEmail(to: string, link: { url: string; expiresAt: Date }, requestedBy: { client: Client } | { administrator: string }): ComposedEmail {
  const who =
    "administrator" in requestedBy
      ? `${requestedBy.administrator}, an administrator of ${PRODUCT_NAME} at ${site()}, made a link for you to choose a new password for your account ${to}.`
      : `Someone asked to reset the password of the ${PRODUCT_NAME} account ${to} at ${site()}, ${where(requestedBy.client)}.`;
  return composeEmail({
    to,
    subject: `Reset your ${PRODUCT_NAME} password`,
    intro: [who, "To choose a new password, open the link below."],
    action: { label: "Choose a new password", url: link.url },
    outro: [
      `The link works once, until ${outsideWords().recordedAt(link.expiresAt)}. Using it signs you out everywhere else.`,
      "If you did not ask for this, ignore this email: your password stays as it is.",
    ],
  });
}

/** Confirms the address of someone signing up by themselves; the account is made when they open the link. */
export function signUpEmail(to: string, name: string, link: { url: string; expiresAt: Date }, client: Client): ComposedEmail {
  return composeEmail({
    to,
    subject: `Confirm your email address for ${PRODUCT_NAME}`,
    intro: [`Someone signed up for ${PRODUCT_NAME} at ${site()} as “${name}” with this email address, ${where(client)}.`, "To create the account, confirm that the address is yours."],
    action: { label: "Confirm my email address", url: link.url },
    outro: [`The link works once, until ${outsideWords().recordedAt(link.expiresAt)}.`, "If this was not you, ignore this email: no account is made without it."],
  });
}

/** Someone signed up with an address that has an account already: its owner hears of it, the form reveals nothing. */
export function accountExistsEmail(to: string, client: Client): ComposedEmail {
  return composeEmail({
    to,
    subject: `You already have a ${PRODUCT_NAME} account`,
    intro: [`Someone tried to sign up for ${PRODUCT_NAME} at ${site()} with this email address, ${where(client)}. An account with this address exists already.`],
    action: { label: "Sign in", url: appLink("/sign-in") },
    outro: ["If you forgot your password, choose “Forgot your password?” on the sign-in page.", "If this was not you, ignore this email."],
  });
}

/** Confirms a new address before an account moves to it. */
export function emailChangeEmail(to: string, account: { name: string; email: string }, link: { url: string; expiresAt: Date }): ComposedEmail {
  return composeEmail({
    to,
    subject: `Confirm your new email address for ${PRODUCT_NAME}`,
    intro: [`${account.name} asked to change the email address of their ${PRODUCT_NAME} account at ${site()} from ${account.email} to this address.`],
    action: { label: "Confirm the new address", url: link.url },
    outro: [`The link works once, until ${outsideWords().recordedAt(link.expiresAt)}. Until then the account keeps its current address.`, "If this was not you, ignore this email."],
  });
}

/** Tells the old address that the account moved, so that a change nobody asked for does not go unnoticed. */
export function emailChangedNotice(to: string, account: { name: string; newEmail: string }): ComposedEmail {
  return composeEmail({
    to,
    subject: `Your ${PRODUCT_NAME} email address was changed`,
    intro: [`The email address of the ${PRODUCT_NAME} account of ${account.name} at ${site()} was changed from ${to} to ${account.newEmail}.`],
    outro: ["If you did not make this change, tell your administrator at once."],
  });
}
