import { describe, expect, it } from "vitest";
import { drawableText, el, serializeSvg } from "./svg";

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
