"use server";

import { workspaceAction } from "@/lib/http/workspace-action";
import { createApiToken, type CreateApiTokenInput } from "@/lib/tokens/create-api-token";
import { revokeApiToken, type RevokeApiTokenInput } from "@/lib/tokens/revoke-api-token";

export async function createApiTokenAction(slug: string, input: CreateApiTokenInput) {
  return workspaceAction(slug, input, createApiToken);
}

export async function revokeApiTokenAction(slug: string, input: RevokeApiTokenInput) {
  return workspaceAction(slug, input, revokeApiToken);
}
