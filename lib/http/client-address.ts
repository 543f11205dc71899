/**
 * The client address as the nearest proxy reported it (X-Forwarded-For, then X-Real-IP), for the per-address sign-in
 * limit (accounts have their own, which this cannot dodge) and the share links' opening log.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const get = (name: string) => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "unknown";
}
