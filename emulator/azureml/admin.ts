import type { EmulatorContext } from "./context";
import { armError, isObject, json } from "./http";
import type { FaultRule } from "./faults";
import type { Route } from "./router";
import type { RequestLogEntry } from "./server";
import { snapshot } from "./state";
import type { SpecViolation } from "./validation";

export interface AdminHooks {
  requests: RequestLogEntry[];
  specViolations: SpecViolation[];
  setScenario: (scenario: unknown) => void;
  clearScenarios: () => void;
  setScoring: (endpoint: string, deployment: string, behaviour: unknown) => string | undefined;
}

/** Routes under /_emulator/ for a process outside the test (a CLI, a demo) to inspect and drive the emulator. */
export function adminRoutes(ctx: EmulatorContext, hooks: AdminHooks): Route[] {
  const open = { auth: "none" as const, validate: false };
  return [
    { ...open, method: "GET", pattern: "/_emulator/state", handler: () => json(200, snapshot(ctx.state)) },
    { ...open, method: "GET", pattern: "/_emulator/requests", handler: () => json(200, hooks.requests) },
    { ...open, method: "GET", pattern: "/_emulator/spec-violations", handler: () => json(200, hooks.specViolations) },
    { ...open, method: "GET", pattern: "/_emulator/faults", handler: () => json(200, ctx.faults.list()) },
    { ...open, method: "POST", pattern: "/_emulator/faults", handler: (request) => {
      const rule = request.body;
      if (!isObject(rule) || typeof rule.path !== "string" || !isObject(rule.fault)) {
        return armError(400, "InvalidFault", "Expected {path, method?, count?, fault: {kind, ...}}.");
      }
      const count = rule.count === null || rule.count === "Infinity" ? Infinity : (rule.count as number | undefined);
      return json(201, { id: ctx.faults.add({ ...(rule as unknown as FaultRule), count }) });
    } },
    { ...open, method: "DELETE", pattern: "/_emulator/faults", handler: () => {
      ctx.faults.clear();
      return { status: 204 };
    } },
    { ...open, method: "POST", pattern: "/_emulator/scenarios", handler: (request) => {
      hooks.setScenario(request.body);
      return { status: 204 };
    } },
    { ...open, method: "DELETE", pattern: "/_emulator/scenarios", handler: () => {
      hooks.clearScenarios();
      return { status: 204 };
    } },
    { ...open, method: "POST", pattern: "/_emulator/scoring/:endpoint/:deployment", handler: (request) => {
      const problem = hooks.setScoring(request.params.endpoint, request.params.deployment, request.body);
      return problem ? armError(404, "NotFound", problem) : { status: 204 };
    } },
    { ...open, method: "POST", pattern: "/_emulator/lro", handler: (request) => {
      if (isObject(request.body)) Object.assign(ctx.lroSettings, request.body);
      return json(200, ctx.lroSettings);
    } },
  ];
}
