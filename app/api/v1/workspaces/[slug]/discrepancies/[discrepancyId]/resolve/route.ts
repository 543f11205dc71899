import { apiRoute, bodyInput, pathId } from "@/lib/http/api-route";
import { resolveDiscrepancy, type ResolveDiscrepancyInput } from "@/lib/sources/discrepancies";

/** Marks a disagreement settled ({ reason? }); it stays on record. */
export const POST = apiRoute<{ slug: string; discrepancyId: string }>(async ({ request, params, actor }) =>
  resolveDiscrepancy(actor, params.slug, await bodyInput<ResolveDiscrepancyInput>(request, { discrepancyId: pathId(params.discrepancyId, "Discrepancy") })),
);
