"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import type { ImportReport } from "@/lib/imports/import-items";

type Kind = "items" | "sources";
type Phase = "uploading" | "checkingRows" | "writing";
type Progress = { phase: Phase; done: number; total: number } | null;
/** A failure the server explained (`message`), or one this page explains in its own words (`problem`). */
type Failure = { message?: string; problem?: "chooseFile" | "unreachable"; status?: number; fields?: Record<string, string[]> };

const SHOWN_ROWS = 300;

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
        if (line.progress) onProgress({ phase: line.progress.phase === "applying" ? "writing" : "checkingRows", done: line.progress.done, total: line.progress.total });
        if (line.result) outcome = { result: line.result };
        if (line.error) outcome = { error: line.error };
        read = end + 1;
        end = text.indexOf("\n", read);
      }
    };
    xhr.upload.onprogress = (event) => onProgress({ phase: "uploading", done: event.loaded, total: event.total || file.size });
    xhr.onprogress = consume;
    xhr.onload = () => {
      if (xhr.getResponseHeader("content-type")?.includes("ndjson")) {
        consume();
        resolve(outcome);
      } else {
        try {
          resolve({ error: (JSON.parse(xhr.responseText) as { error: Failure }).error });
        } catch {
          resolve({ error: { status: xhr.status } });
        }
      }
    };
    xhr.onerror = () => resolve({ error: { problem: "unreachable" } });
    xhr.send(file);
  });
}

