import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);

// node_modules/hyparquet/src/node.js
import { createReadStream, promises as fs } from "fs";

// node_modules/hyparquet/src/constants.js
var ParquetTypes = [
  "BOOLEAN",
  "INT32",
  "INT64",
  "INT96",
  // deprecated
  "FLOAT",
  "DOUBLE",
  "BYTE_ARRAY",
  "FIXED_LEN_BYTE_ARRAY"
], Encodings = [
  "PLAIN",
  "GROUP_VAR_INT",
  // deprecated
  "PLAIN_DICTIONARY",
  "RLE",
  "BIT_PACKED",
  // deprecated
  "DELTA_BINARY_PACKED",
  "DELTA_LENGTH_BYTE_ARRAY",
  "DELTA_BYTE_ARRAY",
  "RLE_DICTIONARY",
  "BYTE_STREAM_SPLIT",
  "ALP"
], FieldRepetitionTypes = [
  "REQUIRED",
  "OPTIONAL",
  "REPEATED"
], ConvertedTypes = [
  "UTF8",
  "MAP",
  "MAP_KEY_VALUE",
  "LIST",
  "ENUM",
  "DECIMAL",
  "DATE",
  "TIME_MILLIS",
  "TIME_MICROS",
  "TIMESTAMP_MILLIS",
  "TIMESTAMP_MICROS",
  "UINT_8",
  "UINT_16",
  "UINT_32",
  "UINT_64",
  "INT_8",
  "INT_16",
  "INT_32",
  "INT_64",
  "JSON",
  "BSON",
  "INTERVAL"
], CompressionCodecs = [
  "UNCOMPRESSED",
  "SNAPPY",
  "GZIP",
  "LZO",
  "BROTLI",
  "LZ4",
  "ZSTD",
  "LZ4_RAW"
], PageTypes = [
  "DATA_PAGE",
  "INDEX_PAGE",
  "DICTIONARY_PAGE",
  "DATA_PAGE_V2"
], BoundaryOrders = [
  "UNORDERED",
  "ASCENDING",
  "DESCENDING"
], EdgeInterpolationAlgorithms = [
  "SPHERICAL",
  "VINCENTY",
  "THOMAS",
  "ANDOYER",
  "KARNEY"
];

// node_modules/hyparquet/src/wkb.js
function wkbToGeojson(reader) {
  let flags = getFlags(reader);
  if (flags.type === 1)
    return { type: "Point", coordinates: readPosition(reader, flags) };
  if (flags.type === 2)
    return { type: "LineString", coordinates: readLine(reader, flags) };
  if (flags.type === 3)
    return { type: "Polygon", coordinates: readPolygon(reader, flags) };
  if (flags.type === 4) {
    let points = [];
    for (let i = 0; i < flags.count; i++)
      points.push(readPosition(reader, getFlags(reader)));
    return { type: "MultiPoint", coordinates: points };
  } else if (flags.type === 5) {
    let lines = [];
    for (let i = 0; i < flags.count; i++)
      lines.push(readLine(reader, getFlags(reader)));
    return { type: "MultiLineString", coordinates: lines };
  } else if (flags.type === 6) {
    let polygons = [];
    for (let i = 0; i < flags.count; i++)
      polygons.push(readPolygon(reader, getFlags(reader)));
    return { type: "MultiPolygon", coordinates: polygons };
  } else if (flags.type === 7) {
    let geometries = [];
    for (let i = 0; i < flags.count; i++)
      geometries.push(wkbToGeojson(reader));
    return { type: "GeometryCollection", geometries };
  } else
    throw new Error(`Unsupported geometry type: ${flags.type}`);
}
function getFlags(reader) {
  let { view } = reader, littleEndian = view.getUint8(reader.offset++) === 1, rawType = view.getUint32(reader.offset, littleEndian);
  reader.offset += 4;
  let type = rawType % 1e3, flags = Math.floor(rawType / 1e3), count = 0;
  type > 1 && type <= 7 && (count = view.getUint32(reader.offset, littleEndian), reader.offset += 4);
  let dim = 2;
  return flags && dim++, flags === 3 && dim++, { littleEndian, type, dim, count };
}
function readPosition(reader, flags) {
  let points = [];
  for (let i = 0; i < flags.dim; i++) {
    let coord = reader.view.getFloat64(reader.offset, flags.littleEndian);
    reader.offset += 8, points.push(coord);
  }
  return points;
}
function readLine(reader, flags) {
  let points = [];
  for (let i = 0; i < flags.count; i++)
    points.push(readPosition(reader, flags));
  return points;
}
function readPolygon(reader, flags) {
  let { view } = reader, rings = [];
  for (let r = 0; r < flags.count; r++) {
    let count = view.getUint32(reader.offset, flags.littleEndian);
    reader.offset += 4, rings.push(readLine(reader, { ...flags, count }));
  }
  return rings;
}

// node_modules/hyparquet/src/convert.js
var decoder = new TextDecoder(), DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis));
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n));
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n));
  },
  dateFromDays(days) {
    return new Date(days * 864e5);
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes);
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes));
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 });
  },
  uuidFromBytes(bytes) {
    if (!bytes) return;
    let hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20, 32);
  }
};
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith("_DICTIONARY")) {
    let output = data;
    data instanceof Uint8Array && !(dictionary instanceof Uint8Array) && (output = new dictionary.constructor(data.length));
    for (let i = 0; i < data.length; i++)
      output[i] = dictionary[data[i]];
    return output;
  } else
    return convert(data, columnDecoder);
}
function convert(data, columnDecoder) {
  let { element, parsers, utf8 = !0, schemaPath } = columnDecoder, { type, converted_type: ctype, logical_type: ltype } = element, nullable = element.repetition_type !== "REQUIRED";
  if (type === "BYTE_ARRAY" && element.name === "inline" && schemaPath?.at(-2)?.element.logical_type?.type === "FILE" || schemaPath?.some((s) => s.element.logical_type?.type === "VARIANT") && type === "BYTE_ARRAY" && ctype !== "UTF8" && ltype?.type !== "STRING")
    return data;
  if (ctype === "DECIMAL") {
    let scale = element.scale || 0, factor = 10 ** scale, arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++)
      data[i] instanceof Uint8Array ? arr[i] = scale > 308 ? parseDecimal(data[i]) * 10 ** -scale : parseDecimal(data[i]) / factor : arr[i] = Number(data[i]) / factor;
    return arr;
  }
  if (!ctype && type === "INT96")
    return Array.from(data).map((v) => parsers.timestampFromNanoseconds(parseInt96Nanos(v)));
  if (ctype === "DATE")
    return Array.from(data).map((v) => parsers.dateFromDays(v));
  if (ctype === "TIMESTAMP_MILLIS")
    return Array.from(data).map((v) => parsers.timestampFromMilliseconds(v));
  if (ctype === "TIMESTAMP_MICROS")
    return Array.from(data).map((v) => parsers.timestampFromMicroseconds(v));
  if (ctype === "JSON")
    return data.map((v) => parsers.jsonFromBytes(v));
  if (ctype === "BSON")
    throw new Error("parquet bson not supported");
  if (ctype === "INTERVAL")
    throw new Error("parquet interval not supported");
  if (ltype?.type === "GEOMETRY")
    return data.map((v) => parsers.geometryFromBytes(v));
  if (ltype?.type === "GEOGRAPHY")
    return data.map((v) => parsers.geographyFromBytes(v));
  if (ltype?.type === "UUID")
    return data.map((v) => parsers.uuidFromBytes(v));
  if (ctype === "UTF8" || ltype?.type === "STRING" || utf8 && type === "BYTE_ARRAY")
    return data.map((v) => parsers.stringFromBytes(v));
  if (ctype === "UINT_64" || ltype?.type === "INTEGER" && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length);
    let arr = nullable ? new Array(data.length) : new BigUint64Array(data.length);
    for (let i = 0; i < arr.length; i++) arr[i] = data[i];
    return arr;
  }
  if (ctype === "UINT_32" || ltype?.type === "INTEGER" && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length);
    let arr = nullable ? new Array(data.length) : new Uint32Array(data.length);
    for (let i = 0; i < arr.length; i++)
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i];
    return arr;
  }
  if (ltype?.type === "FLOAT16")
    return Array.from(data).map(parseFloat16);
  if (ltype?.type === "TIMESTAMP") {
    let { unit } = ltype, parser = parsers.timestampFromMilliseconds;
    unit === "MICROS" && (parser = parsers.timestampFromMicroseconds), unit === "NANOS" && (parser = parsers.timestampFromNanoseconds);
    let arr = new Array(data.length);
    for (let i = 0; i < arr.length; i++)
      arr[i] = parser(data[i]);
    return arr;
  }
  return data;
}
function parseDecimal(bytes) {
  if (!bytes.length) return 0;
  let value = 0n;
  for (let byte of bytes)
    value = value * 256n + BigInt(byte);
  let bits = bytes.length * 8;
  return value >= 2n ** BigInt(bits - 1) && (value -= 2n ** BigInt(bits)), Number(value);
}
function parseInt96Nanos(value) {
  let days = (value >> 64n) - 2440588n, nano = value & 0xffffffffffffffffn;
  return days * 86400000000000n + nano;
}
function parseFloat16(bytes) {
  if (!bytes) return;
  let int16 = bytes[1] << 8 | bytes[0], sign = int16 >> 15 ? -1 : 1, exp = int16 >> 10 & 31, frac = int16 & 1023;
  return exp === 0 ? sign * 2 ** -14 * (frac / 1024) : exp === 31 ? frac ? NaN : sign * (1 / 0) : sign * 2 ** (exp - 15) * (1 + frac / 1024);
}

// node_modules/hyparquet/src/schema.js
function schemaTree(schema, rootIndex, path) {
  let element = schema[rootIndex], children = [], count = 1;
  if (element.num_children)
    for (; children.length < element.num_children; ) {
      let childElement = schema[rootIndex + count], child = schemaTree(schema, rootIndex + count, [...path, childElement.name]);
      count += child.count, children.push(child);
    }
  return { count, element, children, path };
}
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name);
}
function getTreePath(tree, name) {
  let path = [tree];
  for (let part of name) {
    let child = tree.children.find((child2) => child2.element.name === part);
    if (!child) throw new Error(`parquet schema element not found: ${name}`);
    path.push(child), tree = child;
  }
  return path;
}
function getPhysicalColumns(schemaTree2) {
  let columns = [];
  function traverse(node) {
    if (node.children.length)
      for (let child of node.children)
        traverse(child);
    else
      columns.push(node.path.join("."));
  }
  return traverse(schemaTree2), columns;
}
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0;
  for (let { element } of schemaPath)
    element.repetition_type === "REPEATED" && maxLevel++;
  return maxLevel;
}
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0;
  for (let { element } of schemaPath.slice(1))
    element.repetition_type !== "REQUIRED" && maxLevel++;
  return maxLevel;
}
function isListLike(schema) {
  if (!schema || schema.element.converted_type !== "LIST" || schema.children.length > 1) return !1;
  let firstChild = schema.children[0];
  return !(firstChild.children.length > 1 || firstChild.element.repetition_type !== "REPEATED");
}
function isMapLike(schema) {
  if (!schema || schema.element.converted_type !== "MAP" || schema.children.length > 1) return !1;
  let firstChild = schema.children[0];
  return !(firstChild.children.length !== 2 || firstChild.element.repetition_type !== "REPEATED" || firstChild.children.find((child) => child.element.name === "key")?.element.repetition_type === "REPEATED" || firstChild.children.find((child) => child.element.name === "value")?.element.repetition_type === "REPEATED");
}
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return !1;
  let [, column] = schemaPath;
  return !(column.element.repetition_type === "REPEATED" || column.children.length);
}

