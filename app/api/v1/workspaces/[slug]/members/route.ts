import { apiRoute } from "@/lib/http/api-route";
import { listWorkspaceMembers } from "@/lib/workspaces/list-workspace-members";

export const GET = apiRoute<{ slug: string }>(async ({ params, actor }) => {
  const { members } = await listWorkspaceMembers(actor, params.slug);
  return { members };
});
