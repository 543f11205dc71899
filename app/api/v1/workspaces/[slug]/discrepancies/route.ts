import { apiRoute, bodyInput } from "@/lib/http/api-route";
import { flagDiscrepancy, type FlagDiscrepancyInput } from "@/lib/sources/discrepancies";

/** Flags two citations, or two sources, that disagree: { citationAId, citationBId } or { sourceAId, sourceBId }, note. */
export const POST = apiRoute<{ slug: string }>(async ({ request, params, actor }) =>
  flagDiscrepancy(actor, params.slug, await bodyInput<FlagDiscrepancyInput>(request)),
);
