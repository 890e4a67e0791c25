import path from "node:path";
import { LiveValidator } from "oav";

const SPEC_DIRECTORY = path.resolve(__dirname, "../../emulator/azureml-spec/specification");

export interface SpecCheck {
  isSuccessful: boolean;
  errors: { code: string; message: string }[];
}

const SPEC_FILES: Record<string, string> = {
  "2022-10-01": "machinelearningservices/**/2022-10-01/*.json",
  "2025-12-01": "machinelearningservices/**/2025-12-01/openapi.json",
};

/** Azure's own validator over the Azure ML swagger of one api-version (2022-10-01 unless told). */
export async function createSpecValidator(apiVersion = "2022-10-01"): Promise<(request: { url: string; method: string; body: unknown }) => Promise<SpecCheck>> {
  const validator = new LiveValidator({
    directory: SPEC_DIRECTORY,
    swaggerPathsPattern: [SPEC_FILES[apiVersion]],
    git: { shouldClone: false },
  } as never);
  await validator.initialize();
  return async ({ url, method, body }) => {
    const result = await validator.validateLiveRequest({ url, method, headers: { "content-type": "application/json" }, body } as never);
    return { isSuccessful: result.isSuccessful === true, errors: (result.errors ?? []).map((e) => ({ code: e.code, message: e.message })) };
  };
}
