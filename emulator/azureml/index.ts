import { adminRoutes } from "./admin";
import { assetRoutes, CODE_KIND, DATA_KIND, ENVIRONMENT_KIND, putAssetVersion } from "./assets";
import { WorkspaceBlobStore, type BlobServiceOptions } from "./blob";
import type { EmulatorContext, LroSettings } from "./context";
import { componentKind } from "./components";
import { Faults } from "./faults";
import { newGuid } from "./ids";
import { JobRunner } from "./job-runner";
import { deploymentRoutes } from "./deployments";
import { endpointRoutes } from "./endpoints";
import { jobRoutes } from "./jobs";
import { metricsRoutes } from "./metrics";
import { scheduleRoutes } from "./schedules";
import { ScoringService } from "./scoring";
import { LroManager } from "./lro";
import { bindModelChecks, modelKind } from "./models";
import { Router } from "./router";
import { ScenarioBook, type JobScenario } from "./scenarios";
import { EmulatorServer, type RequestLogEntry } from "./server";
import { emptyAssetStore, type EmulatorState, type ScoringBehaviour } from "./state";
import { Timers } from "./timers";
import { emulatorCertificate } from "./tls";
import { trackingRoutes } from "./tracking";
import { warmUpValidators, type SpecViolation } from "./validation";
import { seedComputes, seedDefaultDatastore, seedWorkspace, workspaceRoutes } from "./workspace";

export { trustCertificateInThisProcess } from "./tls";
export type { Fault, FaultRule } from "./faults";
export type { JobScenario, JobBehaviour } from "./scenarios";
export type { EmulatorState, ScoringBehaviour, ServedRequest } from "./state";
export type { SpecViolation } from "./validation";
export type { RequestLogEntry } from "./server";

export interface EmulatorOptions {
  blob: BlobServiceOptions;
  /** Check every ARM request and response against the Azure ML swagger with oav (default true). */
  validate?: boolean;
  now?: () => Date;
  subscriptionId?: string;
  resourceGroup?: string;
  workspaceName?: string;
  location?: string;
  lro?: Partial<LroSettings>;
}

export interface Emulator {
  /** https://127.0.0.1:PORT — pass as the SDK's `endpoint`. */
  url: string;
  /** PEM file for NODE_EXTRA_CA_CERTS of child processes. */
  caCertPath: string;
  ca: string;
  subscriptionId: string;
  resourceGroup: string;
  workspaceName: string;
  location: string;
  /** The workspace's default blob container in Azurite. */
  blobContainer: string;
  state: EmulatorState;
  requests: RequestLogEntry[];
  specViolations: SpecViolation[];
  faults: Faults;
  lro: LroSettings;
  scoring: {
    /** Error rate and latency of one deployment's scoring answers. */
    configure(endpoint: string, deployment: string, behaviour: Partial<ScoringBehaviour>): void;
    /** Behaviour the deployment gets when it is created (it need not exist yet). */
    preset(endpoint: string, deployment: string, behaviour: Partial<ScoringBehaviour>): void;
  };
  jobs: {
    setScenario(scenario: JobScenario): void;
    clearScenarios(): void;
    /** Resolves once the job reaches a terminal status. */
    whenFinished(jobName: string): Promise<void>;
  };
  close(): Promise<void>;
}

const DEFAULTS = {
  subscriptionId: "6f1e3c52-9d0b-4c1e-8a7e-2b4f5d6c7a81",
  resourceGroup: "rg-amlops-dev",
  workspaceName: "mlw-amlops-dev",
  location: "eastus",
};

function emptyState(): EmulatorState {
  return {
    workspace: { id: "", name: "", type: "", properties: {} },
    computes: new Map(), datastores: new Map(),
    codes: emptyAssetStore(), environments: emptyAssetStore(), data: emptyAssetStore(), models: emptyAssetStore(), components: emptyAssetStore(),
    jobs: new Map(), endpoints: new Map(), deployments: new Map(), operations: new Map(), served: [], scoringPresets: new Map(), schedules: new Map(),
  };
}

