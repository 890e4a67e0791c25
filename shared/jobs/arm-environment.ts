import { assetVersionArmId, parseAssetReference } from "../azure/arm-ids";
import { resolveEnvironment } from "./command-parts";
import type { ConversionContext } from "./job-io";

/**
 * An environment for a Spark job, whose `environmentId` is an ARM id in api-version 2025-12-01: a curated
 * `azureml:AzureML-<name>:<version>` (or `@latest`) is resolved in the workspace like any other environment, as the
 * SDK's `get_asset_arm_id` does, instead of being passed on as written.
 */
export async function resolveEnvironmentArmId(value: unknown, where: string, ctx: ConversionContext): Promise<string> {
  const reference = typeof value === "string" && value.startsWith("azureml:AzureML-") ? parseAssetReference(value, where) : undefined;
  if (reference?.kind === "version") return assetVersionArmId(ctx.scope, "environments", reference.name, reference.version);
  if (reference?.kind === "latest") return assetVersionArmId(ctx.scope, "environments", reference.name, await ctx.resolver.latestVersion("environments", reference.name));
  return resolveEnvironment(value, where, ctx);
}
