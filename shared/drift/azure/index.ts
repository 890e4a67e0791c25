export { isAzureLocation, parseAzureLocation, redactSas, type AzureLocation } from "./location";
export { resolveAzureDataset } from "./resolve";
export { parseWindow, type TimeWindow } from "./window";
export { resolveCollectorDataset, parseCollector, hourFolders, type CollectorRef } from "./collector";
export { blobByteSource } from "./blob-source";
