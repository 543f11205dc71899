export const PRODUCT_NAME = "Policy Tracker";

export type EmailContent = {
  to: string;
  subject: string;
  /** Who sent it and why, before the link. */
  intro: string[];
  action?: { label: string; url: string };
  /** What the link does and how long it works, and what to do when the email was not expected. */
  outro: string[];
  replyTo?: string;
  /** Extra header lines (List-Unsubscribe for notifications). */
  headers?: Record<string, string>;
};

export type ComposedEmail = { to: string; subject: string; text: string; html: string; replyTo?: string; headers?: Record<string, string> };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

// Names and workspace titles come from people: no line breaks or control characters in a header line.
const oneLine = (text: string) => text.replace(/[\p{Cc}\s]+/gu, " ").trim();

const P = 'style="margin:0 0 16px;font:16px/1.5 -apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#0f172a"';
const SMALL = 'style="margin:0 0 12px;font:14px/1.5 -apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#475569"';

/**
 * Every email the app sends, in one layout: a text part and an HTML part saying the same, with the product's name, who
 * sent it and why, and the link both as a button and written out (for mail clients that show no HTML).
 */
export function composeEmail(content: EmailContent): ComposedEmail {
  const { action } = content;
  const text = [
    PRODUCT_NAME,
    "",
    ...content.intro.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}:`, action.url, ""] : []),
    ...content.outro.flatMap((p) => [p, ""]),
    `— ${PRODUCT_NAME}`,
  ].join("\n");

  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;font:600 16px -apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p ${SMALL}>Or open this address: <a href="${escapeHtml(action.url)}" style="color:#1d4ed8;word-break:break-all">${escapeHtml(action.url)}</a></p>`
    : "";
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(oneLine(content.subject))}</title></head>
<body style="margin:0;padding:24px;background:#f8fafc">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:32px">
<p style="margin:0 0 24px;font:600 18px -apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1e40af">${PRODUCT_NAME}</p>
${content.intro.map((p) => `<p ${P}>${escapeHtml(p)}</p>`).join("\n")}
${button}
${content.outro.map((p) => `<p ${SMALL}>${escapeHtml(p)}</p>`).join("\n")}
</div>
</body></html>`;

  return { to: content.to, subject: oneLine(content.subject), text, html, ...(content.replyTo ? { replyTo: content.replyTo } : {}), ...(content.headers ? { headers: content.headers } : {}) };
}
