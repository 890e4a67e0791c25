import { ConfigurationError } from "../core/errors";
import type { ConversionContext } from "./job-io";

/** Runs a conversion; a refusal names the job file it comes from (`<file>: <field path>: <what is accepted>`). */
export async function namingJobFile<T>(ctx: ConversionContext, convert: () => Promise<T>): Promise<T> {
  try {
    return await convert();
  } catch (error) {
    if (!(error instanceof ConfigurationError) || ctx.origin === undefined || error.message.startsWith(ctx.origin)) throw error;
    throw new ConfigurationError(`${ctx.origin}: ${error.message}`);
  }
}
