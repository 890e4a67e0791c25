export * from "./entra";
export * from "./github";
export * from "./azure-devops";
export * from "./jwt";
export { testTls, combineCaFiles, writeTempPem, type TestTls } from "./tls";
export { request, type SimpleResponse } from "./https-client";
export type { RecordedRequest, FaultRule, DelayRule } from "./http";
