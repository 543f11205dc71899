// Module augmentation has to use interfaces: these add our session fields to next-auth's own types.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionId: string;
    sessionVersion: number;
  }
  interface Session {
    sid?: string;
    sv?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
    sv?: number;
  }
}