// node_modules/hyparquet/src/thrift.js
function deserializeTCompactProtocol(reader) {
  let value = {}, fid = 0;
  for (; ; ) {
    if (reader.offset >= reader.view.byteLength) throw new Error("thrift struct ended without STOP");
    let byte = reader.view.getUint8(reader.offset++), type = byte & 15;
    if (type === 0) break;
    let delta = byte >> 4;
    fid = delta ? fid + delta : readZigZag(reader), value[`field_${fid}`] = readElement(reader, type);
  }
  return value;
}
function readElement(reader, type) {
  switch (type) {
    case 1:
      return !0;
    case 2:
      return !1;
    case 3:
      return reader.view.getInt8(reader.offset++);
    case 4:
    case 5:
      return readZigZag(reader);
    case 6:
      return readZigZagBigInt(reader);
    case 7: {
      let value = reader.view.getFloat64(reader.offset, !0);
      return reader.offset += 8, value;
    }
    case 8: {
      let stringLength = readVarInt(reader);
      if (reader.offset + stringLength > reader.view.byteLength)
        throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`);
      let strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength);
      return reader.offset += stringLength, strBytes;
    }
    case 9: {
      let byte = reader.view.getUint8(reader.offset++), elemType = byte & 15, listSize = byte >> 4;
      listSize === 15 && (listSize = readVarInt(reader));
      let boolType = elemType === 1 || elemType === 2, values = new Array(listSize);
      for (let i = 0; i < listSize; i++)
        values[i] = boolType ? readElement(reader, 3) === 1 : readElement(reader, elemType);
      return values;
    }
    case 12:
      return deserializeTCompactProtocol(reader);
    default:
      throw new Error(`thrift unhandled type: ${type}`);
  }
}
function readVarInt(reader) {
  let result = 0, shift = 0;
  for (; ; ) {
    let byte = reader.view.getUint8(reader.offset++);
    if (result |= (byte & 127) << shift, !(byte & 128))
      return result;
    shift += 7;
  }
}
function readVarBigInt(reader) {
  let result = 0n, shift = 0n;
  for (; ; ) {
    let byte = reader.view.getUint8(reader.offset++);
    if (result |= BigInt(byte & 127) << shift, !(byte & 128))
      return result;
    shift += 7n;
  }
}
function readZigZag(reader) {
  let zigzag = readVarInt(reader);
  return zigzag >>> 1 ^ -(zigzag & 1);
}
function readZigZagBigInt(reader) {
  let zigzag = readVarBigInt(reader);
  return zigzag >> 1n ^ -(zigzag & 1n);
}

// node_modules/hyparquet/src/geoparquet.js
function markGeoColumns(schema, key_value_metadata) {
  let columns = /* @__PURE__ */ new Map(), geo = key_value_metadata?.find(({ key }) => key === "geo")?.value, decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {};
  for (let [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== "WKB") continue;
    let type = column.edges === "spherical" ? "GEOGRAPHY" : "GEOMETRY", id = column.crs?.id ?? column.crs?.ids?.[0], crs = id ? `${id.authority}:${id.code.toString()}` : void 0;
    columns.set(name, { type, crs });
  }
  for (let i = 1; i < schema.length; i++) {
    let { logical_type, name, num_children, type } = schema[i];
    if (num_children) {
      i += num_children;
      continue;
    }
    type === "BYTE_ARRAY" && !logical_type && (schema[i].logical_type = columns.get(name));
  }
}

// node_modules/hyparquet/src/metadata.js
var defaultInitialFetchSize = 1 << 19, decoder2 = new TextDecoder();
function decode(value) {
  return value && decoder2.decode(value);
}
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = !0 } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error("parquet expected AsyncBuffer");
  let footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize), footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength), footerView = new DataView(footerBuffer);
  if (footerView.getUint32(footerBuffer.byteLength - 4, !0) !== 827474256)
    throw new Error("parquet file invalid (footer != PAR1)");
  let metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, !0);
  if (metadataLength > asyncBuffer.byteLength - 8)
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`);
  if (metadataLength + 8 > initialFetchSize) {
    let metadataOffset = asyncBuffer.byteLength - metadataLength - 8, metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset), combinedBuffer = new ArrayBuffer(metadataLength + 8), combinedView = new Uint8Array(combinedBuffer);
    return combinedView.set(new Uint8Array(metadataBuffer)), combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset), parquetMetadata(combinedBuffer, { parsers, geoparquet });
  } else
    return parquetMetadata(footerBuffer, { parsers, geoparquet });
}
function parquetMetadata(arrayBuffer, { parsers, geoparquet = !0 } = {}) {
  let view;
  if (arrayBuffer instanceof ArrayBuffer)
    view = new DataView(arrayBuffer);
  else if (arrayBuffer instanceof Uint8Array)
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength);
  else
    throw new Error("parquet expected ArrayBuffer or Uint8Array");
  let allParsers = { ...DEFAULT_PARSERS, ...parsers };
  if (view.byteLength < 8)
    throw new Error("parquet file is too short");
  if (view.getUint32(view.byteLength - 4, !0) !== 827474256)
    throw new Error("parquet file invalid (footer != PAR1)");
  let metadataLengthOffset = view.byteLength - 8, metadataLength = view.getUint32(metadataLengthOffset, !0);
  if (metadataLength > view.byteLength - 8)
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`);
  let metadataOffset = metadataLengthOffset - metadataLength, metadata = deserializeTCompactProtocol({ view, offset: metadataOffset }), version = metadata.field_1, schema = metadata.field_2.map((field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10)
  })), columnSchema = schema.filter((e) => e.type), num_rows = metadata.field_3, row_groups = metadata.field_4.map((rowGroup) => ({
    columns: rowGroup.field_1.map((column, columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2)
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8
          },
          geospatial_types: column.field_3.field_17.field_2
        }
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7
  })), key_value_metadata = metadata.field_5?.map((kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2)
  })), created_by = decode(metadata.field_6);
  return geoparquet && markGeoColumns(schema, key_value_metadata), {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength
  };
}
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0];
}
function logicalType(logicalType2) {
  return logicalType2?.field_1 ? { type: "STRING" } : logicalType2?.field_2 ? { type: "MAP" } : logicalType2?.field_3 ? { type: "LIST" } : logicalType2?.field_4 ? { type: "ENUM" } : logicalType2?.field_5 ? {
    type: "DECIMAL",
    scale: logicalType2.field_5.field_1,
    precision: logicalType2.field_5.field_2
  } : logicalType2?.field_6 ? { type: "DATE" } : logicalType2?.field_7 ? {
    type: "TIME",
    isAdjustedToUTC: logicalType2.field_7.field_1,
    unit: timeUnit(logicalType2.field_7.field_2)
  } : logicalType2?.field_8 ? {
    type: "TIMESTAMP",
    isAdjustedToUTC: logicalType2.field_8.field_1,
    unit: timeUnit(logicalType2.field_8.field_2)
  } : logicalType2?.field_10 ? {
    type: "INTEGER",
    bitWidth: logicalType2.field_10.field_1,
    isSigned: logicalType2.field_10.field_2
  } : logicalType2?.field_11 ? { type: "NULL" } : logicalType2?.field_12 ? { type: "JSON" } : logicalType2?.field_13 ? { type: "BSON" } : logicalType2?.field_14 ? { type: "UUID" } : logicalType2?.field_15 ? { type: "FLOAT16" } : logicalType2?.field_16 ? {
    type: "VARIANT",
    specification_version: logicalType2.field_16.field_1
  } : logicalType2?.field_17 ? {
    type: "GEOMETRY",
    crs: decode(logicalType2.field_17.field_1)
  } : logicalType2?.field_18 ? {
    type: "GEOGRAPHY",
    crs: decode(logicalType2.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType2.field_18.field_2]
  } : logicalType2?.field_19 ? { type: "FILE" } : logicalType2;
}
function timeUnit(unit) {
  if (unit.field_1) return "MILLIS";
  if (unit.field_2) return "MICROS";
  if (unit.field_3) return "NANOS";
  throw new Error("parquet time unit required");
}
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}
function convertMetadata(value, schema, parsers) {
  let { type, converted_type, logical_type } = schema;
  if (value === void 0) return value;
  if (type === "BOOLEAN") return value[0] === 1;
  if (type === "BYTE_ARRAY") return parsers.stringFromBytes(value);
  let view = new DataView(value.buffer, value.byteOffset, value.byteLength);
  if (type === "FLOAT" && view.byteLength === 4) return view.getFloat32(0, !0);
  if (type === "DOUBLE" && view.byteLength === 8) return view.getFloat64(0, !0);
  if (type === "INT32" && converted_type === "DECIMAL" && view.byteLength === 4)
    return view.getInt32(0, !0) / 10 ** (schema.scale || 0);
  if (type === "INT64" && converted_type === "DECIMAL" && view.byteLength === 8)
    return Number(view.getBigInt64(0, !0)) / 10 ** (schema.scale || 0);
  if (type === "INT32" && converted_type === "DATE") return parsers.dateFromDays(view.getInt32(0, !0));
  if (type === "INT64" && converted_type === "TIMESTAMP_MILLIS") return parsers.timestampFromMilliseconds(view.getBigInt64(0, !0));
  if (type === "INT64" && converted_type === "TIMESTAMP_MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, !0));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "NANOS") return parsers.timestampFromNanoseconds(view.getBigInt64(0, !0));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP" && logical_type?.unit === "MICROS") return parsers.timestampFromMicroseconds(view.getBigInt64(0, !0));
  if (type === "INT64" && logical_type?.type === "TIMESTAMP") return parsers.timestampFromMilliseconds(view.getBigInt64(0, !0));
  let unsigned = converted_type?.startsWith("UINT_") || logical_type?.type === "INTEGER" && !logical_type.isSigned;
  if (type === "INT32" && unsigned && view.byteLength === 4) return view.getUint32(0, !0);
  if (type === "INT64" && unsigned && view.byteLength === 8) return view.getBigUint64(0, !0);
  if (type === "INT32" && view.byteLength === 4) return view.getInt32(0, !0);
  if (type === "INT64" && view.byteLength === 8) return view.getBigInt64(0, !0);
  if (converted_type === "DECIMAL") {
    let scale = schema.scale || 0;
    return scale > 308 ? parseDecimal(value) * 10 ** -scale : parseDecimal(value) / 10 ** scale;
  }
  return logical_type?.type === "FLOAT16" ? parseFloat16(value) : logical_type?.type === "UUID" ? parsers.uuidFromBytes(value) : value;
}

// node_modules/hyparquet/src/indexes.js
function readColumnIndex(reader, schema, parsers = void 0) {
  let allParsers = { ...DEFAULT_PARSERS, ...parsers }, thrift = deserializeTCompactProtocol(reader);
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((m) => convertMetadata(m, schema, allParsers)),
    max_values: thrift.field_3.map((m) => convertMetadata(m, schema, allParsers)),
    boundary_order: BoundaryOrders[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7
  };
}
function readOffsetIndex(reader) {
  let thrift = deserializeTCompactProtocol(reader);
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map((loc) => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3
    })),
    unencoded_byte_array_data_bytes: thrift.field_2
  };
}

// node_modules/hyparquet/src/xxhash.js
var MASK = 0xffffffffffffffffn, PRIME1 = 0x9e3779b185ebca87n, PRIME2 = 0xc2b2ae3d27d4eb4fn, PRIME3 = 0x165667b19e3779f9n, PRIME4 = 0x85ebca77c2b2ae63n, PRIME5 = 0x27d4eb2f165667c5n;
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK;
}
function round(acc, val) {
  return acc = acc + val * PRIME2 & MASK, acc = rotl64(acc, 31n), acc * PRIME1 & MASK;
}
function mergeRound(acc, val) {
  return acc ^= round(0n, val), acc * PRIME1 + PRIME4 & MASK;
}
function xxhash64(input, seed = 0n) {
  let view = new DataView(input.buffer, input.byteOffset, input.byteLength), len = input.byteLength, offset = 0, h64;
  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK, v2 = seed + PRIME2 & MASK, v3 = seed, v4 = seed - PRIME1 & MASK;
    for (; offset + 32 <= len; )
      v1 = round(v1, view.getBigUint64(offset, !0)), offset += 8, v2 = round(v2, view.getBigUint64(offset, !0)), offset += 8, v3 = round(v3, view.getBigUint64(offset, !0)), offset += 8, v4 = round(v4, view.getBigUint64(offset, !0)), offset += 8;
    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK, h64 = mergeRound(h64, v1), h64 = mergeRound(h64, v2), h64 = mergeRound(h64, v3), h64 = mergeRound(h64, v4);
  } else
    h64 = seed + PRIME5 & MASK;
  for (h64 = h64 + BigInt(len) & MASK; offset + 8 <= len; )
    h64 ^= round(0n, view.getBigUint64(offset, !0)), h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK, offset += 8;
  for (offset + 4 <= len && (h64 ^= BigInt(view.getUint32(offset, !0)) * PRIME1 & MASK, h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK, offset += 4); offset < len; )
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK, h64 = rotl64(h64, 11n) * PRIME1 & MASK, offset += 1;
  return h64 ^= h64 >> 33n, h64 = h64 * PRIME2 & MASK, h64 ^= h64 >> 29n, h64 = h64 * PRIME3 & MASK, h64 ^= h64 >> 32n, h64;
}

// node_modules/hyparquet/src/bloom.js
var textEncoder = new TextEncoder(), SALT = new Uint32Array([
  1203114875,
  1150766481,
  2284105051,
  2729912477,
  1884591559,
  770785867,
  2667333959,
  1550580529
]);
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n);
}
function blockMask(hash) {
  let m = new Uint32Array(8), low = Number(hash & 0xffffffffn) | 0;
  for (let i = 0; i < 8; i++)
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27);
  return m;
}
function sbbfContains(blocks, hash) {
  let offset = blockIndex(hash, blocks.length >> 3) << 3, m = blockMask(hash);
  for (let i = 0; i < 8; i++)
    if ((blocks[offset + i] & m[i]) === 0) return !1;
  return !0;
}
function readBloomFilter(reader) {
  let header = deserializeTCompactProtocol(reader), numBytes = header.field_1;
  if (typeof numBytes != "number" || numBytes <= 0 || numBytes % 32 !== 0 || !header.field_2?.field_1 || !header.field_3?.field_1 || !header.field_4?.field_1) return;
  let { view, offset } = reader;
  if (offset + numBytes > view.byteLength)
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`);
  let blocks = new Uint32Array(numBytes >> 2);
  for (let i = 0; i < blocks.length; i++)
    blocks[i] = view.getUint32(offset + i * 4, !0);
  return reader.offset = offset + numBytes, { numBytes, blocks };
}
function hashParquetValue(value, element) {
  if (value == null) return;
  let { type, converted_type, logical_type } = element;
  if (type === "BOOLEAN")
    return typeof value != "boolean" ? void 0 : xxhash64(new Uint8Array([value ? 1 : 0]));
  if (type === "FLOAT") {
    if (typeof value != "number") return;
    let buf = new ArrayBuffer(4);
    return new DataView(buf).setFloat32(0, value, !0), xxhash64(new Uint8Array(buf));
  }
  if (type === "DOUBLE") {
    if (typeof value != "number") return;
    let buf = new ArrayBuffer(8);
    return new DataView(buf).setFloat64(0, value, !0), xxhash64(new Uint8Array(buf));
  }
  if (type === "INT32") {
    if (converted_type === "DATE" || converted_type === "DECIMAL" || converted_type === "TIME_MILLIS" || logical_type?.type === "DATE" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL" || typeof value != "number" || !Number.isInteger(value)) return;
    let buf = new ArrayBuffer(4);
    return new DataView(buf).setInt32(0, value | 0, !0), xxhash64(new Uint8Array(buf));
  }
  if (type === "INT64") {
    if (converted_type === "TIMESTAMP_MILLIS" || converted_type === "TIMESTAMP_MICROS" || converted_type === "TIME_MICROS" || converted_type === "DECIMAL" || logical_type?.type === "TIMESTAMP" || logical_type?.type === "TIME" || logical_type?.type === "DECIMAL") return;
    let bigValue;
    if (typeof value == "bigint") bigValue = value;
    else if (typeof value == "number" && Number.isSafeInteger(value)) bigValue = BigInt(value);
    else return;
    let buf = new ArrayBuffer(8);
    return new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), !0), xxhash64(new Uint8Array(buf));
  }
  if (type === "BYTE_ARRAY")
    return converted_type === "JSON" || converted_type === "BSON" || converted_type === "DECIMAL" || logical_type?.type === "JSON" || logical_type?.type === "BSON" || logical_type?.type === "VARIANT" || logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY" ? void 0 : typeof value == "string" ? xxhash64(textEncoder.encode(value)) : value instanceof Uint8Array ? xxhash64(value) : void 0;
  if (type === "FIXED_LEN_BYTE_ARRAY")
    return converted_type === "DECIMAL" || converted_type === "INTERVAL" || logical_type?.type === "DECIMAL" || logical_type?.type === "UUID" || logical_type?.type === "FLOAT16" || logical_type?.type === "GEOMETRY" || logical_type?.type === "GEOGRAPHY" ? void 0 : value instanceof Uint8Array ? xxhash64(value) : void 0;
}
function bloomEligibleColumns(filter) {
  let out = /* @__PURE__ */ new Set();
  return walkBloomEligible(filter, out), out;
}
function walkBloomEligible(filter, out) {
  if (filter) {
    if ("$and" in filter && Array.isArray(filter.$and)) {
      for (let sub of filter.$and) walkBloomEligible(sub, out);
      return;
    }
    if ("$or" in filter && Array.isArray(filter.$or)) {
      for (let sub of filter.$or) walkBloomEligible(sub, out);
      return;
    }
    if (!("$nor" in filter))
      for (let [field, condition] of Object.entries(filter))
        field.startsWith("$") || (typeof condition == "object" && condition !== null && !Array.isArray(condition) ? ("$eq" in condition || "$in" in condition) && out.add(field) : out.add(field));
  }
}

