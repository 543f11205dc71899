import { ClientMessages } from "@/components/i18n/client-messages";
import { WatchToggle, type WatchProps } from "./watch-toggle";

/**
 * The Watch button of an item, a source or a view page, with the messages it needs in the browser, so that the pages
 * showing it need not send the notifications namespace themselves.
 */
export function WatchButton(props: WatchProps) {
  return (
    <ClientMessages namespaces={["notifications"]}>
      <WatchToggle {...props} />
    </ClientMessages>
  );
}
