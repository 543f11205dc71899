import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { updateLocale } from "./update-locale";

const localeOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } })).locale;

describe("choosing the interface language", () => {
  it("stores one of the interface's languages, and null to follow the browser again", async () => {
    const user = await createUser();
    expect(await localeOf(user.userId)).toBeNull();
    expect(await updateLocale(user, { locale: "ja" })).toEqual({ locale: "ja" });
    expect(await localeOf(user.userId)).toBe("ja");
    expect(await updateLocale(user, { locale: "ko" })).toEqual({ locale: "ko" });
    expect(await updateLocale(user, { locale: null })).toEqual({ locale: null });
    expect(await localeOf(user.userId)).toBeNull();
  });

  it("refuses a language the interface does not have, with a field message, and changes nothing", async () => {
    const user = await createUser();
    await updateLocale(user, { locale: "ko" });
    for (const locale of ["fr", "JA", "ja-JP", "", "ja\u0000", undefined, 1]) {
      await expect(updateLocale(user, { locale } as never)).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["locale"] })] });
    }
    expect(await localeOf(user.userId)).toBe("ko");
  });

  it("is the person's own setting: an API token cannot change it, and it changes nobody else's", async () => {
    const [user, other] = await Promise.all([createUser(), createUser()]);
    const token = { ...user, token: { id: "t", workspaceId: "w", scope: "read" } } as never;
    await expect(updateLocale(token, { locale: "ja" })).rejects.toMatchObject({ kind: "forbidden" });
    await updateLocale(user, { locale: "ja" });
    expect(await localeOf(user.userId)).toBe("ja");
    expect(await localeOf(other.userId)).toBeNull();
  });
});
