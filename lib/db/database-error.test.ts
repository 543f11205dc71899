import { describe, expect, it } from "vitest";
import { fromDatabaseError } from "./database-error";

/** What another bundle's copy of postgres.js throws: the same fields, another class, a minified name. */
class W extends Error {
  constructor(fields: Record<string, string>) {
    super(fields.message);
    Object.assign(this, fields);
  }
}

describe("fromDatabaseError", () => {
  it("maps our SQLSTATEs whatever copy of the driver threw them", () => {
    const raised = new W({ message: "Item was not found.", code: "PT404", severity: "ERROR", routine: "exec_stmt_raise" });
    expect(fromDatabaseError(raised)).toMatchObject({ kind: "not_found", message: "Item was not found." });
    const field = new W({ message: "Nope", code: "PT400", severity: "ERROR", routine: "exec_stmt_raise", column_name: "toItemId", hint: "Choose another item" });
    expect(fromDatabaseError(field)).toMatchObject({ kind: "invalid", details: { fields: { toItemId: ["Choose another item"] } } });
  });

  it("returns anything else as it is", () => {
    const other = new Error("boom");
    expect(fromDatabaseError(other)).toBe(other);
    expect(fromDatabaseError("text")).toBe("text");
  });
});
