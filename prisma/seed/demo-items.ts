import type { ItemKind, RelationType } from "@/lib/generated/prisma/enums";

/** The two seed articles, by the id in their front matter. */
export const AP = "ap-2023-03-17-yoon-keidanren";
export const SEOUL = "seoul-japan-tech-cooperation-2023-05";

type SeedCitation = { source: typeof AP | typeof SEOUL; excerpt: string };

export type SeedEvent = {
  status: string;
  effectiveOn: string;
  announcedOn?: string;
  note?: string;
  reason: string;
  citations: SeedCitation[];
};

type SeedItem = {
  key: string;
  kind: ItemKind;
  title: string;
  summary: string;
  implementingJurisdictions: string[];
  affectedJurisdictions: string[];
  tags: string[];
  events: SeedEvent[];
};

// Sentences quoted exactly as the articles print them (curly quotes and all); seeding fails if one is not found.
const AP_LIFT_AND_WITHDRAW =
  "During Yoon’s visit, Japan’s first official bilateral summit in 12 years, Seoul announced the withdrawal of its complaint to the International Labor Organization over Japan’s alleged unfair trade practices, while Tokyo said that it would lift export controls on technology goods crucial to the production of computer chips, imposed in 2019, on shipments to South Korea.";
const SEOUL_2019 =
  "In 2019, Japan strengthened its export controls on materials required by South Korean companies, causing South Korea to file a complaint with the World Trade Organization.";
const SEOUL_STATUS_LOWERED = "As a result, the two countries each lowered the other’s trade status and diplomatic ties regressed.";
const SEOUL_MARCH =
  "Yoon and Kishida, however, met in March, and South Korea has since withdrawn its complaint while Japan has removed the export controls.";
const SEOUL_WHITE_LISTS =
  "Moreover, South Korea has restored Japan to its list of preferred trading partners and Japan will likely be following in South Korea’s footsteps to do the same.";

