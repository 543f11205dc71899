import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS, serverCommand } from "./server-command";

describe("the server's start command", () => {
  it("passes Node's flags before the script, from the repository and from the image's folder", () => {
    expect(serverCommand("start")).toEqual([process.execPath, ...SERVER_NODE_FLAGS, "--import", "tsx", "scripts/server.ts", "start"]);
    expect(serverCommand("start", "image")).toEqual([process.execPath, ...SERVER_NODE_FLAGS, "server.mjs", "start"]);
  });

  // The Dockerfile cannot import the list: this keeps the image's command from drifting away from it.
  it("is the container image's CMD", () => {
    const commands = readFileSync("Dockerfile", "utf8").match(/^CMD (\[.*\])$/gm) ?? [];
    expect(commands).toHaveLength(1);
    expect(JSON.parse(commands[0]!.slice("CMD ".length))).toEqual(["node", ...SERVER_NODE_FLAGS, "server.mjs", "start", "--migrate"]);
  });
});
