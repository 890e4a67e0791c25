/** What an Azure Resource Manager service connection holds, as the Azure Pipelines agent hands it to a task. */
export interface AzureConnection {
  id: string;
  scheme: "WorkloadIdentityFederation" | "ServicePrincipal" | "ManagedServiceIdentity";
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  certificate?: string;
  subscriptionId?: string;
  authorityHost?: string;
  armEndpoint?: string;
  /** System.AccessToken, which the workload identity federation exchange needs. */
  accessToken?: string;
}
