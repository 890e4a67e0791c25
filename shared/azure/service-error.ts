import { ServiceError } from "../core/errors";

interface RestErrorLike {
  name?: string;
  message?: string;
  code?: string;
  statusCode?: number;
  details?: unknown;
}

/** The service's own message of an SDK or data-plane failure, as one ServiceError; anything else unchanged. */
export function toServiceError(error: unknown, doing: string): unknown {
  const rest = error as RestErrorLike;
  if (!rest || typeof rest !== "object" || (rest.name !== "RestError" && rest.statusCode === undefined)) return error;
  const body = rest.details as { error?: { code?: string; message?: string } } | undefined;
  const code = body?.error?.code ?? rest.code;
  const message = body?.error?.message ?? rest.message ?? "no message";
  const status = rest.statusCode ? ` (HTTP ${rest.statusCode}${code ? ` ${code}` : ""})` : "";
  return new ServiceError(`${doing} failed${status}: ${message}`, code, rest.statusCode);
}

/** Runs an Azure call and rethrows its failure with the service's message and what was being done. */
export async function callService<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toServiceError(error, doing);
  }
}

export function isNotFound(error: unknown): boolean {
  return (error as RestErrorLike)?.statusCode === 404;
}
