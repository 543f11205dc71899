"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useWords } from "@/lib/i18n/use-words";
import type { Role } from "@/lib/generated/prisma/enums";

type Workspace = { slug: string; name: string; role: Role };

/**
 * The header's workspace menu: every workspace the person belongs to, and a way to make a new one. A native
 * disclosure, so it works before JavaScript loads; it closes on Escape and after navigating.
 */
export function WorkspaceSwitcher({ current, workspaces }: { current: Workspace | undefined; workspaces: Workspace[] }) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);
  const t = useTranslations("common");
  const words = useWords();

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key !== "Escape" || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  }

  return (
    <details key={pathname} ref={details} onKeyDown={onKeyDown} className="relative">
      <summary className="cursor-pointer list-none rounded px-2 py-1 text-sm text-slate-800 hover:bg-slate-100">
        <span className="sr-only">{t("workspaceSwitcher.label")}</span>
        {current?.name ?? t("workspaceSwitcher.workspaces")}
        <span aria-hidden="true" className="ml-1 text-slate-600">▾</span>
      </summary>
      <div className="absolute left-0 z-20 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
        <ul aria-label={t("workspaceSwitcher.yours")}>
          {workspaces.map((w) => (
            <li key={w.slug}>
              <Link
                href={`/w/${w.slug}`}
                aria-current={w.slug === current?.slug ? "true" : undefined}
                className="flex items-baseline justify-between gap-3 px-3 py-2 text-sm hover:bg-slate-50 aria-[current=true]:font-semibold"
              >
                <span>{w.name}</span>
                <span className="text-xs text-slate-600">{words.role(w.role)}</span>
              </Link>
            </li>
          ))}
        </ul>
        <div className="mt-1 border-t border-slate-100 pt-1">
          <Link href="/workspaces/new" className="block px-3 py-2 text-sm text-blue-800 hover:bg-slate-50">
            {t("workspaceSwitcher.new")}
          </Link>
        </div>
      </div>
    </details>
  );
}
