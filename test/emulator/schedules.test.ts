import { httpsJson, startHarness, unsignedJwt, type Harness } from "./support";

const DS = "azureml://datastores/workspaceblobstore/paths";

describe("monitor schedules (2025-12-01) and their trigger", () => {
  let h: Harness;
  const headers = () => ({ authorization: `Bearer ${unsignedJwt(600)}`, "content-type": "application/json" });
  const schedulePath = (name: string, suffix = "") =>
    `/subscriptions/${h.emulator.subscriptionId}/resourceGroups/${h.emulator.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${h.emulator.workspaceName}/schedules/${name}${suffix}`;

  function monitorBody(overrides: { reference?: string; isEnabled?: boolean; categoricalMetric?: string } = {}) {
    return {
      properties: {
        isEnabled: overrides.isEnabled ?? true,
        trigger: { triggerType: "Recurrence", frequency: "Day", interval: 1 },
        action: {
          actionType: "CreateMonitor",
          monitorDefinition: {
            computeConfiguration: { computeType: "ServerlessSpark", computeIdentity: { computeIdentityType: "AmlToken" }, instanceType: "standard_e4s_v3", runtimeVersion: "3.4" },
            signals: {
              drift: {
                signalType: "DataDrift",
                referenceData: { inputDataType: "Fixed", jobInputType: "mltable", uri: overrides.reference ?? `${DS}/tables/reference/` },
                productionData: { inputDataType: "Fixed", jobInputType: "mltable", uri: `${DS}/tables/production/` },
                metricThresholds: [{ dataType: "Categorical", metric: overrides.categoricalMetric ?? "JensenShannonDistance", threshold: { value: 0.1 } }],
              },
            },
          },
        },
      },
    };
  }

  async function put(name: string, body: unknown) {
    return httpsJson(h.emulator, `${schedulePath(name)}?api-version=2025-12-01`, { method: "PUT", headers: headers(), body: JSON.stringify(body) });
  }

  async function trigger(name: string, apiVersion = "2024-01-01-preview") {
    return httpsJson(h.emulator, `${schedulePath(name, "/trigger")}?api-version=${apiVersion}`, { method: "POST", headers: headers(), body: JSON.stringify({ scheduleTime: "2026-01-05T10:00:00Z" }) });
  }

  async function provisioned(name: string): Promise<void> {
    while (h.emulator.state.schedules.get(name)?.resource.properties.provisioningState !== "Succeeded") await new Promise((resolve) => setTimeout(resolve, 20));
  }

  beforeAll(async () => {
    h = await startHarness({ lro: { durationMs: 50 } });
  });

  afterAll(async () => {
    await h.stop();
  });

  afterEach(() => {
    expect(h.emulator.specViolations.splice(0)).toEqual([]);
  });

  it("creates a schedule as an Azure-AsyncOperation LRO, lists it by enabled state and deletes it", async () => {
    const created = await put("nightly", monitorBody());
    expect(created.status).toBe(201);
    expect(created.headers.get("azure-asyncoperation")).toContain("/mfeOperationsStatus/");
    expect(created.body).toMatchObject({ name: "nightly", properties: { provisioningState: "Creating", isEnabled: true } });
    await provisioned("nightly");
    await put("paused", monitorBody({ isEnabled: false }));
    const list = async (view?: string) => ((await httpsJson(h.emulator, `${schedulePath("").slice(0, -1)}?api-version=2025-12-01${view ? `&listViewType=${view}` : ""}`, { headers: headers() })).body as { value: { name: string }[] }).value.map((item) => item.name);
    expect(await list()).toEqual(["nightly"]);
    expect(await list("DisabledOnly")).toEqual(["paused"]);
    expect((await list("All")).sort()).toEqual(["nightly", "paused"]);

    const deleted = await httpsJson(h.emulator, `${schedulePath("paused")}?api-version=2025-12-01`, { method: "DELETE", headers: headers() });
    expect(deleted.status).toBe(202);
    while (h.emulator.state.schedules.has("paused")) await new Promise((resolve) => setTimeout(resolve, 20));
  });

  it("refuses what the spec or the service refuses: a body without trigger, missing data, a changed monitor definition", async () => {
    const body = monitorBody();
    const { trigger: _trigger, ...withoutTrigger } = body.properties;
    const invalid = await put("no-trigger", { properties: withoutTrigger });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ error: { code: "InvalidRequestContent", message: expect.stringContaining("trigger") } });
    expect(h.emulator.specViolations.splice(0)).toEqual([expect.objectContaining({ direction: "request", operationId: "Schedules_CreateOrUpdate" })]);

    const wrongMetric = await put("wrong-metric", monitorBody({ categoricalMetric: "NormalizedWassersteinDistance" }));
    expect(wrongMetric.status).toBe(400);
    h.emulator.specViolations.splice(0);

    const missing = await put("missing-data", monitorBody({ reference: "azureml:no-such-data:3" }));
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: "UserError", message: "signals.drift.referenceData: data asset 'azureml:no-such-data:3' was not found in workspace 'mlw-amlops-dev'." } });

    expect((await put("fixed", monitorBody())).status).toBe(201);
    const changed = await put("fixed", monitorBody({ reference: `${DS}/tables/other/` }));
    expect(changed.status).toBe(400);
    expect(changed.body).toMatchObject({ error: { message: expect.stringContaining("monitorDefinition cannot be changed") } });
    expect(h.emulator.state.schedules.has("no-trigger") || h.emulator.state.schedules.has("missing-data")).toBe(false);
  });

  it("triggers an enabled, provisioned schedule once per call on the preview api-version only", async () => {
    // Provisioning long enough for the trigger to meet it, whatever the first request's warm-up costs.
    const durationMs = h.emulator.lro.durationMs;
    h.emulator.lro.durationMs = 5000;
    try {
      await put("on-demand", monitorBody());
    } finally {
      h.emulator.lro.durationMs = durationMs;
    }
    expect(h.emulator.state.schedules.get("on-demand")!.resource.properties.provisioningState).toBe("Creating");
    expect((await trigger("on-demand")).status).toBe(409);
    await provisioned("on-demand");
    expect((await trigger("on-demand", "2025-12-01")).body).toMatchObject({ error: { code: "InvalidApiVersionParameter" } });
    expect((await trigger("nope")).status).toBe(404);

    const first = await trigger("on-demand");
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ submissionId: expect.any(String), scheduleActionType: "CreateMonitor" });
    const jobName = (first.body as { submissionId: string }).submissionId;
    const job = h.emulator.state.jobs.get(jobName)!;
    expect(job.resource.properties).toMatchObject({
      jobType: "Pipeline",
      experimentName: "on-demand",
      outputs: { signal_output: { jobOutputType: "uri_folder", uri: `${DS}/azureml/${jobName}/signal_output/` } },
    });
    expect(Object.keys(job.resource.properties.jobs as object)).toEqual(["drift"]);

    await put("on-demand", monitorBody({ isEnabled: false }));
    const disabled = await trigger("on-demand");
    expect(disabled.status).toBe(400);
    expect(disabled.body).toMatchObject({ error: { message: "Schedule 'on-demand' is disabled; only an enabled schedule can be triggered." } });
    expect(h.emulator.state.schedules.get("on-demand")!.runs.map((run) => run.jobName)).toEqual([jobName]);
    await h.emulator.jobs.whenFinished(jobName);
  });
});
