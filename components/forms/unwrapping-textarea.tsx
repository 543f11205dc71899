"use client";

import { useRef, useState } from "react";
import { unwrapLines } from "@/lib/sources/unwrap-lines";

type Props = React.TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: React.Ref<HTMLTextAreaElement> };

/**
 * A textarea that joins the hard line wraps of pasted text (a PDF's columns, an e-mail's line length) and keeps its
 * paragraphs, saying so, with a way back to the text as pasted. Typing and other pastes are untouched.
 */
export function UnwrappingTextarea({ ref, onPaste, ...props }: Props) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const [joined, setJoined] = useState<{ start: number; inserted: string; raw: string } | null>(null);

  function paste(event: React.ClipboardEvent<HTMLTextAreaElement>) {
    onPaste?.(event);
    const raw = event.clipboardData.getData("text/plain").replace(/\r\n?/g, "\n");
    const inserted = unwrapLines(raw);
    if (event.defaultPrevented || inserted === raw) return;
    event.preventDefault();
    const box = event.currentTarget;
    const start = box.selectionStart;
    // insertText keeps the browser's undo history; setRangeText where it is not supported.
    if (!document.execCommand("insertText", false, inserted)) box.setRangeText(inserted, start, box.selectionEnd, "end");
    setJoined({ start, inserted, raw });
  }

  function restore() {
    const box = own.current;
    if (box && joined && box.value.slice(joined.start, joined.start + joined.inserted.length) === joined.inserted) {
      box.setRangeText(joined.raw, joined.start, joined.start + joined.inserted.length, "end");
      box.focus();
    }
    setJoined(null);
  }

  return (
    <>
      <textarea
        {...props}
        ref={(node) => {
          own.current = node;
          if (typeof ref === "function") ref(node);
          else if (ref) ref.current = node;
        }}
        onPaste={paste}
      />
      <p aria-live="polite" className="text-xs text-slate-600">
        {joined && (
          <>
            Line breaks inside paragraphs of the pasted text were joined.{" "}
            <button type="button" onClick={restore} className="text-blue-800 underline">
              Keep them as pasted
            </button>
          </>
        )}
      </p>
    </>
  );
}
