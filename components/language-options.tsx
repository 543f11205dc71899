import { useWords } from "@/lib/i18n/use-words";

/** The languages offered for a source, most likely first; the API takes any language code. */
const LANGUAGES = ["en", "ja", "ko", "zh", "fr", "de"];

/** A language select's options, by name; a source's current language is kept even when it is not among them. */
export function LanguageOptions({ current }: { current?: string }) {
  const words = useWords();
  const codes = current && !LANGUAGES.includes(current) ? [...LANGUAGES, current] : LANGUAGES;
  return codes.map((code) => (
    <option key={code} value={code}>
      {words.language(code)}
    </option>
  ));
}
