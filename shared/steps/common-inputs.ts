import { armConnection, flag, guid, text, url } from "../inputs/define";

/** Inputs every step has: the workspace, how to sign in, where Azure is, and how to report. */
export const workspaceInputs = {
  "subscription-id": guid({ description: "Azure subscription ID of the workspace. On Azure Pipelines it defaults to the service connection's subscription." }),
  "resource-group": text({ description: "Resource group of the Azure Machine Learning workspace." }),
  "workspace-name": text({ description: "Name of the Azure Machine Learning workspace." }),
};

export const authInputs = {
  azureSubscription: armConnection({
    description: "Azure Resource Manager service connection (workload identity federation or service principal).",
  }),
  "client-id": guid({ description: "Application (client) ID to sign in with: GitHub OIDC federation, or with client-secret." }),
  "tenant-id": guid({ description: "Microsoft Entra tenant ID to sign in to." }),
  "client-secret": text({ description: "Client secret of the application; prefer OIDC federation where possible.", secret: true }),
  "arm-endpoint": url({
    advanced: true,
    label: "ARM endpoint",
    description: "Azure Resource Manager endpoint for sovereign clouds or a local emulator. Default: the service connection's, else https://management.azure.com.",
  }),
  "authority-host": url({
    advanced: true,
    description: "Microsoft Entra authority host for sovereign clouds. Default: the service connection's, else https://login.microsoftonline.com.",
  }),
};

export const reportingInputs = {
  "dry-run": flag({ advanced: true, description: "Print the plan (the exact requests) and change nothing.", default: false }),
  "note-key": text({ advanced: true, description: "Key of the sticky governance note on the pull request; steps with the same key share one note.", default: "amlops" }),
  "webhook-url": url({ advanced: true, description: "Optional URL that receives the governance event as JSON." }),
  "github-token": text({
    description: "Token used to post the governance note on the pull request.",
    githubDefault: "${{ github.token }}",
    hosts: ["github"],
    secret: true,
  }),
};

export const commonInputs = { ...workspaceInputs, ...authInputs, ...reportingInputs };
