import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  isKeyCredential,
  isTokenCredential
} from "./chunk-2VCQG6UL.mjs";
import {
  bearerTokenAuthenticationPolicy,
  createClientLogger,
  createPipelineFromOptions,
  createRestError,
  getClient,
  operationOptionsToRequestParameters
} from "./chunk-KITPLPVF.mjs";
import "./chunk-HLUWT5ZR.mjs";

// node_modules/@azure/monitor-query-metrics/dist/esm/logger.js
var logger = createClientLogger("monitor-query-metrics");

// node_modules/@azure-rest/core-client/dist/esm/restError.js
function createRestError2(messageOrResponse, response) {
  return typeof messageOrResponse == "string" ? createRestError(messageOrResponse, response) : createRestError(messageOrResponse);
}

// node_modules/@azure-rest/core-client/dist/esm/apiVersionPolicy.js
var apiVersionPolicyName = "ApiVersionPolicy";
function apiVersionPolicy(options) {
  return {
    name: apiVersionPolicyName,
    sendRequest: (req, next) => {
      let url = new URL(req.url);
      return !url.searchParams.get("api-version") && options.apiVersion && (req.url = `${req.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${options.apiVersion}`), next(req);
    }
  };
}

// node_modules/@azure-rest/core-client/dist/esm/keyCredentialAuthenticationPolicy.js
var keyCredentialAuthenticationPolicyName = "keyCredentialAuthenticationPolicy";
function keyCredentialAuthenticationPolicy(credential, apiKeyHeaderName) {
  return {
    name: keyCredentialAuthenticationPolicyName,
    sendRequest(request, next) {
      return request.headers.set(apiKeyHeaderName, credential.key), next(request);
    }
  };
}

// node_modules/@azure-rest/core-client/dist/esm/clientHelpers.js
function addCredentialPipelinePolicy(pipeline, endpoint, options = {}) {
  let { credential, clientOptions } = options;
  if (credential) {
    if (isTokenCredential(credential)) {
      let tokenPolicy = bearerTokenAuthenticationPolicy({
        credential,
        scopes: clientOptions?.credentials?.scopes ?? `${endpoint}/.default`
      });
      pipeline.addPolicy(tokenPolicy);
    } else if (isKeyCredential2(credential)) {
      if (!clientOptions?.credentials?.apiKeyHeaderName)
        throw new Error("Missing API Key Header Name");
      let keyPolicy = keyCredentialAuthenticationPolicy(credential, clientOptions?.credentials?.apiKeyHeaderName);
      pipeline.addPolicy(keyPolicy);
    }
  }
}
function createDefaultPipeline(endpoint, credential, options = {}) {
  let pipeline = createPipelineFromOptions(options);
  return pipeline.addPolicy(apiVersionPolicy(options)), addCredentialPipelinePolicy(pipeline, endpoint, { credential, clientOptions: options }), pipeline;
}
function isKeyCredential2(credential) {
  return typeof credential == "object" && credential !== null && "key" in credential && typeof credential.key == "string";
}

// node_modules/@azure-rest/core-client/dist/esm/operationOptionHelpers.js
function operationOptionsToRequestParameters2(options) {
  return {
    ...operationOptionsToRequestParameters(options),
    tracingOptions: options.tracingOptions
  };
}

