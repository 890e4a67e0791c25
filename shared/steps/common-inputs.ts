import { armConnection, choice, flag, guid, text, url } from "../inputs/define";

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
  "note-key": text({
    advanced: true,
    description: "Key of the sticky governance note on the pull request; steps with the same key share one note. Default: the workflow (GitHub) or pipeline (Azure Pipelines) name.",
  }),
  "note-target": choice({
    advanced: true,
    description: "Where the note goes on push, schedule or dispatch runs: 'summary' (the job summary only) or 'commit-pr' (the pull request the commit belongs to).",
    options: ["summary", "commit-pr"],
    default: "summary",
    hosts: ["github"],
  }),
  "webhook-url": url({ advanced: true, description: "Optional https URL that receives the governance event (masked as a secret).", secret: true }),
  "webhook-format": choice({
    advanced: true,
    description: "Body of the webhook: 'json' (the event), 'slack' (Block Kit message) or 'teams' (Adaptive Card for a Workflows webhook).",
    options: ["json", "slack", "teams"],
    default: "json",
  }),
  "webhook-allow-private": flag({ advanced: true, description: "Allow the webhook host to resolve to a loopback or private address (link-local and cloud metadata addresses stay refused).", default: false }),
  "governance-file": text({ advanced: true, description: "Optional file every governance event is appended to as one JSON line, for archiving as an artifact." }),
  "github-token": text({
    description: "Token used to post the governance note on the pull request.",
    githubDefault: "${{ github.token }}",
    hosts: ["github"],
    secret: true,
  }),
};

export const commonInputs = { ...workspaceInputs, ...authInputs, ...reportingInputs };
