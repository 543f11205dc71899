import { Prisma } from "@/lib/generated/prisma/client";
import { readRows, type RowReader } from "./read-sql";

export type HistoryProtection = { role: string; superuser: boolean; canRewrite: boolean };

/**
 * Whether the role the app connects as could change or delete history records: a superuser, the tables' owner, or a
 * role granted UPDATE, DELETE or TRUNCATE on "ChangeRecord" could (docs/decisions/010). `npm run dev`/`npm start` warn
 * about it; the Integrity page shows it to owners.
 */
export async function historyProtection(read: RowReader = readRows): Promise<HistoryProtection> {
  const [row] = await read<HistoryProtection>(Prisma.sql`
    SELECT current_user AS role, r.rolsuper AS superuser,
           r.rolsuper OR pg_has_role(c.relowner, 'MEMBER') OR has_table_privilege('"ChangeRecord"', 'UPDATE')
             OR has_table_privilege('"ChangeRecord"', 'DELETE') OR has_table_privilege('"ChangeRecord"', 'TRUNCATE') AS "canRewrite"
    FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = '"ChangeRecord"'::regclass`);
  return row ?? { role: "unknown", superuser: false, canRewrite: true };
}
