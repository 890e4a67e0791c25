import type { RunnableStep } from "../steps/step";
import { describeFailure } from "./failure";
import type { Host } from "./port";

/** Validates the inputs, runs the step, and turns any failure into one clear message. */
export async function runStep(step: RunnableStep, host: Host): Promise<boolean> {
  try {
    await step.execute(host);
    return true;
  } catch (error) {
    const { message, detail } = describeFailure(error, host.isDebug);
    if (detail) host.debug(detail);
    host.fail(message);
    return false;
  }
}
