/**
 * A drawing as a small tree of SVG elements, built once and output two ways: inside a page (svg-view.tsx) and as a
 * standalone SVG file for exports (serializeSvg). Attributes use SVG's own names
 * ("stroke-width"); colours and fonts are attributes, never CSS classes, so the file looks the same outside the app.
 */
export type SvgAttrs = Record<string, string | number | boolean | null | undefined>;
export type SvgNode = { tag: string; attrs: SvgAttrs; children: SvgChild[] };
export type SvgChild = SvgNode | string;
type ChildInput = SvgChild | null | undefined | false | ChildInput[];

export function el(tag: string, attrs: SvgAttrs = {}, ...children: ChildInput[]): SvgNode {
  const flat: SvgChild[] = [];
  const add = (child: ChildInput) => {
    if (Array.isArray(child)) child.forEach(add);
    else if (child !== null && child !== undefined && child !== false) flat.push(child);
  };
  children.forEach(add);
  return { tag, attrs, children: flat };
}

/** The font stack of every drawing: the app's, ending with the CJK fonts PNG exports are drawn with. */
export const FONT_FAMILY = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans JP", "Noto Sans KR", sans-serif';

/** Coordinates to a tenth of a pixel: enough for a drawing, and a smaller file. */
export const round = (value: number) => Math.round(value * 10) / 10;

// Characters XML 1.0 does not allow (control characters, unpaired surrogates, U+FFFE/U+FFFF): a title holding one
// would make the file unreadable, so they are dropped. With the `u` flag a well-formed pair is one code point and stays.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Text as it may appear in a drawing. */
export function drawableText(text: string): string {
  return text.replace(NOT_XML, "");
}

function escape(text: string, attribute: boolean): string {
  const safe = drawableText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return attribute ? safe.replace(/"/g, "&quot;") : safe;
}

function attributeValue(value: string | number | boolean): string {
  return typeof value === "number" ? String(round(value)) : String(value);
}

/** Markup for a node, with its text and attribute values escaped. */
export function serialize(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string | number | true] => entry[1] !== null && entry[1] !== undefined && entry[1] !== false)
    .map(([name, value]) => ` ${name}="${escape(attributeValue(value), true)}"`)
    .join("");
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${innerMarkup(node)}</${node.tag}>`;
}

/** Markup for what a node holds (what a page puts inside the drawing's root element: svg-view.tsx). */
export function innerMarkup(node: SvgNode): string {
  return node.children.map((child) => (typeof child === "string" ? escape(child, false) : serialize(child))).join("");
}

/** A standalone SVG file: the drawing with its namespace, readable by any viewer and by the PNG renderer. */
export function serializeSvg(root: SvgNode): string {
  const withNamespace = { ...root, attrs: { xmlns: "http://www.w3.org/2000/svg", ...root.attrs } };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(withNamespace)}\n`;
}
