import { headers } from "next/headers";
import { AppHeader } from "@/components/app-header";
import { requirePageActor } from "@/lib/auth/current-actor";
import { unreadCount } from "@/lib/notifications/unread-count";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

/** Pages of the person rather than of a workspace: their account, and administration. */
export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  // proxy.ts passes the path on, so that signing in returns here.
  const actor = await requirePageActor((await headers()).get("x-pathname") ?? "/account");
  const [workspaces, unread] = await Promise.all([listMyWorkspaces(actor), unreadCount(actor.userId)]);
  return (
    <div className="min-h-screen">
      <AppHeader actor={actor} unread={unread} workspaces={workspaces} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
