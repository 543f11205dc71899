import { useTranslations } from "next-intl";

/** The frame of a shared view's pages: the product's name and nothing of the workspace, no links, no sign-in. */
export function ShareShell({ children }: { children: React.ReactNode }) {
  const t = useTranslations("views.shared");
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3">
          <span className="font-semibold text-blue-800">Policy Tracker</span>
          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("badge")}</span>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
