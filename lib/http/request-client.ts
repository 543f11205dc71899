import { headers } from "next/headers";
import type { Client } from "@/lib/auth/actor";
import { clientAddress } from "./client-address";

/** The client of the request being served (a page, a server action, a route handler): its address and browser. */
export async function requestClient(): Promise<Client> {
  const list = await headers();
  return { address: clientAddress(list), userAgent: list.get("user-agent") ?? "" };
}
