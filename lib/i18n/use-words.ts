import { useLocale } from "next-intl";
import { wordsFor, type Words } from "./words";

/** For client components: the words of the page's language. */
export function useWords(): Words {
  return wordsFor(useLocale());
}
