import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  createClientLogger
} from "./chunk-KITPLPVF.mjs";

// node_modules/@azure/core-lro/dist/esm/legacy/poller.js
var PollerStoppedError = class _PollerStoppedError extends Error {
  constructor(message) {
    super(message), this.name = "PollerStoppedError", Object.setPrototypeOf(this, _PollerStoppedError.prototype);
  }
}, PollerCancelledError = class _PollerCancelledError extends Error {
  constructor(message) {
    super(message), this.name = "PollerCancelledError", Object.setPrototypeOf(this, _PollerCancelledError.prototype);
  }
}, Poller = class {
  /**
   * A poller needs to be initialized by passing in at least the basic properties of the `PollOperation<TState, TResult>`.
   *
   * When writing an implementation of a Poller, this implementation needs to deal with the initialization
   * of any custom state beyond the basic definition of the poller. The basic poller assumes that the poller's
   * operation has already been defined, at least its basic properties. The code below shows how to approach
   * the definition of the constructor of a new custom poller.
   *
   * ```ts
   * export class MyPoller extends Poller<MyOperationState, string> {
   *   constructor({
   *     // Anything you might need outside of the basics
   *   }) {
   *     let state: MyOperationState = {
   *       privateProperty: private,
   *       publicProperty: public,
   *     };
   *
   *     const operation = {
   *       state,
   *       update,
   *       cancel,
   *       toString
   *     }
   *
   *     // Sending the operation to the parent's constructor.
   *     super(operation);
   *
   *     // You can assign more local properties here.
   *   }
   * }
   * ```
   *
   * Inside of this constructor, a new promise is created. This will be used to
   * tell the user when the poller finishes (see `pollUntilDone()`). The promise's
   * resolve and reject methods are also used internally to control when to resolve
   * or reject anyone waiting for the poller to finish.
   *
   * The constructor of a custom implementation of a poller is where any serialized version of
   * a previous poller's operation should be deserialized into the operation sent to the
   * base constructor. For example:
   *
   * ```ts
   * export class MyPoller extends Poller<MyOperationState, string> {
   *   constructor(
   *     baseOperation: string | undefined
   *   ) {
   *     let state: MyOperationState = {};
   *     if (baseOperation) {
   *       state = {
   *         ...JSON.parse(baseOperation).state,
   *         ...state
   *       };
   *     }
   *     const operation = {
   *       state,
   *       // ...
   *     }
   *     super(operation);
   *   }
   * }
   * ```
   *
   * @param operation - Must contain the basic properties of `PollOperation<State, TResult>`.
   */
  constructor(operation) {
    this.resolveOnUnsuccessful = !1, this.stopped = !0, this.pollProgressCallbacks = [], this.operation = operation, this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve, this.reject = reject;
    }), this.promise.catch(() => {
    });
  }
  /**
   * Starts a loop that will break only if the poller is done
   * or if the poller is stopped.
   */
  async startPolling(pollOptions = {}) {
    for (this.stopped && (this.stopped = !1); !this.isStopped() && !this.isDone(); )
      await this.poll(pollOptions), await this.delay();
  }
  /**
   * pollOnce does one polling, by calling to the update method of the underlying
   * poll operation to make any relevant change effective.
   *
   * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
   *
   * @param options - Optional properties passed to the operation's update method.
   */
  async pollOnce(options = {}) {
    this.isDone() || (this.operation = await this.operation.update({
      abortSignal: options.abortSignal,
      fireProgress: this.fireProgress.bind(this)
    })), this.processUpdatedState();
  }
  /**
   * fireProgress calls the functions passed in via onProgress the method of the poller.
   *
   * It loops over all of the callbacks received from onProgress, and executes them, sending them
   * the current operation state.
   *
   * @param state - The current operation state.
   */
  fireProgress(state) {
    for (let callback of this.pollProgressCallbacks)
      callback(state);
  }
  /**
   * Invokes the underlying operation's cancel method.
   */
  async cancelOnce(options = {}) {
    this.operation = await this.operation.cancel(options);
  }
  /**
   * Returns a promise that will resolve once a single polling request finishes.
   * It does this by calling the update method of the Poller's operation.
   *
   * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
   *
   * @param options - Optional properties passed to the operation's update method.
   */
  poll(options = {}) {
    if (!this.pollOncePromise) {
      this.pollOncePromise = this.pollOnce(options);
      let clearPollOncePromise = () => {
        this.pollOncePromise = void 0;
      };
      this.pollOncePromise.then(clearPollOncePromise, clearPollOncePromise).catch(this.reject);
    }
    return this.pollOncePromise;
  }
  processUpdatedState() {
    if (this.operation.state.error && (this.stopped = !0, !this.resolveOnUnsuccessful))
      throw this.reject(this.operation.state.error), this.operation.state.error;
    if (this.operation.state.isCancelled && (this.stopped = !0, !this.resolveOnUnsuccessful)) {
      let error = new PollerCancelledError("Operation was canceled");
      throw this.reject(error), error;
    }
    this.isDone() && this.resolve && this.resolve(this.getResult());
  }
  /**
   * Returns a promise that will resolve once the underlying operation is completed.
   */
  async pollUntilDone(pollOptions = {}) {
    return this.stopped && this.startPolling(pollOptions).catch(this.reject), this.processUpdatedState(), this.promise;
  }
  /**
   * Invokes the provided callback after each polling is completed,
   * sending the current state of the poller's operation.
   *
   * It returns a method that can be used to stop receiving updates on the given callback function.
   */
  onProgress(callback) {
    return this.pollProgressCallbacks.push(callback), () => {
      this.pollProgressCallbacks = this.pollProgressCallbacks.filter((c) => c !== callback);
    };
  }
  /**
   * Returns true if the poller has finished polling.
   */
  isDone() {
    let state = this.operation.state;
    return !!(state.isCompleted || state.isCancelled || state.error);
  }
  /**
   * Stops the poller from continuing to poll.
   */
  stopPolling() {
    this.stopped || (this.stopped = !0, this.reject && this.reject(new PollerStoppedError("This poller is already stopped")));
  }
  /**
   * Returns true if the poller is stopped.
   */
  isStopped() {
    return this.stopped;
  }
  /**
   * Attempts to cancel the underlying operation.
   *
   * It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
   *
   * If it's called again before it finishes, it will throw an error.
   *
   * @param options - Optional properties passed to the operation's update method.
   */
  cancelOperation(options = {}) {
    if (!this.cancelPromise)
      this.cancelPromise = this.cancelOnce(options);
    else if (options.abortSignal)
      throw new Error("A cancel request is currently pending");
    return this.cancelPromise;
  }
  /**
   * Returns the state of the operation.
   *
   * Even though TState will be the same type inside any of the methods of any extension of the Poller class,
   * implementations of the pollers can customize what's shared with the public by writing their own
   * version of the `getOperationState` method, and by defining two types, one representing the internal state of the poller
   * and a public type representing a safe to share subset of the properties of the internal state.
   * Their definition of getOperationState can then return their public type.
   *
   * Example:
   *
   * ```ts
   * // Let's say we have our poller's operation state defined as:
   * interface MyOperationState extends PollOperationState<ResultType> {
   *   privateProperty?: string;
   *   publicProperty?: string;
   * }
   *
   * // To allow us to have a true separation of public and private state, we have to define another interface:
   * interface PublicState extends PollOperationState<ResultType> {
   *   publicProperty?: string;
   * }
   *
   * // Then, we define our Poller as follows:
   * export class MyPoller extends Poller<MyOperationState, ResultType> {
   *   // ... More content is needed here ...
   *
   *   public getOperationState(): PublicState {
   *     const state: PublicState = this.operation.state;
   *     return {
   *       // Properties from PollOperationState<TResult>
   *       isStarted: state.isStarted,
   *       isCompleted: state.isCompleted,
   *       isCancelled: state.isCancelled,
   *       error: state.error,
   *       result: state.result,
   *
   *       // The only other property needed by PublicState.
   *       publicProperty: state.publicProperty
   *     }
   *   }
   * }
   * ```
   *
   * You can see this in the tests of this repository, go to the file:
   * `../test/utils/testPoller.ts`
   * and look for the getOperationState implementation.
   */
  getOperationState() {
    return this.operation.state;
  }
  /**
   * Returns the result value of the operation,
   * regardless of the state of the poller.
   * It can return undefined or an incomplete form of the final TResult value
   * depending on the implementation.
   */
  getResult() {
    return this.operation.state.result;
  }
  /**
   * Returns a serialized version of the poller's operation
   * by invoking the operation's toString method.
   */
  toString() {
    return this.operation.toString();
  }
};

