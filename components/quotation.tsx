import type { ReactNode } from "react";

/** A quoted excerpt in its source's language, with a caption naming the source (an item's statuses, a shared view). */
export function Quotation({ excerpt, language, children }: { excerpt: string; language: string; children: ReactNode }) {
  return (
    <figure className="rounded border-l-4 border-slate-300 bg-white px-3 py-2 text-sm">
      <blockquote lang={language} className="break-words whitespace-pre-line text-slate-900">
        {excerpt}
      </blockquote>
      <figcaption className="mt-1 text-slate-600">— {children}</figcaption>
    </figure>
  );
}
