"use server";

import { changePassword, type ChangePasswordInput } from "@/lib/accounts/change-password";
import { endSession, type EndSessionInput } from "@/lib/accounts/end-session";
import { requestEmailChange, type EmailChangeInput } from "@/lib/accounts/request-email-change";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { updateLocale, type UpdateLocaleInput } from "@/lib/accounts/update-locale";
import { updateProfile, type UpdateProfileInput } from "@/lib/accounts/update-profile";
import { signedInAction } from "@/lib/http/signed-in-action";

export async function updateProfileAction(input: UpdateProfileInput) {
  return signedInAction("/", input, updateProfile);
}

export async function updateLocaleAction(input: UpdateLocaleInput) {
  return signedInAction("/", input, updateLocale);
}

export async function requestEmailChangeAction(input: EmailChangeInput) {
  return signedInAction("/", input, requestEmailChange);
}

export async function changePasswordAction(input: ChangePasswordInput) {
  return signedInAction("/", input, changePassword);
}

export async function endSessionAction(input: EndSessionInput) {
  return signedInAction("/", input, endSession);
}

export async function signOutEverywhereAction() {
  return signedInAction("/", {}, (actor) => signOutEverywhere(actor));
}
