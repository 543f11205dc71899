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
