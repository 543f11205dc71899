import type { ItemKind } from "@/lib/generated/prisma/enums";

type KindDefinition = {
  label: string;
  /**
   * The statuses this kind of item can be in, in their usual order; `coming` names the change into it when it is still
   * ahead ("Lifting announced 20 March 2023, effective 24 April 2023").
   */
  statuses: readonly { value: string; label: string; coming: string }[];
};

/** Kinds of tracked item and their status vocabularies: the one place they are defined. */
export const KINDS = {
  export_control: {
    label: "Export control",
    statuses: [
      { value: "announced", label: "Announced", coming: "Announcement" },
      { value: "in_force", label: "In force", coming: "Entry into force" },
      { value: "eased", label: "Eased", coming: "Easing" },
      { value: "lifted", label: "Lifted", coming: "Lifting" },
    ],
  },
  preferred_trader_listing: {
    label: "Preferred-trader listing",
    statuses: [
      { value: "listed", label: "Listed", coming: "Listing" },
      { value: "delisting_announced", label: "Delisting announced", coming: "Delisting announcement" },
      { value: "delisted", label: "Delisted", coming: "Delisting" },
      { value: "relisting_expected", label: "Relisting expected", coming: "Expected relisting" },
      { value: "relisting_announced", label: "Relisting announced", coming: "Relisting announcement" },
    ],
  },
  trade_dispute: {
    label: "Trade dispute",
    statuses: [
      { value: "filed", label: "Filed", coming: "Filing" },
      { value: "active", label: "Active", coming: "Proceedings" },
      { value: "suspended", label: "Suspended", coming: "Suspension" },
      { value: "withdrawn", label: "Withdrawn", coming: "Withdrawal" },
      { value: "resolved", label: "Resolved", coming: "Resolution" },
    ],
  },
  cooperation_initiative: {
    label: "Cooperation initiative",
    statuses: [
      { value: "proposed", label: "Proposed", coming: "Proposal" },
      { value: "agreed", label: "Agreed", coming: "Agreement" },
      { value: "in_progress", label: "In progress", coming: "Start of work" },
      { value: "completed", label: "Completed", coming: "Completion" },
      { value: "stalled", label: "Stalled", coming: "Stall" },
    ],
  },
} as const satisfies Record<ItemKind, KindDefinition>;

export const ITEM_KINDS = Object.keys(KINDS) as ItemKind[];

export function kindLabel(kind: ItemKind): string {
  return KINDS[kind].label;
}

export function isStatusOfKind(kind: ItemKind, status: string): boolean {
  return KINDS[kind].statuses.some((s) => s.value === status);
}

export function statusLabel(kind: ItemKind, status: string): string {
  return KINDS[kind].statuses.find((s) => s.value === status)?.label ?? status;
}

/** Statuses a listing returns to: a coming "listed" after one of them reads "Relisting". */
const OFF_LIST = new Set(["delisting_announced", "delisted", "relisting_expected", "relisting_announced"]);

/** Whether a coming `status`, after `current`, is a listing's return to the list. */
export function isRelisting(kind: ItemKind, status: string, current: string | null): boolean {
  return kind === "preferred_trader_listing" && status === "listed" && current !== null && OFF_LIST.has(current);
}
