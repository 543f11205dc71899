import type { AppMessages } from "./messages";
import type { Locale } from "./locales";

// Typed messages: a key the code uses that English lacks does not compile.
declare module "next-intl" {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation needs an interface
  interface AppConfig {
    Locale: Locale;
    Messages: AppMessages;
  }
}
