import { createRequire as __amlopsCreateRequire } from 'node:module';
import { fileURLToPath as __amlopsFileURLToPath } from 'node:url';
import { dirname as __amlopsDirname } from 'node:path';
const require = __amlopsCreateRequire(import.meta.url);
const __amlops_filename = __amlopsFileURLToPath(import.meta.url);
const __amlops_dirname = __amlopsDirname(__amlops_filename);
import {
  parquetMetadataAsync,
  parquetRead,
  parquetSchema
} from "./chunk-H4T2IYQ3.mjs";
import {
  InvalidUtf8Error,
  STOP_READING,
  decodeBytes
} from "./chunk-7KGASND5.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-44J6QWGP.mjs";
import "./chunk-HLUWT5ZR.mjs";

// shared/drift/readers/parquet-compressors.ts
import { brotliDecompressSync, gunzipSync } from "node:zlib";

// node_modules/fzstd/esm/index.mjs
var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array;
var i32 = Int32Array, slc = function(v, s, e) {
  if (u8.prototype.slice)
    return u8.prototype.slice.call(v, s, e);
  (s == null || s < 0) && (s = 0), (e == null || e > v.length) && (e = v.length);
  var n = new u8(e - s);
  return n.set(v.subarray(s, e)), n;
}, fill = function(v, n, s, e) {
  if (u8.prototype.fill)
    return u8.prototype.fill.call(v, n, s, e);
  for ((s == null || s < 0) && (s = 0), (e == null || e > v.length) && (e = v.length); s < e; ++s)
    v[s] = n;
  return v;
}, cpw = function(v, t, s, e) {
  if (u8.prototype.copyWithin)
    return u8.prototype.copyWithin.call(v, t, s, e);
  for ((s == null || s < 0) && (s = 0), (e == null || e > v.length) && (e = v.length); s < e; )
    v[t++] = v[s++];
};
var ec = [
  "invalid zstd data",
  "window size too large (>2046MB)",
  "invalid block type",
  "FSE accuracy too high",
  "match distance too far back",
  "unexpected EOF"
], err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  if (e.code = ind, Error.captureStackTrace && Error.captureStackTrace(e, err), !nt)
    throw e;
  return e;
}, rb = function(d, b, n) {
  for (var i = 0, o = 0; i < n; ++i)
    o |= d[b++] << (i << 3);
  return o;
}, b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
}, rzfh = function(dat, w) {
  var n3 = dat[0] | dat[1] << 8 | dat[2] << 16;
  if (n3 == 3126568 && dat[3] == 253) {
    var flg = dat[4], ss = flg >> 5 & 1, cc = flg >> 2 & 1, df = flg & 3, fcf = flg >> 6;
    flg & 8 && err(0);
    var bt = 6 - ss, db = df == 3 ? 4 : df, di = rb(dat, bt, db);
    bt += db;
    var fsb = fcf ? 1 << fcf : ss, fss = rb(dat, bt, fsb) + (fcf == 1 && 256), ws = fss;
    if (!ss) {
      var wb = 1 << 10 + (dat[5] >> 3);
      ws = wb + (wb >> 3) * (dat[5] & 7);
    }
    ws > 2145386496 && err(1);
    var buf = new u8((w == 1 ? fss || ws : w ? 0 : ws) + 12);
    return buf[0] = 1, buf[4] = 4, buf[8] = 8, {
      b: bt + fsb,
      y: 0,
      l: 0,
      d: di,
      w: w && w != 1 ? w : buf.subarray(12),
      e: ws,
      o: new i32(buf.buffer, 0, 3),
      u: fss,
      c: cc,
      m: Math.min(131072, ws)
    };
  } else if ((n3 >> 4 | dat[3] << 20) == 25481893)
    return b4(dat, 4) + 8;
  err(0);
}, msb = function(val) {
  for (var bits = 0; 1 << bits <= val; ++bits)
    ;
  return bits - 1;
}, rfse = function(dat, bt, mal) {
  var tpos = (bt << 3) + 4, al = (dat[bt] & 15) + 5;
  al > mal && err(3);
  for (var sz = 1 << al, probs = sz, sym = -1, re = -1, i = -1, ht = sz, buf = new ab(512 + (sz << 2)), freq = new i16(buf, 0, 256), dstate = new u16(buf, 0, 256), nstate = new u16(buf, 512, sz), bb1 = 512 + (sz << 1), syms = new u8(buf, bb1, sz), nbits = new u8(buf, bb1 + sz); sym < 255 && probs > 0; ) {
    var bits = msb(probs + 1), cbt = tpos >> 3, msk = (1 << bits + 1) - 1, val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (tpos & 7) & msk, msk1fb = (1 << bits) - 1, msv = msk - probs - 1, sval = val & msk1fb;
    if (sval < msv ? (tpos += bits, val = sval) : (tpos += bits + 1, val > msk1fb && (val -= msv)), freq[++sym] = --val, val == -1 ? (probs += val, syms[--ht] = sym) : probs -= val, !val)
      do {
        var rbt = tpos >> 3;
        re = (dat[rbt] | dat[rbt + 1] << 8) >> (tpos & 7) & 3, tpos += 2, sym += re;
      } while (re == 3);
  }
  (sym > 255 || probs) && err(0);
  for (var sympos = 0, sstep = (sz >> 1) + (sz >> 3) + 3, smask = sz - 1, s = 0; s <= sym; ++s) {
    var sf = freq[s];
    if (sf < 1) {
      dstate[s] = -sf;
      continue;
    }
    for (i = 0; i < sf; ++i) {
      syms[sympos] = s;
      do
        sympos = sympos + sstep & smask;
      while (sympos >= ht);
    }
  }
  for (sympos && err(0), i = 0; i < sz; ++i) {
    var ns = dstate[syms[i]]++, nb = nbits[i] = al - msb(ns);
    nstate[i] = (ns << nb) - sz;
  }
  return [tpos + 7 >> 3, {
    b: al,
    s: syms,
    n: nbits,
    t: nstate
  }];
}, rhu = function(dat, bt) {
  var i = 0, wc = -1, buf = new u8(292), hb = dat[bt], hw = buf.subarray(0, 256), rc = buf.subarray(256, 268), ri = new u16(buf.buffer, 268);
  if (hb < 128) {
    var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
    bt += hb;
    var epos = ebt << 3, lb = dat[bt];
    lb || err(0);
    for (var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1, fpos = (++bt << 3) - 8 + msb(lb); fpos -= btr1, !(fpos < epos); ) {
      var cbt = fpos >> 3;
      if (st1 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr1) - 1, hw[++wc] = fdt.s[st1], fpos -= btr2, fpos < epos)
        break;
      cbt = fpos >> 3, st2 += (dat[cbt] | dat[cbt + 1] << 8) >> (fpos & 7) & (1 << btr2) - 1, hw[++wc] = fdt.s[st2], btr1 = fdt.n[st1], st1 = fdt.t[st1], btr2 = fdt.n[st2], st2 = fdt.t[st2];
    }
    ++wc > 255 && err(0);
  } else {
    for (wc = hb - 127; i < wc; i += 2) {
      var byte = dat[++bt];
      hw[i] = byte >> 4, hw[i + 1] = byte & 15;
    }
    ++bt;
  }
  var wes = 0;
  for (i = 0; i < wc; ++i) {
    var wt = hw[i];
    wt > 11 && err(0), wes += wt && 1 << wt - 1;
  }
  var mb = msb(wes) + 1, ts = 1 << mb, rem = ts - wes;
  for (rem & rem - 1 && err(0), hw[wc++] = msb(rem) + 1, i = 0; i < wc; ++i) {
    var wt = hw[i];
    ++rc[hw[i] = wt && mb + 1 - wt];
  }
  var hbuf = new u8(ts << 1), syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
  for (ri[mb] = 0, i = mb; i > 0; --i) {
    var pv = ri[i];
    fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << mb - i));
  }
  for (ri[0] != ts && err(0), i = 0; i < wc; ++i) {
    var bits = hw[i];
    if (bits) {
      var code = ri[bits];
      fill(syms, i, code, ri[bits] = code + (1 << mb - bits));
    }
  }
  return [bt, {
    n: nb,
    b: mb,
    s: syms
  }];
}, dllt = rfse(/* @__PURE__ */ new u8([
  81,
  16,
  99,
  140,
  49,
  198,
  24,
  99,
  12,
  33,
  196,
  24,
  99,
  102,
  102,
  134,
  70,
  146,
  4
]), 0, 6)[1], dmlt = rfse(/* @__PURE__ */ new u8([
  33,
  20,
  196,
  24,
  99,
  140,
  33,
  132,
  16,
  66,
  8,
  33,
  132,
  16,
  66,
  8,
  33,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  68,
  36,
  9
]), 0, 6)[1], doct = rfse(/* @__PURE__ */ new u8([
  32,
  132,
  16,
  66,
  102,
  70,
  68,
  68,
  68,
  68,
  36,
  73,
  2
]), 0, 5)[1], b2bl = function(b, s) {
  for (var len = b.length, bl = new i32(len), i = 0; i < len; ++i)
    bl[i] = s, s += 1 << b[i];
  return bl;
}, llb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  134678020,
  202050057,
  269422093
])).buffer, 0, 36), llbl = /* @__PURE__ */ b2bl(llb, 0), mlb = /* @__PURE__ */ new u8((/* @__PURE__ */ new i32([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  16843009,
  50528770,
  117769220,
  185207048,
  252579084,
  16
])).buffer, 0, 53), mlbl = /* @__PURE__ */ b2bl(mlb, 3), dhu = function(dat, out, hu) {
  var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
  lb || err(0);
  for (var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1; pos > eb && i < ss; ) {
    var cbt = pos >> 3, val = (dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (pos & 7);
    st = (st << btr | val) & msk, out[++i] = hu.s[st], pos -= btr = hu.n[st];
  }
  (pos != eb || i + 1 != ss) && err(0);
}, dhu4 = function(dat, out, hu) {
  var bt = 6, ss = out.length, sz1 = ss + 3 >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
  dhu(dat.subarray(bt, bt += dat[0] | dat[1] << 8), out.subarray(0, sz1), hu), dhu(dat.subarray(bt, bt += dat[2] | dat[3] << 8), out.subarray(sz1, sz2), hu), dhu(dat.subarray(bt, bt += dat[4] | dat[5] << 8), out.subarray(sz2, sz3), hu), dhu(dat.subarray(bt), out.subarray(sz3), hu);
}, rzb = function(dat, st, out) {
  var _a, bt = st.b, b0 = dat[bt], btype = b0 >> 1 & 3;
  st.l = b0 & 1;
  var sz = b0 >> 3 | dat[bt + 1] << 5 | dat[bt + 2] << 13, ebt = (bt += 3) + sz;
  if (btype == 1)
    return bt >= dat.length ? void 0 : (st.b = bt + 1, out ? (fill(out, dat[bt], st.y, st.y += sz), out) : fill(new u8(sz), dat[bt]));
  if (!(ebt > dat.length)) {
    if (btype == 0)
      return st.b = ebt, out ? (out.set(dat.subarray(bt, ebt), st.y), st.y += sz, out) : slc(dat, bt, ebt);
    if (btype == 2) {
      var b3 = dat[bt], lbt = b3 & 3, sf = b3 >> 2 & 3, lss = b3 >> 4, lcs = 0, s4 = 0;
      lbt < 2 ? sf & 1 ? lss |= dat[++bt] << 4 | (sf & 2 && dat[++bt] << 12) : lss = b3 >> 3 : (s4 = sf, sf < 2 ? (lss |= (dat[++bt] & 63) << 4, lcs = dat[bt] >> 6 | dat[++bt] << 2) : sf == 2 ? (lss |= dat[++bt] << 4 | (dat[++bt] & 3) << 12, lcs = dat[bt] >> 2 | dat[++bt] << 6) : (lss |= dat[++bt] << 4 | (dat[++bt] & 63) << 12, lcs = dat[bt] >> 6 | dat[++bt] << 2 | dat[++bt] << 10)), ++bt;
      var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m), spl = buf.length - lss;
      if (lbt == 0)
        buf.set(dat.subarray(bt, bt += lss), spl);
      else if (lbt == 1)
        fill(buf, dat[bt++], spl);
      else {
        var hu = st.h;
        if (lbt == 2) {
          var hud = rhu(dat, bt);
          lcs += bt - (bt = hud[0]), st.h = hu = hud[1];
        } else hu || err(0);
        (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
      }
      var ns = dat[bt++];
      if (ns) {
        ns == 255 ? ns = (dat[bt++] | dat[bt++] << 8) + 32512 : ns > 127 && (ns = ns - 128 << 8 | dat[bt++]);
        var scm = dat[bt++];
        scm & 3 && err(0);
        for (var dts = [dmlt, doct, dllt], i = 2; i > -1; --i) {
          var md = scm >> (i << 1) + 2 & 3;
          if (md == 1) {
            var rbuf = new u8([0, 0, dat[bt++]]);
            dts[i] = {
              s: rbuf.subarray(2, 3),
              n: rbuf.subarray(0, 1),
              t: new u16(rbuf.buffer, 0, 1),
              b: 0
            };
          } else md == 2 ? (_a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1]) : md == 3 && (st.t || err(0), dts[i] = st.t[i]);
        }
        var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2], lb = dat[ebt - 1];
        lb || err(0);
        var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0, lst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << llt.b) - 1;
        cbt = (spos -= oct.b) >> 3;
        var ost = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << oct.b) - 1;
        cbt = (spos -= mlt.b) >> 3;
        var mst = (dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mlt.b) - 1;
        for (++ns; --ns; ) {
          var llc = llt.s[lst], lbtr = llt.n[lst], mlc = mlt.s[mst], mbtr = mlt.n[mst], ofc = oct.s[ost], obtr = oct.n[ost];
          cbt = (spos -= ofc) >> 3;
          var ofp = 1 << ofc, off = ofp + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16 | dat[cbt + 3] << 24) >>> (spos & 7) & ofp - 1);
          cbt = (spos -= mlb[mlc]) >> 3;
          var ml = mlbl[mlc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << mlb[mlc]) - 1);
          cbt = (spos -= llb[llc]) >> 3;
          var ll = llbl[llc] + ((dat[cbt] | dat[cbt + 1] << 8 | dat[cbt + 2] << 16) >> (spos & 7) & (1 << llb[llc]) - 1);
          if (cbt = (spos -= lbtr) >> 3, lst = llt.t[lst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << lbtr) - 1), cbt = (spos -= mbtr) >> 3, mst = mlt.t[mst] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << mbtr) - 1), cbt = (spos -= obtr) >> 3, ost = oct.t[ost] + ((dat[cbt] | dat[cbt + 1] << 8) >> (spos & 7) & (1 << obtr) - 1), off > 3)
            st.o[2] = st.o[1], st.o[1] = st.o[0], st.o[0] = off -= 3;
          else {
            var idx = off - (ll != 0);
            idx ? (off = idx == 3 ? st.o[0] - 1 : st.o[idx], idx > 1 && (st.o[2] = st.o[1]), st.o[1] = st.o[0], st.o[0] = off) : off = st.o[0];
          }
          for (var i = 0; i < ll; ++i)
            buf[oubt + i] = buf[spl + i];
          oubt += ll, spl += ll;
          var stin = oubt - off;
          if (stin < 0) {
            var len = -stin, bs = st.e + stin;
            len > ml && (len = ml);
            for (var i = 0; i < len; ++i)
              buf[oubt + i] = st.w[bs + i];
            oubt += len, ml -= len, stin = 0;
          }
          for (var i = 0; i < ml; ++i)
            buf[oubt + i] = buf[stin + i];
          oubt += ml;
        }
        if (oubt != spl)
          for (; spl < buf.length; )
            buf[oubt++] = buf[spl++];
        else
          oubt = buf.length;
        out ? st.y += oubt : buf = slc(buf, 0, oubt);
      } else if (out) {
        if (st.y += lss, spl)
          for (var i = 0; i < lss; ++i)
            buf[i] = buf[spl + i];
      } else spl && (buf = slc(buf, spl));
      return st.b = ebt, buf;
    }
    err(2);
  }
}, cct = function(bufs, ol) {
  if (bufs.length == 1)
    return bufs[0];
  for (var buf = new u8(ol), i = 0, b = 0; i < bufs.length; ++i) {
    var chk = bufs[i];
    buf.set(chk, b), b += chk.length;
  }
  return buf;
};
function decompress(dat, buf) {
  for (var bufs = [], nb = +!buf, bt = 0, ol = 0; dat.length; ) {
    var st = rzfh(dat, nb || buf);
    if (typeof st == "object") {
      for (nb ? (buf = null, st.w.length == st.u && (bufs.push(buf = st.w), ol += st.u)) : (bufs.push(buf), st.e = 0); !st.l; ) {
        var blk = rzb(dat, st, buf);
        blk || err(5), buf ? st.e = st.y : (bufs.push(blk), ol += blk.length, cpw(st.w, 0, blk.length), st.w.set(blk, st.w.length - blk.length));
      }
      bt = st.b + st.c * 4;
    } else
      bt = st;
    dat = dat.subarray(bt);
  }
  return cct(bufs, ol);
}

