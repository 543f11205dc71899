import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isDomainError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { signInWithPassword } from "./sign-in";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
