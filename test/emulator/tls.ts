import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import selfsigned from "selfsigned";

export interface EmulatorCertificate {
  cert: string;
  key: string;
  /** A PEM file child processes can trust through NODE_EXTRA_CA_CERTS. */
  certPath: string;
}

let cached: EmulatorCertificate | undefined;

/** A self-signed certificate for localhost and 127.0.0.1, generated once per process. */
export function emulatorCertificate(): EmulatorCertificate {
  if (cached) return cached;
  const generated = selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    days: 30,
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), "aml-emulator-tls-"));
  const certPath = path.join(dir, "ca.pem");
  writeFileSync(certPath, generated.cert);
  cached = { cert: generated.cert, key: generated.private, certPath };
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
