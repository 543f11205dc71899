import { createElement, type ReactNode } from "react";
import { drawableText, round, type SvgAttrs, type SvgNode } from "./svg";

// SVG's attribute names as React spells them: "stroke-width" → strokeWidth, "class" → className; aria-* and data-*
// keep their hyphens.
function propName(name: string): string {
  if (name === "class") return "className";
  if (name.startsWith("aria-") || name.startsWith("data-")) return name;
  return name.replace(/[-:]([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function props(attrs: SvgAttrs, key: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = key === undefined ? {} : { key };
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    out[propName(name)] = typeof value === "number" ? round(value) : value;
  }
  return out;
}

function toReact(node: SvgNode, key?: string): ReactNode {
  const children = node.children.map((child, index) => (typeof child === "string" ? drawableText(child) : toReact(child, String(index))));
  return createElement(node.tag, props(node.attrs, key), ...children);
}

/** A drawing (svg.ts) inside a page: the same elements and attributes as its exported file. */
export function SvgView({ drawing }: { drawing: SvgNode }) {
  return toReact(drawing);
}
