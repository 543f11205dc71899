/** The signed-in person a domain function acts for. Only lib/auth creates one, from a verified session. */
export type Actor = { userId: string; email: string; name: string };