// node_modules/hyparquet/src/utils.js
function toJson(obj) {
  if (obj === void 0) return null;
  if (typeof obj == "bigint") return Number(obj);
  if (Object.is(obj, -0)) return 0;
  if (Array.isArray(obj)) return obj.map(toJson);
  if (obj instanceof Uint8Array) return Array.from(obj);
  if (obj instanceof Date) return obj.toISOString();
  if (obj instanceof Object) {
    let newObj = {};
    for (let key of Object.keys(obj))
      obj[key] !== void 0 && (newObj[key] = toJson(obj[key]));
    return newObj;
  }
  return obj;
}
function concat(aaa, bbb) {
  for (let i = 0; i < bbb.length; i += 1e4)
    aaa.push(...bbb.slice(i, i + 1e4));
}
function equals(a, b, strict = !0) {
  if (strict ? a === b : a == b) return !0;
  if (!a || !b || typeof a != "object" || typeof b != "object") return !1;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return !1;
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i]) return !1;
    return !0;
  }
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return !1;
    for (let i = 0; i < a.length; i++)
      if (!equals(a[i], b[i], strict)) return !1;
    return !0;
  }
  let aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return !1;
  for (let k of aKeys)
    if (!equals(a[k], b[k], strict)) return !1;
  return !0;
}
async function byteLengthFromUrlUsingGet(url, requestInit = {}, fetchFn = globalThis.fetch) {
  let controller = new AbortController(), headers = new Headers(requestInit.headers);
  headers.set("Range", "bytes=0-0");
  let res = await fetchFn(url, {
    ...requestInit,
    headers,
    signal: controller.signal
  });
  if (!res.ok) throw new Error(`fetch with range failed ${res.status}`);
  if (res.status === 206) {
    let contentRange = res.headers.get("Content-Range");
    if (!contentRange) throw new Error("missing content-range header");
    let match = contentRange.match(/bytes \d+-\d+\/(\d+)/);
    if (!match) throw new Error(`invalid content-range header: ${contentRange}`);
    return parseInt(match[1]);
  }
  if (res.status === 200) {
    let contentLength = res.headers.get("Content-Length");
    if (controller.abort(), contentLength) return parseInt(contentLength);
  }
  throw new Error("server does not support range requests and missing content-length");
}
async function byteLengthFromUrl(url, requestInit, customFetch) {
  let fetch = customFetch ?? globalThis.fetch, res = await fetch(url, { ...requestInit, method: "HEAD" });
  if (res.status === 403)
    return byteLengthFromUrlUsingGet(url, requestInit, fetch);
  if (!res.ok) throw new Error(`fetch head failed ${res.status}`);
  let length = res.headers.get("Content-Length");
  return length ? parseInt(length) : byteLengthFromUrlUsingGet(url, requestInit, fetch);
}
async function asyncBufferFromUrl({ url, byteLength, requestInit, fetch: customFetch }) {
  if (!url) throw new Error("missing url");
  let fetch = customFetch ?? globalThis.fetch;
  byteLength ??= await byteLengthFromUrl(url, requestInit, fetch);
  let buffer, init = requestInit || {};
  return {
    byteLength,
    async slice(start, end) {
      if (buffer)
        return buffer.then((buffer2) => buffer2.slice(start, end));
      let headers = new Headers(init.headers), endStr = end === void 0 ? "" : end - 1;
      headers.set("Range", `bytes=${start}-${endStr}`);
      let res = await fetch(url, { ...init, headers });
      if (!res.ok || !res.body) throw new Error(`fetch failed ${res.status}`);
      if (res.status === 200)
        return buffer = res.arrayBuffer(), buffer.then((buffer2) => buffer2.slice(start, end));
      if (res.status === 206)
        return res.arrayBuffer();
      throw new Error(`fetch received unexpected status code ${res.status}`);
    }
  };
}
function cachedAsyncBuffer({ byteLength, slice }, { minSize = defaultInitialFetchSize } = {}) {
  if (byteLength < minSize) {
    let buffer = slice(0, byteLength);
    return {
      byteLength,
      async slice(start, end) {
        return (await buffer).slice(start, end);
      }
    };
  }
  let cache = /* @__PURE__ */ new Map();
  return {
    byteLength,
    /**
     * @param {number} start
     * @param {number} [end]
     * @returns {Awaitable<ArrayBuffer>}
     */
    slice(start, end) {
      let key = cacheKey(start, end, byteLength), cached = cache.get(key);
      if (cached) return cached;
      let promise = slice(start, end);
      return cache.set(key, promise), promise;
    }
  };
}
function cacheKey(start, end, size) {
  if (start < 0) {
    if (end !== void 0) throw new Error(`invalid suffix range [${start}, ${end}]`);
    return size === void 0 ? `${start},` : `${size + start},${size}`;
  } else if (end !== void 0) {
    if (start > end) throw new Error(`invalid empty range [${start}, ${end}]`);
    return `${start},${end}`;
  } else return size === void 0 ? `${start},` : `${start},${size}`;
}
function flatten(chunks) {
  if (!chunks) return [];
  if (chunks.length === 1) return chunks[0];
  let output = [];
  for (let chunk of chunks)
    concat(output, chunk);
  return output;
}

// node_modules/hyparquet/src/filter.js
var encoder = new TextEncoder();
function pathsNeededForFilter(filter) {
  if (!filter) return [];
  let paths = [];
  return "$and" in filter && Array.isArray(filter.$and) ? paths.push(...filter.$and.flatMap(pathsNeededForFilter)) : "$or" in filter && Array.isArray(filter.$or) ? paths.push(...filter.$or.flatMap(pathsNeededForFilter)) : "$nor" in filter && Array.isArray(filter.$nor) ? paths.push(...filter.$nor.flatMap(pathsNeededForFilter)) : paths.push(...Object.keys(filter)), [...new Set(paths)];
}
function columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map((path) => path.split(".")[0]))];
}
function matchFilter(record, filter, strict = !0) {
  return "$and" in filter && Array.isArray(filter.$and) ? filter.$and.every((subQuery) => matchFilter(record, subQuery, strict)) : "$or" in filter && Array.isArray(filter.$or) ? filter.$or.some((subQuery) => matchFilter(record, subQuery, strict)) : "$nor" in filter && Array.isArray(filter.$nor) ? !filter.$nor.some((subQuery) => matchFilter(record, subQuery, strict)) : Object.entries(filter).every(([field, condition]) => {
    let value = resolve(record, field);
    return typeof condition != "object" || condition === null || Array.isArray(condition) ? equals(value, condition, strict) : Object.entries(condition || {}).every(([operator, target]) => operator === "$gt" ? value != null && value > target : operator === "$gte" ? value != null && value >= target : operator === "$lt" ? value != null && value < target : operator === "$lte" ? value != null && value <= target : operator === "$eq" ? equals(value, target, strict) : operator === "$ne" ? !equals(value, target, strict) : operator === "$in" ? Array.isArray(target) && matchesIn(value, target, strict) : operator === "$nin" ? Array.isArray(target) && !matchesIn(value, target, strict) : operator === "$not" ? !matchFilter({ value }, { value: target }, strict) : !0);
  });
}
function matchesIn(value, targets, strict) {
  return targets.some((target) => equals(value, target, strict) || Array.isArray(value) && value.some((element) => equals(element, target, strict)));
}
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = !0, bloomFilters, schemaElements }) {
  if (!filter) return !1;
  if ("$and" in filter && Array.isArray(filter.$and))
    return filter.$and.some((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  if ("$or" in filter && Array.isArray(filter.$or))
    return filter.$or.every((subFilter) => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }));
  if ("$nor" in filter && Array.isArray(filter.$nor))
    return !1;
  for (let [field, condition] of Object.entries(filter)) {
    let columnIndex = physicalColumns.indexOf(field);
    if (columnIndex === -1) continue;
    let stats = rowGroup.columns[columnIndex].meta_data?.statistics, { min, max, min_value, max_value, null_count: nullCount } = stats || {}, minVal = min_value !== void 0 ? min_value : min, maxVal = max_value !== void 0 ? max_value : max, haveStats = minVal !== void 0 && maxVal !== void 0, bloom = bloomFilters?.[field], element = schemaElements?.[field], matchingNulls = matchFilter({ value: null }, { value: condition }, strict) && (nullCount === void 0 || nullCount > 0);
    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element))
      return !0;
    for (let [operator, target] of Object.entries(condition || {}))
      if (bloom && element) {
        if (operator === "$eq") {
          let hash = hashParquetValue(target, element);
          if (hash !== void 0 && !sbbfContains(bloom.blocks, hash)) return !0;
        }
        if (operator === "$in" && Array.isArray(target) && target.length > 0) {
          let allAbsent = !0;
          for (let v of target) {
            let h = hashParquetValue(v, element);
            if (h === void 0 || sbbfContains(bloom.blocks, h)) {
              allAbsent = !1;
              break;
            }
          }
          if (allAbsent) return !0;
        }
      }
  }
  return !1;
}
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === void 0 || maxVal === void 0) return !1;
  let mayContainNaN = element?.type === "FLOAT" || element?.type === "DOUBLE" || element?.logical_type?.type === "FLOAT16";
  for (let [operator, target] of Object.entries(condition || {})) {
    let minComparison = compareParquetValues(minVal, target, strict, element), maxComparison = compareParquetValues(maxVal, target, strict, element), relationalBoundsAreSafe = !(minVal instanceof Uint8Array || maxVal instanceof Uint8Array) && (element?.type !== "BYTE_ARRAY" || typeof target == "string" && [...target].every((character) => character.charCodeAt(0) <= 127));
    if (operator === "$gt" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison <= 0 || operator === "$gte" && relationalBoundsAreSafe && maxComparison !== void 0 && maxComparison < 0 || operator === "$lt" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison >= 0 || operator === "$lte" && relationalBoundsAreSafe && minComparison !== void 0 && minComparison > 0) return !0;
    if (operator === "$eq") {
      let targetMinComparison = compareParquetValues(target, minVal, strict, element), targetMaxComparison = compareParquetValues(target, maxVal, strict, element);
      if (targetMinComparison !== void 0 && targetMinComparison < 0 || targetMaxComparison !== void 0 && targetMaxComparison > 0) return !0;
    }
    if (operator === "$ne" && !mayContainNaN && equals(minVal, maxVal, strict) && equals(minVal, target, strict) || operator === "$in" && Array.isArray(target) && target.every((value) => {
      let valueMinComparison = compareParquetValues(value, minVal, strict, element), valueMaxComparison = compareParquetValues(value, maxVal, strict, element);
      return valueMinComparison !== void 0 && valueMinComparison < 0 || valueMaxComparison !== void 0 && valueMaxComparison > 0;
    }) || operator === "$nin" && !mayContainNaN && Array.isArray(target) && equals(minVal, maxVal, strict) && target.some((value) => equals(minVal, value, strict))) return !0;
  }
  return !1;
}
function compareParquetValues(a, b, strict, element) {
  if (element?.type === "BYTE_ARRAY")
    return typeof a != "string" || typeof b != "string" ? void 0 : compareBytes(encoder.encode(a), encoder.encode(b));
  if (a instanceof Uint8Array || b instanceof Uint8Array)
    return !(a instanceof Uint8Array) || !(b instanceof Uint8Array) ? void 0 : compareBytes(a, b);
  if (a < b) return -1;
  if (a > b) return 1;
  if (equals(a, b, strict)) return 0;
}
function compareBytes(a, b) {
  let length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict);
}
function filterPageRanges(filter, columnPages, groupRows, strict = !0) {
  if (!filter) return;
  if ("$and" in filter && Array.isArray(filter.$and)) {
    let ranges;
    for (let subFilter of filter.$and)
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict));
    return ranges;
  }
  if ("$or" in filter && Array.isArray(filter.$or)) {
    let ranges = [];
    for (let subFilter of filter.$or) {
      let subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict);
      if (!subRanges) return;
      ranges = unionRanges(ranges, subRanges);
    }
    return ranges;
  }
  if ("$nor" in filter && Array.isArray(filter.$nor))
    return;
  let result;
  for (let [field, condition] of Object.entries(filter)) {
    let pages = columnPages[field];
    if (!pages) continue;
    let nullCanMatch = matchesNull(condition, strict), keep = [];
    for (let i = 0; i < pages.pageStarts.length; i++) {
      let start = pages.pageStarts[i], end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows, nullCount = pages.nullCounts?.[i], matchingNulls = nullCanMatch && (nullCount === void 0 || nullCount > 0);
      if (!(!pages.nullPages[i] && !matchingNulls && canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element))) {
        let last = keep[keep.length - 1];
        last && last[1] === start ? last[1] = end : keep.push([start, end]);
      }
    }
    result = intersectRanges(result, keep);
  }
  return result;
}
function intersectRanges(a, b) {
  if (!a) return b;
  if (!b) return a;
  let out = [], i = 0, j = 0;
  for (; i < a.length && j < b.length; ) {
    let start = Math.max(a[i][0], b[j][0]), end = Math.min(a[i][1], b[j][1]);
    start < end && out.push([start, end]), a[i][1] < b[j][1] ? i++ : j++;
  }
  return out;
}
function unionRanges(a, b) {
  let out = [], i = 0, j = 0;
  for (; i < a.length || j < b.length; ) {
    let next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++], last = out[out.length - 1];
    last && next[0] <= last[1] ? last[1] = Math.max(last[1], next[1]) : out.push([next[0], next[1]]);
  }
  return out;
}
function resolve(record, path) {
  let value = record;
  for (let part of path.split("."))
    value = value?.[part];
  return value;
}

