/** check-drift's `engine: azureml-monitor`: data drift computed by Azure ML model monitoring (serverless Spark). */
export { runMonitorDrift, MONITOR_API_VERSION, TRIGGER_API_VERSION, type MonitorDriftOptions, type MonitorDriftResult } from "./run";
export { monitorSchedule, monitoringInput, SIGNAL_NAME, type MonitorDefinitionOptions, type MonitorSchedule, type PerFeatureType } from "./definition";
export { parseMonitorMetric, methodPerFeatureType, METRICS_BY_TYPE, DEFAULT_METRICS, type MonitorMetric, type FeatureType } from "./metrics";
export { parseSignalOutput } from "./signal-output";
