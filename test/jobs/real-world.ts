import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../../shared/core/errors";
import { loadJobFile } from "../../shared/jobs/job-file";
import type { JobRequest } from "../../shared/jobs/job-request";
import { buildJobRequest } from "../../shared/jobs/job-request";
import { jobApiVersion, jobUrl } from "../../shared/jobs/submit-job";
import { planningResolver, SCOPE } from "./helpers";
import { KNOWN_REFUSALS, REFUSED_BY_THE_CLI_TOO } from "./real-world-refusals";
import { createSpecValidator } from "./spec-validator";

export const CORPUS = path.resolve(__dirname, "../fixtures/jobs/real-world");
/** The repositories of the first corpus; every other folder of the corpus belongs to the second. */
const FIRST_CORPUS = ["Azure+azureml-examples", "Azure+mlops-project-template", "Azure+mlops-v2-gha-demo"];

export interface CorpusResult {
  file: string;
  request?: JobRequest;
  /** Why the file was refused (the message the user sees). */
  refused?: string;
  /** Spec errors of the accepted body, empty when it passes. */
  specErrors?: string[];
}

export function corpusFiles(): string[] {
  return readFileSync(path.join(CORPUS, "jobs.txt"), "utf8").split("\n").filter((line) => line.trim() !== "");
}

/** Dry-run converts every job file of the corpus and checks each accepted body against the REST spec. */
export async function convertCorpus(files = corpusFiles()): Promise<CorpusResult[]> {
  const validators = new Map<string, Awaited<ReturnType<typeof createSpecValidator>>>();
  const results: CorpusResult[] = [];
  for (const file of files) {
    try {
      const job = await loadJobFile(path.join(CORPUS, file));
      const request = await buildJobRequest(job.spec, { ...SCOPE, jobFileDir: job.dir, jobFile: job.path }, planningResolver());
      const apiVersion = jobApiVersion(request.properties);
      if (!validators.has(apiVersion)) validators.set(apiVersion, await createSpecValidator(apiVersion));
      const check = await validators.get(apiVersion)!({ url: jobUrl("https://management.azure.com", SCOPE, request.name, apiVersion), method: "PUT", body: { properties: request.properties } });
      results.push({ file, request, specErrors: check.errors.map((error) => `${error.code}: ${error.message}`) });
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      results.push({ file, refused: error.message });
    }
  }
  return results;
}

export function acceptance(results: CorpusResult[]): number {
  return results.filter((result) => result.request).length / results.length;
}

/** The share converted of the files the CLI or the service would not refuse as written (placeholders, missing paths, …). */
export function submittableShare(results: CorpusResult[]): number {
  const submittable = results.filter((result) => !REFUSED_BY_THE_CLI_TOO.includes(KNOWN_REFUSALS[result.file]));
  return acceptance(submittable);
}

/** The files of the second corpus: every repository but those of the first. */
export function secondCorpus(results: CorpusResult[]): CorpusResult[] {
  return results.filter((result) => !FIRST_CORPUS.includes(result.file.split("/")[0]));
}
