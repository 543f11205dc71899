import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FieldErrors } from "@/lib/errors";

/**
 * What a page shows for tracker filters in its address that are not valid (an edited address, an old link): why, and
 * the way to the page without them.
 */
export async function BadFilters({ errors, href }: { errors: FieldErrors; href: string }) {
  const t = await getTranslations("query.badFilters");
  const problems = Object.values(errors).flat();
  return (
    <div role="alert" className="mt-4 rounded border border-red-200 bg-red-50 p-4 text-red-900">
      <p>{problems.length ? t("why", { problems: problems.join("; ") }) : t("none")}</p>
      <Link href={href} className="mt-2 inline-block font-medium underline">
        {t("showAll")}
      </Link>
    </div>
  );
}