// node_modules/hyparquet/src/plan.js
var runLimit = 1 << 21, columnGapLimit = 8192;
function parquetPlan(options) {
  let { metadata, rowStart = 0, columns, useOffsetIndex = !1 } = options;
  if (!metadata) throw new Error("parquetPlan requires metadata");
  let groups = [], fetches = [], indexes = [], scanPlan = parquetPlanGroups(options);
  for (let group of scanPlan.groups) {
    let groupPlan = parquetPlanGroup({ ...group, columns, useOffsetIndex });
    groups.push(...groupPlan.groups), fetches.push(...groupPlan.fetches), indexes.push(...groupPlan.indexes);
  }
  return fetches.push(...indexes), { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups };
}
function parquetPlanGroups({ metadata, rowStart = 0, rowEnd = 1 / 0, columns, filter, filterStrict = !0, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error("parquetPlan requires metadata");
  let schemaTree2 = parquetSchema(metadata), physicalColumns = getPhysicalColumns(schemaTree2), elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  } : schemaElements, groups = [], groupStart = 0;
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    let rowGroup = metadata.row_groups[groupIndex], groupRows = Number(rowGroup.num_rows), groupEnd = groupStart + groupRows;
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !canSkipRowGroup({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath
    })) {
      let selectStart = Math.max(rowStart - groupStart, 0), selectEnd = Math.min(rowEnd - groupStart, groupRows), pageRanges = pageRangesByGroup?.[groupIndex], pageLocations = pageLocationsByGroup?.[groupIndex], ranges = pageRanges ? pageRanges.map(([start, end]) => [Math.max(start, selectStart), Math.min(end, selectEnd)]).filter(([start, end]) => start < end) : [[selectStart, selectEnd]];
      ranges.length > 1 && (ranges = rowGroup.columns.every((chunk) => {
        let columnName = chunk.meta_data?.path_in_schema[0], columnPath = chunk.meta_data?.path_in_schema.join(".");
        return columns && columnName && !columns.includes(columnName) ? !0 : !!(chunk.offset_index_offset && chunk.offset_index_length) || !!(columnPath && pageLocations?.[columnPath]);
      }) ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) : [[ranges[0][0], ranges[ranges.length - 1][1]]]), ranges.length && groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations });
    }
    groupStart = groupEnd;
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart };
}
function parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = !1, pageRanges, pageLocations }) {
  let chunks = [], fetches = [], indexes = [], narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows;
  for (let chunk of rowGroup.columns) {
    let meta = chunk.meta_data;
    if (chunk.file_path) throw new Error("parquet file_path not supported");
    if (!meta) throw new Error("parquet column metadata is undefined");
    if (columns && !columns.includes(meta.path_in_schema[0])) continue;
    let columnOffset = meta.dictionary_page_offset || meta.data_page_offset, startByte = Number(columnOffset), endByte = Number(columnOffset + meta.total_compressed_size), chunkPageLocations = pageLocations?.[meta.path_in_schema.join(".")];
    if (chunkPageLocations && narrowed)
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } });
    else if ((useOffsetIndex || pageRanges) && chunk.offset_index_offset && chunk.offset_index_length && narrowed) {
      let startByte2 = Number(chunk.offset_index_offset);
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte: startByte2, endByte: startByte2 + chunk.offset_index_length },
        range: { startByte: Number(columnOffset), endByte }
      });
    } else
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } });
  }
  let columnRanges = [], run;
  for (let chunk of chunks)
    "pageLocations" in chunk || ("offsetIndex" in chunk ? indexes.push(chunk.offsetIndex) : columns ? columnRanges.push(chunk.range) : run && chunk.range.endByte - run.startByte <= runLimit ? run.endByte = chunk.range.endByte : (run && fetches.push(run), run = { ...chunk.range }));
  return run && fetches.push(run), fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit)), { groups: ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd
  })), fetches, indexes };
}
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  let selectedPageLayouts = rowGroup.columns.filter((chunk) => !columns || columns.includes(chunk.meta_data?.path_in_schema[0] || "")).map((chunk) => pageLocations?.[chunk.meta_data?.path_in_schema.join(".") || ""]), merged = [];
  for (let range of ranges) {
    let last = merged[merged.length - 1], overlapsPage = last && selectedPageLayouts.some((pages) => {
      if (!pages) return !0;
      let lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows)), rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows));
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1];
    });
    last && overlapsPage ? last[1] = range[1] : merged.push([...range]);
  }
  return merged;
}
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = 1 / 0, last = -1 / 0;
  for (let i = 0; i < pages.length; i++) {
    let pageStart = Number(pages[i].first_row_index);
    (i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows) > rangeStart && pageStart < rangeEnd && (first = Math.min(first, i), last = i);
  }
  return [first, last];
}
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = !0 }) {
  let result = metadata.row_groups.map(() => (
    /** @type {Record<string, BloomFilter>} */
    {}
  )), eligibleCols = bloomEligibleColumns(filter);
  if (eligibleCols.size === 0) return result;
  let physicalColumns = getPhysicalColumns(parquetSchema(metadata)), tasks = [];
  return metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if (!canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict }))
      for (let colName of eligibleCols) {
        let columnIdx = physicalColumns.indexOf(colName);
        if (columnIdx === -1) continue;
        let meta = rowGroup.columns[columnIdx]?.meta_data;
        if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue;
        let start = Number(meta.bloom_filter_offset), end = start + meta.bloom_filter_length;
        tasks.push((async () => {
          let buffer = await file.slice(start, end), bloom = readBloomFilter({ view: new DataView(buffer), offset: 0 });
          bloom && (result[rgIdx][colName] = bloom);
        })());
      }
  }), tasks.length && await Promise.all(tasks), result;
}
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = !0, rowStart = 0, rowEnd = 1 / 0, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  let pageRangesByGroup = metadata.row_groups.map(() => {
  }), pageLocationsByGroup = metadata.row_groups.map(() => (
    /** @type {Record<string, PageLocation[]>} */
    {}
  ));
  if (filter && "$nor" in filter && Array.isArray(filter.$nor))
    return { pageRangesByGroup, pageLocationsByGroup };
  let filterColumns = pathsNeededForFilter(filter);
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup };
  let schemaTree2 = parquetSchema(metadata), physicalColumns = getPhysicalColumns(schemaTree2), elementsByPath = {
    ...physicalSchemaElements(schemaTree2),
    ...schemaElements
  }, indexRanges = [], indexTasks = [], candidateGroups = [], groupStart = 0;
  if (metadata.row_groups.forEach((rowGroup, rgIdx) => {
    let groupRows = Number(rowGroup.num_rows), groupEnd = groupStart + groupRows, overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd;
    if (groupStart = groupEnd, !overlaps || canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return;
    let columnPages = {}, columnTaskCount = 0, scheduledOffsetPaths = /* @__PURE__ */ new Set(), hasFilterIndex = !1;
    for (let columnName of filterColumns) {
      let columnIdx = physicalColumns.indexOf(columnName);
      if (columnIdx === -1) continue;
      let chunk = rowGroup.columns[columnIdx];
      if (!chunk?.meta_data || !chunk.column_index_offset || !chunk.column_index_length || !chunk.offset_index_offset || !chunk.offset_index_length) continue;
      let element = elementsByPath[columnName];
      if (!element) continue;
      hasFilterIndex = !0, scheduledOffsetPaths.add(columnName);
      let columnIndexStart = Number(chunk.column_index_offset), offsetIndexStart = Number(chunk.offset_index_offset), columnIndexEnd = columnIndexStart + chunk.column_index_length, offsetIndexEnd = offsetIndexStart + chunk.offset_index_length;
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      ), columnTaskCount++, indexTasks.push(async (prefetchedFile) => {
        let [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
        ]), columnIndex = readColumnIndex({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers), offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations, columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map((page) => Number(page.first_row_index)),
          element
        };
      });
    }
    if (hasFilterIndex)
      for (let chunk of rowGroup.columns) {
        let meta = chunk.meta_data;
        if (!meta) continue;
        let columnName = meta.path_in_schema[0], columnPath = meta.path_in_schema.join(".");
        if (columns && !columns.includes(columnName) || scheduledOffsetPaths.has(columnPath) || !chunk.offset_index_offset || !chunk.offset_index_length) continue;
        scheduledOffsetPaths.add(columnPath);
        let offsetIndexStart = Number(chunk.offset_index_offset), offsetIndexEnd = offsetIndexStart + chunk.offset_index_length;
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd }), columnTaskCount++, indexTasks.push(async (prefetchedFile) => {
          let offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd), offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 });
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations;
        });
      }
    columnTaskCount && candidateGroups.push({ rgIdx, groupRows, columnPages });
  }), indexTasks.length) {
    let prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) });
    await Promise.all(indexTasks.map((task) => task(prefetchedFile)));
    for (let { rgIdx, groupRows, columnPages } of candidateGroups)
      pageRangesByGroup[rgIdx] = filterPageRanges(filter, columnPages, groupRows, filterStrict);
  }
  return { pageRangesByGroup, pageLocationsByGroup };
}
function coalesceByteRanges(ranges, maxGap = 0, maxSize = 1 / 0) {
  let sorted = ranges.map((range) => ({ ...range })).sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte), merged = [];
  for (let range of sorted) {
    let last = merged[merged.length - 1];
    last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize ? last.endByte = Math.max(last.endByte, range.endByte) : merged.push(range);
  }
  return merged;
}
function physicalSchemaElements(schemaTree2) {
  let elements = {};
  function traverse(node) {
    if (node.children.length)
      for (let child of node.children) traverse(child);
    else
      elements[node.path.join(".")] = node.element;
  }
  return traverse(schemaTree2), elements;
}
function prefetchAsyncBuffer(file, { fetches }) {
  let promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte));
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      let index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte);
      if (index < 0)
        return file.slice(start, end);
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        let startOffset = start - fetches[index].startByte, endOffset = end - fetches[index].startByte;
        return promises[index] instanceof Promise ? promises[index].then((buffer) => buffer.slice(startOffset, endOffset)) : promises[index].slice(startOffset, endOffset);
      } else
        return promises[index];
    }
  };
}

