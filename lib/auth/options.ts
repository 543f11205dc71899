import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDomainError } from "@/lib/errors";
import { revokeSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

/** The client address as the nearest proxy reported it; rate limits also apply per account, which this cannot dodge. */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const get = (name: string) => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "unknown";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const headers = request?.headers as Record<string, string | undefined> | undefined;
        try {
          return await signInWithPassword(credentials, {
            address: clientAddress(headers),
            userAgent: headers?.["user-agent"] ?? "",
          });
        } catch (error) {
          // next-auth passes an Error's message to the form; only our own, user-facing messages get there.
          if (isDomainError(error)) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sid = user.sessionId;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.sid = token.sid;
      session.sv = token.sv;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(token.sid);
    },
  },
};
