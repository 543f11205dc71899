"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { inputClass, primaryButtonClass } from "@/components/forms/styles";

type Parameter = { name: string; in: "path" | "query"; required: boolean };
type Props = { method: string; path: string; parameters: Parameter[]; exampleBody: string | null };

const TOKEN_KEY = "policy-tracker-api-token";
const noSubscription = () => () => {};

/**
 * Sends one request from the reference page: with the API token typed here (kept in this tab only), or else with the
 * browser's own session. Shows the status and the answer.
 */
export function TryOperation({ method, path, parameters, exampleBody }: Props) {
  const id = useId();
  const [answer, setAnswer] = useState<{ status: number; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  // The token typed in any form of the page, kept for the tab; the server renders it empty.
  const stored = useSyncExternalStore(noSubscription, () => sessionStorage.getItem(TOKEN_KEY) ?? "", () => "");
  const [typed, setTyped] = useState<string | null>(null);
  const token = typed ?? stored;

  async function send(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const bearer = token.trim();
    if (bearer) sessionStorage.setItem(TOKEN_KEY, bearer);
    let url = path;
    const query = new URLSearchParams();
    for (const p of parameters) {
      const value = String(data.get(p.name) ?? "");
      if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(value));
      else if (value) query.set(p.name, value);
    }
    const headers: Record<string, string> = {};
    if (bearer) headers.authorization = `Bearer ${bearer}`;
    const body = exampleBody === null ? undefined : String(data.get("body") ?? "");
    if (body !== undefined) headers["content-type"] = "application/json";
    setPending(true);
    try {
      const response = await fetch(`${url}${query.size ? `?${query}` : ""}`, { method, headers, body });
      const text = await response.text();
      let shown = text;
      try {
        shown = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // Not JSON (a CSV download): shown as it came.
      }
      setAnswer({ status: response.status, text: shown.slice(0, 20_000) });
    } catch {
      setAnswer({ status: 0, text: "The server could not be reached." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={send} className="space-y-3" aria-label={`Try ${method} ${path}`}>
      <div>
        <label htmlFor={`${id}-token`} className="block text-sm font-medium">
          API token <span className="font-normal text-slate-600">(optional: without one, your browser&apos;s session is used)</span>
        </label>
        <input
          id={`${id}-token`}
          type="password"
          autoComplete="off"
          value={token}
          onChange={(event) => setTyped(event.target.value)}
          className={inputClass}
        />
      </div>
      {parameters.map((p) => (
        <div key={`${p.in}-${p.name}`}>
          <label htmlFor={`${id}-${p.name}`} className="block text-sm font-medium">
            <code>{p.name}</code> <span className="font-normal text-slate-600">({p.in}{p.required ? ", required" : ""})</span>
          </label>
          <input id={`${id}-${p.name}`} name={p.name} required={p.required} className={inputClass} />
        </div>
      ))}
      {exampleBody !== null && (
        <div>
          <label htmlFor={`${id}-body`} className="block text-sm font-medium">
            Body (JSON)
          </label>
          <textarea id={`${id}-body`} name="body" rows={6} defaultValue={exampleBody} className={`${inputClass} font-mono`} />
        </div>
      )}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Sending…" : "Send request"}
      </button>
      <div aria-live="polite">
        {answer && (
          <div className="mt-2">
            <p className="text-sm font-medium">Answer: {answer.status || "no answer"}</p>
            <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">{answer.text}</pre>
          </div>
        )}
      </div>
    </form>
  );
}
