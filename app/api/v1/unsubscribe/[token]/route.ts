import { describeError } from "@/lib/http/error-response";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

/**
 * One-click unsubscribe (RFC 8058): the mail client POSTs `List-Unsubscribe=One-Click` here, with no session or cookie;
 * the signed token in the address is the proof, and it can only turn one kind of email off.
 */
export async function POST(_request: Request, segment: { params: Promise<{ token: string }> }): Promise<Response> {
  try {
    return Response.json(await unsubscribe((await segment.params).token), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const { status, body, headers } = describeError(error);
    return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
  }
}
