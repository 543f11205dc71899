import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { createWorkspace, type CreateWorkspaceInput } from "@/lib/workspaces/create-workspace";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

/** The workspaces the caller belongs to, with their role in each. */
export const GET = apiRoute(async ({ actor }) => ({ workspaces: await listMyWorkspaces(actor) }));

/** A new workspace with the caller as its first owner. */
export const POST = apiRoute(async ({ request, actor }) => createWorkspace(actor, await bodyInput<CreateWorkspaceInput>(request)));
