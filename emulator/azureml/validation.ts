import path from "node:path";
import { LiveValidator } from "oav";

const EMULATOR_ROOT = typeof __dirname === "string" ? path.resolve(__dirname, "..") : path.resolve(process.cwd(), "emulator");
export const SPEC_DIRECTORY = path.resolve(EMULATOR_ROOT, "azureml-spec/specification");

const SWAGGERS: Record<string, string[]> = {
  "2022-10-01": ["machinelearningservices/**/2022-10-01/*.json"],
  "2025-12-01": ["machinelearningservices/**/2025-12-01/openapi.json"],
};

export const VALIDATED_API_VERSIONS = Object.keys(SWAGGERS);
/** The SDK's api-version, used by nearly every request; the others load on their first request. */
const EAGER_API_VERSIONS = ["2022-10-01"];

export interface SpecIssue {
  code: string;
  message: string;
  path?: string;
}

export interface SpecViolation {
  direction: "request" | "response";
  method: string;
  path: string;
  apiVersion: string;
  operationId?: string;
  issues: SpecIssue[];
}

export interface LiveExchange {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

const validators = new Map<string, Promise<LiveValidator>>();

function validatorFor(apiVersion: string): Promise<LiveValidator> | undefined {
  const patterns = SWAGGERS[apiVersion];
  if (!patterns) return undefined;
  let validator = validators.get(apiVersion);
  if (!validator) {
    // Validators compile per operation on first use. oav's default compiles every operation in the background, polling
    // the event loop with timers for up to a minute — CPU taken from the tests and a process that does not exit.
    const created = new LiveValidator(
      { directory: SPEC_DIRECTORY, swaggerPathsPattern: patterns, git: { shouldClone: false }, loadValidatorInBackground: false },
      () => undefined,
    );
    validator = created.initialize().then(() => created);
    validators.set(apiVersion, validator);
  }
  return validator;
}

/** Loads the SDK api-version's validator up front (about a second, once per process). */
export async function warmUpValidators(): Promise<void> {
  await Promise.all(EAGER_API_VERSIONS.map((version) => validatorFor(version)));
}

function issuesOf(errors: readonly { code: string; message: string; pathsInPayload?: string[] }[]): SpecIssue[] {
  return errors.map((error) => ({ code: error.code, message: error.message, path: error.pathsInPayload?.[0] }));
}

/** Datastore responses never carry credentials.secrets (x-ms-secret) although the schema requires it. */
function isAcceptedUpstreamQuirk(issue: SpecIssue): boolean {
  return issue.code === "OBJECT_MISSING_REQUIRED_PROPERTY" && /\/credentials\/secrets$/.test(issue.path ?? "");
}

/** ARM's contract: resource providers ignore read-only properties sent back in a PUT (GET → modify → PUT). */
function isIgnoredReadOnlyEcho(issue: SpecIssue): boolean {
  return issue.code === "READONLY_PROPERTY_NOT_ALLOWED_IN_REQUEST";
}

export async function validateRequest(apiVersion: string, request: LiveExchange): Promise<{ operationId?: string; issues: SpecIssue[] }> {
  const validator = await validatorFor(apiVersion);
  if (!validator) return { issues: [] };
  const result = await validator.validateLiveRequest({ url: request.url, method: request.method, headers: request.headers, body: request.body as Record<string, unknown> | undefined });
  if (result.runtimeException) return { issues: [{ code: result.runtimeException.code, message: result.runtimeException.message }] };
  return { operationId: result.operationInfo.operationId, issues: issuesOf(result.errors).filter((issue) => !isIgnoredReadOnlyEcho(issue)) };
}

export async function validateResponse(
  apiVersion: string,
  request: { url: string; method: string },
  response: { statusCode: number; headers: Record<string, string>; body: unknown },
): Promise<SpecIssue[]> {
  const validator = await validatorFor(apiVersion);
  if (!validator) return [];
  const result = await validator.validateLiveResponse(
    { statusCode: String(response.statusCode), headers: response.headers, body: response.body as Record<string, unknown> | undefined },
    request,
  );
  if (result.runtimeException) return [{ code: result.runtimeException.code, message: result.runtimeException.message }];
  return issuesOf(result.errors).filter((issue) => !isAcceptedUpstreamQuirk(issue));
}
