import { describe, expect, it } from "vitest";
import { checkWebhookAddress, isPrivateAddress } from "./address-guard";

describe("webhook addresses", () => {
  it("refuse this machine, private networks, link-local, and IPv4 written inside IPv6", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:a9fe:a9fe", "::7f00:1", "::ffff:0:7f00:1", "::ffff:0:a9fe:a9fe", "224.0.0.1", "not an address"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it("let public addresses through", () => {
    for (const address of ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.215.14"]) expect(isPrivateAddress(address), address).toBe(false);
  });

  it("refuse other schemes, credentials in the address and private hosts unless allowed", async () => {
    expect(await checkWebhookAddress("ftp://example.org/", false)).toMatchObject({ ok: false });
    expect(await checkWebhookAddress("https://user:pw@example.org/", true)).toMatchObject({ ok: false });
    expect(await checkWebhookAddress("not a url", true)).toMatchObject({ ok: false });
    for (const url of ["http://127.0.0.1:8080/hook", "http://[::1]/", "http://localhost/", "http://metadata.internal/", "http://169.254.169.254/latest/meta-data", "http://0x7f000001/", "http://2130706433/"]) {
      expect(await checkWebhookAddress(url, false), url).toMatchObject({ ok: false });
      expect(await checkWebhookAddress(url, true), url).toMatchObject({ ok: true });
    }
    expect(await checkWebhookAddress("https://93.184.215.14/hook", false)).toMatchObject({ ok: true });
  });
});
