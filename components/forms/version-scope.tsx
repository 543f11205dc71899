"use client";

import { createContext, Fragment, useContext, useState, type ReactNode } from "react";

type Hold = (held: boolean) => void;

const HoldContext = createContext<Hold | null>(null);

/**
 * A form (or disclosure holding one) tied to the item version it was rendered at: when the version changes (a save),
 * it starts afresh from the new state. While its form shows a conflict, the form is held as it was rendered (its
 * values, and the version it was based on), so the analyst's input and the comparison stay while the rest of the page
 * moves on to the teammate's version; released, it starts afresh.
 */
export function VersionScope({ version, children }: { version: number; children: ReactNode }) {
  const [held, setHeld] = useState<{ version: number; children: ReactNode } | null>(null);
  const [generation, setGeneration] = useState(0);
  const hold: Hold = (on) => {
    if (on) {
      setHeld((current) => current ?? { version, children });
    } else {
      setHeld(null);
      setGeneration((n) => n + 1);
    }
  };
  const shown = held ?? { version, children };
  return (
    <HoldContext value={hold}>
      <Fragment key={`${shown.version}:${generation}`}>{shown.children}</Fragment>
    </HoldContext>
  );
}

/** Holds the surrounding VersionScope while a conflict is shown (null outside one). */
export function useVersionHold(): Hold | null {
  return useContext(HoldContext);
}
