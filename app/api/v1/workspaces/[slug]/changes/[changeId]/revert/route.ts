import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { ZChangeId } from "@/lib/history/list-changes";
import { revertChange, type RevertChangeInput } from "@/lib/history/revert-change";

export const POST = apiRoute<{ slug: string; changeId: string }>(async ({ request, params, actor }) =>
  revertChange(actor, params.slug, await bodyInput<RevertChangeInput>(request, { changeId: pathId(params.changeId, "Change", ZChangeId) })),
);
