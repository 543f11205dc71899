"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/** The header search: "/" focuses it from anywhere on the page (unless you are typing in a field). */
export function SearchBox({ slug, defaultValue = "" }: { slug: string; defaultValue?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const t = useTranslations("common.search");
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        input.current?.focus();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form role="search" method="get" action={`/w/${slug}/search`} className="flex min-w-0 basis-full items-center md:basis-auto">
      <label htmlFor="header-search" className="sr-only">{t("label")}</label>
      <input
        ref={input}
        id="header-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("placeholder")}
        aria-keyshortcuts="/"
        className="w-full min-w-0 rounded border border-slate-300 px-2 py-1 text-sm md:w-56"
      />
    </form>
  );
}
