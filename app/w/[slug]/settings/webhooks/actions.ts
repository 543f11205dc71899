"use server";

import { workspaceAction } from "@/lib/http/workspace-action";
import { createWebhook, deleteWebhook, sendTestWebhook, updateWebhook, type CreateWebhookInput, type UpdateWebhookInput, type WebhookRef } from "@/lib/webhooks/endpoints";

export async function createWebhookAction(slug: string, input: CreateWebhookInput) {
  return workspaceAction(slug, input, createWebhook);
}

export async function updateWebhookAction(slug: string, input: UpdateWebhookInput) {
  return workspaceAction(slug, input, updateWebhook);
}

export async function deleteWebhookAction(slug: string, input: WebhookRef) {
  return workspaceAction(slug, input, deleteWebhook);
}

export async function sendTestWebhookAction(slug: string, input: WebhookRef) {
  return workspaceAction(slug, input, sendTestWebhook);
}
