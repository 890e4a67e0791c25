import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  choice,
  commonInputs,
  count,
  existingPath,
  flag,
  lines,
  requiredText,
  text,
  url
} from "./chunk-IBYWEKLG.mjs";

// shared/steps/deploy-canary-inputs.ts
var deployCanaryInputs = {
  ...commonInputs,
  "endpoint-name": requiredText({ description: "Managed online endpoint to deploy to." }),
  model: requiredText({ description: "Model to deploy: azureml:<name>:<version> (e.g. the register step's model-uri), azureml:<name>@latest, or a registry model URI." }),
  "deployment-name": text({ description: "Name of the new deployment (3-32 letters, digits, hyphens). Default: derived from the model, e.g. credit-model-7." }),
  "deployment-file": existingPath({ description: "CLI v2 online deployment YAML, as `az ml online-deployment create -f` takes it; the inputs below override its fields." }),
  "instance-type": text({ description: "VM size of the deployment. Default: the deployment file's, else Standard_DS3_v2." }),
  "instance-count": count({ description: "Number of instances. Default: the deployment file's, else 1.", min: 1, integer: !0 }),
  environment: text({ description: "Environment of the deployment: azureml:<name>:<version>, azureml:<name>@latest or a registry URI (not needed for MLflow models)." }),
  "code-path": text({ description: "Local folder with the scoring code; goes with scoring-script." }),
  "scoring-script": text({ description: "Scoring script inside code-path, e.g. score.py." }),
  "request-timeout-ms": count({ description: "Scoring request timeout in milliseconds.", min: 1, integer: !0 }),
  "max-concurrent-requests": count({ description: "Concurrent requests per instance.", min: 1, integer: !0 }),
  "liveness-probe": text({ description: "Liveness probe as comma-separated key=value with the YAML's keys, e.g. initial_delay=30,period=10,failure_threshold=30." }),
  "readiness-probe": text({ description: "Readiness probe, in the same form as liveness-probe." }),
  "data-collector": lines({ description: "Data collector collections to enable, one per line (e.g. model_inputs, model_outputs)." }),
  "create-endpoint-if-missing": flag({ description: "Create the endpoint when it does not exist.", default: !1 }),
  "auth-mode": choice({ description: "Auth mode of an endpoint this step creates.", options: ["key", "aml_token"], default: "key" }),
  "smoke-request": text({ description: "JSON request body sent to the new deployment before any traffic moves: a file path or inline JSON." }),
  "smoke-expect-status": count({ description: "HTTP status the smoke request must get.", default: 200, min: 100, max: 599, integer: !0 }),
  "smoke-expect": text({ description: "What the smoke answer must contain: a JSON path ($.predictions[0], optionally `== <json>`) or a /regex/." }),
  "mirror-percent": count({ description: "Share of live traffic mirrored to the new deployment before the canary (0-50).", default: 0, min: 0, max: 50, integer: !0 }),
  "mirror-minutes": count({ description: "How long traffic is mirrored before the analysis of the mirror.", default: 5, min: 0 }),
  "traffic-steps": text({ description: "Comma-separated, increasing traffic percentages for the new deployment, e.g. 10,50,100; `none` deploys without traffic.", default: "10,50,100" }),
  "interval-seconds": count({
    description: "Time at each traffic step before its analysis. Azure Monitor publishes endpoint metrics a few minutes late: keep 300 or more on a real endpoint.",
    default: 300,
    min: 0
  }),
  threshold: count({ description: "Failed checks that trigger a rollback.", default: 2, min: 1, integer: !0 }),
  "min-success-rate": count({ description: "Lowest acceptable share of non-5xx answers (0-1).", default: 0.99, min: 0, max: 1 }),
  "max-latency-ms": count({ description: "Highest acceptable P99 latency in milliseconds.", default: 1e3, min: 0 }),
  "min-requests": count({ description: "Requests an analysis needs; fewer is no data, a failed check unless allow-no-data.", default: 10, min: 0, integer: !0 }),
  "allow-no-data": flag({ description: "Pass an analysis that saw fewer than min-requests requests.", default: !1 }),
  "load-file": existingPath({ description: "JSON request body sent as synthetic traffic during each analysis, for endpoints without production traffic." }),
  "load-rps": count({ description: "Synthetic requests per second with load-file.", default: 5, min: 0.1, max: 100 }),
  "metrics-endpoint": url({ description: "Azure Monitor metrics endpoint. Default: https://<endpoint region>.metrics.monitor.azure.com." }),
  "delete-old": flag({ description: "After promotion, delete the deployments that served before and now have no traffic.", default: !1 }),
  "delete-on-rollback": flag({ description: "Delete the new deployment after a rollback or failed provisioning instead of keeping it for inspection.", default: !1 }),
  "timeout-minutes": count({ description: "How long to wait for provisioning and each endpoint update.", default: 30, min: 0.05 }),
  "log-tail": count({ description: "Lines of the new deployment's log shown after a failure.", default: 100, min: 1, max: 1e4, integer: !0 })
}, deployCanaryOutputs = {
  result: { description: "promoted, rolled-back, or deployed-no-traffic." },
  promoted: { description: "true when the new deployment takes all traffic." },
  "deployment-name": { description: "Name of the deployment created or updated." },
  "scoring-uri": { description: "Scoring URI of the endpoint." },
  traffic: { description: "The endpoint's traffic map after the step, as JSON." },
  "previous-traffic": { description: "The endpoint's traffic map before the step, as JSON." }
};

export {
  deployCanaryInputs,
  deployCanaryOutputs
};