// node_modules/@azure-rest/core-client/dist/esm/getClient.js
function wrapRequestParameters(parameters) {
  return parameters.onResponse ? {
    ...parameters,
    onResponse(rawResponse, error) {
      parameters.onResponse?.(rawResponse, error, error);
    }
  } : parameters;
}
function getClient2(endpoint, credentialsOrPipelineOptions, clientOptions = {}) {
  let credentials;
  credentialsOrPipelineOptions && (isCredential(credentialsOrPipelineOptions) ? credentials = credentialsOrPipelineOptions : clientOptions = credentialsOrPipelineOptions ?? {});
  let pipeline = clientOptions.pipeline ?? createDefaultPipeline(endpoint, credentials, clientOptions), tspClient = getClient(endpoint, {
    ...clientOptions,
    pipeline
  }), client = (path, ...args) => ({
    get: (requestOptions = {}) => tspClient.path(path, ...args).get(wrapRequestParameters(requestOptions)),
    post: (requestOptions = {}) => tspClient.path(path, ...args).post(wrapRequestParameters(requestOptions)),
    put: (requestOptions = {}) => tspClient.path(path, ...args).put(wrapRequestParameters(requestOptions)),
    patch: (requestOptions = {}) => tspClient.path(path, ...args).patch(wrapRequestParameters(requestOptions)),
    delete: (requestOptions = {}) => tspClient.path(path, ...args).delete(wrapRequestParameters(requestOptions)),
    head: (requestOptions = {}) => tspClient.path(path, ...args).head(wrapRequestParameters(requestOptions)),
    options: (requestOptions = {}) => tspClient.path(path, ...args).options(wrapRequestParameters(requestOptions)),
    trace: (requestOptions = {}) => tspClient.path(path, ...args).trace(wrapRequestParameters(requestOptions))
  });
  return {
    path: client,
    pathUnchecked: client,
    pipeline: tspClient.pipeline
  };
}
function isCredential(param) {
  return isKeyCredential(param) || isTokenCredential(param);
}

// node_modules/@azure/monitor-query-metrics/dist/esm/api/metricsContext.js
function createMetrics(endpointParam, credential, options = {}) {
  let endpointUrl = options.endpoint ?? String(endpointParam), prefixFromOptions = options?.userAgentOptions?.userAgentPrefix, userAgentInfo = "azsdk-js-monitor-query-metrics/1.0.0", userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} ${userAgentInfo}` : `${userAgentInfo}`, { apiVersion: _, ...updatedOptions } = {
    ...options,
    userAgentOptions: { userAgentPrefix },
    loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
    credentials: {
      scopes: options.credentials?.scopes ?? ["https://metrics.monitor.azure.com/.default"]
    }
  }, clientContext = getClient2(endpointUrl, credential, updatedOptions);
  clientContext.pipeline.removePolicy({ name: "ApiVersionPolicy" });
  let apiVersion = options.apiVersion ?? "2024-02-01";
  return clientContext.pipeline.addPolicy({
    name: "ClientApiVersionPolicy",
    sendRequest: (req, next) => {
      let url = new URL(req.url);
      return url.searchParams.get("api-version") || (req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${apiVersion}`), next(req);
    }
  }), { ...clientContext, apiVersion };
}

// node_modules/@azure/monitor-query-metrics/dist/esm/models/models.js
function resourceIdListSerializer(item) {
  return {
    resourceids: item.resourceids ? item.resourceids.map((p) => p) : item.resourceids
  };
}
function metricResultsResponseDeserializer(item) {
  return {
    values: item.values ? metricResultsResponseValuesItemArrayDeserializer(item.values) : item.values
  };
}
function metricResultsResponseValuesItemArrayDeserializer(result) {
  return result.map((item) => metricResultsResponseValuesItemDeserializer(item));
}
function metricResultsResponseValuesItemDeserializer(item) {
  return {
    startTime: item.starttime,
    endTime: item.endtime,
    interval: item.interval,
    namespace: item.namespace,
    resourceRegion: item.resourceregion,
    resourceId: item.resourceid,
    metrics: metricArrayDeserializer(item.value)
  };
}
function metricArrayDeserializer(result) {
  return result.map((item) => metricDeserializer(item));
}
function metricDeserializer(item) {
  return {
    id: item.id,
    type: item.type,
    name: localizableStringDeserializer(item.name),
    description: item.displayDescription,
    errorCode: item.errorCode,
    errorMessage: item.errorMessage,
    unit: item.unit,
    timeseries: timeSeriesElementArrayDeserializer(item.timeseries)
  };
}
function localizableStringDeserializer(item) {
  let deserialized = {
    value: item.value,
    localizedValue: item.localizedValue
  };
  return deserialized.localizedValue || deserialized.value;
}
function timeSeriesElementArrayDeserializer(result) {
  return result.map((item) => timeSeriesElementDeserializer(item));
}
function timeSeriesElementDeserializer(item) {
  return {
    metadatavalues: item.metadatavalues ? metadataValueArrayDeserializer(item.metadatavalues) : item.metadatavalues,
    data: item.data ? metricValueArrayDeserializer(item.data) : item.data
  };
}
function metadataValueArrayDeserializer(result) {
  return result.map((item) => metadataValueDeserializer(item));
}
function metadataValueDeserializer(item) {
  return {
    name: item.name ? localizableStringDeserializer(item.name) : item.name,
    value: item.value
  };
}
function metricValueArrayDeserializer(result) {
  return result.map((item) => metricValueDeserializer(item));
}
function metricValueDeserializer(item) {
  return {
    timeStamp: new Date(item.timeStamp),
    average: item.average,
    minimum: item.minimum,
    maximum: item.maximum,
    total: item.total,
    count: item.count
  };
}
function errorResponseDeserializer(item) {
  return {
    error: item.error ? errorDetailDeserializer(item.error) : item.error
  };
}
function errorDetailDeserializer(item) {
  return {
    code: item.code,
    message: item.message,
    target: item.target,
    details: item.details ? errorDetailArrayDeserializer(item.details) : item.details,
    additionalInfo: item.additionalInfo ? errorAdditionalInfoArrayDeserializer(item.additionalInfo) : item.additionalInfo
  };
}
function errorDetailArrayDeserializer(result) {
  return result.map((item) => errorDetailDeserializer(item));
}
function errorAdditionalInfoArrayDeserializer(result) {
  return result.map((item) => errorAdditionalInfoDeserializer(item));
}
function errorAdditionalInfoDeserializer(item) {
  return {
    type: item.type,
    info: item.info
  };
}
var KnownVersions;
(function(KnownVersions2) {
  KnownVersions2.V20240201 = "2024-02-01";
})(KnownVersions || (KnownVersions = {}));

