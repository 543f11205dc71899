import type { ItemKind } from "@/lib/generated/prisma/enums";
import { ITEM_KINDS, KINDS } from "@/lib/tracking/kinds";
import type { Locale } from "./locales";

type StatusOf<K extends ItemKind> = (typeof KINDS)[K]["statuses"][number]["value"];

/** A status's name, and the name of the change into it while it is still ahead ("Lifting announced …"). */
type StatusWords = { label: string; coming: string };

type KindWords<K extends ItemKind> = { label: string; statuses: Record<StatusOf<K>, StatusWords> };

type Vocabulary = {
  kinds: { [K in ItemKind]: KindWords<K> };
  /** A coming listing back on the list after a delisting: "Relisting". */
  relisting: string;
  /** A status still ahead: "Lifting announced 20 March 2023, effective 24 April 2023". */
  comingAnnounced: (change: string, announced: string, effective: string) => string;
  /** …with no announcement date known: "Lifting scheduled, effective 24 April 2023". */
  comingScheduled: (change: string, effective: string) => string;
};

/** English is the kinds' own definition (lib/tracking/kinds.ts), which the API, imports and exports speak. */
const ENGLISH: Vocabulary = {
  relisting: "Relisting",
  comingAnnounced: (change, announced, effective) => `${change} announced ${announced}, effective ${effective}`,
  comingScheduled: (change, effective) => `${change} scheduled, effective ${effective}`,
  kinds: Object.fromEntries(
    ITEM_KINDS.map((kind) => [
      kind,
      { label: KINDS[kind].label, statuses: Object.fromEntries(KINDS[kind].statuses.map((s) => [s.value, { label: s.label, coming: s.coming }])) },
    ]),
  ) as Vocabulary["kinds"],
};

/**
 * The domain's words in each interface language: kinds and statuses. Typed against the kinds' definitions, so a status
 * added to a kind without its words in every language does not compile.
 */
export const VOCABULARY: Record<Locale, Vocabulary> = {
  en: ENGLISH,
  ja: {
    relisting: "再指定",
    comingAnnounced: (change, announced, effective) => `${change}（${announced}発表、${effective}発効）`,
    comingScheduled: (change, effective) => `${change}予定（${effective}発効）`,
    kinds: {
      export_control: {
        label: "輸出管理",
        statuses: {
          announced: { label: "発表済み", coming: "発表" },
          in_force: { label: "施行中", coming: "施行" },
          eased: { label: "緩和", coming: "緩和" },
          lifted: { label: "解除", coming: "解除" },
        },
      },
      preferred_trader_listing: {
        label: "優遇対象国リスト（ホワイト国）",
        statuses: {
          listed: { label: "指定中", coming: "指定" },
          delisting_announced: { label: "除外発表済み", coming: "除外の発表" },
          delisted: { label: "除外", coming: "除外" },
          relisting_expected: { label: "再指定見込み", coming: "再指定見込み" },
          relisting_announced: { label: "再指定発表済み", coming: "再指定の発表" },
        },
      },
      trade_dispute: {
        label: "貿易紛争",
        statuses: {
          filed: { label: "提訴", coming: "提訴" },
          active: { label: "係属中", coming: "手続開始" },
          suspended: { label: "中断", coming: "中断" },
          withdrawn: { label: "取り下げ", coming: "取り下げ" },
          resolved: { label: "解決", coming: "解決" },
        },
      },
      cooperation_initiative: {
        label: "協力イニシアチブ",
        statuses: {
          proposed: { label: "提案", coming: "提案" },
          agreed: { label: "合意", coming: "合意" },
          in_progress: { label: "進行中", coming: "着手" },
          completed: { label: "完了", coming: "完了" },
          stalled: { label: "停滞", coming: "停滞" },
        },
      },
    },
  },
  ko: {
    relisting: "재지정",
    comingAnnounced: (change, announced, effective) => `${change}(${announced} 발표, ${effective} 발효)`,
    comingScheduled: (change, effective) => `${change} 예정(${effective} 발효)`,
    kinds: {
      export_control: {
        label: "수출 통제",
        statuses: {
          announced: { label: "발표됨", coming: "발표" },
          in_force: { label: "시행 중", coming: "시행" },
          eased: { label: "완화됨", coming: "완화" },
          lifted: { label: "해제됨", coming: "해제" },
        },
      },
      preferred_trader_listing: {
        label: "우대국 목록(화이트리스트)",
        statuses: {
          listed: { label: "지정됨", coming: "지정" },
          delisting_announced: { label: "제외 발표됨", coming: "제외 발표" },
          delisted: { label: "제외됨", coming: "제외" },
          relisting_expected: { label: "재지정 예상", coming: "재지정 예상" },
          relisting_announced: { label: "재지정 발표됨", coming: "재지정 발표" },
        },
      },
      trade_dispute: {
        label: "무역 분쟁",
        statuses: {
          filed: { label: "제소됨", coming: "제소" },
          active: { label: "진행 중", coming: "절차 개시" },
          suspended: { label: "중단됨", coming: "중단" },
          withdrawn: { label: "철회됨", coming: "철회" },
          resolved: { label: "해결됨", coming: "해결" },
        },
      },
      cooperation_initiative: {
        label: "협력 이니셔티브",
        statuses: {
          proposed: { label: "제안됨", coming: "제안" },
          agreed: { label: "합의됨", coming: "합의" },
          in_progress: { label: "진행 중", coming: "착수" },
          completed: { label: "완료됨", coming: "완료" },
          stalled: { label: "정체됨", coming: "정체" },
        },
      },
    },
  },
};