// node_modules/@azure/core-lro/dist/esm/logger.js
var logger = createClientLogger("core-lro");

// node_modules/@azure/core-lro/dist/esm/poller/constants.js
var terminalStates = ["succeeded", "canceled", "failed"];

// node_modules/@azure/core-lro/dist/esm/poller/operation.js
function deserializeState(serializedState) {
  try {
    return JSON.parse(serializedState).state;
  } catch {
    throw new Error(`Unable to deserialize input state: ${serializedState}`);
  }
}
function setStateError(inputs) {
  let { state, stateProxy, isOperationError: isOperationError2 } = inputs;
  return (error) => {
    throw isOperationError2(error) && (stateProxy.setError(state, error), stateProxy.setFailed(state)), error;
  };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
  let message = currentMessage;
  return message.slice(-1) !== "." && (message = message + "."), message + " " + innerMessage;
}
function simplifyError(err) {
  let message = err.message, code = err.code, curErr = err;
  for (; curErr.innererror; )
    curErr = curErr.innererror, code = curErr.code, message = appendReadableErrorMessage(message, curErr.message);
  return {
    code,
    message
  };
}
function processOperationStatus(result) {
  let { state, stateProxy, status, isDone, processResult, getError, response, setErrorAsResult } = result;
  switch (status) {
    case "succeeded": {
      stateProxy.setSucceeded(state);
      break;
    }
    case "failed": {
      let err = getError?.(response), postfix = "";
      if (err) {
        let { code, message } = simplifyError(err);
        postfix = `. ${code}. ${message}`;
      }
      let errStr = `The long-running operation has failed${postfix}`;
      stateProxy.setError(state, new Error(errStr)), stateProxy.setFailed(state), logger.warning(errStr);
      break;
    }
    case "canceled": {
      stateProxy.setCanceled(state);
      break;
    }
  }
  (isDone?.(response, state) || isDone === void 0 && ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status)) && stateProxy.setResult(state, buildResult({
    response,
    state,
    processResult
  }));
}
function buildResult(inputs) {
  let { processResult, response, state } = inputs;
  return processResult ? processResult(response, state) : response;
}
async function initOperation(inputs) {
  let { init, stateProxy, processResult, getOperationStatus: getOperationStatus2, withOperationLocation, setErrorAsResult } = inputs, { operationLocation, resourceLocation, metadata, response } = await init();
  operationLocation && withOperationLocation?.(operationLocation, !1);
  let config = {
    metadata,
    operationLocation,
    resourceLocation
  };
  logger.verbose("LRO: Operation description:", config);
  let state = stateProxy.initState(config), status = getOperationStatus2({ response, state, operationLocation });
  return processOperationStatus({ state, status, stateProxy, response, setErrorAsResult, processResult }), state;
}
async function pollOperationHelper(inputs) {
  let { poll, state, stateProxy, operationLocation, getOperationStatus: getOperationStatus2, getResourceLocation: getResourceLocation2, isOperationError: isOperationError2, options } = inputs, response = await poll(operationLocation, options).catch(setStateError({
    state,
    stateProxy,
    isOperationError: isOperationError2
  })), status = getOperationStatus2(response, state);
  if (logger.verbose(`LRO: Status:
	Polling from: ${state.config.operationLocation}
	Operation status: ${status}
	Polling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`), status === "succeeded") {
    let resourceLocation = getResourceLocation2(response, state);
    if (resourceLocation !== void 0)
      return {
        response: await poll(resourceLocation).catch(setStateError({ state, stateProxy, isOperationError: isOperationError2 })),
        status
      };
  }
  return { response, status };
}
async function pollOperation(inputs) {
  let { poll, state, stateProxy, options, getOperationStatus: getOperationStatus2, getResourceLocation: getResourceLocation2, getOperationLocation: getOperationLocation2, isOperationError: isOperationError2, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult } = inputs, { operationLocation } = state.config;
  if (operationLocation !== void 0) {
    let { response, status } = await pollOperationHelper({
      poll,
      getOperationStatus: getOperationStatus2,
      state,
      stateProxy,
      operationLocation,
      getResourceLocation: getResourceLocation2,
      isOperationError: isOperationError2,
      options
    });
    if (processOperationStatus({
      status,
      response,
      state,
      stateProxy,
      isDone,
      processResult,
      getError,
      setErrorAsResult
    }), !terminalStates.includes(status)) {
      let intervalInMs = getPollingInterval?.(response);
      intervalInMs && setDelay(intervalInMs);
      let location = getOperationLocation2?.(response, state);
      if (location !== void 0) {
        let isUpdated = operationLocation !== location;
        state.config.operationLocation = location, withOperationLocation?.(location, isUpdated);
      } else
        withOperationLocation?.(operationLocation, !1);
    }
    updateState?.(state, response);
  }
}

