import { request } from "node:https";
import type { Harness } from "../emulator/harness";
import { readCreditRows } from "./demo-data";

export const PRODUCTION_ENDPOINT = "credit-default";
export const PRODUCTION_MODEL = "credit-default";
export const PRODUCTION_DEPLOYMENT = "blue";

/** Files of the credit-default example, relative to the directory the steps run in. */
export interface ExampleFiles {
  jobFile: string;
  deploymentFile: string;
  sampleRequest: string;
}

/**
 * Yesterday's production: version 1 trained, registered and serving 100 % of the endpoint, put in place with
 * the bundled steps themselves.
 */
export async function putProductionInPlace(harness: Harness, cwd: string, files: ExampleFiles): Promise<void> {
  harness.emulator.jobs.setScenario({ match: { displayName: "credit-default-v1" }, metrics: { accuracy: 0.801, auc: 0.752 } });
  const run = async (step: Parameters<Harness["runAction"]>[0], inputs: Record<string, string>) => {
    const result = await harness.runAction(step, { cwd, inputs });
    if (result.exitCode !== 0) throw new Error(`${step} failed while putting production in place: ${result.errors.join("; ")}`);
    return result.outputs;
  };
  const trained = await run("train", { "job-file": files.jobFile, "display-name": "credit-default-v1", "poll-interval-seconds": "0.5" });
  const registered = await run("register", { "job-name": trained["job-name"], "model-name": PRODUCTION_MODEL, reason: "first model" });
  await run("deploy-canary", {
    "endpoint-name": PRODUCTION_ENDPOINT, model: registered["model-uri"], "deployment-name": PRODUCTION_DEPLOYMENT, "create-endpoint-if-missing": "true",
    "deployment-file": files.deploymentFile, "traffic-steps": "100", "interval-seconds": "2", "load-file": files.sampleRequest, "load-rps": "40", "min-requests": "3",
    "metrics-endpoint": harness.emulator.url,
  });
}

/** Sends production requests (rows of a CSV) to the endpoint's scoring route, as its callers would. */
export async function sendProductionTraffic(harness: Harness, csv: string, count: number, endpointName = PRODUCTION_ENDPOINT): Promise<void> {
  const endpoint = harness.emulator.state.endpoints.get(endpointName);
  if (!endpoint) throw new Error(`endpoint ${endpointName} does not exist`);
  const { columns, rows } = readCreditRows(csv);
  const features = columns.filter((column) => column !== "default");
  const url = new URL(`${harness.emulator.url}/score/${endpointName}`);
  for (let offset = 0; offset < count; offset += 50) {
    const batch = rows.slice(offset, offset + 50).map((row) => features.map((column) => row[columns.indexOf(column)]));
    const body = JSON.stringify({ input_data: { columns: features, data: batch } });
    await new Promise<void>((resolve, reject) => {
      const call = request(url, { method: "POST", ca: harness.emulator.ca, headers: { authorization: `Bearer ${endpoint.keys.primaryKey}`, "content-type": "application/json" } }, (answer) => {
        answer.resume();
        answer.on("end", () => (answer.statusCode === 200 ? resolve() : reject(new Error(`scoring answered ${answer.statusCode}`))));
      });
      call.on("error", reject);
      call.end(body);
    });
  }
}