export function ImportForm({ slug, canImportSources }: { slug: string; canImportSources: boolean }) {
  const t = useTranslations("imports");
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
      setFailure({ problem: "chooseFile" });
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
    setProgress({ phase: "uploading", done: 0, total: file.size });
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
        aria-label={t("checkForm")}
        onSubmit={(event) => {
          event.preventDefault();
          void run("dry-run");
        }}
      >
        <fieldset>
          <legend className="text-sm font-medium">{t("holds")}</legend>
          <div className="mt-1 flex gap-4 text-sm">
            <label className="flex items-center gap-2">
              <input type="radio" name="kind" value="items" checked={kind === "items"} onChange={() => setKind("items")} /> {t("items")}
            </label>
            {canImportSources && (
              <label className="flex items-center gap-2">
                <input type="radio" name="kind" value="sources" checked={kind === "sources"} onChange={() => setKind("sources")} /> {t("sources")}
              </label>
            )}
          </div>
        </fieldset>
        {kind === "items" && (
          <div className="grid gap-4 md:grid-cols-2">
            <div>
              <label htmlFor={`${id}-mapping`} className="block text-sm font-medium">{t("columns")}</label>
              <select id={`${id}-mapping`} value={mapping} onChange={(e) => setMapping(e.target.value)} className={inputClass}>
                <option value="auto">{t("recognise")}</option>
                <option value="template">{t("template")}</option>
                <option value="gta">{t("gta")}</option>
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-default-kind`} className="block text-sm font-medium">{t("defaultKind")}</label>
              <select id={`${id}-default-kind`} value={defaultKind} onChange={(e) => setDefaultKind(e.target.value)} className={inputClass}>
                <option value="">{t("reportProblems")}</option>
                <option value="trade_dispute">{t("asDisputes")}</option>
                <option value="cooperation_initiative">{t("asCooperation")}</option>
                <option value="preferred_trader_listing">{t("asListings")}</option>
              </select>
            </div>
          </div>
        )}
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium">{t("file")}</label>
          <input id={`${id}-file`} ref={fileInput} type="file" accept=".csv,.json,text/csv,application/json" className={inputClass} />
          <p className="mt-1 text-xs text-slate-600">
            {t.rich("templates", {
              items: (chunks) => (
                <a href="/templates/import-items.csv" className="text-blue-800 underline">
                  {chunks}
                </a>
              ),
              gta: (chunks) => (
                <a href="/templates/import-items-gta.csv" className="text-blue-800 underline">
                  {chunks}
                </a>
              ),
              sources: (chunks) => (
                <a href="/templates/import-sources.csv" className="text-blue-800 underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
        </div>
        <button type="submit" disabled={busy} className={primaryButtonClass}>
          {t("check")}
        </button>
      </form>

      <div aria-live="polite">
        {progress && (
          <div>
            <label htmlFor={`${id}-progress`} className="block text-sm font-medium">
              {t(progress.phase)} {progress.total > 0 && `${Math.round((progress.done / progress.total) * 100)}%`}
            </label>
            <progress id={`${id}-progress`} value={progress.done} max={progress.total || 1} className="mt-1 w-full" />
          </div>
        )}
        {failure && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">{failure.message ?? (failure.problem ? t(failure.problem) : t("serverAnswered", { status: String(failure.status) }))}</p>
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
                {t.rich("imported", {
                  created: applied.counts.created,
                  updated: applied.counts.updated,
                  unchanged: applied.counts.unchanged,
                  added: applied.importOf === "items" ? t("importedAdded", { statuses: applied.counts.statuses, citations: applied.counts.citations }) : "",
                  changeId: String(applied.changeId),
                  link: (chunks) => (
                    <Link href={`/w/${slug}/activity?type=workspace`} className="underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            ) : (
              <p>{t("nothingToChange")}</p>
            )}
          </div>
        )}
      </div>

      {report && (
        <section aria-labelledby={`${id}-report`} className="space-y-3">
          <h2 id={`${id}-report`} className="text-lg font-semibold">{t("reportHeading", { file: report.file.name || t("theFile") })}</h2>
          <p className="text-sm text-slate-800">
            {t("summary", {
              rows: report.counts.rows,
              created: report.counts.created,
              updated: report.counts.updated,
              unchanged: report.counts.unchanged,
              toAdd:
                report.importOf === "items"
                  ? t("toAdd", { statuses: report.counts.statuses, citations: report.counts.citations, sources: report.counts.sources })
                  : "",
            })}{" "}
            {report.counts.errors > 0 ? <strong className="text-red-800">{t("problems", { count: report.counts.errors })}</strong> : null}
            {report.file.ignoredColumns.length > 0 && ` ${t("unusedColumns", { columns: report.file.ignoredColumns.join(", ") })}`}
          </p>
          <div className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("rowsCaption")}</caption>
              <thead className="sticky top-0 border-b border-slate-200 bg-slate-50">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("row")}</th>
                  <th scope="col" className="px-3 py-2">{t("externalId")}</th>
                  <th scope="col" className="px-3 py-2">{t("result")}</th>
                  <th scope="col" className="px-3 py-2">{t("details")}</th>
                </tr>
              </thead>
              <tbody>
                {[...problems, ...changed].slice(0, SHOWN_ROWS).map((row) => (
                  <tr key={row.row} className="border-b border-slate-100 align-top">
                    <td className="px-3 py-1.5 font-mono">{row.row}</td>
                    <td className="px-3 py-1.5">{row.externalId ?? "—"}</td>
                    <td className={`px-3 py-1.5 ${row.action === "error" ? "font-medium text-red-800" : ""}`}>{t(`actions.${row.action}`)}</td>
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
          {problems.length + changed.length > SHOWN_ROWS && <p className="text-sm text-slate-700">{t("firstRows", { count: SHOWN_ROWS })}</p>}
          {report.counts.errors === 0 && report.counts.created + report.counts.updated > 0 && (
            <form
              className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
              aria-label={t("applyForm")}
              onSubmit={(event) => {
                event.preventDefault();
                void run("apply");
              }}
            >
              <div>
                <label htmlFor={`${id}-reason`} className="block text-sm font-medium">{t("reason")}</label>
                <input id={`${id}-reason`} required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} />
              </div>
              <div className="flex gap-3">
                <button type="submit" disabled={busy || !reason.trim()} className={primaryButtonClass}>
                  {t("apply", { kind: report.importOf, count: report.counts.created + report.counts.updated })}
                </button>
                <button type="button" disabled={busy} onClick={() => setReport(null)} className={secondaryButtonClass}>
                  {t("cancel")}
                </button>
              </div>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
