import type { ItemKind } from "@/lib/generated/prisma/enums";

type KindDefinition = {
  label: string;
  /** The statuses this kind of item can be in, in their usual order. */
  statuses: readonly { value: string; label: string }[];
};

/** Kinds of tracked item and their status vocabularies: the one place they are defined. */
export const KINDS = {
  export_control: {
    label: "Export control",
    statuses: [
      { value: "announced", label: "Announced" },
      { value: "in_force", label: "In force" },
      { value: "eased", label: "Eased" },
      { value: "lifted", label: "Lifted" },
    ],
  },
  preferred_trader_listing: {
    label: "Preferred-trader listing",
    statuses: [
      { value: "listed", label: "Listed" },
      { value: "delisting_announced", label: "Delisting announced" },
      { value: "delisted", label: "Delisted" },
      { value: "relisting_expected", label: "Relisting expected" },
      { value: "relisting_announced", label: "Relisting announced" },
    ],
  },
  trade_dispute: {
    label: "Trade dispute",
    statuses: [
      { value: "filed", label: "Filed" },
      { value: "active", label: "Active" },
      { value: "suspended", label: "Suspended" },
      { value: "withdrawn", label: "Withdrawn" },
      { value: "resolved", label: "Resolved" },
    ],
  },
  cooperation_initiative: {
    label: "Cooperation initiative",
    statuses: [
      { value: "proposed", label: "Proposed" },
      { value: "agreed", label: "Agreed" },
      { value: "in_progress", label: "In progress" },
      { value: "completed", label: "Completed" },
      { value: "stalled", label: "Stalled" },
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
