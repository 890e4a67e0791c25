/** Drift statistics equal to scipy's and Evidently's: per-feature tests and the dataset verdict. */
export type { DriftMethod } from "./methods";
export { DRIFT_METHODS, parseDriftMethod, defaultThreshold } from "./methods";
export { defaultMethod } from "./select";
export type { FeatureTestResult, FeatureTestOptions } from "./feature";
export { testFeature, datasetDrift } from "./feature";
export type { KsMethod, KsResult } from "./ks";
export { ks2samp } from "./ks";
export { kstwoSf } from "./kolmogorov";
export { smirnov } from "./smirnov";
export type { ChiSquareResult } from "./chisquare";
export { chisquare } from "./chisquare";
export { chi2Sf, upperIncompleteGammaQ } from "./gamma";
export { proportionsZStatistic, proportionsZTest } from "./ztest";
export { wassersteinDistance, populationStd } from "./wasserstein";
export { jensenShannonDistance, psi, kl, hellinger, replaceZeroShares } from "./distances";
export { histogramBinEdgesSturges } from "./binning";