// node_modules/hyparquet/src/variant.js
var decoder3 = new TextDecoder(), metadataCache = /* @__PURE__ */ new WeakMap();
function decodeVariantColumn(value, parsers = DEFAULT_PARSERS) {
  if (Array.isArray(value))
    return value.map((entry) => decodeVariantColumn(entry, parsers));
  if (typeof value != "object") return value;
  if ("metadata" in value) {
    let metadata = parseVariantMetadata(value.metadata), shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers), binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers);
    return shreddedFields && binaryValue ? { ...binaryValue, ...shreddedFields } : shreddedFields ?? binaryValue;
  }
  return value;
}
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue;
  if (typedValue && typeof typedValue == "object" && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ("typed_value" in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== void 0)
      return decodeTypedValue(typedValue.typed_value, metadata, parsers);
    if ("value" in typedValue && typedValue.value instanceof Uint8Array)
      return readVariant(makeReader(typedValue.value), metadata, parsers);
    if ("typed_value" in typedValue || "value" in typedValue)
      return null;
    let result = {};
    for (let [key, field] of Object.entries(typedValue))
      metadata.dictionary.includes(key) && (result[key] = decodeTypedValue(field, metadata, parsers));
    return result;
  }
  return typedValue instanceof Uint8Array ? readVariant(makeReader(typedValue), metadata, parsers) : Array.isArray(typedValue) ? typedValue.map((element) => decodeTypedValue(element, metadata, parsers)) : typedValue;
}
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer);
  bufferCache || (bufferCache = /* @__PURE__ */ new Map(), metadataCache.set(bytes.buffer, bufferCache));
  let key = `${bytes.byteOffset}:${bytes.byteLength}`, cached = bufferCache.get(key);
  if (cached) return cached;
  let reader = makeReader(bytes), header = reader.view.getUint8(reader.offset++), version = header & 15;
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`);
  let sorted = (header >> 4 & 1) === 1, offsetSize = (header >> 6 & 3) + 1, dictionarySize = readUnsigned(reader, offsetSize), offsets = new Array(dictionarySize + 1);
  for (let i = 0; i < offsets.length; i++)
    offsets[i] = readUnsigned(reader, offsetSize);
  let base = reader.offset, dictionary = new Array(dictionarySize);
  for (let i = 0; i < dictionarySize; i++) {
    let start = offsets[i], end = offsets[i + 1], strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start);
    dictionary[i] = decoder3.decode(strBytes);
  }
  let metadata = { dictionary, sorted };
  return bufferCache.set(key, metadata), metadata;
}
function readUnsigned(reader, byteWidth2) {
  let value = 0;
  for (let i = 0; i < byteWidth2; i++)
    value |= reader.view.getUint8(reader.offset + i) << i * 8;
  return reader.offset += byteWidth2, value;
}
function readVariant(reader, metadata, parsers) {
  let typeByte = reader.view.getUint8(reader.offset++), basicType = typeByte & 3, header = typeByte >> 2;
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers);
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers);
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers);
  let bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header);
  return reader.offset += header, decoder3.decode(bytes);
}
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
    case 0:
      return null;
    case 1:
      return !0;
    case 2:
      return !1;
    case 3: {
      let value = reader.view.getInt8(reader.offset);
      return reader.offset += 1, value;
    }
    case 4: {
      let value = reader.view.getInt16(reader.offset, !0);
      return reader.offset += 2, value;
    }
    case 5: {
      let value = reader.view.getInt32(reader.offset, !0);
      return reader.offset += 4, value;
    }
    case 6: {
      let value = reader.view.getBigInt64(reader.offset, !0);
      return reader.offset += 8, value;
    }
    case 7: {
      let value = reader.view.getFloat64(reader.offset, !0);
      return reader.offset += 8, value;
    }
    case 8:
      return readVariantDecimal(reader, 4);
    case 9:
      return readVariantDecimal(reader, 8);
    case 10:
      return readVariantDecimal(reader, 16);
    case 11: {
      let value = reader.view.getInt32(reader.offset, !0);
      return reader.offset += 4, parsers.dateFromDays(value);
    }
    case 12:
    // timestamp_micros (utc)
    case 13: {
      let value = reader.view.getBigInt64(reader.offset, !0);
      return reader.offset += 8, parsers.timestampFromMicroseconds(value);
    }
    case 14: {
      let value = reader.view.getFloat32(reader.offset, !0);
      return reader.offset += 4, value;
    }
    case 15:
      return readVariantBinary(reader);
    case 16: {
      let bytes = readVariantBinary(reader);
      return decoder3.decode(bytes);
    }
    case 17: {
      let value = reader.view.getBigInt64(reader.offset, !0);
      return reader.offset += 8, value;
    }
    case 18:
    // timestamp_nanos (utc)
    case 19: {
      let value = reader.view.getBigInt64(reader.offset, !0);
      return reader.offset += 8, parsers.timestampFromNanoseconds(value);
    }
    case 20: {
      let bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16);
      reader.offset += 16;
      let hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    default:
      throw new Error(`parquet unsupported variant primitive type: ${typeId}`);
  }
}
function readVariantObject(reader, header, metadata, parsers) {
  let offsetWidth = (header & 3) + 1, idWidth = (header >> 2 & 3) + 1, numElements = header >> 4 & 1 ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++), fieldIds = new Array(numElements);
  for (let i = 0; i < numElements; i++)
    fieldIds[i] = readUnsigned(reader, idWidth);
  let offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++)
    offsets[i] = readUnsigned(reader, offsetWidth);
  let out = {};
  for (let i = 0; i < numElements; i++) {
    let key = metadata.dictionary[fieldIds[i]], valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i]
    };
    out[key] = readVariant(valueReader, metadata, parsers);
  }
  return reader.offset += offsets[offsets.length - 1], out;
}
function readVariantArray(reader, header, metadata, parsers) {
  let fieldOffsetSize = header & 3, isLarge = header >> 2 & 1, offsetWidth = fieldOffsetSize + 1, numElements = readUnsigned(reader, isLarge ? 4 : 1), offsets = new Array(numElements + 1);
  for (let i = 0; i < offsets.length; i++)
    offsets[i] = readUnsigned(reader, offsetWidth);
  let valuesStart = reader.offset, result = new Array(numElements);
  for (let i = 0; i < numElements; i++) {
    let valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i]
    };
    result[i] = readVariant(valueReader, metadata, parsers);
  }
  return reader.offset = valuesStart + offsets[offsets.length - 1], result;
}
function readVariantDecimal(reader, width) {
  let scale = reader.view.getUint8(reader.offset);
  reader.offset += 1;
  let unscaled;
  if (width === 4)
    unscaled = BigInt(reader.view.getInt32(reader.offset, !0)), reader.offset += 4;
  else if (width === 8)
    unscaled = reader.view.getBigInt64(reader.offset, !0), reader.offset += 8;
  else {
    let low = reader.view.getBigUint64(reader.offset, !0);
    unscaled = reader.view.getBigInt64(reader.offset + 8, !0) << 64n | low, reader.offset += 16;
  }
  return Number(unscaled) / 10 ** scale;
}
function readVariantBinary(reader) {
  let length = reader.view.getUint32(reader.offset, !0);
  reader.offset += 4;
  let bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length);
  return reader.offset += length, bytes;
}

// node_modules/hyparquet/src/assemble.js
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  let maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values;
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel);
  }
  let n = definitionLevels?.length || repetitionLevels.length, repetitionPath = schemaPath.map(({ element }) => element.repetition_type), valueIndex = 0, containerStack = [output], currentContainer = output, currentDepth = 0, currentDefLevel = 0, currentRepLevel = 0;
  if (repetitionLevels[0])
    for (; currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]; )
      currentDepth++, repetitionPath[currentDepth] !== "REQUIRED" && (currentContainer = currentContainer.at(-1), containerStack.push(currentContainer), currentDefLevel++), repetitionPath[currentDepth] === "REPEATED" && currentRepLevel++;
  for (let i = 0; i < n; i++) {
    let def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel, rep = repetitionLevels[i];
    for (; currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== "REPEATED"); )
      repetitionPath[currentDepth] !== "REQUIRED" && (containerStack.pop(), currentDefLevel--), repetitionPath[currentDepth] === "REPEATED" && currentRepLevel--, currentDepth--;
    for (currentContainer = containerStack.at(-1); (currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === "REPEATED") && (currentDefLevel < def || repetitionPath[currentDepth + 1] === "REQUIRED"); ) {
      if (currentDepth++, repetitionPath[currentDepth] !== "REQUIRED") {
        let newList = [];
        currentContainer.push(newList), currentContainer = newList, containerStack.push(newList), currentDefLevel++;
      }
      repetitionPath[currentDepth] === "REPEATED" && currentRepLevel++;
    }
    def === maxDefinitionLevel ? currentContainer.push(values[valueIndex++]) : currentDepth === repetitionPath.length - 2 ? currentContainer.push(repetitionPath[currentDepth + 1] === "REPEATED" ? [] : null) : currentContainer.push([]);
  }
  if (!output.length)
    for (let i = 0; i < maxDefinitionLevel; i++) {
      let newList = [];
      currentContainer.push(newList), currentContainer = newList;
    }
  return output;
}
function assembleNested(subcolumnData, schema, parsers, depth = 0) {
  let path = schema.path.join("."), optional = schema.element.repetition_type === "OPTIONAL", nextDepth = optional ? depth + 1 : depth;
  if (isListLike(schema)) {
    let sublist = schema.children[0], subDepth = nextDepth;
    sublist.children.length === 1 && (sublist = sublist.children[0], subDepth++), assembleNested(subcolumnData, sublist, parsers, subDepth);
    let subcolumn = sublist.path.join("."), values = subcolumnData.get(subcolumn);
    if (!values) throw new Error("parquet list column missing values");
    optional && flattenAtDepth(values, depth), subcolumnData.set(path, values), subcolumnData.delete(subcolumn);
    return;
  }
  if (isMapLike(schema)) {
    let mapName = schema.children[0].element.name;
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1), assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1);
    let keys = subcolumnData.get(`${path}.${mapName}.key`), values = subcolumnData.get(`${path}.${mapName}.value`);
    if (!keys) throw new Error("parquet map column missing keys");
    if (!values) throw new Error("parquet map column missing values");
    if (keys.length !== values.length)
      throw new Error("parquet map column key/value length mismatch");
    let out = assembleMaps(keys, values, nextDepth);
    optional && flattenAtDepth(out, depth), subcolumnData.delete(`${path}.${mapName}.key`), subcolumnData.delete(`${path}.${mapName}.value`), subcolumnData.set(path, out);
    return;
  }
  if (schema.children.length) {
    let invertDepth = schema.element.repetition_type === "REQUIRED" ? depth : depth + 1, struct = {};
    for (let child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth);
      let childData = subcolumnData.get(child.path.join("."));
      if (!childData) throw new Error("parquet struct missing child data");
      struct[child.element.name] = childData;
    }
    for (let child of schema.children)
      subcolumnData.delete(child.path.join("."));
    let inverted = invertStruct(struct, invertDepth);
    schema.element.logical_type?.type === "VARIANT" && (inverted = decodeVariantColumn(inverted, parsers)), optional && flattenAtDepth(inverted, depth), subcolumnData.set(path, inverted);
  }
}
function flattenAtDepth(arr, depth) {
  for (let i = 0; i < arr.length; i++)
    depth ? flattenAtDepth(arr[i], depth - 1) : arr[i] = arr[i].length ? arr[i][0] : null;
}
function assembleMaps(keys, values, depth) {
  let out = [];
  for (let i = 0; i < keys.length; i++)
    if (depth)
      out.push(assembleMaps(keys[i], values[i], depth - 1));
    else if (keys[i]) {
      let obj = {};
      for (let j = 0; j < keys[i].length; j++) {
        let value = values[i][j];
        obj[keys[i][j]] = value === void 0 ? null : value;
      }
      out.push(obj);
    } else
      out.push(void 0);
  return out;
}
function invertStruct(struct, depth) {
  let keys = Object.keys(struct), length = struct[keys[0]]?.length, out = [];
  for (let i = 0; i < length; i++) {
    let obj = {};
    for (let key of keys) {
      if (struct[key].length !== length) throw new Error("parquet struct parsing error");
      obj[key] = struct[key][i];
    }
    depth ? out.push(invertStruct(obj, depth - 1)) : out.push(obj);
  }
  return out;
}

// node_modules/hyparquet/src/alp.js
var POW10 = [
  1,
  10,
  100,
  1e3,
  1e4,
  1e5,
  1e6,
  1e7,
  1e8,
  1e9,
  1e10,
  1e11,
  1e12,
  1e13,
  1e14,
  1e15,
  1e16,
  1e17,
  1e18
], POW10_NEG = [
  1,
  0.1,
  0.01,
  1e-3,
  1e-4,
  1e-5,
  1e-6,
  1e-7,
  1e-8,
  1e-9,
  1e-10,
  1e-11,
  1e-12,
  1e-13,
  1e-14,
  1e-15,
  1e-16,
  1e-17,
  1e-18
], POW10F = POW10.slice(0, 11).map(Math.fround), POW10F_NEG = POW10_NEG.slice(0, 11).map(Math.fround);
function alpDecode(reader, count, type) {
  if (type === "FLOAT")
    return alpDecodeFloat(reader, count);
  if (type === "DOUBLE")
    return alpDecodeDouble(reader, count);
  throw new Error(`ALP encoding unsupported type: ${type}`);
}
function readAlpHeader(reader) {
  let { view } = reader, compressionMode = view.getUint8(reader.offset++);
  if (compressionMode !== 0)
    throw new Error(`ALP unsupported compression mode: ${compressionMode}`);
  let integerEncoding = view.getUint8(reader.offset++);
  if (integerEncoding !== 0)
    throw new Error(`ALP unsupported integer encoding: ${integerEncoding}`);
  let logVectorSize = view.getUint8(reader.offset++);
  if (logVectorSize < 3 || logVectorSize > 15)
    throw new Error(`ALP invalid log_vector_size: ${logVectorSize}`);
  let vectorSize = 1 << logVectorSize, numElements = view.getInt32(reader.offset, !0);
  reader.offset += 4;
  let numVectors = Math.ceil(numElements / vectorSize), offsetArrayStart = reader.offset;
  return reader.offset += numVectors * 4, { vectorSize, numElements, numVectors, offsetArrayStart };
}
function alpDecodeFloat(reader, count) {
  let { view } = reader, { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader);
  if (numElements !== count)
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`);
  let output = new Float32Array(count), outputBytes = new Uint8Array(output.buffer);
  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, !0);
    let outputOffset = v * vectorSize, n = Math.min(vectorSize, numElements - outputOffset), exponent = view.getUint8(reader.offset++), factor = view.getUint8(reader.offset++), numExceptions = view.getUint16(reader.offset, !0);
    reader.offset += 2;
    let frameOfReference = view.getInt32(reader.offset, !0);
    reader.offset += 4;
    let bitWidth2 = view.getUint8(reader.offset++), deltas = unpackBits(reader, n, bitWidth2), mulFactor = POW10F[factor], mulExponent = POW10F_NEG[exponent];
    for (let i = 0; i < n; i++) {
      let encoded = deltas[i] + frameOfReference | 0;
      output[outputOffset + i] = Math.fround(Math.fround(encoded) * mulFactor) * mulExponent;
    }
    patchExceptions(reader, numExceptions, 4, outputBytes, outputOffset);
  }
  return output;
}
function alpDecodeDouble(reader, count) {
  let { view } = reader, { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader);
  if (numElements !== count)
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`);
  let output = new Float64Array(count), outputBytes = new Uint8Array(output.buffer);
  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, !0);
    let outputOffset = v * vectorSize, n = Math.min(vectorSize, numElements - outputOffset), exponent = view.getUint8(reader.offset++), factor = view.getUint8(reader.offset++), numExceptions = view.getUint16(reader.offset, !0);
    reader.offset += 2;
    let frameOfReference = view.getBigInt64(reader.offset, !0);
    reader.offset += 8;
    let bitWidth2 = view.getUint8(reader.offset++), mulFactor = POW10[factor], mulExponent = POW10_NEG[exponent], forNumber = Number(frameOfReference);
    if (bitWidth2 <= 32 && Number.isSafeInteger(forNumber)) {
      let deltas = unpackBits(reader, n, bitWidth2);
      for (let i = 0; i < n; i++)
        output[outputOffset + i] = (deltas[i] + forNumber) * mulFactor * mulExponent;
    } else {
      let deltas = unpackBitsBig(reader, n, bitWidth2);
      for (let i = 0; i < n; i++) {
        let encoded = BigInt.asIntN(64, deltas[i] + frameOfReference);
        output[outputOffset + i] = Number(encoded) * mulFactor * mulExponent;
      }
    }
    patchExceptions(reader, numExceptions, 8, outputBytes, outputOffset);
  }
  return output;
}
function patchExceptions(reader, numExceptions, byteSize, outputBytes, outputOffset) {
  if (!numExceptions) return;
  let { view } = reader, positionsStart = reader.offset, valuesStart = positionsStart + numExceptions * 2, source = new Uint8Array(view.buffer, view.byteOffset + valuesStart, numExceptions * byteSize);
  for (let e = 0; e < numExceptions; e++) {
    let pos = view.getUint16(positionsStart + e * 2, !0), dest = (outputOffset + pos) * byteSize;
    outputBytes.set(source.subarray(e * byteSize, (e + 1) * byteSize), dest);
  }
  reader.offset = valuesStart + numExceptions * byteSize;
}
function unpackBits(reader, count, bitWidth2) {
  let output = new Uint32Array(count);
  if (!bitWidth2) return output;
  let { view } = reader, start = reader.offset, modulus = 2 ** bitWidth2, bitPos = 0;
  for (let i = 0; i < count; i++) {
    let byteIndex = start + (bitPos >>> 3), shift = bitPos & 7, value = view.getUint8(byteIndex++) >>> shift, bits = 8 - shift;
    for (; bits < bitWidth2; )
      value += view.getUint8(byteIndex++) * 2 ** bits, bits += 8;
    output[i] = value % modulus, bitPos += bitWidth2;
  }
  return reader.offset = start + Math.ceil(count * bitWidth2 / 8), output;
}
function unpackBitsBig(reader, count, bitWidth2) {
  let output = new BigUint64Array(count);
  if (!bitWidth2) return output;
  let { view } = reader, start = reader.offset, mask = (1n << BigInt(bitWidth2)) - 1n, buffer = 0n, bitsInBuffer = 0, byteIndex = start;
  for (let i = 0; i < count; i++) {
    for (; bitsInBuffer < bitWidth2; )
      buffer |= BigInt(view.getUint8(byteIndex++)) << BigInt(bitsInBuffer), bitsInBuffer += 8;
    output[i] = buffer & mask, buffer >>= BigInt(bitWidth2), bitsInBuffer -= bitWidth2;
  }
  return reader.offset = start + Math.ceil(count * bitWidth2 / 8), output;
}

// node_modules/hyparquet/src/delta.js
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output);
    return;
  }
  let blockSize = readVarInt(reader), miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZagBigInt(reader), outputIndex = 0;
  output[outputIndex++] = value;
  let valuesPerMiniblock = blockSize / miniblockPerBlock;
  for (; outputIndex < count; ) {
    let minDelta = readZigZagBigInt(reader), bitWidths = new Uint8Array(miniblockPerBlock);
    for (let i = 0; i < miniblockPerBlock; i++)
      bitWidths[i] = reader.view.getUint8(reader.offset++);
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      let bitWidth2 = bitWidths[i];
      if (bitWidth2) {
        let bitpackPos = 0, miniblockCount = valuesPerMiniblock, mask = (1n << BigInt(bitWidth2)) - 1n;
        for (; miniblockCount && outputIndex < count; ) {
          let bits = BigInt(reader.view.getUint32(reader.offset, !0) >>> bitpackPos) & mask;
          for (bitpackPos += bitWidth2; bitpackPos >= 32; )
            bitpackPos -= 32, reader.offset += 4, bitpackPos && (bits |= BigInt(reader.view.getUint32(reader.offset, !0)) << BigInt(bitWidth2 - bitpackPos) & mask);
          let delta = minDelta + bits;
          value += delta, output[outputIndex++] = value, miniblockCount--;
        }
        miniblockCount && (reader.offset += Math.ceil((miniblockCount * bitWidth2 + bitpackPos) / 8));
      } else
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++)
          value += minDelta, output[outputIndex++] = value;
    }
  }
}
function deltaBinaryUnpackInt32(reader, count, output) {
  let blockSize = readVarInt(reader), miniblockPerBlock = readVarInt(reader);
  readVarInt(reader);
  let value = readZigZag(reader), outputIndex = 0;
  output[outputIndex++] = value;
  let valuesPerMiniblock = blockSize / miniblockPerBlock, { view } = reader;
  for (; outputIndex < count; ) {
    let minDelta = readZigZagInt33(reader), bitWidthsOffset = reader.offset, offset = bitWidthsOffset + miniblockPerBlock;
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      let bitWidth2 = view.getUint8(bitWidthsOffset + i), end = offset + valuesPerMiniblock * bitWidth2 / 8, bitOffset = 0;
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0, bitsRead = 0;
        for (; bitsRead < bitWidth2; ) {
          let bitsToRead = Math.min(8 - bitOffset, bitWidth2 - bitsRead);
          bitsRead < 32 && (residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead), bitsRead += bitsToRead, bitOffset += bitsToRead, bitOffset === 8 && (bitOffset = 0, offset++);
        }
        value = value + minDelta + residual | 0, output[outputIndex++] = value;
      }
      offset = end;
    }
    reader.offset = offset;
  }
}
function readZigZagInt33(reader) {
  let start = reader.offset, low = readVarInt(reader), high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0;
  return (low >>> 1 | high << 31) ^ -(low & 1);
}
function deltaLengthByteArray(reader, count, output) {
  let lengths = new Int32Array(count);
  deltaBinaryUnpack(reader, count, lengths);
  for (let i = 0; i < count; i++)
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i]), reader.offset += lengths[i];
}
function deltaByteArray(reader, count, output) {
  let prefixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, prefixData);
  let suffixData = new Int32Array(count);
  deltaBinaryUnpack(reader, count, suffixData);
  for (let i = 0; i < count; i++) {
    let suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i]);
    prefixData[i] ? (output[i] = new Uint8Array(prefixData[i] + suffixData[i]), output[i].set(output[i - 1].subarray(0, prefixData[i])), output[i].set(suffix, prefixData[i])) : output[i] = suffix, reader.offset += suffixData[i];
  }
}

// node_modules/hyparquet/src/encoding.js
function readRleBitPackedHybrid(reader, width, output, length) {
  length === void 0 && (length = reader.view.getUint32(reader.offset, !0), reader.offset += 4);
  let startOffset = reader.offset, seen = 0;
  for (; seen < output.length; ) {
    let header = readVarInt(reader);
    if (header & 1)
      seen = readBitPacked(reader, header, width, output, seen);
    else {
      let count = header >>> 1;
      readRle(reader, count, width, output, seen), seen += count;
    }
  }
  reader.offset = startOffset + length;
}
function readRle(reader, count, bitWidth2, output, seen) {
  let width = bitWidth2 + 7 >> 3, value = 0;
  for (let i = 0; i < width; i++)
    value |= reader.view.getUint8(reader.offset++) << (i << 3);
  for (let i = 0; i < count; i++)
    output[seen + i] = value;
}
function readBitPacked(reader, header, bitWidth2, output, seen) {
  let count = header >> 1 << 3, mask = (1 << bitWidth2) - 1, data = 0;
  if (reader.offset < reader.view.byteLength)
    data = reader.view.getUint8(reader.offset++);
  else if (mask)
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`);
  let left = 8, right = 0;
  for (; count; )
    right > 8 ? (right -= 8, left -= 8, data >>>= 8) : left - right < bitWidth2 ? (data |= reader.view.getUint8(reader.offset) << left, reader.offset++, left += 8) : (seen < output.length && (output[seen++] = data >> right & mask), count--, right += bitWidth2);
  return seen;
}
function byteStreamSplit(reader, count, type, typeLength) {
  let width = byteWidth(type, typeLength), bytes = new Uint8Array(count * width);
  for (let b = 0; b < width; b++)
    for (let i = 0; i < count; i++)
      bytes[i * width + b] = reader.view.getUint8(reader.offset++);
  if (type === "FLOAT") return new Float32Array(bytes.buffer);
  if (type === "DOUBLE") return new Float64Array(bytes.buffer);
  if (type === "INT32") return new Int32Array(bytes.buffer);
  if (type === "INT64") return new BigInt64Array(bytes.buffer);
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    let split = new Array(count);
    for (let i = 0; i < count; i++)
      split[i] = bytes.subarray(i * width, (i + 1) * width);
    return split;
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`);
}
function byteWidth(type, typeLength) {
  switch (type) {
    case "INT32":
    case "FLOAT":
      return 4;
    case "INT64":
    case "DOUBLE":
      return 8;
    case "FIXED_LEN_BYTE_ARRAY":
      if (!typeLength) throw new Error("parquet byteWidth missing type_length");
      return typeLength;
    default:
      throw new Error(`parquet unsupported type: ${type}`);
  }
}

// node_modules/hyparquet/src/plain.js
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return [];
  if (type === "BOOLEAN")
    return readPlainBoolean(reader, count);
  if (type === "INT32")
    return readPlainInt32(reader, count);
  if (type === "INT64")
    return readPlainInt64(reader, count);
  if (type === "INT96")
    return readPlainInt96(reader, count);
  if (type === "FLOAT")
    return readPlainFloat(reader, count);
  if (type === "DOUBLE")
    return readPlainDouble(reader, count);
  if (type === "BYTE_ARRAY")
    return readPlainByteArray(reader, count);
  if (type === "FIXED_LEN_BYTE_ARRAY") {
    if (!fixedLength) throw new Error("parquet missing fixed length");
    return readPlainByteArrayFixed(reader, count, fixedLength);
  } else
    throw new Error(`parquet unhandled type: ${type}`);
}
function readPlainBoolean(reader, count) {
  let values = new Array(count);
  for (let i = 0; i < count; i++) {
    let byteOffset = reader.offset + (i / 8 | 0), bitOffset = i % 8, byte = reader.view.getUint8(byteOffset);
    values[i] = (byte & 1 << bitOffset) !== 0;
  }
  return reader.offset += Math.ceil(count / 8), values;
}
function readPlainInt32(reader, count) {
  let values = (reader.view.byteOffset + reader.offset) % 4 ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  return reader.offset += count * 4, values;
}
function readPlainInt64(reader, count) {
  let values = (reader.view.byteOffset + reader.offset) % 8 ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  return reader.offset += count * 8, values;
}
function readPlainInt96(reader, count) {
  let values = new Array(count);
  for (let i = 0; i < count; i++) {
    let low = reader.view.getBigInt64(reader.offset + i * 12, !0), high = reader.view.getInt32(reader.offset + i * 12 + 8, !0);
    values[i] = BigInt(high) << 64n | low;
  }
  return reader.offset += count * 12, values;
}
function readPlainFloat(reader, count) {
  let values = (reader.view.byteOffset + reader.offset) % 4 ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4)) : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  return reader.offset += count * 4, values;
}
function readPlainDouble(reader, count) {
  let values = (reader.view.byteOffset + reader.offset) % 8 ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8)) : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count);
  return reader.offset += count * 8, values;
}
function readPlainByteArray(reader, count) {
  let values = new Array(count);
  for (let i = 0; i < count; i++) {
    let length = reader.view.getUint32(reader.offset, !0);
    reader.offset += 4, values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length), reader.offset += length;
  }
  return values;
}
function readPlainByteArrayFixed(reader, count, fixedLength) {
  let values = new Array(count);
  for (let i = 0; i < count; i++)
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength), reader.offset += fixedLength;
  return values;
}
function align(buffer, offset, size) {
  let aligned = new ArrayBuffer(size);
  return new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size)), aligned;
}

// node_modules/hyparquet/src/snappy.js
var WORD_MASK = [0, 255, 65535, 16777215, 4294967295];
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++)
    toArray[toPos + i] = fromArray[fromPos + i];
}
function snappyUncompress(input, output) {
  let inputLength = input.byteLength, outputLength = output.byteLength, pos = 0, outPos = 0;
  for (; pos < inputLength; ) {
    let c = input[pos];
    if (pos++, c < 128)
      break;
  }
  if (outputLength && pos >= inputLength)
    throw new Error("invalid snappy length header");
  for (; pos < inputLength; ) {
    let c = input[pos], len = 0;
    if (pos++, pos >= inputLength)
      throw new Error("missing eof marker");
    if ((c & 3) === 0) {
      let len2 = (c >>> 2) + 1;
      if (len2 > 60) {
        if (pos + 3 >= inputLength)
          throw new Error("snappy error literal pos + 3 >= inputLength");
        let lengthSize = len2 - 60;
        len2 = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24), len2 = (len2 & WORD_MASK[lengthSize]) + 1, pos += lengthSize;
      }
      if (pos + len2 > inputLength)
        throw new Error("snappy error literal exceeds input length");
      copyBytes(input, pos, output, outPos, len2), pos += len2, outPos += len2;
    } else {
      let offset = 0;
      switch (c & 3) {
        case 1:
          len = (c >>> 2 & 7) + 4, offset = input[pos] + (c >>> 5 << 8), pos++;
          break;
        case 2:
          if (inputLength <= pos + 1)
            throw new Error("snappy error end of input");
          len = (c >>> 2) + 1, offset = input[pos] + (input[pos + 1] << 8), pos += 2;
          break;
        case 3:
          if (inputLength <= pos + 3)
            throw new Error("snappy error end of input");
          len = (c >>> 2) + 1, offset = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + (input[pos + 3] << 24), pos += 4;
          break;
        default:
          break;
      }
      if (offset === 0 || isNaN(offset))
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`);
      if (offset > outPos)
        throw new Error("cannot copy from before start of buffer");
      copyBytes(output, outPos - offset, output, outPos, len), outPos += len;
    }
  }
  if (outPos !== outputLength) throw new Error("premature end of input");
}

