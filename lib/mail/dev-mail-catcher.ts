import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "@/lib/db/embedded-postgres";

/** A running catcher; `exited` settles when its process ends, whoever ended it. */
export type MailCatcher = { smtpUrl: string; webUrl: string; exited: Promise<void>; stop: () => Promise<void> };

const READY_WITHIN_MS = 20_000;

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

/**
 * Starts MailDev (an SMTP server that keeps every message, and a web page to read them) as a child process, bound to
 * 127.0.0.1 only: development mail never leaves the machine, and its links (password resets among them) are not
 * readable from the network. Ports are the preferred ones, or the next free ones.
 */
export async function startDevMailCatcher(options: { smtpPort: number; webPort: number; mailDirectory: string }): Promise<MailCatcher> {
  const smtpPort = await freePort(options.smtpPort);
  const webPort = await freePort(options.webPort === smtpPort ? 0 : options.webPort);
  await mkdir(options.mailDirectory, { recursive: true });
  const bin = createRequire(import.meta.url).resolve("maildev/bin/maildev");
  const args = ["--smtp", String(smtpPort), "--web", String(webPort), "--ip", "127.0.0.1", "--mail-directory", options.mailDirectory, "--silent"];
  // In a process group of its own: a Ctrl-C in the terminal reaches only its supervisor, which stops it in turn.
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "pipe"], detached: true });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5_000).then(() => child.kill("SIGKILL"))]);
    }
  };

  const deadline = Date.now() + READY_WITHIN_MS;
  while (!((await listening(smtpPort)) && (await listening(webPort)))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The development mail catcher (MailDev) did not start: ${errors.trim() || "no answer on its ports"}`);
    }
    await sleep(100);
  }
  return { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, webUrl: `http://localhost:${webPort}`, exited, stop };
}