function seedEnvironment(ctx: EmulatorContext): void {
  putAssetVersion(ctx, ENVIRONMENT_KIND, "sklearn-env", "1", {
    description: "scikit-learn 1.5 on Ubuntu 20.04",
    image: "mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest",
    condaFile: "name: sklearn-env\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n  - pip:\n    - scikit-learn==1.5.1\n    - mlflow==2.15.1\n    - azureml-mlflow==1.57.0\n",
    tags: {},
  });
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const certificate = emulatorCertificate();
  const validate = options.validate ?? true;
  const validatorsReady = validate ? warmUpValidators() : Promise.resolve();
  const workspaceGuid = newGuid();
  const blob = new WorkspaceBlobStore(options.blob, `azureml-blobstore-${workspaceGuid}`);
  const blobReady = blob.init();

  let baseUrl = "";
  const state = emptyState();
  const lroSettings: LroSettings = { durationMs: 300, putMode: "AzureAsyncOperation", ...options.lro };
  const ctx: EmulatorContext = {
    state,
    workspace: {
      subscriptionId: options.subscriptionId ?? DEFAULTS.subscriptionId,
      resourceGroup: options.resourceGroup ?? DEFAULTS.resourceGroup,
      workspaceName: options.workspaceName ?? DEFAULTS.workspaceName,
      location: options.location ?? DEFAULTS.location,
    },
    baseUrl: () => baseUrl,
    now: options.now ?? (() => new Date()),
    blob,
    faults: new Faults(),
    timers: new Timers(),
    lro: undefined as unknown as LroManager,
    lroSettings,
  };
  ctx.lro = new LroManager(() => ctx);

  const scenarios = new ScenarioBook();
  const runner = new JobRunner(ctx, scenarios);
  const requests: RequestLogEntry[] = [];
  const specViolations: SpecViolation[] = [];
  const scoring = new ScoringService(ctx);
  const router = new Router();
  router.add([
    ...ctx.lro.routes(),
    ...adminRoutes(ctx, {
      requests, specViolations,
      setScenario: (scenario) => scenarios.set(scenario as JobScenario),
      clearScenarios: () => scenarios.clear(),
      setScoring: (endpoint, deployment, behaviour) => scoring.configure(endpoint, deployment, behaviour as Partial<ScoringBehaviour>),
    }),
    ...trackingRoutes(ctx),
    ...jobRoutes(ctx, runner),
    ...scheduleRoutes(ctx, runner),
    ...assetRoutes(ctx, CODE_KIND),
    ...assetRoutes(ctx, ENVIRONMENT_KIND),
    ...assetRoutes(ctx, DATA_KIND),
    ...assetRoutes(ctx, bindModelChecks(modelKind(), state)),
    ...assetRoutes(ctx, componentKind(state, ctx.workspace)),
    ...metricsRoutes(ctx),
    ...deploymentRoutes(ctx),
    ...endpointRoutes(ctx),
    ...scoring.routes(),
  ]);
  router.add(workspaceRoutes(ctx));

  const server = new EmulatorServer({
    router, context: ctx, cert: certificate.cert, key: certificate.key, validate, requests, specViolations,
    scoringAuth: (request) => scoring.authorize(request),
  });
  const port = await server.listen();
  baseUrl = `https://127.0.0.1:${port}`;
  state.workspace = seedWorkspace(ctx, workspaceGuid);
  seedComputes(ctx);
  seedDefaultDatastore(ctx);
  seedEnvironment(ctx);
  try {
    await Promise.all([validatorsReady, blobReady]);
  } catch (error) {
    ctx.timers.close();
    await server.close();
    throw error;
  }

  return {
    url: baseUrl,
    caCertPath: certificate.certPath,
    ca: certificate.cert,
    ...ctx.workspace,
    blobContainer: blob.containerName,
    state,
    requests,
    specViolations,
    faults: ctx.faults,
    lro: lroSettings,
    scoring: {
      configure: (endpoint, deployment, behaviour) => {
        const problem = scoring.configure(endpoint, deployment, behaviour);
        if (problem) throw new Error(problem);
      },
      preset: (endpoint, deployment, behaviour) => {
        state.scoringPresets.set(`${endpoint}/${deployment}`, behaviour);
      },
    },
    jobs: {
      setScenario: (scenario) => scenarios.set(scenario),
      clearScenarios: () => scenarios.clear(),
      whenFinished: (jobName) => runner.whenFinished(jobName),
    },
    close: async () => {
      ctx.timers.close();
      await server.close();
    },
  };
}
