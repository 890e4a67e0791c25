import path from "node:path";
import { LiveValidator } from "oav";

const SPEC_DIRECTORY = path.resolve(__dirname, "../../emulator/azureml-spec/specification");

export interface SpecCheck {
  isSuccessful: boolean;
  errors: { code: string; message: string }[];
}

/** Azure's own validator over the 2022-10-01 Azure ML swagger. */
export async function createSpecValidator(): Promise<(request: { url: string; method: string; body: unknown }) => Promise<SpecCheck>> {
  const validator = new LiveValidator({
    directory: SPEC_DIRECTORY,
    swaggerPathsPattern: ["machinelearningservices/**/2022-10-01/*.json"],
    git: { shouldClone: false },
  } as never);
  await validator.initialize();
  return async ({ url, method, body }) => {
    const result = await validator.validateLiveRequest({ url, method, headers: { "content-type": "application/json" }, body } as never);
    return { isSuccessful: result.isSuccessful === true, errors: (result.errors ?? []).map((e) => ({ code: e.code, message: e.message })) };
  };
}