// node_modules/hyparquet-compressors/src/lz4.js
function decompressLz4(input, outputLength) {
  let output = new Uint8Array(outputLength);
  try {
    let i = 0, o = 0;
    for (; i < input.length - 8; ) {
      let expectedOutputLength = input[i++] << 24 | input[i++] << 16 | input[i++] << 8 | input[i++], expectedInputLength = input[i++] << 24 | input[i++] << 16 | input[i++] << 8 | input[i++];
      if (input.length - i < expectedInputLength) throw new Error("lz4 not hadoop");
      if (output.length < expectedOutputLength) throw new Error("lz4 not hadoop");
      if (lz4basic(input.subarray(i, i + expectedInputLength), output, o) !== expectedOutputLength) throw new Error("lz4 not hadoop");
      if (i += expectedInputLength, o += expectedOutputLength, i === input.length) return output;
    }
    if (i < input.length) throw new Error("lz4 not hadoop");
  } catch (error) {
    if (error instanceof Error && error.message !== "lz4 not hadoop") throw error;
    lz4basic(input, output, 0);
  }
  return output;
}
function decompressLz4Raw(input, outputLength) {
  let output = new Uint8Array(outputLength);
  return lz4basic(input, output, 0), output;
}
function lz4basic(input, output, outputIndex) {
  let len = outputIndex;
  for (let i = 0; i < input.length; ) {
    let token = input[i++], literals = token >> 4;
    if (literals) {
      let byte2 = literals + 240;
      for (; byte2 === 255; ) literals += byte2 = input[i++];
      if (output.set(input.subarray(i, i + literals), len), len += literals, i += literals, i >= input.length) return len - outputIndex;
    }
    let offset = input[i++] | input[i++] << 8;
    if (!offset || offset > len)
      throw new Error(`lz4 offset out of range ${offset}`);
    let matchLength = token & 15, byte = matchLength + 240;
    for (; byte === 255; ) matchLength += byte = input[i++];
    matchLength += 4;
    let pos = len - offset, end = len + matchLength;
    for (; len < end; ) output[len++] = output[pos++];
  }
  return len - outputIndex;
}

