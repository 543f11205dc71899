import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";

/**
 * Signing out as a plain form post to next-auth (no client JavaScript): its CSRF token is the first half of the
 * csrf-token cookie, which the sign-in set. next-auth revokes the session row in its signOut event.
 */
export async function SignOutForm({ returnTo = "/sign-in" }: { returnTo?: string }) {
  const jar = await cookies();
  const cookie = jar.get("__Host-next-auth.csrf-token") ?? jar.get("next-auth.csrf-token");
  const csrfToken = cookie?.value.split("|")[0] ?? "";
  const t = await getTranslations("app.nav");
  return (
    <form method="post" action="/api/auth/signout">
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={returnTo} />
      <button type="submit" className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">
        {t("signOut")}
      </button>
    </form>
  );
}