// node_modules/hyparquet/src/datapage.js
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  let view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), reader = { view, offset: 0 }, dataPage, repetitionLevels = readRepetitionLevels(reader, daph, schemaPath), { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath), nValues = daph.num_values - numNulls;
  if (daph.encoding === "PLAIN")
    dataPage = readPlain(reader, type, nValues, element.type_length);
  else if (daph.encoding === "PLAIN_DICTIONARY" || daph.encoding === "RLE_DICTIONARY" || daph.encoding === "RLE") {
    let bitWidth2 = type === "BOOLEAN" ? 1 : view.getUint8(reader.offset++);
    bitWidth2 ? (dataPage = new Array(nValues), type === "BOOLEAN" ? (readRleBitPackedHybrid(reader, bitWidth2, dataPage), dataPage = dataPage.map((x) => !!x)) : readRleBitPackedHybrid(reader, bitWidth2, dataPage, view.byteLength - reader.offset)) : dataPage = new Uint8Array(nValues);
  } else if (daph.encoding === "BYTE_STREAM_SPLIT")
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length);
  else if (daph.encoding === "ALP")
    dataPage = alpDecode(reader, nValues, type);
  else if (daph.encoding === "DELTA_BINARY_PACKED")
    dataPage = type === "INT32" ? new Int32Array(nValues) : new BigInt64Array(nValues), deltaBinaryUnpack(reader, nValues, dataPage);
  else if (daph.encoding === "DELTA_LENGTH_BYTE_ARRAY")
    dataPage = new Array(nValues), deltaLengthByteArray(reader, nValues, dataPage);
  else if (daph.encoding === "DELTA_BYTE_ARRAY")
    dataPage = new Array(nValues), deltaByteArray(reader, nValues, dataPage);
  else
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`);
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    let maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
    if (maxRepetitionLevel) {
      let values = new Array(daph.num_values);
      return readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values), values;
    }
  }
  return [];
}
function readDefinitionLevels(reader, daph, schemaPath) {
  let maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 };
  let definitionLevels = new Array(daph.num_values);
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels);
  let numNulls = daph.num_values;
  for (let def of definitionLevels)
    def === maxDefinitionLevel && numNulls--;
  return numNulls === 0 && (definitionLevels.length = 0), { definitionLevels, numNulls };
}
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  let page, customDecompressor = compressors?.[codec];
  if (codec === "UNCOMPRESSED")
    page = compressedBytes;
  else if (customDecompressor)
    page = customDecompressor(compressedBytes, uncompressed_page_size);
  else if (codec === "SNAPPY")
    page = new Uint8Array(uncompressed_page_size), snappyUncompress(compressedBytes, page);
  else
    throw new Error(`parquet unsupported compression codec: ${codec}`);
  if (page?.length !== uncompressed_page_size)
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`);
  return page;
}
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  let reader = { view: new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength), offset: 0 }, { type, element, schemaPath, codec, compressors } = columnDecoder, daph2 = ph.data_page_header_v2;
  if (!daph2) throw new Error("parquet data page header v2 is undefined");
  let repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath);
  reader.offset = daph2.repetition_levels_byte_length;
  let definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath), uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length, page = compressedBytes.subarray(reader.offset);
  daph2.is_compressed !== !1 && uncompressedPageSize && (page = decompressPage(page, uncompressedPageSize, codec, compressors));
  let pageView = new DataView(page.buffer, page.byteOffset, page.byteLength), pageReader = { view: pageView, offset: 0 }, dataPage, nValues = daph2.num_values - daph2.num_nulls;
  if (daph2.encoding === "PLAIN")
    dataPage = readPlain(pageReader, type, nValues, element.type_length);
  else if (daph2.encoding === "RLE")
    dataPage = new Array(nValues), readRleBitPackedHybrid(pageReader, 1, dataPage), dataPage = dataPage.map((x) => !!x);
  else if (daph2.encoding === "PLAIN_DICTIONARY" || daph2.encoding === "RLE_DICTIONARY") {
    let bitWidth2 = pageView.getUint8(pageReader.offset++);
    dataPage = new Array(nValues), readRleBitPackedHybrid(pageReader, bitWidth2, dataPage, uncompressedPageSize - 1);
  } else if (daph2.encoding === "DELTA_BINARY_PACKED")
    dataPage = type === "INT32" ? new Int32Array(nValues) : new BigInt64Array(nValues), deltaBinaryUnpack(pageReader, nValues, dataPage);
  else if (daph2.encoding === "DELTA_LENGTH_BYTE_ARRAY")
    dataPage = new Array(nValues), deltaLengthByteArray(pageReader, nValues, dataPage);
  else if (daph2.encoding === "DELTA_BYTE_ARRAY")
    dataPage = new Array(nValues), deltaByteArray(pageReader, nValues, dataPage);
  else if (daph2.encoding === "BYTE_STREAM_SPLIT")
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length);
  else if (daph2.encoding === "ALP")
    dataPage = alpDecode(pageReader, nValues, type);
  else
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`);
  return { definitionLevels, repetitionLevels, dataPage };
}
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  let maxRepetitionLevel = getMaxRepetitionLevel(schemaPath);
  if (!maxRepetitionLevel) return [];
  let values = new Array(daph2.num_values);
  return readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length), values;
}
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  let maxDefinitionLevel = getMaxDefinitionLevel(schemaPath);
  if (maxDefinitionLevel) {
    let values = new Array(daph2.num_values);
    return readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length), values;
  }
}
function bitWidth(value) {
  return 32 - Math.clz32(value);
}

// node_modules/hyparquet/src/column.js
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  let { pathInSchema, schemaPath } = columnDecoder, isFlat = isFlatColumn(schemaPath), chunks = [], dictionary, lastChunk, rowCount = 0, skipped = 0, emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount
    });
  });
  for (; (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) && !(reader.offset >= reader.view.byteLength - 1); ) {
    let header = parquetHeader(reader);
    if (header.type === "DICTIONARY_PAGE") {
      let { data } = readPage(reader, header, columnDecoder, dictionary, void 0, 0);
      data && (dictionary = convert(data, columnDecoder));
    } else {
      let lastChunkLength = lastChunk?.length || 0, result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount);
      result.skipped ? (chunks.length || (skipped += result.skipped), rowCount += result.skipped) : result.data && lastChunk === result.data ? rowCount += result.data.length - lastChunkLength : result.data && result.data.length && (emitLastChunk?.(), chunks.push(result.data), rowCount += result.data.length, lastChunk = result.data);
    }
  }
  return emitLastChunk?.(), { data: chunks, skipped };
}
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  let { type, element, schemaPath, codec, compressors } = columnDecoder, compressedBytes = new Uint8Array(
    reader.view.buffer,
    reader.view.byteOffset + reader.offset,
    header.compressed_page_size
  );
  if (reader.offset += header.compressed_page_size, header.type === "DATA_PAGE") {
    let daph = header.data_page_header;
    if (!daph) throw new Error("parquet data page header is undefined");
    if (pageStart > daph.num_values && isFlatColumn(schemaPath))
      return { skipped: daph.num_values };
    let page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors), { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder), values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder), output = Array.isArray(previousChunk) ? previousChunk : [];
    return { skipped: 0, data: assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) };
  } else if (header.type === "DATA_PAGE_V2") {
    let daph2 = header.data_page_header_v2;
    if (!daph2) throw new Error("parquet data page header v2 is undefined");
    if (pageStart > daph2.num_rows)
      return { skipped: daph2.num_rows };
    let { definitionLevels, repetitionLevels, dataPage } = readDataPageV2(compressedBytes, header, columnDecoder), values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder), output = Array.isArray(previousChunk) ? previousChunk : [];
    return { skipped: 0, data: assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) };
  } else if (header.type === "DICTIONARY_PAGE") {
    let diph = header.dictionary_page_header;
    if (!diph) throw new Error("parquet dictionary page header is undefined");
    let page = decompressPage(
      compressedBytes,
      Number(header.uncompressed_page_size),
      codec,
      compressors
    ), reader2 = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    return { skipped: 0, data: readPlain(reader2, type, diph.num_values, element.type_length) };
  } else
    throw new Error(`parquet unsupported page type: ${header.type}`);
}
function parquetHeader(reader) {
  let header = deserializeTCompactProtocol(reader), type = PageTypes[header.field_1], uncompressed_page_size = header.field_2, compressed_page_size = header.field_3, crc = header.field_4, data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5)
  }, index_page_header = header.field_6, dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3
  }, data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === void 0 ? !0 : header.field_8.field_7,
    // default true
    statistics: pageStatistics(header.field_8.field_8)
  };
  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2
  };
}
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8
  };
}

// node_modules/hyparquet/src/rowgroup.js
function readRowGroup(options, { metadata }, groupPlan) {
  let asyncColumns = [], schemaTree2 = parquetSchema(metadata);
  for (let chunk of groupPlan.chunks) {
    let { path_in_schema: pathInSchema } = chunk.columnMetadata, schemaPath = getTreePath(schemaTree2, pathInSchema), columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ...DEFAULT_PARSERS, ...options.parsers }
    }, { startByte, endByte } = chunk.range;
    "pageLocations" in chunk ? asyncColumns.push({
      pathInSchema,
      data: readSelectedPages(options, groupPlan, chunk, chunk.pageLocations, columnDecoder)
    }) : "offsetIndex" in chunk ? asyncColumns.push({
      pathInSchema,
      // fetch offset index
      data: Promise.resolve(options.file.slice(chunk.offsetIndex.startByte, chunk.offsetIndex.endByte)).then((arrayBuffer) => {
        let pages = readOffsetIndex({ view: new DataView(arrayBuffer), offset: 0 }).page_locations;
        return readSelectedPages(options, groupPlan, chunk, pages, columnDecoder);
      })
    }) : asyncColumns.push({
      pathInSchema,
      data: Promise.resolve(options.file.slice(startByte, endByte)).then((buffer) => {
        let reader = { view: new DataView(buffer), offset: 0 };
        return readColumn(reader, groupPlan, columnDecoder, options.onPage);
      })
    });
  }
  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns
  };
}
async function readSelectedPages(options, groupPlan, chunk, pages, columnDecoder) {
  let { data_page_offset, dictionary_page_offset } = chunk.columnMetadata, { selectStart, selectEnd } = groupPlan, { startByte, endByte } = chunk.range, skipped = -1, hasDict = dictionary_page_offset || data_page_offset < pages[0].offset;
  for (let i = 0; i < pages.length; i++) {
    let page = pages[i], pageStart = Number(page.first_row_index), pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupPlan.groupRows;
    skipped < 0 && pageEnd > selectStart && (startByte = Number(page.offset), skipped = pageStart), pageStart < selectEnd && (endByte = Number(page.offset) + page.compressed_page_size);
  }
  skipped < 0 && (skipped = 0);
  let view;
  if (hasDict && skipped) {
    let dictLength = Number(pages[0].offset) - chunk.range.startByte, [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte)
    ]), combined = new Uint8Array(dictLength + dataBuffer.byteLength);
    combined.set(new Uint8Array(dictBuffer, 0, dictLength)), combined.set(new Uint8Array(dataBuffer), dictLength), view = new DataView(combined.buffer);
  } else hasDict ? view = new DataView(await options.file.slice(chunk.range.startByte, endByte)) : view = new DataView(await options.file.slice(startByte, endByte));
  let reader = { view, offset: 0 }, adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped
  } : groupPlan, { data, skipped: columnSkipped } = readColumn(reader, adjustedGroupPlan, columnDecoder, options.onPage);
  return {
    data,
    skipped: skipped + columnSkipped
  };
}
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  let asyncPages = await Promise.all(asyncColumns.map(
    (column) => column.data.then(({ skipped, data }) => ({ skipped, data: flatten(data) }))
  )), selectCount = selectEnd - selectStart;
  if (rowFormat === "object") {
    let groupData2 = Array(selectCount);
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      let rowData = {};
      for (let i = 0; i < asyncColumns.length; i++) {
        let { data, skipped } = asyncPages[i];
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped];
      }
      groupData2[selectRow] = rowData;
    }
    return groupData2;
  }
  let includedColumnNames = asyncColumns.map((child) => child.pathInSchema[0]).filter((name) => !columns || columns.includes(name)), columnOrder = columns ?? includedColumnNames, columnIndexes = columnOrder.map((name) => asyncColumns.findIndex((column) => column.pathInSchema[0] === name)), groupData = Array(selectCount);
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    let rowData = Array(asyncColumns.length);
    for (let i = 0; i < columnOrder.length; i++) {
      let colIdx = columnIndexes[i];
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`);
      let { data, skipped } = asyncPages[colIdx];
      rowData[i] = data[selectStart + selectRow - skipped];
    }
    groupData[selectRow] = rowData;
  }
  return groupData;
}
function assembleAsync(asyncRowGroup, schemaTree2, parsers) {
  let { asyncColumns } = asyncRowGroup, allParsers = { ...DEFAULT_PARSERS, ...parsers }, assembled = [];
  for (let child of schemaTree2.children)
    if (child.children.length) {
      let childColumns = asyncColumns.filter((column) => column.pathInSchema[0] === child.element.name);
      if (!childColumns.length) continue;
      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          let resolved = await Promise.all(childColumns.map((c) => c.data)), subcolumnData = /* @__PURE__ */ new Map(), flattened = resolved.map(({ data }) => flatten(data)), skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map((result) => result.skipped)), end = Math.min(asyncRowGroup.selectEnd ?? 1 / 0, ...resolved.map((result, i) => result.skipped + flattened[i].length));
          for (let i = 0; i < childColumns.length; i++) {
            let start = skipped - resolved[i].skipped, length = Math.max(0, end - skipped);
            subcolumnData.set(
              childColumns[i].pathInSchema.join("."),
              flattened[i].slice(start, start + length)
            );
          }
          assembleNested(subcolumnData, child, allParsers);
          let assembled2 = subcolumnData.get(child.element.name);
          if (!assembled2) throw new Error("parquet column data not assembled");
          return { data: [assembled2], skipped };
        })()
      });
    } else {
      let asyncColumn = asyncColumns.find((column) => column.pathInSchema[0] === child.element.name);
      asyncColumn && assembled.push(asyncColumn);
    }
  return { ...asyncRowGroup, asyncColumns: assembled };
}

