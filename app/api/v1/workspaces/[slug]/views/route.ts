import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { listViews } from "@/lib/views/list-views";
import { saveView, type SaveViewInput } from "@/lib/views/save-view";

type Params = { slug: string };

/** The caller's personal views and the team's views. */
export const GET = apiRoute<Params>(async ({ params, actor }) => {
  const { team, mine } = await listViews(actor, params.slug);
  return { team, mine };
});

export const POST = apiRoute<Params>(async ({ request, params, actor }) => saveView(actor, params.slug, await bodyInput<SaveViewInput>(request)));
