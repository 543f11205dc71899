"use client";

import { useRouter } from "next/navigation";

type Props = Omit<React.FormHTMLAttributes<HTMLFormElement>, "method" | "onSubmit"> & {
  action: string;
  /** Values that are the page's defaults, left out of the address like empty fields ("sort" → "updated"). */
  defaults?: Record<string, string>;
};

/**
 * A filter form whose address carries only what is set: empty fields and defaults are left out, and a repeated field
 * (checkboxes) becomes one comma-separated parameter. Without JavaScript it is a plain GET form, which works the same.
 */
export function CleanGetForm({ action, defaults = {}, children, ...props }: Props) {
  const router = useRouter();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new Map<string, string[]>();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim()) values.set(name, [...(values.get(name) ?? []), value.trim()]);
    }
    const params = new URLSearchParams();
    const sameSet = (a: string, b: string) => a.split(",").sort().join(",") === b.split(",").sort().join(",");
    for (const [name, list] of values) {
      const value = list.join(",");
      if (defaults[name] === undefined || !sameSet(value, defaults[name])) params.set(name, value);
    }
    router.push(params.size ? `${action}?${params}` : action);
  }
  return (
    <form {...props} method="get" action={action} onSubmit={onSubmit}>
      {children}
    </form>
  );
}
