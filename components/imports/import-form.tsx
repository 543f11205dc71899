"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import type { ImportReport } from "@/lib/imports/import-items";

type Kind = "items" | "sources";
type Progress = { label: string; done: number; total: number } | null;
type Failure = { message: string; fields?: Record<string, string[]> };

const ACTION_LABEL = { create: "New", update: "Changes", unchanged: "Unchanged", error: "Problem" } as const;
const SHOWN_ROWS = 300;

/** "1 row", "2 rows". */
const count = (n: number, singular: string, plural = `${singular}s`) => `${n.toLocaleString("en")} ${n === 1 ? singular : plural}`;

/**
 * Sends the file to the import endpoint and follows its progress: the upload's bytes, then the server's NDJSON
 * progress lines, then its report. An XMLHttpRequest rather than fetch, because only it reports upload progress.
 */
function send(url: string, file: File, onProgress: (p: Progress) => void): Promise<{ result?: ImportReport; error?: Failure }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", file.type || (file.name.endsWith(".json") ? "application/json" : "text/csv"));
    xhr.setRequestHeader("accept", "application/x-ndjson");
    let read = 0;
    let outcome: { result?: ImportReport; error?: Failure } = {};
    const consume = () => {
      const text = xhr.responseText;
      let end = text.indexOf("\n", read);
      while (end >= 0) {
        const line = JSON.parse(text.slice(read, end)) as { progress?: { phase: string; done: number; total: number }; result?: ImportReport; error?: Failure };
        if (line.progress) onProgress({ label: line.progress.phase === "applying" ? "Writing" : "Checking rows", done: line.progress.done, total: line.progress.total });
        if (line.result) outcome = { result: line.result };
        if (line.error) outcome = { error: line.error };
        read = end + 1;
        end = text.indexOf("\n", read);
      }
    };
    xhr.upload.onprogress = (event) => onProgress({ label: "Uploading", done: event.loaded, total: event.total || file.size });
    xhr.onprogress = consume;
    xhr.onload = () => {
      if (xhr.getResponseHeader("content-type")?.includes("ndjson")) {
        consume();
        resolve(outcome);
      } else {
        try {
          resolve({ error: (JSON.parse(xhr.responseText) as { error: Failure }).error });
        } catch {
          resolve({ error: { message: `The server answered ${xhr.status}.` } });
        }
      }
    };
    xhr.onerror = () => resolve({ error: { message: "The server could not be reached. Nothing was imported." } });
    xhr.send(file);
  });
}

