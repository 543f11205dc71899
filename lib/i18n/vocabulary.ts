import type { ChangeKind, ItemKind, RelationType, Role } from "@/lib/generated/prisma/enums";
import type { DiffField } from "@/lib/history/describe-diff";
import { ROLES } from "@/lib/workspaces/roles";
import { ITEM_KINDS, KINDS } from "@/lib/tracking/kinds";
import { CHANGE_GROUPS, CHANGE_TYPES, type ChangeGroup, type ChangeType } from "@/lib/history/change-types";
import { RELATION_LABELS } from "@/lib/tracking/relation-types";
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
  /** How a relation reads from each end: [from the item that holds it, from the item it points at]. */
  relations: Record<RelationType, readonly [string, string]>;
  /** The open end of a period that lasts until now. */
  today: string;
  /** A status's period: "In force from 2019 until May 2023"; one still ahead: "In force from 1 June 2025 (scheduled)". */
  bandSpan: (status: string, from: string, until: string) => string;
  bandScheduled: (status: string, from: string) => string;
  /** A row's periods in one sentence. */
  bands: (periods: string[]) => string;
  /** Kinds of change record, and their groups in the activity filter. */
  changeTypes: Record<ChangeType, string>;
  changeGroups: Record<ChangeGroup, string>;
  /** A change of a type this version does not know (written by a newer one). */
  otherChange: string;
  /** Policy development or correction. */
  changeKinds: Record<ChangeKind, string>;
  /** Role names as labels ("Analyst"); the messages hold the forms for sentences and the descriptions. */
  roles: Record<Role, string>;
  /** Between the items of a list: ", " in English. */
  listSeparator: string;
  /** How a change record's diff reads (lib/history/describe-diff.ts). */
  diff: {
    fields: Record<DiffField, string>;
    unknownSource: string;
    itemGone: string;
    unknownItem: string;
    aSource: string;
    noSource: string;
    archived: string;
    active: string;
    yes: string;
    no: string;
    citation: (excerpt: string, source: string) => string;
    relationLine: (relation: string, target: string, note: string) => string;
  };
};