// node_modules/hyparquet/src/scan.js
async function parquetScan(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options);
  let { pruningFilter, ...readOptions } = options, { columns } = readOptions;
  if (columns && pruningFilter) {
    let selectedColumns = new Set(columns), extraColumns = columnsNeededForFilter(pruningFilter).filter((column) => !selectedColumns.has(column));
    extraColumns.length && (columns = [...columns, ...extraColumns]);
  }
  let preparedOptions = await prepareParquetOptions({
    ...readOptions,
    columns,
    filter: pruningFilter,
    useOffsetIndex: readOptions.useOffsetIndex ?? !0
  }), { metadata } = preparedOptions;
  if (!metadata) throw new Error("parquet requires metadata");
  let schemaTree2 = parquetSchema(metadata), availableColumns = new Set(columns ?? schemaTree2.children.map((child) => child.element.name)), candidates = parquetPlanGroups(preparedOptions).groups.flatMap((group) => group.ranges.map(([selectStart, selectEnd]) => ({
    rowStart: group.groupStart + selectStart,
    rowEnd: group.groupStart + selectEnd,
    group
  }))), ranges = candidates.map(({ rowStart, rowEnd }) => ({ rowStart, rowEnd })), cache = /* @__PURE__ */ new Map();
  function readColumn2({ column, rowStart, rowEnd }) {
    if (!availableColumns.has(column))
      throw new Error(`parquet column not found in scan: ${column}`);
    if (validateRange(rowStart, rowEnd), rowStart === rowEnd) return Promise.resolve([]);
    let candidateIndex = findCandidate(candidates, rowStart, rowEnd);
    if (candidateIndex < 0)
      throw new RangeError(`parquet row range [${rowStart}, ${rowEnd}) is outside scan ranges`);
    let { group } = candidates[candidateIndex], cached = cache.get(column);
    if (cached && rowStart >= cached.rowStart && rowEnd <= cached.rowEnd)
      return cached.data.then((data2) => sliceDecodedArray(
        data2,
        rowStart - cached.rowStart,
        rowEnd - cached.rowStart
      ));
    let data = readColumnRange({
      options: preparedOptions,
      schemaTree: schemaTree2,
      group,
      column,
      rowStart,
      rowEnd
    });
    return cache.set(column, { rowStart, rowEnd, data }), data;
  }
  return {
    metadata,
    ranges,
    readColumn: readColumn2
  };
}
async function prepareParquetRead(options) {
  let prepared = await prepareParquetOptions(options);
  return {
    options: prepared,
    plan: parquetPlan(prepared)
  };
}
async function prepareParquetOptions(options) {
  let metadata = options.metadata ?? await parquetMetadataAsync(options.file, options), schemaColumns = parquetSchema(metadata).children.map((child) => child.element.name), missingFilterColumns = columnsNeededForFilter(options.filter).filter((column) => !schemaColumns.includes(column));
  if (missingFilterColumns.length)
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(", ")}`);
  if (options.columns) {
    let missingColumns = options.columns.filter((column) => !schemaColumns.includes(column));
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`);
  }
  let prepared = { ...options, metadata };
  return prepared = await withBloomFilters(prepared), prepared = await withPageIndexes(prepared), prepared;
}
function readParquetPlan(options, plan) {
  let readOptions = { ...options, file: prefetchAsyncBuffer(options.file, plan) };
  return plan.groups.map((group) => readRowGroup(readOptions, plan, group));
}
async function readColumnRange({ options, schemaTree: schemaTree2, group, column, rowStart, rowEnd }) {
  let columnOptions = {
    ...options,
    columns: [column],
    filter: void 0,
    rowStart,
    rowEnd,
    useBloomFilters: !1,
    useOffsetIndex: options.useOffsetIndex ?? !0,
    usePageIndex: !1,
    pageRangesByGroup: void 0
  }, columnPlan = planCandidateColumn({ options, group, column, rowStart, rowEnd }), [asyncGroup] = readParquetPlan(columnOptions, columnPlan);
  if (!asyncGroup) throw new Error("parquet scan range not planned");
  let assembled = assembleAsync(asyncGroup, schemaTree2, options.parsers), asyncColumn = assembled.asyncColumns.find((child) => child.pathInSchema[0] === column);
  if (!asyncColumn) throw new Error(`parquet column not found: ${column}`);
  let result = await asyncColumn.data, data = flatten(result.data), selectStart = assembled.selectStart ?? rowStart - assembled.groupStart, selectEnd = assembled.selectEnd ?? rowEnd - assembled.groupStart;
  return sliceDecodedArray(data, selectStart - result.skipped, selectEnd - result.skipped);
}
function planCandidateColumn({ options, group, column, rowStart, rowEnd }) {
  if (!options.metadata) throw new Error("parquet requires metadata");
  let localPlan = parquetPlanGroup({
    rowGroup: group.rowGroup,
    groupStart: group.groupStart,
    groupRows: group.groupRows,
    ranges: [[rowStart - group.groupStart, rowEnd - group.groupStart]],
    columns: [column],
    useOffsetIndex: options.useOffsetIndex ?? !0,
    pageLocations: group.pageLocations
  }), [localGroupPlan] = localPlan.groups;
  if (!localGroupPlan) throw new Error(`parquet column not found: ${column}`);
  return {
    metadata: options.metadata,
    rowStart,
    rowEnd,
    columns: [column],
    fetches: [...localPlan.fetches, ...localPlan.indexes],
    groups: [localGroupPlan]
  };
}
function findCandidate(candidates, rowStart, rowEnd) {
  let low = 0, high = candidates.length - 1;
  for (; low <= high; ) {
    let middle = Math.floor((low + high) / 2), candidate = candidates[middle];
    if (rowStart < candidate.rowStart)
      high = middle - 1;
    else if (rowStart >= candidate.rowEnd)
      low = middle + 1;
    else
      return rowEnd <= candidate.rowEnd ? middle : -1;
  }
  return -1;
}
function validateRange(rowStart, rowEnd) {
  if (!Number.isSafeInteger(rowStart) || rowStart < 0)
    throw new RangeError("parquet rowStart must be a non-negative safe integer");
  if (!Number.isSafeInteger(rowEnd) || rowEnd < rowStart)
    throw new RangeError("parquet rowEnd must be a safe integer greater than or equal to rowStart");
}
function sliceDecodedArray(data, start, end) {
  return start === 0 && end === data.length ? data : Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end);
}
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options;
  let schemaTree2 = parquetSchema(options.metadata), schemaElements = {};
  for (let child of schemaTree2.children) schemaElements[child.element.name] = child.element;
  let bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict
  });
  return { ...options, bloomFiltersByGroup, schemaElements };
}
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options;
  let { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers
  });
  return { ...options, pageRangesByGroup, pageLocationsByGroup };
}

