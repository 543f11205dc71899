import type { Random } from "./random";

const COUNTRIES = ["Japan", "South Korea", "China", "the United States", "the European Union", "India", "Vietnam", "Taiwan", "Germany", "Australia", "Canada", "Mexico", "Brazil", "Indonesia", "the United Kingdom"];
const GOODS = ["semiconductor materials", "fluorinated polyimide", "hydrogen fluoride", "photoresists", "lithium-ion batteries", "rare earth magnets", "electric vehicles", "steel products", "solar panels", "machine tools", "graphite anodes", "gallium", "germanium", "advanced chips", "lithography equipment"];
const VERBS = ["announced", "tightened", "eased", "lifted", "extended", "reviewed", "suspended", "proposed", "confirmed", "challenged"];
const MEASURES = ["export controls", "licensing requirements", "tariffs", "anti-dumping duties", "investment screening rules", "a preferential trade listing", "import quotas", "a cooperation framework", "a dispute settlement request", "subsidy rules"];
const CONTEXT = ["after months of negotiation", "citing national security", "amid supply-chain concerns", "following a ministerial meeting", "ahead of a bilateral summit", "in response to industry pressure", "despite objections from trading partners", "under a new regulatory framework"];

const JA = ["経済産業省は", "韓国向けの", "半導体材料の", "輸出管理を", "見直すと発表した", "フッ化水素の", "供給網について", "両国政府は", "協議を続けている", "ホワイト国の指定を", "復活させる方針だ", "企業関係者によると", "影響は限定的だという"];
const KO = ["산업통상자원부는", "일본의", "반도체 소재", "수출 규제를", "해제했다고", "밝혔다", "화이트리스트", "복원을", "추진하고 있다", "양국 정부는", "공급망 협력을", "강화하기로", "합의했다"];

export type Language = "en" | "ja" | "ko";

/** One sentence of plausible trade-policy prose in the given language. */
export function sentence(random: Random, language: Language): string {
  if (language === "ja") return `${random.some(JA, random.int(4, 7)).join("")}。`;
  if (language === "ko") return `${random.some(KO, random.int(4, 7)).join(" ")}.`;
  return `${random.pick(COUNTRIES)} ${random.pick(VERBS)} ${random.pick(MEASURES)} on ${random.pick(GOODS)} ${random.pick(CONTEXT)}, officials said on ${random.pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])}.`;
}

/** An article: its text and where each sentence stands in it, for exact citations. */
export function article(random: Random, language: Language): { title: string; body: string; sentences: { start: number; end: number }[] } {
  const sentences: { start: number; end: number }[] = [];
  let body = "";
  const paragraphs = random.int(5, 12);
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0) body += "\n\n";
    const count = random.int(3, 6);
    for (let s = 0; s < count; s++) {
      if (s > 0) body += language === "en" ? " " : language === "ko" ? " " : "";
      const text = sentence(random, language);
      sentences.push({ start: body.length, end: body.length + text.length });
      body += text;
    }
  }
  const title = language === "en" ? `${random.pick(COUNTRIES)} ${random.pick(VERBS)} ${random.pick(MEASURES)} on ${random.pick(GOODS)}` : sentence(random, language).slice(0, 40);
  return { title, body, sentences };
}

export const BENCH_GOODS = GOODS;
export const BENCH_MEASURES = MEASURES;
export const BENCH_JURISDICTIONS = ["JP", "KR", "CN", "US", "EU", "IN", "VN", "TW", "DE", "AU", "CA", "MX", "BR", "ID", "GB", "FR", "IT", "NL", "SG", "MY", "TH", "PH", "TR", "SA", "AE", "ZA", "RU", "UA", "PL", "SE"];
export const BENCH_TAGS = ["semiconductors", "batteries", "critical minerals", "steel", "solar", "ev", "national security", "white list", "wto", "sanctions", "dual use", "supply chains", "tariffs", "investment screening", "subsidies"];