export function ImportForm({ slug, canImportSources }: { slug: string; canImportSources: boolean }) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<Kind>("items");
  const [mapping, setMapping] = useState("auto");
  const [defaultKind, setDefaultKind] = useState("");
  const [reason, setReason] = useState("");
  const [progress, setProgress] = useState<Progress>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);

  async function run(mode: "dry-run" | "apply") {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setFailure({ message: "Choose a CSV or JSON file first." });
      return;
    }
    const query = new URLSearchParams({ mode, fileName: file.name.slice(0, 200) });
    if (kind === "items") query.set("mapping", mapping);
    if (kind === "items" && defaultKind) query.set("defaultKind", defaultKind);
    if (mode === "apply") {
      query.set("reason", reason);
      if (report) query.set("planDigest", report.planDigest);
    }
    setFailure(null);
    if (mode === "dry-run") {
      setReport(null);
      setApplied(null);
    }
    setProgress({ label: "Uploading", done: 0, total: file.size });
    const outcome = await send(`/api/v1/workspaces/${encodeURIComponent(slug)}/imports/${kind}?${query}`, file, setProgress);
    setProgress(null);
    if (outcome.error) setFailure(outcome.error);
    else if (outcome.result && mode === "dry-run") setReport(outcome.result);
    else if (outcome.result) {
      setApplied(outcome.result);
      setReport(null);
    }
  }

  const problems = report?.rows.filter((r) => r.action === "error") ?? [];
  const changed = report?.rows.filter((r) => r.action === "create" || r.action === "update") ?? [];
  const busy = progress !== null;

  return (
    <div className="space-y-6">
      <form
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        aria-label="Check a file"
        onSubmit={(event) => {
          event.preventDefault();
          void run("dry-run");
        }}
      >
        <fieldset>
          <legend className="text-sm font-medium">What the file holds</legend>
          <div className="mt-1 flex gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="kind" value="items" checked={kind === "items"} onChange={() => setKind("items")} /> Tracked items, with statuses and citations
            </label>
            {canImportSources && (
              <label className="flex items-center gap-2">
                <input type="radio" name="kind" value="sources" checked={kind === "sources"} onChange={() => setKind("sources")} /> Sources (articles)
              </label>
            )}
          </div>
        </fieldset>
        {kind === "items" && (
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <label htmlFor={`${id}-mapping`} className="block text-sm font-medium">Columns</label>
              <select id={`${id}-mapping`} value={mapping} onChange={(e) => setMapping(e.target.value)} className={inputClass}>
                <option value="auto">Recognise them</option>
                <option value="template">This app&apos;s template</option>
                <option value="gta">Global Trade Alert-style</option>
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-default-kind`} className="block text-sm font-medium">Global Trade Alert rows that are not export measures</label>
              <select id={`${id}-default-kind`} value={defaultKind} onChange={(e) => setDefaultKind(e.target.value)} className={inputClass}>
                <option value="">Report them as problems</option>
                <option value="trade_dispute">Import as trade disputes</option>
                <option value="cooperation_initiative">Import as cooperation initiatives</option>
                <option value="preferred_trader_listing">Import as preferred-trader listings</option>
              </select>
            </div>
          </div>
        )}
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium">File (CSV or JSON, UTF-8)</label>
          <input id={`${id}-file`} ref={fileInput} type="file" accept=".csv,.json,text/csv,application/json" className={inputClass} />
          <p className="mt-1 text-xs text-slate-600">
            Templates:{" "}
            <a href="/templates/import-items.csv" className="text-blue-800 underline">items</a>,{" "}
            <a href="/templates/import-items-gta.csv" className="text-blue-800 underline">Global Trade Alert-style items</a>,{" "}
            <a href="/templates/import-sources.csv" className="text-blue-800 underline">sources</a>. Every row needs an external id: importing the same file
            again changes nothing.
          </p>
        </div>
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          Check the file (dry run)
        </button>
      </form>

      <div aria-live="polite">
        {progress && (
          <div>
            <label htmlFor={`${id}-progress`} className="block text-sm font-medium">
              {progress.label}… {progress.total > 0 && `${Math.round((progress.done / progress.total) * 100)}%`}
            </label>
            <progress id={`${id}-progress`} value={progress.done} max={progress.total || 1} className="mt-1 w-full" />
          </div>
        )}
        {failure && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">{failure.message}</p>
            {failure.fields && (
              <ul className="mt-1 list-disc pl-5">
                {Object.entries(failure.fields)
                  .slice(0, 50)
                  .map(([field, messages]) => (
                    <li key={field}>
                      {field}: {messages.join(" ")}
                    </li>
                  ))}
              </ul>
            )}
          </div>
        )}
        {applied && (
          <div className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
            {applied.changeId ? (
              <p>
                Imported: {applied.counts.created} created, {applied.counts.updated} updated, {applied.counts.unchanged} unchanged
                {applied.importOf === "items" && `, ${count(applied.counts.statuses, "status", "statuses")} and ${count(applied.counts.citations, "citation")} added`}. Recorded as change #
                {applied.changeId}{" "}
                (<Link href={`/w/${slug}/activity?type=workspace`} className="underline">activity</Link>).
              </p>
            ) : (
              <p>Nothing needed to change: everything in the file is already here.</p>
            )}
          </div>
        )}
      </div>

      {report && (
        <section aria-labelledby={`${id}-report`} className="space-y-3">
          <h2 id={`${id}-report`} className="text-lg font-semibold">What importing {report.file.name || "the file"} would do</h2>
          <p className="text-sm text-slate-800">
            {count(report.counts.rows, "row")}: {report.counts.created} new, {report.counts.updated} changed, {report.counts.unchanged} unchanged
            {report.importOf === "items" &&
              `; ${count(report.counts.statuses, "status", "statuses")}, ${count(report.counts.citations, "citation")} and ${count(report.counts.sources, "source")} to add`}
            .{" "}
            {report.counts.errors > 0 ? <strong className="text-red-800">{count(report.counts.errors, "problem")}: fix them and check the file again.</strong> : null}
            {report.file.ignoredColumns.length > 0 && ` Columns not used: ${report.file.ignoredColumns.join(", ")}.`}
          </p>
          <div className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Rows of the file</caption>
              <thead className="sticky top-0 border-b border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">Row</th>
                  <th scope="col" className="px-3 py-2">External id</th>
                  <th scope="col" className="px-3 py-2">Result</th>
                  <th scope="col" className="px-3 py-2">Details</th>
                </tr>
              </thead>
              <tbody>
                {[...problems, ...changed].slice(0, SHOWN_ROWS).map((row) => (
                  <tr key={row.row} className="border-b border-slate-100 align-top">
                    <td className="px-3 py-1.5 font-mono">{row.row}</td>
                    <td className="px-3 py-1.5">{row.externalId ?? "—"}</td>
                    <td className={`px-3 py-1.5 ${row.action === "error" ? "font-medium text-red-800" : ""}`}>{ACTION_LABEL[row.action]}</td>
                    <td className="px-3 py-1.5">
                      <ul>
                        {row.errors.map((e) => (
                          <li key={`${e.column}${e.message}`} className="text-red-800">
                            <span className="font-medium">{e.column}</span>: {e.message}
                          </li>
                        ))}
                        {row.changes.map((change) => (
                          <li key={change}>{change}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problems.length + changed.length > SHOWN_ROWS && <p className="text-sm text-slate-700">The first {SHOWN_ROWS} rows with problems or changes are shown.</p>}
          {report.counts.errors === 0 && report.counts.created + report.counts.updated > 0 && (
            <form
              className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
              aria-label="Apply the import"
              onSubmit={(event) => {
                event.preventDefault();
                void run("apply");
              }}
            >
              <div>
                <label htmlFor={`${id}-reason`} className="block text-sm font-medium">Reason (recorded with the import)</label>
                <input id={`${id}-reason`} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />
              </div>
              <div className="flex gap-3">
                <button type="submit" disabled={busy || !reason.trim()} className={primaryButtonClass}>
                  Import {report.counts.created + report.counts.updated} {report.counts.created + report.counts.updated === 1 ? report.importOf.slice(0, -1) : report.importOf}
                </button>
                <button type="button" disabled={busy} onClick={() => setReport(null)} className={secondaryButtonClass}>
                  Cancel
                </button>
              </div>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