// node_modules/hyparquet/src/read.js
var rowIndex = (
  /** @type {typeof import('../src/types.js').rowIndex} */
  /* @__PURE__ */ Symbol("rowIndex")
);
async function parquetRead(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options);
  let { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = !0 } = options;
  if (filter && rowFormat !== "object")
    throw new Error('parquet filter requires rowFormat: "object"');
  if (options.includeRowIndex && rowFormat !== "object")
    throw new Error('parquet includeRowIndex requires rowFormat: "object"');
  let filterColumns = columnsNeededForFilter(filter), readColumns = columns;
  if (columns && filterColumns.length) {
    let selectedColumns = new Set(columns), extraColumns = filterColumns.filter((column) => !selectedColumns.has(column));
    extraColumns.length && (readColumns = [...columns, ...extraColumns]);
  }
  let readOptions = readColumns === columns ? options : { ...options, columns: readColumns }, prepared = await prepareParquetRead(readOptions), preparedOptions = prepared.options, requiresProjection = readColumns !== columns, asyncGroups = readParquetPlan(preparedOptions, prepared.plan);
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups);
    return;
  }
  if (!preparedOptions.metadata) throw new Error("parquet requires metadata");
  let schemaTree2 = parquetSchema(preparedOptions.metadata), assembled = asyncGroups.map((arg) => assembleAsync(arg, schemaTree2, options.parsers));
  if (onChunk)
    for (let asyncGroup of assembled)
      for (let asyncColumn of asyncGroup.asyncColumns)
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart2 = asyncGroup.groupStart + skipped;
          for (let columnData of data)
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart: rowStart2,
              rowEnd: rowStart2 + columnData.length
            }), rowStart2 += columnData.length;
        }, () => {
        });
  if (onComplete) {
    await awaitAllColumns(assembled);
    let rows = [];
    for (let asyncGroup of assembled) {
      let selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0), selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? 1 / 0) - asyncGroup.groupStart, asyncGroup.groupRows), groupData = rowFormat === "object" ? await asyncGroupToRows(asyncGroup, selectStart, selectEnd, readColumns, "object") : await asyncGroupToRows(asyncGroup, selectStart, selectEnd, columns, "array");
      if (options.includeRowIndex)
        for (let i = 0; i < groupData.length; i++)
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i
          });
      if (filter) {
        for (
          let row of
          /** @type {Record<string, any>[]} */
          groupData
        )
          if (matchFilter(row, filter, filterStrict)) {
            if (requiresProjection && columns)
              for (let col of filterColumns)
                columns.includes(col) || delete row[col];
            rows.push(row);
          }
      } else
        concat(rows, groupData);
    }
    onComplete(rows);
  } else
    await awaitAllColumns(assembled);
}
async function awaitAllColumns(asyncGroups) {
  let all = asyncGroups.flatMap((g) => g.asyncColumns.map((c) => c.data)), failed = (await Promise.allSettled(all)).find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}
async function parquetReadColumn(options) {
  if (options.columns?.length !== 1)
    throw new Error("parquetReadColumn expected columns: [columnName]");
  options.metadata ??= await parquetMetadataAsync(options.file, options);
  let column = options.columns[0], prepared = await prepareParquetRead(options), asyncGroups = readParquetPlan(prepared.options, prepared.plan);
  if (!prepared.options.metadata) throw new Error("parquet requires metadata");
  let schemaTree2 = parquetSchema(prepared.options.metadata), assembled = asyncGroups.map((group) => assembleAsync(group, schemaTree2, options.parsers));
  await awaitAllColumns(assembled);
  let columnData = [];
  for (let group of assembled) {
    let asyncColumn = group.asyncColumns.find((candidate) => candidate.pathInSchema[0] === column);
    if (!asyncColumn) throw new Error(`parquet column not found: ${column}`);
    let { data } = await asyncColumn.data;
    for (let chunk of data) concat(columnData, chunk);
  }
  return columnData;
}
function parquetReadObjects(options) {
  return new Promise((onComplete, reject) => {
    parquetRead({
      ...options,
      rowFormat: "object",
      // force object output
      onComplete
    }).catch(reject);
  });
}

// node_modules/hyparquet/src/query.js
async function parquetQuery(options) {
  if (!options.file || !(options.file.byteLength >= 0))
    throw new Error("parquet expected AsyncBuffer");
  options.metadata ??= await parquetMetadataAsync(options.file, options);
  let { metadata, rowStart = 0, columns, orderBy, filter } = options;
  if (rowStart < 0) throw new Error("parquet rowStart must be positive");
  let rowEnd = options.rowEnd ?? Number(metadata.num_rows);
  if (orderBy && !parquetSchema(options.metadata).children.map((c) => c.element.name).includes(orderBy))
    throw new Error(`parquet orderBy column not found: ${orderBy}`);
  if (filter && !orderBy && rowEnd < metadata.num_rows) {
    let filteredRows = [], groupStart = 0;
    for (let group of metadata.row_groups) {
      let groupEnd = groupStart + Number(group.num_rows), groupData = await parquetReadObjects({
        ...options,
        rowStart: groupStart,
        rowEnd: groupEnd
      });
      if (filteredRows.push(...groupData), filteredRows.length >= rowEnd) break;
      groupStart = groupEnd;
    }
    return filteredRows.slice(rowStart, rowEnd);
  } else if (filter && orderBy) {
    let readColumns = columns && !columns.includes(orderBy) ? [...columns, orderBy] : columns, results = await parquetReadObjects({
      ...options,
      rowStart: void 0,
      rowEnd: void 0,
      columns: readColumns
    });
    if (results.sort((a, b) => compare(a[orderBy], b[orderBy])), readColumns !== columns)
      for (let row of results)
        delete row[orderBy];
    return results.slice(rowStart, rowEnd);
  } else {
    if (filter)
      return (await parquetReadObjects({
        ...options,
        rowStart: void 0,
        rowEnd: void 0
      })).slice(rowStart, rowEnd);
    if (typeof orderBy == "string") {
      let orderColumn = await parquetReadColumn({
        ...options,
        rowStart: void 0,
        rowEnd: void 0,
        columns: [orderBy]
      }), sortedIndices = Array.from(orderColumn, (_, index) => index).sort((a, b) => compare(orderColumn[a], orderColumn[b])).slice(rowStart, rowEnd), sparseData = await parquetReadRows({ ...options, rows: sortedIndices });
      return sortedIndices.map((index) => sparseData[index]);
    } else
      return await parquetReadObjects(options);
  }
}
async function parquetReadRows(options) {
  let { file, rows } = options;
  options.metadata ??= await parquetMetadataAsync(file, options);
  let { row_groups: rowGroups } = options.metadata, groupIncluded = Array(rowGroups.length).fill(!1), groupStart = 0, groupEnds = rowGroups.map((group) => groupStart += Number(group.num_rows));
  for (let index of rows) {
    let groupIndex = groupEnds.findIndex((end) => index < end);
    groupIncluded[groupIndex] = !0;
  }
  let rowRanges = [], rangeStart;
  groupStart = 0;
  for (let i = 0; i < groupIncluded.length; i++) {
    let groupEnd = groupStart + Number(rowGroups[i].num_rows);
    groupIncluded[i] ? rangeStart === void 0 && (rangeStart = groupStart) : rangeStart !== void 0 && (rowRanges.push([rangeStart, groupStart]), rangeStart = void 0), groupStart = groupEnd;
  }
  rangeStart !== void 0 && rowRanges.push([rangeStart, groupStart]);
  let sparseData = Array(Number(options.metadata.num_rows));
  for (let [rangeStart2, rangeEnd] of rowRanges) {
    let groupData = await parquetReadObjects({ ...options, rowStart: rangeStart2, rowEnd: rangeEnd });
    for (let i = rangeStart2; i < rangeEnd; i++)
      sparseData[i] = { __index__: i, ...groupData[i - rangeStart2] }, options.includeRowIndex && Object.defineProperty(sparseData[i], rowIndex, { value: groupData[i - rangeStart2][rowIndex] });
  }
  return sparseData;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// node_modules/hyparquet/src/node.js
async function asyncBufferFromFile(filename) {
  let { size } = await fs.stat(filename);
  return {
    byteLength: size,
    slice(start, end) {
      if (start === end) return Promise.resolve(new ArrayBuffer(0));
      let reader = createReadStream(filename, { start, end: end === void 0 ? void 0 : end - 1 });
      return new Promise((resolve2, reject) => {
        let chunks = [];
        reader.on("data", (chunk) => chunks.push(chunk)), reader.on("error", reject), reader.on("end", () => {
          let buffer = Buffer.concat(chunks);
          buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? resolve2(buffer.buffer) : resolve2(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
        });
      });
    }
  };
}

export {
  parquetMetadataAsync,
  parquetMetadata,
  parquetSchema,
  readColumnIndex,
  readOffsetIndex,
  toJson,
  byteLengthFromUrl,
  asyncBufferFromUrl,
  cachedAsyncBuffer,
  flatten,
  snappyUncompress,
  parquetScan,
  rowIndex,
  parquetRead,
  parquetReadObjects,
  parquetQuery,
  asyncBufferFromFile
};
