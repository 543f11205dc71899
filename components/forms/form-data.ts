/** A text control's value ("" when absent). */
export function textValue(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * A select's or radio group's value, typed as the options it was rendered from. The domain parses every input again,
 * so a tampered value is refused there with a field message.
 */
export function choiceValue<T extends string>(data: FormData, name: string): T {
  return textValue(data, name) as T;
}