/** English is the kinds' own definition (lib/tracking/kinds.ts), which the API, imports and exports speak. */
const ENGLISH: Vocabulary = {
  relisting: "Relisting",
  comingAnnounced: (change, announced, effective) => `${change} announced ${announced}, effective ${effective}`,
  comingScheduled: (change, effective) => `${change} scheduled, effective ${effective}`,
  relations: RELATION_LABELS,
  today: "today",
  bandSpan: (status, from, until) => `${status} from ${from} until ${until}`,
  bandScheduled: (status, from) => `${status} from ${from} (scheduled)`,
  bands: (periods) => `${periods.join("; ")}.`,
  changeTypes: Object.fromEntries(Object.entries(CHANGE_TYPES).map(([type, spec]) => [type, spec.label])) as Record<ChangeType, string>,
  changeGroups: CHANGE_GROUPS,
  otherChange: "Other change",
  changeKinds: { policy_development: "Policy development", correction: "Correction" },
  roles: { owner: ROLES.owner.label, analyst: ROLES.analyst.label, viewer: ROLES.viewer.label },
  listSeparator: ", ",
  diff: {
    fields: {
      kind: "Kind",
      title: "Title",
      summary: "Summary",
      implementingJurisdictions: "Implemented by",
      affectedJurisdictions: "Affects",
      tags: "Tags",
      status: "Status",
      effectiveOn: "In effect from",
      announcedOn: "Announced",
      note: "Note",
      citations: "Citations",
      citation: "Citation",
      archived: "State",
      relation: "Relation",
      name: "Name",
      member: "Member",
      role: "Role",
      owner: "Owner",
      language: "Language",
      email: "Email",
      expiresAt: "Expires",
      revokedAt: "Revoked",
      resolved: "Resolved",
      sources: "Sources",
      titleNote: "Title note",
      publisher: "Publisher",
      byline: "Byline",
      dateline: "Dateline",
      publishedOn: "Published",
      publishedNote: "Publication note",
      url: "Address",
      query: "Filters",
      body: "Comment",
      address: "Endpoint",
      format: "Format",
      eventTypes: "Events",
      description: "Description",
      enabled: "Enabled",
    },
    unknownSource: "an unknown source",
    itemGone: "an item no longer listed",
    unknownItem: "an unknown item",
    aSource: "a source",
    noSource: "no source",
    archived: "Archived",
    active: "Active",
    yes: "Yes",
    no: "No",
    citation: (excerpt, source) => `“${excerpt}” — ${source}`,
    relationLine: (relation, target, note) => `${relation} “${target}”${note ? ` (${note})` : ""}`,
  },
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
    relations: {
      reverses: ["撤回・取り消し対象", "撤回・取り消し元"],
      retaliates_against: ["対抗措置の対象", "対抗措置を受けた"],
      supersedes: ["置き換え対象", "置き換え元"],
      disputed_in: ["争われている場", "争点となる措置"],
      related_to: ["関連", "関連"],
    },
    today: "現在",
    bandSpan: (status, from, until) => `${status}（${from}〜${until}）`,
    bandScheduled: (status, from) => `${status}（${from}から・予定）`,
    bands: (periods) => `${periods.join("、")}。`,
    changeTypes: {
      "item.created": "項目を作成",
      "item.updated": "項目を編集",
      "item.archived": "項目をアーカイブ",
      "item.restored": "項目を復元",
      "status.recorded": "ステータスを記録",
      "status.retracted": "ステータスを撤回",
      "citation.added": "引用を追加",
      "relation.added": "関係を追加",
      "relation.removed": "関係を削除",
      "discrepancy.flagged": "出典の食い違いを指摘",
      "discrepancy.resolved": "食い違いを解決",
      "source.added": "出典を追加",
      "source.updated": "出典の詳細を編集",
      "workspace.created": "ワークスペースを作成",
      "member.added": "メンバーが参加",
      "member.invited": "メンバーを招待",
      "member.invite_revoked": "招待を取り消し",
      "member.role_changed": "役割を変更",
      "member.removed": "メンバーを削除",
      "member.left": "メンバーが退出",
      "member.token_created": "APIトークンを作成",
      "member.token_revoked": "APIトークンを無効化",
      "workspace.view_saved": "チームビューを保存",
      "workspace.view_renamed": "チームビューの名前を変更",
      "workspace.view_query_updated": "チームビューのフィルターを更新",
      "workspace.view_deleted": "ビューを削除",
      "workspace.share_link_created": "共有リンクを作成",
      "workspace.share_link_revoked": "共有リンクを無効化",
      "workspace.imported": "インポートを適用",
      "workspace.webhook_created": "Webhookを追加",
      "workspace.webhook_updated": "Webhookを変更",
      "workspace.webhook_secret_rotated": "Webhookのシークレットを更新",
      "workspace.webhook_deleted": "Webhookを削除",
      "workspace.webhook_disabled": "配信失敗によりWebhookを無効化",
      "comment.added": "コメントを追加",
      "comment.edited": "コメントを編集",
      "comment.deleted": "コメントを削除",
    },
    changeGroups: {
      item: "項目の作成・編集・アーカイブ・復元",
      status: "ステータスの記録・撤回",
      citation: "引用の追加",
      relation: "関係の追加・削除",
      discrepancy: "食い違いの指摘・解決",
      source: "出典の追加・編集",
      comment: "ディスカッション",
      member: "メンバー",
      workspace: "ワークスペース、チームビュー、インポート、Webhook",
    },
    otherChange: "その他の変更",
    changeKinds: { policy_development: "政策の動き", correction: "訂正" },
    roles: { owner: "オーナー", analyst: "アナリスト", viewer: "閲覧者" },
    listSeparator: "、",
    diff: {
      fields: {
        kind: "種類",
        title: "タイトル",
        summary: "概要",
        implementingJurisdictions: "実施法域",
        affectedJurisdictions: "対象法域",
        tags: "タグ",
        status: "ステータス",
        effectiveOn: "発効日",
        announcedOn: "発表日",
        note: "メモ",
        citations: "引用",
        citation: "引用",
        archived: "状態",
        relation: "関係",
        name: "名前",
        member: "メンバー",
        role: "役割",
        owner: "所有者",
        language: "言語",
        email: "メールアドレス",
        expiresAt: "期限",
        revokedAt: "無効化",
        resolved: "解決",
        sources: "出典",
        titleNote: "タイトルの注記",
        publisher: "発行元",
        byline: "署名",
        dateline: "発信地",
        publishedOn: "公開日",
        publishedNote: "公開日の注記",
        url: "アドレス",
        query: "フィルター",
        body: "コメント",
        address: "エンドポイント",
        format: "形式",
        eventTypes: "イベント",
        description: "説明",
        enabled: "有効",
      },
      unknownSource: "不明な出典",
      itemGone: "一覧にない項目",
      unknownItem: "不明な項目",
      aSource: "出典",
      noSource: "出典なし",
      archived: "アーカイブ済み",
      active: "有効",
      yes: "はい",
      no: "いいえ",
      citation: (excerpt, source) => `「${excerpt}」— ${source}`,
      relationLine: (relation, target, note) => `${relation}「${target}」${note ? `（${note}）` : ""}`,
    },
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
    relations: {
      reverses: ["번복 대상", "번복됨"],
      retaliates_against: ["보복 대상", "보복을 받음"],
      supersedes: ["대체 대상", "대체됨"],
      disputed_in: ["분쟁 절차", "분쟁 대상 조치"],
      related_to: ["관련", "관련"],
    },
    today: "현재",
    bandSpan: (status, from, until) => `${status}(${from}~${until})`,
    bandScheduled: (status, from) => `${status}(${from}부터, 예정)`,
    bands: (periods) => `${periods.join("; ")}.`,
    changeTypes: {
      "item.created": "항목 생성",
      "item.updated": "항목 편집",
      "item.archived": "항목 보관",
      "item.restored": "항목 복원",
      "status.recorded": "상태 기록",
      "status.retracted": "상태 철회",
      "citation.added": "인용 추가",
      "relation.added": "관계 추가",
      "relation.removed": "관계 삭제",
      "discrepancy.flagged": "출처 불일치 표시",
      "discrepancy.resolved": "불일치 해결",
      "source.added": "출처 추가",
      "source.updated": "출처 정보 편집",
      "workspace.created": "워크스페이스 생성",
      "member.added": "구성원 참여",
      "member.invited": "구성원 초대",
      "member.invite_revoked": "초대 취소",
      "member.role_changed": "역할 변경",
      "member.removed": "구성원 제거",
      "member.left": "구성원 탈퇴",
      "member.token_created": "API 토큰 생성",
      "member.token_revoked": "API 토큰 취소",
      "workspace.view_saved": "팀 보기 저장",
      "workspace.view_renamed": "팀 보기 이름 변경",
      "workspace.view_query_updated": "팀 보기 필터 업데이트",
      "workspace.view_deleted": "보기 삭제",
      "workspace.share_link_created": "공유 링크 생성",
      "workspace.share_link_revoked": "공유 링크 취소",
      "workspace.imported": "가져오기 적용",
      "workspace.webhook_created": "웹훅 추가",
      "workspace.webhook_updated": "웹훅 변경",
      "workspace.webhook_secret_rotated": "웹훅 시크릿 교체",
      "workspace.webhook_deleted": "웹훅 삭제",
      "workspace.webhook_disabled": "전송 실패로 웹훅 비활성화",
      "comment.added": "댓글 추가",
      "comment.edited": "댓글 편집",
      "comment.deleted": "댓글 삭제",
    },
    changeGroups: {
      item: "항목 생성·편집·보관·복원",
      status: "상태 기록·철회",
      citation: "인용 추가",
      relation: "관계 추가·삭제",
      discrepancy: "불일치 표시·해결",
      source: "출처 추가·편집",
      comment: "토론",
      member: "구성원",
      workspace: "워크스페이스, 팀 보기, 가져오기, 웹훅",
    },
    otherChange: "기타 변경",
    changeKinds: { policy_development: "정책 동향", correction: "정정" },
    roles: { owner: "소유자", analyst: "분석가", viewer: "열람자" },
    listSeparator: ", ",
    diff: {
      fields: {
        kind: "종류",
        title: "제목",
        summary: "요약",
        implementingJurisdictions: "시행 관할",
        affectedJurisdictions: "대상 관할",
        tags: "태그",
        status: "상태",
        effectiveOn: "발효일",
        announcedOn: "발표일",
        note: "메모",
        citations: "인용",
        citation: "인용",
        archived: "상태",
        relation: "관계",
        name: "이름",
        member: "구성원",
        role: "역할",
        owner: "소유자",
        language: "언어",
        email: "이메일",
        expiresAt: "만료",
        revokedAt: "취소",
        resolved: "해결",
        sources: "출처",
        titleNote: "제목 메모",
        publisher: "발행처",
        byline: "작성자",
        dateline: "발신지",
        publishedOn: "게시일",
        publishedNote: "게시일 메모",
        url: "주소",
        query: "필터",
        body: "댓글",
        address: "엔드포인트",
        format: "형식",
        eventTypes: "이벤트",
        description: "설명",
        enabled: "사용",
      },
      unknownSource: "알 수 없는 출처",
      itemGone: "목록에 없는 항목",
      unknownItem: "알 수 없는 항목",
      aSource: "출처",
      noSource: "출처 없음",
      archived: "보관됨",
      active: "활성",
      yes: "예",
      no: "아니요",
      citation: (excerpt, source) => `“${excerpt}” — ${source}`,
      relationLine: (relation, target, note) => `${relation} “${target}”${note ? `(${note})` : ""}`,
    },
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
