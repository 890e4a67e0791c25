import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  RestError,
  bearerTokenAuthenticationPolicy,
  createClientLogger,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  stringToUint8Array,
  uint8ArrayToString
} from "./chunk-KITPLPVF.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-HLUWT5ZR.mjs";

// node_modules/@azure/core-client/dist/commonjs/state-cjs.js
var require_state_cjs = __commonJS({
  "node_modules/@azure/core-client/dist/commonjs/state-cjs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.state = void 0;
    exports.state = {
      operationRequestMap: /* @__PURE__ */ new WeakMap()
    };
  }
});

// node_modules/@azure/core-client/dist/esm/state.js
var import_state_cjs = __toESM(require_state_cjs(), 1), state = import_state_cjs.state;

// node_modules/@azure/core-client/dist/esm/operationHelpers.js
function getOperationArgumentValueFromParameter(operationArguments, parameter, fallbackObject) {
  let parameterPath = parameter.parameterPath, parameterMapper = parameter.mapper, value;
  if (typeof parameterPath == "string" && (parameterPath = [parameterPath]), Array.isArray(parameterPath)) {
    if (parameterPath.length > 0)
      if (parameterMapper.isConstant)
        value = parameterMapper.defaultValue;
      else {
        let propertySearchResult = getPropertyFromParameterPath(operationArguments, parameterPath);
        !propertySearchResult.propertyFound && fallbackObject && (propertySearchResult = getPropertyFromParameterPath(fallbackObject, parameterPath));
        let useDefaultValue = !1;
        propertySearchResult.propertyFound || (useDefaultValue = parameterMapper.required || parameterPath[0] === "options" && parameterPath.length === 2), value = useDefaultValue ? parameterMapper.defaultValue : propertySearchResult.propertyValue;
      }
  } else {
    parameterMapper.required && (value = {});
    for (let [propertyName, propertyPath] of Object.entries(parameterPath)) {
      let propertyMapper = parameterMapper.type.modelProperties[propertyName], propertyValue = getOperationArgumentValueFromParameter(operationArguments, {
        parameterPath: propertyPath,
        mapper: propertyMapper
      }, fallbackObject);
      propertyValue !== void 0 && (value || (value = {}), Object.defineProperty(value, propertyName, {
        value: propertyValue,
        enumerable: !0,
        configurable: !0,
        writable: !0
      }));
    }
  }
  return value;
}
function getPropertyFromParameterPath(parent, parameterPath) {
  let result = { propertyFound: !1 }, i = 0;
  for (; i < parameterPath.length; ++i) {
    let parameterPathPart = parameterPath[i];
    if (parent && parameterPathPart in parent)
      parent = parent[parameterPathPart];
    else
      break;
  }
  return i === parameterPath.length && (result.propertyValue = parent, result.propertyFound = !0), result;
}
var originalRequestSymbol = /* @__PURE__ */ Symbol.for("@azure/core-client original request");
function hasOriginalRequest(request) {
  return originalRequestSymbol in request;
}
function getOperationRequestInfo(request) {
  if (hasOriginalRequest(request))
    return getOperationRequestInfo(request[originalRequestSymbol]);
  let info = state.operationRequestMap.get(request);
  return info || (info = {}, state.operationRequestMap.set(request, info)), info;
}

// node_modules/@azure/core-client/dist/esm/base64.js
function encodeByteArray(value) {
  return uint8ArrayToString(value, "base64");
}
function decodeString(value) {
  return stringToUint8Array(value, "base64");
}
function decodeStringToString(value) {
  return uint8ArrayToString(stringToUint8Array(value, "base64"), "utf-8");
}

// node_modules/@azure/core-client/dist/esm/utils.js
function isPrimitiveBody(value, mapperTypeName) {
  return mapperTypeName !== "Composite" && mapperTypeName !== "Dictionary" && (typeof value == "string" || typeof value == "number" || typeof value == "boolean" || mapperTypeName?.match(/^(Date|DateTime|DateTimeRfc1123|UnixTime|ByteArray|Base64Url)$/i) !== null || value === void 0 || value === null);
}
var validateISODuration = /^(-|\+)?P(?:([-+]?[0-9,.]*)Y)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)W)?(?:([-+]?[0-9,.]*)D)?(?:T(?:([-+]?[0-9,.]*)H)?(?:([-+]?[0-9,.]*)M)?(?:([-+]?[0-9,.]*)S)?)?$/;
function isDuration(value) {
  return validateISODuration.test(value);
}
var validUuidRegex = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/i;
function isValidUuid(uuid) {
  return validUuidRegex.test(uuid);
}
function handleNullableResponseAndWrappableBody(responseObject) {
  let combinedHeadersAndBody = {
    ...responseObject.headers,
    ...responseObject.body
  };
  return responseObject.hasNullableType && Object.getOwnPropertyNames(combinedHeadersAndBody).length === 0 ? responseObject.shouldWrapBody ? { body: null } : null : responseObject.shouldWrapBody ? {
    ...responseObject.headers,
    body: responseObject.body
  } : combinedHeadersAndBody;
}
function flattenResponse(fullResponse, responseSpec) {
  let parsedHeaders = fullResponse.parsedHeaders;
  if (fullResponse.request.method === "HEAD")
    return {
      ...parsedHeaders,
      body: fullResponse.parsedBody
    };
  let bodyMapper = responseSpec && responseSpec.bodyMapper, isNullable = !!bodyMapper?.nullable, expectedBodyTypeName = bodyMapper?.type.name;
  if (expectedBodyTypeName === "Stream")
    return {
      ...parsedHeaders,
      blobBody: fullResponse.blobBody,
      readableStreamBody: fullResponse.readableStreamBody
    };
  let modelProperties = expectedBodyTypeName === "Composite" && bodyMapper.type.modelProperties || {}, isPageableResponse = Object.keys(modelProperties).some((k) => modelProperties[k].serializedName === "");
  if (expectedBodyTypeName === "Sequence" || isPageableResponse) {
    let arrayResponse = fullResponse.parsedBody ?? [];
    for (let key of Object.keys(modelProperties))
      modelProperties[key].serializedName && (arrayResponse[key] = fullResponse.parsedBody?.[key]);
    if (parsedHeaders)
      for (let key of Object.keys(parsedHeaders))
        arrayResponse[key] = parsedHeaders[key];
    return isNullable && !fullResponse.parsedBody && !parsedHeaders && Object.getOwnPropertyNames(modelProperties).length === 0 ? null : arrayResponse;
  }
  return handleNullableResponseAndWrappableBody({
    body: fullResponse.parsedBody,
    headers: parsedHeaders,
    hasNullableType: isNullable,
    shouldWrapBody: isPrimitiveBody(fullResponse.parsedBody, expectedBodyTypeName)
  });
}

