import type { Host } from "../host/port";
import { parseInputs, type InputDefs, type ParsedInputs } from "../inputs/parse";
import type { StepId } from "../core/steps";

export interface OutputDef {
  description: string;
}

/** What a step declares: the single source of truth for manifests and help. */
export interface StepDeclaration<D extends InputDefs = InputDefs> {
  id: StepId;
  title: string;
  description: string;
  inputs: D;
  outputs: Record<string, OutputDef>;
}

/**
 * A step: its inputs, outputs and behaviour. `run` turns inputs into settings, calls the services and maps
 * their errors to inputs in the host's spelling. `services` builds the real ones after the inputs were
 * validated (a bad input fails before any SDK loads); unit tests call `run` with fakes instead.
 */
export interface StepDefinition<D extends InputDefs = InputDefs, S = unknown> extends StepDeclaration<D> {
  services(): Promise<S>;
  run(inputs: ParsedInputs<D>, host: Host, services: S): Promise<void>;
}

/** A step as a host runs it: validate the inputs, build the services, run. */
export interface RunnableStep extends StepDeclaration {
  execute(host: Host): Promise<void>;
}

export function defineStep<D extends InputDefs, S>(step: StepDefinition<D, S>): StepDefinition<D, S> {
  return step;
}

export function runnable<D extends InputDefs, S>(step: StepDefinition<D, S>): RunnableStep {
  const { id, title, description, inputs, outputs } = step;
  return {
    id,
    title,
    description,
    inputs,
    outputs,
    execute: async (host) => {
      const parsed = parseInputs(step.inputs, host);
      await step.run(parsed, host, await step.services());
    },
  };
}

/** For steps that build their services inside `run` (no service object of their own yet). */
export const noServices = async (): Promise<undefined> => undefined;
