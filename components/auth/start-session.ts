import { signIn } from "next-auth/react";

/** Signs in through next-auth as the sign-in form does, right after an account was made or its password reset. */
export async function startSession(email: string, password: string): Promise<boolean> {
  const result = await signIn("credentials", { email, password, redirect: false });
  return Boolean(result?.ok && !result.error);
}
