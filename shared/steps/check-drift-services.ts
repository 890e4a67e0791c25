import type { Workspace, WorkspaceSettings } from "../azure/workspace";
import type { Log } from "../core/log";
import type { TimeWindow } from "../drift/azure/window";
import type { MonitorDriftOptions, MonitorDriftResult } from "../drift/monitor/run";
import type { Dataset } from "../drift/readers";
import { publishEvent } from "../governance/publish";

/**
 * What check-drift asks of Azure and of the governance outlets; unit tests pass fakes of the same shape.
 * Each Azure part loads its SDKs on first use, so comparing local files loads none.
 */
export interface CheckDriftServices {
  connectWorkspace(settings: WorkspaceSettings): Promise<Workspace>;
  /** The workspace is asked for only when the location needs it (a SAS URL does not). */
  resolveAzureDataset(location: string, workspace: () => Promise<Workspace>, log: Log): Promise<Dataset>;
  resolveCollectorDataset(collector: string, window: TimeWindow, workspace: Workspace, log: Log): Promise<Dataset>;
  runMonitorDrift(workspace: Workspace, options: MonitorDriftOptions): Promise<MonitorDriftResult>;
  publishEvent: typeof publishEvent;
}

export const checkDriftServices: CheckDriftServices = {
  connectWorkspace: async (settings) => (await import("../azure/workspace")).connectWorkspace(settings),
  resolveAzureDataset: async (location, workspace, log) => (await import("../drift/azure/resolve")).resolveAzureDataset(location, workspace, log),
  resolveCollectorDataset: async (collector, window, workspace, log) => (await import("../drift/azure/collector")).resolveCollectorDataset(collector, window, workspace, log),
  runMonitorDrift: async (workspace, options) => (await import("../drift/monitor/run")).runMonitorDrift(workspace, options),
  publishEvent,
};
