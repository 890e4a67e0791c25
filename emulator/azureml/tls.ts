import { X509Certificate } from "node:crypto";
import { linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { loopbackCertificate } from "../fakes/tls";

export interface EmulatorCertificate {
  cert: string;
  key: string;
  /** A PEM file child processes can trust through NODE_EXTRA_CA_CERTS. */
  certPath: string;
}

let cached: EmulatorCertificate | undefined;

const VALIDITY_DAYS = 30;
/** A cached certificate this close to expiry is replaced. */
const RENEW_BEFORE_MS = 2 * 24 * 3600_000;

function generateCertificate(): { cert: string; key: string } {
  return loopbackCertificate("localhost", VALIDITY_DAYS);
}

function readUsable(file: string): { cert: string; key: string } | undefined {
  try {
    const pair = JSON.parse(readFileSync(file, "utf8")) as { cert: string; key: string };
    const expires = new Date(new X509Certificate(pair.cert).validTo).getTime();
    return expires - Date.now() > RENEW_BEFORE_MS && typeof pair.key === "string" ? pair : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A certificate and key shared by the processes of this user (jest gives each test file its own module registry):
 * generated once, published with link() so the first writer wins when processes race. Each process writes the
 * certificate it uses to its own CA file, so a race never pairs one process's server with another's CA.
 */
function sharedCertificate(): { cert: string; key: string } {
  const file = path.join(os.tmpdir(), `amlops-emulator-tls-${os.userInfo().uid}.json`);
  const existing = readUsable(file);
  if (existing) return existing;
  const pair = generateCertificate();
  const draft = `${file}.${process.pid}.${Date.now()}`;
  try {
    writeFileSync(draft, JSON.stringify(pair), { mode: 0o600, flag: "wx" });
    if (!readUsable(file)) rmSync(file, { force: true });
    linkSync(draft, file);
  } catch {
    // Another process published first, or the temp directory is read-only: use whichever certificate is there.
  } finally {
    rmSync(draft, { force: true });
  }
  return readUsable(file) ?? pair;
}

/** A self-signed certificate for localhost and 127.0.0.1. */
export function emulatorCertificate(): EmulatorCertificate {
  if (cached) return cached;
  const { cert, key } = sharedCertificate();
  const dir = mkdtempSync(path.join(os.tmpdir(), "aml-emulator-tls-"));
  const certPath = path.join(dir, "ca.pem");
  writeFileSync(certPath, cert);
  cached = { cert, key, certPath };
  return cached;
}

const trustedInProcess = new Set<string>();
let tlsConnectPatched = false;

/**
 * Adds a certificate to this process's default trust, the in-process counterpart of
 * NODE_EXTRA_CA_CERTS (which Node reads only at start-up). Covers https and fetch.
 */
export function trustCertificateInThisProcess(pem: string): void {
  trustedInProcess.add(pem);
  if (tlsConnectPatched) return;
  tlsConnectPatched = true;
  const originalConnect = tls.connect;
  const patched = function (this: unknown, ...args: unknown[]) {
    const options = args.find((arg): arg is tls.ConnectionOptions => typeof arg === "object" && arg !== null);
    if (options && options.ca === undefined && options.secureContext === undefined) {
      options.ca = [...tls.rootCertificates, ...trustedInProcess];
    }
    return (originalConnect as (...a: unknown[]) => tls.TLSSocket).apply(this, args);
  };
  (tls as { connect: unknown }).connect = patched;
}
