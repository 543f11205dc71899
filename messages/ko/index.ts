// The interface's messages in one language, by namespace (lib/i18n/messages.ts).
export { default as app } from "./app.json";
export { default as common } from "./common.json";
export { default as auth } from "./auth.json";
export { default as account } from "./account.json";
export { default as admin } from "./admin.json";
export { default as members } from "./members.json";
export { default as workspaceSettings } from "./workspaceSettings.json";
export { default as imports } from "./imports.json";
export { default as notifications } from "./notifications.json";
export { default as query } from "./query.json";
export { default as tracker } from "./tracker.json";
export { default as forms } from "./forms.json";
export { default as views } from "./views.json";
export { default as charts } from "./charts.json";
export { default as timeline } from "./timeline.json";
export { default as overview } from "./overview.json";
