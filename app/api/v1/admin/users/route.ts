import { listUsers, type ListUsersInput } from "@/lib/admin/list-users";
import { apiRoute, searchInput } from "@/lib/http/api-route";

/** Every account of the instance (administrators). Query: q. */
export const GET = apiRoute(async ({ request, actor }) => listUsers(actor, searchInput<ListUsersInput>(request)));
