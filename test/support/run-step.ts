import type { InputDefs } from "../../shared/inputs/parse";
import { parseInputs } from "../../shared/inputs/parse";
import type { StepDefinition } from "../../shared/steps/step";
import type { MemoryHost } from "./memory-host";

/** Validates the host's inputs as a real run does, then runs the step with the given services. */
export async function runWithServices<D extends InputDefs, S>(step: StepDefinition<D, S>, host: MemoryHost, services: S): Promise<void> {
  await step.run(parseInputs(step.inputs, host), host, services);
}
