import type { Host } from "../host/port";
import type { InputDefs, ParsedInputs } from "../inputs/parse";
import type { StepId } from "./catalog";

export interface OutputDef {
  description: string;
}

/** A step: its inputs (the single source of truth for manifests), outputs and behaviour. */
export interface StepDefinition<D extends InputDefs = InputDefs> {
  id: StepId;
  title: string;
  description: string;
  inputs: D;
  outputs: Record<string, OutputDef>;
  run(inputs: ParsedInputs<D>, host: Host): Promise<void>;
}

export function defineStep<D extends InputDefs>(step: StepDefinition<D>): StepDefinition<D> {
  return step;
}
