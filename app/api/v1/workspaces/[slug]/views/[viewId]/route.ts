import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { deleteView } from "@/lib/views/delete-view";
import { getView } from "@/lib/views/get-view";
import { renameView, type RenameViewInput } from "@/lib/views/rename-view";

type Params = { slug: string; viewId: string };

export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { view, canManage, canShare } = await getView(actor, params.slug, pathId(params.viewId, "View"));
  return { view, canManage, canShare };
});

/** Renames the view: `{ name }`. */
export const PATCH = apiRoute<Params>(async ({ request, params, actor }) =>
  renameView(actor, params.slug, await bodyInput<RenameViewInput>(request, { viewId: pathId(params.viewId, "View") })),
);

export const DELETE = apiRoute<Params>(async ({ params, actor }) => deleteView(actor, params.slug, { viewId: pathId(params.viewId, "View") }));
