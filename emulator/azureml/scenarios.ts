import type { JobRecord } from "./state";

export type JobOutcome = "Completed" | "Failed" | "Canceled";

export interface JobBehaviour {
  /** Milliseconds spent in each status before the next. */
  durations?: Partial<Record<"queued" | "preparing" | "running" | "finalizing", number>>;
  outcome?: JobOutcome;
  /** The error message of a Failed job. */
  error?: string;
  /** Logged through MLflow; an array is a history (one value per step). */
  metrics?: Record<string, number | number[]>;
  params?: Record<string, string>;
  /** Written one by one to user_logs/std_log.txt while Running. */
  logLines?: string[];
  /** Files written under each named output on completion, path → content; model outputs get an MLmodel by default. */
  outputFiles?: Record<string, Record<string, string>>;
}

export interface JobScenario extends JobBehaviour {
  /** Which jobs it applies to (all when omitted): every given field must match. */
  match?: { experimentName?: string; displayName?: string; tag?: { name: string; value?: string }; stepName?: string };
  /** Behaviour of pipeline steps, by step name. */
  steps?: Record<string, JobBehaviour>;
}

export const DEFAULT_BEHAVIOUR: Required<Omit<JobBehaviour, "error" | "outputFiles">> = {
  durations: { queued: 150, preparing: 150, running: 900, finalizing: 150 },
  outcome: "Completed",
  metrics: { accuracy: 0.91, loss: [0.69, 0.42, 0.31] },
  params: {},
  logLines: [
    "Loading training data",
    "Epoch 1/3 - loss: 0.6900",
    "Epoch 2/3 - loss: 0.4200",
    "Epoch 3/3 - loss: 0.3100",
    "Training complete",
  ],
};

function matches(scenario: JobScenario, job: JobRecord): boolean {
  const { match } = scenario;
  if (!match) return true;
  const properties = job.resource.properties;
  if (match.experimentName !== undefined && properties.experimentName !== match.experimentName) return false;
  if (match.displayName !== undefined && properties.displayName !== match.displayName) return false;
  if (match.stepName !== undefined && job.stepName !== match.stepName) return false;
  if (match.tag) {
    const tags = (properties.tags ?? {}) as Record<string, string>;
    if (!(match.tag.name in tags)) return false;
    if (match.tag.value !== undefined && tags[match.tag.name] !== match.tag.value) return false;
  }
  return true;
}

/** Scenarios set by tests; the most recently set one that matches wins. */
export class ScenarioBook {
  private scenarios: JobScenario[] = [];

  set(scenario: JobScenario): void {
    this.scenarios.unshift(scenario);
  }

  clear(): void {
    this.scenarios = [];
  }

  forJob(job: JobRecord): JobScenario {
    return this.scenarios.find((scenario) => matches(scenario, job)) ?? {};
  }

  /** A pipeline step's behaviour: its parent scenario's `steps` entry, else a scenario matching the step itself. */
  forStep(parent: JobScenario, step: JobRecord): JobBehaviour {
    return parent.steps?.[step.stepName ?? ""] ?? this.scenarios.find((scenario) => scenario.match?.stepName !== undefined && matches(scenario, step)) ?? {};
  }
}

export function resolveBehaviour(behaviour: JobBehaviour): Required<Omit<JobBehaviour, "error" | "outputFiles">> & Pick<JobBehaviour, "error" | "outputFiles"> {
  return {
    ...DEFAULT_BEHAVIOUR,
    ...behaviour,
    durations: { ...DEFAULT_BEHAVIOUR.durations, ...behaviour.durations },
  };
}
