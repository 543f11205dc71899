import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("app.notFound");
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">
        {t.rich("body", { link: (chunks) => <Link href="/" className="text-blue-800 underline">{chunks}</Link> })}
      </p>
    </main>
  );
}
