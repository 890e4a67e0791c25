import type { Host } from "../host/port";
import type { InputDefs, ParsedInputs } from "../inputs/parse";
import type { StepId } from "../core/steps";

export interface OutputDef {
  description: string;
}

/**
 * A step: its inputs (the single source of truth for manifests), outputs and behaviour.
 * `run` turns inputs into settings, calls the services and maps their errors to inputs in the host's
 * spelling. `services` builds the real ones after the inputs were validated (a bad input fails before any
 * SDK loads); unit tests call `run` with fakes instead.
 */
export interface StepDefinition<D extends InputDefs = InputDefs, S = unknown> {
  id: StepId;
  title: string;
  description: string;
  inputs: D;
  outputs: Record<string, OutputDef>;
  services(): Promise<S>;
  run(inputs: ParsedInputs<D>, host: Host, services: S): Promise<void>;
}

export function defineStep<D extends InputDefs, S>(step: StepDefinition<D, S>): StepDefinition<D, S> {
  return step;
}

/** For steps that build their services inside `run` (no service object of their own yet). */
export const noServices = async (): Promise<undefined> => undefined;
