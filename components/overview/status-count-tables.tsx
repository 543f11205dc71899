import { countCharts, pointLabel } from "@/components/charts/status-counts";
import type { StatusSeries } from "@/lib/tracking/statuses-over-time";
import type { ChartText } from "@/lib/views/describe-query";

/** The charts' numbers as tables: a row per kind (or status), a column per point, the total last. */
export function StatusCountTables({ series, today, text }: { series: StatusSeries; today: Date; text: ChartText }) {
  const { c, words } = text;
  const charts = countCharts(text, series);
  return (
    <div className="space-y-6" data-testid="status-count-tables">
      {charts.map((chart) => (
        <div key={chart.title} className="overflow-x-auto">
          <table className="min-w-full text-right text-sm">
            <caption className="mb-1 text-left font-medium">{chart.title}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-700">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">
                  <span className="sr-only">{c("series")}</span>
                </th>
                {series.points.map((point, index) => (
                  <th key={point.toISOString()} scope="col" className="px-2 py-1 font-medium" title={words.day(point)}>
                    {pointLabel(text, series, index, today)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {chart.series.map((row, s) => (
                <tr key={row.key}>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {row.label}
                  </th>
                  {chart.values.map((values, at) => (
                    <td key={series.points[at]!.toISOString()} className="px-2 py-1 tabular-nums">
                      {words.count(values[s]!)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="font-medium">
                <th scope="row" className="px-2 py-1 text-left">
                  {c("total")}
                </th>
                {chart.values.map((values, at) => (
                  <td key={series.points[at]!.toISOString()} className="px-2 py-1 tabular-nums">
                    {words.count(values.reduce((a, b) => a + b, 0))}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