export const DEMO_ITEMS: SeedItem[] = [
  {
    key: "export-controls",
    kind: "export_control",
    title: "Japan's 2019 export controls on chip materials to South Korea",
    summary:
      "Japan tightened export controls on materials South Korean chipmakers depend on in 2019; at the March 2023 summit Tokyo said it would lift them.",
    implementingJurisdictions: ["JP"],
    affectedJurisdictions: ["KR"],
    tags: ["semiconductors", "export controls"],
    events: [
      {
        status: "in_force",
        effectiveOn: "2019",
        reason: "Seed: both articles date the controls to 2019.",
        citations: [
          { source: SEOUL, excerpt: SEOUL_2019 },
          { source: AP, excerpt: AP_LIFT_AND_WITHDRAW },
        ],
      },
      {
        status: "lifted",
        effectiveOn: "2023-05",
        announcedOn: "2023-03",
        note: "Lifting announced at the March 2023 summit; reported as removed by May 2023.",
        reason: "Seed: the AP reports the announcement in March 2023; the May 2023 article reports the controls removed.",
        citations: [
          { source: AP, excerpt: AP_LIFT_AND_WITHDRAW },
          { source: SEOUL, excerpt: SEOUL_MARCH },
        ],
      },
    ],
  },
  {
    key: "complaint",
    kind: "trade_dispute",
    title: "South Korea's complaint over Japan's export controls",
    summary:
      "South Korea's 2019 complaint against Japan's export controls, withdrawn in March 2023. The articles disagree on the forum: the AP names the International Labor Organization, the May 2023 article the World Trade Organization.",
    implementingJurisdictions: ["KR"],
    affectedJurisdictions: ["JP"],
    tags: ["semiconductors", "export controls", "WTO"],
    events: [
      {
        status: "filed",
        effectiveOn: "2019",
        reason: "Seed: the May 2023 article says the complaint followed the 2019 controls.",
        citations: [{ source: SEOUL, excerpt: SEOUL_2019 }],
      },
      {
        status: "withdrawn",
        effectiveOn: "2023-03",
        note: "Seoul announced the withdrawal during Yoon's March 2023 visit to Tokyo.",
        reason: "Seed: both articles report the withdrawal around the March 2023 summit.",
        citations: [
          { source: AP, excerpt: AP_LIFT_AND_WITHDRAW },
          { source: SEOUL, excerpt: SEOUL_MARCH },
        ],
      },
    ],
  },
  {
    key: "korea-lists-japan",
    kind: "preferred_trader_listing",
    title: "Japan on South Korea's list of preferred trading partners",
    summary: "South Korea removed Japan from its preferred trading partners (white list) in 2019 and had restored it by May 2023.",
    implementingJurisdictions: ["KR"],
    affectedJurisdictions: ["JP"],
    tags: ["white list"],
    events: [
      {
        status: "delisted",
        effectiveOn: "2019",
        reason: "Seed: each country lowered the other's trade status after the 2019 controls.",
        citations: [{ source: SEOUL, excerpt: SEOUL_STATUS_LOWERED }],
      },
      {
        status: "listed",
        effectiveOn: "2023-05",
        note: "Restored by May 2023.",
        reason: "Seed: the May 2023 article reports Japan restored to South Korea's list.",
        citations: [{ source: SEOUL, excerpt: SEOUL_WHITE_LISTS }],
      },
    ],
  },
  {
    key: "japan-lists-korea",
    kind: "preferred_trader_listing",
    title: "South Korea on Japan's list of preferred trading partners",
    summary: "Japan removed South Korea from its preferred trading partners (white list) in 2019; as of May 2023 restoration was expected.",
    implementingJurisdictions: ["JP"],
    affectedJurisdictions: ["KR"],
    tags: ["white list"],
    events: [
      {
        status: "delisted",
        effectiveOn: "2019",
        reason: "Seed: each country lowered the other's trade status after the 2019 controls.",
        citations: [{ source: SEOUL, excerpt: SEOUL_STATUS_LOWERED }],
      },
      {
        status: "relisting_expected",
        effectiveOn: "2023-05",
        note: "Expected, not yet announced, as of May 2023.",
        reason: "Seed: the May 2023 article expects Japan to follow South Korea in restoring the listing.",
        citations: [{ source: SEOUL, excerpt: SEOUL_WHITE_LISTS }],
      },
    ],
  },
  {
    key: "future-tech",
    kind: "cooperation_initiative",
    title: "Cooperation in future technology industries",
    summary: "Yoon's call for cooperation in digital transformation, semiconductors, batteries and electric cars.",
    implementingJurisdictions: ["KR", "JP"],
    affectedJurisdictions: [],
    tags: ["semiconductors", "batteries", "electric vehicles", "digital"],
    events: [
      {
        status: "proposed",
        effectiveOn: "2023-03-17",
        reason: "Seed: Yoon proposed it at the business roundtable in Tokyo on 17 March 2023.",
        citations: [
          {
            source: AP,
            excerpt:
              "“I think there is a lot of room for cooperation between the two countries in future new technology industries such as digital transformation, semiconductors, batteries and electric cars,” Yoon said during a briefing.",
          },
        ],
      },
    ],
  },
  {
    key: "supply-chain",
    kind: "cooperation_initiative",
    title: "Supply-chain cooperation: Korean manufacturing with Japanese materials, components and equipment",
    summary: "Yoon's call for complementary cooperation between Korean manufacturers and Japanese suppliers, for more resilient supply chains.",
    implementingJurisdictions: ["KR", "JP"],
    affectedJurisdictions: [],
    tags: ["supply chains", "semiconductors"],
    events: [
      {
        status: "proposed",
        effectiveOn: "2023-05-15",
        reason: "Seed: Yoon proposed it to Japanese business leaders in Seoul on 15 May 2023.",
        citations: [
          {
            source: SEOUL,
            excerpt:
              "“Mutually complementary cooperation is possible between South Korean companies, which possess excellent manufacturing technologies, and Japanese companies, which are highly competitive in materials, components and equipment,” Yoon stated at the meeting.",
          },
          {
            source: SEOUL,
            excerpt: "Focusing on the potential for business cooperation, Yoon referenced building more resilient supply chains as a key element in broader efforts to improve relations.",
          },
        ],
      },
    ],
  },
  {
    key: "tech-climate-security",
    kind: "cooperation_initiative",
    title: "Cooperation on advanced technology, climate change and economic security",
    summary: "Yoon's call, in Tokyo in March 2023, for closer South Korea–Japan collaboration on advanced technology, climate change and economic security.",
    implementingJurisdictions: ["KR", "JP"],
    affectedJurisdictions: [],
    tags: ["climate", "economic security"],
    events: [
      {
        status: "proposed",
        effectiveOn: "2023-03-17",
        reason: "Seed: the AP reports Yoon's call on Friday 17 March 2023.",
        citations: [
          {
            source: AP,
            excerpt:
              "TOKYO (AP) — South Korea and Japan should collaborate more on advanced technology, climate change and economic security, South Korean President Yoon Suk Yeol said Friday, looking to the future after Tokyo and Seoul agreed to put the grudges on commercial and historical issues.",
          },
        ],
      },
    ],
  },
];

export const DEMO_RELATIONS: { from: string; type: RelationType; to: string; note: string }[] = [
  { from: "export-controls", type: "disputed_in", to: "complaint", note: "South Korea's complaint challenged the 2019 controls." },
  { from: "korea-lists-japan", type: "related_to", to: "export-controls", note: "Lowered “as a result” of the 2019 controls." },
  { from: "japan-lists-korea", type: "related_to", to: "export-controls", note: "Lowered “as a result” of the 2019 controls." },
];

/** The articles disagree on where the complaint was filed. */
export const DEMO_DISCREPANCY: { item: string; a: SeedCitation; b: SeedCitation; note: string } = {
  item: "complaint",
  a: { source: AP, excerpt: AP_LIFT_AND_WITHDRAW },
  b: { source: SEOUL, excerpt: SEOUL_2019 },
  note: "The AP names the International Labor Organization as the forum of South Korea's complaint; the May 2023 article names the World Trade Organization (the complaint filed in 2019 was at the WTO).",
};