// node_modules/@azure/monitor-query-metrics/dist/esm/static-helpers/urlTemplate.js
function encodeComponent(val, reserved, op) {
  return (reserved ?? op === "+") || op === "#" ? encodeReservedComponent(val) : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map((part) => /%[0-9A-Fa-f]/.test(part) ? part : encodeURI(part)).join("");
}
function encodeRFC3986URIComponent(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function isDefined(val) {
  return val != null;
}
function getNamedAndIfEmpty(op) {
  return [!!op && [";", "?", "&"].includes(op), op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = !1) {
  return isFirst ? !op || op === "+" ? "" : op : !op || op === "+" || op === "#" ? "," : op === "?" ? "&" : op;
}
function getExpandedValue(option) {
  let isFirst = option.isFirst, { op, varName, varValue: value, reserved } = option, vals = [], [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (Array.isArray(value))
    for (let val of value.filter(isDefined))
      vals.push(`${getFirstOrSep(op, isFirst)}`), named && varName && (vals.push(`${encodeURIComponent(varName)}`), val === "" ? vals.push(ifEmpty) : vals.push("=")), vals.push(encodeComponent(val, reserved, op)), isFirst = !1;
  else if (typeof value == "object")
    for (let key of Object.keys(value)) {
      let val = value[key];
      isDefined(val) && (vals.push(`${getFirstOrSep(op, isFirst)}`), key && (vals.push(`${encodeURIComponent(key)}`), named && val === "" ? vals.push(ifEmpty) : vals.push("=")), vals.push(encodeComponent(val, reserved, op)), isFirst = !1);
    }
  return vals.join("");
}
function getNonExpandedValue(option) {
  let { op, varName, varValue: value, isFirst, reserved } = option, vals = [], first = getFirstOrSep(op, isFirst), [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (named && varName) {
    if (vals.push(encodeComponent(varName, reserved, op)), value === "")
      return ifEmpty || vals.push(ifEmpty), vals.join("") ? `${first}${vals.join("")}` : void 0;
    vals.push("=");
  }
  let items = [];
  if (Array.isArray(value))
    for (let val of value.filter(isDefined))
      items.push(encodeComponent(val, reserved, op));
  else if (typeof value == "object")
    for (let key of Object.keys(value))
      isDefined(value[key]) && (items.push(encodeRFC3986URIComponent(key)), items.push(encodeComponent(value[key], reserved, op)));
  return vals.push(items.join(",")), vals.join(",") ? `${first}${vals.join("")}` : void 0;
}
function getVarValue(option) {
  let { op, varName, modifier, isFirst, reserved, varValue: value } = option;
  if (isDefined(value))
    if (["string", "number", "boolean"].includes(typeof value)) {
      let val = value.toString(), [named, ifEmpty] = getNamedAndIfEmpty(op), vals = [getFirstOrSep(op, isFirst)];
      return named && varName && (vals.push(varName), val === "" ? vals.push(ifEmpty) : vals.push("=")), modifier && modifier !== "*" && (val = val.substring(0, parseInt(modifier, 10))), vals.push(encodeComponent(val, reserved, op)), vals.join("");
    } else return modifier === "*" ? getExpandedValue(option) : getNonExpandedValue(option);
  else return;
}
function expandUrlTemplate(template, context, option) {
  return template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
    if (!expr)
      return encodeReservedComponent(text);
    let op, expressionToParse = expr;
    ["+", "#", ".", "/", ";", "?", "&"].includes(expressionToParse[0]) && (op = expressionToParse[0], expressionToParse = expressionToParse.slice(1));
    let varList = expressionToParse.split(/,/g), result = [];
    for (let varSpec of varList) {
      let varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
      if (!varMatch || !varMatch[1])
        continue;
      let varValue = getVarValue({
        isFirst: result.length === 0,
        op,
        varValue: context[varMatch[1]],
        varName: varMatch[1],
        modifier: varMatch[2] || varMatch[3],
        reserved: option?.allowReserved
      });
      varValue && result.push(varValue);
    }
    return result.join("");
  });
}

// node_modules/@azure/monitor-query-metrics/dist/esm/api/operations.js
function _queryResourcesSend(context, subscriptionId, metricNamespace, metricNames, batchRequest, options = { requestOptions: {} }) {
  let path = expandUrlTemplate("/subscriptions/{subscriptionId}/metrics:getBatch{?api%2Dversion,starttime,endtime,interval,metricnamespace,metricnames,aggregation,top,orderby,filter,rollupby}", {
    subscriptionId,
    "api%2Dversion": context.apiVersion,
    starttime: options?.startTime,
    endtime: options?.endTime,
    interval: options?.interval,
    metricnamespace: metricNamespace,
    metricnames: metricNames.map((p) => p),
    aggregation: options?.aggregation,
    top: options?.top,
    orderby: options?.orderBy,
    filter: options?.filter,
    rollupby: options?.rollUpBy
  }, {
    allowReserved: options?.requestOptions?.skipUrlEncoding
  });
  return context.path(path).post({
    ...operationOptionsToRequestParameters2(options),
    contentType: "application/json",
    headers: {
      accept: "application/json",
      ...options.requestOptions?.headers
    },
    body: resourceIdListSerializer(batchRequest)
  });
}
async function _queryResourcesDeserialize(result) {
  if (!["200"].includes(result.status)) {
    let error = createRestError2(result);
    throw error.details = errorResponseDeserializer(result.body), error;
  }
  return metricResultsResponseDeserializer(result.body);
}
async function queryResources(context, subscriptionId, metricNamespace, metricNames, batchRequest, options = { requestOptions: {} }) {
  let result = await _queryResourcesSend(context, subscriptionId, metricNamespace, metricNames, batchRequest, options);
  return _queryResourcesDeserialize(result);
}

// node_modules/@azure/monitor-query-metrics/dist/esm/internalMetricsClient.js
var MetricsClient = class {
  _client;
  /** The pipeline used by this client to make requests */
  pipeline;
  constructor(endpointParam, credential, options = {}) {
    let userAgentPrefix = options?.userAgentOptions?.userAgentPrefix;
    this._client = createMetrics(endpointParam, credential, {
      ...options,
      userAgentOptions: { userAgentPrefix }
    }), this.pipeline = this._client.pipeline;
  }
  /** Lists the metric values for multiple resources. */
  queryResources(subscriptionId, metricNamespace, metricNames, batchRequest, options = { requestOptions: {} }) {
    return queryResources(this._client, subscriptionId, metricNamespace, metricNames, batchRequest, options);
  }
};

// node_modules/@azure/monitor-query-metrics/dist/esm/utils.js
var getSubscriptionFromResourceId = function(resourceId) {
  let startPos = resourceId.indexOf("subscriptions/") + 14;
  return resourceId.substring(startPos, resourceId.indexOf("/", startPos));
};
function dateToISOString(date) {
  return date.toISOString();
}
function mapToInternalQueryOptions(options = {}) {
  return options ? {
    ...options,
    startTime: options.startTime ? dateToISOString(options.startTime) : void 0,
    endTime: options.endTime ? dateToISOString(options.endTime) : void 0
  } : {};
}
function reconstructTimeInterval(startTime, endTime) {
  return {
    startTime: new Date(startTime),
    endTime: new Date(endTime)
  };
}
function createMetricsQueryResult(item) {
  let timespan = reconstructTimeInterval(item.startTime, item.endTime);
  return {
    cost: void 0,
    // Not available in the new API
    granularity: item.interval,
    metrics: item.metrics,
    namespace: item.namespace,
    resourceId: item.resourceId,
    resourceRegion: item.resourceRegion,
    timespan,
    getMetricByName(metricName) {
      return this.metrics.find((metric) => metric.name === metricName);
    }
  };
}

// node_modules/@azure/monitor-query-metrics/dist/esm/models.js
var KnownMonitorMetricsQueryAudience;
(function(KnownMonitorMetricsQueryAudience2) {
  KnownMonitorMetricsQueryAudience2.AzureChina = "https://management.chinacloudapi.cn", KnownMonitorMetricsQueryAudience2.AzureGovernment = "https://management.usgovcloudapi.net", KnownMonitorMetricsQueryAudience2.AzurePublicCloud = "https://management.azure.com";
})(KnownMonitorMetricsQueryAudience || (KnownMonitorMetricsQueryAudience = {}));
var Durations = {
  /** Alias for ISO8601 value 'P7D' */
  sevenDays: "P7D",
  /** Alias for ISO8601 value 'P3D' */
  threeDays: "P3D",
  /** Alias for ISO8601 value 'P2D' */
  twoDays: "P2D",
  /** Alias for ISO8601 value 'P1D' */
  oneDay: "P1D",
  /** Alias for ISO8601 value 'PT1H' */
  oneHour: "PT1H",
  /** Alias for ISO8601 value 'PT4H' */
  fourHours: "PT4H",
  /** Alias for ISO8601 value 'PT24H' */
  twentyFourHours: "PT24H",
  /** Alias for ISO8601 value 'PT48H' */
  fortyEightHours: "PT48H",
  /** Alias for ISO8601 value 'PT30M' */
  thirtyMinutes: "PT30M",
  /** Alias for ISO8601 value 'PT5M' */
  fiveMinutes: "PT5M"
};

// node_modules/@azure/monitor-query-metrics/dist/esm/metricsClient.js
var MetricsClient2 = class {
  _client;
  /** The pipeline used by this client to make requests */
  pipeline;
  /**
   * Create a new MetricsClient.
   * @param endpoint - The endpoint URL for the metrics service.
   * @param tokenCredential - The token credential to use for authentication.
   * @param options - Optional configuration options.
   */
  constructor(endpoint, tokenCredential, options = {}) {
    this._client = new MetricsClient(endpoint, tokenCredential, {
      ...options,
      credentials: {
        scopes: options.credentials?.scopes ?? [
          options.audience ?? KnownMonitorMetricsQueryAudience.AzurePublicCloud + "/.default"
        ]
      }
    }), this.pipeline = this._client.pipeline;
  }
  /**
   * Query metrics for multiple Azure resources.
   * @param resourceIds - Array of resource IDs to query metrics for.
   * @param metricNames - Array of metric names to query.
   * @param metricNamespace - The namespace of the metrics.
   * @param options - Optional query parameters.
   * @returns Promise resolving to an array of metrics query results.
   */
  async queryResources(resourceIds, metricNames, metricNamespace, options = {}) {
    let subscriptionId = getSubscriptionFromResourceId(resourceIds[0]), internalOptions = mapToInternalQueryOptions(options);
    return ((await this._client.queryResources(subscriptionId, metricNamespace, metricNames, { resourceids: resourceIds }, internalOptions)).values || []).map(createMetricsQueryResult);
  }
};
export {
  Durations,
  KnownMonitorMetricsQueryAudience,
  KnownVersions,
  MetricsClient2 as MetricsClient
};