// node_modules/@azure/core-client/dist/esm/serializer.js
var SerializerImpl = class {
  modelMappers;
  isXML;
  constructor(modelMappers = {}, isXML = !1) {
    this.modelMappers = modelMappers, this.isXML = isXML;
  }
  /**
   * @deprecated Removing the constraints validation on client side.
   */
  validateConstraints(mapper, value, objectName) {
    let failValidation = (constraintName, constraintValue) => {
      throw new Error(`"${objectName}" with value "${value}" should satisfy the constraint "${constraintName}": ${constraintValue}.`);
    };
    if (mapper.constraints && value !== void 0 && value !== null) {
      let { ExclusiveMaximum, ExclusiveMinimum, InclusiveMaximum, InclusiveMinimum, MaxItems, MaxLength, MinItems, MinLength, MultipleOf, Pattern, UniqueItems } = mapper.constraints;
      if (ExclusiveMaximum !== void 0 && value >= ExclusiveMaximum && failValidation("ExclusiveMaximum", ExclusiveMaximum), ExclusiveMinimum !== void 0 && value <= ExclusiveMinimum && failValidation("ExclusiveMinimum", ExclusiveMinimum), InclusiveMaximum !== void 0 && value > InclusiveMaximum && failValidation("InclusiveMaximum", InclusiveMaximum), InclusiveMinimum !== void 0 && value < InclusiveMinimum && failValidation("InclusiveMinimum", InclusiveMinimum), MaxItems !== void 0 && value.length > MaxItems && failValidation("MaxItems", MaxItems), MaxLength !== void 0 && value.length > MaxLength && failValidation("MaxLength", MaxLength), MinItems !== void 0 && value.length < MinItems && failValidation("MinItems", MinItems), MinLength !== void 0 && value.length < MinLength && failValidation("MinLength", MinLength), MultipleOf !== void 0 && value % MultipleOf !== 0 && failValidation("MultipleOf", MultipleOf), Pattern) {
        let pattern = typeof Pattern == "string" ? new RegExp(Pattern) : Pattern;
        (typeof value != "string" || value.match(pattern) === null) && failValidation("Pattern", Pattern);
      }
      UniqueItems && value.some((item, i, ar) => ar.indexOf(item) !== i) && failValidation("UniqueItems", UniqueItems);
    }
  }
  /**
   * Serialize the given object based on its metadata defined in the mapper
   *
   * @param mapper - The mapper which defines the metadata of the serializable object
   *
   * @param object - A valid Javascript object to be serialized
   *
   * @param objectName - Name of the serialized object
   *
   * @param options - additional options to serialization
   *
   * @returns A valid serialized Javascript object
   */
  serialize(mapper, object, objectName, options = { xml: {} }) {
    let updatedOptions = {
      xml: {
        rootName: options.xml.rootName ?? "",
        includeRoot: options.xml.includeRoot ?? !1,
        xmlCharKey: options.xml.xmlCharKey ?? "_"
      }
    }, payload = {}, mapperType = mapper.type.name;
    objectName || (objectName = mapper.serializedName), mapperType.match(/^Sequence$/i) !== null && (payload = []), mapper.isConstant && (object = mapper.defaultValue);
    let { required, nullable } = mapper;
    if (required && nullable && object === void 0)
      throw new Error(`${objectName} cannot be undefined.`);
    if (required && !nullable && object == null)
      throw new Error(`${objectName} cannot be null or undefined.`);
    if (!required && nullable === !1 && object === null)
      throw new Error(`${objectName} cannot be null.`);
    return object == null || mapperType.match(/^any$/i) !== null ? payload = object : mapperType.match(/^(Number|String|Boolean|Object|Stream|Uuid)$/i) !== null ? payload = serializeBasicTypes(mapperType, objectName, object) : mapperType.match(/^Enum$/i) !== null ? payload = serializeEnumType(objectName, mapper.type.allowedValues, object) : mapperType.match(/^(Date|DateTime|TimeSpan|DateTimeRfc1123|UnixTime)$/i) !== null ? payload = serializeDateTypes(mapperType, object, objectName) : mapperType.match(/^ByteArray$/i) !== null ? payload = serializeByteArrayType(objectName, object) : mapperType.match(/^Base64Url$/i) !== null ? payload = serializeBase64UrlType(objectName, object) : mapperType.match(/^Sequence$/i) !== null ? payload = serializeSequenceType(this, mapper, object, objectName, !!this.isXML, updatedOptions) : mapperType.match(/^Dictionary$/i) !== null ? payload = serializeDictionaryType(this, mapper, object, objectName, !!this.isXML, updatedOptions) : mapperType.match(/^Composite$/i) !== null && (payload = serializeCompositeType(this, mapper, object, objectName, !!this.isXML, updatedOptions)), payload;
  }
  /**
   * Deserialize the given object based on its metadata defined in the mapper
   *
   * @param mapper - The mapper which defines the metadata of the serializable object
   *
   * @param responseBody - A valid Javascript entity to be deserialized
   *
   * @param objectName - Name of the deserialized object
   *
   * @param options - Controls behavior of XML parser and builder.
   *
   * @returns A valid deserialized Javascript object
   */
  deserialize(mapper, responseBody, objectName, options = { xml: {} }) {
    let updatedOptions = {
      xml: {
        rootName: options.xml.rootName ?? "",
        includeRoot: options.xml.includeRoot ?? !1,
        xmlCharKey: options.xml.xmlCharKey ?? "_"
      },
      ignoreUnknownProperties: options.ignoreUnknownProperties ?? !1
    };
    if (responseBody == null)
      return this.isXML && mapper.type.name === "Sequence" && !mapper.xmlIsWrapped && (responseBody = []), mapper.defaultValue !== void 0 && (responseBody = mapper.defaultValue), responseBody;
    let payload, mapperType = mapper.type.name;
    if (objectName || (objectName = mapper.serializedName), mapperType.match(/^Composite$/i) !== null)
      payload = deserializeCompositeType(this, mapper, responseBody, objectName, updatedOptions);
    else {
      if (this.isXML) {
        let xmlCharKey = updatedOptions.xml.xmlCharKey;
        responseBody["$"] !== void 0 && responseBody[xmlCharKey] !== void 0 && (responseBody = responseBody[xmlCharKey]);
      }
      mapperType.match(/^Number$/i) !== null ? (payload = parseFloat(responseBody), isNaN(payload) && (payload = responseBody)) : mapperType.match(/^Boolean$/i) !== null ? responseBody === "true" ? payload = !0 : responseBody === "false" ? payload = !1 : payload = responseBody : mapperType.match(/^(String|Enum|Object|Stream|Uuid|TimeSpan|any)$/i) !== null ? payload = responseBody : mapperType.match(/^(Date|DateTime|DateTimeRfc1123)$/i) !== null ? payload = new Date(responseBody) : mapperType.match(/^UnixTime$/i) !== null ? payload = unixTimeToDate(responseBody) : mapperType.match(/^ByteArray$/i) !== null ? payload = decodeString(responseBody) : mapperType.match(/^Base64Url$/i) !== null ? payload = base64UrlToByteArray(responseBody) : mapperType.match(/^Sequence$/i) !== null ? payload = deserializeSequenceType(this, mapper, responseBody, objectName, updatedOptions) : mapperType.match(/^Dictionary$/i) !== null && (payload = deserializeDictionaryType(this, mapper, responseBody, objectName, updatedOptions));
    }
    return mapper.isConstant && (payload = mapper.defaultValue), payload;
  }
};
function createSerializer(modelMappers = {}, isXML = !1) {
  return new SerializerImpl(modelMappers, isXML);
}
function trimEnd(str, ch) {
  let len = str.length;
  for (; len - 1 >= 0 && str[len - 1] === ch; )
    --len;
  return str.substr(0, len);
}
function bufferToBase64Url(buffer) {
  if (!buffer)
    return;
  if (!(buffer instanceof Uint8Array))
    throw new Error("Please provide an input of type Uint8Array for converting to Base64Url.");
  let str = encodeByteArray(buffer);
  return trimEnd(str, "=").replace(/\+/g, "-").replace(/\//g, "_");
}
function base64UrlToByteArray(str) {
  if (str) {
    if (str && typeof str.valueOf() != "string")
      throw new Error("Please provide an input of type string for converting to Uint8Array");
    return str = str.replace(/-/g, "+").replace(/_/g, "/"), decodeString(str);
  }
}
function splitSerializeName(prop) {
  let classes = [], partialclass = "";
  if (prop) {
    let subwords = prop.split(".");
    for (let item of subwords)
      item.charAt(item.length - 1) === "\\" ? partialclass += item.substr(0, item.length - 1) + "." : (partialclass += item, classes.push(partialclass), partialclass = "");
  }
  return classes;
}
function dateToUnixTime(d) {
  if (d)
    return typeof d.valueOf() == "string" && (d = new Date(d)), Math.floor(d.getTime() / 1e3);
}
function unixTimeToDate(n) {
  if (n)
    return new Date(n * 1e3);
}
function serializeBasicTypes(typeName, objectName, value) {
  if (value != null) {
    if (typeName.match(/^Number$/i) !== null) {
      if (typeof value != "number")
        throw new Error(`${objectName} with value ${value} must be of type number.`);
    } else if (typeName.match(/^String$/i) !== null) {
      if (typeof value.valueOf() != "string")
        throw new Error(`${objectName} with value "${value}" must be of type string.`);
    } else if (typeName.match(/^Uuid$/i) !== null) {
      if (!(typeof value.valueOf() == "string" && isValidUuid(value)))
        throw new Error(`${objectName} with value "${value}" must be of type string and a valid uuid.`);
    } else if (typeName.match(/^Boolean$/i) !== null) {
      if (typeof value != "boolean")
        throw new Error(`${objectName} with value ${value} must be of type boolean.`);
    } else if (typeName.match(/^Stream$/i) !== null) {
      let objectType = typeof value;
      if (objectType !== "string" && typeof value.pipe != "function" && // NodeJS.ReadableStream
      typeof value.tee != "function" && // browser ReadableStream
      !(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value) && // File objects count as a type of Blob, so we want to use instanceof explicitly
      !((typeof Blob == "function" || typeof Blob == "object") && value instanceof Blob) && objectType !== "function")
        throw new Error(`${objectName} must be a string, Blob, ArrayBuffer, ArrayBufferView, ReadableStream, or () => ReadableStream.`);
    }
  }
  return value;
}
function serializeEnumType(objectName, allowedValues, value) {
  if (!allowedValues)
    throw new Error(`Please provide a set of allowedValues to validate ${objectName} as an Enum Type.`);
  if (!allowedValues.some((item) => typeof item.valueOf() == "string" ? item.toLowerCase() === value.toLowerCase() : item === value))
    throw new Error(`${value} is not a valid value for ${objectName}. The valid values are: ${JSON.stringify(allowedValues)}.`);
  return value;
}
function serializeByteArrayType(objectName, value) {
  if (value != null) {
    if (!(value instanceof Uint8Array))
      throw new Error(`${objectName} must be of type Uint8Array.`);
    value = encodeByteArray(value);
  }
  return value;
}
function serializeBase64UrlType(objectName, value) {
  if (value != null) {
    if (!(value instanceof Uint8Array))
      throw new Error(`${objectName} must be of type Uint8Array.`);
    value = bufferToBase64Url(value);
  }
  return value;
}
function serializeDateTypes(typeName, value, objectName) {
  if (value != null) {
    if (typeName.match(/^Date$/i) !== null) {
      if (!(value instanceof Date || typeof value.valueOf() == "string" && !isNaN(Date.parse(value))))
        throw new Error(`${objectName} must be an instanceof Date or a string in ISO8601 format.`);
      value = value instanceof Date ? value.toISOString().substring(0, 10) : new Date(value).toISOString().substring(0, 10);
    } else if (typeName.match(/^DateTime$/i) !== null) {
      if (!(value instanceof Date || typeof value.valueOf() == "string" && !isNaN(Date.parse(value))))
        throw new Error(`${objectName} must be an instanceof Date or a string in ISO8601 format.`);
      value = value instanceof Date ? value.toISOString() : new Date(value).toISOString();
    } else if (typeName.match(/^DateTimeRfc1123$/i) !== null) {
      if (!(value instanceof Date || typeof value.valueOf() == "string" && !isNaN(Date.parse(value))))
        throw new Error(`${objectName} must be an instanceof Date or a string in RFC-1123 format.`);
      value = value instanceof Date ? value.toUTCString() : new Date(value).toUTCString();
    } else if (typeName.match(/^UnixTime$/i) !== null) {
      if (!(value instanceof Date || typeof value.valueOf() == "string" && !isNaN(Date.parse(value))))
        throw new Error(`${objectName} must be an instanceof Date or a string in RFC-1123/ISO8601 format for it to be serialized in UnixTime/Epoch format.`);
      value = dateToUnixTime(value);
    } else if (typeName.match(/^TimeSpan$/i) !== null && !isDuration(value))
      throw new Error(`${objectName} must be a string in ISO 8601 format. Instead was "${value}".`);
  }
  return value;
}
function serializeSequenceType(serializer, mapper, object, objectName, isXml, options) {
  if (!Array.isArray(object))
    throw new Error(`${objectName} must be of type Array.`);
  let elementType = mapper.type.element;
  if (!elementType || typeof elementType != "object")
    throw new Error(`"element" metadata for an Array must be defined in the mapper and it must be of type "object" in ${objectName}.`);
  elementType.type.name === "Composite" && elementType.type.className && (elementType = serializer.modelMappers[elementType.type.className] ?? elementType);
  let tempArray = [];
  for (let i = 0; i < object.length; i++) {
    let serializedValue = serializer.serialize(elementType, object[i], objectName, options);
    if (isXml && elementType.xmlNamespace) {
      let xmlnsKey = elementType.xmlNamespacePrefix ? `xmlns:${elementType.xmlNamespacePrefix}` : "xmlns";
      elementType.type.name === "Composite" ? (tempArray[i] = { ...serializedValue }, tempArray[i]["$"] = { [xmlnsKey]: elementType.xmlNamespace }) : (tempArray[i] = {}, tempArray[i][options.xml.xmlCharKey] = serializedValue, tempArray[i]["$"] = { [xmlnsKey]: elementType.xmlNamespace });
    } else
      tempArray[i] = serializedValue;
  }
  return tempArray;
}
function serializeDictionaryType(serializer, mapper, object, objectName, isXml, options) {
  if (typeof object != "object")
    throw new Error(`${objectName} must be of type object.`);
  let valueType = mapper.type.value;
  if (!valueType || typeof valueType != "object")
    throw new Error(`"value" metadata for a Dictionary must be defined in the mapper and it must of type "object" in ${objectName}.`);
  let tempDictionary = {};
  for (let key of Object.keys(object)) {
    let serializedValue = serializer.serialize(valueType, object[key], objectName, options);
    tempDictionary[key] = getXmlObjectValue(valueType, serializedValue, isXml, options);
  }
  if (isXml && mapper.xmlNamespace) {
    let xmlnsKey = mapper.xmlNamespacePrefix ? `xmlns:${mapper.xmlNamespacePrefix}` : "xmlns", result = tempDictionary;
    return result["$"] = { [xmlnsKey]: mapper.xmlNamespace }, result;
  }
  return tempDictionary;
}
function resolveAdditionalProperties(serializer, mapper, objectName) {
  let additionalProperties = mapper.type.additionalProperties;
  return !additionalProperties && mapper.type.className ? resolveReferencedMapper(serializer, mapper, objectName)?.type.additionalProperties : additionalProperties;
}
function resolveReferencedMapper(serializer, mapper, objectName) {
  let className = mapper.type.className;
  if (!className)
    throw new Error(`Class name for model "${objectName}" is not provided in the mapper "${JSON.stringify(mapper, void 0, 2)}".`);
  return serializer.modelMappers[className];
}
function resolveModelProperties(serializer, mapper, objectName) {
  let modelProps = mapper.type.modelProperties;
  if (!modelProps) {
    let modelMapper = resolveReferencedMapper(serializer, mapper, objectName);
    if (!modelMapper)
      throw new Error(`mapper() cannot be null or undefined for model "${mapper.type.className}".`);
    if (modelProps = modelMapper?.type.modelProperties, !modelProps)
      throw new Error(`modelProperties cannot be null or undefined in the mapper "${JSON.stringify(modelMapper)}" of type "${mapper.type.className}" for object "${objectName}".`);
  }
  return modelProps;
}
function serializeCompositeType(serializer, mapper, object, objectName, isXml, options) {
  if (getPolymorphicDiscriminatorRecursively(serializer, mapper) && (mapper = getPolymorphicMapper(serializer, mapper, object, "clientName")), object != null) {
    let payload = {}, modelProps = resolveModelProperties(serializer, mapper, objectName);
    for (let key of Object.keys(modelProps)) {
      let propertyMapper = modelProps[key];
      if (propertyMapper.readOnly)
        continue;
      let propName, parentObject = payload;
      if (serializer.isXML)
        propertyMapper.xmlIsWrapped ? propName = propertyMapper.xmlName : propName = propertyMapper.xmlElementName || propertyMapper.xmlName;
      else {
        let paths = splitSerializeName(propertyMapper.serializedName);
        propName = paths.pop();
        for (let pathName of paths) {
          let childObject = parentObject[pathName];
          childObject == null && (object[key] !== void 0 && object[key] !== null || propertyMapper.defaultValue !== void 0) && (parentObject[pathName] = {}), parentObject = parentObject[pathName];
        }
      }
      if (parentObject != null) {
        if (isXml && mapper.xmlNamespace) {
          let xmlnsKey = mapper.xmlNamespacePrefix ? `xmlns:${mapper.xmlNamespacePrefix}` : "xmlns";
          parentObject["$"] = {
            ...parentObject["$"],
            [xmlnsKey]: mapper.xmlNamespace
          };
        }
        let propertyObjectName = propertyMapper.serializedName !== "" ? objectName + "." + propertyMapper.serializedName : objectName, toSerialize = object[key], polymorphicDiscriminator = getPolymorphicDiscriminatorRecursively(serializer, mapper);
        polymorphicDiscriminator && polymorphicDiscriminator.clientName === key && toSerialize == null && (toSerialize = mapper.serializedName);
        let serializedValue = serializer.serialize(propertyMapper, toSerialize, propertyObjectName, options);
        if (serializedValue !== void 0 && propName !== void 0 && propName !== null) {
          let value = getXmlObjectValue(propertyMapper, serializedValue, isXml, options);
          isXml && propertyMapper.xmlIsAttribute ? (parentObject["$"] = parentObject["$"] || {}, parentObject["$"][propName] = serializedValue) : isXml && propertyMapper.xmlIsWrapped ? parentObject[propName] = { [propertyMapper.xmlElementName]: value } : parentObject[propName] = value;
        }
      }
    }
    let additionalPropertiesMapper = resolveAdditionalProperties(serializer, mapper, objectName);
    if (additionalPropertiesMapper) {
      let propNames = Object.keys(modelProps);
      for (let clientPropName of Object.keys(object))
        propNames.every((pn) => pn !== clientPropName) && Object.defineProperty(payload, clientPropName, {
          value: serializer.serialize(additionalPropertiesMapper, object[clientPropName], objectName + '["' + clientPropName + '"]', options),
          enumerable: !0,
          configurable: !0,
          writable: !0
        });
    }
    return payload;
  }
  return object;
}
function getXmlObjectValue(propertyMapper, serializedValue, isXml, options) {
  if (!isXml || !propertyMapper.xmlNamespace)
    return serializedValue;
  let xmlNamespace = { [propertyMapper.xmlNamespacePrefix ? `xmlns:${propertyMapper.xmlNamespacePrefix}` : "xmlns"]: propertyMapper.xmlNamespace };
  if (["Composite"].includes(propertyMapper.type.name)) {
    if (serializedValue["$"])
      return serializedValue;
    {
      let result2 = { ...serializedValue };
      return result2["$"] = xmlNamespace, result2;
    }
  }
  let result = {};
  return result[options.xml.xmlCharKey] = serializedValue, result["$"] = xmlNamespace, result;
}
function isSpecialXmlProperty(propertyName, options) {
  return ["$", options.xml.xmlCharKey].includes(propertyName);
}
function deserializeCompositeType(serializer, mapper, responseBody, objectName, options) {
  let xmlCharKey = options.xml.xmlCharKey ?? "_";
  getPolymorphicDiscriminatorRecursively(serializer, mapper) && (mapper = getPolymorphicMapper(serializer, mapper, responseBody, "serializedName"));
  let modelProps = resolveModelProperties(serializer, mapper, objectName), instance = {}, handledPropertyNames = [];
  for (let key of Object.keys(modelProps)) {
    let propertyMapper = modelProps[key], paths = splitSerializeName(modelProps[key].serializedName);
    handledPropertyNames.push(paths[0]);
    let { serializedName, xmlName, xmlElementName } = propertyMapper, propertyObjectName = objectName;
    serializedName !== "" && serializedName !== void 0 && (propertyObjectName = objectName + "." + serializedName);
    let headerCollectionPrefix = propertyMapper.headerCollectionPrefix;
    if (headerCollectionPrefix) {
      let dictionary = {};
      for (let headerKey of Object.keys(responseBody))
        headerKey.startsWith(headerCollectionPrefix) && (dictionary[headerKey.substring(headerCollectionPrefix.length)] = serializer.deserialize(propertyMapper.type.value, responseBody[headerKey], propertyObjectName, options)), handledPropertyNames.push(headerKey);
      instance[key] = dictionary;
    } else if (serializer.isXML)
      if (propertyMapper.xmlIsAttribute && responseBody["$"])
        instance[key] = serializer.deserialize(propertyMapper, responseBody["$"][xmlName], propertyObjectName, options);
      else if (propertyMapper.xmlIsMsText)
        responseBody[xmlCharKey] !== void 0 ? instance[key] = responseBody[xmlCharKey] : typeof responseBody == "string" && (instance[key] = responseBody);
      else {
        let propertyName = xmlElementName || xmlName || serializedName;
        if (propertyMapper.xmlIsWrapped) {
          let elementList = responseBody[xmlName]?.[xmlElementName] ?? [];
          Object.defineProperty(instance, key, {
            value: serializer.deserialize(propertyMapper, elementList, propertyObjectName, options),
            enumerable: !0,
            configurable: !0,
            writable: !0
          }), handledPropertyNames.push(xmlName);
        } else {
          let property = responseBody[propertyName];
          instance[key] = serializer.deserialize(propertyMapper, property, propertyObjectName, options), handledPropertyNames.push(propertyName);
        }
      }
    else {
      let propertyInstance, res = responseBody, steps = 0;
      for (let item of paths) {
        if (!res)
          break;
        steps++, res = res[item];
      }
      res === null && steps < paths.length && (res = void 0), propertyInstance = res;
      let polymorphicDiscriminator = mapper.type.polymorphicDiscriminator;
      polymorphicDiscriminator && key === polymorphicDiscriminator.clientName && propertyInstance == null && (propertyInstance = mapper.serializedName);
      let serializedValue;
      if (Array.isArray(responseBody[key]) && modelProps[key].serializedName === "") {
        propertyInstance = responseBody[key];
        let arrayInstance = serializer.deserialize(propertyMapper, propertyInstance, propertyObjectName, options);
        for (let [k, v] of Object.entries(instance))
          Object.prototype.hasOwnProperty.call(arrayInstance, k) || (arrayInstance[k] = v);
        instance = arrayInstance;
      } else (propertyInstance !== void 0 || propertyMapper.defaultValue !== void 0) && (serializedValue = serializer.deserialize(propertyMapper, propertyInstance, propertyObjectName, options), instance[key] = serializedValue);
    }
  }
  let additionalPropertiesMapper = mapper.type.additionalProperties;
  if (additionalPropertiesMapper) {
    let isAdditionalProperty = (responsePropName) => {
      for (let clientPropName of Object.keys(modelProps))
        if (splitSerializeName(modelProps[clientPropName].serializedName)[0] === responsePropName)
          return !1;
      return !0;
    };
    for (let responsePropName of Object.keys(responseBody))
      if (isAdditionalProperty(responsePropName)) {
        let deserializedValue = serializer.deserialize(additionalPropertiesMapper, responseBody[responsePropName], objectName + '["' + responsePropName + '"]', options);
        Object.defineProperty(instance, responsePropName, {
          value: deserializedValue,
          enumerable: !0,
          configurable: !0,
          writable: !0
        });
      }
  } else if (responseBody && !options.ignoreUnknownProperties)
    for (let key of Object.keys(responseBody))
      instance[key] === void 0 && !handledPropertyNames.includes(key) && !isSpecialXmlProperty(key, options) && Object.defineProperty(instance, key, {
        value: responseBody[key],
        enumerable: !0,
        configurable: !0,
        writable: !0
      });
  return instance;
}
function deserializeDictionaryType(serializer, mapper, responseBody, objectName, options) {
  let value = mapper.type.value;
  if (!value || typeof value != "object")
    throw new Error(`"value" metadata for a Dictionary must be defined in the mapper and it must of type "object" in ${objectName}`);
  if (responseBody) {
    let tempDictionary = {};
    for (let key of Object.keys(responseBody))
      tempDictionary[key] = serializer.deserialize(value, responseBody[key], objectName, options);
    return tempDictionary;
  }
  return responseBody;
}
function deserializeSequenceType(serializer, mapper, responseBody, objectName, options) {
  let element = mapper.type.element;
  if (!element || typeof element != "object")
    throw new Error(`"element" metadata for an Array must be defined in the mapper and it must be of type "object" in ${objectName}`);
  if (responseBody) {
    Array.isArray(responseBody) || (responseBody = [responseBody]), element.type.name === "Composite" && element.type.className && (element = serializer.modelMappers[element.type.className] ?? element);
    let tempArray = [];
    for (let i = 0; i < responseBody.length; i++)
      tempArray[i] = serializer.deserialize(element, responseBody[i], `${objectName}[${i}]`, options);
    return tempArray;
  }
  return responseBody;
}
function getIndexDiscriminator(discriminators, discriminatorValue, typeName) {
  let typeNamesToCheck = [typeName];
  for (; typeNamesToCheck.length; ) {
    let currentName = typeNamesToCheck.shift(), indexDiscriminator = discriminatorValue === currentName ? discriminatorValue : currentName + "." + discriminatorValue;
    if (Object.prototype.hasOwnProperty.call(discriminators, indexDiscriminator))
      return discriminators[indexDiscriminator];
    for (let [name, mapper] of Object.entries(discriminators))
      name.startsWith(currentName + ".") && mapper.type.uberParent === currentName && mapper.type.className && typeNamesToCheck.push(mapper.type.className);
  }
}
function getPolymorphicMapper(serializer, mapper, object, polymorphicPropertyName) {
  let polymorphicDiscriminator = getPolymorphicDiscriminatorRecursively(serializer, mapper);
  if (polymorphicDiscriminator) {
    let discriminatorName = polymorphicDiscriminator[polymorphicPropertyName];
    if (discriminatorName) {
      polymorphicPropertyName === "serializedName" && (discriminatorName = discriminatorName.replace(/\\/gi, ""));
      let discriminatorValue = object[discriminatorName], typeName = mapper.type.uberParent ?? mapper.type.className;
      if (typeof discriminatorValue == "string" && typeName) {
        let polymorphicMapper = getIndexDiscriminator(serializer.modelMappers.discriminators, discriminatorValue, typeName);
        polymorphicMapper && (mapper = polymorphicMapper);
      }
    }
  }
  return mapper;
}
function getPolymorphicDiscriminatorRecursively(serializer, mapper) {
  return mapper.type.polymorphicDiscriminator || getPolymorphicDiscriminatorSafely(serializer, mapper.type.uberParent) || getPolymorphicDiscriminatorSafely(serializer, mapper.type.className);
}
function getPolymorphicDiscriminatorSafely(serializer, typeName) {
  return typeName && serializer.modelMappers[typeName] && serializer.modelMappers[typeName].type.polymorphicDiscriminator;
}
var MapperTypeNames = {
  Base64Url: "Base64Url",
  Boolean: "Boolean",
  ByteArray: "ByteArray",
  Composite: "Composite",
  Date: "Date",
  DateTime: "DateTime",
  DateTimeRfc1123: "DateTimeRfc1123",
  Dictionary: "Dictionary",
  Enum: "Enum",
  Number: "Number",
  Object: "Object",
  Sequence: "Sequence",
  String: "String",
  Stream: "Stream",
  TimeSpan: "TimeSpan",
  UnixTime: "UnixTime"
};

// node_modules/@azure/core-client/dist/esm/interfaceHelpers.js
function getStreamingResponseStatusCodes(operationSpec) {
  let result = /* @__PURE__ */ new Set();
  for (let [statusCode, operationResponse] of Object.entries(operationSpec.responses))
    operationResponse.bodyMapper && operationResponse.bodyMapper.type.name === MapperTypeNames.Stream && result.add(Number(statusCode));
  return result;
}
function getPathStringFromParameter(parameter) {
  let { parameterPath, mapper } = parameter, result;
  return typeof parameterPath == "string" ? result = parameterPath : Array.isArray(parameterPath) ? result = parameterPath.join(".") : result = mapper.serializedName, result;
}

// node_modules/@azure/core-client/dist/esm/serializationPolicy.js
var serializationPolicyName = "serializationPolicy";
function serializationPolicy(options = {}) {
  let stringifyXML = options.stringifyXML;
  return {
    name: serializationPolicyName,
    sendRequest(request, next) {
      let operationInfo = getOperationRequestInfo(request), operationSpec = operationInfo?.operationSpec, operationArguments = operationInfo?.operationArguments;
      return operationSpec && operationArguments && (serializeHeaders(request, operationArguments, operationSpec), serializeRequestBody(request, operationArguments, operationSpec, stringifyXML)), next(request);
    }
  };
}
function serializeHeaders(request, operationArguments, operationSpec) {
  if (operationSpec.headerParameters)
    for (let headerParameter of operationSpec.headerParameters) {
      let headerValue = getOperationArgumentValueFromParameter(operationArguments, headerParameter);
      if (headerValue != null || headerParameter.mapper.required) {
        headerValue = operationSpec.serializer.serialize(headerParameter.mapper, headerValue, getPathStringFromParameter(headerParameter));
        let headerCollectionPrefix = headerParameter.mapper.headerCollectionPrefix;
        if (headerCollectionPrefix)
          for (let key of Object.keys(headerValue))
            request.headers.set(headerCollectionPrefix + key, headerValue[key]);
        else
          request.headers.set(headerParameter.mapper.serializedName || getPathStringFromParameter(headerParameter), headerValue);
      }
    }
  let customHeaders = operationArguments.options?.requestOptions?.customHeaders;
  if (customHeaders)
    for (let customHeaderName of Object.keys(customHeaders))
      request.headers.set(customHeaderName, customHeaders[customHeaderName]);
}
function serializeRequestBody(request, operationArguments, operationSpec, stringifyXML = function() {
  throw new Error("XML serialization unsupported!");
}) {
  let serializerOptions = operationArguments.options?.serializerOptions, updatedOptions = {
    xml: {
      rootName: serializerOptions?.xml.rootName ?? "",
      includeRoot: serializerOptions?.xml.includeRoot ?? !1,
      xmlCharKey: serializerOptions?.xml.xmlCharKey ?? "_"
    }
  }, xmlCharKey = updatedOptions.xml.xmlCharKey;
  if (operationSpec.requestBody && operationSpec.requestBody.mapper) {
    request.body = getOperationArgumentValueFromParameter(operationArguments, operationSpec.requestBody);
    let bodyMapper = operationSpec.requestBody.mapper, { required, serializedName, xmlName, xmlElementName, xmlNamespace, xmlNamespacePrefix, nullable } = bodyMapper, typeName = bodyMapper.type.name;
    try {
      if (request.body !== void 0 && request.body !== null || nullable && request.body === null || required) {
        let requestBodyParameterPathString = getPathStringFromParameter(operationSpec.requestBody);
        request.body = operationSpec.serializer.serialize(bodyMapper, request.body, requestBodyParameterPathString, updatedOptions);
        let isStream = typeName === MapperTypeNames.Stream;
        if (operationSpec.isXML) {
          let xmlnsKey = xmlNamespacePrefix ? `xmlns:${xmlNamespacePrefix}` : "xmlns", value = getXmlValueWithNamespace(xmlNamespace, xmlnsKey, typeName, request.body, updatedOptions);
          typeName === MapperTypeNames.Sequence ? request.body = stringifyXML(prepareXMLRootList(value, xmlElementName || xmlName || serializedName, xmlnsKey, xmlNamespace), { rootName: xmlName || serializedName, xmlCharKey }) : isStream || (request.body = stringifyXML(value, {
            rootName: xmlName || serializedName,
            xmlCharKey
          }));
        } else {
          if (typeName === MapperTypeNames.String && (operationSpec.contentType?.match("text/plain") || operationSpec.mediaType === "text"))
            return;
          isStream || (request.body = JSON.stringify(request.body));
        }
      }
    } catch (error) {
      throw new Error(`Error "${error.message}" occurred in serializing the payload - ${JSON.stringify(serializedName, void 0, "  ")}.`);
    }
  } else if (operationSpec.formDataParameters && operationSpec.formDataParameters.length > 0) {
    request.formData = {};
    for (let formDataParameter of operationSpec.formDataParameters) {
      let formDataParameterValue = getOperationArgumentValueFromParameter(operationArguments, formDataParameter);
      if (formDataParameterValue != null) {
        let formDataParameterPropertyName = formDataParameter.mapper.serializedName || getPathStringFromParameter(formDataParameter);
        request.formData[formDataParameterPropertyName] = operationSpec.serializer.serialize(formDataParameter.mapper, formDataParameterValue, getPathStringFromParameter(formDataParameter), updatedOptions);
      }
    }
  }
}
function getXmlValueWithNamespace(xmlNamespace, xmlnsKey, typeName, serializedValue, options) {
  if (xmlNamespace && !["Composite", "Sequence", "Dictionary"].includes(typeName)) {
    let result = {};
    return result[options.xml.xmlCharKey] = serializedValue, result["$"] = { [xmlnsKey]: xmlNamespace }, result;
  }
  return serializedValue;
}
function prepareXMLRootList(obj, elementName, xmlNamespaceKey, xmlNamespace) {
  if (Array.isArray(obj) || (obj = [obj]), !xmlNamespaceKey || !xmlNamespace)
    return { [elementName]: obj };
  let result = { [elementName]: obj };
  return result["$"] = { [xmlNamespaceKey]: xmlNamespace }, result;
}

// node_modules/@azure/core-client/dist/esm/deserializationPolicy.js
var defaultJsonContentTypes = ["application/json", "text/json"], defaultXmlContentTypes = ["application/xml", "application/atom+xml"], deserializationPolicyName = "deserializationPolicy";
function deserializationPolicy(options = {}) {
  let jsonContentTypes = options.expectedContentTypes?.json ?? defaultJsonContentTypes, xmlContentTypes = options.expectedContentTypes?.xml ?? defaultXmlContentTypes, parseXML = options.parseXML, serializerOptions = options.serializerOptions, updatedOptions = {
    xml: {
      rootName: serializerOptions?.xml.rootName ?? "",
      includeRoot: serializerOptions?.xml.includeRoot ?? !1,
      xmlCharKey: serializerOptions?.xml.xmlCharKey ?? "_"
    }
  };
  return {
    name: deserializationPolicyName,
    async sendRequest(request, next) {
      let response = await next(request);
      return deserializeResponseBody(jsonContentTypes, xmlContentTypes, response, updatedOptions, parseXML);
    }
  };
}
function getOperationResponseMap(parsedResponse) {
  let result, request = parsedResponse.request, operationInfo = getOperationRequestInfo(request), operationSpec = operationInfo?.operationSpec;
  return operationSpec && (operationInfo?.operationResponseGetter ? result = operationInfo?.operationResponseGetter(operationSpec, parsedResponse) : result = operationSpec.responses[parsedResponse.status]), result;
}
function shouldDeserializeResponse(parsedResponse) {
  let request = parsedResponse.request, shouldDeserialize = getOperationRequestInfo(request)?.shouldDeserialize, result;
  return shouldDeserialize === void 0 ? result = !0 : typeof shouldDeserialize == "boolean" ? result = shouldDeserialize : result = shouldDeserialize(parsedResponse), result;
}
async function deserializeResponseBody(jsonContentTypes, xmlContentTypes, response, options, parseXML) {
  let parsedResponse = await parse(jsonContentTypes, xmlContentTypes, response, options, parseXML);
  if (!shouldDeserializeResponse(parsedResponse))
    return parsedResponse;
  let operationSpec = getOperationRequestInfo(parsedResponse.request)?.operationSpec;
  if (!operationSpec || !operationSpec.responses)
    return parsedResponse;
  let responseSpec = getOperationResponseMap(parsedResponse), { error, shouldReturnResponse } = handleErrorResponse(parsedResponse, operationSpec, responseSpec, options);
  if (error)
    throw error;
  if (shouldReturnResponse)
    return parsedResponse;
  if (responseSpec) {
    if (responseSpec.bodyMapper) {
      let valueToDeserialize = parsedResponse.parsedBody;
      operationSpec.isXML && responseSpec.bodyMapper.type.name === MapperTypeNames.Sequence && (valueToDeserialize = typeof valueToDeserialize == "object" ? valueToDeserialize[responseSpec.bodyMapper.xmlElementName] : []);
      try {
        parsedResponse.parsedBody = operationSpec.serializer.deserialize(responseSpec.bodyMapper, valueToDeserialize, "operationRes.parsedBody", options);
      } catch (deserializeError) {
        throw new RestError(`Error ${deserializeError} occurred in deserializing the responseBody - ${parsedResponse.bodyAsText}`, {
          statusCode: parsedResponse.status,
          request: parsedResponse.request,
          response: parsedResponse
        });
      }
    } else operationSpec.httpMethod === "HEAD" && (parsedResponse.parsedBody = response.status >= 200 && response.status < 300);
    responseSpec.headersMapper && (parsedResponse.parsedHeaders = operationSpec.serializer.deserialize(responseSpec.headersMapper, parsedResponse.headers.toJSON(), "operationRes.parsedHeaders", { xml: {}, ignoreUnknownProperties: !0 }));
  }
  return parsedResponse;
}
function isOperationSpecEmpty(operationSpec) {
  let expectedStatusCodes = Object.keys(operationSpec.responses);
  return expectedStatusCodes.length === 0 || expectedStatusCodes.length === 1 && expectedStatusCodes[0] === "default";
}
function handleErrorResponse(parsedResponse, operationSpec, responseSpec, options) {
  let isSuccessByStatus = 200 <= parsedResponse.status && parsedResponse.status < 300;
  if (isOperationSpecEmpty(operationSpec) ? isSuccessByStatus : !!responseSpec)
    if (responseSpec) {
      if (!responseSpec.isError)
        return { error: null, shouldReturnResponse: !1 };
    } else
      return { error: null, shouldReturnResponse: !1 };
  let errorResponseSpec = responseSpec ?? operationSpec.responses.default, initialErrorMessage = parsedResponse.request.streamResponseStatusCodes?.has(parsedResponse.status) ? `Unexpected status code: ${parsedResponse.status}` : parsedResponse.bodyAsText, error = new RestError(initialErrorMessage, {
    statusCode: parsedResponse.status,
    request: parsedResponse.request,
    response: parsedResponse
  });
  if (!errorResponseSpec && !(parsedResponse.parsedBody?.error?.code && parsedResponse.parsedBody?.error?.message))
    throw error;
  let defaultBodyMapper = errorResponseSpec?.bodyMapper, defaultHeadersMapper = errorResponseSpec?.headersMapper;
  try {
    if (parsedResponse.parsedBody) {
      let parsedBody = parsedResponse.parsedBody, deserializedError;
      if (defaultBodyMapper) {
        let valueToDeserialize = parsedBody;
        if (operationSpec.isXML && defaultBodyMapper.type.name === MapperTypeNames.Sequence) {
          valueToDeserialize = [];
          let elementName = defaultBodyMapper.xmlElementName;
          typeof parsedBody == "object" && elementName && (valueToDeserialize = parsedBody[elementName]);
        }
        deserializedError = operationSpec.serializer.deserialize(defaultBodyMapper, valueToDeserialize, "error.response.parsedBody", options);
      }
      let internalError = parsedBody.error || deserializedError || parsedBody;
      error.code = internalError.code, internalError.message && (error.message = internalError.message), defaultBodyMapper && (error.response.parsedBody = deserializedError);
    }
    parsedResponse.headers && defaultHeadersMapper && (error.response.parsedHeaders = operationSpec.serializer.deserialize(defaultHeadersMapper, parsedResponse.headers.toJSON(), "operationRes.parsedHeaders"));
  } catch (defaultError) {
    error.message = `Error "${defaultError.message}" occurred in deserializing the responseBody - "${parsedResponse.bodyAsText}" for the default response.`;
  }
  return { error, shouldReturnResponse: !1 };
}
async function parse(jsonContentTypes, xmlContentTypes, operationResponse, opts, parseXML) {
  if (!operationResponse.request.streamResponseStatusCodes?.has(operationResponse.status) && operationResponse.bodyAsText) {
    let text = operationResponse.bodyAsText, contentType = operationResponse.headers.get("Content-Type") || "", contentComponents = contentType ? contentType.split(";").map((component) => component.toLowerCase()) : [];
    try {
      if (contentComponents.length === 0 || contentComponents.some((component) => jsonContentTypes.indexOf(component) !== -1))
        return operationResponse.parsedBody = JSON.parse(text), operationResponse;
      if (contentComponents.some((component) => xmlContentTypes.indexOf(component) !== -1)) {
        if (!parseXML)
          throw new Error("Parsing XML not supported.");
        let body = await parseXML(text, opts.xml);
        return operationResponse.parsedBody = body, operationResponse;
      }
    } catch (err) {
      let msg = `Error "${err}" occurred while parsing the response body - ${operationResponse.bodyAsText}.`, errCode = err.code || RestError.PARSE_ERROR;
      throw new RestError(msg, {
        code: errCode,
        statusCode: operationResponse.status,
        request: operationResponse.request,
        response: operationResponse
      });
    }
  }
  return operationResponse;
}

// node_modules/@azure/core-client/dist/esm/pipeline.js
function createClientPipeline(options = {}) {
  let pipeline = createPipelineFromOptions(options ?? {});
  return options.credentialOptions && pipeline.addPolicy(bearerTokenAuthenticationPolicy({
    credential: options.credentialOptions.credential,
    scopes: options.credentialOptions.credentialScopes
  })), pipeline.addPolicy(serializationPolicy(options.serializationOptions), { phase: "Serialize" }), pipeline.addPolicy(deserializationPolicy(options.deserializationOptions), {
    phase: "Deserialize"
  }), pipeline;
}

// node_modules/@azure/core-client/dist/esm/httpClientCache.js
var cachedHttpClient;
function getCachedDefaultHttpClient() {
  return cachedHttpClient || (cachedHttpClient = createDefaultHttpClient()), cachedHttpClient;
}

// node_modules/@azure/core-client/dist/esm/urlHelpers.js
var CollectionFormatToDelimiterMap = {
  CSV: ",",
  SSV: " ",
  Multi: "Multi",
  TSV: "	",
  Pipes: "|"
};
function getRequestUrl(baseUri, operationSpec, operationArguments, fallbackObject) {
  let urlReplacements = calculateUrlReplacements(operationSpec, operationArguments, fallbackObject), isAbsolutePath = !1, requestUrl = replaceAll(baseUri, urlReplacements);
  if (operationSpec.path) {
    let path = replaceAll(operationSpec.path, urlReplacements);
    operationSpec.path === "/{nextLink}" && path.startsWith("/") && (path = path.substring(1)), isAbsoluteUrl(path) ? (requestUrl = path, isAbsolutePath = !0) : requestUrl = appendPath(requestUrl, path);
  }
  let { queryParams, sequenceParams } = calculateQueryParameters(operationSpec, operationArguments, fallbackObject);
  return requestUrl = appendQueryParams(requestUrl, queryParams, sequenceParams, isAbsolutePath), requestUrl;
}
function replaceAll(input, replacements) {
  let result = input;
  for (let [searchValue, replaceValue] of replacements)
    result = result.split(searchValue).join(replaceValue);
  return result;
}
function calculateUrlReplacements(operationSpec, operationArguments, fallbackObject) {
  let result = /* @__PURE__ */ new Map();
  if (operationSpec.urlParameters?.length)
    for (let urlParameter of operationSpec.urlParameters) {
      let urlParameterValue = getOperationArgumentValueFromParameter(operationArguments, urlParameter, fallbackObject), parameterPathString = getPathStringFromParameter(urlParameter);
      urlParameterValue = operationSpec.serializer.serialize(urlParameter.mapper, urlParameterValue, parameterPathString), urlParameter.skipEncoding || (urlParameterValue = encodeURIComponent(urlParameterValue)), result.set(`{${urlParameter.mapper.serializedName || parameterPathString}}`, urlParameterValue);
    }
  return result;
}
function isAbsoluteUrl(url) {
  return url.includes("://");
}
function appendPath(url, pathToAppend) {
  if (!pathToAppend)
    return url;
  let parsedUrl = new URL(url), newPath = parsedUrl.pathname;
  newPath.endsWith("/") || (newPath = `${newPath}/`), pathToAppend.startsWith("/") && (pathToAppend = pathToAppend.substring(1));
  let searchStart = pathToAppend.indexOf("?");
  if (searchStart !== -1) {
    let path = pathToAppend.substring(0, searchStart), search = pathToAppend.substring(searchStart + 1);
    newPath = newPath + path, search && (parsedUrl.search = parsedUrl.search ? `${parsedUrl.search}&${search}` : search);
  } else
    newPath = newPath + pathToAppend;
  return Object.assign(parsedUrl, { pathname: newPath }), parsedUrl.toString();
}
function calculateQueryParameters(operationSpec, operationArguments, fallbackObject) {
  let result = /* @__PURE__ */ new Map(), sequenceParams = /* @__PURE__ */ new Set();
  if (operationSpec.queryParameters?.length)
    for (let queryParameter of operationSpec.queryParameters) {
      queryParameter.mapper.type.name === "Sequence" && queryParameter.mapper.serializedName && sequenceParams.add(queryParameter.mapper.serializedName);
      let queryParameterValue = getOperationArgumentValueFromParameter(operationArguments, queryParameter, fallbackObject);
      if (queryParameterValue != null || queryParameter.mapper.required) {
        queryParameterValue = operationSpec.serializer.serialize(queryParameter.mapper, queryParameterValue, getPathStringFromParameter(queryParameter));
        let delimiter = queryParameter.collectionFormat ? CollectionFormatToDelimiterMap[queryParameter.collectionFormat] : "";
        if (Array.isArray(queryParameterValue) && (queryParameterValue = queryParameterValue.map((item) => item ?? "")), queryParameter.collectionFormat === "Multi" && queryParameterValue.length === 0)
          continue;
        Array.isArray(queryParameterValue) && (queryParameter.collectionFormat === "SSV" || queryParameter.collectionFormat === "TSV") && (queryParameterValue = queryParameterValue.join(delimiter)), queryParameter.skipEncoding || (Array.isArray(queryParameterValue) ? queryParameterValue = queryParameterValue.map((item) => encodeURIComponent(item)) : queryParameterValue = encodeURIComponent(queryParameterValue)), Array.isArray(queryParameterValue) && (queryParameter.collectionFormat === "CSV" || queryParameter.collectionFormat === "Pipes") && (queryParameterValue = queryParameterValue.join(delimiter)), result.set(queryParameter.mapper.serializedName || getPathStringFromParameter(queryParameter), queryParameterValue);
      }
    }
  return {
    queryParams: result,
    sequenceParams
  };
}
function simpleParseQueryParams(queryString) {
  let result = /* @__PURE__ */ new Map();
  if (!queryString || queryString[0] !== "?")
    return result;
  queryString = queryString.slice(1);
  let pairs = queryString.split("&");
  for (let pair of pairs) {
    let [name, value] = pair.split("=", 2), existingValue = result.get(name);
    existingValue ? Array.isArray(existingValue) ? existingValue.push(value) : result.set(name, [existingValue, value]) : result.set(name, value);
  }
  return result;
}
function appendQueryParams(url, queryParams, sequenceParams, noOverwrite = !1) {
  if (queryParams.size === 0)
    return url;
  let parsedUrl = new URL(url), combinedParams = simpleParseQueryParams(parsedUrl.search);
  for (let [name, value] of queryParams) {
    let existingValue = combinedParams.get(name);
    if (Array.isArray(existingValue))
      if (Array.isArray(value)) {
        existingValue.push(...value);
        let valueSet = new Set(existingValue);
        combinedParams.set(name, Array.from(valueSet));
      } else
        existingValue.push(value);
    else existingValue ? (Array.isArray(value) ? value.unshift(existingValue) : sequenceParams.has(name) && combinedParams.set(name, [existingValue, value]), noOverwrite || combinedParams.set(name, value)) : combinedParams.set(name, value);
  }
  let searchPieces = [];
  for (let [name, value] of combinedParams)
    if (typeof value == "string")
      searchPieces.push(`${name}=${value}`);
    else if (Array.isArray(value))
      for (let subValue of value)
        searchPieces.push(`${name}=${subValue}`);
    else
      searchPieces.push(`${name}=${value}`);
  return parsedUrl.search = searchPieces.length ? `?${searchPieces.join("&")}` : "", parsedUrl.toString();
}

// node_modules/@azure/core-client/dist/esm/log.js
var logger = createClientLogger("core-client");

// node_modules/@azure/core-client/dist/esm/serviceClient.js
var ServiceClient = class {
  /**
   * If specified, this is the base URI that requests will be made against for this ServiceClient.
   * If it is not specified, then all OperationSpecs must contain a baseUrl property.
   */
  _endpoint;
  /**
   * The default request content type for the service.
   * Used if no requestContentType is present on an OperationSpec.
   */
  _requestContentType;
  /**
   * Set to true if the request is sent over HTTP instead of HTTPS
   */
  _allowInsecureConnection;
  /**
   * The HTTP client that will be used to send requests.
   */
  _httpClient;
  /**
   * The pipeline used by this client to make requests
   */
  pipeline;
  /**
   * The ServiceClient constructor
   * @param options - The service client options that govern the behavior of the client.
   */
  constructor(options = {}) {
    if (this._requestContentType = options.requestContentType, this._endpoint = options.endpoint ?? options.baseUri, options.baseUri && logger.warning("The baseUri option for SDK Clients has been deprecated, please use endpoint instead."), this._allowInsecureConnection = options.allowInsecureConnection, this._httpClient = options.httpClient || getCachedDefaultHttpClient(), this.pipeline = options.pipeline || createDefaultPipeline(options), options.additionalPolicies?.length)
      for (let { policy, position } of options.additionalPolicies) {
        let afterPhase = position === "perRetry" ? "Sign" : void 0;
        this.pipeline.addPolicy(policy, {
          afterPhase
        });
      }
  }
  /**
   * Send the provided httpRequest.
   */
  sendRequest(request) {
    return this.pipeline.sendRequest(this._httpClient, request);
  }
  /**
   * Send an HTTP request that is populated using the provided OperationSpec.
   * @typeParam T - The typed result of the request, based on the OperationSpec.
   * @param operationArguments - The arguments that the HTTP request's templated values will be populated from.
   * @param operationSpec - The OperationSpec to use to populate the httpRequest.
   */
  async sendOperationRequest(operationArguments, operationSpec) {
    let endpoint = operationSpec.baseUrl || this._endpoint;
    if (!endpoint)
      throw new Error("If operationSpec.baseUrl is not specified, then the ServiceClient must have a endpoint string property that contains the base URL to use.");
    let url = getRequestUrl(endpoint, operationSpec, operationArguments, this), request = createPipelineRequest({
      url
    });
    request.method = operationSpec.httpMethod;
    let operationInfo = getOperationRequestInfo(request);
    operationInfo.operationSpec = operationSpec, operationInfo.operationArguments = operationArguments;
    let contentType = operationSpec.contentType || this._requestContentType;
    contentType && operationSpec.requestBody && request.headers.set("Content-Type", contentType);
    let options = operationArguments.options;
    if (options) {
      let requestOptions = options.requestOptions;
      requestOptions && (requestOptions.timeout && (request.timeout = requestOptions.timeout), requestOptions.onUploadProgress && (request.onUploadProgress = requestOptions.onUploadProgress), requestOptions.onDownloadProgress && (request.onDownloadProgress = requestOptions.onDownloadProgress), requestOptions.shouldDeserialize !== void 0 && (operationInfo.shouldDeserialize = requestOptions.shouldDeserialize), requestOptions.allowInsecureConnection && (request.allowInsecureConnection = !0)), options.abortSignal && (request.abortSignal = options.abortSignal), options.tracingOptions && (request.tracingOptions = options.tracingOptions);
    }
    this._allowInsecureConnection && (request.allowInsecureConnection = !0), request.streamResponseStatusCodes === void 0 && (request.streamResponseStatusCodes = getStreamingResponseStatusCodes(operationSpec));
    try {
      let rawResponse = await this.sendRequest(request), flatResponse = flattenResponse(rawResponse, operationSpec.responses[rawResponse.status]);
      return options?.onResponse && options.onResponse(rawResponse, flatResponse), flatResponse;
    } catch (error) {
      if (typeof error == "object" && error?.response) {
        let rawResponse = error.response, flatResponse = flattenResponse(rawResponse, operationSpec.responses[error.statusCode] || operationSpec.responses.default);
        error.details = flatResponse, options?.onResponse && options.onResponse(rawResponse, flatResponse, error);
      }
      throw error;
    }
  }
};
function createDefaultPipeline(options) {
  let credentialScopes = getCredentialScopes(options), credentialOptions = options.credential && credentialScopes ? { credentialScopes, credential: options.credential } : void 0;
  return createClientPipeline({
    ...options,
    credentialOptions
  });
}
function getCredentialScopes(options) {
  if (options.credentialScopes)
    return options.credentialScopes;
  if (options.endpoint)
    return `${options.endpoint}/.default`;
  if (options.baseUri)
    return `${options.baseUri}/.default`;
  if (options.credential)
    throw new Error("When using credentials, the ServiceClientOptions must contain either a endpoint or a credentialScopes. Unable to create a bearerTokenAuthenticationPolicy");
}

// node_modules/@azure/core-client/dist/esm/authorizeRequestOnClaimChallenge.js
function parseCAEChallenge(challenges) {
  return `, ${challenges.trim()}`.split(", Bearer ").filter((x) => x).map((challenge) => `${challenge.trim()}, `.split('", ').filter((x) => x).map((keyValue) => (([key, value]) => ({ [key]: value }))(keyValue.trim().split('="'))).reduce((a, b) => ({ ...a, ...b }), {}));
}
async function authorizeRequestOnClaimChallenge(onChallengeOptions) {
  let { scopes, response } = onChallengeOptions, logger2 = onChallengeOptions.logger || logger, challenge = response.headers.get("WWW-Authenticate");
  if (!challenge)
    return logger2.info("The WWW-Authenticate header was missing. Failed to perform the Continuous Access Evaluation authentication flow."), !1;
  let parsedChallenge = (parseCAEChallenge(challenge) || []).find((x) => x.claims);
  if (!parsedChallenge)
    return logger2.info('The WWW-Authenticate header was missing the necessary "claims" to perform the Continuous Access Evaluation authentication flow.'), !1;
  let accessToken = await onChallengeOptions.getAccessToken(parsedChallenge.scope ? [parsedChallenge.scope] : scopes, {
    claims: decodeStringToString(parsedChallenge.claims)
  });
  return accessToken ? (onChallengeOptions.request.headers.set("Authorization", `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`), !0) : !1;
}

// node_modules/@azure/core-client/dist/esm/authorizeRequestOnTenantChallenge.js
var Constants = {
  DefaultScope: "/.default",
  /**
   * Defines constants for use with HTTP headers.
   */
  HeaderConstants: {
    /**
     * The Authorization header.
     */
    AUTHORIZATION: "authorization"
  }
};
function isUuid(text) {
  return /^[0-9a-fA-F]{8}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{4}\b-[0-9a-fA-F]{12}$/.test(text);
}
var authorizeRequestOnTenantChallenge = async (challengeOptions) => {
  let requestOptions = requestToOptions(challengeOptions.request), challenge = getChallenge(challengeOptions.response);
  if (challenge) {
    let challengeInfo = parseChallenge(challenge), challengeScopes = buildScopes(challengeOptions, challengeInfo), tenantId = extractTenantId(challengeInfo);
    if (!tenantId)
      return !1;
    let accessToken = await challengeOptions.getAccessToken(challengeScopes, {
      ...requestOptions,
      tenantId
    });
    return accessToken ? (challengeOptions.request.headers.set(Constants.HeaderConstants.AUTHORIZATION, `${accessToken.tokenType ?? "Bearer"} ${accessToken.token}`), !0) : !1;
  }
  return !1;
};
function extractTenantId(challengeInfo) {
  let tenantId = new URL(challengeInfo.authorization_uri).pathname.split("/")[1];
  if (tenantId && isUuid(tenantId))
    return tenantId;
}
function buildScopes(challengeOptions, challengeInfo) {
  if (!challengeInfo.resource_id)
    return challengeOptions.scopes;
  let challengeScopes = new URL(challengeInfo.resource_id), scope = new URL(Constants.DefaultScope, challengeScopes.origin).toString();
  return scope === "https://disk.azure.com/.default" && (scope = "https://disk.azure.com//.default"), [scope];
}
function getChallenge(response) {
  let challenge = response.headers.get("WWW-Authenticate");
  if (response.status === 401 && challenge)
    return challenge;
}
function parseChallenge(challenge) {
  return `${challenge.slice(7).trim()} `.split(" ").filter((x) => x).map((keyValue) => (([key, value]) => ({ [key]: value }))(keyValue.trim().split("="))).reduce((a, b) => ({ ...a, ...b }), {});
}
function requestToOptions(request) {
  return {
    abortSignal: request.abortSignal,
    requestOptions: {
      timeout: request.timeout
    },
    tracingOptions: request.tracingOptions
  };
}

export {
  createSerializer,
  serializationPolicy,
  createClientPipeline,
  ServiceClient,
  authorizeRequestOnClaimChallenge,
  authorizeRequestOnTenantChallenge
};
