import type { AzureMachineLearningWorkspaces, JobBase } from "@azure/arm-machinelearning";
import type { TokenCredential } from "@azure/identity";
import type { Workspace, WorkspaceSettings } from "../../shared/azure/workspace";
import { chooseCredentialKind } from "../../shared/azure/credential";
import type { GovernanceEvent } from "../../shared/governance/event";
import type { GovernanceHost as EventOutlet } from "../../shared/governance/publish";

/** A workspace whose client is never called: the fake services answer instead. */
export function fakeWorkspace(settings: WorkspaceSettings): Workspace {
  return {
    subscriptionId: settings.subscriptionId,
    resourceGroup: settings.resourceGroup,
    workspaceName: settings.workspaceName,
    armEndpoint: settings.armEndpoint ?? "https://management.azure.com",
    credential: {} as TokenCredential,
    // The real choice: a combination of sign-in settings it refuses fails here as it would in Azure.
    credentialKind: chooseCredentialKind({ ...settings, authorityHost: "https://login.microsoftonline.com" }),
    client: {} as AzureMachineLearningWorkspaces,
  };
}

/** Records what each step publishes, and writes it to the host's summary as the real outlet does. */
export function recordingPublisher() {
  const events: GovernanceEvent[] = [];
  const publishEvent = async (outlet: EventOutlet, event: GovernanceEvent, body: string) => {
    events.push(event);
    await outlet.appendSummary(body);
  };
  return { events, publishEvent };
}

export function job(name: string, status: string, extra: Partial<JobBase["properties"]> = {}): JobBase {
  return { name, properties: { jobType: "Command", status, experimentName: "exp", ...extra } as JobBase["properties"] };
}

export const WORKSPACE_INPUTS = { "subscription-id": "00000000-0000-0000-0000-000000000001", "resource-group": "rg", "workspace-name": "ws" };
