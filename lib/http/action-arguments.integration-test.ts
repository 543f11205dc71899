import { describe, expect, it } from "vitest";
import { unsubscribeAction } from "@/app/unsubscribe/[token]/actions";
import { authorize } from "@/lib/workspaces/authorize";
import { createInvite } from "@/lib/workspaces/create-invite";
import { signUpWithInvite } from "@/lib/workspaces/sign-up-with-invite";
import { createTeam } from "@/tests/factories";

// A server action's arguments are whatever the browser posted with its Next-Action header, whatever the types say:
// each of these was an internal error (a TypeError, a query with undefined or a boolean for text) before.
describe("server actions' arguments of the wrong type", () => {
  it("name no workspace when the slug is not text", async () => {
    const team = await createTeam();
    for (const slug of [undefined, null, true, 1, [team.slug], { slug: team.slug }]) {
      await expect(authorize(team.owner, slug as never, "workspace.read"), JSON.stringify(slug)).rejects.toMatchObject({ kind: "not_found" });
      await expect(createInvite(team.owner, slug as never, { role: "viewer" }), JSON.stringify(slug)).rejects.toMatchObject({ kind: "not_found" });
    }
  });

  it("name no unsubscribe link or invite when the token is not text", async () => {
    for (const token of [{ token: "abc.def" }, 123, null, undefined, ["abc", "def"]]) {
      expect(await unsubscribeAction(token as never), JSON.stringify(token)).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    for (const input of [null, undefined, 1, "token", []]) {
      await expect(signUpWithInvite(input as never), JSON.stringify(input)).rejects.toMatchObject({ kind: "not_found" });
    }
  });
});
