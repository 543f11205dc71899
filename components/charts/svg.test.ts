import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { drawableText, el, serializeSvg } from "./svg";
import { SvgView } from "./svg-view";

describe("serializeSvg", () => {
  it("writes a standalone file: namespace, escaped text and attributes, coordinates to a tenth", () => {
    const svg = serializeSvg(
      el("svg", { viewBox: "0 0 10 10", width: 10 }, el("title", {}, "Tom & Jerry <3"), el("rect", { x: 1.234567, y: 0, fill: "url(#a)", stroke: undefined, hidden: false }), null, [el("text", { "aria-label": 'say "hi"' }, "輸出規制")]),
    );
    expect(svg).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10"><title>Tom &amp; Jerry &lt;3</title><rect x="1.2" y="0" fill="url(#a)"/><text aria-label="say &quot;hi&quot;">輸出規制</text></svg>\n',
    );
  });

  it("drops characters XML cannot hold, keeping the rest of a title", () => {
    expect(drawableText("bell\u0007 tab\t nul\u0000 lone\ud800 pair😀 end\uffff")).toBe("bell tab\t nul lone pair😀 end");
    expect(serializeSvg(el("svg", { "aria-label": "a\u0001b" }, "c\u001fd"))).toContain('<svg xmlns="http://www.w3.org/2000/svg" aria-label="ab">cd</svg>');
  });
});

describe("SvgView", () => {
  it("puts a drawing in a page as markup whose text cannot end the drawing or add an element (titles are people's)", () => {
    const hostile = '</svg><script>alert(1)</script><img src=x onerror=alert(2)> & "quoted" \u0000';
    const drawing = el(
      "svg",
      { viewBox: "0 0 10 10", class: "w-full", "stroke-width": 2, "aria-label": hostile },
      el("title", {}, hostile),
      el("a", { href: `/w/x/items/${hostile}` }, el("text", { x: 1.26 }, hostile)),
    );
    const html = renderToStaticMarkup(createElement(SvgView, { drawing }));
    expect(html).not.toMatch(/<script|<img|\u0000/);
    expect(html.match(/<svg[ >]/g)).toHaveLength(1);
    expect(html.match(/<\/svg>/g)).toHaveLength(1);
    expect(html.endsWith("</svg>")).toBe(true);
    const escaped = "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; ";
    expect(html).toContain(`<title>${escaped}"quoted" </title>`);
    expect(html).toContain(`<a href="/w/x/items/${escaped}&quot;quoted&quot; "><text x="1.3">`);
    // The root is React's element, with React's names for SVG's attributes.
    expect(html).toMatch(/^<svg viewBox="0 0 10 10" class="w-full" stroke-width="2" aria-label="&lt;\/svg&gt;/);
  });
});

