import { ServiceError } from "../../shared/core/errors";
import { failureOf, sendJson } from "../../shared/azure/data-plane";
import { putAndWait } from "../../shared/rollout/arm-lro";
import { startHarness, workspaceChildId, type Harness } from "../emulator/support";

const URL_OF = "https://ml.azure.test/subscriptions/s/onlineEndpoints/e?api-version=1";

describe("failureOf", () => {
  it("takes code and message from ARM's error shape", () => {
    const error = failureOf("PUT", URL_OF, 409, JSON.stringify({ error: { code: "UserError", message: "Traffic must add up to 100." } }));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.message).toBe("PUT /subscriptions/s/onlineEndpoints/e failed (HTTP 409 UserError): Traffic must add up to 100.");
    expect(error).toMatchObject({ code: "UserError", statusCode: 409 });
  });

  it("takes code and message from MLflow's error shape", () => {
    const error = failureOf("GET", URL_OF, 404, JSON.stringify({ error_code: "RESOURCE_DOES_NOT_EXIST", message: "Run 'r' not found." }));
    expect(error.message).toBe("GET /subscriptions/s/onlineEndpoints/e failed (HTTP 404 RESOURCE_DOES_NOT_EXIST): Run 'r' not found.");
    expect(error.code).toBe("RESOURCE_DOES_NOT_EXIST");
  });

  it("keeps the first 500 characters of a body that is not JSON", () => {
    const error = failureOf("GET", URL_OF, 502, `<html>${"x".repeat(600)}`);
    expect(error.message).toBe(`GET /subscriptions/s/onlineEndpoints/e failed (HTTP 502): <html>${"x".repeat(494)}`);
    expect(error.code).toBeUndefined();
  });
});

describe("an error answer through sendJson and through the rollout's long-running PUT", () => {
  let h: Harness;
  const poll = { intervalMs: 10, maxIntervalMs: 10, timeoutMs: 5_000 };

  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it("reads the same: method, path, status, the service's code and message", async () => {
    const path = workspaceChildId(h.emulator, "onlineEndpoints", "refused");
    const url = `${h.emulator.url}${path}?api-version=2025-12-01`;
    const fault = { kind: "status" as const, status: 409, code: "UserError", message: "Traffic must add up to 100." };
    h.emulator.faults.add({ method: "GET", path, fault });
    h.emulator.faults.add({ method: "PUT", path, fault });

    const [read, put] = await Promise.allSettled([
      sendJson(h.client, "GET", url, undefined, AbortSignal.timeout(10_000)),
      putAndWait(h.client, url, { location: "westeurope", properties: { authMode: "key" } }, poll, AbortSignal.timeout(10_000)),
    ]);

    expect(read).toMatchObject({ status: "rejected", reason: { code: "UserError", statusCode: 409 } });
    expect(put).toMatchObject({ status: "rejected", reason: { code: "UserError", statusCode: 409 } });
    expect([read, put].map((outcome) => (outcome.status === "rejected" ? String(outcome.reason.message) : "fulfilled"))).toEqual([
      `GET ${path} failed (HTTP 409 UserError): Traffic must add up to 100.`,
      `PUT ${path} failed (HTTP 409 UserError): Traffic must add up to 100.`,
    ]);
  });
});
