import type { EmulatorRequest, EmulatorResponse } from "./http";

/** arm: ARM bearer token, checked against the spec; bearer: ARM token only; scoring: endpoint key/token; none: open. */
export type RouteAuth = "arm" | "bearer" | "scoring" | "none";

export interface Route {
  method: string;
  pattern: string;
  auth: RouteAuth;
  /** Checked with oav (only routes the Azure ML swagger describes). */
  validate: boolean;
  /** api-versions this route takes besides the validated ones (preview operations no stored swagger describes). */
  apiVersions?: string[];
  handler: (request: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export const WORKSPACE_PATH =
  "/subscriptions/:subscriptionId/resourceGroups/:resourceGroupName/providers/Microsoft.MachineLearningServices/workspaces/:workspaceName";

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.pattern
    .split("/")
    .map((segment) => {
      if (segment.startsWith(":")) {
        names.push(segment.slice(1));
        return "([^/]+)";
      }
      if (segment === "*") {
        names.push("rest");
        return "(.*)";
      }
      return escapeRegex(segment);
    })
    .join("/");
  return { ...route, regex: new RegExp(`^${source}/?$`, "i"), names };
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(routes: Route[]): void {
    for (const route of routes) this.routes.push(compile(route));
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | { allowedMethods: string[] } | undefined {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const match = route.regex.exec(path);
      if (!match) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1]);
      });
      return { route, params };
    }
    return allowed.length > 0 ? { allowedMethods: allowed } : undefined;
  }
}
