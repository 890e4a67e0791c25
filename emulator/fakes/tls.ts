import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateKeyPairSync } from "node:crypto";
import selfsigned from "selfsigned";

/** One certificate for localhost / 127.0.0.1, shared by every fake in this process. */
export interface TestTls {
  cert: string;
  key: string;
  /** The PEM to trust (the certificate is its own CA). */
  ca: string;
  /** A file holding `ca`, for `NODE_EXTRA_CA_CERTS` of child processes. */
  caPath: string;
}

let shared: TestTls | undefined;

export function testTls(): TestTls {
  if (!shared) shared = createTls();
  return shared;
}

function createTls(): TestTls {
  // The subject is its own: OpenSSL looks issuers up by subject, and the emulator's certificate says CN=localhost.
  const generated = loopbackCertificate("amlops test fakes", 30);
  return { ...generated, ca: generated.cert, caPath: writeTempPem(generated.cert) };
}

/** A self-signed certificate (its own CA) for localhost and 127.0.0.1. */
export function loopbackCertificate(commonName: string, days: number): { cert: string; key: string } {
  // Node's key generation is native; selfsigned's own runs in JavaScript and takes a second or more.
  const keyPair = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
  });
  const options = {
    keyPair,
    days,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectKeyIdentifier" },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  };
  // `keyPair` is supported by selfsigned 2 but missing from its type declarations.
  const generated = selfsigned.generate([{ name: "commonName", value: commonName }], options as Parameters<typeof selfsigned.generate>[1]);
  return { cert: generated.cert, key: generated.private };
}

/** Writes PEM text to a temp file removed when the process exits. */
export function writeTempPem(pem: string): string {
  const file = path.join(os.tmpdir(), `amlops-test-ca-${process.pid}-${Math.random().toString(36).slice(2)}.pem`);
  fs.writeFileSync(file, pem);
  process.once("exit", () => fs.rmSync(file, { force: true }));
  return file;
}

const combined = new Map<string, string>();

/** One CA file trusting every given PEM file (deduplicated), for `NODE_EXTRA_CA_CERTS`. */
export function combineCaFiles(paths: readonly string[]): string | undefined {
  const unique = [...new Set(paths)];
  if (unique.length === 0) return undefined;
  if (unique.length === 1) return unique[0];
  const key = unique.join("\0");
  let file = combined.get(key);
  if (!file) {
    const pems = [...new Set(unique.map((pemFile) => fs.readFileSync(pemFile, "utf8").trim()))];
    file = writeTempPem(pems.join("\n") + "\n");
    combined.set(key, file);
  }
  return file;
}
