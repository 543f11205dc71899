import { createElement } from "react";
import { drawableText, innerMarkup, round, type SvgAttrs, type SvgNode } from "./svg";

// SVG's attribute names as React spells them: "stroke-width" → strokeWidth, "class" → className; aria-* and data-*
// keep their hyphens.
function propName(name: string): string {
  if (name === "class") return "className";
  if (name.startsWith("aria-") || name.startsWith("data-")) return name;
  return name.replace(/[-:]([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function props(attrs: SvgAttrs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    // As the markup inside it does (svg.ts): a character XML cannot hold is dropped, here from the root's attributes.
    out[propName(name)] = typeof value === "number" ? round(value) : typeof value === "string" ? drawableText(value) : value;
  }
  return out;
}

/**
 * A drawing (svg.ts) inside a page: the same elements and attributes as its exported file. The root is an element;
 * what it holds travels as one string of markup rather than as an element per shape, which a page's payload carries
 * (and React serialises, renders and hydrates) far more cheaply than a tree of hundreds of elements.
 */
export function SvgView({ drawing }: { drawing: SvgNode }) {
  return createElement(drawing.tag, { ...props(drawing.attrs), dangerouslySetInnerHTML: { __html: innerMarkup(drawing) } });
}
