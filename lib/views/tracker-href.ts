/**
 * The tracker page's address for a query's URL parameters (see trackerParams), with extra parameters (a saved view's id)
 * after them. Free of dependencies, so client components can use it.
 */
export function trackerHref(slug: string, params: Record<string, string>, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams({ ...params, ...extra }).toString();
  return search ? `/w/${slug}?${search}` : `/w/${slug}`;
}
