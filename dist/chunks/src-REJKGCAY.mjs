import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  LroEngine
} from "./chunk-ZOKBH7V3.mjs";
import {
  ServiceClient,
  authorizeRequestOnClaimChallenge,
  createSerializer
} from "./chunk-B74F5EFX.mjs";
import {
  bearerTokenAuthenticationPolicy,
  bearerTokenAuthenticationPolicyName
} from "./chunk-KITPLPVF.mjs";
import {
  __export
} from "./chunk-HLUWT5ZR.mjs";

// node_modules/@azure/arm-machinelearning/dist-esm/src/pagingHelper.js
var pageMap = /* @__PURE__ */ new WeakMap();
function getContinuationToken(page) {
  var _a;
  if (!(typeof page != "object" || page === null))
    return (_a = pageMap.get(page)) === null || _a === void 0 ? void 0 : _a.continuationToken;
}
function setContinuationToken(page, continuationToken) {
  var _a;
  if (typeof page != "object" || page === null || !continuationToken)
    return;
  let pageInfo = (_a = pageMap.get(page)) !== null && _a !== void 0 ? _a : {};
  pageInfo.continuationToken = continuationToken, pageMap.set(page, pageInfo);
}

// node_modules/@azure/arm-machinelearning/dist-esm/src/models/index.js
var KnownProvisioningState;
(function(KnownProvisioningState2) {
  KnownProvisioningState2.Unknown = "Unknown", KnownProvisioningState2.Updating = "Updating", KnownProvisioningState2.Creating = "Creating", KnownProvisioningState2.Deleting = "Deleting", KnownProvisioningState2.Succeeded = "Succeeded", KnownProvisioningState2.Failed = "Failed", KnownProvisioningState2.Canceled = "Canceled";
})(KnownProvisioningState || (KnownProvisioningState = {}));
var KnownEncryptionStatus;
(function(KnownEncryptionStatus2) {
  KnownEncryptionStatus2.Enabled = "Enabled", KnownEncryptionStatus2.Disabled = "Disabled";
})(KnownEncryptionStatus || (KnownEncryptionStatus = {}));
var KnownPublicNetworkAccess;
(function(KnownPublicNetworkAccess2) {
  KnownPublicNetworkAccess2.Enabled = "Enabled", KnownPublicNetworkAccess2.Disabled = "Disabled";
})(KnownPublicNetworkAccess || (KnownPublicNetworkAccess = {}));
var KnownPrivateEndpointServiceConnectionStatus;
(function(KnownPrivateEndpointServiceConnectionStatus2) {
  KnownPrivateEndpointServiceConnectionStatus2.Pending = "Pending", KnownPrivateEndpointServiceConnectionStatus2.Approved = "Approved", KnownPrivateEndpointServiceConnectionStatus2.Rejected = "Rejected", KnownPrivateEndpointServiceConnectionStatus2.Disconnected = "Disconnected", KnownPrivateEndpointServiceConnectionStatus2.Timeout = "Timeout";
})(KnownPrivateEndpointServiceConnectionStatus || (KnownPrivateEndpointServiceConnectionStatus = {}));
var KnownPrivateEndpointConnectionProvisioningState;
(function(KnownPrivateEndpointConnectionProvisioningState2) {
  KnownPrivateEndpointConnectionProvisioningState2.Succeeded = "Succeeded", KnownPrivateEndpointConnectionProvisioningState2.Creating = "Creating", KnownPrivateEndpointConnectionProvisioningState2.Deleting = "Deleting", KnownPrivateEndpointConnectionProvisioningState2.Failed = "Failed";
})(KnownPrivateEndpointConnectionProvisioningState || (KnownPrivateEndpointConnectionProvisioningState = {}));
var KnownManagedServiceIdentityType;
(function(KnownManagedServiceIdentityType2) {
  KnownManagedServiceIdentityType2.None = "None", KnownManagedServiceIdentityType2.SystemAssigned = "SystemAssigned", KnownManagedServiceIdentityType2.UserAssigned = "UserAssigned", KnownManagedServiceIdentityType2.SystemAssignedUserAssigned = "SystemAssigned,UserAssigned";
})(KnownManagedServiceIdentityType || (KnownManagedServiceIdentityType = {}));
var KnownCreatedByType;
(function(KnownCreatedByType2) {
  KnownCreatedByType2.User = "User", KnownCreatedByType2.Application = "Application", KnownCreatedByType2.ManagedIdentity = "ManagedIdentity", KnownCreatedByType2.Key = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
var KnownDiagnoseResultLevel;
(function(KnownDiagnoseResultLevel2) {
  KnownDiagnoseResultLevel2.Warning = "Warning", KnownDiagnoseResultLevel2.Error = "Error", KnownDiagnoseResultLevel2.Information = "Information";
})(KnownDiagnoseResultLevel || (KnownDiagnoseResultLevel = {}));
var KnownUsageUnit;
(function(KnownUsageUnit2) {
  KnownUsageUnit2.Count = "Count";
})(KnownUsageUnit || (KnownUsageUnit = {}));
var KnownBillingCurrency;
(function(KnownBillingCurrency2) {
  KnownBillingCurrency2.USD = "USD";
})(KnownBillingCurrency || (KnownBillingCurrency = {}));
var KnownUnitOfMeasure;
(function(KnownUnitOfMeasure2) {
  KnownUnitOfMeasure2.OneHour = "OneHour";
})(KnownUnitOfMeasure || (KnownUnitOfMeasure = {}));
var KnownVMPriceOSType;
(function(KnownVMPriceOSType2) {
  KnownVMPriceOSType2.Linux = "Linux", KnownVMPriceOSType2.Windows = "Windows";
})(KnownVMPriceOSType || (KnownVMPriceOSType = {}));
var KnownVMTier;
(function(KnownVMTier2) {
  KnownVMTier2.Standard = "Standard", KnownVMTier2.LowPriority = "LowPriority", KnownVMTier2.Spot = "Spot";
})(KnownVMTier || (KnownVMTier = {}));
var KnownQuotaUnit;
(function(KnownQuotaUnit2) {
  KnownQuotaUnit2.Count = "Count";
})(KnownQuotaUnit || (KnownQuotaUnit = {}));
var KnownStatus;
(function(KnownStatus2) {
  KnownStatus2.Undefined = "Undefined", KnownStatus2.Success = "Success", KnownStatus2.Failure = "Failure", KnownStatus2.InvalidQuotaBelowClusterMinimum = "InvalidQuotaBelowClusterMinimum", KnownStatus2.InvalidQuotaExceedsSubscriptionLimit = "InvalidQuotaExceedsSubscriptionLimit", KnownStatus2.InvalidVMFamilyName = "InvalidVMFamilyName", KnownStatus2.OperationNotSupportedForSku = "OperationNotSupportedForSku", KnownStatus2.OperationNotEnabledForRegion = "OperationNotEnabledForRegion";
})(KnownStatus || (KnownStatus = {}));
var KnownComputeType;
(function(KnownComputeType2) {
  KnownComputeType2.AKS = "AKS", KnownComputeType2.Kubernetes = "Kubernetes", KnownComputeType2.AmlCompute = "AmlCompute", KnownComputeType2.ComputeInstance = "ComputeInstance", KnownComputeType2.DataFactory = "DataFactory", KnownComputeType2.VirtualMachine = "VirtualMachine", KnownComputeType2.HDInsight = "HDInsight", KnownComputeType2.Databricks = "Databricks", KnownComputeType2.DataLakeAnalytics = "DataLakeAnalytics", KnownComputeType2.SynapseSpark = "SynapseSpark";
})(KnownComputeType || (KnownComputeType = {}));
var KnownUnderlyingResourceAction;
(function(KnownUnderlyingResourceAction2) {
  KnownUnderlyingResourceAction2.Delete = "Delete", KnownUnderlyingResourceAction2.Detach = "Detach";
})(KnownUnderlyingResourceAction || (KnownUnderlyingResourceAction = {}));
var KnownNodeState;
(function(KnownNodeState2) {
  KnownNodeState2.Idle = "idle", KnownNodeState2.Running = "running", KnownNodeState2.Preparing = "preparing", KnownNodeState2.Unusable = "unusable", KnownNodeState2.Leaving = "leaving", KnownNodeState2.Preempted = "preempted";
})(KnownNodeState || (KnownNodeState = {}));
var KnownConnectionAuthType;
(function(KnownConnectionAuthType2) {
  KnownConnectionAuthType2.PAT = "PAT", KnownConnectionAuthType2.ManagedIdentity = "ManagedIdentity", KnownConnectionAuthType2.UsernamePassword = "UsernamePassword", KnownConnectionAuthType2.None = "None", KnownConnectionAuthType2.SAS = "SAS";
})(KnownConnectionAuthType || (KnownConnectionAuthType = {}));
var KnownConnectionCategory;
(function(KnownConnectionCategory2) {
  KnownConnectionCategory2.PythonFeed = "PythonFeed", KnownConnectionCategory2.ContainerRegistry = "ContainerRegistry", KnownConnectionCategory2.Git = "Git";
})(KnownConnectionCategory || (KnownConnectionCategory = {}));
var KnownValueFormat;
(function(KnownValueFormat2) {
  KnownValueFormat2.Json = "JSON";
})(KnownValueFormat || (KnownValueFormat = {}));
var KnownEndpointProvisioningState;
(function(KnownEndpointProvisioningState2) {
  KnownEndpointProvisioningState2.Creating = "Creating", KnownEndpointProvisioningState2.Deleting = "Deleting", KnownEndpointProvisioningState2.Succeeded = "Succeeded", KnownEndpointProvisioningState2.Failed = "Failed", KnownEndpointProvisioningState2.Updating = "Updating", KnownEndpointProvisioningState2.Canceled = "Canceled";
})(KnownEndpointProvisioningState || (KnownEndpointProvisioningState = {}));
var KnownEndpointAuthMode;
(function(KnownEndpointAuthMode2) {
  KnownEndpointAuthMode2.AMLToken = "AMLToken", KnownEndpointAuthMode2.Key = "Key", KnownEndpointAuthMode2.AADToken = "AADToken";
})(KnownEndpointAuthMode || (KnownEndpointAuthMode = {}));
var KnownBatchLoggingLevel;
(function(KnownBatchLoggingLevel2) {
  KnownBatchLoggingLevel2.Info = "Info", KnownBatchLoggingLevel2.Warning = "Warning", KnownBatchLoggingLevel2.Debug = "Debug";
})(KnownBatchLoggingLevel || (KnownBatchLoggingLevel = {}));
var KnownReferenceType;
(function(KnownReferenceType2) {
  KnownReferenceType2.Id = "Id", KnownReferenceType2.DataPath = "DataPath", KnownReferenceType2.OutputPath = "OutputPath";
})(KnownReferenceType || (KnownReferenceType = {}));
var KnownBatchOutputAction;
(function(KnownBatchOutputAction2) {
  KnownBatchOutputAction2.SummaryOnly = "SummaryOnly", KnownBatchOutputAction2.AppendRow = "AppendRow";
})(KnownBatchOutputAction || (KnownBatchOutputAction = {}));
var KnownDeploymentProvisioningState;
(function(KnownDeploymentProvisioningState2) {
  KnownDeploymentProvisioningState2.Creating = "Creating", KnownDeploymentProvisioningState2.Deleting = "Deleting", KnownDeploymentProvisioningState2.Scaling = "Scaling", KnownDeploymentProvisioningState2.Updating = "Updating", KnownDeploymentProvisioningState2.Succeeded = "Succeeded", KnownDeploymentProvisioningState2.Failed = "Failed", KnownDeploymentProvisioningState2.Canceled = "Canceled";
})(KnownDeploymentProvisioningState || (KnownDeploymentProvisioningState = {}));
var KnownListViewType;
(function(KnownListViewType2) {
  KnownListViewType2.ActiveOnly = "ActiveOnly", KnownListViewType2.ArchivedOnly = "ArchivedOnly", KnownListViewType2.All = "All";
})(KnownListViewType || (KnownListViewType = {}));
var KnownDataType;
(function(KnownDataType2) {
  KnownDataType2.UriFile = "uri_file", KnownDataType2.UriFolder = "uri_folder", KnownDataType2.Mltable = "mltable";
})(KnownDataType || (KnownDataType = {}));
var KnownCredentialsType;
(function(KnownCredentialsType2) {
  KnownCredentialsType2.AccountKey = "AccountKey", KnownCredentialsType2.Certificate = "Certificate", KnownCredentialsType2.None = "None", KnownCredentialsType2.Sas = "Sas", KnownCredentialsType2.ServicePrincipal = "ServicePrincipal";
})(KnownCredentialsType || (KnownCredentialsType = {}));
var KnownDatastoreType;
(function(KnownDatastoreType2) {
  KnownDatastoreType2.AzureBlob = "AzureBlob", KnownDatastoreType2.AzureDataLakeGen1 = "AzureDataLakeGen1", KnownDatastoreType2.AzureDataLakeGen2 = "AzureDataLakeGen2", KnownDatastoreType2.AzureFile = "AzureFile";
})(KnownDatastoreType || (KnownDatastoreType = {}));
var KnownSecretsType;
(function(KnownSecretsType2) {
  KnownSecretsType2.AccountKey = "AccountKey", KnownSecretsType2.Certificate = "Certificate", KnownSecretsType2.Sas = "Sas", KnownSecretsType2.ServicePrincipal = "ServicePrincipal";
})(KnownSecretsType || (KnownSecretsType = {}));
var KnownAutoRebuildSetting;
(function(KnownAutoRebuildSetting2) {
  KnownAutoRebuildSetting2.Disabled = "Disabled", KnownAutoRebuildSetting2.OnBaseImageUpdate = "OnBaseImageUpdate";
})(KnownAutoRebuildSetting || (KnownAutoRebuildSetting = {}));
var KnownEnvironmentType;
(function(KnownEnvironmentType2) {
  KnownEnvironmentType2.Curated = "Curated", KnownEnvironmentType2.UserCreated = "UserCreated";
})(KnownEnvironmentType || (KnownEnvironmentType = {}));
var KnownOperatingSystemType;
(function(KnownOperatingSystemType2) {
  KnownOperatingSystemType2.Linux = "Linux", KnownOperatingSystemType2.Windows = "Windows";
})(KnownOperatingSystemType || (KnownOperatingSystemType = {}));
var KnownIdentityConfigurationType;
(function(KnownIdentityConfigurationType2) {
  KnownIdentityConfigurationType2.Managed = "Managed", KnownIdentityConfigurationType2.AMLToken = "AMLToken", KnownIdentityConfigurationType2.UserIdentity = "UserIdentity";
})(KnownIdentityConfigurationType || (KnownIdentityConfigurationType = {}));
var KnownJobType;
(function(KnownJobType2) {
  KnownJobType2.AutoML = "AutoML", KnownJobType2.Command = "Command", KnownJobType2.Sweep = "Sweep", KnownJobType2.Pipeline = "Pipeline";
})(KnownJobType || (KnownJobType = {}));
var KnownJobStatus;
(function(KnownJobStatus2) {
  KnownJobStatus2.NotStarted = "NotStarted", KnownJobStatus2.Starting = "Starting", KnownJobStatus2.Provisioning = "Provisioning", KnownJobStatus2.Preparing = "Preparing", KnownJobStatus2.Queued = "Queued", KnownJobStatus2.Running = "Running", KnownJobStatus2.Finalizing = "Finalizing", KnownJobStatus2.CancelRequested = "CancelRequested", KnownJobStatus2.Completed = "Completed", KnownJobStatus2.Failed = "Failed", KnownJobStatus2.Canceled = "Canceled", KnownJobStatus2.NotResponding = "NotResponding", KnownJobStatus2.Paused = "Paused", KnownJobStatus2.Unknown = "Unknown";
})(KnownJobStatus || (KnownJobStatus = {}));
var KnownEndpointComputeType;
(function(KnownEndpointComputeType2) {
  KnownEndpointComputeType2.Managed = "Managed", KnownEndpointComputeType2.Kubernetes = "Kubernetes", KnownEndpointComputeType2.AzureMLCompute = "AzureMLCompute";
})(KnownEndpointComputeType || (KnownEndpointComputeType = {}));
var KnownOrderString;
(function(KnownOrderString2) {
  KnownOrderString2.CreatedAtDesc = "CreatedAtDesc", KnownOrderString2.CreatedAtAsc = "CreatedAtAsc", KnownOrderString2.UpdatedAtDesc = "UpdatedAtDesc", KnownOrderString2.UpdatedAtAsc = "UpdatedAtAsc";
})(KnownOrderString || (KnownOrderString = {}));
var KnownPublicNetworkAccessType;
(function(KnownPublicNetworkAccessType2) {
  KnownPublicNetworkAccessType2.Enabled = "Enabled", KnownPublicNetworkAccessType2.Disabled = "Disabled";
})(KnownPublicNetworkAccessType || (KnownPublicNetworkAccessType = {}));
var KnownEgressPublicNetworkAccessType;
(function(KnownEgressPublicNetworkAccessType2) {
  KnownEgressPublicNetworkAccessType2.Enabled = "Enabled", KnownEgressPublicNetworkAccessType2.Disabled = "Disabled";
})(KnownEgressPublicNetworkAccessType || (KnownEgressPublicNetworkAccessType = {}));
var KnownScaleType;
(function(KnownScaleType2) {
  KnownScaleType2.Default = "Default", KnownScaleType2.TargetUtilization = "TargetUtilization";
})(KnownScaleType || (KnownScaleType = {}));
var KnownContainerType;
(function(KnownContainerType2) {
  KnownContainerType2.StorageInitializer = "StorageInitializer", KnownContainerType2.InferenceServer = "InferenceServer";
})(KnownContainerType || (KnownContainerType = {}));
var KnownSkuScaleType;
(function(KnownSkuScaleType2) {
  KnownSkuScaleType2.Automatic = "Automatic", KnownSkuScaleType2.Manual = "Manual", KnownSkuScaleType2.None = "None";
})(KnownSkuScaleType || (KnownSkuScaleType = {}));
var KnownKeyType;
(function(KnownKeyType2) {
  KnownKeyType2.Primary = "Primary", KnownKeyType2.Secondary = "Secondary";
})(KnownKeyType || (KnownKeyType = {}));
var KnownScheduleListViewType;
(function(KnownScheduleListViewType2) {
  KnownScheduleListViewType2.EnabledOnly = "EnabledOnly", KnownScheduleListViewType2.DisabledOnly = "DisabledOnly", KnownScheduleListViewType2.All = "All";
})(KnownScheduleListViewType || (KnownScheduleListViewType = {}));
var KnownScheduleActionType;
(function(KnownScheduleActionType2) {
  KnownScheduleActionType2.CreateJob = "CreateJob", KnownScheduleActionType2.InvokeBatchEndpoint = "InvokeBatchEndpoint";
})(KnownScheduleActionType || (KnownScheduleActionType = {}));
var KnownScheduleProvisioningStatus;
(function(KnownScheduleProvisioningStatus2) {
  KnownScheduleProvisioningStatus2.Creating = "Creating", KnownScheduleProvisioningStatus2.Updating = "Updating", KnownScheduleProvisioningStatus2.Deleting = "Deleting", KnownScheduleProvisioningStatus2.Succeeded = "Succeeded", KnownScheduleProvisioningStatus2.Failed = "Failed", KnownScheduleProvisioningStatus2.Canceled = "Canceled";
})(KnownScheduleProvisioningStatus || (KnownScheduleProvisioningStatus = {}));
var KnownTriggerType;
(function(KnownTriggerType2) {
  KnownTriggerType2.Recurrence = "Recurrence", KnownTriggerType2.Cron = "Cron";
})(KnownTriggerType || (KnownTriggerType = {}));
var KnownClusterPurpose;
(function(KnownClusterPurpose2) {
  KnownClusterPurpose2.FastProd = "FastProd", KnownClusterPurpose2.DenseProd = "DenseProd", KnownClusterPurpose2.DevTest = "DevTest";
})(KnownClusterPurpose || (KnownClusterPurpose = {}));
var KnownSslConfigStatus;
(function(KnownSslConfigStatus2) {
  KnownSslConfigStatus2.Disabled = "Disabled", KnownSslConfigStatus2.Enabled = "Enabled", KnownSslConfigStatus2.Auto = "Auto";
})(KnownSslConfigStatus || (KnownSslConfigStatus = {}));
var KnownLoadBalancerType;
(function(KnownLoadBalancerType2) {
  KnownLoadBalancerType2.PublicIp = "PublicIp", KnownLoadBalancerType2.InternalLoadBalancer = "InternalLoadBalancer";
})(KnownLoadBalancerType || (KnownLoadBalancerType = {}));
var KnownOsType;
(function(KnownOsType2) {
  KnownOsType2.Linux = "Linux", KnownOsType2.Windows = "Windows";
})(KnownOsType || (KnownOsType = {}));
var KnownVmPriority;
(function(KnownVmPriority2) {
  KnownVmPriority2.Dedicated = "Dedicated", KnownVmPriority2.LowPriority = "LowPriority";
})(KnownVmPriority || (KnownVmPriority = {}));
var KnownRemoteLoginPortPublicAccess;
(function(KnownRemoteLoginPortPublicAccess2) {
  KnownRemoteLoginPortPublicAccess2.Enabled = "Enabled", KnownRemoteLoginPortPublicAccess2.Disabled = "Disabled", KnownRemoteLoginPortPublicAccess2.NotSpecified = "NotSpecified";
})(KnownRemoteLoginPortPublicAccess || (KnownRemoteLoginPortPublicAccess = {}));
var KnownAllocationState;
(function(KnownAllocationState2) {
  KnownAllocationState2.Steady = "Steady", KnownAllocationState2.Resizing = "Resizing";
})(KnownAllocationState || (KnownAllocationState = {}));
var KnownApplicationSharingPolicy;
(function(KnownApplicationSharingPolicy2) {
  KnownApplicationSharingPolicy2.Personal = "Personal", KnownApplicationSharingPolicy2.Shared = "Shared";
})(KnownApplicationSharingPolicy || (KnownApplicationSharingPolicy = {}));
var KnownSshPublicAccess;
(function(KnownSshPublicAccess2) {
  KnownSshPublicAccess2.Enabled = "Enabled", KnownSshPublicAccess2.Disabled = "Disabled";
})(KnownSshPublicAccess || (KnownSshPublicAccess = {}));
var KnownComputeInstanceState;
(function(KnownComputeInstanceState2) {
  KnownComputeInstanceState2.Creating = "Creating", KnownComputeInstanceState2.CreateFailed = "CreateFailed", KnownComputeInstanceState2.Deleting = "Deleting", KnownComputeInstanceState2.Running = "Running", KnownComputeInstanceState2.Restarting = "Restarting", KnownComputeInstanceState2.JobRunning = "JobRunning", KnownComputeInstanceState2.SettingUp = "SettingUp", KnownComputeInstanceState2.SetupFailed = "SetupFailed", KnownComputeInstanceState2.Starting = "Starting", KnownComputeInstanceState2.Stopped = "Stopped", KnownComputeInstanceState2.Stopping = "Stopping", KnownComputeInstanceState2.UserSettingUp = "UserSettingUp", KnownComputeInstanceState2.UserSetupFailed = "UserSetupFailed", KnownComputeInstanceState2.Unknown = "Unknown", KnownComputeInstanceState2.Unusable = "Unusable";
})(KnownComputeInstanceState || (KnownComputeInstanceState = {}));
var KnownComputeInstanceAuthorizationType;
(function(KnownComputeInstanceAuthorizationType2) {
  KnownComputeInstanceAuthorizationType2.Personal = "personal";
})(KnownComputeInstanceAuthorizationType || (KnownComputeInstanceAuthorizationType = {}));
var KnownOperationName;
(function(KnownOperationName2) {
  KnownOperationName2.Create = "Create", KnownOperationName2.Start = "Start", KnownOperationName2.Stop = "Stop", KnownOperationName2.Restart = "Restart", KnownOperationName2.Reimage = "Reimage", KnownOperationName2.Delete = "Delete";
})(KnownOperationName || (KnownOperationName = {}));
var KnownOperationStatus;
(function(KnownOperationStatus2) {
  KnownOperationStatus2.InProgress = "InProgress", KnownOperationStatus2.Succeeded = "Succeeded", KnownOperationStatus2.CreateFailed = "CreateFailed", KnownOperationStatus2.StartFailed = "StartFailed", KnownOperationStatus2.StopFailed = "StopFailed", KnownOperationStatus2.RestartFailed = "RestartFailed", KnownOperationStatus2.ReimageFailed = "ReimageFailed", KnownOperationStatus2.DeleteFailed = "DeleteFailed";
})(KnownOperationStatus || (KnownOperationStatus = {}));
var KnownOperationTrigger;
(function(KnownOperationTrigger2) {
  KnownOperationTrigger2.User = "User", KnownOperationTrigger2.Schedule = "Schedule", KnownOperationTrigger2.IdleShutdown = "IdleShutdown";
})(KnownOperationTrigger || (KnownOperationTrigger = {}));
var KnownProvisioningStatus;
(function(KnownProvisioningStatus2) {
  KnownProvisioningStatus2.Completed = "Completed", KnownProvisioningStatus2.Provisioning = "Provisioning", KnownProvisioningStatus2.Failed = "Failed";
})(KnownProvisioningStatus || (KnownProvisioningStatus = {}));
var KnownScheduleStatus;
(function(KnownScheduleStatus2) {
  KnownScheduleStatus2.Enabled = "Enabled", KnownScheduleStatus2.Disabled = "Disabled";
})(KnownScheduleStatus || (KnownScheduleStatus = {}));
var KnownComputePowerAction;
(function(KnownComputePowerAction2) {
  KnownComputePowerAction2.Start = "Start", KnownComputePowerAction2.Stop = "Stop";
})(KnownComputePowerAction || (KnownComputePowerAction = {}));
var KnownRecurrenceFrequency;
(function(KnownRecurrenceFrequency2) {
  KnownRecurrenceFrequency2.Minute = "Minute", KnownRecurrenceFrequency2.Hour = "Hour", KnownRecurrenceFrequency2.Day = "Day", KnownRecurrenceFrequency2.Week = "Week", KnownRecurrenceFrequency2.Month = "Month";
})(KnownRecurrenceFrequency || (KnownRecurrenceFrequency = {}));
var KnownWeekDay;
(function(KnownWeekDay2) {
  KnownWeekDay2.Monday = "Monday", KnownWeekDay2.Tuesday = "Tuesday", KnownWeekDay2.Wednesday = "Wednesday", KnownWeekDay2.Thursday = "Thursday", KnownWeekDay2.Friday = "Friday", KnownWeekDay2.Saturday = "Saturday", KnownWeekDay2.Sunday = "Sunday";
})(KnownWeekDay || (KnownWeekDay = {}));
var KnownScheduleProvisioningState;
(function(KnownScheduleProvisioningState2) {
  KnownScheduleProvisioningState2.Completed = "Completed", KnownScheduleProvisioningState2.Provisioning = "Provisioning", KnownScheduleProvisioningState2.Failed = "Failed";
})(KnownScheduleProvisioningState || (KnownScheduleProvisioningState = {}));
var KnownAutosave;
(function(KnownAutosave2) {
  KnownAutosave2.None = "None", KnownAutosave2.Local = "Local", KnownAutosave2.Remote = "Remote";
})(KnownAutosave || (KnownAutosave = {}));
var KnownNetwork;
(function(KnownNetwork2) {
  KnownNetwork2.Bridge = "Bridge", KnownNetwork2.Host = "Host";
})(KnownNetwork || (KnownNetwork = {}));
var KnownCaching;
(function(KnownCaching2) {
  KnownCaching2.None = "None", KnownCaching2.ReadOnly = "ReadOnly", KnownCaching2.ReadWrite = "ReadWrite";
})(KnownCaching || (KnownCaching = {}));
var KnownStorageAccountType;
(function(KnownStorageAccountType2) {
  KnownStorageAccountType2.StandardLRS = "Standard_LRS", KnownStorageAccountType2.PremiumLRS = "Premium_LRS";
})(KnownStorageAccountType || (KnownStorageAccountType = {}));
var KnownSourceType;
(function(KnownSourceType2) {
  KnownSourceType2.Dataset = "Dataset", KnownSourceType2.Datastore = "Datastore", KnownSourceType2.URI = "URI";
})(KnownSourceType || (KnownSourceType = {}));
var KnownMountAction;
(function(KnownMountAction2) {
  KnownMountAction2.Mount = "Mount", KnownMountAction2.Unmount = "Unmount";
})(KnownMountAction || (KnownMountAction = {}));
var KnownMountState;
(function(KnownMountState2) {
  KnownMountState2.MountRequested = "MountRequested", KnownMountState2.Mounted = "Mounted", KnownMountState2.MountFailed = "MountFailed", KnownMountState2.UnmountRequested = "UnmountRequested", KnownMountState2.UnmountFailed = "UnmountFailed", KnownMountState2.Unmounted = "Unmounted";
})(KnownMountState || (KnownMountState = {}));
var KnownInputDeliveryMode;
(function(KnownInputDeliveryMode2) {
  KnownInputDeliveryMode2.ReadOnlyMount = "ReadOnlyMount", KnownInputDeliveryMode2.ReadWriteMount = "ReadWriteMount", KnownInputDeliveryMode2.Download = "Download", KnownInputDeliveryMode2.Direct = "Direct", KnownInputDeliveryMode2.EvalMount = "EvalMount", KnownInputDeliveryMode2.EvalDownload = "EvalDownload";
})(KnownInputDeliveryMode || (KnownInputDeliveryMode = {}));
var KnownOutputDeliveryMode;
(function(KnownOutputDeliveryMode2) {
  KnownOutputDeliveryMode2.ReadWriteMount = "ReadWriteMount", KnownOutputDeliveryMode2.Upload = "Upload";
})(KnownOutputDeliveryMode || (KnownOutputDeliveryMode = {}));
var KnownForecastHorizonMode;
(function(KnownForecastHorizonMode2) {
  KnownForecastHorizonMode2.Auto = "Auto", KnownForecastHorizonMode2.Custom = "Custom";
})(KnownForecastHorizonMode || (KnownForecastHorizonMode = {}));
var KnownJobOutputType;
(function(KnownJobOutputType2) {
  KnownJobOutputType2.UriFile = "uri_file", KnownJobOutputType2.UriFolder = "uri_folder", KnownJobOutputType2.Mltable = "mltable", KnownJobOutputType2.CustomModel = "custom_model", KnownJobOutputType2.MlflowModel = "mlflow_model", KnownJobOutputType2.TritonModel = "triton_model";
})(KnownJobOutputType || (KnownJobOutputType = {}));
var KnownLogVerbosity;
(function(KnownLogVerbosity2) {
  KnownLogVerbosity2.NotSet = "NotSet", KnownLogVerbosity2.Debug = "Debug", KnownLogVerbosity2.Info = "Info", KnownLogVerbosity2.Warning = "Warning", KnownLogVerbosity2.Error = "Error", KnownLogVerbosity2.Critical = "Critical";
})(KnownLogVerbosity || (KnownLogVerbosity = {}));
var KnownTaskType;
(function(KnownTaskType2) {
  KnownTaskType2.Classification = "Classification", KnownTaskType2.Regression = "Regression", KnownTaskType2.Forecasting = "Forecasting", KnownTaskType2.ImageClassification = "ImageClassification", KnownTaskType2.ImageClassificationMultilabel = "ImageClassificationMultilabel", KnownTaskType2.ImageObjectDetection = "ImageObjectDetection", KnownTaskType2.ImageInstanceSegmentation = "ImageInstanceSegmentation", KnownTaskType2.TextClassification = "TextClassification", KnownTaskType2.TextClassificationMultilabel = "TextClassificationMultilabel", KnownTaskType2.TextNER = "TextNER";
})(KnownTaskType || (KnownTaskType = {}));
var KnownJobInputType;
(function(KnownJobInputType2) {
  KnownJobInputType2.Literal = "literal", KnownJobInputType2.UriFile = "uri_file", KnownJobInputType2.UriFolder = "uri_folder", KnownJobInputType2.Mltable = "mltable", KnownJobInputType2.CustomModel = "custom_model", KnownJobInputType2.MlflowModel = "mlflow_model", KnownJobInputType2.TritonModel = "triton_model";
})(KnownJobInputType || (KnownJobInputType = {}));
var KnownNCrossValidationsMode;
(function(KnownNCrossValidationsMode2) {
  KnownNCrossValidationsMode2.Auto = "Auto", KnownNCrossValidationsMode2.Custom = "Custom";
})(KnownNCrossValidationsMode || (KnownNCrossValidationsMode = {}));
var KnownSeasonalityMode;
(function(KnownSeasonalityMode2) {
  KnownSeasonalityMode2.Auto = "Auto", KnownSeasonalityMode2.Custom = "Custom";
})(KnownSeasonalityMode || (KnownSeasonalityMode = {}));
var KnownTargetLagsMode;
(function(KnownTargetLagsMode2) {
  KnownTargetLagsMode2.Auto = "Auto", KnownTargetLagsMode2.Custom = "Custom";
})(KnownTargetLagsMode || (KnownTargetLagsMode = {}));
var KnownTargetRollingWindowSizeMode;
(function(KnownTargetRollingWindowSizeMode2) {
  KnownTargetRollingWindowSizeMode2.Auto = "Auto", KnownTargetRollingWindowSizeMode2.Custom = "Custom";
})(KnownTargetRollingWindowSizeMode || (KnownTargetRollingWindowSizeMode = {}));
var KnownServiceDataAccessAuthIdentity;
(function(KnownServiceDataAccessAuthIdentity2) {
  KnownServiceDataAccessAuthIdentity2.None = "None", KnownServiceDataAccessAuthIdentity2.WorkspaceSystemAssignedIdentity = "WorkspaceSystemAssignedIdentity", KnownServiceDataAccessAuthIdentity2.WorkspaceUserAssignedIdentity = "WorkspaceUserAssignedIdentity";
})(KnownServiceDataAccessAuthIdentity || (KnownServiceDataAccessAuthIdentity = {}));
var KnownEarlyTerminationPolicyType;
(function(KnownEarlyTerminationPolicyType2) {
  KnownEarlyTerminationPolicyType2.Bandit = "Bandit", KnownEarlyTerminationPolicyType2.MedianStopping = "MedianStopping", KnownEarlyTerminationPolicyType2.TruncationSelection = "TruncationSelection";
})(KnownEarlyTerminationPolicyType || (KnownEarlyTerminationPolicyType = {}));
var KnownSamplingAlgorithmType;
(function(KnownSamplingAlgorithmType2) {
  KnownSamplingAlgorithmType2.Grid = "Grid", KnownSamplingAlgorithmType2.Random = "Random", KnownSamplingAlgorithmType2.Bayesian = "Bayesian";
})(KnownSamplingAlgorithmType || (KnownSamplingAlgorithmType = {}));
var KnownClassificationPrimaryMetrics;
(function(KnownClassificationPrimaryMetrics2) {
  KnownClassificationPrimaryMetrics2.AUCWeighted = "AUCWeighted", KnownClassificationPrimaryMetrics2.Accuracy = "Accuracy", KnownClassificationPrimaryMetrics2.NormMacroRecall = "NormMacroRecall", KnownClassificationPrimaryMetrics2.AveragePrecisionScoreWeighted = "AveragePrecisionScoreWeighted", KnownClassificationPrimaryMetrics2.PrecisionScoreWeighted = "PrecisionScoreWeighted";
})(KnownClassificationPrimaryMetrics || (KnownClassificationPrimaryMetrics = {}));
var KnownClassificationModels;
(function(KnownClassificationModels2) {
  KnownClassificationModels2.LogisticRegression = "LogisticRegression", KnownClassificationModels2.SGD = "SGD", KnownClassificationModels2.MultinomialNaiveBayes = "MultinomialNaiveBayes", KnownClassificationModels2.BernoulliNaiveBayes = "BernoulliNaiveBayes", KnownClassificationModels2.SVM = "SVM", KnownClassificationModels2.LinearSVM = "LinearSVM", KnownClassificationModels2.KNN = "KNN", KnownClassificationModels2.DecisionTree = "DecisionTree", KnownClassificationModels2.RandomForest = "RandomForest", KnownClassificationModels2.ExtremeRandomTrees = "ExtremeRandomTrees", KnownClassificationModels2.LightGBM = "LightGBM", KnownClassificationModels2.GradientBoosting = "GradientBoosting", KnownClassificationModels2.XGBoostClassifier = "XGBoostClassifier";
})(KnownClassificationModels || (KnownClassificationModels = {}));
var KnownStackMetaLearnerType;
(function(KnownStackMetaLearnerType2) {
  KnownStackMetaLearnerType2.None = "None", KnownStackMetaLearnerType2.LogisticRegression = "LogisticRegression", KnownStackMetaLearnerType2.LogisticRegressionCV = "LogisticRegressionCV", KnownStackMetaLearnerType2.LightGBMClassifier = "LightGBMClassifier", KnownStackMetaLearnerType2.ElasticNet = "ElasticNet", KnownStackMetaLearnerType2.ElasticNetCV = "ElasticNetCV", KnownStackMetaLearnerType2.LightGBMRegressor = "LightGBMRegressor", KnownStackMetaLearnerType2.LinearRegression = "LinearRegression";
})(KnownStackMetaLearnerType || (KnownStackMetaLearnerType = {}));
var KnownBlockedTransformers;
(function(KnownBlockedTransformers2) {
  KnownBlockedTransformers2.TextTargetEncoder = "TextTargetEncoder", KnownBlockedTransformers2.OneHotEncoder = "OneHotEncoder", KnownBlockedTransformers2.CatTargetEncoder = "CatTargetEncoder", KnownBlockedTransformers2.TfIdf = "TfIdf", KnownBlockedTransformers2.WoETargetEncoder = "WoETargetEncoder", KnownBlockedTransformers2.LabelEncoder = "LabelEncoder", KnownBlockedTransformers2.WordEmbedding = "WordEmbedding", KnownBlockedTransformers2.NaiveBayes = "NaiveBayes", KnownBlockedTransformers2.CountVectorizer = "CountVectorizer", KnownBlockedTransformers2.HashOneHotEncoder = "HashOneHotEncoder";
})(KnownBlockedTransformers || (KnownBlockedTransformers = {}));
var KnownFeaturizationMode;
(function(KnownFeaturizationMode2) {
  KnownFeaturizationMode2.Auto = "Auto", KnownFeaturizationMode2.Custom = "Custom", KnownFeaturizationMode2.Off = "Off";
})(KnownFeaturizationMode || (KnownFeaturizationMode = {}));
var KnownDistributionType;
(function(KnownDistributionType2) {
  KnownDistributionType2.PyTorch = "PyTorch", KnownDistributionType2.TensorFlow = "TensorFlow", KnownDistributionType2.Mpi = "Mpi";
})(KnownDistributionType || (KnownDistributionType = {}));
var KnownJobLimitsType;
(function(KnownJobLimitsType2) {
  KnownJobLimitsType2.Command = "Command", KnownJobLimitsType2.Sweep = "Sweep";
})(KnownJobLimitsType || (KnownJobLimitsType = {}));
var KnownFeatureLags;
(function(KnownFeatureLags2) {
  KnownFeatureLags2.None = "None", KnownFeatureLags2.Auto = "Auto";
})(KnownFeatureLags || (KnownFeatureLags = {}));
var KnownShortSeriesHandlingConfiguration;
(function(KnownShortSeriesHandlingConfiguration2) {
  KnownShortSeriesHandlingConfiguration2.None = "None", KnownShortSeriesHandlingConfiguration2.Auto = "Auto", KnownShortSeriesHandlingConfiguration2.Pad = "Pad", KnownShortSeriesHandlingConfiguration2.Drop = "Drop";
})(KnownShortSeriesHandlingConfiguration || (KnownShortSeriesHandlingConfiguration = {}));
var KnownTargetAggregationFunction;
(function(KnownTargetAggregationFunction2) {
  KnownTargetAggregationFunction2.None = "None", KnownTargetAggregationFunction2.Sum = "Sum", KnownTargetAggregationFunction2.Max = "Max", KnownTargetAggregationFunction2.Min = "Min", KnownTargetAggregationFunction2.Mean = "Mean";
})(KnownTargetAggregationFunction || (KnownTargetAggregationFunction = {}));
var KnownUseStl;
(function(KnownUseStl2) {
  KnownUseStl2.None = "None", KnownUseStl2.Season = "Season", KnownUseStl2.SeasonTrend = "SeasonTrend";
})(KnownUseStl || (KnownUseStl = {}));
var KnownForecastingPrimaryMetrics;
(function(KnownForecastingPrimaryMetrics2) {
  KnownForecastingPrimaryMetrics2.SpearmanCorrelation = "SpearmanCorrelation", KnownForecastingPrimaryMetrics2.NormalizedRootMeanSquaredError = "NormalizedRootMeanSquaredError", KnownForecastingPrimaryMetrics2.R2Score = "R2Score", KnownForecastingPrimaryMetrics2.NormalizedMeanAbsoluteError = "NormalizedMeanAbsoluteError";
})(KnownForecastingPrimaryMetrics || (KnownForecastingPrimaryMetrics = {}));
var KnownForecastingModels;
(function(KnownForecastingModels2) {
  KnownForecastingModels2.AutoArima = "AutoArima", KnownForecastingModels2.Prophet = "Prophet", KnownForecastingModels2.Naive = "Naive", KnownForecastingModels2.SeasonalNaive = "SeasonalNaive", KnownForecastingModels2.Average = "Average", KnownForecastingModels2.SeasonalAverage = "SeasonalAverage", KnownForecastingModels2.ExponentialSmoothing = "ExponentialSmoothing", KnownForecastingModels2.Arimax = "Arimax", KnownForecastingModels2.TCNForecaster = "TCNForecaster", KnownForecastingModels2.ElasticNet = "ElasticNet", KnownForecastingModels2.GradientBoosting = "GradientBoosting", KnownForecastingModels2.DecisionTree = "DecisionTree", KnownForecastingModels2.KNN = "KNN", KnownForecastingModels2.LassoLars = "LassoLars", KnownForecastingModels2.SGD = "SGD", KnownForecastingModels2.RandomForest = "RandomForest", KnownForecastingModels2.ExtremeRandomTrees = "ExtremeRandomTrees", KnownForecastingModels2.LightGBM = "LightGBM", KnownForecastingModels2.XGBoostRegressor = "XGBoostRegressor";
})(KnownForecastingModels || (KnownForecastingModels = {}));
var KnownLearningRateScheduler;
(function(KnownLearningRateScheduler2) {
  KnownLearningRateScheduler2.None = "None", KnownLearningRateScheduler2.WarmupCosine = "WarmupCosine", KnownLearningRateScheduler2.Step = "Step";
})(KnownLearningRateScheduler || (KnownLearningRateScheduler = {}));
var KnownStochasticOptimizer;
(function(KnownStochasticOptimizer2) {
  KnownStochasticOptimizer2.None = "None", KnownStochasticOptimizer2.Sgd = "Sgd", KnownStochasticOptimizer2.Adam = "Adam", KnownStochasticOptimizer2.Adamw = "Adamw";
})(KnownStochasticOptimizer || (KnownStochasticOptimizer = {}));
var KnownClassificationMultilabelPrimaryMetrics;
(function(KnownClassificationMultilabelPrimaryMetrics2) {
  KnownClassificationMultilabelPrimaryMetrics2.AUCWeighted = "AUCWeighted", KnownClassificationMultilabelPrimaryMetrics2.Accuracy = "Accuracy", KnownClassificationMultilabelPrimaryMetrics2.NormMacroRecall = "NormMacroRecall", KnownClassificationMultilabelPrimaryMetrics2.AveragePrecisionScoreWeighted = "AveragePrecisionScoreWeighted", KnownClassificationMultilabelPrimaryMetrics2.PrecisionScoreWeighted = "PrecisionScoreWeighted", KnownClassificationMultilabelPrimaryMetrics2.IOU = "IOU";
})(KnownClassificationMultilabelPrimaryMetrics || (KnownClassificationMultilabelPrimaryMetrics = {}));
var KnownInstanceSegmentationPrimaryMetrics;
(function(KnownInstanceSegmentationPrimaryMetrics2) {
  KnownInstanceSegmentationPrimaryMetrics2.MeanAveragePrecision = "MeanAveragePrecision";
})(KnownInstanceSegmentationPrimaryMetrics || (KnownInstanceSegmentationPrimaryMetrics = {}));
var KnownModelSize;
(function(KnownModelSize2) {
  KnownModelSize2.None = "None", KnownModelSize2.Small = "Small", KnownModelSize2.Medium = "Medium", KnownModelSize2.Large = "Large", KnownModelSize2.ExtraLarge = "ExtraLarge";
})(KnownModelSize || (KnownModelSize = {}));
var KnownValidationMetricType;
(function(KnownValidationMetricType2) {
  KnownValidationMetricType2.None = "None", KnownValidationMetricType2.Coco = "Coco", KnownValidationMetricType2.Voc = "Voc", KnownValidationMetricType2.CocoVoc = "CocoVoc";
})(KnownValidationMetricType || (KnownValidationMetricType = {}));
var KnownObjectDetectionPrimaryMetrics;
(function(KnownObjectDetectionPrimaryMetrics2) {
  KnownObjectDetectionPrimaryMetrics2.MeanAveragePrecision = "MeanAveragePrecision";
})(KnownObjectDetectionPrimaryMetrics || (KnownObjectDetectionPrimaryMetrics = {}));
var KnownGoal;
(function(KnownGoal2) {
  KnownGoal2.Minimize = "Minimize", KnownGoal2.Maximize = "Maximize";
})(KnownGoal || (KnownGoal = {}));
var KnownRandomSamplingAlgorithmRule;
(function(KnownRandomSamplingAlgorithmRule2) {
  KnownRandomSamplingAlgorithmRule2.Random = "Random", KnownRandomSamplingAlgorithmRule2.Sobol = "Sobol";
})(KnownRandomSamplingAlgorithmRule || (KnownRandomSamplingAlgorithmRule = {}));
var KnownRegressionPrimaryMetrics;
(function(KnownRegressionPrimaryMetrics2) {
  KnownRegressionPrimaryMetrics2.SpearmanCorrelation = "SpearmanCorrelation", KnownRegressionPrimaryMetrics2.NormalizedRootMeanSquaredError = "NormalizedRootMeanSquaredError", KnownRegressionPrimaryMetrics2.R2Score = "R2Score", KnownRegressionPrimaryMetrics2.NormalizedMeanAbsoluteError = "NormalizedMeanAbsoluteError";
})(KnownRegressionPrimaryMetrics || (KnownRegressionPrimaryMetrics = {}));
var KnownRegressionModels;
(function(KnownRegressionModels2) {
  KnownRegressionModels2.ElasticNet = "ElasticNet", KnownRegressionModels2.GradientBoosting = "GradientBoosting", KnownRegressionModels2.DecisionTree = "DecisionTree", KnownRegressionModels2.KNN = "KNN", KnownRegressionModels2.LassoLars = "LassoLars", KnownRegressionModels2.SGD = "SGD", KnownRegressionModels2.RandomForest = "RandomForest", KnownRegressionModels2.ExtremeRandomTrees = "ExtremeRandomTrees", KnownRegressionModels2.LightGBM = "LightGBM", KnownRegressionModels2.XGBoostRegressor = "XGBoostRegressor";
})(KnownRegressionModels || (KnownRegressionModels = {}));

// node_modules/tslib/tslib.es6.mjs
function __rest(s, e) {
  var t = {};
  for (var p in s) Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0 && (t[p] = s[p]);
  if (s != null && typeof Object.getOwnPropertySymbols == "function")
    for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++)
      e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]) && (t[p[i]] = s[p[i]]);
  return t;
}
function __awaiter(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}
function __values(o) {
  var s = typeof Symbol == "function" && Symbol.iterator, m = s && o[s], i = 0;
  if (m) return m.call(o);
  if (o && typeof o.length == "number") return {
    next: function() {
      return o && i >= o.length && (o = void 0), { value: o && o[i++], done: !o };
    }
  };
  throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
}
function __await(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
}
function __asyncGenerator(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator == "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  function verb(n, f) {
    g[n] && (i[n] = function(v) {
      return new Promise(function(a, b) {
        q.push([n, v, a, b]) > 1 || resume(n, v);
      });
    }, f && (i[n] = f(i[n])));
  }
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  function fulfill(value) {
    resume("next", value);
  }
  function reject(value) {
    resume("throw", value);
  }
  function settle(f, v) {
    f(v), q.shift(), q.length && resume(q[0][0], q[0][1]);
  }
}
function __asyncDelegator(o) {
  var i, p;
  return i = {}, verb("next"), verb("throw", function(e) {
    throw e;
  }), verb("return"), i[Symbol.iterator] = function() {
    return this;
  }, i;
  function verb(n, f) {
    i[n] = o[n] ? function(v) {
      return (p = !p) ? { value: __await(o[n](v)), done: !1 } : f ? f(v) : v;
    } : f;
  }
}
function __asyncValues(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values == "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve, reject) {
        v = o[n](v), settle(resolve, reject, v.done, v.value);
      });
    };
  }
  function settle(resolve, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve({ value: v2, done: d });
    }, reject);
  }
}

// node_modules/@azure/arm-machinelearning/dist-esm/src/models/mappers.js
var mappers_exports = {};
__export(mappers_exports, {
  AKSSchema: () => AKSSchema,
  AKSSchemaProperties: () => AKSSchemaProperties,
  AccountKeyDatastoreCredentials: () => AccountKeyDatastoreCredentials,
  AccountKeyDatastoreSecrets: () => AccountKeyDatastoreSecrets,
  Aks: () => Aks,
  AksComputeSecrets: () => AksComputeSecrets,
  AksComputeSecretsProperties: () => AksComputeSecretsProperties,
  AksNetworkingConfiguration: () => AksNetworkingConfiguration,
  AmlCompute: () => AmlCompute,
  AmlComputeNodeInformation: () => AmlComputeNodeInformation,
  AmlComputeNodesInformation: () => AmlComputeNodesInformation,
  AmlComputeProperties: () => AmlComputeProperties,
  AmlComputeSchema: () => AmlComputeSchema,
  AmlOperation: () => AmlOperation,
  AmlOperationDisplay: () => AmlOperationDisplay,
  AmlOperationListResult: () => AmlOperationListResult,
  AmlToken: () => AmlToken,
  AmlUserFeature: () => AmlUserFeature,
  AssetBase: () => AssetBase,
  AssetContainer: () => AssetContainer,
  AssetJobInput: () => AssetJobInput,
  AssetJobOutput: () => AssetJobOutput,
  AssetReferenceBase: () => AssetReferenceBase,
  AssignedUser: () => AssignedUser,
  AutoForecastHorizon: () => AutoForecastHorizon,
  AutoMLJob: () => AutoMLJob,
  AutoMLVertical: () => AutoMLVertical,
  AutoNCrossValidations: () => AutoNCrossValidations,
  AutoPauseProperties: () => AutoPauseProperties,
  AutoScaleProperties: () => AutoScaleProperties,
  AutoSeasonality: () => AutoSeasonality,
  AutoTargetLags: () => AutoTargetLags,
  AutoTargetRollingWindowSize: () => AutoTargetRollingWindowSize,
  AzureBlobDatastore: () => AzureBlobDatastore,
  AzureDataLakeGen1Datastore: () => AzureDataLakeGen1Datastore,
  AzureDataLakeGen2Datastore: () => AzureDataLakeGen2Datastore,
  AzureFileDatastore: () => AzureFileDatastore,
  BanditPolicy: () => BanditPolicy,
  BatchDeployment: () => BatchDeployment,
  BatchDeploymentProperties: () => BatchDeploymentProperties,
  BatchDeploymentTrackedResourceArmPaginatedResult: () => BatchDeploymentTrackedResourceArmPaginatedResult,
  BatchDeploymentsCreateOrUpdateHeaders: () => BatchDeploymentsCreateOrUpdateHeaders,
  BatchDeploymentsDeleteHeaders: () => BatchDeploymentsDeleteHeaders,
  BatchDeploymentsUpdateHeaders: () => BatchDeploymentsUpdateHeaders,
  BatchEndpoint: () => BatchEndpoint,
  BatchEndpointDefaults: () => BatchEndpointDefaults,
  BatchEndpointProperties: () => BatchEndpointProperties,
  BatchEndpointTrackedResourceArmPaginatedResult: () => BatchEndpointTrackedResourceArmPaginatedResult,
  BatchEndpointsCreateOrUpdateHeaders: () => BatchEndpointsCreateOrUpdateHeaders,
  BatchEndpointsDeleteHeaders: () => BatchEndpointsDeleteHeaders,
  BatchEndpointsUpdateHeaders: () => BatchEndpointsUpdateHeaders,
  BatchRetrySettings: () => BatchRetrySettings,
  BayesianSamplingAlgorithm: () => BayesianSamplingAlgorithm,
  BuildContext: () => BuildContext,
  CertificateDatastoreCredentials: () => CertificateDatastoreCredentials,
  CertificateDatastoreSecrets: () => CertificateDatastoreSecrets,
  Classification: () => Classification,
  ClassificationTrainingSettings: () => ClassificationTrainingSettings,
  ClusterUpdateParameters: () => ClusterUpdateParameters,
  CodeConfiguration: () => CodeConfiguration,
  CodeContainer: () => CodeContainer,
  CodeContainerProperties: () => CodeContainerProperties,
  CodeContainerResourceArmPaginatedResult: () => CodeContainerResourceArmPaginatedResult,
  CodeVersion: () => CodeVersion,
  CodeVersionProperties: () => CodeVersionProperties,
  CodeVersionResourceArmPaginatedResult: () => CodeVersionResourceArmPaginatedResult,
  ColumnTransformer: () => ColumnTransformer,
  CommandJob: () => CommandJob,
  CommandJobLimits: () => CommandJobLimits,
  ComponentContainer: () => ComponentContainer,
  ComponentContainerProperties: () => ComponentContainerProperties,
  ComponentContainerResourceArmPaginatedResult: () => ComponentContainerResourceArmPaginatedResult,
  ComponentVersion: () => ComponentVersion,
  ComponentVersionProperties: () => ComponentVersionProperties,
  ComponentVersionResourceArmPaginatedResult: () => ComponentVersionResourceArmPaginatedResult,
  Compute: () => Compute,
  ComputeCreateOrUpdateHeaders: () => ComputeCreateOrUpdateHeaders,
  ComputeDeleteHeaders: () => ComputeDeleteHeaders,
  ComputeInstance: () => ComputeInstance,
  ComputeInstanceApplication: () => ComputeInstanceApplication,
  ComputeInstanceConnectivityEndpoints: () => ComputeInstanceConnectivityEndpoints,
  ComputeInstanceContainer: () => ComputeInstanceContainer,
  ComputeInstanceCreatedBy: () => ComputeInstanceCreatedBy,
  ComputeInstanceDataDisk: () => ComputeInstanceDataDisk,
  ComputeInstanceDataMount: () => ComputeInstanceDataMount,
  ComputeInstanceEnvironmentInfo: () => ComputeInstanceEnvironmentInfo,
  ComputeInstanceLastOperation: () => ComputeInstanceLastOperation,
  ComputeInstanceProperties: () => ComputeInstanceProperties,
  ComputeInstanceSchema: () => ComputeInstanceSchema,
  ComputeInstanceSshSettings: () => ComputeInstanceSshSettings,
  ComputeInstanceVersion: () => ComputeInstanceVersion,
  ComputeResource: () => ComputeResource,
  ComputeResourceSchema: () => ComputeResourceSchema,
  ComputeSchedules: () => ComputeSchedules,
  ComputeSecrets: () => ComputeSecrets,
  ComputeStartStopSchedule: () => ComputeStartStopSchedule,
  ContainerResourceRequirements: () => ContainerResourceRequirements,
  ContainerResourceSettings: () => ContainerResourceSettings,
  CosmosDbSettings: () => CosmosDbSettings,
  CronTrigger: () => CronTrigger,
  CustomForecastHorizon: () => CustomForecastHorizon,
  CustomModelJobInput: () => CustomModelJobInput,
  CustomModelJobOutput: () => CustomModelJobOutput,
  CustomNCrossValidations: () => CustomNCrossValidations,
  CustomSeasonality: () => CustomSeasonality,
  CustomTargetLags: () => CustomTargetLags,
  CustomTargetRollingWindowSize: () => CustomTargetRollingWindowSize,
  DataContainer: () => DataContainer,
  DataContainerProperties: () => DataContainerProperties,
  DataContainerResourceArmPaginatedResult: () => DataContainerResourceArmPaginatedResult,
  DataFactory: () => DataFactory,
  DataLakeAnalytics: () => DataLakeAnalytics,
  DataLakeAnalyticsSchema: () => DataLakeAnalyticsSchema,
  DataLakeAnalyticsSchemaProperties: () => DataLakeAnalyticsSchemaProperties,
  DataPathAssetReference: () => DataPathAssetReference,
  DataVersionBase: () => DataVersionBase,
  DataVersionBaseProperties: () => DataVersionBaseProperties,
  DataVersionBaseResourceArmPaginatedResult: () => DataVersionBaseResourceArmPaginatedResult,
  Databricks: () => Databricks,
  DatabricksComputeSecrets: () => DatabricksComputeSecrets,
  DatabricksComputeSecretsProperties: () => DatabricksComputeSecretsProperties,
  DatabricksProperties: () => DatabricksProperties,
  DatabricksSchema: () => DatabricksSchema,
  Datastore: () => Datastore,
  DatastoreCredentials: () => DatastoreCredentials,
  DatastoreProperties: () => DatastoreProperties,
  DatastoreResourceArmPaginatedResult: () => DatastoreResourceArmPaginatedResult,
  DatastoreSecrets: () => DatastoreSecrets,
  DefaultScaleSettings: () => DefaultScaleSettings,
  DeploymentLogs: () => DeploymentLogs,
  DeploymentLogsRequest: () => DeploymentLogsRequest,
  DeploymentResourceConfiguration: () => DeploymentResourceConfiguration,
  DiagnoseRequestProperties: () => DiagnoseRequestProperties,
  DiagnoseResponseResult: () => DiagnoseResponseResult,
  DiagnoseResponseResultValue: () => DiagnoseResponseResultValue,
  DiagnoseResult: () => DiagnoseResult,
  DiagnoseWorkspaceParameters: () => DiagnoseWorkspaceParameters,
  DistributionConfiguration: () => DistributionConfiguration,
  EarlyTerminationPolicy: () => EarlyTerminationPolicy,
  EncryptionKeyVaultProperties: () => EncryptionKeyVaultProperties,
  EncryptionProperty: () => EncryptionProperty,
  EndpointAuthKeys: () => EndpointAuthKeys,
  EndpointAuthToken: () => EndpointAuthToken,
  EndpointDeploymentPropertiesBase: () => EndpointDeploymentPropertiesBase,
  EndpointPropertiesBase: () => EndpointPropertiesBase,
  EndpointScheduleAction: () => EndpointScheduleAction,
  EnvironmentContainer: () => EnvironmentContainer,
  EnvironmentContainerProperties: () => EnvironmentContainerProperties,
  EnvironmentContainerResourceArmPaginatedResult: () => EnvironmentContainerResourceArmPaginatedResult,
  EnvironmentVersion: () => EnvironmentVersion,
  EnvironmentVersionProperties: () => EnvironmentVersionProperties,
  EnvironmentVersionResourceArmPaginatedResult: () => EnvironmentVersionResourceArmPaginatedResult,
  ErrorAdditionalInfo: () => ErrorAdditionalInfo,
  ErrorDetail: () => ErrorDetail,
  ErrorResponse: () => ErrorResponse,
  EstimatedVMPrice: () => EstimatedVMPrice,
  EstimatedVMPrices: () => EstimatedVMPrices,
  ExternalFqdnResponse: () => ExternalFqdnResponse,
  FeaturizationSettings: () => FeaturizationSettings,
  FlavorData: () => FlavorData,
  ForecastHorizon: () => ForecastHorizon,
  Forecasting: () => Forecasting,
  ForecastingSettings: () => ForecastingSettings,
  ForecastingTrainingSettings: () => ForecastingTrainingSettings,
  FqdnEndpoint: () => FqdnEndpoint,
  FqdnEndpointDetail: () => FqdnEndpointDetail,
  FqdnEndpoints: () => FqdnEndpoints,
  FqdnEndpointsProperties: () => FqdnEndpointsProperties,
  GridSamplingAlgorithm: () => GridSamplingAlgorithm,
  HDInsight: () => HDInsight,
  HDInsightProperties: () => HDInsightProperties,
  HDInsightSchema: () => HDInsightSchema,
  IdAssetReference: () => IdAssetReference,
  IdentityConfiguration: () => IdentityConfiguration,
  IdentityForCmk: () => IdentityForCmk,
  ImageClassification: () => ImageClassification,
  ImageClassificationBase: () => ImageClassificationBase,
  ImageClassificationMultilabel: () => ImageClassificationMultilabel,
  ImageInstanceSegmentation: () => ImageInstanceSegmentation,
  ImageLimitSettings: () => ImageLimitSettings,
  ImageModelDistributionSettings: () => ImageModelDistributionSettings,
  ImageModelDistributionSettingsClassification: () => ImageModelDistributionSettingsClassification,
  ImageModelDistributionSettingsObjectDetection: () => ImageModelDistributionSettingsObjectDetection,
  ImageModelSettings: () => ImageModelSettings,
  ImageModelSettingsClassification: () => ImageModelSettingsClassification,
  ImageModelSettingsObjectDetection: () => ImageModelSettingsObjectDetection,
  ImageObjectDetection: () => ImageObjectDetection,
  ImageObjectDetectionBase: () => ImageObjectDetectionBase,
  ImageSweepSettings: () => ImageSweepSettings,
  ImageVertical: () => ImageVertical,
  InferenceContainerProperties: () => InferenceContainerProperties,
  InstanceTypeSchema: () => InstanceTypeSchema,
  InstanceTypeSchemaResources: () => InstanceTypeSchemaResources,
  JobBase: () => JobBase,
  JobBaseProperties: () => JobBaseProperties,
  JobBaseResourceArmPaginatedResult: () => JobBaseResourceArmPaginatedResult,
  JobInput: () => JobInput,
  JobLimits: () => JobLimits,
  JobOutput: () => JobOutput,
  JobResourceConfiguration: () => JobResourceConfiguration,
  JobScheduleAction: () => JobScheduleAction,
  JobService: () => JobService,
  JobsCancelHeaders: () => JobsCancelHeaders,
  JobsDeleteHeaders: () => JobsDeleteHeaders,
  Kubernetes: () => Kubernetes,
  KubernetesOnlineDeployment: () => KubernetesOnlineDeployment,
  KubernetesProperties: () => KubernetesProperties,
  KubernetesSchema: () => KubernetesSchema,
  ListAmlUserFeatureResult: () => ListAmlUserFeatureResult,
  ListNotebookKeysResult: () => ListNotebookKeysResult,
  ListStorageAccountKeysResult: () => ListStorageAccountKeysResult,
  ListUsagesResult: () => ListUsagesResult,
  ListWorkspaceKeysResult: () => ListWorkspaceKeysResult,
  ListWorkspaceQuotas: () => ListWorkspaceQuotas,
  LiteralJobInput: () => LiteralJobInput,
  MLFlowModelJobInput: () => MLFlowModelJobInput,
  MLFlowModelJobOutput: () => MLFlowModelJobOutput,
  MLTableData: () => MLTableData,
  MLTableJobInput: () => MLTableJobInput,
  MLTableJobOutput: () => MLTableJobOutput,
  ManagedIdentity: () => ManagedIdentity,
  ManagedIdentityAuthTypeWorkspaceConnectionProperties: () => ManagedIdentityAuthTypeWorkspaceConnectionProperties,
  ManagedOnlineDeployment: () => ManagedOnlineDeployment,
  ManagedServiceIdentity: () => ManagedServiceIdentity,
  MedianStoppingPolicy: () => MedianStoppingPolicy,
  ModelContainer: () => ModelContainer,
  ModelContainerProperties: () => ModelContainerProperties,
  ModelContainerResourceArmPaginatedResult: () => ModelContainerResourceArmPaginatedResult,
  ModelVersion: () => ModelVersion,
  ModelVersionProperties: () => ModelVersionProperties,
  ModelVersionResourceArmPaginatedResult: () => ModelVersionResourceArmPaginatedResult,
  Mpi: () => Mpi,
  NCrossValidations: () => NCrossValidations,
  NlpVertical: () => NlpVertical,
  NlpVerticalFeaturizationSettings: () => NlpVerticalFeaturizationSettings,
  NlpVerticalLimitSettings: () => NlpVerticalLimitSettings,
  NodeStateCounts: () => NodeStateCounts,
  NoneAuthTypeWorkspaceConnectionProperties: () => NoneAuthTypeWorkspaceConnectionProperties,
  NoneDatastoreCredentials: () => NoneDatastoreCredentials,
  NotebookAccessTokenResult: () => NotebookAccessTokenResult,
  NotebookPreparationError: () => NotebookPreparationError,
  NotebookResourceInfo: () => NotebookResourceInfo,
  Objective: () => Objective,
  OnlineDeployment: () => OnlineDeployment,
  OnlineDeploymentProperties: () => OnlineDeploymentProperties,
  OnlineDeploymentTrackedResourceArmPaginatedResult: () => OnlineDeploymentTrackedResourceArmPaginatedResult,
  OnlineDeploymentsCreateOrUpdateHeaders: () => OnlineDeploymentsCreateOrUpdateHeaders,
  OnlineDeploymentsDeleteHeaders: () => OnlineDeploymentsDeleteHeaders,
  OnlineDeploymentsUpdateHeaders: () => OnlineDeploymentsUpdateHeaders,
  OnlineEndpoint: () => OnlineEndpoint,
  OnlineEndpointProperties: () => OnlineEndpointProperties,
  OnlineEndpointTrackedResourceArmPaginatedResult: () => OnlineEndpointTrackedResourceArmPaginatedResult,
  OnlineEndpointsCreateOrUpdateHeaders: () => OnlineEndpointsCreateOrUpdateHeaders,
  OnlineEndpointsDeleteHeaders: () => OnlineEndpointsDeleteHeaders,
  OnlineEndpointsRegenerateKeysHeaders: () => OnlineEndpointsRegenerateKeysHeaders,
  OnlineEndpointsUpdateHeaders: () => OnlineEndpointsUpdateHeaders,
  OnlineRequestSettings: () => OnlineRequestSettings,
  OnlineScaleSettings: () => OnlineScaleSettings,
  OutputPathAssetReference: () => OutputPathAssetReference,
  PATAuthTypeWorkspaceConnectionProperties: () => PATAuthTypeWorkspaceConnectionProperties,
  PaginatedComputeResourcesList: () => PaginatedComputeResourcesList,
  PartialBatchDeployment: () => PartialBatchDeployment,
  PartialBatchDeploymentPartialMinimalTrackedResourceWithProperties: () => PartialBatchDeploymentPartialMinimalTrackedResourceWithProperties,
  PartialManagedServiceIdentity: () => PartialManagedServiceIdentity,
  PartialMinimalTrackedResource: () => PartialMinimalTrackedResource,
  PartialMinimalTrackedResourceWithIdentity: () => PartialMinimalTrackedResourceWithIdentity,
  PartialMinimalTrackedResourceWithSku: () => PartialMinimalTrackedResourceWithSku,
  PartialSku: () => PartialSku,
  Password: () => Password,
  PersonalComputeInstanceSettings: () => PersonalComputeInstanceSettings,
  PipelineJob: () => PipelineJob,
  PrivateEndpoint: () => PrivateEndpoint,
  PrivateEndpointConnection: () => PrivateEndpointConnection,
  PrivateEndpointConnectionListResult: () => PrivateEndpointConnectionListResult,
  PrivateLinkResource: () => PrivateLinkResource,
  PrivateLinkResourceListResult: () => PrivateLinkResourceListResult,
  PrivateLinkServiceConnectionState: () => PrivateLinkServiceConnectionState,
  ProbeSettings: () => ProbeSettings,
  PyTorch: () => PyTorch,
  QuotaBaseProperties: () => QuotaBaseProperties,
  QuotaUpdateParameters: () => QuotaUpdateParameters,
  RandomSamplingAlgorithm: () => RandomSamplingAlgorithm,
  RecurrenceSchedule: () => RecurrenceSchedule,
  RecurrenceTrigger: () => RecurrenceTrigger,
  RegenerateEndpointKeysRequest: () => RegenerateEndpointKeysRequest,
  RegistryListCredentialsResult: () => RegistryListCredentialsResult,
  Regression: () => Regression,
  RegressionTrainingSettings: () => RegressionTrainingSettings,
  Resource: () => Resource,
  ResourceBase: () => ResourceBase,
  ResourceConfiguration: () => ResourceConfiguration,
  ResourceId: () => ResourceId,
  ResourceName: () => ResourceName,
  ResourceQuota: () => ResourceQuota,
  Route: () => Route,
  SASAuthTypeWorkspaceConnectionProperties: () => SASAuthTypeWorkspaceConnectionProperties,
  SamplingAlgorithm: () => SamplingAlgorithm,
  SasDatastoreCredentials: () => SasDatastoreCredentials,
  SasDatastoreSecrets: () => SasDatastoreSecrets,
  ScaleSettings: () => ScaleSettings,
  ScaleSettingsInformation: () => ScaleSettingsInformation,
  Schedule: () => Schedule,
  ScheduleActionBase: () => ScheduleActionBase,
  ScheduleBase: () => ScheduleBase,
  ScheduleProperties: () => ScheduleProperties,
  ScheduleResourceArmPaginatedResult: () => ScheduleResourceArmPaginatedResult,
  SchedulesCreateOrUpdateHeaders: () => SchedulesCreateOrUpdateHeaders,
  SchedulesDeleteHeaders: () => SchedulesDeleteHeaders,
  ScriptReference: () => ScriptReference,
  ScriptsToExecute: () => ScriptsToExecute,
  Seasonality: () => Seasonality,
  ServiceManagedResourcesSettings: () => ServiceManagedResourcesSettings,
  ServicePrincipalDatastoreCredentials: () => ServicePrincipalDatastoreCredentials,
  ServicePrincipalDatastoreSecrets: () => ServicePrincipalDatastoreSecrets,
  SetupScripts: () => SetupScripts,
  SharedPrivateLinkResource: () => SharedPrivateLinkResource,
  Sku: () => Sku,
  SkuCapacity: () => SkuCapacity,
  SkuResource: () => SkuResource,
  SkuResourceArmPaginatedResult: () => SkuResourceArmPaginatedResult,
  SkuSetting: () => SkuSetting,
  SslConfiguration: () => SslConfiguration,
  StackEnsembleSettings: () => StackEnsembleSettings,
  SweepJob: () => SweepJob,
  SweepJobLimits: () => SweepJobLimits,
  SynapseSpark: () => SynapseSpark,
  SynapseSparkProperties: () => SynapseSparkProperties,
  SystemData: () => SystemData,
  SystemService: () => SystemService,
  TableVertical: () => TableVertical,
  TableVerticalFeaturizationSettings: () => TableVerticalFeaturizationSettings,
  TableVerticalLimitSettings: () => TableVerticalLimitSettings,
  TargetLags: () => TargetLags,
  TargetRollingWindowSize: () => TargetRollingWindowSize,
  TargetUtilizationScaleSettings: () => TargetUtilizationScaleSettings,
  TensorFlow: () => TensorFlow,
  TextClassification: () => TextClassification,
  TextClassificationMultilabel: () => TextClassificationMultilabel,
  TextNer: () => TextNer,
  TrackedResource: () => TrackedResource,
  TrainingSettings: () => TrainingSettings,
  TrialComponent: () => TrialComponent,
  TriggerBase: () => TriggerBase,
  TritonModelJobInput: () => TritonModelJobInput,
  TritonModelJobOutput: () => TritonModelJobOutput,
  TruncationSelectionPolicy: () => TruncationSelectionPolicy,
  UpdateWorkspaceQuotas: () => UpdateWorkspaceQuotas,
  UpdateWorkspaceQuotasResult: () => UpdateWorkspaceQuotasResult,
  UriFileDataVersion: () => UriFileDataVersion,
  UriFileJobInput: () => UriFileJobInput,
  UriFileJobOutput: () => UriFileJobOutput,
  UriFolderDataVersion: () => UriFolderDataVersion,
  UriFolderJobInput: () => UriFolderJobInput,
  UriFolderJobOutput: () => UriFolderJobOutput,
  Usage: () => Usage,
  UsageName: () => UsageName,
  UserAccountCredentials: () => UserAccountCredentials,
  UserAssignedIdentity: () => UserAssignedIdentity,
  UserIdentity: () => UserIdentity,
  UsernamePasswordAuthTypeWorkspaceConnectionProperties: () => UsernamePasswordAuthTypeWorkspaceConnectionProperties,
  VirtualMachine: () => VirtualMachine,
  VirtualMachineImage: () => VirtualMachineImage,
  VirtualMachineSchema: () => VirtualMachineSchema,
  VirtualMachineSchemaProperties: () => VirtualMachineSchemaProperties,
  VirtualMachineSecrets: () => VirtualMachineSecrets,
  VirtualMachineSecretsSchema: () => VirtualMachineSecretsSchema,
  VirtualMachineSize: () => VirtualMachineSize,
  VirtualMachineSizeListResult: () => VirtualMachineSizeListResult,
  VirtualMachineSshCredentials: () => VirtualMachineSshCredentials,
  Workspace: () => Workspace,
  WorkspaceConnectionManagedIdentity: () => WorkspaceConnectionManagedIdentity,
  WorkspaceConnectionPersonalAccessToken: () => WorkspaceConnectionPersonalAccessToken,
  WorkspaceConnectionPropertiesV2: () => WorkspaceConnectionPropertiesV2,
  WorkspaceConnectionPropertiesV2BasicResource: () => WorkspaceConnectionPropertiesV2BasicResource,
  WorkspaceConnectionPropertiesV2BasicResourceArmPaginatedResult: () => WorkspaceConnectionPropertiesV2BasicResourceArmPaginatedResult,
  WorkspaceConnectionSharedAccessSignature: () => WorkspaceConnectionSharedAccessSignature,
  WorkspaceConnectionUsernamePassword: () => WorkspaceConnectionUsernamePassword,
  WorkspaceListResult: () => WorkspaceListResult,
  WorkspaceUpdateParameters: () => WorkspaceUpdateParameters,
  WorkspacesDiagnoseHeaders: () => WorkspacesDiagnoseHeaders,
  discriminators: () => discriminators
});
var AmlOperationListResult = {
  type: {
    name: "Composite",
    className: "AmlOperationListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "AmlOperation"
            }
          }
        }
      }
    }
  }
}, AmlOperation = {
  type: {
    name: "Composite",
    className: "AmlOperation",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      display: {
        serializedName: "display",
        type: {
          name: "Composite",
          className: "AmlOperationDisplay"
        }
      },
      isDataAction: {
        serializedName: "isDataAction",
        type: {
          name: "Boolean"
        }
      }
    }
  }
}, AmlOperationDisplay = {
  type: {
    name: "Composite",
    className: "AmlOperationDisplay",
    modelProperties: {
      provider: {
        serializedName: "provider",
        type: {
          name: "String"
        }
      },
      resource: {
        serializedName: "resource",
        type: {
          name: "String"
        }
      },
      operation: {
        serializedName: "operation",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      }
    }
  }
}, ErrorResponse = {
  type: {
    name: "Composite",
    className: "ErrorResponse",
    modelProperties: {
      error: {
        serializedName: "error",
        type: {
          name: "Composite",
          className: "ErrorDetail"
        }
      }
    }
  }
}, ErrorDetail = {
  type: {
    name: "Composite",
    className: "ErrorDetail",
    modelProperties: {
      code: {
        serializedName: "code",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      target: {
        serializedName: "target",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      details: {
        serializedName: "details",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorDetail"
            }
          }
        }
      },
      additionalInfo: {
        serializedName: "additionalInfo",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorAdditionalInfo"
            }
          }
        }
      }
    }
  }
}, ErrorAdditionalInfo = {
  type: {
    name: "Composite",
    className: "ErrorAdditionalInfo",
    modelProperties: {
      type: {
        serializedName: "type",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      info: {
        serializedName: "info",
        readOnly: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      }
    }
  }
}, EncryptionProperty = {
  type: {
    name: "Composite",
    className: "EncryptionProperty",
    modelProperties: {
      status: {
        serializedName: "status",
        required: !0,
        type: {
          name: "String"
        }
      },
      identity: {
        serializedName: "identity",
        type: {
          name: "Composite",
          className: "IdentityForCmk"
        }
      },
      keyVaultProperties: {
        serializedName: "keyVaultProperties",
        type: {
          name: "Composite",
          className: "EncryptionKeyVaultProperties"
        }
      }
    }
  }
}, IdentityForCmk = {
  type: {
    name: "Composite",
    className: "IdentityForCmk",
    modelProperties: {
      userAssignedIdentity: {
        serializedName: "userAssignedIdentity",
        type: {
          name: "String"
        }
      }
    }
  }
}, EncryptionKeyVaultProperties = {
  type: {
    name: "Composite",
    className: "EncryptionKeyVaultProperties",
    modelProperties: {
      keyVaultArmId: {
        serializedName: "keyVaultArmId",
        required: !0,
        type: {
          name: "String"
        }
      },
      keyIdentifier: {
        serializedName: "keyIdentifier",
        required: !0,
        type: {
          name: "String"
        }
      },
      identityClientId: {
        serializedName: "identityClientId",
        type: {
          name: "String"
        }
      }
    }
  }
}, PrivateEndpoint = {
  type: {
    name: "Composite",
    className: "PrivateEndpoint",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      subnetArmId: {
        serializedName: "subnetArmId",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, PrivateLinkServiceConnectionState = {
  type: {
    name: "Composite",
    className: "PrivateLinkServiceConnectionState",
    modelProperties: {
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      },
      actionsRequired: {
        serializedName: "actionsRequired",
        type: {
          name: "String"
        }
      }
    }
  }
}, ManagedServiceIdentity = {
  type: {
    name: "Composite",
    className: "ManagedServiceIdentity",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        readOnly: !0,
        type: {
          name: "Uuid"
        }
      },
      tenantId: {
        serializedName: "tenantId",
        readOnly: !0,
        type: {
          name: "Uuid"
        }
      },
      type: {
        serializedName: "type",
        required: !0,
        type: {
          name: "String"
        }
      },
      userAssignedIdentities: {
        serializedName: "userAssignedIdentities",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Composite", className: "UserAssignedIdentity" }
          }
        }
      }
    }
  }
}, UserAssignedIdentity = {
  type: {
    name: "Composite",
    className: "UserAssignedIdentity",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        readOnly: !0,
        type: {
          name: "Uuid"
        }
      },
      clientId: {
        serializedName: "clientId",
        readOnly: !0,
        type: {
          name: "Uuid"
        }
      }
    }
  }
}, Sku = {
  type: {
    name: "Composite",
    className: "Sku",
    modelProperties: {
      name: {
        serializedName: "name",
        required: !0,
        type: {
          name: "String"
        }
      },
      tier: {
        serializedName: "tier",
        type: {
          name: "Enum",
          allowedValues: ["Free", "Basic", "Standard", "Premium"]
        }
      },
      size: {
        serializedName: "size",
        type: {
          name: "String"
        }
      },
      family: {
        serializedName: "family",
        type: {
          name: "String"
        }
      },
      capacity: {
        serializedName: "capacity",
        type: {
          name: "Number"
        }
      }
    }
  }
}, Resource = {
  type: {
    name: "Composite",
    className: "Resource",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      systemData: {
        serializedName: "systemData",
        type: {
          name: "Composite",
          className: "SystemData"
        }
      }
    }
  }
}, SystemData = {
  type: {
    name: "Composite",
    className: "SystemData",
    modelProperties: {
      createdBy: {
        serializedName: "createdBy",
        type: {
          name: "String"
        }
      },
      createdByType: {
        serializedName: "createdByType",
        type: {
          name: "String"
        }
      },
      createdAt: {
        serializedName: "createdAt",
        type: {
          name: "DateTime"
        }
      },
      lastModifiedBy: {
        serializedName: "lastModifiedBy",
        type: {
          name: "String"
        }
      },
      lastModifiedByType: {
        serializedName: "lastModifiedByType",
        type: {
          name: "String"
        }
      },
      lastModifiedAt: {
        serializedName: "lastModifiedAt",
        type: {
          name: "DateTime"
        }
      }
    }
  }
}, SharedPrivateLinkResource = {
  type: {
    name: "Composite",
    className: "SharedPrivateLinkResource",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      privateLinkResourceId: {
        serializedName: "properties.privateLinkResourceId",
        type: {
          name: "String"
        }
      },
      groupId: {
        serializedName: "properties.groupId",
        type: {
          name: "String"
        }
      },
      requestMessage: {
        serializedName: "properties.requestMessage",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "properties.status",
        type: {
          name: "String"
        }
      }
    }
  }
}, NotebookResourceInfo = {
  type: {
    name: "Composite",
    className: "NotebookResourceInfo",
    modelProperties: {
      fqdn: {
        serializedName: "fqdn",
        type: {
          name: "String"
        }
      },
      resourceId: {
        serializedName: "resourceId",
        type: {
          name: "String"
        }
      },
      notebookPreparationError: {
        serializedName: "notebookPreparationError",
        type: {
          name: "Composite",
          className: "NotebookPreparationError"
        }
      }
    }
  }
}, NotebookPreparationError = {
  type: {
    name: "Composite",
    className: "NotebookPreparationError",
    modelProperties: {
      errorMessage: {
        serializedName: "errorMessage",
        type: {
          name: "String"
        }
      },
      statusCode: {
        serializedName: "statusCode",
        type: {
          name: "Number"
        }
      }
    }
  }
}, ServiceManagedResourcesSettings = {
  type: {
    name: "Composite",
    className: "ServiceManagedResourcesSettings",
    modelProperties: {
      cosmosDb: {
        serializedName: "cosmosDb",
        type: {
          name: "Composite",
          className: "CosmosDbSettings"
        }
      }
    }
  }
}, CosmosDbSettings = {
  type: {
    name: "Composite",
    className: "CosmosDbSettings",
    modelProperties: {
      collectionsThroughput: {
        serializedName: "collectionsThroughput",
        type: {
          name: "Number"
        }
      }
    }
  }
}, WorkspaceUpdateParameters = {
  type: {
    name: "Composite",
    className: "WorkspaceUpdateParameters",
    modelProperties: {
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      sku: {
        serializedName: "sku",
        type: {
          name: "Composite",
          className: "Sku"
        }
      },
      identity: {
        serializedName: "identity",
        type: {
          name: "Composite",
          className: "ManagedServiceIdentity"
        }
      },
      description: {
        serializedName: "properties.description",
        type: {
          name: "String"
        }
      },
      friendlyName: {
        serializedName: "properties.friendlyName",
        type: {
          name: "String"
        }
      },
      imageBuildCompute: {
        serializedName: "properties.imageBuildCompute",
        type: {
          name: "String"
        }
      },
      serviceManagedResourcesSettings: {
        serializedName: "properties.serviceManagedResourcesSettings",
        type: {
          name: "Composite",
          className: "ServiceManagedResourcesSettings"
        }
      },
      primaryUserAssignedIdentity: {
        serializedName: "properties.primaryUserAssignedIdentity",
        type: {
          name: "String"
        }
      },
      publicNetworkAccess: {
        serializedName: "properties.publicNetworkAccess",
        type: {
          name: "String"
        }
      },
      applicationInsights: {
        serializedName: "properties.applicationInsights",
        type: {
          name: "String"
        }
      },
      containerRegistry: {
        serializedName: "properties.containerRegistry",
        type: {
          name: "String"
        }
      }
    }
  }
}, WorkspaceListResult = {
  type: {
    name: "Composite",
    className: "WorkspaceListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Workspace"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      }
    }
  }
}, DiagnoseWorkspaceParameters = {
  type: {
    name: "Composite",
    className: "DiagnoseWorkspaceParameters",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Composite",
          className: "DiagnoseRequestProperties"
        }
      }
    }
  }
}, DiagnoseRequestProperties = {
  type: {
    name: "Composite",
    className: "DiagnoseRequestProperties",
    modelProperties: {
      udr: {
        serializedName: "udr",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      },
      nsg: {
        serializedName: "nsg",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      },
      resourceLock: {
        serializedName: "resourceLock",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      },
      dnsResolution: {
        serializedName: "dnsResolution",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      },
      storageAccount: {
        serializedName: "storageAccount",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      },
      keyVault: {
        serializedName: "keyVault",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      },
      containerRegistry: {
        serializedName: "containerRegistry",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      },
      applicationInsights: {
        serializedName: "applicationInsights",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      },
      others: {
        serializedName: "others",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      }
    }
  }
}, DiagnoseResponseResult = {
  type: {
    name: "Composite",
    className: "DiagnoseResponseResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Composite",
          className: "DiagnoseResponseResultValue"
        }
      }
    }
  }
}, DiagnoseResponseResultValue = {
  type: {
    name: "Composite",
    className: "DiagnoseResponseResultValue",
    modelProperties: {
      userDefinedRouteResults: {
        serializedName: "userDefinedRouteResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      },
      networkSecurityRuleResults: {
        serializedName: "networkSecurityRuleResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      },
      resourceLockResults: {
        serializedName: "resourceLockResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      },
      dnsResolutionResults: {
        serializedName: "dnsResolutionResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      },
      storageAccountResults: {
        serializedName: "storageAccountResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      },
      keyVaultResults: {
        serializedName: "keyVaultResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      },
      containerRegistryResults: {
        serializedName: "containerRegistryResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      },
      applicationInsightsResults: {
        serializedName: "applicationInsightsResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      },
      otherResults: {
        serializedName: "otherResults",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DiagnoseResult"
            }
          }
        }
      }
    }
  }
}, DiagnoseResult = {
  type: {
    name: "Composite",
    className: "DiagnoseResult",
    modelProperties: {
      code: {
        serializedName: "code",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      level: {
        serializedName: "level",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ListWorkspaceKeysResult = {
  type: {
    name: "Composite",
    className: "ListWorkspaceKeysResult",
    modelProperties: {
      userStorageKey: {
        serializedName: "userStorageKey",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      userStorageResourceId: {
        serializedName: "userStorageResourceId",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      appInsightsInstrumentationKey: {
        serializedName: "appInsightsInstrumentationKey",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      containerRegistryCredentials: {
        serializedName: "containerRegistryCredentials",
        type: {
          name: "Composite",
          className: "RegistryListCredentialsResult"
        }
      },
      notebookAccessKeys: {
        serializedName: "notebookAccessKeys",
        type: {
          name: "Composite",
          className: "ListNotebookKeysResult"
        }
      }
    }
  }
}, RegistryListCredentialsResult = {
  type: {
    name: "Composite",
    className: "RegistryListCredentialsResult",
    modelProperties: {
      location: {
        serializedName: "location",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      username: {
        serializedName: "username",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      passwords: {
        serializedName: "passwords",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Password"
            }
          }
        }
      }
    }
  }
}, Password = {
  type: {
    name: "Composite",
    className: "Password",
    modelProperties: {
      name: {
        serializedName: "name",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ListNotebookKeysResult = {
  type: {
    name: "Composite",
    className: "ListNotebookKeysResult",
    modelProperties: {
      primaryAccessKey: {
        serializedName: "primaryAccessKey",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      secondaryAccessKey: {
        serializedName: "secondaryAccessKey",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ListUsagesResult = {
  type: {
    name: "Composite",
    className: "ListUsagesResult",
    modelProperties: {
      value: {
        serializedName: "value",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Usage"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, Usage = {
  type: {
    name: "Composite",
    className: "Usage",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      amlWorkspaceLocation: {
        serializedName: "amlWorkspaceLocation",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      unit: {
        serializedName: "unit",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      currentValue: {
        serializedName: "currentValue",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      limit: {
        serializedName: "limit",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      name: {
        serializedName: "name",
        type: {
          name: "Composite",
          className: "UsageName"
        }
      }
    }
  }
}, UsageName = {
  type: {
    name: "Composite",
    className: "UsageName",
    modelProperties: {
      value: {
        serializedName: "value",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      localizedValue: {
        serializedName: "localizedValue",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, VirtualMachineSizeListResult = {
  type: {
    name: "Composite",
    className: "VirtualMachineSizeListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "VirtualMachineSize"
            }
          }
        }
      }
    }
  }
}, VirtualMachineSize = {
  type: {
    name: "Composite",
    className: "VirtualMachineSize",
    modelProperties: {
      name: {
        serializedName: "name",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      family: {
        serializedName: "family",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      vCPUs: {
        serializedName: "vCPUs",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      gpus: {
        serializedName: "gpus",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      osVhdSizeMB: {
        serializedName: "osVhdSizeMB",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      maxResourceVolumeMB: {
        serializedName: "maxResourceVolumeMB",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      memoryGB: {
        serializedName: "memoryGB",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      lowPriorityCapable: {
        serializedName: "lowPriorityCapable",
        readOnly: !0,
        type: {
          name: "Boolean"
        }
      },
      premiumIO: {
        serializedName: "premiumIO",
        readOnly: !0,
        type: {
          name: "Boolean"
        }
      },
      estimatedVMPrices: {
        serializedName: "estimatedVMPrices",
        type: {
          name: "Composite",
          className: "EstimatedVMPrices"
        }
      },
      supportedComputeTypes: {
        serializedName: "supportedComputeTypes",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
}, EstimatedVMPrices = {
  type: {
    name: "Composite",
    className: "EstimatedVMPrices",
    modelProperties: {
      billingCurrency: {
        serializedName: "billingCurrency",
        required: !0,
        type: {
          name: "String"
        }
      },
      unitOfMeasure: {
        serializedName: "unitOfMeasure",
        required: !0,
        type: {
          name: "String"
        }
      },
      values: {
        serializedName: "values",
        required: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "EstimatedVMPrice"
            }
          }
        }
      }
    }
  }
}, EstimatedVMPrice = {
  type: {
    name: "Composite",
    className: "EstimatedVMPrice",
    modelProperties: {
      retailPrice: {
        serializedName: "retailPrice",
        required: !0,
        type: {
          name: "Number"
        }
      },
      osType: {
        serializedName: "osType",
        required: !0,
        type: {
          name: "String"
        }
      },
      vmTier: {
        serializedName: "vmTier",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, QuotaUpdateParameters = {
  type: {
    name: "Composite",
    className: "QuotaUpdateParameters",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "QuotaBaseProperties"
            }
          }
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      }
    }
  }
}, QuotaBaseProperties = {
  type: {
    name: "Composite",
    className: "QuotaBaseProperties",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      limit: {
        serializedName: "limit",
        type: {
          name: "Number"
        }
      },
      unit: {
        serializedName: "unit",
        type: {
          name: "String"
        }
      }
    }
  }
}, UpdateWorkspaceQuotasResult = {
  type: {
    name: "Composite",
    className: "UpdateWorkspaceQuotasResult",
    modelProperties: {
      value: {
        serializedName: "value",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "UpdateWorkspaceQuotas"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, UpdateWorkspaceQuotas = {
  type: {
    name: "Composite",
    className: "UpdateWorkspaceQuotas",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      limit: {
        serializedName: "limit",
        type: {
          name: "Number"
        }
      },
      unit: {
        serializedName: "unit",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      }
    }
  }
}, ListWorkspaceQuotas = {
  type: {
    name: "Composite",
    className: "ListWorkspaceQuotas",
    modelProperties: {
      value: {
        serializedName: "value",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ResourceQuota"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ResourceQuota = {
  type: {
    name: "Composite",
    className: "ResourceQuota",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      amlWorkspaceLocation: {
        serializedName: "amlWorkspaceLocation",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        type: {
          name: "Composite",
          className: "ResourceName"
        }
      },
      limit: {
        serializedName: "limit",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      unit: {
        serializedName: "unit",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ResourceName = {
  type: {
    name: "Composite",
    className: "ResourceName",
    modelProperties: {
      value: {
        serializedName: "value",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      localizedValue: {
        serializedName: "localizedValue",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, PaginatedComputeResourcesList = {
  type: {
    name: "Composite",
    className: "PaginatedComputeResourcesList",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ComputeResource"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeResourceSchema = {
  type: {
    name: "Composite",
    className: "ComputeResourceSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "Compute"
        }
      }
    }
  }
}, Compute = {
  type: {
    name: "Composite",
    className: "Compute",
    uberParent: "Compute",
    polymorphicDiscriminator: {
      serializedName: "computeType",
      clientName: "computeType"
    },
    modelProperties: {
      computeType: {
        serializedName: "computeType",
        required: !0,
        type: {
          name: "String"
        }
      },
      computeLocation: {
        serializedName: "computeLocation",
        type: {
          name: "String"
        }
      },
      provisioningState: {
        serializedName: "provisioningState",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "createdOn",
        readOnly: !0,
        type: {
          name: "DateTime"
        }
      },
      modifiedOn: {
        serializedName: "modifiedOn",
        readOnly: !0,
        type: {
          name: "DateTime"
        }
      },
      resourceId: {
        serializedName: "resourceId",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      provisioningErrors: {
        serializedName: "provisioningErrors",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorResponse"
            }
          }
        }
      },
      isAttachedCompute: {
        serializedName: "isAttachedCompute",
        readOnly: !0,
        type: {
          name: "Boolean"
        }
      },
      disableLocalAuth: {
        serializedName: "disableLocalAuth",
        type: {
          name: "Boolean"
        }
      }
    }
  }
}, ClusterUpdateParameters = {
  type: {
    name: "Composite",
    className: "ClusterUpdateParameters",
    modelProperties: {
      properties: {
        serializedName: "properties.properties",
        type: {
          name: "Composite",
          className: "ScaleSettingsInformation"
        }
      }
    }
  }
}, ScaleSettingsInformation = {
  type: {
    name: "Composite",
    className: "ScaleSettingsInformation",
    modelProperties: {
      scaleSettings: {
        serializedName: "scaleSettings",
        type: {
          name: "Composite",
          className: "ScaleSettings"
        }
      }
    }
  }
}, ScaleSettings = {
  type: {
    name: "Composite",
    className: "ScaleSettings",
    modelProperties: {
      maxNodeCount: {
        serializedName: "maxNodeCount",
        required: !0,
        type: {
          name: "Number"
        }
      },
      minNodeCount: {
        defaultValue: 0,
        serializedName: "minNodeCount",
        type: {
          name: "Number"
        }
      },
      nodeIdleTimeBeforeScaleDown: {
        serializedName: "nodeIdleTimeBeforeScaleDown",
        type: {
          name: "TimeSpan"
        }
      }
    }
  }
}, AmlComputeNodesInformation = {
  type: {
    name: "Composite",
    className: "AmlComputeNodesInformation",
    modelProperties: {
      nodes: {
        serializedName: "nodes",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "AmlComputeNodeInformation"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, AmlComputeNodeInformation = {
  type: {
    name: "Composite",
    className: "AmlComputeNodeInformation",
    modelProperties: {
      nodeId: {
        serializedName: "nodeId",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      privateIpAddress: {
        serializedName: "privateIpAddress",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      },
      publicIpAddress: {
        serializedName: "publicIpAddress",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      },
      port: {
        serializedName: "port",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      nodeState: {
        serializedName: "nodeState",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      runId: {
        serializedName: "runId",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, NotebookAccessTokenResult = {
  type: {
    name: "Composite",
    className: "NotebookAccessTokenResult",
    modelProperties: {
      notebookResourceId: {
        serializedName: "notebookResourceId",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      hostName: {
        serializedName: "hostName",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      publicDns: {
        serializedName: "publicDns",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      accessToken: {
        serializedName: "accessToken",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      tokenType: {
        serializedName: "tokenType",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      expiresIn: {
        serializedName: "expiresIn",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      refreshToken: {
        serializedName: "refreshToken",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      scope: {
        serializedName: "scope",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeSecrets = {
  type: {
    name: "Composite",
    className: "ComputeSecrets",
    uberParent: "ComputeSecrets",
    polymorphicDiscriminator: {
      serializedName: "computeType",
      clientName: "computeType"
    },
    modelProperties: {
      computeType: {
        serializedName: "computeType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, PrivateEndpointConnectionListResult = {
  type: {
    name: "Composite",
    className: "PrivateEndpointConnectionListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "PrivateEndpointConnection"
            }
          }
        }
      }
    }
  }
}, PrivateLinkResourceListResult = {
  type: {
    name: "Composite",
    className: "PrivateLinkResourceListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "PrivateLinkResource"
            }
          }
        }
      }
    }
  }
}, ListStorageAccountKeysResult = {
  type: {
    name: "Composite",
    className: "ListStorageAccountKeysResult",
    modelProperties: {
      userStorageKey: {
        serializedName: "userStorageKey",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, WorkspaceConnectionPropertiesV2 = {
  type: {
    name: "Composite",
    className: "WorkspaceConnectionPropertiesV2",
    uberParent: "WorkspaceConnectionPropertiesV2",
    polymorphicDiscriminator: {
      serializedName: "authType",
      clientName: "authType"
    },
    modelProperties: {
      authType: {
        serializedName: "authType",
        required: !0,
        type: {
          name: "String"
        }
      },
      category: {
        serializedName: "category",
        type: {
          name: "String"
        }
      },
      target: {
        serializedName: "target",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "String"
        }
      },
      valueFormat: {
        serializedName: "valueFormat",
        type: {
          name: "String"
        }
      }
    }
  }
}, WorkspaceConnectionPropertiesV2BasicResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "WorkspaceConnectionPropertiesV2BasicResourceArmPaginatedResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "WorkspaceConnectionPropertiesV2BasicResource"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ExternalFqdnResponse = {
  type: {
    name: "Composite",
    className: "ExternalFqdnResponse",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FqdnEndpoints"
            }
          }
        }
      }
    }
  }
}, FqdnEndpoints = {
  type: {
    name: "Composite",
    className: "FqdnEndpoints",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "FqdnEndpointsProperties"
        }
      }
    }
  }
}, FqdnEndpointsProperties = {
  type: {
    name: "Composite",
    className: "FqdnEndpointsProperties",
    modelProperties: {
      category: {
        serializedName: "category",
        type: {
          name: "String"
        }
      },
      endpoints: {
        serializedName: "endpoints",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FqdnEndpoint"
            }
          }
        }
      }
    }
  }
}, FqdnEndpoint = {
  type: {
    name: "Composite",
    className: "FqdnEndpoint",
    modelProperties: {
      domainName: {
        serializedName: "domainName",
        type: {
          name: "String"
        }
      },
      endpointDetails: {
        serializedName: "endpointDetails",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FqdnEndpointDetail"
            }
          }
        }
      }
    }
  }
}, FqdnEndpointDetail = {
  type: {
    name: "Composite",
    className: "FqdnEndpointDetail",
    modelProperties: {
      port: {
        serializedName: "port",
        type: {
          name: "Number"
        }
      }
    }
  }
}, BatchEndpointTrackedResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "BatchEndpointTrackedResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "BatchEndpoint"
            }
          }
        }
      }
    }
  }
}, BatchEndpointDefaults = {
  type: {
    name: "Composite",
    className: "BatchEndpointDefaults",
    modelProperties: {
      deploymentName: {
        serializedName: "deploymentName",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, EndpointPropertiesBase = {
  type: {
    name: "Composite",
    className: "EndpointPropertiesBase",
    modelProperties: {
      authMode: {
        serializedName: "authMode",
        required: !0,
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      keys: {
        serializedName: "keys",
        type: {
          name: "Composite",
          className: "EndpointAuthKeys"
        }
      },
      properties: {
        serializedName: "properties",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      scoringUri: {
        serializedName: "scoringUri",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      },
      swaggerUri: {
        serializedName: "swaggerUri",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, EndpointAuthKeys = {
  type: {
    name: "Composite",
    className: "EndpointAuthKeys",
    modelProperties: {
      primaryKey: {
        serializedName: "primaryKey",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      secondaryKey: {
        serializedName: "secondaryKey",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, PartialManagedServiceIdentity = {
  type: {
    name: "Composite",
    className: "PartialManagedServiceIdentity",
    modelProperties: {
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      userAssignedIdentities: {
        serializedName: "userAssignedIdentities",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      }
    }
  }
}, PartialMinimalTrackedResource = {
  type: {
    name: "Composite",
    className: "PartialMinimalTrackedResource",
    modelProperties: {
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
}, BatchDeploymentTrackedResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "BatchDeploymentTrackedResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "BatchDeployment"
            }
          }
        }
      }
    }
  }
}, AssetReferenceBase = {
  type: {
    name: "Composite",
    className: "AssetReferenceBase",
    uberParent: "AssetReferenceBase",
    polymorphicDiscriminator: {
      serializedName: "referenceType",
      clientName: "referenceType"
    },
    modelProperties: {
      referenceType: {
        serializedName: "referenceType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ResourceConfiguration = {
  type: {
    name: "Composite",
    className: "ResourceConfiguration",
    modelProperties: {
      instanceCount: {
        defaultValue: 1,
        serializedName: "instanceCount",
        type: {
          name: "Number"
        }
      },
      instanceType: {
        serializedName: "instanceType",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "properties",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Dictionary", value: { type: { name: "any" } } }
          }
        }
      }
    }
  }
}, BatchRetrySettings = {
  type: {
    name: "Composite",
    className: "BatchRetrySettings",
    modelProperties: {
      maxRetries: {
        defaultValue: 3,
        serializedName: "maxRetries",
        type: {
          name: "Number"
        }
      },
      timeout: {
        defaultValue: "PT30S",
        serializedName: "timeout",
        type: {
          name: "TimeSpan"
        }
      }
    }
  }
}, EndpointDeploymentPropertiesBase = {
  type: {
    name: "Composite",
    className: "EndpointDeploymentPropertiesBase",
    modelProperties: {
      codeConfiguration: {
        serializedName: "codeConfiguration",
        type: {
          name: "Composite",
          className: "CodeConfiguration"
        }
      },
      description: {
        serializedName: "description",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      environmentId: {
        serializedName: "environmentId",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      environmentVariables: {
        serializedName: "environmentVariables",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      properties: {
        serializedName: "properties",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
}, CodeConfiguration = {
  type: {
    name: "Composite",
    className: "CodeConfiguration",
    modelProperties: {
      codeId: {
        serializedName: "codeId",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      scoringScript: {
        constraints: {
          Pattern: new RegExp("[a-zA-Z0-9_]"),
          MinLength: 1
        },
        serializedName: "scoringScript",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, PartialBatchDeploymentPartialMinimalTrackedResourceWithProperties = {
  type: {
    name: "Composite",
    className: "PartialBatchDeploymentPartialMinimalTrackedResourceWithProperties",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "PartialBatchDeployment"
        }
      },
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
}, PartialBatchDeployment = {
  type: {
    name: "Composite",
    className: "PartialBatchDeployment",
    modelProperties: {
      description: {
        serializedName: "description",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, CodeContainerResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "CodeContainerResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "CodeContainer"
            }
          }
        }
      }
    }
  }
}, ResourceBase = {
  type: {
    name: "Composite",
    className: "ResourceBase",
    modelProperties: {
      description: {
        serializedName: "description",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "properties",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      tags: {
        serializedName: "tags",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
}, CodeVersionResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "CodeVersionResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "CodeVersion"
            }
          }
        }
      }
    }
  }
}, ComponentContainerResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "ComponentContainerResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ComponentContainer"
            }
          }
        }
      }
    }
  }
}, ComponentVersionResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "ComponentVersionResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ComponentVersion"
            }
          }
        }
      }
    }
  }
}, DataContainerResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "DataContainerResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DataContainer"
            }
          }
        }
      }
    }
  }
}, DataVersionBaseResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "DataVersionBaseResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DataVersionBase"
            }
          }
        }
      }
    }
  }
}, DatastoreResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "DatastoreResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Datastore"
            }
          }
        }
      }
    }
  }
}, DatastoreCredentials = {
  type: {
    name: "Composite",
    className: "DatastoreCredentials",
    uberParent: "DatastoreCredentials",
    polymorphicDiscriminator: {
      serializedName: "credentialsType",
      clientName: "credentialsType"
    },
    modelProperties: {
      credentialsType: {
        serializedName: "credentialsType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, DatastoreSecrets = {
  type: {
    name: "Composite",
    className: "DatastoreSecrets",
    uberParent: "DatastoreSecrets",
    polymorphicDiscriminator: {
      serializedName: "secretsType",
      clientName: "secretsType"
    },
    modelProperties: {
      secretsType: {
        serializedName: "secretsType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, EnvironmentContainerResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "EnvironmentContainerResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "EnvironmentContainer"
            }
          }
        }
      }
    }
  }
}, EnvironmentVersionResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "EnvironmentVersionResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "EnvironmentVersion"
            }
          }
        }
      }
    }
  }
}, BuildContext = {
  type: {
    name: "Composite",
    className: "BuildContext",
    modelProperties: {
      contextUri: {
        constraints: {
          Pattern: new RegExp("[a-zA-Z0-9_]")
        },
        serializedName: "contextUri",
        required: !0,
        type: {
          name: "String"
        }
      },
      dockerfilePath: {
        defaultValue: "Dockerfile",
        serializedName: "dockerfilePath",
        type: {
          name: "String"
        }
      }
    }
  }
}, InferenceContainerProperties = {
  type: {
    name: "Composite",
    className: "InferenceContainerProperties",
    modelProperties: {
      livenessRoute: {
        serializedName: "livenessRoute",
        type: {
          name: "Composite",
          className: "Route"
        }
      },
      readinessRoute: {
        serializedName: "readinessRoute",
        type: {
          name: "Composite",
          className: "Route"
        }
      },
      scoringRoute: {
        serializedName: "scoringRoute",
        type: {
          name: "Composite",
          className: "Route"
        }
      }
    }
  }
}, Route = {
  type: {
    name: "Composite",
    className: "Route",
    modelProperties: {
      path: {
        constraints: {
          Pattern: new RegExp("[a-zA-Z0-9_]")
        },
        serializedName: "path",
        required: !0,
        type: {
          name: "String"
        }
      },
      port: {
        serializedName: "port",
        required: !0,
        type: {
          name: "Number"
        }
      }
    }
  }
}, JobBaseResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "JobBaseResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "JobBase"
            }
          }
        }
      }
    }
  }
}, IdentityConfiguration = {
  type: {
    name: "Composite",
    className: "IdentityConfiguration",
    uberParent: "IdentityConfiguration",
    polymorphicDiscriminator: {
      serializedName: "identityType",
      clientName: "identityType"
    },
    modelProperties: {
      identityType: {
        serializedName: "identityType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, JobService = {
  type: {
    name: "Composite",
    className: "JobService",
    modelProperties: {
      endpoint: {
        serializedName: "endpoint",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      errorMessage: {
        serializedName: "errorMessage",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      },
      jobServiceType: {
        serializedName: "jobServiceType",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      port: {
        serializedName: "port",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      properties: {
        serializedName: "properties",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      status: {
        serializedName: "status",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ModelContainerResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "ModelContainerResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ModelContainer"
            }
          }
        }
      }
    }
  }
}, ModelVersionResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "ModelVersionResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ModelVersion"
            }
          }
        }
      }
    }
  }
}, FlavorData = {
  type: {
    name: "Composite",
    className: "FlavorData",
    modelProperties: {
      data: {
        serializedName: "data",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
}, OnlineEndpointTrackedResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "OnlineEndpointTrackedResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "OnlineEndpoint"
            }
          }
        }
      }
    }
  }
}, OnlineDeploymentTrackedResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "OnlineDeploymentTrackedResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "OnlineDeployment"
            }
          }
        }
      }
    }
  }
}, ProbeSettings = {
  type: {
    name: "Composite",
    className: "ProbeSettings",
    modelProperties: {
      failureThreshold: {
        defaultValue: 30,
        serializedName: "failureThreshold",
        type: {
          name: "Number"
        }
      },
      initialDelay: {
        serializedName: "initialDelay",
        nullable: !0,
        type: {
          name: "TimeSpan"
        }
      },
      period: {
        defaultValue: "PT10S",
        serializedName: "period",
        type: {
          name: "TimeSpan"
        }
      },
      successThreshold: {
        defaultValue: 1,
        serializedName: "successThreshold",
        type: {
          name: "Number"
        }
      },
      timeout: {
        defaultValue: "PT2S",
        serializedName: "timeout",
        type: {
          name: "TimeSpan"
        }
      }
    }
  }
}, OnlineRequestSettings = {
  type: {
    name: "Composite",
    className: "OnlineRequestSettings",
    modelProperties: {
      maxConcurrentRequestsPerInstance: {
        defaultValue: 1,
        serializedName: "maxConcurrentRequestsPerInstance",
        type: {
          name: "Number"
        }
      },
      maxQueueWait: {
        defaultValue: "PT0.5S",
        serializedName: "maxQueueWait",
        type: {
          name: "TimeSpan"
        }
      },
      requestTimeout: {
        defaultValue: "PT5S",
        serializedName: "requestTimeout",
        type: {
          name: "TimeSpan"
        }
      }
    }
  }
}, OnlineScaleSettings = {
  type: {
    name: "Composite",
    className: "OnlineScaleSettings",
    uberParent: "OnlineScaleSettings",
    polymorphicDiscriminator: {
      serializedName: "scaleType",
      clientName: "scaleType"
    },
    modelProperties: {
      scaleType: {
        serializedName: "scaleType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, PartialSku = {
  type: {
    name: "Composite",
    className: "PartialSku",
    modelProperties: {
      capacity: {
        serializedName: "capacity",
        type: {
          name: "Number"
        }
      },
      family: {
        serializedName: "family",
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      size: {
        serializedName: "size",
        type: {
          name: "String"
        }
      },
      tier: {
        serializedName: "tier",
        type: {
          name: "Enum",
          allowedValues: ["Free", "Basic", "Standard", "Premium"]
        }
      }
    }
  }
}, DeploymentLogsRequest = {
  type: {
    name: "Composite",
    className: "DeploymentLogsRequest",
    modelProperties: {
      containerType: {
        serializedName: "containerType",
        type: {
          name: "String"
        }
      },
      tail: {
        serializedName: "tail",
        nullable: !0,
        type: {
          name: "Number"
        }
      }
    }
  }
}, DeploymentLogs = {
  type: {
    name: "Composite",
    className: "DeploymentLogs",
    modelProperties: {
      content: {
        serializedName: "content",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, SkuResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "SkuResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "SkuResource"
            }
          }
        }
      }
    }
  }
}, SkuResource = {
  type: {
    name: "Composite",
    className: "SkuResource",
    modelProperties: {
      capacity: {
        serializedName: "capacity",
        type: {
          name: "Composite",
          className: "SkuCapacity"
        }
      },
      resourceType: {
        serializedName: "resourceType",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      },
      sku: {
        serializedName: "sku",
        type: {
          name: "Composite",
          className: "SkuSetting"
        }
      }
    }
  }
}, SkuCapacity = {
  type: {
    name: "Composite",
    className: "SkuCapacity",
    modelProperties: {
      default: {
        defaultValue: 0,
        serializedName: "default",
        type: {
          name: "Number"
        }
      },
      maximum: {
        defaultValue: 0,
        serializedName: "maximum",
        type: {
          name: "Number"
        }
      },
      minimum: {
        defaultValue: 0,
        serializedName: "minimum",
        type: {
          name: "Number"
        }
      },
      scaleType: {
        serializedName: "scaleType",
        type: {
          name: "String"
        }
      }
    }
  }
}, SkuSetting = {
  type: {
    name: "Composite",
    className: "SkuSetting",
    modelProperties: {
      name: {
        constraints: {
          Pattern: new RegExp("[a-zA-Z0-9_]")
        },
        serializedName: "name",
        required: !0,
        type: {
          name: "String"
        }
      },
      tier: {
        serializedName: "tier",
        type: {
          name: "Enum",
          allowedValues: ["Free", "Basic", "Standard", "Premium"]
        }
      }
    }
  }
}, RegenerateEndpointKeysRequest = {
  type: {
    name: "Composite",
    className: "RegenerateEndpointKeysRequest",
    modelProperties: {
      keyType: {
        serializedName: "keyType",
        required: !0,
        type: {
          name: "String"
        }
      },
      keyValue: {
        serializedName: "keyValue",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, EndpointAuthToken = {
  type: {
    name: "Composite",
    className: "EndpointAuthToken",
    modelProperties: {
      accessToken: {
        serializedName: "accessToken",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      expiryTimeUtc: {
        defaultValue: 0,
        serializedName: "expiryTimeUtc",
        type: {
          name: "Number"
        }
      },
      refreshAfterTimeUtc: {
        defaultValue: 0,
        serializedName: "refreshAfterTimeUtc",
        type: {
          name: "Number"
        }
      },
      tokenType: {
        serializedName: "tokenType",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ScheduleResourceArmPaginatedResult = {
  type: {
    name: "Composite",
    className: "ScheduleResourceArmPaginatedResult",
    modelProperties: {
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      },
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Schedule"
            }
          }
        }
      }
    }
  }
}, ScheduleActionBase = {
  type: {
    name: "Composite",
    className: "ScheduleActionBase",
    uberParent: "ScheduleActionBase",
    polymorphicDiscriminator: {
      serializedName: "actionType",
      clientName: "actionType"
    },
    modelProperties: {
      actionType: {
        serializedName: "actionType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, TriggerBase = {
  type: {
    name: "Composite",
    className: "TriggerBase",
    uberParent: "TriggerBase",
    polymorphicDiscriminator: {
      serializedName: "triggerType",
      clientName: "triggerType"
    },
    modelProperties: {
      endTime: {
        serializedName: "endTime",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      startTime: {
        serializedName: "startTime",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      timeZone: {
        defaultValue: "UTC",
        serializedName: "timeZone",
        type: {
          name: "String"
        }
      },
      triggerType: {
        serializedName: "triggerType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ListAmlUserFeatureResult = {
  type: {
    name: "Composite",
    className: "ListAmlUserFeatureResult",
    modelProperties: {
      value: {
        serializedName: "value",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "AmlUserFeature"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, AmlUserFeature = {
  type: {
    name: "Composite",
    className: "AmlUserFeature",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      }
    }
  }
}, ResourceId = {
  type: {
    name: "Composite",
    className: "ResourceId",
    modelProperties: {
      id: {
        serializedName: "id",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, AKSSchema = {
  type: {
    name: "Composite",
    className: "AKSSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "AKSSchemaProperties"
        }
      }
    }
  }
}, AKSSchemaProperties = {
  type: {
    name: "Composite",
    className: "AKSSchemaProperties",
    modelProperties: {
      clusterFqdn: {
        serializedName: "clusterFqdn",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      systemServices: {
        serializedName: "systemServices",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "SystemService"
            }
          }
        }
      },
      agentCount: {
        constraints: {
          InclusiveMinimum: 0
        },
        serializedName: "agentCount",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      agentVmSize: {
        serializedName: "agentVmSize",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      clusterPurpose: {
        defaultValue: "FastProd",
        serializedName: "clusterPurpose",
        type: {
          name: "String"
        }
      },
      sslConfiguration: {
        serializedName: "sslConfiguration",
        type: {
          name: "Composite",
          className: "SslConfiguration"
        }
      },
      aksNetworkingConfiguration: {
        serializedName: "aksNetworkingConfiguration",
        type: {
          name: "Composite",
          className: "AksNetworkingConfiguration"
        }
      },
      loadBalancerType: {
        defaultValue: "PublicIp",
        serializedName: "loadBalancerType",
        type: {
          name: "String"
        }
      },
      loadBalancerSubnet: {
        serializedName: "loadBalancerSubnet",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, SystemService = {
  type: {
    name: "Composite",
    className: "SystemService",
    modelProperties: {
      systemServiceType: {
        serializedName: "systemServiceType",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      publicIpAddress: {
        serializedName: "publicIpAddress",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "version",
        readOnly: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, SslConfiguration = {
  type: {
    name: "Composite",
    className: "SslConfiguration",
    modelProperties: {
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      },
      cert: {
        serializedName: "cert",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      key: {
        serializedName: "key",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      cname: {
        serializedName: "cname",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      leafDomainLabel: {
        serializedName: "leafDomainLabel",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      overwriteExistingDomain: {
        serializedName: "overwriteExistingDomain",
        type: {
          name: "Boolean"
        }
      }
    }
  }
}, AksNetworkingConfiguration = {
  type: {
    name: "Composite",
    className: "AksNetworkingConfiguration",
    modelProperties: {
      subnetId: {
        serializedName: "subnetId",
        type: {
          name: "String"
        }
      },
      serviceCidr: {
        constraints: {
          Pattern: new RegExp("^([0-9]{1,3}\\.){3}[0-9]{1,3}(\\/([0-9]|[1-2][0-9]|3[0-2]))?$")
        },
        serializedName: "serviceCidr",
        type: {
          name: "String"
        }
      },
      dnsServiceIP: {
        constraints: {
          Pattern: new RegExp("^(?:(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)\\.){3}(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)$")
        },
        serializedName: "dnsServiceIP",
        type: {
          name: "String"
        }
      },
      dockerBridgeCidr: {
        constraints: {
          Pattern: new RegExp("^([0-9]{1,3}\\.){3}[0-9]{1,3}(\\/([0-9]|[1-2][0-9]|3[0-2]))?$")
        },
        serializedName: "dockerBridgeCidr",
        type: {
          name: "String"
        }
      }
    }
  }
}, KubernetesSchema = {
  type: {
    name: "Composite",
    className: "KubernetesSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "KubernetesProperties"
        }
      }
    }
  }
}, KubernetesProperties = {
  type: {
    name: "Composite",
    className: "KubernetesProperties",
    modelProperties: {
      relayConnectionString: {
        serializedName: "relayConnectionString",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      serviceBusConnectionString: {
        serializedName: "serviceBusConnectionString",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      extensionPrincipalId: {
        serializedName: "extensionPrincipalId",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      extensionInstanceReleaseTrain: {
        serializedName: "extensionInstanceReleaseTrain",
        type: {
          name: "String"
        }
      },
      vcName: {
        serializedName: "vcName",
        type: {
          name: "String"
        }
      },
      namespace: {
        defaultValue: "default",
        serializedName: "namespace",
        type: {
          name: "String"
        }
      },
      defaultInstanceType: {
        serializedName: "defaultInstanceType",
        type: {
          name: "String"
        }
      },
      instanceTypes: {
        serializedName: "instanceTypes",
        type: {
          name: "Dictionary",
          value: {
            type: { name: "Composite", className: "InstanceTypeSchema" }
          }
        }
      }
    }
  }
}, InstanceTypeSchema = {
  type: {
    name: "Composite",
    className: "InstanceTypeSchema",
    modelProperties: {
      nodeSelector: {
        serializedName: "nodeSelector",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      resources: {
        serializedName: "resources",
        type: {
          name: "Composite",
          className: "InstanceTypeSchemaResources"
        }
      }
    }
  }
}, InstanceTypeSchemaResources = {
  type: {
    name: "Composite",
    className: "InstanceTypeSchemaResources",
    modelProperties: {
      requests: {
        serializedName: "requests",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      limits: {
        serializedName: "limits",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      }
    }
  }
}, AmlComputeProperties = {
  type: {
    name: "Composite",
    className: "AmlComputeProperties",
    modelProperties: {
      osType: {
        defaultValue: "Linux",
        serializedName: "osType",
        type: {
          name: "String"
        }
      },
      vmSize: {
        serializedName: "vmSize",
        type: {
          name: "String"
        }
      },
      vmPriority: {
        serializedName: "vmPriority",
        type: {
          name: "String"
        }
      },
      virtualMachineImage: {
        serializedName: "virtualMachineImage",
        type: {
          name: "Composite",
          className: "VirtualMachineImage"
        }
      },
      isolatedNetwork: {
        serializedName: "isolatedNetwork",
        type: {
          name: "Boolean"
        }
      },
      scaleSettings: {
        serializedName: "scaleSettings",
        type: {
          name: "Composite",
          className: "ScaleSettings"
        }
      },
      userAccountCredentials: {
        serializedName: "userAccountCredentials",
        type: {
          name: "Composite",
          className: "UserAccountCredentials"
        }
      },
      subnet: {
        serializedName: "subnet",
        type: {
          name: "Composite",
          className: "ResourceId"
        }
      },
      remoteLoginPortPublicAccess: {
        defaultValue: "NotSpecified",
        serializedName: "remoteLoginPortPublicAccess",
        type: {
          name: "String"
        }
      },
      allocationState: {
        serializedName: "allocationState",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      allocationStateTransitionTime: {
        serializedName: "allocationStateTransitionTime",
        readOnly: !0,
        type: {
          name: "DateTime"
        }
      },
      errors: {
        serializedName: "errors",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorResponse"
            }
          }
        }
      },
      currentNodeCount: {
        serializedName: "currentNodeCount",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      targetNodeCount: {
        serializedName: "targetNodeCount",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      nodeStateCounts: {
        serializedName: "nodeStateCounts",
        type: {
          name: "Composite",
          className: "NodeStateCounts"
        }
      },
      enableNodePublicIp: {
        defaultValue: !0,
        serializedName: "enableNodePublicIp",
        nullable: !0,
        type: {
          name: "Boolean"
        }
      },
      propertyBag: {
        serializedName: "propertyBag",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      }
    }
  }
}, VirtualMachineImage = {
  type: {
    name: "Composite",
    className: "VirtualMachineImage",
    modelProperties: {
      id: {
        serializedName: "id",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, UserAccountCredentials = {
  type: {
    name: "Composite",
    className: "UserAccountCredentials",
    modelProperties: {
      adminUserName: {
        serializedName: "adminUserName",
        required: !0,
        type: {
          name: "String"
        }
      },
      adminUserSshPublicKey: {
        serializedName: "adminUserSshPublicKey",
        type: {
          name: "String"
        }
      },
      adminUserPassword: {
        serializedName: "adminUserPassword",
        type: {
          name: "String"
        }
      }
    }
  }
}, NodeStateCounts = {
  type: {
    name: "Composite",
    className: "NodeStateCounts",
    modelProperties: {
      idleNodeCount: {
        serializedName: "idleNodeCount",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      runningNodeCount: {
        serializedName: "runningNodeCount",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      preparingNodeCount: {
        serializedName: "preparingNodeCount",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      unusableNodeCount: {
        serializedName: "unusableNodeCount",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      leavingNodeCount: {
        serializedName: "leavingNodeCount",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      preemptedNodeCount: {
        serializedName: "preemptedNodeCount",
        readOnly: !0,
        type: {
          name: "Number"
        }
      }
    }
  }
}, AmlComputeSchema = {
  type: {
    name: "Composite",
    className: "AmlComputeSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "AmlComputeProperties"
        }
      }
    }
  }
}, ComputeInstanceProperties = {
  type: {
    name: "Composite",
    className: "ComputeInstanceProperties",
    modelProperties: {
      vmSize: {
        serializedName: "vmSize",
        type: {
          name: "String"
        }
      },
      subnet: {
        serializedName: "subnet",
        type: {
          name: "Composite",
          className: "ResourceId"
        }
      },
      applicationSharingPolicy: {
        defaultValue: "Shared",
        serializedName: "applicationSharingPolicy",
        type: {
          name: "String"
        }
      },
      sshSettings: {
        serializedName: "sshSettings",
        type: {
          name: "Composite",
          className: "ComputeInstanceSshSettings"
        }
      },
      connectivityEndpoints: {
        serializedName: "connectivityEndpoints",
        type: {
          name: "Composite",
          className: "ComputeInstanceConnectivityEndpoints"
        }
      },
      applications: {
        serializedName: "applications",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ComputeInstanceApplication"
            }
          }
        }
      },
      createdBy: {
        serializedName: "createdBy",
        type: {
          name: "Composite",
          className: "ComputeInstanceCreatedBy"
        }
      },
      errors: {
        serializedName: "errors",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorResponse"
            }
          }
        }
      },
      state: {
        serializedName: "state",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      computeInstanceAuthorizationType: {
        defaultValue: "personal",
        serializedName: "computeInstanceAuthorizationType",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      personalComputeInstanceSettings: {
        serializedName: "personalComputeInstanceSettings",
        type: {
          name: "Composite",
          className: "PersonalComputeInstanceSettings"
        }
      },
      setupScripts: {
        serializedName: "setupScripts",
        type: {
          name: "Composite",
          className: "SetupScripts"
        }
      },
      lastOperation: {
        serializedName: "lastOperation",
        type: {
          name: "Composite",
          className: "ComputeInstanceLastOperation"
        }
      },
      schedules: {
        serializedName: "schedules",
        type: {
          name: "Composite",
          className: "ComputeSchedules"
        }
      },
      enableNodePublicIp: {
        serializedName: "enableNodePublicIp",
        type: {
          name: "Boolean"
        }
      },
      containers: {
        serializedName: "containers",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ComputeInstanceContainer"
            }
          }
        }
      },
      dataDisks: {
        serializedName: "dataDisks",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ComputeInstanceDataDisk"
            }
          }
        }
      },
      dataMounts: {
        serializedName: "dataMounts",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ComputeInstanceDataMount"
            }
          }
        }
      },
      versions: {
        serializedName: "versions",
        type: {
          name: "Composite",
          className: "ComputeInstanceVersion"
        }
      }
    }
  }
}, ComputeInstanceSshSettings = {
  type: {
    name: "Composite",
    className: "ComputeInstanceSshSettings",
    modelProperties: {
      sshPublicAccess: {
        defaultValue: "Disabled",
        serializedName: "sshPublicAccess",
        type: {
          name: "String"
        }
      },
      adminUserName: {
        serializedName: "adminUserName",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      sshPort: {
        serializedName: "sshPort",
        readOnly: !0,
        type: {
          name: "Number"
        }
      },
      adminPublicKey: {
        serializedName: "adminPublicKey",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceConnectivityEndpoints = {
  type: {
    name: "Composite",
    className: "ComputeInstanceConnectivityEndpoints",
    modelProperties: {
      publicIpAddress: {
        serializedName: "publicIpAddress",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      },
      privateIpAddress: {
        serializedName: "privateIpAddress",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceApplication = {
  type: {
    name: "Composite",
    className: "ComputeInstanceApplication",
    modelProperties: {
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      endpointUri: {
        serializedName: "endpointUri",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceCreatedBy = {
  type: {
    name: "Composite",
    className: "ComputeInstanceCreatedBy",
    modelProperties: {
      userName: {
        serializedName: "userName",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      },
      userOrgId: {
        serializedName: "userOrgId",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      userId: {
        serializedName: "userId",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, PersonalComputeInstanceSettings = {
  type: {
    name: "Composite",
    className: "PersonalComputeInstanceSettings",
    modelProperties: {
      assignedUser: {
        serializedName: "assignedUser",
        type: {
          name: "Composite",
          className: "AssignedUser"
        }
      }
    }
  }
}, AssignedUser = {
  type: {
    name: "Composite",
    className: "AssignedUser",
    modelProperties: {
      objectId: {
        serializedName: "objectId",
        required: !0,
        type: {
          name: "String"
        }
      },
      tenantId: {
        serializedName: "tenantId",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, SetupScripts = {
  type: {
    name: "Composite",
    className: "SetupScripts",
    modelProperties: {
      scripts: {
        serializedName: "scripts",
        type: {
          name: "Composite",
          className: "ScriptsToExecute"
        }
      }
    }
  }
}, ScriptsToExecute = {
  type: {
    name: "Composite",
    className: "ScriptsToExecute",
    modelProperties: {
      startupScript: {
        serializedName: "startupScript",
        type: {
          name: "Composite",
          className: "ScriptReference"
        }
      },
      creationScript: {
        serializedName: "creationScript",
        type: {
          name: "Composite",
          className: "ScriptReference"
        }
      }
    }
  }
}, ScriptReference = {
  type: {
    name: "Composite",
    className: "ScriptReference",
    modelProperties: {
      scriptSource: {
        serializedName: "scriptSource",
        type: {
          name: "String"
        }
      },
      scriptData: {
        serializedName: "scriptData",
        type: {
          name: "String"
        }
      },
      scriptArguments: {
        serializedName: "scriptArguments",
        type: {
          name: "String"
        }
      },
      timeout: {
        serializedName: "timeout",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceLastOperation = {
  type: {
    name: "Composite",
    className: "ComputeInstanceLastOperation",
    modelProperties: {
      operationName: {
        serializedName: "operationName",
        type: {
          name: "String"
        }
      },
      operationTime: {
        serializedName: "operationTime",
        type: {
          name: "DateTime"
        }
      },
      operationStatus: {
        serializedName: "operationStatus",
        type: {
          name: "String"
        }
      },
      operationTrigger: {
        serializedName: "operationTrigger",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeSchedules = {
  type: {
    name: "Composite",
    className: "ComputeSchedules",
    modelProperties: {
      computeStartStop: {
        serializedName: "computeStartStop",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ComputeStartStopSchedule"
            }
          }
        }
      }
    }
  }
}, ComputeStartStopSchedule = {
  type: {
    name: "Composite",
    className: "ComputeStartStopSchedule",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: !0,
        nullable: !0,
        type: {
          name: "String"
        }
      },
      provisioningStatus: {
        serializedName: "provisioningStatus",
        readOnly: !0,
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      },
      action: {
        serializedName: "action",
        type: {
          name: "String"
        }
      },
      triggerType: {
        serializedName: "triggerType",
        type: {
          name: "String"
        }
      },
      recurrence: {
        serializedName: "recurrence",
        type: {
          name: "Composite",
          className: "RecurrenceTrigger"
        }
      },
      cron: {
        serializedName: "cron",
        type: {
          name: "Composite",
          className: "CronTrigger"
        }
      },
      schedule: {
        serializedName: "schedule",
        type: {
          name: "Composite",
          className: "ScheduleBase"
        }
      }
    }
  }
}, RecurrenceSchedule = {
  type: {
    name: "Composite",
    className: "RecurrenceSchedule",
    modelProperties: {
      hours: {
        serializedName: "hours",
        required: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Number"
            }
          }
        }
      },
      minutes: {
        serializedName: "minutes",
        required: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Number"
            }
          }
        }
      },
      monthDays: {
        serializedName: "monthDays",
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Number"
            }
          }
        }
      },
      weekDays: {
        serializedName: "weekDays",
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
}, ScheduleBase = {
  type: {
    name: "Composite",
    className: "ScheduleBase",
    modelProperties: {
      id: {
        serializedName: "id",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      provisioningStatus: {
        serializedName: "provisioningStatus",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceContainer = {
  type: {
    name: "Composite",
    className: "ComputeInstanceContainer",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      autosave: {
        serializedName: "autosave",
        type: {
          name: "String"
        }
      },
      gpu: {
        serializedName: "gpu",
        type: {
          name: "String"
        }
      },
      network: {
        serializedName: "network",
        type: {
          name: "String"
        }
      },
      environment: {
        serializedName: "environment",
        type: {
          name: "Composite",
          className: "ComputeInstanceEnvironmentInfo"
        }
      },
      services: {
        serializedName: "services",
        readOnly: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Dictionary",
              value: { type: { name: "any" } }
            }
          }
        }
      }
    }
  }
}, ComputeInstanceEnvironmentInfo = {
  type: {
    name: "Composite",
    className: "ComputeInstanceEnvironmentInfo",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      version: {
        serializedName: "version",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceDataDisk = {
  type: {
    name: "Composite",
    className: "ComputeInstanceDataDisk",
    modelProperties: {
      caching: {
        serializedName: "caching",
        type: {
          name: "String"
        }
      },
      diskSizeGB: {
        serializedName: "diskSizeGB",
        type: {
          name: "Number"
        }
      },
      lun: {
        serializedName: "lun",
        type: {
          name: "Number"
        }
      },
      storageAccountType: {
        defaultValue: "Standard_LRS",
        serializedName: "storageAccountType",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceDataMount = {
  type: {
    name: "Composite",
    className: "ComputeInstanceDataMount",
    modelProperties: {
      source: {
        serializedName: "source",
        type: {
          name: "String"
        }
      },
      sourceType: {
        serializedName: "sourceType",
        type: {
          name: "String"
        }
      },
      mountName: {
        serializedName: "mountName",
        type: {
          name: "String"
        }
      },
      mountAction: {
        serializedName: "mountAction",
        type: {
          name: "String"
        }
      },
      createdBy: {
        serializedName: "createdBy",
        type: {
          name: "String"
        }
      },
      mountPath: {
        serializedName: "mountPath",
        type: {
          name: "String"
        }
      },
      mountState: {
        serializedName: "mountState",
        type: {
          name: "String"
        }
      },
      mountedOn: {
        serializedName: "mountedOn",
        type: {
          name: "DateTime"
        }
      },
      error: {
        serializedName: "error",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceVersion = {
  type: {
    name: "Composite",
    className: "ComputeInstanceVersion",
    modelProperties: {
      runtime: {
        serializedName: "runtime",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeInstanceSchema = {
  type: {
    name: "Composite",
    className: "ComputeInstanceSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "ComputeInstanceProperties"
        }
      }
    }
  }
}, VirtualMachineSchema = {
  type: {
    name: "Composite",
    className: "VirtualMachineSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "VirtualMachineSchemaProperties"
        }
      }
    }
  }
}, VirtualMachineSchemaProperties = {
  type: {
    name: "Composite",
    className: "VirtualMachineSchemaProperties",
    modelProperties: {
      virtualMachineSize: {
        serializedName: "virtualMachineSize",
        type: {
          name: "String"
        }
      },
      sshPort: {
        serializedName: "sshPort",
        type: {
          name: "Number"
        }
      },
      notebookServerPort: {
        serializedName: "notebookServerPort",
        type: {
          name: "Number"
        }
      },
      address: {
        serializedName: "address",
        type: {
          name: "String"
        }
      },
      administratorAccount: {
        serializedName: "administratorAccount",
        type: {
          name: "Composite",
          className: "VirtualMachineSshCredentials"
        }
      },
      isNotebookInstanceCompute: {
        serializedName: "isNotebookInstanceCompute",
        type: {
          name: "Boolean"
        }
      }
    }
  }
}, VirtualMachineSshCredentials = {
  type: {
    name: "Composite",
    className: "VirtualMachineSshCredentials",
    modelProperties: {
      username: {
        serializedName: "username",
        type: {
          name: "String"
        }
      },
      password: {
        serializedName: "password",
        type: {
          name: "String"
        }
      },
      publicKeyData: {
        serializedName: "publicKeyData",
        type: {
          name: "String"
        }
      },
      privateKeyData: {
        serializedName: "privateKeyData",
        type: {
          name: "String"
        }
      }
    }
  }
}, HDInsightProperties = {
  type: {
    name: "Composite",
    className: "HDInsightProperties",
    modelProperties: {
      sshPort: {
        serializedName: "sshPort",
        type: {
          name: "Number"
        }
      },
      address: {
        serializedName: "address",
        type: {
          name: "String"
        }
      },
      administratorAccount: {
        serializedName: "administratorAccount",
        type: {
          name: "Composite",
          className: "VirtualMachineSshCredentials"
        }
      }
    }
  }
}, HDInsightSchema = {
  type: {
    name: "Composite",
    className: "HDInsightSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "HDInsightProperties"
        }
      }
    }
  }
}, DatabricksProperties = {
  type: {
    name: "Composite",
    className: "DatabricksProperties",
    modelProperties: {
      databricksAccessToken: {
        serializedName: "databricksAccessToken",
        type: {
          name: "String"
        }
      },
      workspaceUrl: {
        serializedName: "workspaceUrl",
        type: {
          name: "String"
        }
      }
    }
  }
}, DatabricksSchema = {
  type: {
    name: "Composite",
    className: "DatabricksSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "DatabricksProperties"
        }
      }
    }
  }
}, DataLakeAnalyticsSchema = {
  type: {
    name: "Composite",
    className: "DataLakeAnalyticsSchema",
    modelProperties: {
      properties: {
        serializedName: "properties",
        type: {
          name: "Composite",
          className: "DataLakeAnalyticsSchemaProperties"
        }
      }
    }
  }
}, DataLakeAnalyticsSchemaProperties = {
  type: {
    name: "Composite",
    className: "DataLakeAnalyticsSchemaProperties",
    modelProperties: {
      dataLakeStoreAccountName: {
        serializedName: "dataLakeStoreAccountName",
        type: {
          name: "String"
        }
      }
    }
  }
}, SynapseSparkProperties = {
  type: {
    name: "Composite",
    className: "SynapseSparkProperties",
    modelProperties: {
      autoScaleProperties: {
        serializedName: "autoScaleProperties",
        type: {
          name: "Composite",
          className: "AutoScaleProperties"
        }
      },
      autoPauseProperties: {
        serializedName: "autoPauseProperties",
        type: {
          name: "Composite",
          className: "AutoPauseProperties"
        }
      },
      sparkVersion: {
        serializedName: "sparkVersion",
        type: {
          name: "String"
        }
      },
      nodeCount: {
        serializedName: "nodeCount",
        type: {
          name: "Number"
        }
      },
      nodeSize: {
        serializedName: "nodeSize",
        type: {
          name: "String"
        }
      },
      nodeSizeFamily: {
        serializedName: "nodeSizeFamily",
        type: {
          name: "String"
        }
      },
      subscriptionId: {
        serializedName: "subscriptionId",
        type: {
          name: "String"
        }
      },
      resourceGroup: {
        serializedName: "resourceGroup",
        type: {
          name: "String"
        }
      },
      workspaceName: {
        serializedName: "workspaceName",
        type: {
          name: "String"
        }
      },
      poolName: {
        serializedName: "poolName",
        type: {
          name: "String"
        }
      }
    }
  }
}, AutoScaleProperties = {
  type: {
    name: "Composite",
    className: "AutoScaleProperties",
    modelProperties: {
      minNodeCount: {
        serializedName: "minNodeCount",
        type: {
          name: "Number"
        }
      },
      enabled: {
        serializedName: "enabled",
        type: {
          name: "Boolean"
        }
      },
      maxNodeCount: {
        serializedName: "maxNodeCount",
        type: {
          name: "Number"
        }
      }
    }
  }
}, AutoPauseProperties = {
  type: {
    name: "Composite",
    className: "AutoPauseProperties",
    modelProperties: {
      delayInMinutes: {
        serializedName: "delayInMinutes",
        type: {
          name: "Number"
        }
      },
      enabled: {
        serializedName: "enabled",
        type: {
          name: "Boolean"
        }
      }
    }
  }
}, AksComputeSecretsProperties = {
  type: {
    name: "Composite",
    className: "AksComputeSecretsProperties",
    modelProperties: {
      userKubeConfig: {
        serializedName: "userKubeConfig",
        type: {
          name: "String"
        }
      },
      adminKubeConfig: {
        serializedName: "adminKubeConfig",
        type: {
          name: "String"
        }
      },
      imagePullSecretName: {
        serializedName: "imagePullSecretName",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, VirtualMachineSecretsSchema = {
  type: {
    name: "Composite",
    className: "VirtualMachineSecretsSchema",
    modelProperties: {
      administratorAccount: {
        serializedName: "administratorAccount",
        type: {
          name: "Composite",
          className: "VirtualMachineSshCredentials"
        }
      }
    }
  }
}, DatabricksComputeSecretsProperties = {
  type: {
    name: "Composite",
    className: "DatabricksComputeSecretsProperties",
    modelProperties: {
      databricksAccessToken: {
        serializedName: "databricksAccessToken",
        type: {
          name: "String"
        }
      }
    }
  }
}, WorkspaceConnectionUsernamePassword = {
  type: {
    name: "Composite",
    className: "WorkspaceConnectionUsernamePassword",
    modelProperties: {
      username: {
        serializedName: "username",
        type: {
          name: "String"
        }
      },
      password: {
        serializedName: "password",
        type: {
          name: "String"
        }
      }
    }
  }
}, WorkspaceConnectionPersonalAccessToken = {
  type: {
    name: "Composite",
    className: "WorkspaceConnectionPersonalAccessToken",
    modelProperties: {
      pat: {
        serializedName: "pat",
        type: {
          name: "String"
        }
      }
    }
  }
}, WorkspaceConnectionSharedAccessSignature = {
  type: {
    name: "Composite",
    className: "WorkspaceConnectionSharedAccessSignature",
    modelProperties: {
      sas: {
        serializedName: "sas",
        type: {
          name: "String"
        }
      }
    }
  }
}, WorkspaceConnectionManagedIdentity = {
  type: {
    name: "Composite",
    className: "WorkspaceConnectionManagedIdentity",
    modelProperties: {
      resourceId: {
        serializedName: "resourceId",
        type: {
          name: "String"
        }
      },
      clientId: {
        serializedName: "clientId",
        type: {
          name: "String"
        }
      }
    }
  }
}, AssetJobInput = {
  type: {
    name: "Composite",
    className: "AssetJobInput",
    modelProperties: {
      mode: {
        serializedName: "mode",
        type: {
          name: "String"
        }
      },
      uri: {
        constraints: {
          Pattern: new RegExp("[a-zA-Z0-9_]")
        },
        serializedName: "uri",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, AssetJobOutput = {
  type: {
    name: "Composite",
    className: "AssetJobOutput",
    modelProperties: {
      mode: {
        serializedName: "mode",
        type: {
          name: "String"
        }
      },
      uri: {
        serializedName: "uri",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ForecastHorizon = {
  type: {
    name: "Composite",
    className: "ForecastHorizon",
    uberParent: "ForecastHorizon",
    polymorphicDiscriminator: {
      serializedName: "mode",
      clientName: "mode"
    },
    modelProperties: {
      mode: {
        serializedName: "mode",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, JobOutput = {
  type: {
    name: "Composite",
    className: "JobOutput",
    uberParent: "JobOutput",
    polymorphicDiscriminator: {
      serializedName: "jobOutputType",
      clientName: "jobOutputType"
    },
    modelProperties: {
      description: {
        serializedName: "description",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      jobOutputType: {
        serializedName: "jobOutputType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, AutoMLVertical = {
  type: {
    name: "Composite",
    className: "AutoMLVertical",
    uberParent: "AutoMLVertical",
    polymorphicDiscriminator: {
      serializedName: "taskType",
      clientName: "taskType"
    },
    modelProperties: {
      logVerbosity: {
        serializedName: "logVerbosity",
        type: {
          name: "String"
        }
      },
      targetColumnName: {
        serializedName: "targetColumnName",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      taskType: {
        serializedName: "taskType",
        required: !0,
        type: {
          name: "String"
        }
      },
      trainingData: {
        serializedName: "trainingData",
        type: {
          name: "Composite",
          className: "MLTableJobInput"
        }
      }
    }
  }
}, JobInput = {
  type: {
    name: "Composite",
    className: "JobInput",
    uberParent: "JobInput",
    polymorphicDiscriminator: {
      serializedName: "jobInputType",
      clientName: "jobInputType"
    },
    modelProperties: {
      description: {
        serializedName: "description",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      jobInputType: {
        serializedName: "jobInputType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, NCrossValidations = {
  type: {
    name: "Composite",
    className: "NCrossValidations",
    uberParent: "NCrossValidations",
    polymorphicDiscriminator: {
      serializedName: "mode",
      clientName: "mode"
    },
    modelProperties: {
      mode: {
        serializedName: "mode",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, Seasonality = {
  type: {
    name: "Composite",
    className: "Seasonality",
    uberParent: "Seasonality",
    polymorphicDiscriminator: {
      serializedName: "mode",
      clientName: "mode"
    },
    modelProperties: {
      mode: {
        serializedName: "mode",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, TargetLags = {
  type: {
    name: "Composite",
    className: "TargetLags",
    uberParent: "TargetLags",
    polymorphicDiscriminator: {
      serializedName: "mode",
      clientName: "mode"
    },
    modelProperties: {
      mode: {
        serializedName: "mode",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, TargetRollingWindowSize = {
  type: {
    name: "Composite",
    className: "TargetRollingWindowSize",
    uberParent: "TargetRollingWindowSize",
    polymorphicDiscriminator: {
      serializedName: "mode",
      clientName: "mode"
    },
    modelProperties: {
      mode: {
        serializedName: "mode",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, EarlyTerminationPolicy = {
  type: {
    name: "Composite",
    className: "EarlyTerminationPolicy",
    uberParent: "EarlyTerminationPolicy",
    polymorphicDiscriminator: {
      serializedName: "policyType",
      clientName: "policyType"
    },
    modelProperties: {
      delayEvaluation: {
        defaultValue: 0,
        serializedName: "delayEvaluation",
        type: {
          name: "Number"
        }
      },
      evaluationInterval: {
        defaultValue: 0,
        serializedName: "evaluationInterval",
        type: {
          name: "Number"
        }
      },
      policyType: {
        serializedName: "policyType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, SamplingAlgorithm = {
  type: {
    name: "Composite",
    className: "SamplingAlgorithm",
    uberParent: "SamplingAlgorithm",
    polymorphicDiscriminator: {
      serializedName: "samplingAlgorithmType",
      clientName: "samplingAlgorithmType"
    },
    modelProperties: {
      samplingAlgorithmType: {
        serializedName: "samplingAlgorithmType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, TrainingSettings = {
  type: {
    name: "Composite",
    className: "TrainingSettings",
    modelProperties: {
      enableDnnTraining: {
        defaultValue: !1,
        serializedName: "enableDnnTraining",
        type: {
          name: "Boolean"
        }
      },
      enableModelExplainability: {
        defaultValue: !0,
        serializedName: "enableModelExplainability",
        type: {
          name: "Boolean"
        }
      },
      enableOnnxCompatibleModels: {
        defaultValue: !1,
        serializedName: "enableOnnxCompatibleModels",
        type: {
          name: "Boolean"
        }
      },
      enableStackEnsemble: {
        defaultValue: !0,
        serializedName: "enableStackEnsemble",
        type: {
          name: "Boolean"
        }
      },
      enableVoteEnsemble: {
        defaultValue: !0,
        serializedName: "enableVoteEnsemble",
        type: {
          name: "Boolean"
        }
      },
      ensembleModelDownloadTimeout: {
        defaultValue: "PT5M",
        serializedName: "ensembleModelDownloadTimeout",
        type: {
          name: "TimeSpan"
        }
      },
      stackEnsembleSettings: {
        serializedName: "stackEnsembleSettings",
        type: {
          name: "Composite",
          className: "StackEnsembleSettings"
        }
      }
    }
  }
}, StackEnsembleSettings = {
  type: {
    name: "Composite",
    className: "StackEnsembleSettings",
    modelProperties: {
      stackMetaLearnerKWargs: {
        serializedName: "stackMetaLearnerKWargs",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      },
      stackMetaLearnerTrainPercentage: {
        defaultValue: 0.2,
        serializedName: "stackMetaLearnerTrainPercentage",
        type: {
          name: "Number"
        }
      },
      stackMetaLearnerType: {
        serializedName: "stackMetaLearnerType",
        type: {
          name: "String"
        }
      }
    }
  }
}, TableVertical = {
  type: {
    name: "Composite",
    className: "TableVertical",
    modelProperties: {
      cvSplitColumnNames: {
        serializedName: "cvSplitColumnNames",
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      featurizationSettings: {
        serializedName: "featurizationSettings",
        type: {
          name: "Composite",
          className: "TableVerticalFeaturizationSettings"
        }
      },
      limitSettings: {
        serializedName: "limitSettings",
        type: {
          name: "Composite",
          className: "TableVerticalLimitSettings"
        }
      },
      nCrossValidations: {
        serializedName: "nCrossValidations",
        type: {
          name: "Composite",
          className: "NCrossValidations"
        }
      },
      testData: {
        serializedName: "testData",
        type: {
          name: "Composite",
          className: "MLTableJobInput"
        }
      },
      testDataSize: {
        serializedName: "testDataSize",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      validationData: {
        serializedName: "validationData",
        type: {
          name: "Composite",
          className: "MLTableJobInput"
        }
      },
      validationDataSize: {
        serializedName: "validationDataSize",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      weightColumnName: {
        serializedName: "weightColumnName",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ColumnTransformer = {
  type: {
    name: "Composite",
    className: "ColumnTransformer",
    modelProperties: {
      fields: {
        serializedName: "fields",
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      parameters: {
        serializedName: "parameters",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      }
    }
  }
}, FeaturizationSettings = {
  type: {
    name: "Composite",
    className: "FeaturizationSettings",
    modelProperties: {
      datasetLanguage: {
        serializedName: "datasetLanguage",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, TableVerticalLimitSettings = {
  type: {
    name: "Composite",
    className: "TableVerticalLimitSettings",
    modelProperties: {
      enableEarlyTermination: {
        defaultValue: !0,
        serializedName: "enableEarlyTermination",
        type: {
          name: "Boolean"
        }
      },
      exitScore: {
        serializedName: "exitScore",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      maxConcurrentTrials: {
        defaultValue: 1,
        serializedName: "maxConcurrentTrials",
        type: {
          name: "Number"
        }
      },
      maxCoresPerTrial: {
        defaultValue: -1,
        serializedName: "maxCoresPerTrial",
        type: {
          name: "Number"
        }
      },
      maxTrials: {
        defaultValue: 1e3,
        serializedName: "maxTrials",
        type: {
          name: "Number"
        }
      },
      timeout: {
        defaultValue: "PT6H",
        serializedName: "timeout",
        type: {
          name: "TimeSpan"
        }
      },
      trialTimeout: {
        defaultValue: "PT30M",
        serializedName: "trialTimeout",
        type: {
          name: "TimeSpan"
        }
      }
    }
  }
}, DistributionConfiguration = {
  type: {
    name: "Composite",
    className: "DistributionConfiguration",
    uberParent: "DistributionConfiguration",
    polymorphicDiscriminator: {
      serializedName: "distributionType",
      clientName: "distributionType"
    },
    modelProperties: {
      distributionType: {
        serializedName: "distributionType",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, JobLimits = {
  type: {
    name: "Composite",
    className: "JobLimits",
    uberParent: "JobLimits",
    polymorphicDiscriminator: {
      serializedName: "jobLimitsType",
      clientName: "jobLimitsType"
    },
    modelProperties: {
      jobLimitsType: {
        serializedName: "jobLimitsType",
        required: !0,
        type: {
          name: "String"
        }
      },
      timeout: {
        serializedName: "timeout",
        nullable: !0,
        type: {
          name: "TimeSpan"
        }
      }
    }
  }
}, ContainerResourceRequirements = {
  type: {
    name: "Composite",
    className: "ContainerResourceRequirements",
    modelProperties: {
      containerResourceLimits: {
        serializedName: "containerResourceLimits",
        type: {
          name: "Composite",
          className: "ContainerResourceSettings"
        }
      },
      containerResourceRequests: {
        serializedName: "containerResourceRequests",
        type: {
          name: "Composite",
          className: "ContainerResourceSettings"
        }
      }
    }
  }
}, ContainerResourceSettings = {
  type: {
    name: "Composite",
    className: "ContainerResourceSettings",
    modelProperties: {
      cpu: {
        serializedName: "cpu",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      gpu: {
        serializedName: "gpu",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      memory: {
        serializedName: "memory",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ForecastingSettings = {
  type: {
    name: "Composite",
    className: "ForecastingSettings",
    modelProperties: {
      countryOrRegionForHolidays: {
        serializedName: "countryOrRegionForHolidays",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      cvStepSize: {
        serializedName: "cvStepSize",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      featureLags: {
        serializedName: "featureLags",
        type: {
          name: "String"
        }
      },
      forecastHorizon: {
        serializedName: "forecastHorizon",
        type: {
          name: "Composite",
          className: "ForecastHorizon"
        }
      },
      frequency: {
        serializedName: "frequency",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      seasonality: {
        serializedName: "seasonality",
        type: {
          name: "Composite",
          className: "Seasonality"
        }
      },
      shortSeriesHandlingConfig: {
        serializedName: "shortSeriesHandlingConfig",
        type: {
          name: "String"
        }
      },
      targetAggregateFunction: {
        serializedName: "targetAggregateFunction",
        type: {
          name: "String"
        }
      },
      targetLags: {
        serializedName: "targetLags",
        type: {
          name: "Composite",
          className: "TargetLags"
        }
      },
      targetRollingWindowSize: {
        serializedName: "targetRollingWindowSize",
        type: {
          name: "Composite",
          className: "TargetRollingWindowSize"
        }
      },
      timeColumnName: {
        serializedName: "timeColumnName",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      timeSeriesIdColumnNames: {
        serializedName: "timeSeriesIdColumnNames",
        nullable: !0,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      useStl: {
        serializedName: "useStl",
        type: {
          name: "String"
        }
      }
    }
  }
}, ImageModelSettings = {
  type: {
    name: "Composite",
    className: "ImageModelSettings",
    modelProperties: {
      advancedSettings: {
        serializedName: "advancedSettings",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      amsGradient: {
        serializedName: "amsGradient",
        nullable: !0,
        type: {
          name: "Boolean"
        }
      },
      augmentations: {
        serializedName: "augmentations",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      beta1: {
        serializedName: "beta1",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      beta2: {
        serializedName: "beta2",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      checkpointFrequency: {
        serializedName: "checkpointFrequency",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      checkpointModel: {
        serializedName: "checkpointModel",
        type: {
          name: "Composite",
          className: "MLFlowModelJobInput"
        }
      },
      checkpointRunId: {
        serializedName: "checkpointRunId",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      distributed: {
        serializedName: "distributed",
        nullable: !0,
        type: {
          name: "Boolean"
        }
      },
      earlyStopping: {
        serializedName: "earlyStopping",
        nullable: !0,
        type: {
          name: "Boolean"
        }
      },
      earlyStoppingDelay: {
        serializedName: "earlyStoppingDelay",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      earlyStoppingPatience: {
        serializedName: "earlyStoppingPatience",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      enableOnnxNormalization: {
        serializedName: "enableOnnxNormalization",
        nullable: !0,
        type: {
          name: "Boolean"
        }
      },
      evaluationFrequency: {
        serializedName: "evaluationFrequency",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      gradientAccumulationStep: {
        serializedName: "gradientAccumulationStep",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      layersToFreeze: {
        serializedName: "layersToFreeze",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      learningRate: {
        serializedName: "learningRate",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      learningRateScheduler: {
        serializedName: "learningRateScheduler",
        type: {
          name: "String"
        }
      },
      modelName: {
        serializedName: "modelName",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      momentum: {
        serializedName: "momentum",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      nesterov: {
        serializedName: "nesterov",
        nullable: !0,
        type: {
          name: "Boolean"
        }
      },
      numberOfEpochs: {
        serializedName: "numberOfEpochs",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      numberOfWorkers: {
        serializedName: "numberOfWorkers",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      optimizer: {
        serializedName: "optimizer",
        type: {
          name: "String"
        }
      },
      randomSeed: {
        serializedName: "randomSeed",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      stepLRGamma: {
        serializedName: "stepLRGamma",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      stepLRStepSize: {
        serializedName: "stepLRStepSize",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      trainingBatchSize: {
        serializedName: "trainingBatchSize",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      validationBatchSize: {
        serializedName: "validationBatchSize",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      warmupCosineLRCycles: {
        serializedName: "warmupCosineLRCycles",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      warmupCosineLRWarmupEpochs: {
        serializedName: "warmupCosineLRWarmupEpochs",
        nullable: !0,
        type: {
          name: "Number"
        }
      },
      weightDecay: {
        serializedName: "weightDecay",
        nullable: !0,
        type: {
          name: "Number"
        }
      }
    }
  }
}, ImageModelDistributionSettings = {
  type: {
    name: "Composite",
    className: "ImageModelDistributionSettings",
    modelProperties: {
      amsGradient: {
        serializedName: "amsGradient",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      augmentations: {
        serializedName: "augmentations",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      beta1: {
        serializedName: "beta1",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      beta2: {
        serializedName: "beta2",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      distributed: {
        serializedName: "distributed",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      earlyStopping: {
        serializedName: "earlyStopping",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      earlyStoppingDelay: {
        serializedName: "earlyStoppingDelay",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      earlyStoppingPatience: {
        serializedName: "earlyStoppingPatience",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      enableOnnxNormalization: {
        serializedName: "enableOnnxNormalization",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      evaluationFrequency: {
        serializedName: "evaluationFrequency",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      gradientAccumulationStep: {
        serializedName: "gradientAccumulationStep",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      layersToFreeze: {
        serializedName: "layersToFreeze",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      learningRate: {
        serializedName: "learningRate",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      learningRateScheduler: {
        serializedName: "learningRateScheduler",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      modelName: {
        serializedName: "modelName",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      momentum: {
        serializedName: "momentum",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      nesterov: {
        serializedName: "nesterov",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      numberOfEpochs: {
        serializedName: "numberOfEpochs",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      numberOfWorkers: {
        serializedName: "numberOfWorkers",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      optimizer: {
        serializedName: "optimizer",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      randomSeed: {
        serializedName: "randomSeed",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      stepLRGamma: {
        serializedName: "stepLRGamma",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      stepLRStepSize: {
        serializedName: "stepLRStepSize",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      trainingBatchSize: {
        serializedName: "trainingBatchSize",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      validationBatchSize: {
        serializedName: "validationBatchSize",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      warmupCosineLRCycles: {
        serializedName: "warmupCosineLRCycles",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      warmupCosineLRWarmupEpochs: {
        serializedName: "warmupCosineLRWarmupEpochs",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      weightDecay: {
        serializedName: "weightDecay",
        nullable: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, ImageVertical = {
  type: {
    name: "Composite",
    className: "ImageVertical",
    modelProperties: {
      limitSettings: {
        serializedName: "limitSettings",
        type: {
          name: "Composite",
          className: "ImageLimitSettings"
        }
      },
      sweepSettings: {
        serializedName: "sweepSettings",
        type: {
          name: "Composite",
          className: "ImageSweepSettings"
        }
      },
      validationData: {
        serializedName: "validationData",
        type: {
          name: "Composite",
          className: "MLTableJobInput"
        }
      },
      validationDataSize: {
        serializedName: "validationDataSize",
        nullable: !0,
        type: {
          name: "Number"
        }
      }
    }
  }
}, ImageLimitSettings = {
  type: {
    name: "Composite",
    className: "ImageLimitSettings",
    modelProperties: {
      maxConcurrentTrials: {
        defaultValue: 1,
        serializedName: "maxConcurrentTrials",
        type: {
          name: "Number"
        }
      },
      maxTrials: {
        defaultValue: 1,
        serializedName: "maxTrials",
        type: {
          name: "Number"
        }
      },
      timeout: {
        defaultValue: "P7D",
        serializedName: "timeout",
        type: {
          name: "TimeSpan"
        }
      }
    }
  }
}, ImageSweepSettings = {
  type: {
    name: "Composite",
    className: "ImageSweepSettings",
    modelProperties: {
      earlyTermination: {
        serializedName: "earlyTermination",
        type: {
          name: "Composite",
          className: "EarlyTerminationPolicy"
        }
      },
      samplingAlgorithm: {
        serializedName: "samplingAlgorithm",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, NlpVertical = {
  type: {
    name: "Composite",
    className: "NlpVertical",
    modelProperties: {
      featurizationSettings: {
        serializedName: "featurizationSettings",
        type: {
          name: "Composite",
          className: "NlpVerticalFeaturizationSettings"
        }
      },
      limitSettings: {
        serializedName: "limitSettings",
        type: {
          name: "Composite",
          className: "NlpVerticalLimitSettings"
        }
      },
      validationData: {
        serializedName: "validationData",
        type: {
          name: "Composite",
          className: "MLTableJobInput"
        }
      }
    }
  }
}, NlpVerticalLimitSettings = {
  type: {
    name: "Composite",
    className: "NlpVerticalLimitSettings",
    modelProperties: {
      maxConcurrentTrials: {
        defaultValue: 1,
        serializedName: "maxConcurrentTrials",
        type: {
          name: "Number"
        }
      },
      maxTrials: {
        defaultValue: 1,
        serializedName: "maxTrials",
        type: {
          name: "Number"
        }
      },
      timeout: {
        serializedName: "timeout",
        type: {
          name: "TimeSpan"
        }
      }
    }
  }
}, Objective = {
  type: {
    name: "Composite",
    className: "Objective",
    modelProperties: {
      goal: {
        serializedName: "goal",
        required: !0,
        type: {
          name: "String"
        }
      },
      primaryMetric: {
        constraints: {
          Pattern: new RegExp("[a-zA-Z0-9_]")
        },
        serializedName: "primaryMetric",
        required: !0,
        type: {
          name: "String"
        }
      }
    }
  }
}, TrialComponent = {
  type: {
    name: "Composite",
    className: "TrialComponent",
    modelProperties: {
      codeId: {
        serializedName: "codeId",
        nullable: !0,
        type: {
          name: "String"
        }
      },
      command: {
        constraints: {
          Pattern: new RegExp("[a-zA-Z0-9_]"),
          MinLength: 1
        },
        serializedName: "command",
        required: !0,
        type: {
          name: "String"
        }
      },
      distribution: {
        serializedName: "distribution",
        type: {
          name: "Composite",
          className: "DistributionConfiguration"
        }
      },
      environmentId: {
        constraints: {
          Pattern: new RegExp("[a-zA-Z0-9_]")
        },
        serializedName: "environmentId",
        required: !0,
        type: {
          name: "String"
        }
      },
      environmentVariables: {
        serializedName: "environmentVariables",
        nullable: !0,
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      resources: {
        serializedName: "resources",
        type: {
          name: "Composite",
          className: "JobResourceConfiguration"
        }
      }
    }
  }
}, PrivateEndpointConnection = {
  type: {
    name: "Composite",
    className: "PrivateEndpointConnection",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "ManagedServiceIdentity"
      }
    }, location: {
      serializedName: "location",
      type: {
        name: "String"
      }
    }, tags: {
      serializedName: "tags",
      type: {
        name: "Dictionary",
        value: { type: { name: "String" } }
      }
    }, sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "Sku"
      }
    }, privateEndpoint: {
      serializedName: "properties.privateEndpoint",
      type: {
        name: "Composite",
        className: "PrivateEndpoint"
      }
    }, privateLinkServiceConnectionState: {
      serializedName: "properties.privateLinkServiceConnectionState",
      type: {
        name: "Composite",
        className: "PrivateLinkServiceConnectionState"
      }
    }, provisioningState: {
      serializedName: "properties.provisioningState",
      readOnly: !0,
      type: {
        name: "String"
      }
    } })
  }
}, Workspace = {
  type: {
    name: "Composite",
    className: "Workspace",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "ManagedServiceIdentity"
      }
    }, location: {
      serializedName: "location",
      type: {
        name: "String"
      }
    }, tags: {
      serializedName: "tags",
      type: {
        name: "Dictionary",
        value: { type: { name: "String" } }
      }
    }, sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "Sku"
      }
    }, workspaceId: {
      serializedName: "properties.workspaceId",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, description: {
      serializedName: "properties.description",
      type: {
        name: "String"
      }
    }, friendlyName: {
      serializedName: "properties.friendlyName",
      type: {
        name: "String"
      }
    }, keyVault: {
      serializedName: "properties.keyVault",
      type: {
        name: "String"
      }
    }, applicationInsights: {
      serializedName: "properties.applicationInsights",
      type: {
        name: "String"
      }
    }, containerRegistry: {
      serializedName: "properties.containerRegistry",
      nullable: !0,
      type: {
        name: "String"
      }
    }, storageAccount: {
      serializedName: "properties.storageAccount",
      type: {
        name: "String"
      }
    }, discoveryUrl: {
      serializedName: "properties.discoveryUrl",
      type: {
        name: "String"
      }
    }, provisioningState: {
      serializedName: "properties.provisioningState",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, encryption: {
      serializedName: "properties.encryption",
      type: {
        name: "Composite",
        className: "EncryptionProperty"
      }
    }, hbiWorkspace: {
      defaultValue: !1,
      serializedName: "properties.hbiWorkspace",
      type: {
        name: "Boolean"
      }
    }, serviceProvisionedResourceGroup: {
      serializedName: "properties.serviceProvisionedResourceGroup",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, privateLinkCount: {
      serializedName: "properties.privateLinkCount",
      readOnly: !0,
      type: {
        name: "Number"
      }
    }, imageBuildCompute: {
      serializedName: "properties.imageBuildCompute",
      type: {
        name: "String"
      }
    }, allowPublicAccessWhenBehindVnet: {
      defaultValue: !1,
      serializedName: "properties.allowPublicAccessWhenBehindVnet",
      type: {
        name: "Boolean"
      }
    }, publicNetworkAccess: {
      serializedName: "properties.publicNetworkAccess",
      type: {
        name: "String"
      }
    }, privateEndpointConnections: {
      serializedName: "properties.privateEndpointConnections",
      readOnly: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "Composite",
            className: "PrivateEndpointConnection"
          }
        }
      }
    }, sharedPrivateLinkResources: {
      serializedName: "properties.sharedPrivateLinkResources",
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "Composite",
            className: "SharedPrivateLinkResource"
          }
        }
      }
    }, notebookInfo: {
      serializedName: "properties.notebookInfo",
      type: {
        name: "Composite",
        className: "NotebookResourceInfo"
      }
    }, serviceManagedResourcesSettings: {
      serializedName: "properties.serviceManagedResourcesSettings",
      type: {
        name: "Composite",
        className: "ServiceManagedResourcesSettings"
      }
    }, primaryUserAssignedIdentity: {
      serializedName: "properties.primaryUserAssignedIdentity",
      type: {
        name: "String"
      }
    }, tenantId: {
      serializedName: "properties.tenantId",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, storageHnsEnabled: {
      serializedName: "properties.storageHnsEnabled",
      readOnly: !0,
      type: {
        name: "Boolean"
      }
    }, mlFlowTrackingUri: {
      serializedName: "properties.mlFlowTrackingUri",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, v1LegacyMode: {
      defaultValue: !1,
      serializedName: "properties.v1LegacyMode",
      type: {
        name: "Boolean"
      }
    } })
  }
}, ComputeResource = {
  type: {
    name: "Composite",
    className: "ComputeResource",
    modelProperties: Object.assign(Object.assign(Object.assign({}, Resource.type.modelProperties), ComputeResourceSchema.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "ManagedServiceIdentity"
      }
    }, location: {
      serializedName: "location",
      type: {
        name: "String"
      }
    }, tags: {
      serializedName: "tags",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "String" } }
      }
    }, sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "Sku"
      }
    } })
  }
}, PrivateLinkResource = {
  type: {
    name: "Composite",
    className: "PrivateLinkResource",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "ManagedServiceIdentity"
      }
    }, location: {
      serializedName: "location",
      type: {
        name: "String"
      }
    }, tags: {
      serializedName: "tags",
      type: {
        name: "Dictionary",
        value: { type: { name: "String" } }
      }
    }, sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "Sku"
      }
    }, groupId: {
      serializedName: "properties.groupId",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, requiredMembers: {
      serializedName: "properties.requiredMembers",
      readOnly: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    }, requiredZoneNames: {
      serializedName: "properties.requiredZoneNames",
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    } })
  }
}, WorkspaceConnectionPropertiesV2BasicResource = {
  type: {
    name: "Composite",
    className: "WorkspaceConnectionPropertiesV2BasicResource",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "WorkspaceConnectionPropertiesV2"
      }
    } })
  }
}, TrackedResource = {
  type: {
    name: "Composite",
    className: "TrackedResource",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { tags: {
      serializedName: "tags",
      type: {
        name: "Dictionary",
        value: { type: { name: "String" } }
      }
    }, location: {
      serializedName: "location",
      required: !0,
      type: {
        name: "String"
      }
    } })
  }
}, CodeContainer = {
  type: {
    name: "Composite",
    className: "CodeContainer",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "CodeContainerProperties"
      }
    } })
  }
}, CodeVersion = {
  type: {
    name: "Composite",
    className: "CodeVersion",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "CodeVersionProperties"
      }
    } })
  }
}, ComponentContainer = {
  type: {
    name: "Composite",
    className: "ComponentContainer",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "ComponentContainerProperties"
      }
    } })
  }
}, ComponentVersion = {
  type: {
    name: "Composite",
    className: "ComponentVersion",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "ComponentVersionProperties"
      }
    } })
  }
}, DataContainer = {
  type: {
    name: "Composite",
    className: "DataContainer",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "DataContainerProperties"
      }
    } })
  }
}, DataVersionBase = {
  type: {
    name: "Composite",
    className: "DataVersionBase",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "DataVersionBaseProperties"
      }
    } })
  }
}, Datastore = {
  type: {
    name: "Composite",
    className: "Datastore",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "DatastoreProperties"
      }
    } })
  }
}, EnvironmentContainer = {
  type: {
    name: "Composite",
    className: "EnvironmentContainer",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "EnvironmentContainerProperties"
      }
    } })
  }
}, EnvironmentVersion = {
  type: {
    name: "Composite",
    className: "EnvironmentVersion",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "EnvironmentVersionProperties"
      }
    } })
  }
}, JobBase = {
  type: {
    name: "Composite",
    className: "JobBase",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "JobBaseProperties"
      }
    } })
  }
}, ModelContainer = {
  type: {
    name: "Composite",
    className: "ModelContainer",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "ModelContainerProperties"
      }
    } })
  }
}, ModelVersion = {
  type: {
    name: "Composite",
    className: "ModelVersion",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "ModelVersionProperties"
      }
    } })
  }
}, Schedule = {
  type: {
    name: "Composite",
    className: "Schedule",
    modelProperties: Object.assign(Object.assign({}, Resource.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "ScheduleProperties"
      }
    } })
  }
}, Aks = {
  serializedName: "AKS",
  type: {
    name: "Composite",
    className: "Aks",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), AKSSchema.type.modelProperties)
  }
}, Kubernetes = {
  serializedName: "Kubernetes",
  type: {
    name: "Composite",
    className: "Kubernetes",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), KubernetesSchema.type.modelProperties)
  }
}, AmlCompute = {
  serializedName: "AmlCompute",
  type: {
    name: "Composite",
    className: "AmlCompute",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), AmlComputeSchema.type.modelProperties)
  }
}, ComputeInstance = {
  serializedName: "ComputeInstance",
  type: {
    name: "Composite",
    className: "ComputeInstance",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), ComputeInstanceSchema.type.modelProperties)
  }
}, VirtualMachine = {
  serializedName: "VirtualMachine",
  type: {
    name: "Composite",
    className: "VirtualMachine",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), VirtualMachineSchema.type.modelProperties)
  }
}, HDInsight = {
  serializedName: "HDInsight",
  type: {
    name: "Composite",
    className: "HDInsight",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), HDInsightSchema.type.modelProperties)
  }
}, DataFactory = {
  serializedName: "DataFactory",
  type: {
    name: "Composite",
    className: "DataFactory",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, Compute.type.modelProperties)
  }
}, Databricks = {
  serializedName: "Databricks",
  type: {
    name: "Composite",
    className: "Databricks",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), DatabricksSchema.type.modelProperties)
  }
}, DataLakeAnalytics = {
  serializedName: "DataLakeAnalytics",
  type: {
    name: "Composite",
    className: "DataLakeAnalytics",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), DataLakeAnalyticsSchema.type.modelProperties)
  }
}, SynapseSpark = {
  serializedName: "SynapseSpark",
  type: {
    name: "Composite",
    className: "SynapseSpark",
    uberParent: "Compute",
    polymorphicDiscriminator: Compute.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Compute.type.modelProperties), { properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "SynapseSparkProperties"
      }
    } })
  }
}, AksComputeSecrets = {
  serializedName: "AKS",
  type: {
    name: "Composite",
    className: "AksComputeSecrets",
    uberParent: "ComputeSecrets",
    polymorphicDiscriminator: ComputeSecrets.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, ComputeSecrets.type.modelProperties), AksComputeSecretsProperties.type.modelProperties)
  }
}, VirtualMachineSecrets = {
  serializedName: "VirtualMachine",
  type: {
    name: "Composite",
    className: "VirtualMachineSecrets",
    uberParent: "ComputeSecrets",
    polymorphicDiscriminator: ComputeSecrets.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, ComputeSecrets.type.modelProperties), VirtualMachineSecretsSchema.type.modelProperties)
  }
}, DatabricksComputeSecrets = {
  serializedName: "Databricks",
  type: {
    name: "Composite",
    className: "DatabricksComputeSecrets",
    uberParent: "ComputeSecrets",
    polymorphicDiscriminator: ComputeSecrets.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, ComputeSecrets.type.modelProperties), DatabricksComputeSecretsProperties.type.modelProperties)
  }
}, PATAuthTypeWorkspaceConnectionProperties = {
  serializedName: "PAT",
  type: {
    name: "Composite",
    className: "PATAuthTypeWorkspaceConnectionProperties",
    uberParent: "WorkspaceConnectionPropertiesV2",
    polymorphicDiscriminator: WorkspaceConnectionPropertiesV2.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, WorkspaceConnectionPropertiesV2.type.modelProperties), { credentials: {
      serializedName: "credentials",
      type: {
        name: "Composite",
        className: "WorkspaceConnectionPersonalAccessToken"
      }
    } })
  }
}, SASAuthTypeWorkspaceConnectionProperties = {
  serializedName: "SAS",
  type: {
    name: "Composite",
    className: "SASAuthTypeWorkspaceConnectionProperties",
    uberParent: "WorkspaceConnectionPropertiesV2",
    polymorphicDiscriminator: WorkspaceConnectionPropertiesV2.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, WorkspaceConnectionPropertiesV2.type.modelProperties), { credentials: {
      serializedName: "credentials",
      type: {
        name: "Composite",
        className: "WorkspaceConnectionSharedAccessSignature"
      }
    } })
  }
}, UsernamePasswordAuthTypeWorkspaceConnectionProperties = {
  serializedName: "UsernamePassword",
  type: {
    name: "Composite",
    className: "UsernamePasswordAuthTypeWorkspaceConnectionProperties",
    uberParent: "WorkspaceConnectionPropertiesV2",
    polymorphicDiscriminator: WorkspaceConnectionPropertiesV2.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, WorkspaceConnectionPropertiesV2.type.modelProperties), { credentials: {
      serializedName: "credentials",
      type: {
        name: "Composite",
        className: "WorkspaceConnectionUsernamePassword"
      }
    } })
  }
}, NoneAuthTypeWorkspaceConnectionProperties = {
  serializedName: "None",
  type: {
    name: "Composite",
    className: "NoneAuthTypeWorkspaceConnectionProperties",
    uberParent: "WorkspaceConnectionPropertiesV2",
    polymorphicDiscriminator: WorkspaceConnectionPropertiesV2.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, WorkspaceConnectionPropertiesV2.type.modelProperties)
  }
}, ManagedIdentityAuthTypeWorkspaceConnectionProperties = {
  serializedName: "ManagedIdentity",
  type: {
    name: "Composite",
    className: "ManagedIdentityAuthTypeWorkspaceConnectionProperties",
    uberParent: "WorkspaceConnectionPropertiesV2",
    polymorphicDiscriminator: WorkspaceConnectionPropertiesV2.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, WorkspaceConnectionPropertiesV2.type.modelProperties), { credentials: {
      serializedName: "credentials",
      type: {
        name: "Composite",
        className: "WorkspaceConnectionManagedIdentity"
      }
    } })
  }
}, BatchEndpointProperties = {
  type: {
    name: "Composite",
    className: "BatchEndpointProperties",
    modelProperties: Object.assign(Object.assign({}, EndpointPropertiesBase.type.modelProperties), { defaults: {
      serializedName: "defaults",
      type: {
        name: "Composite",
        className: "BatchEndpointDefaults"
      }
    }, provisioningState: {
      serializedName: "provisioningState",
      readOnly: !0,
      type: {
        name: "String"
      }
    } })
  }
}, OnlineEndpointProperties = {
  type: {
    name: "Composite",
    className: "OnlineEndpointProperties",
    modelProperties: Object.assign(Object.assign({}, EndpointPropertiesBase.type.modelProperties), { compute: {
      serializedName: "compute",
      nullable: !0,
      type: {
        name: "String"
      }
    }, provisioningState: {
      serializedName: "provisioningState",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, publicNetworkAccess: {
      serializedName: "publicNetworkAccess",
      type: {
        name: "String"
      }
    }, traffic: {
      serializedName: "traffic",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Number" } }
      }
    } })
  }
}, PartialMinimalTrackedResourceWithIdentity = {
  type: {
    name: "Composite",
    className: "PartialMinimalTrackedResourceWithIdentity",
    modelProperties: Object.assign(Object.assign({}, PartialMinimalTrackedResource.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "PartialManagedServiceIdentity"
      }
    } })
  }
}, PartialMinimalTrackedResourceWithSku = {
  type: {
    name: "Composite",
    className: "PartialMinimalTrackedResourceWithSku",
    modelProperties: Object.assign(Object.assign({}, PartialMinimalTrackedResource.type.modelProperties), { sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "PartialSku"
      }
    } })
  }
}, DataPathAssetReference = {
  serializedName: "DataPath",
  type: {
    name: "Composite",
    className: "DataPathAssetReference",
    uberParent: "AssetReferenceBase",
    polymorphicDiscriminator: AssetReferenceBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetReferenceBase.type.modelProperties), { datastoreId: {
      serializedName: "datastoreId",
      nullable: !0,
      type: {
        name: "String"
      }
    }, path: {
      serializedName: "path",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, IdAssetReference = {
  serializedName: "Id",
  type: {
    name: "Composite",
    className: "IdAssetReference",
    uberParent: "AssetReferenceBase",
    polymorphicDiscriminator: AssetReferenceBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetReferenceBase.type.modelProperties), { assetId: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "assetId",
      required: !0,
      type: {
        name: "String"
      }
    } })
  }
}, OutputPathAssetReference = {
  serializedName: "OutputPath",
  type: {
    name: "Composite",
    className: "OutputPathAssetReference",
    uberParent: "AssetReferenceBase",
    polymorphicDiscriminator: AssetReferenceBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetReferenceBase.type.modelProperties), { jobId: {
      serializedName: "jobId",
      nullable: !0,
      type: {
        name: "String"
      }
    }, path: {
      serializedName: "path",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, DeploymentResourceConfiguration = {
  type: {
    name: "Composite",
    className: "DeploymentResourceConfiguration",
    modelProperties: Object.assign({}, ResourceConfiguration.type.modelProperties)
  }
}, JobResourceConfiguration = {
  type: {
    name: "Composite",
    className: "JobResourceConfiguration",
    modelProperties: Object.assign(Object.assign({}, ResourceConfiguration.type.modelProperties), { dockerArgs: {
      serializedName: "dockerArgs",
      nullable: !0,
      type: {
        name: "String"
      }
    }, shmSize: {
      defaultValue: "2g",
      constraints: {
        Pattern: new RegExp("\\d+[bBkKmMgG]")
      },
      serializedName: "shmSize",
      type: {
        name: "String"
      }
    } })
  }
}, BatchDeploymentProperties = {
  type: {
    name: "Composite",
    className: "BatchDeploymentProperties",
    modelProperties: Object.assign(Object.assign({}, EndpointDeploymentPropertiesBase.type.modelProperties), { compute: {
      serializedName: "compute",
      nullable: !0,
      type: {
        name: "String"
      }
    }, errorThreshold: {
      defaultValue: -1,
      serializedName: "errorThreshold",
      type: {
        name: "Number"
      }
    }, loggingLevel: {
      serializedName: "loggingLevel",
      type: {
        name: "String"
      }
    }, maxConcurrencyPerInstance: {
      defaultValue: 1,
      serializedName: "maxConcurrencyPerInstance",
      type: {
        name: "Number"
      }
    }, miniBatchSize: {
      defaultValue: 10,
      serializedName: "miniBatchSize",
      type: {
        name: "Number"
      }
    }, model: {
      serializedName: "model",
      type: {
        name: "Composite",
        className: "AssetReferenceBase"
      }
    }, outputAction: {
      serializedName: "outputAction",
      type: {
        name: "String"
      }
    }, outputFileName: {
      defaultValue: "predictions.csv",
      serializedName: "outputFileName",
      type: {
        name: "String"
      }
    }, provisioningState: {
      serializedName: "provisioningState",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, resources: {
      serializedName: "resources",
      type: {
        name: "Composite",
        className: "DeploymentResourceConfiguration"
      }
    }, retrySettings: {
      serializedName: "retrySettings",
      type: {
        name: "Composite",
        className: "BatchRetrySettings"
      }
    } })
  }
}, OnlineDeploymentProperties = {
  serializedName: "OnlineDeploymentProperties",
  type: {
    name: "Composite",
    className: "OnlineDeploymentProperties",
    uberParent: "EndpointDeploymentPropertiesBase",
    polymorphicDiscriminator: {
      serializedName: "endpointComputeType",
      clientName: "endpointComputeType"
    },
    modelProperties: Object.assign(Object.assign({}, EndpointDeploymentPropertiesBase.type.modelProperties), { appInsightsEnabled: {
      defaultValue: !1,
      serializedName: "appInsightsEnabled",
      type: {
        name: "Boolean"
      }
    }, egressPublicNetworkAccess: {
      serializedName: "egressPublicNetworkAccess",
      type: {
        name: "String"
      }
    }, endpointComputeType: {
      serializedName: "endpointComputeType",
      required: !0,
      type: {
        name: "String"
      }
    }, instanceType: {
      serializedName: "instanceType",
      nullable: !0,
      type: {
        name: "String"
      }
    }, livenessProbe: {
      serializedName: "livenessProbe",
      type: {
        name: "Composite",
        className: "ProbeSettings"
      }
    }, model: {
      serializedName: "model",
      nullable: !0,
      type: {
        name: "String"
      }
    }, modelMountPath: {
      serializedName: "modelMountPath",
      nullable: !0,
      type: {
        name: "String"
      }
    }, provisioningState: {
      serializedName: "provisioningState",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, readinessProbe: {
      serializedName: "readinessProbe",
      type: {
        name: "Composite",
        className: "ProbeSettings"
      }
    }, requestSettings: {
      serializedName: "requestSettings",
      type: {
        name: "Composite",
        className: "OnlineRequestSettings"
      }
    }, scaleSettings: {
      serializedName: "scaleSettings",
      type: {
        name: "Composite",
        className: "OnlineScaleSettings"
      }
    } })
  }
}, AssetContainer = {
  type: {
    name: "Composite",
    className: "AssetContainer",
    modelProperties: Object.assign(Object.assign({}, ResourceBase.type.modelProperties), { isArchived: {
      defaultValue: !1,
      serializedName: "isArchived",
      type: {
        name: "Boolean"
      }
    }, latestVersion: {
      serializedName: "latestVersion",
      readOnly: !0,
      nullable: !0,
      type: {
        name: "String"
      }
    }, nextVersion: {
      serializedName: "nextVersion",
      readOnly: !0,
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, AssetBase = {
  type: {
    name: "Composite",
    className: "AssetBase",
    modelProperties: Object.assign(Object.assign({}, ResourceBase.type.modelProperties), { isAnonymous: {
      defaultValue: !1,
      serializedName: "isAnonymous",
      type: {
        name: "Boolean"
      }
    }, isArchived: {
      defaultValue: !1,
      serializedName: "isArchived",
      type: {
        name: "Boolean"
      }
    } })
  }
}, DatastoreProperties = {
  serializedName: "DatastoreProperties",
  type: {
    name: "Composite",
    className: "DatastoreProperties",
    uberParent: "ResourceBase",
    polymorphicDiscriminator: {
      serializedName: "datastoreType",
      clientName: "datastoreType"
    },
    modelProperties: Object.assign(Object.assign({}, ResourceBase.type.modelProperties), { credentials: {
      serializedName: "credentials",
      type: {
        name: "Composite",
        className: "DatastoreCredentials"
      }
    }, datastoreType: {
      serializedName: "datastoreType",
      required: !0,
      type: {
        name: "String"
      }
    }, isDefault: {
      serializedName: "isDefault",
      readOnly: !0,
      type: {
        name: "Boolean"
      }
    } })
  }
}, JobBaseProperties = {
  serializedName: "JobBaseProperties",
  type: {
    name: "Composite",
    className: "JobBaseProperties",
    uberParent: "ResourceBase",
    polymorphicDiscriminator: {
      serializedName: "jobType",
      clientName: "jobType"
    },
    modelProperties: Object.assign(Object.assign({}, ResourceBase.type.modelProperties), { componentId: {
      serializedName: "componentId",
      nullable: !0,
      type: {
        name: "String"
      }
    }, computeId: {
      serializedName: "computeId",
      nullable: !0,
      type: {
        name: "String"
      }
    }, displayName: {
      serializedName: "displayName",
      nullable: !0,
      type: {
        name: "String"
      }
    }, experimentName: {
      defaultValue: "Default",
      serializedName: "experimentName",
      type: {
        name: "String"
      }
    }, identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "IdentityConfiguration"
      }
    }, isArchived: {
      defaultValue: !1,
      serializedName: "isArchived",
      type: {
        name: "Boolean"
      }
    }, jobType: {
      serializedName: "jobType",
      required: !0,
      type: {
        name: "String"
      }
    }, services: {
      serializedName: "services",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "JobService" } }
      }
    }, status: {
      serializedName: "status",
      readOnly: !0,
      type: {
        name: "String"
      }
    } })
  }
}, ScheduleProperties = {
  type: {
    name: "Composite",
    className: "ScheduleProperties",
    modelProperties: Object.assign(Object.assign({}, ResourceBase.type.modelProperties), { action: {
      serializedName: "action",
      type: {
        name: "Composite",
        className: "ScheduleActionBase"
      }
    }, displayName: {
      serializedName: "displayName",
      nullable: !0,
      type: {
        name: "String"
      }
    }, isEnabled: {
      defaultValue: !0,
      serializedName: "isEnabled",
      type: {
        name: "Boolean"
      }
    }, provisioningState: {
      serializedName: "provisioningState",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, trigger: {
      serializedName: "trigger",
      type: {
        name: "Composite",
        className: "TriggerBase"
      }
    } })
  }
}, AccountKeyDatastoreCredentials = {
  serializedName: "AccountKey",
  type: {
    name: "Composite",
    className: "AccountKeyDatastoreCredentials",
    uberParent: "DatastoreCredentials",
    polymorphicDiscriminator: DatastoreCredentials.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreCredentials.type.modelProperties), { secrets: {
      serializedName: "secrets",
      type: {
        name: "Composite",
        className: "AccountKeyDatastoreSecrets"
      }
    } })
  }
}, CertificateDatastoreCredentials = {
  serializedName: "Certificate",
  type: {
    name: "Composite",
    className: "CertificateDatastoreCredentials",
    uberParent: "DatastoreCredentials",
    polymorphicDiscriminator: DatastoreCredentials.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreCredentials.type.modelProperties), { authorityUrl: {
      serializedName: "authorityUrl",
      nullable: !0,
      type: {
        name: "String"
      }
    }, clientId: {
      serializedName: "clientId",
      required: !0,
      type: {
        name: "Uuid"
      }
    }, resourceUrl: {
      serializedName: "resourceUrl",
      nullable: !0,
      type: {
        name: "String"
      }
    }, secrets: {
      serializedName: "secrets",
      type: {
        name: "Composite",
        className: "CertificateDatastoreSecrets"
      }
    }, tenantId: {
      serializedName: "tenantId",
      required: !0,
      type: {
        name: "Uuid"
      }
    }, thumbprint: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "thumbprint",
      required: !0,
      type: {
        name: "String"
      }
    } })
  }
}, NoneDatastoreCredentials = {
  serializedName: "None",
  type: {
    name: "Composite",
    className: "NoneDatastoreCredentials",
    uberParent: "DatastoreCredentials",
    polymorphicDiscriminator: DatastoreCredentials.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, DatastoreCredentials.type.modelProperties)
  }
}, SasDatastoreCredentials = {
  serializedName: "Sas",
  type: {
    name: "Composite",
    className: "SasDatastoreCredentials",
    uberParent: "DatastoreCredentials",
    polymorphicDiscriminator: DatastoreCredentials.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreCredentials.type.modelProperties), { secrets: {
      serializedName: "secrets",
      type: {
        name: "Composite",
        className: "SasDatastoreSecrets"
      }
    } })
  }
}, ServicePrincipalDatastoreCredentials = {
  serializedName: "ServicePrincipal",
  type: {
    name: "Composite",
    className: "ServicePrincipalDatastoreCredentials",
    uberParent: "DatastoreCredentials",
    polymorphicDiscriminator: DatastoreCredentials.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreCredentials.type.modelProperties), { authorityUrl: {
      serializedName: "authorityUrl",
      nullable: !0,
      type: {
        name: "String"
      }
    }, clientId: {
      serializedName: "clientId",
      required: !0,
      type: {
        name: "Uuid"
      }
    }, resourceUrl: {
      serializedName: "resourceUrl",
      nullable: !0,
      type: {
        name: "String"
      }
    }, secrets: {
      serializedName: "secrets",
      type: {
        name: "Composite",
        className: "ServicePrincipalDatastoreSecrets"
      }
    }, tenantId: {
      serializedName: "tenantId",
      required: !0,
      type: {
        name: "Uuid"
      }
    } })
  }
}, AccountKeyDatastoreSecrets = {
  serializedName: "AccountKey",
  type: {
    name: "Composite",
    className: "AccountKeyDatastoreSecrets",
    uberParent: "DatastoreSecrets",
    polymorphicDiscriminator: DatastoreSecrets.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreSecrets.type.modelProperties), { key: {
      serializedName: "key",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, CertificateDatastoreSecrets = {
  serializedName: "Certificate",
  type: {
    name: "Composite",
    className: "CertificateDatastoreSecrets",
    uberParent: "DatastoreSecrets",
    polymorphicDiscriminator: DatastoreSecrets.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreSecrets.type.modelProperties), { certificate: {
      serializedName: "certificate",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, SasDatastoreSecrets = {
  serializedName: "Sas",
  type: {
    name: "Composite",
    className: "SasDatastoreSecrets",
    uberParent: "DatastoreSecrets",
    polymorphicDiscriminator: DatastoreSecrets.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreSecrets.type.modelProperties), { sasToken: {
      serializedName: "sasToken",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, ServicePrincipalDatastoreSecrets = {
  serializedName: "ServicePrincipal",
  type: {
    name: "Composite",
    className: "ServicePrincipalDatastoreSecrets",
    uberParent: "DatastoreSecrets",
    polymorphicDiscriminator: DatastoreSecrets.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreSecrets.type.modelProperties), { clientSecret: {
      serializedName: "clientSecret",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, AmlToken = {
  serializedName: "AMLToken",
  type: {
    name: "Composite",
    className: "AmlToken",
    uberParent: "IdentityConfiguration",
    polymorphicDiscriminator: IdentityConfiguration.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, IdentityConfiguration.type.modelProperties)
  }
}, ManagedIdentity = {
  serializedName: "Managed",
  type: {
    name: "Composite",
    className: "ManagedIdentity",
    uberParent: "IdentityConfiguration",
    polymorphicDiscriminator: IdentityConfiguration.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, IdentityConfiguration.type.modelProperties), { clientId: {
      serializedName: "clientId",
      nullable: !0,
      type: {
        name: "Uuid"
      }
    }, objectId: {
      serializedName: "objectId",
      nullable: !0,
      type: {
        name: "Uuid"
      }
    }, resourceId: {
      serializedName: "resourceId",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, UserIdentity = {
  serializedName: "UserIdentity",
  type: {
    name: "Composite",
    className: "UserIdentity",
    uberParent: "IdentityConfiguration",
    polymorphicDiscriminator: IdentityConfiguration.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, IdentityConfiguration.type.modelProperties)
  }
}, DefaultScaleSettings = {
  serializedName: "Default",
  type: {
    name: "Composite",
    className: "DefaultScaleSettings",
    uberParent: "OnlineScaleSettings",
    polymorphicDiscriminator: OnlineScaleSettings.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, OnlineScaleSettings.type.modelProperties)
  }
}, TargetUtilizationScaleSettings = {
  serializedName: "TargetUtilization",
  type: {
    name: "Composite",
    className: "TargetUtilizationScaleSettings",
    uberParent: "OnlineScaleSettings",
    polymorphicDiscriminator: OnlineScaleSettings.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, OnlineScaleSettings.type.modelProperties), { maxInstances: {
      defaultValue: 1,
      serializedName: "maxInstances",
      type: {
        name: "Number"
      }
    }, minInstances: {
      defaultValue: 1,
      serializedName: "minInstances",
      type: {
        name: "Number"
      }
    }, pollingInterval: {
      defaultValue: "PT1S",
      serializedName: "pollingInterval",
      type: {
        name: "TimeSpan"
      }
    }, targetUtilizationPercentage: {
      defaultValue: 70,
      serializedName: "targetUtilizationPercentage",
      type: {
        name: "Number"
      }
    } })
  }
}, EndpointScheduleAction = {
  serializedName: "InvokeBatchEndpoint",
  type: {
    name: "Composite",
    className: "EndpointScheduleAction",
    uberParent: "ScheduleActionBase",
    polymorphicDiscriminator: ScheduleActionBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, ScheduleActionBase.type.modelProperties), { endpointInvocationDefinition: {
      serializedName: "endpointInvocationDefinition",
      required: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "any" } }
      }
    } })
  }
}, JobScheduleAction = {
  serializedName: "CreateJob",
  type: {
    name: "Composite",
    className: "JobScheduleAction",
    uberParent: "ScheduleActionBase",
    polymorphicDiscriminator: ScheduleActionBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, ScheduleActionBase.type.modelProperties), { jobDefinition: {
      serializedName: "jobDefinition",
      type: {
        name: "Composite",
        className: "JobBaseProperties"
      }
    } })
  }
}, RecurrenceTrigger = {
  serializedName: "Recurrence",
  type: {
    name: "Composite",
    className: "RecurrenceTrigger",
    uberParent: "TriggerBase",
    polymorphicDiscriminator: TriggerBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, TriggerBase.type.modelProperties), { frequency: {
      serializedName: "frequency",
      required: !0,
      type: {
        name: "String"
      }
    }, interval: {
      serializedName: "interval",
      required: !0,
      type: {
        name: "Number"
      }
    }, schedule: {
      serializedName: "schedule",
      type: {
        name: "Composite",
        className: "RecurrenceSchedule"
      }
    } })
  }
}, CronTrigger = {
  serializedName: "Cron",
  type: {
    name: "Composite",
    className: "CronTrigger",
    uberParent: "TriggerBase",
    polymorphicDiscriminator: TriggerBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, TriggerBase.type.modelProperties), { expression: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "expression",
      required: !0,
      type: {
        name: "String"
      }
    } })
  }
}, MLTableJobInput = {
  serializedName: "mltable",
  type: {
    name: "Composite",
    className: "MLTableJobInput",
    uberParent: "AssetJobInput",
    polymorphicDiscriminator: AssetJobInput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobInput.type.modelProperties), JobInput.type.modelProperties)
  }
}, CustomModelJobInput = {
  serializedName: "custom_model",
  type: {
    name: "Composite",
    className: "CustomModelJobInput",
    uberParent: "AssetJobInput",
    polymorphicDiscriminator: AssetJobInput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobInput.type.modelProperties), JobInput.type.modelProperties)
  }
}, MLFlowModelJobInput = {
  serializedName: "mlflow_model",
  type: {
    name: "Composite",
    className: "MLFlowModelJobInput",
    uberParent: "AssetJobInput",
    polymorphicDiscriminator: AssetJobInput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobInput.type.modelProperties), JobInput.type.modelProperties)
  }
}, TritonModelJobInput = {
  serializedName: "triton_model",
  type: {
    name: "Composite",
    className: "TritonModelJobInput",
    uberParent: "AssetJobInput",
    polymorphicDiscriminator: AssetJobInput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobInput.type.modelProperties), JobInput.type.modelProperties)
  }
}, UriFileJobInput = {
  serializedName: "uri_file",
  type: {
    name: "Composite",
    className: "UriFileJobInput",
    uberParent: "AssetJobInput",
    polymorphicDiscriminator: AssetJobInput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobInput.type.modelProperties), JobInput.type.modelProperties)
  }
}, UriFolderJobInput = {
  serializedName: "uri_folder",
  type: {
    name: "Composite",
    className: "UriFolderJobInput",
    uberParent: "AssetJobInput",
    polymorphicDiscriminator: AssetJobInput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobInput.type.modelProperties), JobInput.type.modelProperties)
  }
}, CustomModelJobOutput = {
  serializedName: "custom_model",
  type: {
    name: "Composite",
    className: "CustomModelJobOutput",
    uberParent: "AssetJobOutput",
    polymorphicDiscriminator: AssetJobOutput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobOutput.type.modelProperties), JobOutput.type.modelProperties)
  }
}, MLFlowModelJobOutput = {
  serializedName: "mlflow_model",
  type: {
    name: "Composite",
    className: "MLFlowModelJobOutput",
    uberParent: "AssetJobOutput",
    polymorphicDiscriminator: AssetJobOutput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobOutput.type.modelProperties), JobOutput.type.modelProperties)
  }
}, MLTableJobOutput = {
  serializedName: "mltable",
  type: {
    name: "Composite",
    className: "MLTableJobOutput",
    uberParent: "AssetJobOutput",
    polymorphicDiscriminator: AssetJobOutput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobOutput.type.modelProperties), JobOutput.type.modelProperties)
  }
}, TritonModelJobOutput = {
  serializedName: "triton_model",
  type: {
    name: "Composite",
    className: "TritonModelJobOutput",
    uberParent: "AssetJobOutput",
    polymorphicDiscriminator: AssetJobOutput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobOutput.type.modelProperties), JobOutput.type.modelProperties)
  }
}, UriFileJobOutput = {
  serializedName: "uri_file",
  type: {
    name: "Composite",
    className: "UriFileJobOutput",
    uberParent: "AssetJobOutput",
    polymorphicDiscriminator: AssetJobOutput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobOutput.type.modelProperties), JobOutput.type.modelProperties)
  }
}, UriFolderJobOutput = {
  serializedName: "uri_folder",
  type: {
    name: "Composite",
    className: "UriFolderJobOutput",
    uberParent: "AssetJobOutput",
    polymorphicDiscriminator: AssetJobOutput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, AssetJobOutput.type.modelProperties), JobOutput.type.modelProperties)
  }
}, AutoForecastHorizon = {
  serializedName: "Auto",
  type: {
    name: "Composite",
    className: "AutoForecastHorizon",
    uberParent: "ForecastHorizon",
    polymorphicDiscriminator: ForecastHorizon.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, ForecastHorizon.type.modelProperties)
  }
}, CustomForecastHorizon = {
  serializedName: "Custom",
  type: {
    name: "Composite",
    className: "CustomForecastHorizon",
    uberParent: "ForecastHorizon",
    polymorphicDiscriminator: ForecastHorizon.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, ForecastHorizon.type.modelProperties), { value: {
      serializedName: "value",
      required: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, Classification = {
  serializedName: "Classification",
  type: {
    name: "Composite",
    className: "Classification",
    uberParent: "TableVertical",
    polymorphicDiscriminator: TableVertical.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign(Object.assign({}, TableVertical.type.modelProperties), AutoMLVertical.type.modelProperties), { positiveLabel: {
      serializedName: "positiveLabel",
      nullable: !0,
      type: {
        name: "String"
      }
    }, primaryMetric: {
      serializedName: "primaryMetric",
      type: {
        name: "String"
      }
    }, trainingSettings: {
      serializedName: "trainingSettings",
      type: {
        name: "Composite",
        className: "ClassificationTrainingSettings"
      }
    } })
  }
}, Forecasting = {
  serializedName: "Forecasting",
  type: {
    name: "Composite",
    className: "Forecasting",
    uberParent: "TableVertical",
    polymorphicDiscriminator: TableVertical.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign(Object.assign({}, TableVertical.type.modelProperties), AutoMLVertical.type.modelProperties), { forecastingSettings: {
      serializedName: "forecastingSettings",
      type: {
        name: "Composite",
        className: "ForecastingSettings"
      }
    }, primaryMetric: {
      serializedName: "primaryMetric",
      type: {
        name: "String"
      }
    }, trainingSettings: {
      serializedName: "trainingSettings",
      type: {
        name: "Composite",
        className: "ForecastingTrainingSettings"
      }
    } })
  }
}, ImageClassificationBase = {
  type: {
    name: "Composite",
    className: "ImageClassificationBase",
    modelProperties: Object.assign(Object.assign({}, ImageVertical.type.modelProperties), { modelSettings: {
      serializedName: "modelSettings",
      type: {
        name: "Composite",
        className: "ImageModelSettingsClassification"
      }
    }, searchSpace: {
      serializedName: "searchSpace",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "Composite",
            className: "ImageModelDistributionSettingsClassification"
          }
        }
      }
    } })
  }
}, ImageClassification = {
  serializedName: "ImageClassification",
  type: {
    name: "Composite",
    className: "ImageClassification",
    uberParent: "ImageClassificationBase",
    modelProperties: Object.assign(Object.assign(Object.assign({}, ImageClassificationBase.type.modelProperties), AutoMLVertical.type.modelProperties), { primaryMetric: {
      serializedName: "primaryMetric",
      type: {
        name: "String"
      }
    } })
  }
};
ImageClassificationBase.type.polymorphicDiscriminator = ImageClassificationBase.type.polymorphicDiscriminator;
var ImageClassificationMultilabel = {
  serializedName: "ImageClassificationMultilabel",
  type: {
    name: "Composite",
    className: "ImageClassificationMultilabel",
    uberParent: "ImageClassificationBase",
    polymorphicDiscriminator: ImageClassificationBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign(Object.assign({}, ImageClassificationBase.type.modelProperties), AutoMLVertical.type.modelProperties), { primaryMetric: {
      serializedName: "primaryMetric",
      type: {
        name: "String"
      }
    } })
  }
}, ImageObjectDetectionBase = {
  type: {
    name: "Composite",
    className: "ImageObjectDetectionBase",
    modelProperties: Object.assign(Object.assign({}, ImageVertical.type.modelProperties), { modelSettings: {
      serializedName: "modelSettings",
      type: {
        name: "Composite",
        className: "ImageModelSettingsObjectDetection"
      }
    }, searchSpace: {
      serializedName: "searchSpace",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "Composite",
            className: "ImageModelDistributionSettingsObjectDetection"
          }
        }
      }
    } })
  }
}, ImageInstanceSegmentation = {
  serializedName: "ImageInstanceSegmentation",
  type: {
    name: "Composite",
    className: "ImageInstanceSegmentation",
    uberParent: "ImageObjectDetectionBase",
    polymorphicDiscriminator: ImageObjectDetectionBase.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign(Object.assign({}, ImageObjectDetectionBase.type.modelProperties), AutoMLVertical.type.modelProperties), { primaryMetric: {
      serializedName: "primaryMetric",
      type: {
        name: "String"
      }
    } })
  }
}, ImageObjectDetection = {
  serializedName: "ImageObjectDetection",
  type: {
    name: "Composite",
    className: "ImageObjectDetection",
    uberParent: "ImageObjectDetectionBase",
    modelProperties: Object.assign(Object.assign(Object.assign({}, ImageObjectDetectionBase.type.modelProperties), AutoMLVertical.type.modelProperties), { primaryMetric: {
      serializedName: "primaryMetric",
      type: {
        name: "String"
      }
    } })
  }
};
ImageObjectDetectionBase.type.polymorphicDiscriminator = ImageObjectDetectionBase.type.polymorphicDiscriminator;
var Regression = {
  serializedName: "Regression",
  type: {
    name: "Composite",
    className: "Regression",
    uberParent: "TableVertical",
    polymorphicDiscriminator: TableVertical.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign(Object.assign({}, TableVertical.type.modelProperties), AutoMLVertical.type.modelProperties), { primaryMetric: {
      serializedName: "primaryMetric",
      type: {
        name: "String"
      }
    }, trainingSettings: {
      serializedName: "trainingSettings",
      type: {
        name: "Composite",
        className: "RegressionTrainingSettings"
      }
    } })
  }
}, TextClassification = {
  serializedName: "TextClassification",
  type: {
    name: "Composite",
    className: "TextClassification",
    uberParent: "NlpVertical",
    polymorphicDiscriminator: NlpVertical.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign(Object.assign({}, NlpVertical.type.modelProperties), AutoMLVertical.type.modelProperties), { primaryMetric: {
      serializedName: "primaryMetric",
      type: {
        name: "String"
      }
    } })
  }
}, TextClassificationMultilabel = {
  serializedName: "TextClassificationMultilabel",
  type: {
    name: "Composite",
    className: "TextClassificationMultilabel",
    uberParent: "NlpVertical",
    polymorphicDiscriminator: NlpVertical.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign(Object.assign({}, NlpVertical.type.modelProperties), AutoMLVertical.type.modelProperties), { primaryMetric: {
      serializedName: "primaryMetric",
      readOnly: !0,
      type: {
        name: "String"
      }
    } })
  }
}, TextNer = {
  serializedName: "TextNER",
  type: {
    name: "Composite",
    className: "TextNer",
    uberParent: "NlpVertical",
    polymorphicDiscriminator: NlpVertical.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign(Object.assign({}, NlpVertical.type.modelProperties), AutoMLVertical.type.modelProperties), { primaryMetric: {
      serializedName: "primaryMetric",
      readOnly: !0,
      type: {
        name: "String"
      }
    } })
  }
}, LiteralJobInput = {
  serializedName: "literal",
  type: {
    name: "Composite",
    className: "LiteralJobInput",
    uberParent: "JobInput",
    polymorphicDiscriminator: JobInput.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, JobInput.type.modelProperties), { value: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "value",
      required: !0,
      type: {
        name: "String"
      }
    } })
  }
}, AutoNCrossValidations = {
  serializedName: "Auto",
  type: {
    name: "Composite",
    className: "AutoNCrossValidations",
    uberParent: "NCrossValidations",
    polymorphicDiscriminator: NCrossValidations.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, NCrossValidations.type.modelProperties)
  }
}, CustomNCrossValidations = {
  serializedName: "Custom",
  type: {
    name: "Composite",
    className: "CustomNCrossValidations",
    uberParent: "NCrossValidations",
    polymorphicDiscriminator: NCrossValidations.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, NCrossValidations.type.modelProperties), { value: {
      serializedName: "value",
      required: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, AutoSeasonality = {
  serializedName: "Auto",
  type: {
    name: "Composite",
    className: "AutoSeasonality",
    uberParent: "Seasonality",
    polymorphicDiscriminator: Seasonality.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, Seasonality.type.modelProperties)
  }
}, CustomSeasonality = {
  serializedName: "Custom",
  type: {
    name: "Composite",
    className: "CustomSeasonality",
    uberParent: "Seasonality",
    polymorphicDiscriminator: Seasonality.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, Seasonality.type.modelProperties), { value: {
      serializedName: "value",
      required: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, AutoTargetLags = {
  serializedName: "Auto",
  type: {
    name: "Composite",
    className: "AutoTargetLags",
    uberParent: "TargetLags",
    polymorphicDiscriminator: TargetLags.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, TargetLags.type.modelProperties)
  }
}, CustomTargetLags = {
  serializedName: "Custom",
  type: {
    name: "Composite",
    className: "CustomTargetLags",
    uberParent: "TargetLags",
    polymorphicDiscriminator: TargetLags.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, TargetLags.type.modelProperties), { values: {
      serializedName: "values",
      required: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "Number"
          }
        }
      }
    } })
  }
}, AutoTargetRollingWindowSize = {
  serializedName: "Auto",
  type: {
    name: "Composite",
    className: "AutoTargetRollingWindowSize",
    uberParent: "TargetRollingWindowSize",
    polymorphicDiscriminator: TargetRollingWindowSize.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, TargetRollingWindowSize.type.modelProperties)
  }
}, CustomTargetRollingWindowSize = {
  serializedName: "Custom",
  type: {
    name: "Composite",
    className: "CustomTargetRollingWindowSize",
    uberParent: "TargetRollingWindowSize",
    polymorphicDiscriminator: TargetRollingWindowSize.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, TargetRollingWindowSize.type.modelProperties), { value: {
      serializedName: "value",
      required: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, BanditPolicy = {
  serializedName: "Bandit",
  type: {
    name: "Composite",
    className: "BanditPolicy",
    uberParent: "EarlyTerminationPolicy",
    polymorphicDiscriminator: EarlyTerminationPolicy.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, EarlyTerminationPolicy.type.modelProperties), { slackAmount: {
      defaultValue: 0,
      serializedName: "slackAmount",
      type: {
        name: "Number"
      }
    }, slackFactor: {
      defaultValue: 0,
      serializedName: "slackFactor",
      type: {
        name: "Number"
      }
    } })
  }
}, MedianStoppingPolicy = {
  serializedName: "MedianStopping",
  type: {
    name: "Composite",
    className: "MedianStoppingPolicy",
    uberParent: "EarlyTerminationPolicy",
    polymorphicDiscriminator: EarlyTerminationPolicy.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, EarlyTerminationPolicy.type.modelProperties)
  }
}, TruncationSelectionPolicy = {
  serializedName: "TruncationSelection",
  type: {
    name: "Composite",
    className: "TruncationSelectionPolicy",
    uberParent: "EarlyTerminationPolicy",
    polymorphicDiscriminator: EarlyTerminationPolicy.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, EarlyTerminationPolicy.type.modelProperties), { truncationPercentage: {
      defaultValue: 0,
      serializedName: "truncationPercentage",
      type: {
        name: "Number"
      }
    } })
  }
}, BayesianSamplingAlgorithm = {
  serializedName: "Bayesian",
  type: {
    name: "Composite",
    className: "BayesianSamplingAlgorithm",
    uberParent: "SamplingAlgorithm",
    polymorphicDiscriminator: SamplingAlgorithm.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, SamplingAlgorithm.type.modelProperties)
  }
}, GridSamplingAlgorithm = {
  serializedName: "Grid",
  type: {
    name: "Composite",
    className: "GridSamplingAlgorithm",
    uberParent: "SamplingAlgorithm",
    polymorphicDiscriminator: SamplingAlgorithm.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, SamplingAlgorithm.type.modelProperties)
  }
}, RandomSamplingAlgorithm = {
  serializedName: "Random",
  type: {
    name: "Composite",
    className: "RandomSamplingAlgorithm",
    uberParent: "SamplingAlgorithm",
    polymorphicDiscriminator: SamplingAlgorithm.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, SamplingAlgorithm.type.modelProperties), { rule: {
      serializedName: "rule",
      type: {
        name: "String"
      }
    }, seed: {
      serializedName: "seed",
      nullable: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, ClassificationTrainingSettings = {
  type: {
    name: "Composite",
    className: "ClassificationTrainingSettings",
    modelProperties: Object.assign(Object.assign({}, TrainingSettings.type.modelProperties), { allowedTrainingAlgorithms: {
      serializedName: "allowedTrainingAlgorithms",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    }, blockedTrainingAlgorithms: {
      serializedName: "blockedTrainingAlgorithms",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    } })
  }
}, ForecastingTrainingSettings = {
  type: {
    name: "Composite",
    className: "ForecastingTrainingSettings",
    modelProperties: Object.assign(Object.assign({}, TrainingSettings.type.modelProperties), { allowedTrainingAlgorithms: {
      serializedName: "allowedTrainingAlgorithms",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    }, blockedTrainingAlgorithms: {
      serializedName: "blockedTrainingAlgorithms",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    } })
  }
}, RegressionTrainingSettings = {
  type: {
    name: "Composite",
    className: "RegressionTrainingSettings",
    modelProperties: Object.assign(Object.assign({}, TrainingSettings.type.modelProperties), { allowedTrainingAlgorithms: {
      serializedName: "allowedTrainingAlgorithms",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    }, blockedTrainingAlgorithms: {
      serializedName: "blockedTrainingAlgorithms",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    } })
  }
}, TableVerticalFeaturizationSettings = {
  type: {
    name: "Composite",
    className: "TableVerticalFeaturizationSettings",
    modelProperties: Object.assign(Object.assign({}, FeaturizationSettings.type.modelProperties), { blockedTransformers: {
      serializedName: "blockedTransformers",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    }, columnNameAndTypes: {
      serializedName: "columnNameAndTypes",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "String" } }
      }
    }, enableDnnFeaturization: {
      defaultValue: !1,
      serializedName: "enableDnnFeaturization",
      type: {
        name: "Boolean"
      }
    }, mode: {
      serializedName: "mode",
      type: {
        name: "String"
      }
    }, transformerParams: {
      serializedName: "transformerParams",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: {
          type: {
            name: "Sequence",
            element: {
              type: { name: "Composite", className: "ColumnTransformer" }
            }
          }
        }
      }
    } })
  }
}, NlpVerticalFeaturizationSettings = {
  type: {
    name: "Composite",
    className: "NlpVerticalFeaturizationSettings",
    modelProperties: Object.assign({}, FeaturizationSettings.type.modelProperties)
  }
}, Mpi = {
  serializedName: "Mpi",
  type: {
    name: "Composite",
    className: "Mpi",
    uberParent: "DistributionConfiguration",
    polymorphicDiscriminator: DistributionConfiguration.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DistributionConfiguration.type.modelProperties), { processCountPerInstance: {
      serializedName: "processCountPerInstance",
      nullable: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, PyTorch = {
  serializedName: "PyTorch",
  type: {
    name: "Composite",
    className: "PyTorch",
    uberParent: "DistributionConfiguration",
    polymorphicDiscriminator: DistributionConfiguration.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DistributionConfiguration.type.modelProperties), { processCountPerInstance: {
      serializedName: "processCountPerInstance",
      nullable: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, TensorFlow = {
  serializedName: "TensorFlow",
  type: {
    name: "Composite",
    className: "TensorFlow",
    uberParent: "DistributionConfiguration",
    polymorphicDiscriminator: DistributionConfiguration.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DistributionConfiguration.type.modelProperties), { parameterServerCount: {
      defaultValue: 0,
      serializedName: "parameterServerCount",
      type: {
        name: "Number"
      }
    }, workerCount: {
      serializedName: "workerCount",
      nullable: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, CommandJobLimits = {
  serializedName: "Command",
  type: {
    name: "Composite",
    className: "CommandJobLimits",
    uberParent: "JobLimits",
    polymorphicDiscriminator: JobLimits.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, JobLimits.type.modelProperties)
  }
}, SweepJobLimits = {
  serializedName: "Sweep",
  type: {
    name: "Composite",
    className: "SweepJobLimits",
    uberParent: "JobLimits",
    polymorphicDiscriminator: JobLimits.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, JobLimits.type.modelProperties), { maxConcurrentTrials: {
      serializedName: "maxConcurrentTrials",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, maxTotalTrials: {
      serializedName: "maxTotalTrials",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, trialTimeout: {
      serializedName: "trialTimeout",
      nullable: !0,
      type: {
        name: "TimeSpan"
      }
    } })
  }
}, ImageModelSettingsClassification = {
  type: {
    name: "Composite",
    className: "ImageModelSettingsClassification",
    modelProperties: Object.assign(Object.assign({}, ImageModelSettings.type.modelProperties), { trainingCropSize: {
      serializedName: "trainingCropSize",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, validationCropSize: {
      serializedName: "validationCropSize",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, validationResizeSize: {
      serializedName: "validationResizeSize",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, weightedLoss: {
      serializedName: "weightedLoss",
      nullable: !0,
      type: {
        name: "Number"
      }
    } })
  }
}, ImageModelSettingsObjectDetection = {
  type: {
    name: "Composite",
    className: "ImageModelSettingsObjectDetection",
    modelProperties: Object.assign(Object.assign({}, ImageModelSettings.type.modelProperties), { boxDetectionsPerImage: {
      serializedName: "boxDetectionsPerImage",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, boxScoreThreshold: {
      serializedName: "boxScoreThreshold",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, imageSize: {
      serializedName: "imageSize",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, maxSize: {
      serializedName: "maxSize",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, minSize: {
      serializedName: "minSize",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, modelSize: {
      serializedName: "modelSize",
      type: {
        name: "String"
      }
    }, multiScale: {
      serializedName: "multiScale",
      nullable: !0,
      type: {
        name: "Boolean"
      }
    }, nmsIouThreshold: {
      serializedName: "nmsIouThreshold",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, tileGridSize: {
      serializedName: "tileGridSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, tileOverlapRatio: {
      serializedName: "tileOverlapRatio",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, tilePredictionsNmsThreshold: {
      serializedName: "tilePredictionsNmsThreshold",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, validationIouThreshold: {
      serializedName: "validationIouThreshold",
      nullable: !0,
      type: {
        name: "Number"
      }
    }, validationMetricType: {
      serializedName: "validationMetricType",
      type: {
        name: "String"
      }
    } })
  }
}, ImageModelDistributionSettingsClassification = {
  type: {
    name: "Composite",
    className: "ImageModelDistributionSettingsClassification",
    modelProperties: Object.assign(Object.assign({}, ImageModelDistributionSettings.type.modelProperties), { trainingCropSize: {
      serializedName: "trainingCropSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, validationCropSize: {
      serializedName: "validationCropSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, validationResizeSize: {
      serializedName: "validationResizeSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, weightedLoss: {
      serializedName: "weightedLoss",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, ImageModelDistributionSettingsObjectDetection = {
  type: {
    name: "Composite",
    className: "ImageModelDistributionSettingsObjectDetection",
    modelProperties: Object.assign(Object.assign({}, ImageModelDistributionSettings.type.modelProperties), { boxDetectionsPerImage: {
      serializedName: "boxDetectionsPerImage",
      nullable: !0,
      type: {
        name: "String"
      }
    }, boxScoreThreshold: {
      serializedName: "boxScoreThreshold",
      nullable: !0,
      type: {
        name: "String"
      }
    }, imageSize: {
      serializedName: "imageSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, maxSize: {
      serializedName: "maxSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, minSize: {
      serializedName: "minSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, modelSize: {
      serializedName: "modelSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, multiScale: {
      serializedName: "multiScale",
      nullable: !0,
      type: {
        name: "String"
      }
    }, nmsIouThreshold: {
      serializedName: "nmsIouThreshold",
      nullable: !0,
      type: {
        name: "String"
      }
    }, tileGridSize: {
      serializedName: "tileGridSize",
      nullable: !0,
      type: {
        name: "String"
      }
    }, tileOverlapRatio: {
      serializedName: "tileOverlapRatio",
      nullable: !0,
      type: {
        name: "String"
      }
    }, tilePredictionsNmsThreshold: {
      serializedName: "tilePredictionsNmsThreshold",
      nullable: !0,
      type: {
        name: "String"
      }
    }, validationIouThreshold: {
      serializedName: "validationIouThreshold",
      nullable: !0,
      type: {
        name: "String"
      }
    }, validationMetricType: {
      serializedName: "validationMetricType",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, BatchEndpoint = {
  type: {
    name: "Composite",
    className: "BatchEndpoint",
    modelProperties: Object.assign(Object.assign({}, TrackedResource.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "ManagedServiceIdentity"
      }
    }, kind: {
      serializedName: "kind",
      type: {
        name: "String"
      }
    }, properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "BatchEndpointProperties"
      }
    }, sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "Sku"
      }
    } })
  }
}, BatchDeployment = {
  type: {
    name: "Composite",
    className: "BatchDeployment",
    modelProperties: Object.assign(Object.assign({}, TrackedResource.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "ManagedServiceIdentity"
      }
    }, kind: {
      serializedName: "kind",
      type: {
        name: "String"
      }
    }, properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "BatchDeploymentProperties"
      }
    }, sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "Sku"
      }
    } })
  }
}, OnlineEndpoint = {
  type: {
    name: "Composite",
    className: "OnlineEndpoint",
    modelProperties: Object.assign(Object.assign({}, TrackedResource.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "ManagedServiceIdentity"
      }
    }, kind: {
      serializedName: "kind",
      type: {
        name: "String"
      }
    }, properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "OnlineEndpointProperties"
      }
    }, sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "Sku"
      }
    } })
  }
}, OnlineDeployment = {
  type: {
    name: "Composite",
    className: "OnlineDeployment",
    modelProperties: Object.assign(Object.assign({}, TrackedResource.type.modelProperties), { identity: {
      serializedName: "identity",
      type: {
        name: "Composite",
        className: "ManagedServiceIdentity"
      }
    }, kind: {
      serializedName: "kind",
      type: {
        name: "String"
      }
    }, properties: {
      serializedName: "properties",
      type: {
        name: "Composite",
        className: "OnlineDeploymentProperties"
      }
    }, sku: {
      serializedName: "sku",
      type: {
        name: "Composite",
        className: "Sku"
      }
    } })
  }
}, KubernetesOnlineDeployment = {
  serializedName: "Kubernetes",
  type: {
    name: "Composite",
    className: "KubernetesOnlineDeployment",
    uberParent: "OnlineDeploymentProperties",
    polymorphicDiscriminator: OnlineDeploymentProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, OnlineDeploymentProperties.type.modelProperties), { containerResourceRequirements: {
      serializedName: "containerResourceRequirements",
      type: {
        name: "Composite",
        className: "ContainerResourceRequirements"
      }
    } })
  }
}, ManagedOnlineDeployment = {
  serializedName: "Managed",
  type: {
    name: "Composite",
    className: "ManagedOnlineDeployment",
    uberParent: "OnlineDeploymentProperties",
    polymorphicDiscriminator: OnlineDeploymentProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, OnlineDeploymentProperties.type.modelProperties)
  }
}, CodeContainerProperties = {
  type: {
    name: "Composite",
    className: "CodeContainerProperties",
    modelProperties: Object.assign({}, AssetContainer.type.modelProperties)
  }
}, ComponentContainerProperties = {
  type: {
    name: "Composite",
    className: "ComponentContainerProperties",
    modelProperties: Object.assign({}, AssetContainer.type.modelProperties)
  }
}, DataContainerProperties = {
  type: {
    name: "Composite",
    className: "DataContainerProperties",
    modelProperties: Object.assign(Object.assign({}, AssetContainer.type.modelProperties), { dataType: {
      serializedName: "dataType",
      required: !0,
      type: {
        name: "String"
      }
    } })
  }
}, EnvironmentContainerProperties = {
  type: {
    name: "Composite",
    className: "EnvironmentContainerProperties",
    modelProperties: Object.assign({}, AssetContainer.type.modelProperties)
  }
}, ModelContainerProperties = {
  type: {
    name: "Composite",
    className: "ModelContainerProperties",
    modelProperties: Object.assign({}, AssetContainer.type.modelProperties)
  }
}, CodeVersionProperties = {
  type: {
    name: "Composite",
    className: "CodeVersionProperties",
    modelProperties: Object.assign(Object.assign({}, AssetBase.type.modelProperties), { codeUri: {
      serializedName: "codeUri",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, ComponentVersionProperties = {
  type: {
    name: "Composite",
    className: "ComponentVersionProperties",
    modelProperties: Object.assign(Object.assign({}, AssetBase.type.modelProperties), { componentSpec: {
      serializedName: "componentSpec",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "any" } }
      }
    } })
  }
}, DataVersionBaseProperties = {
  serializedName: "DataVersionBaseProperties",
  type: {
    name: "Composite",
    className: "DataVersionBaseProperties",
    uberParent: "AssetBase",
    polymorphicDiscriminator: {
      serializedName: "dataType",
      clientName: "dataType"
    },
    modelProperties: Object.assign(Object.assign({}, AssetBase.type.modelProperties), { dataType: {
      serializedName: "dataType",
      required: !0,
      type: {
        name: "String"
      }
    }, dataUri: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "dataUri",
      required: !0,
      type: {
        name: "String"
      }
    } })
  }
}, EnvironmentVersionProperties = {
  type: {
    name: "Composite",
    className: "EnvironmentVersionProperties",
    modelProperties: Object.assign(Object.assign({}, AssetBase.type.modelProperties), { autoRebuild: {
      serializedName: "autoRebuild",
      type: {
        name: "String"
      }
    }, build: {
      serializedName: "build",
      type: {
        name: "Composite",
        className: "BuildContext"
      }
    }, condaFile: {
      serializedName: "condaFile",
      type: {
        name: "String"
      }
    }, environmentType: {
      serializedName: "environmentType",
      readOnly: !0,
      type: {
        name: "String"
      }
    }, image: {
      serializedName: "image",
      type: {
        name: "String"
      }
    }, inferenceConfig: {
      serializedName: "inferenceConfig",
      type: {
        name: "Composite",
        className: "InferenceContainerProperties"
      }
    }, osType: {
      serializedName: "osType",
      type: {
        name: "String"
      }
    } })
  }
}, ModelVersionProperties = {
  type: {
    name: "Composite",
    className: "ModelVersionProperties",
    modelProperties: Object.assign(Object.assign({}, AssetBase.type.modelProperties), { flavors: {
      serializedName: "flavors",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "FlavorData" } }
      }
    }, jobName: {
      serializedName: "jobName",
      nullable: !0,
      type: {
        name: "String"
      }
    }, modelType: {
      serializedName: "modelType",
      nullable: !0,
      type: {
        name: "String"
      }
    }, modelUri: {
      serializedName: "modelUri",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, AzureBlobDatastore = {
  serializedName: "AzureBlob",
  type: {
    name: "Composite",
    className: "AzureBlobDatastore",
    uberParent: "DatastoreProperties",
    polymorphicDiscriminator: DatastoreProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreProperties.type.modelProperties), { accountName: {
      serializedName: "accountName",
      nullable: !0,
      type: {
        name: "String"
      }
    }, containerName: {
      serializedName: "containerName",
      nullable: !0,
      type: {
        name: "String"
      }
    }, endpoint: {
      serializedName: "endpoint",
      nullable: !0,
      type: {
        name: "String"
      }
    }, protocol: {
      serializedName: "protocol",
      nullable: !0,
      type: {
        name: "String"
      }
    }, serviceDataAccessAuthIdentity: {
      serializedName: "serviceDataAccessAuthIdentity",
      type: {
        name: "String"
      }
    } })
  }
}, AzureDataLakeGen1Datastore = {
  serializedName: "AzureDataLakeGen1",
  type: {
    name: "Composite",
    className: "AzureDataLakeGen1Datastore",
    uberParent: "DatastoreProperties",
    polymorphicDiscriminator: DatastoreProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreProperties.type.modelProperties), { serviceDataAccessAuthIdentity: {
      serializedName: "serviceDataAccessAuthIdentity",
      type: {
        name: "String"
      }
    }, storeName: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "storeName",
      required: !0,
      type: {
        name: "String"
      }
    } })
  }
}, AzureDataLakeGen2Datastore = {
  serializedName: "AzureDataLakeGen2",
  type: {
    name: "Composite",
    className: "AzureDataLakeGen2Datastore",
    uberParent: "DatastoreProperties",
    polymorphicDiscriminator: DatastoreProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreProperties.type.modelProperties), { accountName: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "accountName",
      required: !0,
      type: {
        name: "String"
      }
    }, endpoint: {
      serializedName: "endpoint",
      nullable: !0,
      type: {
        name: "String"
      }
    }, filesystem: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "filesystem",
      required: !0,
      type: {
        name: "String"
      }
    }, protocol: {
      serializedName: "protocol",
      nullable: !0,
      type: {
        name: "String"
      }
    }, serviceDataAccessAuthIdentity: {
      serializedName: "serviceDataAccessAuthIdentity",
      type: {
        name: "String"
      }
    } })
  }
}, AzureFileDatastore = {
  serializedName: "AzureFile",
  type: {
    name: "Composite",
    className: "AzureFileDatastore",
    uberParent: "DatastoreProperties",
    polymorphicDiscriminator: DatastoreProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DatastoreProperties.type.modelProperties), { accountName: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "accountName",
      required: !0,
      type: {
        name: "String"
      }
    }, endpoint: {
      serializedName: "endpoint",
      nullable: !0,
      type: {
        name: "String"
      }
    }, fileShareName: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "fileShareName",
      required: !0,
      type: {
        name: "String"
      }
    }, protocol: {
      serializedName: "protocol",
      nullable: !0,
      type: {
        name: "String"
      }
    }, serviceDataAccessAuthIdentity: {
      serializedName: "serviceDataAccessAuthIdentity",
      type: {
        name: "String"
      }
    } })
  }
}, AutoMLJob = {
  serializedName: "AutoML",
  type: {
    name: "Composite",
    className: "AutoMLJob",
    uberParent: "JobBaseProperties",
    polymorphicDiscriminator: JobBaseProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, JobBaseProperties.type.modelProperties), { environmentId: {
      serializedName: "environmentId",
      nullable: !0,
      type: {
        name: "String"
      }
    }, environmentVariables: {
      serializedName: "environmentVariables",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "String" } }
      }
    }, outputs: {
      serializedName: "outputs",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "JobOutput" } }
      }
    }, resources: {
      serializedName: "resources",
      type: {
        name: "Composite",
        className: "JobResourceConfiguration"
      }
    }, taskDetails: {
      serializedName: "taskDetails",
      type: {
        name: "Composite",
        className: "AutoMLVertical"
      }
    } })
  }
}, CommandJob = {
  serializedName: "Command",
  type: {
    name: "Composite",
    className: "CommandJob",
    uberParent: "JobBaseProperties",
    polymorphicDiscriminator: JobBaseProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, JobBaseProperties.type.modelProperties), { codeId: {
      serializedName: "codeId",
      nullable: !0,
      type: {
        name: "String"
      }
    }, command: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]"),
        MinLength: 1
      },
      serializedName: "command",
      required: !0,
      type: {
        name: "String"
      }
    }, distribution: {
      serializedName: "distribution",
      type: {
        name: "Composite",
        className: "DistributionConfiguration"
      }
    }, environmentId: {
      constraints: {
        Pattern: new RegExp("[a-zA-Z0-9_]")
      },
      serializedName: "environmentId",
      required: !0,
      type: {
        name: "String"
      }
    }, environmentVariables: {
      serializedName: "environmentVariables",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "String" } }
      }
    }, inputs: {
      serializedName: "inputs",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "JobInput" } }
      }
    }, limits: {
      serializedName: "limits",
      type: {
        name: "Composite",
        className: "CommandJobLimits"
      }
    }, outputs: {
      serializedName: "outputs",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "JobOutput" } }
      }
    }, parameters: {
      serializedName: "parameters",
      readOnly: !0,
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "any" } }
      }
    }, resources: {
      serializedName: "resources",
      type: {
        name: "Composite",
        className: "JobResourceConfiguration"
      }
    } })
  }
}, PipelineJob = {
  serializedName: "Pipeline",
  type: {
    name: "Composite",
    className: "PipelineJob",
    uberParent: "JobBaseProperties",
    polymorphicDiscriminator: JobBaseProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, JobBaseProperties.type.modelProperties), { inputs: {
      serializedName: "inputs",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "JobInput" } }
      }
    }, jobs: {
      serializedName: "jobs",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: {
          type: { name: "Dictionary", value: { type: { name: "any" } } }
        }
      }
    }, outputs: {
      serializedName: "outputs",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "JobOutput" } }
      }
    }, settings: {
      serializedName: "settings",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "any" } }
      }
    }, sourceJobId: {
      serializedName: "sourceJobId",
      nullable: !0,
      type: {
        name: "String"
      }
    } })
  }
}, SweepJob = {
  serializedName: "Sweep",
  type: {
    name: "Composite",
    className: "SweepJob",
    uberParent: "JobBaseProperties",
    polymorphicDiscriminator: JobBaseProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, JobBaseProperties.type.modelProperties), { earlyTermination: {
      serializedName: "earlyTermination",
      type: {
        name: "Composite",
        className: "EarlyTerminationPolicy"
      }
    }, inputs: {
      serializedName: "inputs",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "JobInput" } }
      }
    }, limits: {
      serializedName: "limits",
      type: {
        name: "Composite",
        className: "SweepJobLimits"
      }
    }, objective: {
      serializedName: "objective",
      type: {
        name: "Composite",
        className: "Objective"
      }
    }, outputs: {
      serializedName: "outputs",
      nullable: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "Composite", className: "JobOutput" } }
      }
    }, samplingAlgorithm: {
      serializedName: "samplingAlgorithm",
      type: {
        name: "Composite",
        className: "SamplingAlgorithm"
      }
    }, searchSpace: {
      serializedName: "searchSpace",
      required: !0,
      type: {
        name: "Dictionary",
        value: { type: { name: "any" } }
      }
    }, trial: {
      serializedName: "trial",
      type: {
        name: "Composite",
        className: "TrialComponent"
      }
    } })
  }
}, MLTableData = {
  serializedName: "mltable",
  type: {
    name: "Composite",
    className: "MLTableData",
    uberParent: "DataVersionBaseProperties",
    polymorphicDiscriminator: DataVersionBaseProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, DataVersionBaseProperties.type.modelProperties), { referencedUris: {
      serializedName: "referencedUris",
      nullable: !0,
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    } })
  }
}, UriFileDataVersion = {
  serializedName: "uri_file",
  type: {
    name: "Composite",
    className: "UriFileDataVersion",
    uberParent: "DataVersionBaseProperties",
    polymorphicDiscriminator: DataVersionBaseProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, DataVersionBaseProperties.type.modelProperties)
  }
}, UriFolderDataVersion = {
  serializedName: "uri_folder",
  type: {
    name: "Composite",
    className: "UriFolderDataVersion",
    uberParent: "DataVersionBaseProperties",
    polymorphicDiscriminator: DataVersionBaseProperties.type.polymorphicDiscriminator,
    modelProperties: Object.assign({}, DataVersionBaseProperties.type.modelProperties)
  }
}, WorkspacesDiagnoseHeaders = {
  type: {
    name: "Composite",
    className: "WorkspacesDiagnoseHeaders",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, ComputeCreateOrUpdateHeaders = {
  type: {
    name: "Composite",
    className: "ComputeCreateOrUpdateHeaders",
    modelProperties: {
      azureAsyncOperation: {
        serializedName: "azure-asyncoperation",
        type: {
          name: "String"
        }
      }
    }
  }
}, ComputeDeleteHeaders = {
  type: {
    name: "Composite",
    className: "ComputeDeleteHeaders",
    modelProperties: {
      azureAsyncOperation: {
        serializedName: "azure-asyncoperation",
        type: {
          name: "String"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      }
    }
  }
}, BatchEndpointsDeleteHeaders = {
  type: {
    name: "Composite",
    className: "BatchEndpointsDeleteHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, BatchEndpointsUpdateHeaders = {
  type: {
    name: "Composite",
    className: "BatchEndpointsUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, BatchEndpointsCreateOrUpdateHeaders = {
  type: {
    name: "Composite",
    className: "BatchEndpointsCreateOrUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      azureAsyncOperation: {
        serializedName: "azure-asyncoperation",
        type: {
          name: "String"
        }
      }
    }
  }
}, BatchDeploymentsDeleteHeaders = {
  type: {
    name: "Composite",
    className: "BatchDeploymentsDeleteHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, BatchDeploymentsUpdateHeaders = {
  type: {
    name: "Composite",
    className: "BatchDeploymentsUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, BatchDeploymentsCreateOrUpdateHeaders = {
  type: {
    name: "Composite",
    className: "BatchDeploymentsCreateOrUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      azureAsyncOperation: {
        serializedName: "azure-asyncoperation",
        type: {
          name: "String"
        }
      }
    }
  }
}, JobsDeleteHeaders = {
  type: {
    name: "Composite",
    className: "JobsDeleteHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, JobsCancelHeaders = {
  type: {
    name: "Composite",
    className: "JobsCancelHeaders",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, OnlineEndpointsDeleteHeaders = {
  type: {
    name: "Composite",
    className: "OnlineEndpointsDeleteHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, OnlineEndpointsUpdateHeaders = {
  type: {
    name: "Composite",
    className: "OnlineEndpointsUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, OnlineEndpointsCreateOrUpdateHeaders = {
  type: {
    name: "Composite",
    className: "OnlineEndpointsCreateOrUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      azureAsyncOperation: {
        serializedName: "azure-asyncoperation",
        type: {
          name: "String"
        }
      }
    }
  }
}, OnlineEndpointsRegenerateKeysHeaders = {
  type: {
    name: "Composite",
    className: "OnlineEndpointsRegenerateKeysHeaders",
    modelProperties: {
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, OnlineDeploymentsDeleteHeaders = {
  type: {
    name: "Composite",
    className: "OnlineDeploymentsDeleteHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, OnlineDeploymentsUpdateHeaders = {
  type: {
    name: "Composite",
    className: "OnlineDeploymentsUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, OnlineDeploymentsCreateOrUpdateHeaders = {
  type: {
    name: "Composite",
    className: "OnlineDeploymentsCreateOrUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      azureAsyncOperation: {
        serializedName: "azure-asyncoperation",
        type: {
          name: "String"
        }
      }
    }
  }
}, SchedulesDeleteHeaders = {
  type: {
    name: "Composite",
    className: "SchedulesDeleteHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      retryAfter: {
        constraints: {
          InclusiveMaximum: 600,
          InclusiveMinimum: 10
        },
        serializedName: "retry-after",
        type: {
          name: "Number"
        }
      }
    }
  }
}, SchedulesCreateOrUpdateHeaders = {
  type: {
    name: "Composite",
    className: "SchedulesCreateOrUpdateHeaders",
    modelProperties: {
      xMsAsyncOperationTimeout: {
        serializedName: "x-ms-async-operation-timeout",
        type: {
          name: "TimeSpan"
        }
      },
      azureAsyncOperation: {
        serializedName: "azure-asyncoperation",
        type: {
          name: "String"
        }
      }
    }
  }
}, discriminators = {
  Compute,
  ComputeSecrets,
  WorkspaceConnectionPropertiesV2,
  AssetReferenceBase,
  DatastoreCredentials,
  DatastoreSecrets,
  IdentityConfiguration,
  OnlineScaleSettings,
  ScheduleActionBase,
  TriggerBase,
  ForecastHorizon,
  JobOutput,
  AutoMLVertical,
  JobInput,
  NCrossValidations,
  Seasonality,
  TargetLags,
  TargetRollingWindowSize,
  EarlyTerminationPolicy,
  SamplingAlgorithm,
  DistributionConfiguration,
  JobLimits,
  "Compute.AKS": Aks,
  "Compute.Kubernetes": Kubernetes,
  "Compute.AmlCompute": AmlCompute,
  "Compute.ComputeInstance": ComputeInstance,
  "Compute.VirtualMachine": VirtualMachine,
  "Compute.HDInsight": HDInsight,
  "Compute.DataFactory": DataFactory,
  "Compute.Databricks": Databricks,
  "Compute.DataLakeAnalytics": DataLakeAnalytics,
  "Compute.SynapseSpark": SynapseSpark,
  "ComputeSecrets.AKS": AksComputeSecrets,
  "ComputeSecrets.VirtualMachine": VirtualMachineSecrets,
  "ComputeSecrets.Databricks": DatabricksComputeSecrets,
  "WorkspaceConnectionPropertiesV2.PAT": PATAuthTypeWorkspaceConnectionProperties,
  "WorkspaceConnectionPropertiesV2.SAS": SASAuthTypeWorkspaceConnectionProperties,
  "WorkspaceConnectionPropertiesV2.UsernamePassword": UsernamePasswordAuthTypeWorkspaceConnectionProperties,
  "WorkspaceConnectionPropertiesV2.None": NoneAuthTypeWorkspaceConnectionProperties,
  "WorkspaceConnectionPropertiesV2.ManagedIdentity": ManagedIdentityAuthTypeWorkspaceConnectionProperties,
  "AssetReferenceBase.DataPath": DataPathAssetReference,
  "AssetReferenceBase.Id": IdAssetReference,
  "AssetReferenceBase.OutputPath": OutputPathAssetReference,
  "EndpointDeploymentPropertiesBase.OnlineDeploymentProperties": OnlineDeploymentProperties,
  "ResourceBase.DatastoreProperties": DatastoreProperties,
  "ResourceBase.JobBaseProperties": JobBaseProperties,
  "DatastoreCredentials.AccountKey": AccountKeyDatastoreCredentials,
  "DatastoreCredentials.Certificate": CertificateDatastoreCredentials,
  "DatastoreCredentials.None": NoneDatastoreCredentials,
  "DatastoreCredentials.Sas": SasDatastoreCredentials,
  "DatastoreCredentials.ServicePrincipal": ServicePrincipalDatastoreCredentials,
  "DatastoreSecrets.AccountKey": AccountKeyDatastoreSecrets,
  "DatastoreSecrets.Certificate": CertificateDatastoreSecrets,
  "DatastoreSecrets.Sas": SasDatastoreSecrets,
  "DatastoreSecrets.ServicePrincipal": ServicePrincipalDatastoreSecrets,
  "IdentityConfiguration.AMLToken": AmlToken,
  "IdentityConfiguration.Managed": ManagedIdentity,
  "IdentityConfiguration.UserIdentity": UserIdentity,
  "OnlineScaleSettings.Default": DefaultScaleSettings,
  "OnlineScaleSettings.TargetUtilization": TargetUtilizationScaleSettings,
  "ScheduleActionBase.InvokeBatchEndpoint": EndpointScheduleAction,
  "ScheduleActionBase.CreateJob": JobScheduleAction,
  "TriggerBase.Recurrence": RecurrenceTrigger,
  "TriggerBase.Cron": CronTrigger,
  "AssetJobInput.mltable": MLTableJobInput,
  "AssetJobInput.custom_model": CustomModelJobInput,
  "AssetJobInput.mlflow_model": MLFlowModelJobInput,
  "AssetJobInput.triton_model": TritonModelJobInput,
  "AssetJobInput.uri_file": UriFileJobInput,
  "AssetJobInput.uri_folder": UriFolderJobInput,
  "AssetJobOutput.custom_model": CustomModelJobOutput,
  "AssetJobOutput.mlflow_model": MLFlowModelJobOutput,
  "AssetJobOutput.mltable": MLTableJobOutput,
  "AssetJobOutput.triton_model": TritonModelJobOutput,
  "AssetJobOutput.uri_file": UriFileJobOutput,
  "AssetJobOutput.uri_folder": UriFolderJobOutput,
  "ForecastHorizon.Auto": AutoForecastHorizon,
  "ForecastHorizon.Custom": CustomForecastHorizon,
  "TableVertical.Classification": Classification,
  "TableVertical.Forecasting": Forecasting,
  "ImageClassificationBase.ImageClassification": ImageClassification,
  "ImageClassificationBase.ImageClassificationMultilabel": ImageClassificationMultilabel,
  "ImageObjectDetectionBase.ImageInstanceSegmentation": ImageInstanceSegmentation,
  "ImageObjectDetectionBase.ImageObjectDetection": ImageObjectDetection,
  "TableVertical.Regression": Regression,
  "NlpVertical.TextClassification": TextClassification,
  "NlpVertical.TextClassificationMultilabel": TextClassificationMultilabel,
  "NlpVertical.TextNER": TextNer,
  "JobInput.literal": LiteralJobInput,
  "NCrossValidations.Auto": AutoNCrossValidations,
  "NCrossValidations.Custom": CustomNCrossValidations,
  "Seasonality.Auto": AutoSeasonality,
  "Seasonality.Custom": CustomSeasonality,
  "TargetLags.Auto": AutoTargetLags,
  "TargetLags.Custom": CustomTargetLags,
  "TargetRollingWindowSize.Auto": AutoTargetRollingWindowSize,
  "TargetRollingWindowSize.Custom": CustomTargetRollingWindowSize,
  "EarlyTerminationPolicy.Bandit": BanditPolicy,
  "EarlyTerminationPolicy.MedianStopping": MedianStoppingPolicy,
  "EarlyTerminationPolicy.TruncationSelection": TruncationSelectionPolicy,
  "SamplingAlgorithm.Bayesian": BayesianSamplingAlgorithm,
  "SamplingAlgorithm.Grid": GridSamplingAlgorithm,
  "SamplingAlgorithm.Random": RandomSamplingAlgorithm,
  "DistributionConfiguration.Mpi": Mpi,
  "DistributionConfiguration.PyTorch": PyTorch,
  "DistributionConfiguration.TensorFlow": TensorFlow,
  "JobLimits.Command": CommandJobLimits,
  "JobLimits.Sweep": SweepJobLimits,
  "OnlineDeploymentProperties.Kubernetes": KubernetesOnlineDeployment,
  "OnlineDeploymentProperties.Managed": ManagedOnlineDeployment,
  "AssetBase.DataVersionBaseProperties": DataVersionBaseProperties,
  "DatastoreProperties.AzureBlob": AzureBlobDatastore,
  "DatastoreProperties.AzureDataLakeGen1": AzureDataLakeGen1Datastore,
  "DatastoreProperties.AzureDataLakeGen2": AzureDataLakeGen2Datastore,
  "DatastoreProperties.AzureFile": AzureFileDatastore,
  "JobBaseProperties.AutoML": AutoMLJob,
  "JobBaseProperties.Command": CommandJob,
  "JobBaseProperties.Pipeline": PipelineJob,
  "JobBaseProperties.Sweep": SweepJob,
  "DataVersionBaseProperties.mltable": MLTableData,
  "DataVersionBaseProperties.uri_file": UriFileDataVersion,
  "DataVersionBaseProperties.uri_folder": UriFolderDataVersion
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/models/parameters.js
var accept = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/json",
    isConstant: !0,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
}, $host = {
  parameterPath: "$host",
  mapper: {
    serializedName: "$host",
    required: !0,
    type: {
      name: "String"
    }
  },
  skipEncoding: !0
}, apiVersion = {
  parameterPath: "apiVersion",
  mapper: {
    defaultValue: "2022-10-01",
    isConstant: !0,
    serializedName: "api-version",
    type: {
      name: "String"
    }
  }
}, subscriptionId = {
  parameterPath: "subscriptionId",
  mapper: {
    constraints: {
      MinLength: 1
    },
    serializedName: "subscriptionId",
    required: !0,
    type: {
      name: "String"
    }
  }
}, resourceGroupName = {
  parameterPath: "resourceGroupName",
  mapper: {
    constraints: {
      MaxLength: 90,
      MinLength: 1
    },
    serializedName: "resourceGroupName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, workspaceName = {
  parameterPath: "workspaceName",
  mapper: {
    serializedName: "workspaceName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, contentType = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/json",
    isConstant: !0,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
}, parameters = {
  parameterPath: "parameters",
  mapper: Workspace
}, parameters1 = {
  parameterPath: "parameters",
  mapper: WorkspaceUpdateParameters
}, skip = {
  parameterPath: ["options", "skip"],
  mapper: {
    serializedName: "$skip",
    type: {
      name: "String"
    }
  }
}, parameters2 = {
  parameterPath: ["options", "parameters"],
  mapper: DiagnoseWorkspaceParameters
}, nextLink = {
  parameterPath: "nextLink",
  mapper: {
    serializedName: "nextLink",
    required: !0,
    type: {
      name: "String"
    }
  },
  skipEncoding: !0
}, location = {
  parameterPath: "location",
  mapper: {
    constraints: {
      Pattern: new RegExp("^[-\\w\\._]+$")
    },
    serializedName: "location",
    required: !0,
    type: {
      name: "String"
    }
  }
}, parameters3 = {
  parameterPath: "parameters",
  mapper: QuotaUpdateParameters
}, computeName = {
  parameterPath: "computeName",
  mapper: {
    serializedName: "computeName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, parameters4 = {
  parameterPath: "parameters",
  mapper: ComputeResource
}, parameters5 = {
  parameterPath: "parameters",
  mapper: ClusterUpdateParameters
}, underlyingResourceAction = {
  parameterPath: "underlyingResourceAction",
  mapper: {
    serializedName: "underlyingResourceAction",
    required: !0,
    type: {
      name: "String"
    }
  }
}, privateEndpointConnectionName = {
  parameterPath: "privateEndpointConnectionName",
  mapper: {
    serializedName: "privateEndpointConnectionName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, properties = {
  parameterPath: "properties",
  mapper: PrivateEndpointConnection
}, parameters6 = {
  parameterPath: "parameters",
  mapper: WorkspaceConnectionPropertiesV2BasicResource
}, connectionName = {
  parameterPath: "connectionName",
  mapper: {
    serializedName: "connectionName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, target = {
  parameterPath: ["options", "target"],
  mapper: {
    serializedName: "target",
    type: {
      name: "String"
    }
  }
}, category = {
  parameterPath: ["options", "category"],
  mapper: {
    serializedName: "category",
    type: {
      name: "String"
    }
  }
}, count = {
  parameterPath: ["options", "count"],
  mapper: {
    serializedName: "count",
    type: {
      name: "Number"
    }
  }
}, endpointName = {
  parameterPath: "endpointName",
  mapper: {
    serializedName: "endpointName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, body = {
  parameterPath: "body",
  mapper: PartialMinimalTrackedResourceWithIdentity
}, endpointName1 = {
  parameterPath: "endpointName",
  mapper: {
    constraints: {
      Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$")
    },
    serializedName: "endpointName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, body1 = {
  parameterPath: "body",
  mapper: BatchEndpoint
}, orderBy = {
  parameterPath: ["options", "orderBy"],
  mapper: {
    serializedName: "$orderBy",
    type: {
      name: "String"
    }
  }
}, top = {
  parameterPath: ["options", "top"],
  mapper: {
    serializedName: "$top",
    type: {
      name: "Number"
    }
  }
}, deploymentName = {
  parameterPath: "deploymentName",
  mapper: {
    serializedName: "deploymentName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, body2 = {
  parameterPath: "body",
  mapper: PartialBatchDeploymentPartialMinimalTrackedResourceWithProperties
}, deploymentName1 = {
  parameterPath: "deploymentName",
  mapper: {
    constraints: {
      Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$")
    },
    serializedName: "deploymentName",
    required: !0,
    type: {
      name: "String"
    }
  }
}, body3 = {
  parameterPath: "body",
  mapper: BatchDeployment
}, name = {
  parameterPath: "name",
  mapper: {
    serializedName: "name",
    required: !0,
    type: {
      name: "String"
    }
  }
}, body4 = {
  parameterPath: "body",
  mapper: CodeContainer
}, name1 = {
  parameterPath: "name",
  mapper: {
    constraints: {
      Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$")
    },
    serializedName: "name",
    required: !0,
    type: {
      name: "String"
    }
  }
}, version = {
  parameterPath: "version",
  mapper: {
    serializedName: "version",
    required: !0,
    type: {
      name: "String"
    }
  }
}, body5 = {
  parameterPath: "body",
  mapper: CodeVersion
}, listViewType = {
  parameterPath: ["options", "listViewType"],
  mapper: {
    serializedName: "listViewType",
    type: {
      name: "String"
    }
  }
}, body6 = {
  parameterPath: "body",
  mapper: ComponentContainer
}, body7 = {
  parameterPath: "body",
  mapper: ComponentVersion
}, body8 = {
  parameterPath: "body",
  mapper: DataContainer
}, tags = {
  parameterPath: ["options", "tags"],
  mapper: {
    serializedName: "$tags",
    type: {
      name: "String"
    }
  }
}, body9 = {
  parameterPath: "body",
  mapper: DataVersionBase
}, count1 = {
  parameterPath: ["options", "count"],
  mapper: {
    defaultValue: 30,
    serializedName: "count",
    type: {
      name: "Number"
    }
  }
}, isDefault = {
  parameterPath: ["options", "isDefault"],
  mapper: {
    serializedName: "isDefault",
    type: {
      name: "Boolean"
    }
  }
}, names = {
  parameterPath: ["options", "names"],
  mapper: {
    serializedName: "names",
    type: {
      name: "Sequence",
      element: {
        type: {
          name: "String"
        }
      }
    }
  },
  collectionFormat: "CSV"
}, searchText = {
  parameterPath: ["options", "searchText"],
  mapper: {
    serializedName: "searchText",
    type: {
      name: "String"
    }
  }
}, orderBy1 = {
  parameterPath: ["options", "orderBy"],
  mapper: {
    serializedName: "orderBy",
    type: {
      name: "String"
    }
  }
}, orderByAsc = {
  parameterPath: ["options", "orderByAsc"],
  mapper: {
    defaultValue: !1,
    serializedName: "orderByAsc",
    type: {
      name: "Boolean"
    }
  }
}, body10 = {
  parameterPath: "body",
  mapper: Datastore
}, skipValidation = {
  parameterPath: ["options", "skipValidation"],
  mapper: {
    defaultValue: !1,
    serializedName: "skipValidation",
    type: {
      name: "Boolean"
    }
  }
}, body11 = {
  parameterPath: "body",
  mapper: EnvironmentContainer
}, body12 = {
  parameterPath: "body",
  mapper: EnvironmentVersion
}, jobType = {
  parameterPath: ["options", "jobType"],
  mapper: {
    serializedName: "jobType",
    type: {
      name: "String"
    }
  }
}, tag = {
  parameterPath: ["options", "tag"],
  mapper: {
    serializedName: "tag",
    type: {
      name: "String"
    }
  }
}, id = {
  parameterPath: "id",
  mapper: {
    serializedName: "id",
    required: !0,
    type: {
      name: "String"
    }
  }
}, body13 = {
  parameterPath: "body",
  mapper: JobBase
}, id1 = {
  parameterPath: "id",
  mapper: {
    constraints: {
      Pattern: new RegExp("^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$")
    },
    serializedName: "id",
    required: !0,
    type: {
      name: "String"
    }
  }
}, body14 = {
  parameterPath: "body",
  mapper: ModelContainer
}, version1 = {
  parameterPath: ["options", "version"],
  mapper: {
    serializedName: "version",
    type: {
      name: "String"
    }
  }
}, description = {
  parameterPath: ["options", "description"],
  mapper: {
    serializedName: "description",
    type: {
      name: "String"
    }
  }
}, offset = {
  parameterPath: ["options", "offset"],
  mapper: {
    serializedName: "offset",
    type: {
      name: "Number"
    }
  }
}, tags1 = {
  parameterPath: ["options", "tags"],
  mapper: {
    serializedName: "tags",
    type: {
      name: "String"
    }
  }
}, properties1 = {
  parameterPath: ["options", "properties"],
  mapper: {
    serializedName: "properties",
    type: {
      name: "String"
    }
  }
}, feed = {
  parameterPath: ["options", "feed"],
  mapper: {
    serializedName: "feed",
    type: {
      name: "String"
    }
  }
}, body15 = {
  parameterPath: "body",
  mapper: ModelVersion
}, name2 = {
  parameterPath: ["options", "name"],
  mapper: {
    serializedName: "name",
    type: {
      name: "String"
    }
  }
}, computeType = {
  parameterPath: ["options", "computeType"],
  mapper: {
    serializedName: "computeType",
    type: {
      name: "String"
    }
  }
}, orderBy2 = {
  parameterPath: ["options", "orderBy"],
  mapper: {
    serializedName: "orderBy",
    type: {
      name: "String"
    }
  }
}, body16 = {
  parameterPath: "body",
  mapper: OnlineEndpoint
}, body17 = {
  parameterPath: "body",
  mapper: RegenerateEndpointKeysRequest
}, body18 = {
  parameterPath: "body",
  mapper: PartialMinimalTrackedResourceWithSku
}, body19 = {
  parameterPath: "body",
  mapper: OnlineDeployment
}, body20 = {
  parameterPath: "body",
  mapper: DeploymentLogsRequest
}, listViewType1 = {
  parameterPath: ["options", "listViewType"],
  mapper: {
    serializedName: "listViewType",
    type: {
      name: "String"
    }
  }
}, body21 = {
  parameterPath: "body",
  mapper: Schedule
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/operations.js
var OperationsImpl = class {
  /**
   * Initialize a new instance of the class Operations class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists all of the available Azure Machine Learning Workspaces REST API operations.
   * @param options The options parameters.
   */
  list(options) {
    let iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(options, settings);
      }
    };
  }
  listPagingPage(options, _settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result;
      result = yield __await(this._list(options)), yield yield __await(result.value || []);
    });
  }
  listPagingAll(options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Lists all of the available Azure Machine Learning Workspaces REST API operations.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec);
  }
}, serializer = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec = {
  path: "/providers/Microsoft.MachineLearningServices/operations",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: AmlOperationListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [accept],
  serializer
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/lroImpl.js
var LroImpl = class {
  constructor(sendOperationFn, args, spec, requestPath = spec.path, requestMethod = spec.httpMethod) {
    this.sendOperationFn = sendOperationFn, this.args = args, this.spec = spec, this.requestPath = requestPath, this.requestMethod = requestMethod;
  }
  sendInitialRequest() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.sendOperationFn(this.args, this.spec);
    });
  }
  sendPollRequest(path) {
    return __awaiter(this, void 0, void 0, function* () {
      let _a = this.spec, { requestBody } = _a, restSpec = __rest(_a, ["requestBody"]);
      return this.sendOperationFn(this.args, Object.assign(Object.assign({}, restSpec), { path, httpMethod: "GET" }));
    });
  }
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/workspaces.js
var WorkspacesImpl = class {
  /**
   * Initialize a new instance of the class Workspaces class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists all the available machine learning workspaces under the specified resource group.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param options The options parameters.
   */
  listByResourceGroup(resourceGroupName2, options) {
    let iter = this.listByResourceGroupPagingAll(resourceGroupName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listByResourceGroupPagingPage(resourceGroupName2, options, settings);
      }
    };
  }
  listByResourceGroupPagingPage(resourceGroupName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listByResourceGroup(resourceGroupName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listByResourceGroupNext(resourceGroupName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listByResourceGroupPagingAll(resourceGroupName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listByResourceGroupPagingPage(resourceGroupName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Lists all the available machine learning workspaces under the specified subscription.
   * @param options The options parameters.
   */
  listBySubscription(options) {
    let iter = this.listBySubscriptionPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listBySubscriptionPagingPage(options, settings);
      }
    };
  }
  listBySubscriptionPagingPage(options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listBySubscription(options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listBySubscriptionNext(continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listBySubscriptionPagingAll(options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_2, _a;
      try {
        for (var _b = __asyncValues(this.listBySubscriptionPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_2_1) {
        e_2 = { error: e_2_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_2) throw e_2.error;
        }
      }
    });
  }
  /**
   * Gets the properties of the specified machine learning workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, getOperationSpec);
  }
  /**
   * Creates or updates a workspace with the specified parameters.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param parameters The parameters for creating or updating a machine learning workspace.
   * @param options The options parameters.
   */
  beginCreateOrUpdate(resourceGroupName2, workspaceName2, parameters7, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, parameters: parameters7, options }, createOrUpdateOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Creates or updates a workspace with the specified parameters.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param parameters The parameters for creating or updating a machine learning workspace.
   * @param options The options parameters.
   */
  beginCreateOrUpdateAndWait(resourceGroupName2, workspaceName2, parameters7, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginCreateOrUpdate(resourceGroupName2, workspaceName2, parameters7, options)).pollUntilDone();
    });
  }
  /**
   * Deletes a machine learning workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  beginDelete(resourceGroupName2, workspaceName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, deleteOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Deletes a machine learning workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  beginDeleteAndWait(resourceGroupName2, workspaceName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDelete(resourceGroupName2, workspaceName2, options)).pollUntilDone();
    });
  }
  /**
   * Updates a machine learning workspace with the specified parameters.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param parameters The parameters for updating a machine learning workspace.
   * @param options The options parameters.
   */
  beginUpdate(resourceGroupName2, workspaceName2, parameters7, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, parameters: parameters7, options }, updateOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Updates a machine learning workspace with the specified parameters.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param parameters The parameters for updating a machine learning workspace.
   * @param options The options parameters.
   */
  beginUpdateAndWait(resourceGroupName2, workspaceName2, parameters7, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginUpdate(resourceGroupName2, workspaceName2, parameters7, options)).pollUntilDone();
    });
  }
  /**
   * Lists all the available machine learning workspaces under the specified resource group.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param options The options parameters.
   */
  _listByResourceGroup(resourceGroupName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, options }, listByResourceGroupOperationSpec);
  }
  /**
   * Diagnose workspace setup issue.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  beginDiagnose(resourceGroupName2, workspaceName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, diagnoseOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs,
        lroResourceLocationConfig: "location"
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Diagnose workspace setup issue.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  beginDiagnoseAndWait(resourceGroupName2, workspaceName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDiagnose(resourceGroupName2, workspaceName2, options)).pollUntilDone();
    });
  }
  /**
   * Lists all the keys associated with this workspace. This includes keys for the storage account, app
   * insights and password for container registry
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  listKeys(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listKeysOperationSpec);
  }
  /**
   * Resync all the keys associated with this workspace. This includes keys for the storage account, app
   * insights and password for container registry
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  beginResyncKeys(resourceGroupName2, workspaceName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, resyncKeysOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Resync all the keys associated with this workspace. This includes keys for the storage account, app
   * insights and password for container registry
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  beginResyncKeysAndWait(resourceGroupName2, workspaceName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginResyncKeys(resourceGroupName2, workspaceName2, options)).pollUntilDone();
    });
  }
  /**
   * Lists all the available machine learning workspaces under the specified subscription.
   * @param options The options parameters.
   */
  _listBySubscription(options) {
    return this.client.sendOperationRequest({ options }, listBySubscriptionOperationSpec);
  }
  /**
   * return notebook access token and refresh token
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  listNotebookAccessToken(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listNotebookAccessTokenOperationSpec);
  }
  /**
   * Prepare a notebook.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  beginPrepareNotebook(resourceGroupName2, workspaceName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, prepareNotebookOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs,
        lroResourceLocationConfig: "location"
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Prepare a notebook.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  beginPrepareNotebookAndWait(resourceGroupName2, workspaceName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginPrepareNotebook(resourceGroupName2, workspaceName2, options)).pollUntilDone();
    });
  }
  /**
   * List storage account keys of a workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  listStorageAccountKeys(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listStorageAccountKeysOperationSpec);
  }
  /**
   * List keys of a notebook.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  listNotebookKeys(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listNotebookKeysOperationSpec);
  }
  /**
   * Called by Client (Portal, CLI, etc) to get a list of all external outbound dependencies (FQDNs)
   * programmatically.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  listOutboundNetworkDependenciesEndpoints(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOutboundNetworkDependenciesEndpointsOperationSpec);
  }
  /**
   * ListByResourceGroupNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
   * @param options The options parameters.
   */
  _listByResourceGroupNext(resourceGroupName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, nextLink: nextLink2, options }, listByResourceGroupNextOperationSpec);
  }
  /**
   * ListBySubscriptionNext
   * @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
   * @param options The options parameters.
   */
  _listBySubscriptionNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listBySubscriptionNextOperationSpec);
  }
}, serializer2 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), getOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: Workspace
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, createOrUpdateOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: Workspace
    },
    201: {
      bodyMapper: Workspace
    },
    202: {
      bodyMapper: Workspace
    },
    204: {
      bodyMapper: Workspace
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer2
}, deleteOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, updateOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: Workspace
    },
    201: {
      bodyMapper: Workspace
    },
    202: {
      bodyMapper: Workspace
    },
    204: {
      bodyMapper: Workspace
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters1,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer2
}, listByResourceGroupOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: WorkspaceListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, diagnoseOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/diagnose",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: DiagnoseResponseResult
    },
    201: {
      bodyMapper: DiagnoseResponseResult
    },
    202: {
      bodyMapper: DiagnoseResponseResult
    },
    204: {
      bodyMapper: DiagnoseResponseResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters2,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer2
}, listKeysOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/listKeys",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: ListWorkspaceKeysResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, resyncKeysOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/resyncKeys",
  httpMethod: "POST",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, listBySubscriptionOperationSpec = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.MachineLearningServices/workspaces",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: WorkspaceListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip],
  urlParameters: [$host, subscriptionId],
  headerParameters: [accept],
  serializer: serializer2
}, listNotebookAccessTokenOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/listNotebookAccessToken",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: NotebookAccessTokenResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, prepareNotebookOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/prepareNotebook",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: NotebookResourceInfo
    },
    201: {
      bodyMapper: NotebookResourceInfo
    },
    202: {
      bodyMapper: NotebookResourceInfo
    },
    204: {
      bodyMapper: NotebookResourceInfo
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, listStorageAccountKeysOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/listStorageAccountKeys",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: ListStorageAccountKeysResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, listNotebookKeysOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/listNotebookKeys",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: ListNotebookKeysResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, listOutboundNetworkDependenciesEndpointsOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/outboundNetworkDependenciesEndpoints",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ExternalFqdnResponse
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer2
}, listByResourceGroupNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: WorkspaceListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer2
}, listBySubscriptionNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: WorkspaceListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip],
  urlParameters: [
    $host,
    subscriptionId,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer2
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/usages.js
var UsagesImpl = class {
  /**
   * Initialize a new instance of the class Usages class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets the current usage information as well as limits for AML resources for given subscription and
   * location.
   * @param location The location for which resource usage is queried.
   * @param options The options parameters.
   */
  list(location2, options) {
    let iter = this.listPagingAll(location2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(location2, options, settings);
      }
    };
  }
  listPagingPage(location2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(location2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(location2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(location2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(location2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Gets the current usage information as well as limits for AML resources for given subscription and
   * location.
   * @param location The location for which resource usage is queried.
   * @param options The options parameters.
   */
  _list(location2, options) {
    return this.client.sendOperationRequest({ location: location2, options }, listOperationSpec2);
  }
  /**
   * ListNext
   * @param location The location for which resource usage is queried.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(location2, nextLink2, options) {
    return this.client.sendOperationRequest({ location: location2, nextLink: nextLink2, options }, listNextOperationSpec);
  }
}, serializer3 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.MachineLearningServices/locations/{location}/usages",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListUsagesResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    location
  ],
  headerParameters: [accept],
  serializer: serializer3
}, listNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListUsagesResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    nextLink,
    location
  ],
  headerParameters: [accept],
  serializer: serializer3
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/virtualMachineSizes.js
var VirtualMachineSizesImpl = class {
  /**
   * Initialize a new instance of the class VirtualMachineSizes class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Returns supported VM Sizes in a location
   * @param location The location upon which virtual-machine-sizes is queried.
   * @param options The options parameters.
   */
  list(location2, options) {
    return this.client.sendOperationRequest({ location: location2, options }, listOperationSpec3);
  }
}, serializer4 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.MachineLearningServices/locations/{location}/vmSizes",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: VirtualMachineSizeListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    location
  ],
  headerParameters: [accept],
  serializer: serializer4
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/quotas.js
var QuotasImpl = class {
  /**
   * Initialize a new instance of the class Quotas class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets the currently assigned Workspace Quotas based on VMFamily.
   * @param location The location for which resource usage is queried.
   * @param options The options parameters.
   */
  list(location2, options) {
    let iter = this.listPagingAll(location2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(location2, options, settings);
      }
    };
  }
  listPagingPage(location2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(location2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(location2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(location2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(location2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Update quota for each VM family in workspace.
   * @param location The location for update quota is queried.
   * @param parameters Quota update parameters.
   * @param options The options parameters.
   */
  update(location2, parameters7, options) {
    return this.client.sendOperationRequest({ location: location2, parameters: parameters7, options }, updateOperationSpec2);
  }
  /**
   * Gets the currently assigned Workspace Quotas based on VMFamily.
   * @param location The location for which resource usage is queried.
   * @param options The options parameters.
   */
  _list(location2, options) {
    return this.client.sendOperationRequest({ location: location2, options }, listOperationSpec4);
  }
  /**
   * ListNext
   * @param location The location for which resource usage is queried.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(location2, nextLink2, options) {
    return this.client.sendOperationRequest({ location: location2, nextLink: nextLink2, options }, listNextOperationSpec2);
  }
}, serializer5 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), updateOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.MachineLearningServices/locations/{location}/updateQuotas",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: UpdateWorkspaceQuotasResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters3,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    location
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer5
}, listOperationSpec4 = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.MachineLearningServices/locations/{location}/quotas",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListWorkspaceQuotas
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    location
  ],
  headerParameters: [accept],
  serializer: serializer5
}, listNextOperationSpec2 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListWorkspaceQuotas
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    nextLink,
    location
  ],
  headerParameters: [accept],
  serializer: serializer5
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/computeOperations.js
var ComputeOperationsImpl = class {
  /**
   * Initialize a new instance of the class ComputeOperations class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets computes in specified workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Get the details (e.g IP address, port etc) of all the compute nodes in the compute.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  listNodes(resourceGroupName2, workspaceName2, computeName2, options) {
    let iter = this.listNodesPagingAll(resourceGroupName2, workspaceName2, computeName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listNodesPagingPage(resourceGroupName2, workspaceName2, computeName2, options, settings);
      }
    };
  }
  listNodesPagingPage(resourceGroupName2, workspaceName2, computeName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listNodes(resourceGroupName2, workspaceName2, computeName2, options));
        let page = result.nodes || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNodesNext(resourceGroupName2, workspaceName2, computeName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.nodes || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listNodesPagingAll(resourceGroupName2, workspaceName2, computeName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_2, _a;
      try {
        for (var _b = __asyncValues(this.listNodesPagingPage(resourceGroupName2, workspaceName2, computeName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_2_1) {
        e_2 = { error: e_2_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_2) throw e_2.error;
        }
      }
    });
  }
  /**
   * Gets computes in specified workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec5);
  }
  /**
   * Gets compute definition by its name. Any secrets (storage keys, service credentials, etc) are not
   * returned - use 'keys' nested resource to get them.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, computeName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, options }, getOperationSpec2);
  }
  /**
   * Creates or updates compute. This call will overwrite a compute if it exists. This is a
   * nonrecoverable operation. If your intent is to create a new compute, do a GET first to verify that
   * it does not exist yet.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param parameters Payload with Machine Learning compute definition.
   * @param options The options parameters.
   */
  beginCreateOrUpdate(resourceGroupName2, workspaceName2, computeName2, parameters7, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, parameters: parameters7, options }, createOrUpdateOperationSpec2), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Creates or updates compute. This call will overwrite a compute if it exists. This is a
   * nonrecoverable operation. If your intent is to create a new compute, do a GET first to verify that
   * it does not exist yet.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param parameters Payload with Machine Learning compute definition.
   * @param options The options parameters.
   */
  beginCreateOrUpdateAndWait(resourceGroupName2, workspaceName2, computeName2, parameters7, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginCreateOrUpdate(resourceGroupName2, workspaceName2, computeName2, parameters7, options)).pollUntilDone();
    });
  }
  /**
   * Updates properties of a compute. This call will overwrite a compute if it exists. This is a
   * nonrecoverable operation.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param parameters Additional parameters for cluster update.
   * @param options The options parameters.
   */
  beginUpdate(resourceGroupName2, workspaceName2, computeName2, parameters7, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, parameters: parameters7, options }, updateOperationSpec3), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Updates properties of a compute. This call will overwrite a compute if it exists. This is a
   * nonrecoverable operation.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param parameters Additional parameters for cluster update.
   * @param options The options parameters.
   */
  beginUpdateAndWait(resourceGroupName2, workspaceName2, computeName2, parameters7, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginUpdate(resourceGroupName2, workspaceName2, computeName2, parameters7, options)).pollUntilDone();
    });
  }
  /**
   * Deletes specified Machine Learning compute.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param underlyingResourceAction Delete the underlying compute if 'Delete', or detach the underlying
   *                                 compute from workspace if 'Detach'.
   * @param options The options parameters.
   */
  beginDelete(resourceGroupName2, workspaceName2, computeName2, underlyingResourceAction2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, {
        resourceGroupName: resourceGroupName2,
        workspaceName: workspaceName2,
        computeName: computeName2,
        underlyingResourceAction: underlyingResourceAction2,
        options
      }, deleteOperationSpec2), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Deletes specified Machine Learning compute.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param underlyingResourceAction Delete the underlying compute if 'Delete', or detach the underlying
   *                                 compute from workspace if 'Detach'.
   * @param options The options parameters.
   */
  beginDeleteAndWait(resourceGroupName2, workspaceName2, computeName2, underlyingResourceAction2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDelete(resourceGroupName2, workspaceName2, computeName2, underlyingResourceAction2, options)).pollUntilDone();
    });
  }
  /**
   * Get the details (e.g IP address, port etc) of all the compute nodes in the compute.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  _listNodes(resourceGroupName2, workspaceName2, computeName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, options }, listNodesOperationSpec);
  }
  /**
   * Gets secrets related to Machine Learning compute (storage keys, service credentials, etc).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  listKeys(resourceGroupName2, workspaceName2, computeName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, options }, listKeysOperationSpec2);
  }
  /**
   * Posts a start action to a compute instance
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  beginStart(resourceGroupName2, workspaceName2, computeName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, options }, startOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Posts a start action to a compute instance
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  beginStartAndWait(resourceGroupName2, workspaceName2, computeName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginStart(resourceGroupName2, workspaceName2, computeName2, options)).pollUntilDone();
    });
  }
  /**
   * Posts a stop action to a compute instance
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  beginStop(resourceGroupName2, workspaceName2, computeName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, options }, stopOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Posts a stop action to a compute instance
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  beginStopAndWait(resourceGroupName2, workspaceName2, computeName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginStop(resourceGroupName2, workspaceName2, computeName2, options)).pollUntilDone();
    });
  }
  /**
   * Posts a restart action to a compute instance
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  beginRestart(resourceGroupName2, workspaceName2, computeName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, options }, restartOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Posts a restart action to a compute instance
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param options The options parameters.
   */
  beginRestartAndWait(resourceGroupName2, workspaceName2, computeName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginRestart(resourceGroupName2, workspaceName2, computeName2, options)).pollUntilDone();
    });
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec3);
  }
  /**
   * ListNodesNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param computeName Name of the Azure Machine Learning compute.
   * @param nextLink The nextLink from the previous successful call to the ListNodes method.
   * @param options The options parameters.
   */
  _listNodesNext(resourceGroupName2, workspaceName2, computeName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, computeName: computeName2, nextLink: nextLink2, options }, listNodesNextOperationSpec);
  }
}, serializer6 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec5 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PaginatedComputeResourcesList
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer6
}, getOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ComputeResource
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept],
  serializer: serializer6
}, createOrUpdateOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: ComputeResource
    },
    201: {
      bodyMapper: ComputeResource
    },
    202: {
      bodyMapper: ComputeResource
    },
    204: {
      bodyMapper: ComputeResource
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters4,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer6
}, updateOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: ComputeResource
    },
    201: {
      bodyMapper: ComputeResource
    },
    202: {
      bodyMapper: ComputeResource
    },
    204: {
      bodyMapper: ComputeResource
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters5,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer6
}, deleteOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, underlyingResourceAction],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept],
  serializer: serializer6
}, listNodesOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}/listNodes",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: AmlComputeNodesInformation
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept],
  serializer: serializer6
}, listKeysOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}/listKeys",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: ComputeSecrets
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept],
  serializer: serializer6
}, startOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}/start",
  httpMethod: "POST",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept],
  serializer: serializer6
}, stopOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}/stop",
  httpMethod: "POST",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept],
  serializer: serializer6
}, restartOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/computes/{computeName}/restart",
  httpMethod: "POST",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    computeName
  ],
  headerParameters: [accept],
  serializer: serializer6
}, listNextOperationSpec3 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PaginatedComputeResourcesList
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer6
}, listNodesNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: AmlComputeNodesInformation
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    computeName
  ],
  headerParameters: [accept],
  serializer: serializer6
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/privateEndpointConnections.js
var PrivateEndpointConnectionsImpl = class {
  /**
   * Initialize a new instance of the class PrivateEndpointConnections class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List all the private endpoint connections associated with the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, _settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result;
      result = yield __await(this._list(resourceGroupName2, workspaceName2, options)), yield yield __await(result.value || []);
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List all the private endpoint connections associated with the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec6);
  }
  /**
   * Gets the specified private endpoint connection associated with the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
   *                                      workspace
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, privateEndpointConnectionName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      workspaceName: workspaceName2,
      privateEndpointConnectionName: privateEndpointConnectionName2,
      options
    }, getOperationSpec3);
  }
  /**
   * Update the state of specified private endpoint connection associated with the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
   *                                      workspace
   * @param properties The private endpoint connection properties.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, privateEndpointConnectionName2, properties2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      workspaceName: workspaceName2,
      privateEndpointConnectionName: privateEndpointConnectionName2,
      properties: properties2,
      options
    }, createOrUpdateOperationSpec3);
  }
  /**
   * Deletes the specified private endpoint connection associated with the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param privateEndpointConnectionName The name of the private endpoint connection associated with the
   *                                      workspace
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, privateEndpointConnectionName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      workspaceName: workspaceName2,
      privateEndpointConnectionName: privateEndpointConnectionName2,
      options
    }, deleteOperationSpec3);
  }
}, serializer7 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec6 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/privateEndpointConnections",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PrivateEndpointConnectionListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer7
}, getOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/privateEndpointConnections/{privateEndpointConnectionName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PrivateEndpointConnection
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    privateEndpointConnectionName
  ],
  headerParameters: [accept],
  serializer: serializer7
}, createOrUpdateOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/privateEndpointConnections/{privateEndpointConnectionName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: PrivateEndpointConnection
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: properties,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    privateEndpointConnectionName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer7
}, deleteOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/privateEndpointConnections/{privateEndpointConnectionName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    privateEndpointConnectionName
  ],
  headerParameters: [accept],
  serializer: serializer7
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/privateLinkResources.js
var PrivateLinkResourcesImpl = class {
  /**
   * Initialize a new instance of the class PrivateLinkResources class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets the private link resources that need to be created for a workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec7);
  }
}, serializer8 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec7 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/privateLinkResources",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PrivateLinkResourceListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer8
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/workspaceConnections.js
var WorkspaceConnectionsImpl = class {
  /**
   * Initialize a new instance of the class WorkspaceConnections class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param connectionName Friendly name of the workspace connection
   * @param parameters The object for creating or updating a new workspace connection
   * @param options The options parameters.
   */
  create(resourceGroupName2, workspaceName2, connectionName2, parameters7, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, connectionName: connectionName2, parameters: parameters7, options }, createOperationSpec);
  }
  /**
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param connectionName Friendly name of the workspace connection
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, connectionName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, connectionName: connectionName2, options }, getOperationSpec4);
  }
  /**
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param connectionName Friendly name of the workspace connection
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, connectionName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, connectionName: connectionName2, options }, deleteOperationSpec4);
  }
  /**
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec8);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec4);
  }
}, serializer9 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), createOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/connections/{connectionName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: WorkspaceConnectionPropertiesV2BasicResource
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters6,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    connectionName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer9
}, getOperationSpec4 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/connections/{connectionName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: WorkspaceConnectionPropertiesV2BasicResource
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    connectionName
  ],
  headerParameters: [accept],
  serializer: serializer9
}, deleteOperationSpec4 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/connections/{connectionName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    connectionName
  ],
  headerParameters: [accept],
  serializer: serializer9
}, listOperationSpec8 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/connections",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: WorkspaceConnectionPropertiesV2BasicResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    target,
    category
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer9
}, listNextOperationSpec4 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: WorkspaceConnectionPropertiesV2BasicResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    target,
    category
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer9
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/batchEndpoints.js
var BatchEndpointsImpl = class {
  /**
   * Initialize a new instance of the class BatchEndpoints class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists Batch inference endpoint in the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Lists Batch inference endpoint in the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec9);
  }
  /**
   * Delete Batch Inference Endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference Endpoint name.
   * @param options The options parameters.
   */
  beginDelete(resourceGroupName2, workspaceName2, endpointName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, deleteOperationSpec5), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Delete Batch Inference Endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference Endpoint name.
   * @param options The options parameters.
   */
  beginDeleteAndWait(resourceGroupName2, workspaceName2, endpointName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDelete(resourceGroupName2, workspaceName2, endpointName2, options)).pollUntilDone();
    });
  }
  /**
   * Gets a batch inference endpoint by name.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Name for the Batch Endpoint.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, endpointName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, getOperationSpec5);
  }
  /**
   * Update a batch inference endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Name for the Batch inference endpoint.
   * @param body Mutable batch inference endpoint definition object.
   * @param options The options parameters.
   */
  beginUpdate(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, body: body22, options }, updateOperationSpec4), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Update a batch inference endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Name for the Batch inference endpoint.
   * @param body Mutable batch inference endpoint definition object.
   * @param options The options parameters.
   */
  beginUpdateAndWait(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginUpdate(resourceGroupName2, workspaceName2, endpointName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * Creates a batch inference endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Name for the Batch inference endpoint.
   * @param body Batch inference endpoint definition object.
   * @param options The options parameters.
   */
  beginCreateOrUpdate(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, body: body22, options }, createOrUpdateOperationSpec4), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Creates a batch inference endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Name for the Batch inference endpoint.
   * @param body Batch inference endpoint definition object.
   * @param options The options parameters.
   */
  beginCreateOrUpdateAndWait(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginCreateOrUpdate(resourceGroupName2, workspaceName2, endpointName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * Lists batch Inference Endpoint keys.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference Endpoint name.
   * @param options The options parameters.
   */
  listKeys(resourceGroupName2, workspaceName2, endpointName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, listKeysOperationSpec3);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec5);
  }
}, serializer10 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec9 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: BatchEndpointTrackedResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip, count],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer10
}, deleteOperationSpec5 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer10
}, getOperationSpec5 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: BatchEndpoint
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer10
}, updateOperationSpec4 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: BatchEndpoint
    },
    201: {
      bodyMapper: BatchEndpoint
    },
    202: {
      bodyMapper: BatchEndpoint
    },
    204: {
      bodyMapper: BatchEndpoint
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer10
}, createOrUpdateOperationSpec4 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: BatchEndpoint
    },
    201: {
      bodyMapper: BatchEndpoint
    },
    202: {
      bodyMapper: BatchEndpoint
    },
    204: {
      bodyMapper: BatchEndpoint
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body1,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer10
}, listKeysOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}/listkeys",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: EndpointAuthKeys
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer10
}, listNextOperationSpec5 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: BatchEndpointTrackedResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip, count],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer10
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/batchDeployments.js
var BatchDeploymentsImpl = class {
  /**
   * Initialize a new instance of the class BatchDeployments class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists Batch inference deployments in the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Endpoint name
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, endpointName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, endpointName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, endpointName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, endpointName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, endpointName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, endpointName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, endpointName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, endpointName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Lists Batch inference deployments in the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Endpoint name
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, endpointName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, listOperationSpec10);
  }
  /**
   * Delete Batch Inference deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Endpoint name
   * @param deploymentName Inference deployment identifier.
   * @param options The options parameters.
   */
  beginDelete(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, {
        resourceGroupName: resourceGroupName2,
        workspaceName: workspaceName2,
        endpointName: endpointName2,
        deploymentName: deploymentName2,
        options
      }, deleteOperationSpec6), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Delete Batch Inference deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Endpoint name
   * @param deploymentName Inference deployment identifier.
   * @param options The options parameters.
   */
  beginDeleteAndWait(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDelete(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options)).pollUntilDone();
    });
  }
  /**
   * Gets a batch inference deployment by id.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Endpoint name
   * @param deploymentName The identifier for the Batch deployments.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      workspaceName: workspaceName2,
      endpointName: endpointName2,
      deploymentName: deploymentName2,
      options
    }, getOperationSpec6);
  }
  /**
   * Update a batch inference deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name
   * @param deploymentName The identifier for the Batch inference deployment.
   * @param body Batch inference deployment definition object.
   * @param options The options parameters.
   */
  beginUpdate(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, {
        resourceGroupName: resourceGroupName2,
        workspaceName: workspaceName2,
        endpointName: endpointName2,
        deploymentName: deploymentName2,
        body: body22,
        options
      }, updateOperationSpec5), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Update a batch inference deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name
   * @param deploymentName The identifier for the Batch inference deployment.
   * @param body Batch inference deployment definition object.
   * @param options The options parameters.
   */
  beginUpdateAndWait(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginUpdate(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * Creates/updates a batch inference deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name
   * @param deploymentName The identifier for the Batch inference deployment.
   * @param body Batch inference deployment definition object.
   * @param options The options parameters.
   */
  beginCreateOrUpdate(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, {
        resourceGroupName: resourceGroupName2,
        workspaceName: workspaceName2,
        endpointName: endpointName2,
        deploymentName: deploymentName2,
        body: body22,
        options
      }, createOrUpdateOperationSpec5), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Creates/updates a batch inference deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name
   * @param deploymentName The identifier for the Batch inference deployment.
   * @param body Batch inference deployment definition object.
   * @param options The options parameters.
   */
  beginCreateOrUpdateAndWait(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginCreateOrUpdate(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Endpoint name
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, endpointName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, nextLink: nextLink2, options }, listNextOperationSpec6);
  }
}, serializer11 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec10 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}/deployments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: BatchDeploymentTrackedResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer11
}, deleteOperationSpec6 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}/deployments/{deploymentName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName,
    deploymentName
  ],
  headerParameters: [accept],
  serializer: serializer11
}, getOperationSpec6 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}/deployments/{deploymentName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: BatchDeployment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName,
    deploymentName
  ],
  headerParameters: [accept],
  serializer: serializer11
}, updateOperationSpec5 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}/deployments/{deploymentName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: BatchDeployment
    },
    201: {
      bodyMapper: BatchDeployment
    },
    202: {
      bodyMapper: BatchDeployment
    },
    204: {
      bodyMapper: BatchDeployment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body2,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName1,
    deploymentName1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer11
}, createOrUpdateOperationSpec5 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/batchEndpoints/{endpointName}/deployments/{deploymentName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: BatchDeployment
    },
    201: {
      bodyMapper: BatchDeployment
    },
    202: {
      bodyMapper: BatchDeployment
    },
    204: {
      bodyMapper: BatchDeployment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body3,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName1,
    deploymentName1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer11
}, listNextOperationSpec6 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: BatchDeploymentTrackedResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer11
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/codeContainers.js
var CodeContainersImpl = class {
  /**
   * Initialize a new instance of the class CodeContainers class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec11);
  }
  /**
   * Delete container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, deleteOperationSpec7);
  }
  /**
   * Get container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, getOperationSpec7);
  }
  /**
   * Create or update container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param body Container entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, body: body22, options }, createOrUpdateOperationSpec6);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec7);
  }
}, serializer12 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec11 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/codes",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: CodeContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer12
}, deleteOperationSpec7 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/codes/{name}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer12
}, getOperationSpec7 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/codes/{name}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: CodeContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer12
}, createOrUpdateOperationSpec6 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/codes/{name}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: CodeContainer
    },
    201: {
      bodyMapper: CodeContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body4,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer12
}, listNextOperationSpec7 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: CodeContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer12
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/codeVersions.js
var CodeVersionsImpl = class {
  /**
   * Initialize a new instance of the class CodeVersions class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List versions.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, name3, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, name3, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, name3, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, name3, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, name3, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, name3, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List versions.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, listOperationSpec12);
  }
  /**
   * Delete version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param version Version identifier. This is case-sensitive.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, deleteOperationSpec8);
  }
  /**
   * Get version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param version Version identifier. This is case-sensitive.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, getOperationSpec8);
  }
  /**
   * Create or update version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param version Version identifier. This is case-sensitive.
   * @param body Version entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, version2, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, body: body22, options }, createOrUpdateOperationSpec7);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, name3, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, nextLink: nextLink2, options }, listNextOperationSpec8);
  }
}, serializer13 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec12 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/codes/{name}/versions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: CodeVersionResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer13
}, deleteOperationSpec8 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/codes/{name}/versions/{version}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer13
}, getOperationSpec8 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/codes/{name}/versions/{version}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: CodeVersion
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer13
}, createOrUpdateOperationSpec7 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/codes/{name}/versions/{version}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: CodeVersion
    },
    201: {
      bodyMapper: CodeVersion
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body5,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1,
    version
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer13
}, listNextOperationSpec8 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: CodeVersionResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    name
  ],
  headerParameters: [accept],
  serializer: serializer13
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/componentContainers.js
var ComponentContainersImpl = class {
  /**
   * Initialize a new instance of the class ComponentContainers class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List component containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List component containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec13);
  }
  /**
   * Delete container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, deleteOperationSpec9);
  }
  /**
   * Get container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, getOperationSpec9);
  }
  /**
   * Create or update container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param body Container entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, body: body22, options }, createOrUpdateOperationSpec8);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec9);
  }
}, serializer14 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec13 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/components",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ComponentContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer14
}, deleteOperationSpec9 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/components/{name}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer14
}, getOperationSpec9 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/components/{name}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ComponentContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer14
}, createOrUpdateOperationSpec8 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/components/{name}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: ComponentContainer
    },
    201: {
      bodyMapper: ComponentContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body6,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer14
}, listNextOperationSpec9 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ComponentContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer14
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/componentVersions.js
var ComponentVersionsImpl = class {
  /**
   * Initialize a new instance of the class ComponentVersions class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List component versions.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Component name.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, name3, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, name3, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, name3, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, name3, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, name3, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, name3, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List component versions.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Component name.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, listOperationSpec14);
  }
  /**
   * Delete version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param version Version identifier.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, deleteOperationSpec10);
  }
  /**
   * Get version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param version Version identifier.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, getOperationSpec10);
  }
  /**
   * Create or update version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param version Version identifier.
   * @param body Version entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, version2, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, body: body22, options }, createOrUpdateOperationSpec9);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Component name.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, name3, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, nextLink: nextLink2, options }, listNextOperationSpec10);
  }
}, serializer15 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec14 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/components/{name}/versions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ComponentVersionResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer15
}, deleteOperationSpec10 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/components/{name}/versions/{version}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer15
}, getOperationSpec10 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/components/{name}/versions/{version}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ComponentVersion
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer15
}, createOrUpdateOperationSpec9 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/components/{name}/versions/{version}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: ComponentVersion
    },
    201: {
      bodyMapper: ComponentVersion
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body7,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1,
    version
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer15
}, listNextOperationSpec10 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ComponentVersionResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    name
  ],
  headerParameters: [accept],
  serializer: serializer15
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/dataContainers.js
var DataContainersImpl = class {
  /**
   * Initialize a new instance of the class DataContainers class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List data containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List data containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec15);
  }
  /**
   * Delete container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, deleteOperationSpec11);
  }
  /**
   * Get container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, getOperationSpec11);
  }
  /**
   * Create or update container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param body Container entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, body: body22, options }, createOrUpdateOperationSpec10);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec11);
  }
}, serializer16 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec15 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/data",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DataContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer16
}, deleteOperationSpec11 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/data/{name}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer16
}, getOperationSpec11 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/data/{name}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DataContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer16
}, createOrUpdateOperationSpec10 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/data/{name}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: DataContainer
    },
    201: {
      bodyMapper: DataContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body8,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer16
}, listNextOperationSpec11 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DataContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer16
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/dataVersions.js
var DataVersionsImpl = class {
  /**
   * Initialize a new instance of the class DataVersions class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List data versions in the data container
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Data container's name
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, name3, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, name3, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, name3, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, name3, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, name3, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, name3, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List data versions in the data container
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Data container's name
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, listOperationSpec16);
  }
  /**
   * Delete version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param version Version identifier.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, deleteOperationSpec12);
  }
  /**
   * Get version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param version Version identifier.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, getOperationSpec12);
  }
  /**
   * Create or update version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name.
   * @param version Version identifier.
   * @param body Version entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, version2, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, body: body22, options }, createOrUpdateOperationSpec11);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Data container's name
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, name3, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, nextLink: nextLink2, options }, listNextOperationSpec12);
  }
}, serializer17 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec16 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/data/{name}/versions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DataVersionBaseResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top,
    listViewType,
    tags
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer17
}, deleteOperationSpec12 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/data/{name}/versions/{version}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer17
}, getOperationSpec12 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/data/{name}/versions/{version}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DataVersionBase
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer17
}, createOrUpdateOperationSpec11 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/data/{name}/versions/{version}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: DataVersionBase
    },
    201: {
      bodyMapper: DataVersionBase
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body9,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1,
    version
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer17
}, listNextOperationSpec12 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DataVersionBaseResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top,
    listViewType,
    tags
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    name
  ],
  headerParameters: [accept],
  serializer: serializer17
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/datastores.js
var DatastoresImpl = class {
  /**
   * Initialize a new instance of the class Datastores class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List datastores.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List datastores.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec17);
  }
  /**
   * Delete datastore.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Datastore name.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, deleteOperationSpec13);
  }
  /**
   * Get datastore.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Datastore name.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, getOperationSpec13);
  }
  /**
   * Create or update datastore.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Datastore name.
   * @param body Datastore entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, body: body22, options }, createOrUpdateOperationSpec12);
  }
  /**
   * Get datastore secrets.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Datastore name.
   * @param options The options parameters.
   */
  listSecrets(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, listSecretsOperationSpec);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec13);
  }
}, serializer18 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec17 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/datastores",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DatastoreResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    count1,
    isDefault,
    names,
    searchText,
    orderBy1,
    orderByAsc
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer18
}, deleteOperationSpec13 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/datastores/{name}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer18
}, getOperationSpec13 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/datastores/{name}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: Datastore
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer18
}, createOrUpdateOperationSpec12 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/datastores/{name}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: Datastore
    },
    201: {
      bodyMapper: Datastore
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body10,
  queryParameters: [apiVersion, skipValidation],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer18
}, listSecretsOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/datastores/{name}/listSecrets",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: DatastoreSecrets
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer18
}, listNextOperationSpec13 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DatastoreResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    count1,
    isDefault,
    names,
    searchText,
    orderBy1,
    orderByAsc
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer18
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/environmentContainers.js
var EnvironmentContainersImpl = class {
  /**
   * Initialize a new instance of the class EnvironmentContainers class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List environment containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List environment containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec18);
  }
  /**
   * Delete container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, deleteOperationSpec14);
  }
  /**
   * Get container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, getOperationSpec14);
  }
  /**
   * Create or update container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param body Container entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, body: body22, options }, createOrUpdateOperationSpec13);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec14);
  }
}, serializer19 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec18 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/environments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: EnvironmentContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer19
}, deleteOperationSpec14 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/environments/{name}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer19
}, getOperationSpec14 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/environments/{name}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: EnvironmentContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer19
}, createOrUpdateOperationSpec13 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/environments/{name}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: EnvironmentContainer
    },
    201: {
      bodyMapper: EnvironmentContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body11,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer19
}, listNextOperationSpec14 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: EnvironmentContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer19
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/environmentVersions.js
var EnvironmentVersionsImpl = class {
  /**
   * Initialize a new instance of the class EnvironmentVersions class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List versions.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, name3, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, name3, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, name3, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, name3, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, name3, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, name3, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List versions.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, listOperationSpec19);
  }
  /**
   * Delete version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param version Version identifier. This is case-sensitive.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, deleteOperationSpec15);
  }
  /**
   * Get version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param version Version identifier. This is case-sensitive.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, getOperationSpec15);
  }
  /**
   * Creates or updates an EnvironmentVersion.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Name of EnvironmentVersion. This is case-sensitive.
   * @param version Version of EnvironmentVersion.
   * @param body Definition of EnvironmentVersion.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, version2, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, body: body22, options }, createOrUpdateOperationSpec14);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, name3, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, nextLink: nextLink2, options }, listNextOperationSpec15);
  }
}, serializer20 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec19 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/environments/{name}/versions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: EnvironmentVersionResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer20
}, deleteOperationSpec15 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/environments/{name}/versions/{version}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer20
}, getOperationSpec15 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/environments/{name}/versions/{version}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: EnvironmentVersion
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer20
}, createOrUpdateOperationSpec14 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/environments/{name}/versions/{version}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: EnvironmentVersion
    },
    201: {
      bodyMapper: EnvironmentVersion
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body12,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1,
    version
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer20
}, listNextOperationSpec15 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: EnvironmentVersionResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    name
  ],
  headerParameters: [accept],
  serializer: serializer20
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/jobs.js
var JobsImpl = class {
  /**
   * Initialize a new instance of the class Jobs class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists Jobs in the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Lists Jobs in the workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec20);
  }
  /**
   * Deletes a Job (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param id The name and identifier for the Job. This is case-sensitive.
   * @param options The options parameters.
   */
  beginDelete(resourceGroupName2, workspaceName2, id2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, id: id2, options }, deleteOperationSpec16), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Deletes a Job (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param id The name and identifier for the Job. This is case-sensitive.
   * @param options The options parameters.
   */
  beginDeleteAndWait(resourceGroupName2, workspaceName2, id2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDelete(resourceGroupName2, workspaceName2, id2, options)).pollUntilDone();
    });
  }
  /**
   * Gets a Job by name/id.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param id The name and identifier for the Job. This is case-sensitive.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, id2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, id: id2, options }, getOperationSpec16);
  }
  /**
   * Creates and executes a Job.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param id The name and identifier for the Job. This is case-sensitive.
   * @param body Job definition object.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, id2, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, id: id2, body: body22, options }, createOrUpdateOperationSpec15);
  }
  /**
   * Cancels a Job (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param id The name and identifier for the Job. This is case-sensitive.
   * @param options The options parameters.
   */
  beginCancel(resourceGroupName2, workspaceName2, id2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, id: id2, options }, cancelOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs,
        lroResourceLocationConfig: "location"
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Cancels a Job (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param id The name and identifier for the Job. This is case-sensitive.
   * @param options The options parameters.
   */
  beginCancelAndWait(resourceGroupName2, workspaceName2, id2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginCancel(resourceGroupName2, workspaceName2, id2, options)).pollUntilDone();
    });
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec16);
  }
}, serializer21 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec20 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/jobs",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: JobBaseResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType,
    jobType,
    tag
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer21
}, deleteOperationSpec16 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/jobs/{id}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    id
  ],
  headerParameters: [accept],
  serializer: serializer21
}, getOperationSpec16 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/jobs/{id}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: JobBase
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    id
  ],
  headerParameters: [accept],
  serializer: serializer21
}, createOrUpdateOperationSpec15 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/jobs/{id}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: JobBase
    },
    201: {
      bodyMapper: JobBase
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body13,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    id1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer21
}, cancelOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/jobs/{id}/cancel",
  httpMethod: "POST",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    id
  ],
  headerParameters: [accept],
  serializer: serializer21
}, listNextOperationSpec16 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: JobBaseResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType,
    jobType,
    tag
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer21
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/modelContainers.js
var ModelContainersImpl = class {
  /**
   * Initialize a new instance of the class ModelContainers class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List model containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List model containers.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec21);
  }
  /**
   * Delete container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, deleteOperationSpec17);
  }
  /**
   * Get container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, getOperationSpec17);
  }
  /**
   * Create or update container.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param body Container entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, body: body22, options }, createOrUpdateOperationSpec16);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec17);
  }
}, serializer22 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec21 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/models",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ModelContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    count,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer22
}, deleteOperationSpec17 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/models/{name}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer22
}, getOperationSpec17 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/models/{name}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ModelContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer22
}, createOrUpdateOperationSpec16 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/models/{name}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: ModelContainer
    },
    201: {
      bodyMapper: ModelContainer
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body14,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer22
}, listNextOperationSpec17 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ModelContainerResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    count,
    listViewType
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer22
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/modelVersions.js
var ModelVersionsImpl = class {
  /**
   * Initialize a new instance of the class ModelVersions class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List model versions.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Model name. This is case-sensitive.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, name3, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, name3, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, name3, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, name3, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, name3, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, name3, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, name3, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List model versions.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Model name. This is case-sensitive.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, listOperationSpec22);
  }
  /**
   * Delete version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param version Version identifier. This is case-sensitive.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, deleteOperationSpec18);
  }
  /**
   * Get version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param version Version identifier. This is case-sensitive.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, version2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, options }, getOperationSpec18);
  }
  /**
   * Create or update version.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Container name. This is case-sensitive.
   * @param version Version identifier. This is case-sensitive.
   * @param body Version entity to create or update.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, workspaceName2, name3, version2, body22, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, version: version2, body: body22, options }, createOrUpdateOperationSpec17);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Model name. This is case-sensitive.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, name3, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, nextLink: nextLink2, options }, listNextOperationSpec18);
  }
}, serializer23 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec22 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/models/{name}/versions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ModelVersionResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top,
    listViewType,
    version1,
    description,
    offset,
    tags1,
    properties1,
    feed
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer23
}, deleteOperationSpec18 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/models/{name}/versions/{version}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer23
}, getOperationSpec18 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/models/{name}/versions/{version}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ModelVersion
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name,
    version
  ],
  headerParameters: [accept],
  serializer: serializer23
}, createOrUpdateOperationSpec17 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/models/{name}/versions/{version}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: ModelVersion
    },
    201: {
      bodyMapper: ModelVersion
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body15,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1,
    version
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer23
}, listNextOperationSpec18 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ModelVersionResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top,
    listViewType,
    version1,
    description,
    offset,
    tags1,
    properties1,
    feed
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    name
  ],
  headerParameters: [accept],
  serializer: serializer23
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/onlineEndpoints.js
var OnlineEndpointsImpl = class {
  /**
   * Initialize a new instance of the class OnlineEndpoints class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List Online Endpoints.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List Online Endpoints.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec23);
  }
  /**
   * Delete Online Endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param options The options parameters.
   */
  beginDelete(resourceGroupName2, workspaceName2, endpointName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, deleteOperationSpec19), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Delete Online Endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param options The options parameters.
   */
  beginDeleteAndWait(resourceGroupName2, workspaceName2, endpointName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDelete(resourceGroupName2, workspaceName2, endpointName2, options)).pollUntilDone();
    });
  }
  /**
   * Get Online Endpoint.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, endpointName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, getOperationSpec19);
  }
  /**
   * Update Online Endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param body Online Endpoint entity to apply during operation.
   * @param options The options parameters.
   */
  beginUpdate(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, body: body22, options }, updateOperationSpec6), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Update Online Endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param body Online Endpoint entity to apply during operation.
   * @param options The options parameters.
   */
  beginUpdateAndWait(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginUpdate(resourceGroupName2, workspaceName2, endpointName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * Create or update Online Endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param body Online Endpoint entity to apply during operation.
   * @param options The options parameters.
   */
  beginCreateOrUpdate(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, body: body22, options }, createOrUpdateOperationSpec18), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Create or update Online Endpoint (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param body Online Endpoint entity to apply during operation.
   * @param options The options parameters.
   */
  beginCreateOrUpdateAndWait(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginCreateOrUpdate(resourceGroupName2, workspaceName2, endpointName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * List EndpointAuthKeys for an Endpoint using Key-based authentication.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param options The options parameters.
   */
  listKeys(resourceGroupName2, workspaceName2, endpointName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, listKeysOperationSpec4);
  }
  /**
   * Regenerate EndpointAuthKeys for an Endpoint using Key-based authentication (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param body RegenerateKeys request .
   * @param options The options parameters.
   */
  beginRegenerateKeys(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, body: body22, options }, regenerateKeysOperationSpec), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs,
        lroResourceLocationConfig: "location"
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Regenerate EndpointAuthKeys for an Endpoint using Key-based authentication (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param body RegenerateKeys request .
   * @param options The options parameters.
   */
  beginRegenerateKeysAndWait(resourceGroupName2, workspaceName2, endpointName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginRegenerateKeys(resourceGroupName2, workspaceName2, endpointName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * Retrieve a valid AAD token for an Endpoint using AMLToken-based authentication.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param options The options parameters.
   */
  getToken(resourceGroupName2, workspaceName2, endpointName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, getTokenOperationSpec);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec19);
  }
}, serializer24 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec23 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OnlineEndpointTrackedResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    count,
    tags1,
    properties1,
    name2,
    computeType,
    orderBy2
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer24
}, deleteOperationSpec19 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer24
}, getOperationSpec19 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OnlineEndpoint
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer24
}, updateOperationSpec6 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: OnlineEndpoint
    },
    201: {
      bodyMapper: OnlineEndpoint
    },
    202: {
      bodyMapper: OnlineEndpoint
    },
    204: {
      bodyMapper: OnlineEndpoint
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer24
}, createOrUpdateOperationSpec18 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: OnlineEndpoint
    },
    201: {
      bodyMapper: OnlineEndpoint
    },
    202: {
      bodyMapper: OnlineEndpoint
    },
    204: {
      bodyMapper: OnlineEndpoint
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body16,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer24
}, listKeysOperationSpec4 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/listKeys",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: EndpointAuthKeys
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer24
}, regenerateKeysOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/regenerateKeys",
  httpMethod: "POST",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body17,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer24
}, getTokenOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/token",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: EndpointAuthToken
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer24
}, listNextOperationSpec19 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OnlineEndpointTrackedResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    count,
    tags1,
    properties1,
    name2,
    computeType,
    orderBy2
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer24
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/onlineDeployments.js
var OnlineDeploymentsImpl = class {
  /**
   * Initialize a new instance of the class OnlineDeployments class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List Inference Endpoint Deployments.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, endpointName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, endpointName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, endpointName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, endpointName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, endpointName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, endpointName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, endpointName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, endpointName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List Inference Endpoint Deployment Skus.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param options The options parameters.
   */
  listSkus(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    let iter = this.listSkusPagingAll(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listSkusPagingPage(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options, settings);
      }
    };
  }
  listSkusPagingPage(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listSkus(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listSkusNext(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listSkusPagingAll(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_2, _a;
      try {
        for (var _b = __asyncValues(this.listSkusPagingPage(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_2_1) {
        e_2 = { error: e_2_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_2) throw e_2.error;
        }
      }
    });
  }
  /**
   * List Inference Endpoint Deployments.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, endpointName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, options }, listOperationSpec24);
  }
  /**
   * Delete Inference Endpoint Deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param options The options parameters.
   */
  beginDelete(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, {
        resourceGroupName: resourceGroupName2,
        workspaceName: workspaceName2,
        endpointName: endpointName2,
        deploymentName: deploymentName2,
        options
      }, deleteOperationSpec20), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Delete Inference Endpoint Deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param options The options parameters.
   */
  beginDeleteAndWait(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDelete(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options)).pollUntilDone();
    });
  }
  /**
   * Get Inference Deployment Deployment.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      workspaceName: workspaceName2,
      endpointName: endpointName2,
      deploymentName: deploymentName2,
      options
    }, getOperationSpec20);
  }
  /**
   * Update Online Deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param body Online Endpoint entity to apply during operation.
   * @param options The options parameters.
   */
  beginUpdate(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, {
        resourceGroupName: resourceGroupName2,
        workspaceName: workspaceName2,
        endpointName: endpointName2,
        deploymentName: deploymentName2,
        body: body22,
        options
      }, updateOperationSpec7), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Update Online Deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Online Endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param body Online Endpoint entity to apply during operation.
   * @param options The options parameters.
   */
  beginUpdateAndWait(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginUpdate(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * Create or update Inference Endpoint Deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param body Inference Endpoint entity to apply during operation.
   * @param options The options parameters.
   */
  beginCreateOrUpdate(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, {
        resourceGroupName: resourceGroupName2,
        workspaceName: workspaceName2,
        endpointName: endpointName2,
        deploymentName: deploymentName2,
        body: body22,
        options
      }, createOrUpdateOperationSpec19), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Create or update Inference Endpoint Deployment (asynchronous).
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param body Inference Endpoint entity to apply during operation.
   * @param options The options parameters.
   */
  beginCreateOrUpdateAndWait(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginCreateOrUpdate(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options)).pollUntilDone();
    });
  }
  /**
   * Polls an Endpoint operation.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName The name and identifier for the endpoint.
   * @param body The request containing parameters for retrieving logs.
   * @param options The options parameters.
   */
  getLogs(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, body22, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      workspaceName: workspaceName2,
      endpointName: endpointName2,
      deploymentName: deploymentName2,
      body: body22,
      options
    }, getLogsOperationSpec);
  }
  /**
   * List Inference Endpoint Deployment Skus.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param options The options parameters.
   */
  _listSkus(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      workspaceName: workspaceName2,
      endpointName: endpointName2,
      deploymentName: deploymentName2,
      options
    }, listSkusOperationSpec);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, endpointName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, endpointName: endpointName2, nextLink: nextLink2, options }, listNextOperationSpec20);
  }
  /**
   * ListSkusNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param endpointName Inference endpoint name.
   * @param deploymentName Inference Endpoint Deployment name.
   * @param nextLink The nextLink from the previous successful call to the ListSkus method.
   * @param options The options parameters.
   */
  _listSkusNext(resourceGroupName2, workspaceName2, endpointName2, deploymentName2, nextLink2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      workspaceName: workspaceName2,
      endpointName: endpointName2,
      deploymentName: deploymentName2,
      nextLink: nextLink2,
      options
    }, listSkusNextOperationSpec);
  }
}, serializer25 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec24 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/deployments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OnlineDeploymentTrackedResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer25
}, deleteOperationSpec20 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/deployments/{deploymentName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName,
    deploymentName
  ],
  headerParameters: [accept],
  serializer: serializer25
}, getOperationSpec20 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/deployments/{deploymentName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OnlineDeployment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName,
    deploymentName
  ],
  headerParameters: [accept],
  serializer: serializer25
}, updateOperationSpec7 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/deployments/{deploymentName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: OnlineDeployment
    },
    201: {
      bodyMapper: OnlineDeployment
    },
    202: {
      bodyMapper: OnlineDeployment
    },
    204: {
      bodyMapper: OnlineDeployment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body18,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName1,
    deploymentName1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer25
}, createOrUpdateOperationSpec19 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/deployments/{deploymentName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: OnlineDeployment
    },
    201: {
      bodyMapper: OnlineDeployment
    },
    202: {
      bodyMapper: OnlineDeployment
    },
    204: {
      bodyMapper: OnlineDeployment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body19,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName1,
    deploymentName1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer25
}, getLogsOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/deployments/{deploymentName}/getLogs",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: DeploymentLogs
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body20,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName,
    deploymentName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer25
}, listSkusOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/onlineEndpoints/{endpointName}/deployments/{deploymentName}/skus",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: SkuResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip, count],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    endpointName,
    deploymentName
  ],
  headerParameters: [accept],
  serializer: serializer25
}, listNextOperationSpec20 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OnlineDeploymentTrackedResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    orderBy,
    top
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    endpointName
  ],
  headerParameters: [accept],
  serializer: serializer25
}, listSkusNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: SkuResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion, skip, count],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink,
    endpointName,
    deploymentName
  ],
  headerParameters: [accept],
  serializer: serializer25
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/schedules.js
var SchedulesImpl = class {
  /**
   * Initialize a new instance of the class Schedules class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List schedules in specified workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List schedules in specified workspace.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec25);
  }
  /**
   * Delete schedule.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Schedule name.
   * @param options The options parameters.
   */
  beginDelete(resourceGroupName2, workspaceName2, name3, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, deleteOperationSpec21), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Delete schedule.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Schedule name.
   * @param options The options parameters.
   */
  beginDeleteAndWait(resourceGroupName2, workspaceName2, name3, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginDelete(resourceGroupName2, workspaceName2, name3, options)).pollUntilDone();
    });
  }
  /**
   * Get schedule.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Schedule name.
   * @param options The options parameters.
   */
  get(resourceGroupName2, workspaceName2, name3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, options }, getOperationSpec21);
  }
  /**
   * Create or update schedule.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Schedule name.
   * @param body Schedule definition.
   * @param options The options parameters.
   */
  beginCreateOrUpdate(resourceGroupName2, workspaceName2, name3, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      let directSendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        return this.client.sendOperationRequest(args, spec);
      }), sendOperation = (args, spec) => __awaiter(this, void 0, void 0, function* () {
        var _a;
        let currentRawResponse, providedCallback = (_a = args.options) === null || _a === void 0 ? void 0 : _a.onResponse, callback = (rawResponse, flatResponse2) => {
          currentRawResponse = rawResponse, providedCallback?.(rawResponse, flatResponse2);
        }, updatedArgs = Object.assign(Object.assign({}, args), { options: Object.assign(Object.assign({}, args.options), { onResponse: callback }) });
        return {
          flatResponse: yield directSendOperation(updatedArgs, spec),
          rawResponse: {
            statusCode: currentRawResponse.status,
            body: currentRawResponse.parsedBody,
            headers: currentRawResponse.headers.toJSON()
          }
        };
      }), lro = new LroImpl(sendOperation, { resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, name: name3, body: body22, options }, createOrUpdateOperationSpec20), poller = new LroEngine(lro, {
        resumeFrom: options?.resumeFrom,
        intervalInMs: options?.updateIntervalInMs
      });
      return yield poller.poll(), poller;
    });
  }
  /**
   * Create or update schedule.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param name Schedule name.
   * @param body Schedule definition.
   * @param options The options parameters.
   */
  beginCreateOrUpdateAndWait(resourceGroupName2, workspaceName2, name3, body22, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return (yield this.beginCreateOrUpdate(resourceGroupName2, workspaceName2, name3, body22, options)).pollUntilDone();
    });
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec21);
  }
}, serializer26 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec25 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/schedules",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ScheduleResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType1
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer26
}, deleteOperationSpec21 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/schedules/{name}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    201: {},
    202: {},
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer26
}, getOperationSpec21 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/schedules/{name}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: Schedule
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name
  ],
  headerParameters: [accept],
  serializer: serializer26
}, createOrUpdateOperationSpec20 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/schedules/{name}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: Schedule
    },
    201: {
      bodyMapper: Schedule
    },
    202: {
      bodyMapper: Schedule
    },
    204: {
      bodyMapper: Schedule
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: body21,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    name1
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer26
}, listNextOperationSpec21 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ScheduleResourceArmPaginatedResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion,
    skip,
    listViewType1
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer26
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/operations/workspaceFeatures.js
var WorkspaceFeaturesImpl = class {
  /**
   * Initialize a new instance of the class WorkspaceFeatures class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists all enabled features for a workspace
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  list(resourceGroupName2, workspaceName2, options) {
    let iter = this.listPagingAll(resourceGroupName2, workspaceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize)
          throw new Error("maxPageSize is not supported by this operation.");
        return this.listPagingPage(resourceGroupName2, workspaceName2, options, settings);
      }
    };
  }
  listPagingPage(resourceGroupName2, workspaceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* () {
      let result, continuationToken = settings?.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(resourceGroupName2, workspaceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink, setContinuationToken(page, continuationToken), yield yield __await(page);
      }
      for (; continuationToken; ) {
        result = yield __await(this._listNext(resourceGroupName2, workspaceName2, continuationToken, options)), continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken), yield yield __await(page);
      }
    });
  }
  listPagingAll(resourceGroupName2, workspaceName2, options) {
    return __asyncGenerator(this, arguments, function* () {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(resourceGroupName2, workspaceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          let page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          _c && !_c.done && (_a = _b.return) && (yield __await(_a.call(_b)));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Lists all enabled features for a workspace
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, workspaceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, options }, listOperationSpec26);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param workspaceName Name of Azure Machine Learning workspace.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, workspaceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, workspaceName: workspaceName2, nextLink: nextLink2, options }, listNextOperationSpec22);
  }
}, serializer27 = createSerializer(
  mappers_exports,
  /* isXml */
  !1
), listOperationSpec26 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}/features",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListAmlUserFeatureResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName
  ],
  headerParameters: [accept],
  serializer: serializer27
}, listNextOperationSpec22 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ListAmlUserFeatureResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    workspaceName,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer27
};

// node_modules/@azure/arm-machinelearning/dist-esm/src/azureMachineLearningWorkspaces.js
var AzureMachineLearningWorkspaces = class extends ServiceClient {
  /**
   * Initializes a new instance of the AzureMachineLearningWorkspaces class.
   * @param credentials Subscription credentials which uniquely identify client subscription.
   * @param subscriptionId The ID of the target subscription.
   * @param options The parameter options
   */
  constructor(credentials, subscriptionId2, options) {
    var _a, _b, _c;
    if (credentials === void 0)
      throw new Error("'credentials' cannot be null");
    if (subscriptionId2 === void 0)
      throw new Error("'subscriptionId' cannot be null");
    options || (options = {});
    let defaults = {
      requestContentType: "application/json; charset=utf-8",
      credential: credentials
    }, packageDetails = "azsdk-js-arm-machinelearning/2.1.1", userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`, optionsWithDefaults = Object.assign(Object.assign(Object.assign({}, defaults), options), { userAgentOptions: {
      userAgentPrefix
    }, endpoint: (_b = (_a = options.endpoint) !== null && _a !== void 0 ? _a : options.baseUri) !== null && _b !== void 0 ? _b : "https://management.azure.com" });
    super(optionsWithDefaults);
    let bearerTokenAuthenticationPolicyFound = !1;
    options?.pipeline && options.pipeline.getOrderedPolicies().length > 0 && (bearerTokenAuthenticationPolicyFound = options.pipeline.getOrderedPolicies().some((pipelinePolicy) => pipelinePolicy.name === bearerTokenAuthenticationPolicyName)), (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) && (this.pipeline.removePolicy({
      name: bearerTokenAuthenticationPolicyName
    }), this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({
      credential: credentials,
      scopes: (_c = optionsWithDefaults.credentialScopes) !== null && _c !== void 0 ? _c : `${optionsWithDefaults.endpoint}/.default`,
      challengeCallbacks: {
        authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge
      }
    }))), this.subscriptionId = subscriptionId2, this.$host = options.$host || "https://management.azure.com", this.apiVersion = options.apiVersion || "2022-10-01", this.operations = new OperationsImpl(this), this.workspaces = new WorkspacesImpl(this), this.usages = new UsagesImpl(this), this.virtualMachineSizes = new VirtualMachineSizesImpl(this), this.quotas = new QuotasImpl(this), this.computeOperations = new ComputeOperationsImpl(this), this.privateEndpointConnections = new PrivateEndpointConnectionsImpl(this), this.privateLinkResources = new PrivateLinkResourcesImpl(this), this.workspaceConnections = new WorkspaceConnectionsImpl(this), this.batchEndpoints = new BatchEndpointsImpl(this), this.batchDeployments = new BatchDeploymentsImpl(this), this.codeContainers = new CodeContainersImpl(this), this.codeVersions = new CodeVersionsImpl(this), this.componentContainers = new ComponentContainersImpl(this), this.componentVersions = new ComponentVersionsImpl(this), this.dataContainers = new DataContainersImpl(this), this.dataVersions = new DataVersionsImpl(this), this.datastores = new DatastoresImpl(this), this.environmentContainers = new EnvironmentContainersImpl(this), this.environmentVersions = new EnvironmentVersionsImpl(this), this.jobs = new JobsImpl(this), this.modelContainers = new ModelContainersImpl(this), this.modelVersions = new ModelVersionsImpl(this), this.onlineEndpoints = new OnlineEndpointsImpl(this), this.onlineDeployments = new OnlineDeploymentsImpl(this), this.schedules = new SchedulesImpl(this), this.workspaceFeatures = new WorkspaceFeaturesImpl(this), this.addCustomApiVersionPolicy(options.apiVersion);
  }
  /** A function that adds a policy that sets the api-version (or equivalent) to reflect the library version. */
  addCustomApiVersionPolicy(apiVersion2) {
    if (!apiVersion2)
      return;
    let apiVersionPolicy = {
      name: "CustomApiVersionPolicy",
      sendRequest(request, next) {
        return __awaiter(this, void 0, void 0, function* () {
          let param = request.url.split("?");
          if (param.length > 1) {
            let newParams = param[1].split("&").map((item) => item.indexOf("api-version") > -1 ? "api-version=" + apiVersion2 : item);
            request.url = param[0] + "?" + newParams.join("&");
          }
          return next(request);
        });
      }
    };
    this.pipeline.addPolicy(apiVersionPolicy);
  }
};
export {
  AzureMachineLearningWorkspaces,
  KnownAllocationState,
  KnownApplicationSharingPolicy,
  KnownAutoRebuildSetting,
  KnownAutosave,
  KnownBatchLoggingLevel,
  KnownBatchOutputAction,
  KnownBillingCurrency,
  KnownBlockedTransformers,
  KnownCaching,
  KnownClassificationModels,
  KnownClassificationMultilabelPrimaryMetrics,
  KnownClassificationPrimaryMetrics,
  KnownClusterPurpose,
  KnownComputeInstanceAuthorizationType,
  KnownComputeInstanceState,
  KnownComputePowerAction,
  KnownComputeType,
  KnownConnectionAuthType,
  KnownConnectionCategory,
  KnownContainerType,
  KnownCreatedByType,
  KnownCredentialsType,
  KnownDataType,
  KnownDatastoreType,
  KnownDeploymentProvisioningState,
  KnownDiagnoseResultLevel,
  KnownDistributionType,
  KnownEarlyTerminationPolicyType,
  KnownEgressPublicNetworkAccessType,
  KnownEncryptionStatus,
  KnownEndpointAuthMode,
  KnownEndpointComputeType,
  KnownEndpointProvisioningState,
  KnownEnvironmentType,
  KnownFeatureLags,
  KnownFeaturizationMode,
  KnownForecastHorizonMode,
  KnownForecastingModels,
  KnownForecastingPrimaryMetrics,
  KnownGoal,
  KnownIdentityConfigurationType,
  KnownInputDeliveryMode,
  KnownInstanceSegmentationPrimaryMetrics,
  KnownJobInputType,
  KnownJobLimitsType,
  KnownJobOutputType,
  KnownJobStatus,
  KnownJobType,
  KnownKeyType,
  KnownLearningRateScheduler,
  KnownListViewType,
  KnownLoadBalancerType,
  KnownLogVerbosity,
  KnownManagedServiceIdentityType,
  KnownModelSize,
  KnownMountAction,
  KnownMountState,
  KnownNCrossValidationsMode,
  KnownNetwork,
  KnownNodeState,
  KnownObjectDetectionPrimaryMetrics,
  KnownOperatingSystemType,
  KnownOperationName,
  KnownOperationStatus,
  KnownOperationTrigger,
  KnownOrderString,
  KnownOsType,
  KnownOutputDeliveryMode,
  KnownPrivateEndpointConnectionProvisioningState,
  KnownPrivateEndpointServiceConnectionStatus,
  KnownProvisioningState,
  KnownProvisioningStatus,
  KnownPublicNetworkAccess,
  KnownPublicNetworkAccessType,
  KnownQuotaUnit,
  KnownRandomSamplingAlgorithmRule,
  KnownRecurrenceFrequency,
  KnownReferenceType,
  KnownRegressionModels,
  KnownRegressionPrimaryMetrics,
  KnownRemoteLoginPortPublicAccess,
  KnownSamplingAlgorithmType,
  KnownScaleType,
  KnownScheduleActionType,
  KnownScheduleListViewType,
  KnownScheduleProvisioningState,
  KnownScheduleProvisioningStatus,
  KnownScheduleStatus,
  KnownSeasonalityMode,
  KnownSecretsType,
  KnownServiceDataAccessAuthIdentity,
  KnownShortSeriesHandlingConfiguration,
  KnownSkuScaleType,
  KnownSourceType,
  KnownSshPublicAccess,
  KnownSslConfigStatus,
  KnownStackMetaLearnerType,
  KnownStatus,
  KnownStochasticOptimizer,
  KnownStorageAccountType,
  KnownTargetAggregationFunction,
  KnownTargetLagsMode,
  KnownTargetRollingWindowSizeMode,
  KnownTaskType,
  KnownTriggerType,
  KnownUnderlyingResourceAction,
  KnownUnitOfMeasure,
  KnownUsageUnit,
  KnownUseStl,
  KnownVMPriceOSType,
  KnownVMTier,
  KnownValidationMetricType,
  KnownValueFormat,
  KnownVmPriority,
  KnownWeekDay,
  getContinuationToken
};
