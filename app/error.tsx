"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useCallback, useEffect, useState } from "react";

/** How often the page asks whether the database is back, while it is away. */
const RECHECK_MS = 2_000;

/** Whether the app's database is unreachable just now, as GET /api/health tells (null: the health check itself failed). */
async function databaseDown(): Promise<boolean | null> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    return response.status === 503;
  } catch {
    return null;
  }
}

/**
 * A page that could not be shown. The error's message is hidden in production, so the page asks the health endpoint
 * whether the database is briefly away (docs/decisions/016): then it says so and shows the page again by itself once the
 * database is back.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [outage, setOutage] = useState(false);
  const router = useRouter();
  const t = useTranslations("common.error");
  // The page's server part rendered again (reset alone re-renders only what the browser holds).
  const retry = useCallback(
    () =>
      startTransition(() => {
        router.refresh();
        reset();
      }),
    [router, reset],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const check = async (waiting: boolean) => {
      const down = await databaseDown();
      if (cancelled) return;
      if (down) {
        setOutage(true);
        timer = setTimeout(() => void check(true), RECHECK_MS);
      } else if (waiting && down === false) {
        retry();
      }
    };
    void check(false);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [retry]);

  if (outage) {
    return (
      <main id="main" className="mx-auto max-w-xl p-8">
        <h1 className="text-2xl font-semibold">{t("outageTitle")}</h1>
        <p className="mt-2 text-slate-700" role="status">
          {t("outage")}
        </p>
        <div className="mt-4 flex gap-3">
          <button type="button" onClick={retry} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">{t("tryNow")}</button>
        </div>
      </main>
    );
  }
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">
        {error.digest
          ? t.rich("bodyWithReference", { reference: error.digest, code: (chunks) => <code className="rounded bg-slate-100 px-1">{chunks}</code> })
          : t("body")}
      </p>
      <div className="mt-4 flex gap-3">
        <button type="button" onClick={retry} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">{t("tryAgain")}</button>
        <Link href="/" className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100">{t("home")}</Link>
      </div>
    </main>
  );
}
