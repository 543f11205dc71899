/** Shared control styles, so every form in the app looks and behaves alike. */
export const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-blue-600 aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

export const primaryButtonClass =
  "inline-flex items-center justify-center rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:cursor-progress disabled:opacity-60";

export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-progress disabled:opacity-60";

export const dangerButtonClass =
  "inline-flex items-center justify-center rounded border border-red-300 bg-white px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:cursor-progress disabled:opacity-60";
