import { describe, expect, it } from "vitest";
import { composeEmail } from "./compose-email";

describe("composeEmail", () => {
  it("says the same in text and HTML, escapes what people typed, and keeps the subject on one line", () => {
    const email = composeEmail({
      to: "a@example.test",
      subject: "Ann <script>\r\nBcc: victim@example.test invited you",
      intro: ['Ann "<img src=x onerror=alert(1)>" invited you to “Trade & Co”.'],
      action: { label: "Join", url: "https://tracker.example.test/invite/abc?x=1&y=2" },
      outro: ["It works once."],
      replyTo: "ann@example.test",
    });
    expect(email.subject).toBe("Ann <script> Bcc: victim@example.test invited you");
    expect(email.text).toContain('Ann "<img src=x onerror=alert(1)>" invited you to “Trade & Co”.');
    expect(email.text).toContain("Join:\nhttps://tracker.example.test/invite/abc?x=1&y=2");
    expect(email.html).not.toContain("<img");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Ann &quot;&lt;img src=x onerror=alert(1)&gt;&quot; invited you to “Trade &amp; Co”.");
    expect(email.html).toContain('href="https://tracker.example.test/invite/abc?x=1&amp;y=2"');
    for (const part of [email.text, email.html]) expect(part).toContain("Policy Tracker");
    expect(email.replyTo).toBe("ann@example.test");
  });

  it("leaves the button out when there is no link", () => {
    const email = composeEmail({ to: "a@example.test", subject: "Notice", intro: ["Your address changed."], outro: [] });
    expect(email.html).not.toContain("<a ");
    expect(email.text).not.toContain("http");
  });
});