// shared/drift/readers/parquet-compressors.ts
var parquetCompressors = {
  GZIP: (input) => gunzipSync(input),
  BROTLI: (input) => brotliDecompressSync(input),
  ZSTD: (input) => decompress(input),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw
};

// shared/drift/readers/parquet.ts
var CHECKED_TEXT = {
  stringFromBytes(bytes) {
    if (!bytes) return bytes;
    try {
      return decodeBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.byteLength, "utf8");
    } catch (error) {
      if (error instanceof InvalidUtf8Error) return error;
      throw error;
    }
  }
};
async function readParquet(source, table) {
  let file = source.randomAccess ? await source.randomAccess() : await bufferWhole(source), metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new ConfigurationError(`${source.name} is not a readable Parquet file: ${errorMessage(error)}.`);
  }
  let builders = /* @__PURE__ */ new Map();
  for (let { element } of parquetSchema(metadata).children) {
    let builder = table.column(element.name);
    builder !== null && (builders.set(element.name, builder), (element.type === "FLOAT" || element.type === "DOUBLE") && builder.markFloatingPoint());
  }
  let columns = [...builders.keys()];
  table.expectRows(Number(metadata.num_rows), source.size);
  let admission = table.admission, groupStart = 0;
  for (let group of metadata.row_groups) {
    let groupRows = Number(group.num_rows), slots = new Int32Array(groupRows), taken = 0, stop = !1;
    for (; taken < groupRows; ) {
      let slot = admission.next();
      if (slot === STOP_READING) {
        stop = !0;
        break;
      }
      slots[taken++] = slot;
    }
    let rowStart = groupStart, rowEnd = groupStart + taken;
    if (taken > 0 && columns.length > 0) {
      let invalid, onChunk = (chunk) => {
        let builder = builders.get(chunk.columnName);
        if (builder === void 0 || invalid) return;
        let from = Math.max(chunk.rowStart, rowStart), to = Math.min(chunk.rowEnd, rowEnd);
        for (let row = from; row < to; row++) {
          let value = chunk.columnData[row - chunk.rowStart];
          if (value instanceof InvalidUtf8Error) {
            invalid = new ConfigurationError(`${source.name} column ${JSON.stringify(chunk.columnName)} row ${row + 1}: ${value.message}.`);
            return;
          }
          let slot = slots[row - rowStart];
          slot >= 0 && builder.setValue(slot, value);
        }
      };
      try {
        await parquetRead({ file, metadata, columns, rowStart, rowEnd, compressors: parquetCompressors, parsers: CHECKED_TEXT, onChunk });
      } catch (error) {
        throw new ConfigurationError(`${source.name} could not be read as Parquet: ${errorMessage(error)}.`);
      }
      if (invalid) throw invalid;
    }
    if (stop) return;
    groupStart += groupRows;
  }
}
async function bufferWhole(source) {
  let parts = [];
  for await (let chunk of source.open()) parts.push(Buffer.from(chunk));
  let whole = Buffer.concat(parts);
  return {
    byteLength: whole.byteLength,
    slice: (start, end) => whole.buffer.slice(whole.byteOffset + start, whole.byteOffset + (end ?? whole.byteLength))
  };
}
export {
  readParquet
};
