import { parseInputs, type InputDefs } from "../inputs/parse";
import type { StepDefinition } from "../steps/step";
import { describeFailure } from "./failure";
import type { Host } from "./port";

/** Validates the inputs, runs the step, and turns any failure into one clear message. */
export async function runStep<D extends InputDefs, S>(step: StepDefinition<D, S>, host: Host): Promise<boolean> {
  try {
    const inputs = parseInputs(step.inputs, host);
    await step.run(inputs, host, await step.services());
    return true;
  } catch (error) {
    const { message, detail } = describeFailure(error, host.isDebug);
    if (detail) host.debug(detail);
    host.fail(message);
    return false;
  }
}
