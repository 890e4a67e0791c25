import { createHash } from "node:crypto";
import type { LatestVersionAssetType } from "../azure/asset-versions";
import type { Mapping } from "./spec-fields";

export type { LatestVersionAssetType };

/** An environment written inline in the job file (`environment: {image, conda_file}`). */
export interface InlineEnvironment {
  /** Base image; absent when the environment is built from a Docker build context. */
  image?: string;
  /** The conda YAML text. */
  condaFile?: string;
  /** `build:` — a local folder (uploaded, content-hashed like the code snapshot) or a remote context URL. */
  build?: { context: string; dockerfilePath?: string };
}

export type LocalInputType = "uri_file" | "uri_folder" | "mltable" | "mlflow_model" | "custom_model" | "triton_model";

/** A command component written inline in a pipeline step; registered anonymously like the CLI does. */
export type ComponentSpec = Mapping;

/**
 * Everything the conversion needs from the workspace. A planning implementation computes the same ids
 * without writing anything (dry run); the workspace implementation uploads and registers.
 */
export interface JobAssetResolver {
  /** Code snapshot of a local directory → ARM id of the code version. */
  codeId(localPath: string): Promise<string>;
  /** Inline environment → ARM id of the (anonymous, content-hashed) environment version. */
  environmentId(environment: InlineEnvironment): Promise<string>;
  /** Local file or folder used as a job input → azureml://datastores/... URI of the uploaded copy. */
  inputUri(localPath: string, type: LocalInputType): Promise<string>;
  /** Inline command component of a pipeline step → ARM id of the anonymous component version. */
  componentId(spec: ComponentSpec): Promise<string>;
  /** `azureml:<name>@latest` → the latest version of that asset. */
  latestVersion(assetType: LatestVersionAssetType, name: string): Promise<string>;
}

export const ANONYMOUS_ENVIRONMENT_NAME = "CliV2AnonymousEnvironment";
export const ANONYMOUS_COMPONENT_NAME = "azureml_anonymous";
export const CODE_VERSION = "1";

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Mapping)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function contentVersion(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 32);
}

/**
 * Same image and conda file (and build context content) → same version, so re-runs reuse the registered environment.
 * `contextHash` is the snapshot hash of a local build context.
 */
export function inlineEnvironmentVersion(environment: InlineEnvironment, contextHash?: string): string {
  if (!environment.build) return contentVersion({ image: environment.image, condaFile: environment.condaFile ?? null });
  return contentVersion({ build: contextHash ?? environment.build.context, dockerfilePath: environment.build.dockerfilePath ?? null, condaFile: environment.condaFile ?? null });
}

/** What a dry run or a log shows for an environment. */
export function environmentLabel(environment: InlineEnvironment): string {
  return environment.image ?? `build ${environment.build?.context ?? ""}`;
}

export function anonymousComponentVersion(spec: ComponentSpec): string {
  const { name: _name, version: _version, ...content } = spec;
  return contentVersion(content);
}

/** What a dry run or a log shows for a component: its command, or its type and display name. */
export function componentLabel(spec: ComponentSpec): string {
  if (typeof spec.command === "string") return spec.command;
  return [`${String(spec.type ?? "command")} component`, typeof spec.display_name === "string" ? spec.display_name : ""].filter(Boolean).join(" ");
}