// node_modules/@azure/core-lro/dist/esm/http/operation.js
function getOperationLocationPollingUrl(inputs) {
  let { azureAsyncOperation, operationLocation } = inputs;
  return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
  return rawResponse.headers.location;
}
function getOperationLocationHeader(rawResponse) {
  return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
  return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
  var _a;
  let { location, requestMethod, requestPath, resourceLocationConfig } = inputs;
  switch (requestMethod) {
    case "PUT":
      return requestPath;
    case "DELETE":
      return;
    case "PATCH":
      return (_a = getDefault()) !== null && _a !== void 0 ? _a : requestPath;
    default:
      return getDefault();
  }
  function getDefault() {
    switch (resourceLocationConfig) {
      case "azure-async-operation":
        return;
      case "original-uri":
        return requestPath;
      default:
        return location;
    }
  }
}
function inferLroMode(inputs) {
  let { rawResponse, requestMethod, requestPath, resourceLocationConfig } = inputs, operationLocation = getOperationLocationHeader(rawResponse), azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse), pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation }), location = getLocationHeader(rawResponse), normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
  return pollingUrl !== void 0 ? {
    mode: "OperationLocation",
    operationLocation: pollingUrl,
    resourceLocation: findResourceLocation({
      requestMethod: normalizedRequestMethod,
      location,
      requestPath,
      resourceLocationConfig
    })
  } : location !== void 0 ? {
    mode: "ResourceLocation",
    operationLocation: location
  } : normalizedRequestMethod === "PUT" && requestPath ? {
    mode: "Body",
    operationLocation: requestPath
  } : void 0;
}
function transformStatus(inputs) {
  let { status, statusCode } = inputs;
  if (typeof status != "string" && status !== void 0)
    throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
  switch (status?.toLocaleLowerCase()) {
    case void 0:
      return toOperationStatus(statusCode);
    case "succeeded":
      return "succeeded";
    case "failed":
      return "failed";
    case "running":
    case "accepted":
    case "started":
    case "canceling":
    case "cancelling":
      return "running";
    case "canceled":
    case "cancelled":
      return "canceled";
    default:
      return logger.verbose(`LRO: unrecognized operation status: ${status}`), status;
  }
}
function getStatus(rawResponse) {
  var _a;
  let { status } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {};
  return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
  var _a, _b;
  let { properties, provisioningState } = (_a = rawResponse.body) !== null && _a !== void 0 ? _a : {}, status = (_b = properties?.provisioningState) !== null && _b !== void 0 ? _b : provisioningState;
  return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
  return statusCode === 202 ? "running" : statusCode < 300 ? "succeeded" : "failed";
}
function parseRetryAfter({ rawResponse }) {
  let retryAfter = rawResponse.headers["retry-after"];
  if (retryAfter !== void 0) {
    let retryAfterInSeconds = parseInt(retryAfter);
    return isNaN(retryAfterInSeconds) ? calculatePollingIntervalFromDate(new Date(retryAfter)) : retryAfterInSeconds * 1e3;
  }
}
function getErrorFromResponse(response) {
  let error = accessBodyProperty(response, "error");
  if (!error) {
    logger.warning("The long-running operation failed but there is no error property in the response's body");
    return;
  }
  if (!error.code || !error.message) {
    logger.warning("The long-running operation failed but the error property in the response's body doesn't contain code or message");
    return;
  }
  return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
  let timeNow = Math.floor((/* @__PURE__ */ new Date()).getTime()), retryAfterTime = retryAfterDate.getTime();
  if (timeNow < retryAfterTime)
    return retryAfterTime - timeNow;
}
function getStatusFromInitialResponse(inputs) {
  let { response, state, operationLocation } = inputs;
  function helper() {
    var _a;
    switch ((_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a.mode) {
      case void 0:
        return toOperationStatus(response.rawResponse.statusCode);
      case "Body":
        return getOperationStatus(response, state);
      default:
        return "running";
    }
  }
  let status = helper();
  return status === "running" && operationLocation === void 0 ? "succeeded" : status;
}
async function initHttpOperation(inputs) {
  let { stateProxy, resourceLocationConfig, processResult, lro, setErrorAsResult } = inputs;
  return initOperation({
    init: async () => {
      let response = await lro.sendInitialRequest(), config = inferLroMode({
        rawResponse: response.rawResponse,
        requestPath: lro.requestPath,
        requestMethod: lro.requestMethod,
        resourceLocationConfig
      });
      return Object.assign({ response, operationLocation: config?.operationLocation, resourceLocation: config?.resourceLocation }, config?.mode ? { metadata: { mode: config.mode } } : {});
    },
    stateProxy,
    processResult: processResult ? ({ flatResponse }, state) => processResult(flatResponse, state) : ({ flatResponse }) => flatResponse,
    getOperationStatus: getStatusFromInitialResponse,
    setErrorAsResult
  });
}
function getOperationLocation({ rawResponse }, state) {
  var _a;
  switch ((_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a.mode) {
    case "OperationLocation":
      return getOperationLocationPollingUrl({
        operationLocation: getOperationLocationHeader(rawResponse),
        azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse)
      });
    case "ResourceLocation":
      return getLocationHeader(rawResponse);
    default:
      return;
  }
}
function getOperationStatus({ rawResponse }, state) {
  var _a;
  let mode = (_a = state.config.metadata) === null || _a === void 0 ? void 0 : _a.mode;
  switch (mode) {
    case "OperationLocation":
      return getStatus(rawResponse);
    case "ResourceLocation":
      return toOperationStatus(rawResponse.statusCode);
    case "Body":
      return getProvisioningState(rawResponse);
    default:
      throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
  }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
  var _a, _b;
  return (_a = flatResponse?.[prop]) !== null && _a !== void 0 ? _a : (_b = rawResponse.body) === null || _b === void 0 ? void 0 : _b[prop];
}
function getResourceLocation(res, state) {
  let loc = accessBodyProperty(res, "resourceLocation");
  return loc && typeof loc == "string" && (state.config.resourceLocation = loc), state.config.resourceLocation;
}
function isOperationError(e) {
  return e.name === "RestError";
}
async function pollHttpOperation(inputs) {
  let { lro, stateProxy, options, processResult, updateState, setDelay, state, setErrorAsResult } = inputs;
  return pollOperation({
    state,
    stateProxy,
    setDelay,
    processResult: processResult ? ({ flatResponse }, inputState) => processResult(flatResponse, inputState) : ({ flatResponse }) => flatResponse,
    getError: getErrorFromResponse,
    updateState,
    getPollingInterval: parseRetryAfter,
    getOperationLocation,
    getOperationStatus,
    isOperationError,
    getResourceLocation,
    options,
    /**
     * The expansion here is intentional because `lro` could be an object that
     * references an inner this, so we need to preserve a reference to it.
     */
    poll: async (location, inputOptions) => lro.sendPollRequest(location, inputOptions),
    setErrorAsResult
  });
}

// node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/operation.js
var createStateProxy = () => ({
  initState: (config) => ({ config, isStarted: !0 }),
  setCanceled: (state) => state.isCancelled = !0,
  setError: (state, error) => state.error = error,
  setResult: (state, result) => state.result = result,
  setRunning: (state) => state.isStarted = !0,
  setSucceeded: (state) => state.isCompleted = !0,
  setFailed: () => {
  },
  getError: (state) => state.error,
  getResult: (state) => state.result,
  isCanceled: (state) => !!state.isCancelled,
  isFailed: (state) => !!state.error,
  isRunning: (state) => !!state.isStarted,
  isSucceeded: (state) => !!(state.isCompleted && !state.isCancelled && !state.error)
}), GenericPollOperation = class {
  constructor(state, lro, setErrorAsResult, lroResourceLocationConfig, processResult, updateState, isDone) {
    this.state = state, this.lro = lro, this.setErrorAsResult = setErrorAsResult, this.lroResourceLocationConfig = lroResourceLocationConfig, this.processResult = processResult, this.updateState = updateState, this.isDone = isDone;
  }
  setPollerConfig(pollerConfig) {
    this.pollerConfig = pollerConfig;
  }
  async update(options) {
    var _a;
    let stateProxy = createStateProxy();
    this.state.isStarted || (this.state = Object.assign(Object.assign({}, this.state), await initHttpOperation({
      lro: this.lro,
      stateProxy,
      resourceLocationConfig: this.lroResourceLocationConfig,
      processResult: this.processResult,
      setErrorAsResult: this.setErrorAsResult
    })));
    let updateState = this.updateState, isDone = this.isDone;
    return !this.state.isCompleted && this.state.error === void 0 && await pollHttpOperation({
      lro: this.lro,
      state: this.state,
      stateProxy,
      processResult: this.processResult,
      updateState: updateState ? (state, { rawResponse }) => updateState(state, rawResponse) : void 0,
      isDone: isDone ? ({ flatResponse }, state) => isDone(flatResponse, state) : void 0,
      options,
      setDelay: (intervalInMs) => {
        this.pollerConfig.intervalInMs = intervalInMs;
      },
      setErrorAsResult: this.setErrorAsResult
    }), (_a = options?.fireProgress) === null || _a === void 0 || _a.call(options, this.state), this;
  }
  async cancel() {
    return logger.error("`cancelOperation` is deprecated because it wasn't implemented"), this;
  }
  /**
   * Serializes the Poller operation.
   */
  toString() {
    return JSON.stringify({
      state: this.state
    });
  }
};

// node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/lroEngine.js
var LroEngine = class extends Poller {
  constructor(lro, options) {
    let { intervalInMs = 2e3, resumeFrom, resolveOnUnsuccessful = !1, isDone, lroResourceLocationConfig, processResult, updateState } = options || {}, state = resumeFrom ? deserializeState(resumeFrom) : {}, operation = new GenericPollOperation(state, lro, !resolveOnUnsuccessful, lroResourceLocationConfig, processResult, updateState, isDone);
    super(operation), this.resolveOnUnsuccessful = resolveOnUnsuccessful, this.config = { intervalInMs }, operation.setPollerConfig(this.config);
  }
  /**
   * The method used by the poller to wait before attempting to update its operation.
   */
  delay() {
    return new Promise((resolve) => setTimeout(() => resolve(), this.config.intervalInMs));
  }
};

export {
  Poller,
  LroEngine
};
